//! Friendship and block queries. A pair of users has at most one friendship
//! row, whoever asked; blocks are one row per direction. Every read applies
//! the rules in SQL (`social_are_friends`, `social_blocked_either`), so what
//! a caller may not see is exactly what does not exist for them.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde_json::json;
use uuid::Uuid;

use super::error::SocialError;
use super::model::{BlockedRow, FriendTarget, FriendshipRow, FriendshipStatus, SharedDeviceRow};
use crate::devices;
use crate::error::DbError;
use crate::identity;
use crate::notify::{self, Notice};
use crate::schema::{friendships, user_blocks};

type SqlUuid = diesel::sql_types::Uuid;
type Result<T, E = SocialError> = std::result::Result<T, E>;

/// The most friends ListFriends returns.
pub const MAX_FRIENDS: i64 = 1000;
/// The most pending requests ListFriends returns each way.
pub const MAX_PENDING: i64 = 200;

const FRIENDSHIP: &str = "
    SELECT f.id, f.requester_id, r.display_name AS requester_name, f.addressee_id,
           a.display_name AS addressee_name, f.status, f.created_at, f.responded_at
    FROM friendships f
    JOIN users r ON r.id = f.requester_id
    JOIN users a ON a.id = f.addressee_id";

/// An invite as a pending friendship row without an addressee.
const INVITE: &str = "
    SELECT i.id, i.requester_id, r.display_name AS requester_name, '00000000-0000-0000-0000-000000000000'::uuid AS addressee_id,
           '' AS addressee_name, 'pending' AS status, i.created_at, NULL::timestamptz AS responded_at
    FROM friend_invites i
    JOIN users r ON r.id = i.requester_id";

/// The pair ($1, $2), whoever asked: what the pair's unique index serves.
const PAIR: &str = "LEAST(requester_id, addressee_id) = LEAST($1, $2)
                    AND GREATEST(requester_id, addressee_id) = GREATEST($1, $2)";

/// An active user by email or id (never the caller's block state: that is
/// for the caller to act on). The span names the kind of target, never the
/// address: logs hold no one's email.
#[tracing::instrument(skip(conn, target), fields(by = target.field()))]
pub async fn find_user(conn: &mut AsyncPgConnection, target: &FriendTarget) -> Result<(Uuid, String)> {
    let found = match target {
        FriendTarget::Email(email) => identity::repo::active_by_email(conn, email).await?,
        FriendTarget::UserId(id) => identity::repo::active_by_id(conn, *id).await?,
    };
    found.ok_or(SocialError::UserNotFound)
}

diesel::define_sql_function! {
    /// The schema's rule for "accepted friends, neither blocking the other".
    fn social_are_friends(a: diesel::sql_types::Uuid, b: diesel::sql_types::Uuid) -> diesel::sql_types::Bool;
}

/// Whether `a` and `b` are friends now (accepted, neither blocking the other).
#[tracing::instrument(skip(conn))]
pub async fn are_friends(conn: &mut AsyncPgConnection, a: Uuid, b: Uuid) -> Result<bool> {
    Ok(diesel::select(social_are_friends(a, b))
        .get_result(conn)
        .await
        .map_err(DbError::from)?)
}

async fn pair_row(conn: &mut AsyncPgConnection, a: Uuid, b: Uuid, lock: bool) -> Result<Option<FriendshipRow>> {
    let sql = format!(
        "{FRIENDSHIP} WHERE f.id = (SELECT id FROM friendships WHERE {PAIR}){}",
        if lock { " FOR UPDATE OF f" } else { "" }
    );
    Ok(diesel::sql_query(sql)
        .bind::<SqlUuid, _>(a)
        .bind::<SqlUuid, _>(b)
        .get_result(conn)
        .await
        .optional()
        .map_err(DbError::from)?)
}

async fn row_by_id(conn: &mut AsyncPgConnection, id: Uuid) -> Result<FriendshipRow> {
    Ok(diesel::sql_query(format!("{FRIENDSHIP} WHERE f.id = $1"))
        .bind::<SqlUuid, _>(id)
        .get_result(conn)
        .await
        .map_err(DbError::from)?)
}

async fn blocks(conn: &mut AsyncPgConnection, blocker: Uuid, blocked: Uuid) -> Result<bool> {
    let blocks = user_blocks::table.filter(
        user_blocks::blocker_id
            .eq(blocker)
            .and(user_blocks::blocked_id.eq(blocked)),
    );
    Ok(diesel::select(diesel::dsl::exists(blocks))
        .get_result(conn)
        .await
        .map_err(DbError::from)?)
}

fn received(to: Uuid, row: &FriendshipRow) -> Notice {
    Notice::new(
        to,
        "friend_request_received",
        format!("{} wants to be your friend", row.requester_name),
        json!({ "friend_request_id": row.id, "user_id": row.requester_id }),
    )
}

