//! Challenge queries. A challenge is visible to its creator, its
//! participants, the creator's friends (friends visibility) or everyone
//! (public), and never to someone who blocks or is blocked by the creator.

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Date, Integer, Nullable, Text};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde_json::json;
use uuid::Uuid;

use super::error::SocialError;
use super::leaderboard::{self, Standing, Totals};
use super::model::{ChallengeRow, NewChallenge};
use crate::error::DbError;
use crate::jobs::{JobContext, JobResult, Kind, SystemSlot};
use crate::notify::{self, Notice};
use crate::schema::{challenge_participants, challenges};

type SqlUuid = diesel::sql_types::Uuid;
type Result<T, E = SocialError> = std::result::Result<T, E>;

pub const MAX_PARTICIPANTS: i64 = 500;
/// Unfinished challenges one user may have created at once.
pub const MAX_OPEN_PER_CREATOR: i64 = 50;
/// The job that sends final ranks once a challenge is over everywhere.
pub const FINISH_JOB: Kind<SystemSlot> = Kind::new("finish_challenges");

/// A challenge as the caller ($1) sees it.
const CHALLENGE: &str = "
    SELECT c.id, c.creator_id, u.display_name AS creator_name,
           (c.creator_id = $1 OR social_are_friends($1, c.creator_id)) AS creator_visible,
           c.kind, c.title, c.description, c.start_day, c.end_day, c.target, c.visibility,
           (SELECT count(*)::int FROM challenge_participants p WHERE p.challenge_id = c.id) AS participant_count,
           EXISTS (SELECT 1 FROM challenge_participants p WHERE p.challenge_id = c.id AND p.user_id = $1) AS joined,
           c.created_at, c.finished_at
    FROM challenges c JOIN users u ON u.id = c.creator_id";

const VISIBLE: &str = "
    NOT social_blocked_either($1, c.creator_id)
    AND (c.creator_id = $1 OR c.visibility = 'public' OR social_are_friends($1, c.creator_id)
         OR EXISTS (SELECT 1 FROM challenge_participants p WHERE p.challenge_id = c.id AND p.user_id = $1))";

async fn visible(conn: &mut AsyncPgConnection, caller: Uuid, id: Uuid, lock: bool) -> Result<ChallengeRow> {
    let lock = if lock { " FOR UPDATE OF c" } else { "" };
    diesel::sql_query(format!("{CHALLENGE} WHERE c.id = $2 AND {VISIBLE}{lock}"))
        .bind::<SqlUuid, _>(caller)
        .bind::<SqlUuid, _>(id)
        .get_result(conn)
        .await
        .optional()
        .map_err(DbError::from)?
        .ok_or(SocialError::ChallengeNotFound)
}

#[tracing::instrument(skip(conn))]
pub async fn challenge(conn: &mut AsyncPgConnection, caller: Uuid, id: Uuid) -> Result<ChallengeRow> {
    visible(conn, caller, id, false).await
}

/// Creates the challenge with its creator as the first participant, or
/// returns the one an earlier call with the same request id created.
#[tracing::instrument(skip(conn))]
pub async fn create(conn: &mut AsyncPgConnection, creator: Uuid, new: &NewChallenge) -> Result<ChallengeRow> {
    conn.transaction::<_, SocialError, _>(async |conn| {
        if let Some(key) = &new.request_id {
            let first: Option<ChallengeRow> =
                diesel::sql_query(format!("{CHALLENGE} WHERE c.creator_id = $1 AND c.request_id = $2"))
                    .bind::<SqlUuid, _>(creator)
                    .bind::<Text, _>(key)
                    .get_result(conn)
                    .await
                    .optional()
                    .map_err(DbError::from)?;
            if let Some(first) = first {
                return Ok(first);
            }
        }
        // Serialises one creator's creates, so the cap holds under races.
        crate::identity::repo::lock(conn, creator).await?;
        let open: i64 = challenges::table
            .filter(
                challenges::creator_id
                    .eq(creator)
                    .and(challenges::finished_at.is_null()),
            )
            .count()
            .get_result(conn)
            .await
            .map_err(DbError::from)?;
        if open >= MAX_OPEN_PER_CREATOR {
            return Err(SocialError::TooManyChallenges {
                max: MAX_OPEN_PER_CREATOR,
            });
        }
        let id = Uuid::now_v7();
        diesel::insert_into(challenges::table)
            .values((
                challenges::id.eq(id),
                challenges::creator_id.eq(creator),
                challenges::kind.eq(new.kind.as_str()),
                challenges::title.eq(&new.title),
                challenges::description.eq(&new.description),
                challenges::start_day.eq(new.start_day),
                challenges::end_day.eq(new.end_day),
                challenges::target.eq(new.target),
                challenges::visibility.eq(new.visibility.as_str()),
                challenges::request_id.eq(new.request_id.as_deref()),
            ))
            .execute(conn)
            .await?;
        diesel::insert_into(challenge_participants::table)
            .values((
                challenge_participants::challenge_id.eq(id),
                challenge_participants::user_id.eq(creator),
            ))
            .execute(conn)
            .await?;
        visible(conn, creator, id, false).await
    })
    .await
}

