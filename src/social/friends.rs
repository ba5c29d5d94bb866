//! Friendship and block queries. A pair of users has at most one friendship
//! row, whoever asked; blocks are one row per direction. Every read applies
//! the rules in SQL (`social_are_friends`, `social_blocked_either`), so what
//! a caller may not see is exactly what does not exist for them.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::dsl::not;
use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde_json::json;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::error::SocialError;
use super::model::{BlockedRow, FriendTarget, FriendshipRow, FriendshipStatus, SharedDeviceRow};
use crate::devices;
use crate::error::DbError;
use crate::identity;
use crate::notify::{self, Notice};
use crate::schema::{friend_invites, friend_request_sends, friendships, user_blocks};

type Result<T, E = SocialError> = std::result::Result<T, E>;

/// The most friends ListFriends returns.
pub const MAX_FRIENDS: i64 = 1000;
/// The most pending requests ListFriends returns each way.
pub const MAX_PENDING: i64 = 200;

/// A friendship as stored; the people's names are identity's to give.
#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = friendships)]
struct Friendship {
    id: Uuid,
    requester_id: Uuid,
    addressee_id: Uuid,
    status: String,
    created_at: DateTime<Utc>,
    responded_at: Option<DateTime<Utc>>,
}

impl Friendship {
    fn status(&self) -> FriendshipStatus {
        FriendshipStatus::from_stored(&self.status).unwrap_or(FriendshipStatus::Declined)
    }

    fn named(self, names: &HashMap<Uuid, String>) -> FriendshipRow {
        let name = |id| names.get(&id).cloned().unwrap_or_default();
        FriendshipRow {
            id: self.id,
            requester_name: name(self.requester_id),
            requester_id: self.requester_id,
            addressee_name: name(self.addressee_id),
            addressee_id: self.addressee_id,
            status: self.status,
            created_at: self.created_at,
            responded_at: self.responded_at,
        }
    }
}

/// The rows with both people's names, in one lookup.
async fn named(conn: &mut AsyncPgConnection, rows: Vec<Friendship>) -> Result<Vec<FriendshipRow>> {
    let ids: Vec<Uuid> = rows.iter().flat_map(|r| [r.requester_id, r.addressee_id]).collect();
    let names = identity::repo::display_names(conn, &ids).await?;
    Ok(rows.into_iter().map(|r| r.named(&names)).collect())
}

async fn named_one(conn: &mut AsyncPgConnection, row: Option<Friendship>) -> Result<Option<FriendshipRow>> {
    Ok(named(conn, row.into_iter().collect()).await?.pop())
}

diesel::define_sql_function! {
    /// The schema's rule for "accepted friends, neither blocking the other".
    fn social_are_friends(a: diesel::sql_types::Uuid, b: diesel::sql_types::Uuid) -> diesel::sql_types::Bool;
}

diesel::define_sql_function! {
    /// The schema's rule for "one of the two blocks the other".
    fn social_blocked_either(a: diesel::sql_types::Uuid, b: diesel::sql_types::Uuid) -> diesel::sql_types::Bool;
}

diesel::define_sql_function!(fn least(a: diesel::sql_types::Uuid, b: diesel::sql_types::Uuid) -> diesel::sql_types::Uuid);
diesel::define_sql_function!(fn greatest(a: diesel::sql_types::Uuid, b: diesel::sql_types::Uuid) -> diesel::sql_types::Uuid);

/// The friendship of the pair, whoever asked: the expressions of the pair's
/// unique index, so the index serves it. [`pair`] orders the two ids.
#[diesel::dsl::auto_type]
fn pair_of(low: Uuid, high: Uuid) -> _ {
    least(friendships::requester_id, friendships::addressee_id)
        .eq(low)
        .and(greatest(friendships::requester_id, friendships::addressee_id).eq(high))
}

/// PostgreSQL orders uuids by their bytes, as `Uuid`'s `Ord` does.
fn pair(a: Uuid, b: Uuid) -> pair_of {
    let (low, high) = if a <= b { (a, b) } else { (b, a) };
    pair_of(low, high)
}

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

/// Whether `a` and `b` are friends now (accepted, neither blocking the other).
#[tracing::instrument(skip(conn))]
pub async fn are_friends(conn: &mut AsyncPgConnection, a: Uuid, b: Uuid) -> Result<bool> {
    Ok(diesel::select(social_are_friends(a, b))
        .get_result(conn)
        .await
        .map_err(DbError::from)?)
}