fn accepted(to: Uuid, row: &FriendshipRow) -> Notice {
    Notice::new(
        to,
        "friend_request_accepted",
        format!("{} accepted your friend request", row.addressee_name),
        json!({ "friend_request_id": row.id, "user_id": row.addressee_id }),
    )
    .dedupe(format!("friend_request_accepted:{}", row.id))
}

/// Counts one SendFriendRequest of `caller` against `per_day` in the last
/// 24 hours; beyond it the call is refused and not counted. One at a time
/// per user, so parallel calls cannot all pass the count.
#[tracing::instrument(skip(conn))]
pub async fn count_send(conn: &mut AsyncPgConnection, caller: Uuid, per_day: u32) -> Result<()> {
    conn.transaction::<_, SocialError, _>(async |conn| {
        diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext('friend_requests:' || $1::text))")
            .bind::<SqlUuid, _>(caller)
            .execute(conn)
            .await?;
        diesel::sql_query(
            "DELETE FROM friend_request_sends WHERE requester_id = $1 AND sent_at < now() - interval '1 day'",
        )
        .bind::<SqlUuid, _>(caller)
        .execute(conn)
        .await?;
        let counted = diesel::sql_query(
            "INSERT INTO friend_request_sends (id, requester_id)
             SELECT $2, $1 WHERE (SELECT count(*) FROM friend_request_sends WHERE requester_id = $1) < $3",
        )
        .bind::<SqlUuid, _>(caller)
        .bind::<SqlUuid, _>(Uuid::now_v7())
        .bind::<BigInt, _>(i64::from(per_day))
        .execute(conn)
        .await?;
        if counted == 0 {
            return Err(SocialError::TooManyFriendRequests { max: per_day });
        }
        Ok(())
    })
    .await
}

/// A request to an address that names no active account: stored as an
/// invite (by the address's digest) so a resend returns the same pending
/// request and the sender's list shows it, as for an account.
#[tracing::instrument(skip_all)]
pub async fn invite(conn: &mut AsyncPgConnection, caller: Uuid, address: &str) -> Result<FriendshipRow> {
    diesel::sql_query(
        "INSERT INTO friend_invites (id, requester_id, address_sha256)
         VALUES ($1, $2, encode(sha256(convert_to($3, 'UTF8')), 'hex'))
         ON CONFLICT (requester_id, address_sha256) DO NOTHING",
    )
    .bind::<SqlUuid, _>(Uuid::now_v7())
    .bind::<SqlUuid, _>(caller)
    .bind::<Text, _>(address)
    .execute(conn)
    .await?;
    Ok(diesel::sql_query(format!(
        "{INVITE} WHERE i.requester_id = $1 AND i.address_sha256 = encode(sha256(convert_to($2, 'UTF8')), 'hex')"
    ))
    .bind::<SqlUuid, _>(caller)
    .bind::<Text, _>(address)
    .get_result(conn)
    .await
    .map_err(DbError::from)?)
}

/// Sends (or repeats, or completes) a friend request from `caller` to
/// `target`. A request to someone who blocked the caller is stored and
/// looks pending to the caller, but the addressee never sees it.
#[tracing::instrument(skip(conn))]
pub async fn send_request(conn: &mut AsyncPgConnection, caller: Uuid, target: Uuid) -> Result<FriendshipRow> {
    if blocks(conn, caller, target).await? {
        return Err(SocialError::YouBlocked);
    }
    conn.transaction::<_, SocialError, _>(async |conn| {
        let hidden = blocks(conn, target, caller).await?;
        let existing = pair_row(conn, caller, target, true).await?;
        let row = match existing {
            None => {
                // A concurrent request for the same pair makes this insert
                // wait, then do nothing; the row it wrote is read back.
                diesel::insert_into(friendships::table)
                    .values((
                        friendships::id.eq(Uuid::now_v7()),
                        friendships::requester_id.eq(caller),
                        friendships::addressee_id.eq(target),
                        friendships::status.eq(FriendshipStatus::Pending.as_str()),
                    ))
                    .on_conflict_do_nothing()
                    .execute(conn)
                    .await?;
                let row = pair_row(conn, caller, target, false)
                    .await?
                    .ok_or(SocialError::Db(DbError::NotFound))?;
                if row.status() == FriendshipStatus::Pending && row.requester_id == caller && !hidden {
                    notify::emit(conn, received(target, &row)).await?;
                }
                return Ok(row);
            }
            Some(row) => row,
        };
        match (row.status(), row.requester_id == caller) {
            (FriendshipStatus::Accepted, _) => Err(SocialError::AlreadyFriends),
            (FriendshipStatus::Pending, true) => Ok(row),
            // They asked first: asking back accepts.
            (FriendshipStatus::Pending, false) => {
                diesel::update(friendships::table.find(row.id))
                    .set((
                        friendships::status.eq(FriendshipStatus::Accepted.as_str()),
                        friendships::responded_at.eq(diesel::dsl::now),
                    ))
                    .execute(conn)
                    .await?;
                let row = row_by_id(conn, row.id).await?;
                notify::emit(conn, accepted(row.requester_id, &row)).await?;
                Ok(row)
            }
            // Declined before: a new request, from whoever asks now.
            (FriendshipStatus::Declined, _) => {
                diesel::update(friendships::table.find(row.id))
                    .set((
                        friendships::requester_id.eq(caller),
                        friendships::addressee_id.eq(target),
                        friendships::status.eq(FriendshipStatus::Pending.as_str()),
                        friendships::created_at.eq(diesel::dsl::now),
                        friendships::responded_at.eq(None::<chrono::DateTime<chrono::Utc>>),
                    ))
                    .execute(conn)
                    .await?;
                let row = row_by_id(conn, row.id).await?;
                if !hidden {
                    notify::emit(conn, received(target, &row)).await?;
                }
                Ok(row)
            }
        }
    })
    .await
}