/// Which challenges a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    All,
    Mine,
    Friends,
    Public,
}

/// Newest first, before the `before` id.
#[tracing::instrument(skip(conn))]
pub async fn list(
    conn: &mut AsyncPgConnection,
    caller: Uuid,
    scope: Scope,
    unfinished_only: bool,
    before: Option<Uuid>,
    limit: i64,
) -> Result<Vec<ChallengeRow>> {
    let scope = match scope {
        Scope::All => "TRUE",
        Scope::Mine => {
            "(c.creator_id = $1
              OR EXISTS (SELECT 1 FROM challenge_participants p WHERE p.challenge_id = c.id AND p.user_id = $1))"
        }
        Scope::Friends => "(c.creator_id <> $1 AND social_are_friends($1, c.creator_id))",
        Scope::Public => "c.visibility = 'public'",
    };
    Ok(diesel::sql_query(format!(
        "{CHALLENGE} WHERE {VISIBLE} AND {scope}
           AND (NOT $2 OR c.finished_at IS NULL) AND ($3::uuid IS NULL OR c.id < $3)
         ORDER BY c.id DESC LIMIT $4"
    ))
    .bind::<SqlUuid, _>(caller)
    .bind::<Bool, _>(unfinished_only)
    .bind::<Nullable<SqlUuid>, _>(before)
    .bind::<BigInt, _>(limit)
    .load(conn)
    .await
    .map_err(DbError::from)?)
}

/// Joins a visible challenge whose last day is not past in the caller's
/// timezone (`today`).
#[tracing::instrument(skip(conn))]
pub async fn join(conn: &mut AsyncPgConnection, caller: Uuid, id: Uuid, today: NaiveDate) -> Result<ChallengeRow> {
    conn.transaction::<_, SocialError, _>(async |conn| {
        // The lock orders concurrent joins, so the cap holds.
        let row = visible(conn, caller, id, true).await?;
        if row.joined {
            return Err(SocialError::AlreadyJoined);
        }
        if row.end_day < today || row.finished_at.is_some() {
            return Err(SocialError::ChallengeEnded);
        }
        if i64::from(row.participant_count) >= MAX_PARTICIPANTS {
            return Err(SocialError::ChallengeFull { max: MAX_PARTICIPANTS });
        }
        diesel::insert_into(challenge_participants::table)
            .values((
                challenge_participants::challenge_id.eq(id),
                challenge_participants::user_id.eq(caller),
            ))
            .execute(conn)
            .await?;
        visible(conn, caller, id, false).await
    })
    .await
}

#[tracing::instrument(skip(conn))]
pub async fn leave(conn: &mut AsyncPgConnection, caller: Uuid, id: Uuid) -> Result<ChallengeRow> {
    conn.transaction::<_, SocialError, _>(async |conn| {
        let row = visible(conn, caller, id, true).await?;
        if !row.joined {
            return Err(SocialError::NotAParticipant);
        }
        if row.finished_at.is_some() {
            return Err(SocialError::ChallengeEnded);
        }
        diesel::delete(challenge_participants::table)
            .filter(challenge_participants::challenge_id.eq(id))
            .filter(challenge_participants::user_id.eq(caller))
            .execute(conn)
            .await?;
        // Leaving may make it invisible (a friends-only challenge of an ex-friend).
        visible(conn, caller, id, false).await.or_else(|e| match e {
            SocialError::ChallengeNotFound => Ok(ChallengeRow {
                joined: false,
                participant_count: row.participant_count - 1,
                ..row
            }),
            other => Err(other),
        })
    })
    .await
}

#[derive(diesel::QueryableByName)]
struct TotalsRow {
    #[diesel(sql_type = SqlUuid)]
    user_id: Uuid,
    #[diesel(sql_type = Text)]
    display_name: String,
    #[diesel(sql_type = Bool)]
    visible: bool,
    #[diesel(sql_type = Integer)]
    days: i32,
    #[diesel(sql_type = BigInt)]
    screen_time_ms: i64,
    #[diesel(sql_type = BigInt)]
    unlocks: i64,
    #[diesel(sql_type = BigInt)]
    app_time_ms: i64,
    #[diesel(sql_type = BigInt)]
    productive_ms: i64,
    #[diesel(sql_type = Integer)]
    days_under: i32,
}

