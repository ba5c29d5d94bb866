//! Challenge queries. A challenge is visible to its creator, its
//! participants, the creator's friends (friends visibility) or everyone
//! (public), and never to someone who blocks or is blocked by the creator.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use diesel::dsl::not;
use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde_json::json;
use uuid::Uuid;

use super::error::SocialError;
use super::friends::{social_are_friends, social_blocked_either};
use super::leaderboard::{self, Standing, Totals};
use super::model::{ChallengeRow, NewChallenge};
use crate::analytics::repo::SpanTotals;
use crate::error::DbError;
use crate::jobs::{JobContext, JobResult, Kind, SystemSlot};
use crate::notify::{self, Notice};
use crate::schema::{challenge_participants, challenges};

type Result<T, E = SocialError> = std::result::Result<T, E>;

pub const MAX_PARTICIPANTS: i64 = 500;
/// Unfinished challenges one user may have created at once.
pub const MAX_OPEN_PER_CREATOR: i64 = 50;
/// The job that sends final ranks once a challenge is over everywhere.
pub const FINISH_JOB: Kind<SystemSlot> = Kind::new("finish_challenges");

/// A challenge as stored.
#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = challenges)]
struct Challenge {
    id: Uuid,
    creator_id: Uuid,
    kind: String,
    title: String,
    description: String,
    start_day: NaiveDate,
    end_day: NaiveDate,
    target: i64,
    visibility: String,
    created_at: DateTime<Utc>,
    finished_at: Option<DateTime<Utc>>,
}

/// The challenges `caller` takes part in, as a subquery.
#[diesel::dsl::auto_type]
fn joined_by(caller: Uuid) -> _ {
    challenge_participants::table
        .filter(challenge_participants::user_id.eq(caller))
        .select(challenge_participants::challenge_id)
}

/// Whether `caller` may see who created it (self or a friend).
#[diesel::dsl::auto_type]
fn creator_visible(caller: Uuid) -> _ {
    challenges::creator_id
        .eq(caller)
        .or(social_are_friends(caller, challenges::creator_id))
}

/// What `caller` may see: never a challenge of someone either blocks; else
/// their own, public ones, friends' and ones they joined.
#[diesel::dsl::auto_type]
fn visible_to(caller: Uuid) -> _ {
    let seen: creator_visible = creator_visible(caller);
    let joined: joined_by = joined_by(caller);
    not(social_blocked_either(caller, challenges::creator_id)).and(
        seen.or(challenges::visibility.eq("public"))
            .or(challenges::id.eq_any(joined)),
    )
}

/// Whether `caller` sees its creator, and whether they joined it.
#[diesel::dsl::auto_type]
fn flags(caller: Uuid) -> _ {
    let seen: creator_visible = creator_visible(caller);
    let joined: joined_by = joined_by(caller);
    (seen, challenges::id.eq_any(joined))
}

/// The challenges as `caller` sees them: with their participant counts and
/// (where `caller` may see them) creators' names, in two lookups.
async fn seen(conn: &mut AsyncPgConnection, rows: Vec<(Challenge, (bool, bool))>) -> Result<Vec<ChallengeRow>> {
    let ids: Vec<Uuid> = rows.iter().map(|(c, _)| c.id).collect();
    let counts: HashMap<Uuid, i64> = challenge_participants::table
        .filter(challenge_participants::challenge_id.eq_any(&ids))
        .group_by(challenge_participants::challenge_id)
        .select((challenge_participants::challenge_id, diesel::dsl::count_star()))
        .load::<(Uuid, i64)>(conn)
        .await
        .map_err(DbError::from)?
        .into_iter()
        .collect();
    let creators: Vec<Uuid> = rows.iter().map(|(c, _)| c.creator_id).collect();
    let names = crate::identity::repo::display_names(conn, &creators).await?;
    Ok(rows
        .into_iter()
        .map(|(c, (creator_visible, joined))| ChallengeRow {
            id: c.id,
            creator_id: c.creator_id,
            creator_name: names.get(&c.creator_id).cloned().unwrap_or_default(),
            creator_visible,
            kind: c.kind,
            title: c.title,
            description: c.description,
            start_day: c.start_day,
            end_day: c.end_day,
            target: c.target,
            visibility: c.visibility,
            participant_count: counts.get(&c.id).map_or(0, |n| i32::try_from(*n).unwrap_or(i32::MAX)),
            joined,
            created_at: c.created_at,
            finished_at: c.finished_at,
        })
        .collect())
}