/// The addressee accepts or declines a pending request. Requests from
/// users the caller blocked do not exist for the caller.
#[tracing::instrument(skip(conn))]
pub async fn respond(
    conn: &mut AsyncPgConnection,
    caller: Uuid,
    request_id: Uuid,
    accept: bool,
) -> Result<FriendshipRow> {
    conn.transaction::<_, SocialError, _>(async |conn| {
        let row: Option<FriendshipRow> = diesel::sql_query(format!(
            "{FRIENDSHIP} WHERE f.id = $1 AND f.addressee_id = $2
               AND NOT EXISTS (SELECT 1 FROM user_blocks b WHERE b.blocker_id = $2 AND b.blocked_id = f.requester_id)
             FOR UPDATE OF f"
        ))
        .bind::<SqlUuid, _>(request_id)
        .bind::<SqlUuid, _>(caller)
        .get_result(conn)
        .await
        .optional()
        .map_err(DbError::from)?;
        let row = row.ok_or(SocialError::FriendRequestNotFound)?;
        if row.status() != FriendshipStatus::Pending {
            return Err(SocialError::FriendRequestAnswered);
        }
        let status = if accept {
            FriendshipStatus::Accepted
        } else {
            FriendshipStatus::Declined
        };
        diesel::update(friendships::table.find(row.id))
            .set((
                friendships::status.eq(status.as_str()),
                friendships::responded_at.eq(diesel::dsl::now),
            ))
            .execute(conn)
            .await?;
        let row = row_by_id(conn, row.id).await?;
        // A decline is silent: the requester sees their request go away.
        if accept {
            notify::emit(conn, accepted(row.requester_id, &row)).await?;
        }
        Ok(row)
    })
    .await
}

/// Accepted friends, newest friendship first.
#[tracing::instrument(skip(conn))]
pub async fn friends(conn: &mut AsyncPgConnection, caller: Uuid) -> Result<Vec<FriendshipRow>> {
    Ok(diesel::sql_query(format!(
        "{FRIENDSHIP} WHERE (f.requester_id = $1 OR f.addressee_id = $1) AND f.status = 'accepted'
           AND NOT social_blocked_either(f.requester_id, f.addressee_id)
           AND r.is_active AND a.is_active
         ORDER BY f.responded_at DESC, f.id DESC LIMIT $2"
    ))
    .bind::<SqlUuid, _>(caller)
    .bind::<BigInt, _>(MAX_FRIENDS)
    .load(conn)
    .await
    .map_err(DbError::from)?)
}

/// Pending requests to the caller (not from users they blocked), or from
/// the caller (including ones the addressee silently cannot see, and
/// invites to addresses without an account, which look the same).
#[tracing::instrument(skip(conn))]
pub async fn pending(conn: &mut AsyncPgConnection, caller: Uuid, incoming: bool) -> Result<Vec<FriendshipRow>> {
    let sql = if incoming {
        format!(
            "{FRIENDSHIP} WHERE f.addressee_id = $1 AND f.status = 'pending' AND r.is_active AND a.is_active
               AND NOT EXISTS (SELECT 1 FROM user_blocks b WHERE b.blocker_id = $1 AND b.blocked_id = f.requester_id)
             ORDER BY f.created_at DESC, f.id DESC LIMIT $2"
        )
    } else {
        format!(
            "({FRIENDSHIP} WHERE f.requester_id = $1 AND f.status = 'pending' AND r.is_active AND a.is_active)
             UNION ALL ({INVITE} WHERE i.requester_id = $1)
             ORDER BY created_at DESC, id DESC LIMIT $2"
        )
    };
    Ok(diesel::sql_query(sql)
        .bind::<SqlUuid, _>(caller)
        .bind::<BigInt, _>(MAX_PENDING)
        .load(conn)
        .await
        .map_err(DbError::from)?)
}