async fn pair_row(conn: &mut AsyncPgConnection, a: Uuid, b: Uuid, lock: bool) -> Result<Option<FriendshipRow>> {
    let query = friendships::table.filter(pair(a, b)).select(Friendship::as_select());
    let row = if lock {
        query.for_update().first(conn).await
    } else {
        query.first(conn).await
    };
    named_one(conn, row.optional().map_err(DbError::from)?).await
}

async fn row_by_id(conn: &mut AsyncPgConnection, id: Uuid) -> Result<FriendshipRow> {
    let row = friendships::table
        .find(id)
        .select(Friendship::as_select())
        .first(conn)
        .await
        .map_err(DbError::from)?;
    named_one(conn, Some(row))
        .await?
        .ok_or(SocialError::Db(DbError::NotFound))
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
        crate::db::lock_xact(conn, &format!("friend_requests:{caller}")).await?;
        let sends = friend_request_sends::table.filter(friend_request_sends::requester_id.eq(caller));
        diesel::delete(sends.filter(friend_request_sends::sent_at.lt(Utc::now() - chrono::Duration::days(1))))
            .execute(conn)
            .await?;
        // Under the lock, the count and the insert cannot interleave with
        // another send of the same caller.
        let sent: i64 = sends.count().get_result(conn).await?;
        if sent >= i64::from(per_day) {
            return Err(SocialError::TooManyFriendRequests { max: per_day });
        }
        diesel::insert_into(friend_request_sends::table)
            .values((
                friend_request_sends::id.eq(Uuid::now_v7()),
                friend_request_sends::requester_id.eq(caller),
            ))
            .execute(conn)
            .await?;
        Ok(())
    })
    .await
}

/// A request to an address that names no active account: stored as an
/// invite (by the address's digest) so a resend returns the same pending
/// request and the sender's list shows it, as for an account.
#[tracing::instrument(skip_all)]
pub async fn invite(conn: &mut AsyncPgConnection, caller: Uuid, address: &str) -> Result<FriendshipRow> {
    let digest = hex::encode(Sha256::digest(address.as_bytes()));
    diesel::insert_into(friend_invites::table)
        .values((
            friend_invites::id.eq(Uuid::now_v7()),
            friend_invites::requester_id.eq(caller),
            friend_invites::address_sha256.eq(&digest),
        ))
        .on_conflict((friend_invites::requester_id, friend_invites::address_sha256))
        .do_nothing()
        .execute(conn)
        .await?;
    let invite: Invite = friend_invites::table
        .filter(friend_invites::requester_id.eq(caller))
        .filter(friend_invites::address_sha256.eq(&digest))
        .select(Invite::as_select())
        .first(conn)
        .await
        .map_err(DbError::from)?;
    let names = identity::repo::display_names(conn, &[caller]).await?;
    Ok(invite.named(&names))
}

/// A request to an address without an account.
#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = friend_invites)]
struct Invite {
    id: Uuid,
    requester_id: Uuid,
    created_at: DateTime<Utc>,
}