async fn seen_one(
    conn: &mut AsyncPgConnection,
    row: Option<(Challenge, (bool, bool))>,
) -> Result<Option<ChallengeRow>> {
    Ok(seen(conn, row.into_iter().collect()).await?.pop())
}

async fn visible(conn: &mut AsyncPgConnection, caller: Uuid, id: Uuid, lock: bool) -> Result<ChallengeRow> {
    let query = challenges::table
        .find(id)
        .filter(visible_to(caller))
        .select((Challenge::as_select(), flags(caller)));
    let row = if lock {
        query.for_update().first(conn).await
    } else {
        query.first(conn).await
    };
    seen_one(conn, row.optional().map_err(DbError::from)?)
        .await?
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
            let first = challenges::table
                .filter(challenges::creator_id.eq(creator))
                .filter(challenges::request_id.eq(key))
                .select((Challenge::as_select(), flags(creator)))
                .first(conn)
                .await
                .optional()
                .map_err(DbError::from)?;
            if let Some(first) = seen_one(conn, first).await? {
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
    let mut query = challenges::table
        .filter(visible_to(caller))
        .order(challenges::id.desc())
        .limit(limit)
        .select((Challenge::as_select(), flags(caller)))
        .into_boxed();
    query = match scope {
        Scope::All => query,
        Scope::Mine => query.filter(
            challenges::creator_id
                .eq(caller)
                .or(challenges::id.eq_any(joined_by(caller))),
        ),
        Scope::Friends => query.filter(
            challenges::creator_id
                .ne(caller)
                .and(social_are_friends(caller, challenges::creator_id)),
        ),
        Scope::Public => query.filter(challenges::visibility.eq("public")),
    };
    if unfinished_only {
        query = query.filter(challenges::finished_at.is_null());
    }
    if let Some(before) = before {
        query = query.filter(challenges::id.lt(before));
    }
    let rows = query.load(conn).await.map_err(DbError::from)?;
    seen(conn, rows).await
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

/// Every active participant's sums over the challenge's days, from the
/// daily rollups (days in each participant's own timezone).
async fn totals(conn: &mut AsyncPgConnection, viewer: Uuid, row: &ChallengeRow) -> Result<Vec<Totals>> {
    let participants: Vec<(Uuid, bool)> = challenge_participants::table
        .filter(challenge_participants::challenge_id.eq(row.id))
        .filter(challenge_participants::user_id.eq_any(crate::identity::repo::active_ids()))
        .select((
            challenge_participants::user_id,
            challenge_participants::user_id
                .eq(viewer)
                .or(social_are_friends(viewer, challenge_participants::user_id)),
        ))
        .load(conn)
        .await
        .map_err(DbError::from)?;
    let ids: Vec<Uuid> = participants.iter().map(|(id, _)| *id).collect();
    let names = crate::identity::repo::display_names(conn, &ids).await?;
    let span = crate::analytics::metrics::Span::new(row.start_day, row.end_day);
    let sums: HashMap<Uuid, SpanTotals> =
        crate::analytics::repo::span_totals(conn, &ids, span, row.target.saturating_mul(60_000))
            .await?
            .into_iter()
            .map(|t| (t.user_id, t))
            .collect();
    Ok(participants
        .into_iter()
        .map(|(user_id, visible)| {
            let sum = sums.get(&user_id);
            Totals {
                user_id,
                display_name: names.get(&user_id).cloned().unwrap_or_default(),
                visible,
                days: sum.map_or(0, |s| s.days),
                screen_time_ms: sum.map_or(0, |s| s.screen_time_ms),
                unlocks: sum.map_or(0, |s| s.unlocks),
                app_time_ms: sum.map_or(0, |s| s.app_time_ms),
                productive_ms: sum.map_or(0, |s| s.productive_ms),
                days_under: sum.map_or(0, |s| s.days_under),
            }
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
        // Over everywhere: the last day ended in every timezone (UTC+14 to -12).
        let last_over = Utc::now().date_naive() - chrono::Days::new(2);
        let due: Option<(Uuid, Uuid)> = challenges::table
            .filter(challenges::finished_at.is_null())
            .filter(challenges::end_day.le(last_over))
            .order((challenges::end_day, challenges::id))
            .select((challenges::id, challenges::creator_id))
            .for_update()
            .skip_locked()
            .first(conn)
            .await
            .optional()
            .map_err(DbError::from)?;
        let Some((id, creator)) = due else {
            return Ok(false);
        };
        let row = visible(conn, creator, id, false).await?;
        let standings = leaderboard::rank(row.kind(), row.target, totals(conn, creator, &row).await?);
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