/// The friendship of the caller with `other`, if they are accepted friends.
#[tracing::instrument(skip(conn))]
pub async fn friendship(conn: &mut AsyncPgConnection, caller: Uuid, other: Uuid) -> Result<FriendshipRow> {
    diesel::sql_query(format!(
        "{FRIENDSHIP} WHERE f.id = (SELECT id FROM friendships WHERE {PAIR}) AND social_are_friends($1, $2)"
    ))
    .bind::<SqlUuid, _>(caller)
    .bind::<SqlUuid, _>(other)
    .get_result(conn)
    .await
    .optional()
    .map_err(DbError::from)?
    .ok_or(SocialError::FriendNotFound)
}

/// A user's active devices, as their friends see them.
#[tracing::instrument(skip(conn))]
pub async fn shared_devices(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<Vec<SharedDeviceRow>> {
    let devices = devices::repo::active_devices(conn, user_id).await?;
    Ok(devices.into_iter().map(Into::into).collect())
}

/// Ends visits going on or planned between the two users (either hosting).
async fn end_visits_between(conn: &mut AsyncPgConnection, a: Uuid, b: Uuid) -> Result<()> {
    use crate::schema::device_visits::dsl as v;
    let between = (v::host_id.eq(a).and(v::visitor_id.eq(b))).or(v::host_id.eq(b).and(v::visitor_id.eq(a)));
    diesel::update(v::device_visits)
        .filter(v::ended_at.is_null().and(v::ends_at.gt(diesel::dsl::now)).and(between))
        .set(v::ended_at.eq(diesel::dsl::now))
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends the friendship with `other`, or withdraws the caller's pending
/// request to them.
#[tracing::instrument(skip(conn))]
pub async fn remove(conn: &mut AsyncPgConnection, caller: Uuid, other: Uuid) -> Result<()> {
    conn.transaction::<_, SocialError, _>(async |conn| {
        let removed = diesel::sql_query(format!(
            "DELETE FROM friendships
             WHERE {PAIR} AND (status = 'accepted' OR (status = 'pending' AND requester_id = $1))"
        ))
        .bind::<SqlUuid, _>(caller)
        .bind::<SqlUuid, _>(other)
        .execute(conn)
        .await?;
        if removed == 0 {
            return Err(SocialError::FriendNotFound);
        }
        end_visits_between(conn, caller, other).await
    })
    .await
}

/// Blocks `other`: ends the friendship and visits, withdraws the caller's
/// own requests to them, and hides theirs. Their pending request to the
/// caller stays as it is, so nothing changes on their side. An id that
/// names no user blocks nothing and answers the same, so Block tells
/// nobody which ids exist.
#[tracing::instrument(skip(conn))]
pub async fn block(conn: &mut AsyncPgConnection, caller: Uuid, other: Uuid) -> Result<()> {
    conn.transaction::<_, SocialError, _>(async |conn| {
        diesel::sql_query(
            "INSERT INTO user_blocks (blocker_id, blocked_id) SELECT $1, id FROM users WHERE id = $2
             ON CONFLICT DO NOTHING",
        )
        .bind::<SqlUuid, _>(caller)
        .bind::<SqlUuid, _>(other)
        .execute(conn)
        .await?;
        diesel::sql_query(format!(
            "DELETE FROM friendships WHERE {PAIR} AND (status = 'accepted' OR requester_id = $1)"
        ))
        .bind::<SqlUuid, _>(caller)
        .bind::<SqlUuid, _>(other)
        .execute(conn)
        .await?;
        end_visits_between(conn, caller, other).await
    })
    .await
}

#[tracing::instrument(skip(conn))]
pub async fn unblock(conn: &mut AsyncPgConnection, caller: Uuid, other: Uuid) -> Result<()> {
    diesel::delete(user_blocks::table)
        .filter(user_blocks::blocker_id.eq(caller))
        .filter(user_blocks::blocked_id.eq(other))
        .execute(conn)
        .await?;
    Ok(())
}

#[tracing::instrument(skip(conn))]
pub async fn blocked(conn: &mut AsyncPgConnection, caller: Uuid) -> Result<Vec<BlockedRow>> {
    Ok(diesel::sql_query(
        "SELECT u.id AS user_id, u.display_name, b.created_at FROM user_blocks b
         JOIN users u ON u.id = b.blocked_id
         WHERE b.blocker_id = $1 ORDER BY b.created_at DESC LIMIT $2",
    )
    .bind::<SqlUuid, _>(caller)
    .bind::<BigInt, _>(MAX_FRIENDS)
    .load(conn)
    .await
    .map_err(DbError::from)?)
}