/// Every participant's sums over the challenge's days, from the daily
/// rollups (days in each participant's own timezone).
async fn totals(conn: &mut AsyncPgConnection, viewer: Uuid, row: &ChallengeRow) -> Result<Vec<Totals>> {
    let rows: Vec<TotalsRow> = diesel::sql_query(
        "SELECT p.user_id, u.display_name,
                (p.user_id = $1 OR social_are_friends($1, p.user_id)) AS visible,
                count(r.day)::int AS days,
                coalesce(sum(r.screen_time_ms), 0)::bigint AS screen_time_ms,
                coalesce(sum(r.unlocks), 0)::bigint AS unlocks,
                coalesce(sum(r.app_time_ms), 0)::bigint AS app_time_ms,
                coalesce(sum(r.productive_ms), 0)::bigint AS productive_ms,
                count(r.day) FILTER (WHERE r.screen_time_ms <= $5)::int AS days_under
         FROM challenge_participants p
         JOIN users u ON u.id = p.user_id
         LEFT JOIN daily_user_rollups r ON r.user_id = p.user_id AND r.day BETWEEN $3 AND $4
         WHERE p.challenge_id = $2 AND u.is_active
         GROUP BY p.user_id, u.display_name",
    )
    .bind::<SqlUuid, _>(viewer)
    .bind::<SqlUuid, _>(row.id)
    .bind::<Date, _>(row.start_day)
    .bind::<Date, _>(row.end_day)
    .bind::<BigInt, _>(row.target.saturating_mul(60_000))
    .load(conn)
    .await
    .map_err(DbError::from)?;
    Ok(rows
        .into_iter()
        .map(|r| Totals {
            user_id: r.user_id,
            display_name: r.display_name,
            visible: r.visible,
            days: r.days,
            screen_time_ms: r.screen_time_ms,
            unlocks: r.unlocks,
            app_time_ms: r.app_time_ms,
            productive_ms: r.productive_ms,
            days_under: r.days_under,
        })
        .collect())
}

/// The challenge and its participants ranked, as `caller` may see them.
#[tracing::instrument(skip(conn))]
pub async fn leaderboard(
    conn: &mut AsyncPgConnection,
    caller: Uuid,
    id: Uuid,
) -> Result<(ChallengeRow, Vec<Standing>)> {
    let row = visible(conn, caller, id, false).await?;
    let totals = totals(conn, caller, &row).await?;
    let standings = leaderboard::rank(row.kind(), row.target, totals);
    Ok((row, standings))
}

/// The finish_challenges job: every challenge whose last day is over in
/// every timezone (two days after it, in UTC) gets its final ranks sent to
/// each participant, once, and is marked finished.
pub async fn finish_job(ctx: JobContext, _: SystemSlot) -> JobResult {
    let mut conn = crate::db::conn(&ctx.pool).await?;
    let mut finished = 0;
    loop {
        let done = finish_one(&mut conn).await.map_err(|e| e.to_string())?;
        if !done {
            break;
        }
        finished += 1;
    }
    Ok(Some(json!({ "finished": finished })))
}

/// Finishes one due challenge; false when none is left.
async fn finish_one(conn: &mut AsyncPgConnection) -> Result<bool> {
    conn.transaction::<_, SocialError, _>(async |conn| {
        #[derive(diesel::QueryableByName)]
        struct Due {
            #[diesel(sql_type = SqlUuid)]
            id: Uuid,
            #[diesel(sql_type = SqlUuid)]
            creator_id: Uuid,
        }
        let due: Option<Due> = diesel::sql_query(
            "SELECT id, creator_id FROM challenges
                 WHERE finished_at IS NULL AND end_day < (now() AT TIME ZONE 'UTC')::date - 1
                 ORDER BY end_day, id LIMIT 1 FOR UPDATE SKIP LOCKED",
        )
        .get_result(conn)
        .await
        .optional()
        .map_err(DbError::from)?;
        let Some(due) = due else {
            return Ok(false);
        };
        let row = visible(conn, due.creator_id, due.id, false).await?;
        let standings = leaderboard::rank(row.kind(), row.target, totals(conn, due.creator_id, &row).await?);
        let count = standings.len();
        for s in &standings {
            let title = match s.rank {
                0 => format!("\"{}\" is over", row.title),
                rank => format!("\"{}\" is over: you finished #{rank} of {count}", row.title),
            };
            let data = json!({
                "challenge_id": row.id,
                "rank": s.rank,
                "participants": count,
                "value": s.value,
                "unit": leaderboard::unit(row.kind()),
                "met_target": s.meets_target,
            });
            let notice = Notice::new(s.totals.user_id, "challenge_finished", title, data)
                .dedupe(format!("challenge_finished:{}", row.id));
            notify::emit(conn, notice).await?;
        }
        diesel::update(challenges::table.find(row.id))
            .set(challenges::finished_at.eq(diesel::dsl::now))
            .execute(conn)
            .await?;
        Ok(true)
    })
    .await
}