impl Invite {
    /// As a pending friendship row without an addressee, which is how its
    /// sender sees any pending request.
    fn named(self, names: &HashMap<Uuid, String>) -> FriendshipRow {
        FriendshipRow {
            id: self.id,
            requester_name: names.get(&self.requester_id).cloned().unwrap_or_default(),
            requester_id: self.requester_id,
            addressee_id: Uuid::nil(),
            addressee_name: String::new(),
            status: FriendshipStatus::Pending.as_str().to_owned(),
            created_at: self.created_at,
            responded_at: None,
        }
    }
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
        let row = friendships::table
            .find(request_id)
            .filter(friendships::addressee_id.eq(caller))
            .filter(friendships::requester_id.ne_all(blocked_by(caller)))
            .select(Friendship::as_select())
            .for_update()
            .first(conn)
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

/// The users `caller` blocks, as a subquery.
#[diesel::dsl::auto_type]
fn blocked_by(caller: Uuid) -> _ {
    user_blocks::table
        .filter(user_blocks::blocker_id.eq(caller))
        .select(user_blocks::blocked_id)
}

/// Accepted friends, newest friendship first.
#[tracing::instrument(skip(conn))]
pub async fn friends(conn: &mut AsyncPgConnection, caller: Uuid) -> Result<Vec<FriendshipRow>> {
    let rows = friendships::table
        .filter(
            friendships::requester_id
                .eq(caller)
                .or(friendships::addressee_id.eq(caller)),
        )
        .filter(friendships::status.eq(FriendshipStatus::Accepted.as_str()))
        .filter(not(social_blocked_either(
            friendships::requester_id,
            friendships::addressee_id,
        )))
        .filter(friendships::requester_id.eq_any(identity::repo::active_ids()))
        .filter(friendships::addressee_id.eq_any(identity::repo::active_ids()))
        .order((friendships::responded_at.desc(), friendships::id.desc()))
        .limit(MAX_FRIENDS)
        .select(Friendship::as_select())
        .load(conn)
        .await
        .map_err(DbError::from)?;
    named(conn, rows).await
}

/// Pending requests to the caller (not from users they blocked), or from
/// the caller (including ones the addressee silently cannot see, and
/// invites to addresses without an account, which look the same).
#[tracing::instrument(skip(conn))]
pub async fn pending(conn: &mut AsyncPgConnection, caller: Uuid, incoming: bool) -> Result<Vec<FriendshipRow>> {
    let pending = friendships::table
        .filter(friendships::status.eq(FriendshipStatus::Pending.as_str()))
        .filter(friendships::requester_id.eq_any(identity::repo::active_ids()))
        .filter(friendships::addressee_id.eq_any(identity::repo::active_ids()))
        .order((friendships::created_at.desc(), friendships::id.desc()))
        .limit(MAX_PENDING)
        .select(Friendship::as_select());
    if incoming {
        let rows = pending
            .filter(friendships::addressee_id.eq(caller))
            .filter(friendships::requester_id.ne_all(blocked_by(caller)))
            .load(conn)
            .await
            .map_err(DbError::from)?;
        return named(conn, rows).await;
    }
    let rows = pending
        .filter(friendships::requester_id.eq(caller))
        .load(conn)
        .await
        .map_err(DbError::from)?;
    let invites: Vec<Invite> = friend_invites::table
        .filter(friend_invites::requester_id.eq(caller))
        .order((friend_invites::created_at.desc(), friend_invites::id.desc()))
        .limit(MAX_PENDING)
        .select(Invite::as_select())
        .load(conn)
        .await
        .map_err(DbError::from)?;
    let names = identity::repo::display_names(
        conn,
        &rows
            .iter()
            .flat_map(|r| [r.requester_id, r.addressee_id])
            .collect::<Vec<_>>(),
    )
    .await?;
    // Each list is newest first and capped; merged, the newest of both.
    let mut all: Vec<FriendshipRow> = rows
        .into_iter()
        .map(|r| r.named(&names))
        .chain(invites.into_iter().map(|i| i.named(&names)))
        .collect();
    all.sort_by_key(|r| std::cmp::Reverse((r.created_at, r.id)));
    all.truncate(MAX_PENDING as usize);
    Ok(all)
}

/// The friendship of the caller with `other`, if they are accepted friends.
#[tracing::instrument(skip(conn))]
pub async fn friendship(conn: &mut AsyncPgConnection, caller: Uuid, other: Uuid) -> Result<FriendshipRow> {
    let row = friendships::table
        .filter(pair(caller, other))
        .filter(social_are_friends(caller, other))
        .select(Friendship::as_select())
        .first(conn)
        .await
        .optional()
        .map_err(DbError::from)?;
    named_one(conn, row).await?.ok_or(SocialError::FriendNotFound)
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
        let accepted = friendships::status.eq(FriendshipStatus::Accepted.as_str());
        let own_request = friendships::status
            .eq(FriendshipStatus::Pending.as_str())
            .and(friendships::requester_id.eq(caller));
        let removed = diesel::delete(friendships::table)
            .filter(pair(caller, other))
            .filter(accepted.or(own_request))
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
        if identity::repo::exists(conn, other).await? {
            diesel::insert_into(user_blocks::table)
                .values((user_blocks::blocker_id.eq(caller), user_blocks::blocked_id.eq(other)))
                .on_conflict_do_nothing()
                .execute(conn)
                .await?;
        }
        diesel::delete(friendships::table)
            .filter(pair(caller, other))
            .filter(
                friendships::status
                    .eq(FriendshipStatus::Accepted.as_str())
                    .or(friendships::requester_id.eq(caller)),
            )
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
    let blocks: Vec<(Uuid, DateTime<Utc>)> = user_blocks::table
        .filter(user_blocks::blocker_id.eq(caller))
        .order(user_blocks::created_at.desc())
        .limit(MAX_FRIENDS)
        .select((user_blocks::blocked_id, user_blocks::created_at))
        .load(conn)
        .await
        .map_err(DbError::from)?;
    let ids: Vec<Uuid> = blocks.iter().map(|(id, _)| *id).collect();
    let names = identity::repo::display_names(conn, &ids).await?;
    // A block row's user always exists (the key cascades on delete).
    Ok(blocks
        .into_iter()
        .filter_map(|(user_id, created_at)| {
            Some(BlockedRow {
                display_name: names.get(&user_id)?.clone(),
                user_id,
                created_at,
            })
        })
        .collect())
}
