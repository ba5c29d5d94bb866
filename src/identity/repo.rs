//! Queries on accounts, sessions and login attempts. Each takes a connection
//! so the caller decides the transaction.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::IntoSql;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::model::{NewRefreshToken, NewUser, ProfileChanges, RefreshTokenRow, UserRow};
use crate::auth::{Caller, Role};
use crate::error::DbError;
use crate::schema::{login_attempts, refresh_tokens, users};

/// The caller behind an access token, if the user exists, is active and the
/// token's session version is still the user's: one indexed lookup per call.
#[tracing::instrument(skip(conn))]
pub async fn caller(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    session_version: i32,
) -> Result<Option<Caller>, DbError> {
    let role: Option<String> = users::table
        .filter(
            users::id
                .eq(user_id)
                .and(users::is_active)
                .and(users::session_version.eq(session_version)),
        )
        .select(users::role)
        .first(conn)
        .await
        .optional()?;
    Ok(role
        .and_then(|r| Role::from_stored(&r))
        .map(|role| Caller { user_id, role }))
}

#[tracing::instrument(skip_all, fields(id = %user.id))]
pub async fn insert_user(conn: &mut AsyncPgConnection, user: &NewUser<'_>) -> Result<UserRow, DbError> {
    Ok(diesel::insert_into(users::table)
        .values(user)
        .returning(UserRow::as_returning())
        .get_result(conn)
        .await?)
}

#[tracing::instrument(skip(conn))]
pub async fn user(conn: &mut AsyncPgConnection, id: Uuid) -> Result<UserRow, DbError> {
    Ok(users::table.find(id).select(UserRow::as_select()).first(conn).await?)
}

/// The user, locked until the transaction ends.
#[tracing::instrument(skip(conn))]
pub async fn user_for_update(conn: &mut AsyncPgConnection, id: Uuid) -> Result<UserRow, DbError> {
    Ok(users::table
        .find(id)
        .select(UserRow::as_select())
        .for_update()
        .first(conn)
        .await?)
}

#[tracing::instrument(skip_all)]
pub async fn user_by_email(conn: &mut AsyncPgConnection, email: &str) -> Result<Option<UserRow>, DbError> {
    Ok(users::table
        .filter(users::email.eq(email))
        .select(UserRow::as_select())
        .first(conn)
        .await
        .optional()?)
}

#[tracing::instrument(skip_all)]
pub async fn user_by_google_subject(conn: &mut AsyncPgConnection, subject: &str) -> Result<Option<UserRow>, DbError> {
    Ok(users::table
        .filter(users::google_subject.eq(subject))
        .select(UserRow::as_select())
        .first(conn)
        .await
        .optional()?)
}

/// Links a Google identity; `email_proven` (Google verified this account's
/// own address) marks the email verified, and nothing ever unmarks it.
#[tracing::instrument(skip(conn, subject))]
pub async fn link_google(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    subject: &str,
    email_proven: bool,
) -> Result<UserRow, DbError> {
    Ok(diesel::update(users::table.find(id))
        .set((
            users::google_subject.eq(subject),
            users::email_verified.eq(users::email_verified.or(email_proven.into_sql::<diesel::sql_types::Bool>())),
            users::updated_at.eq(Utc::now()),
        ))
        .returning(UserRow::as_returning())
        .get_result(conn)
        .await?)
}

#[tracing::instrument(skip(conn, changes))]
pub async fn update_profile(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    changes: &ProfileChanges,
) -> Result<UserRow, DbError> {
    Ok(diesel::update(users::table.find(id))
        .set((changes, users::updated_at.eq(Utc::now())))
        .returning(UserRow::as_returning())
        .get_result(conn)
        .await?)
}

#[tracing::instrument(skip(conn, hash))]
pub async fn set_password(conn: &mut AsyncPgConnection, id: Uuid, hash: &str) -> Result<(), DbError> {
    diesel::update(users::table.find(id))
        .set((users::password_hash.eq(hash), users::updated_at.eq(Utc::now())))
        .execute(conn)
        .await?;
    Ok(())
}

#[tracing::instrument(skip(conn))]
pub async fn set_role(conn: &mut AsyncPgConnection, id: Uuid, role: Role) -> Result<UserRow, DbError> {
    Ok(diesel::update(users::table.find(id))
        .set((users::role.eq(role.as_str()), users::updated_at.eq(Utc::now())))
        .returning(UserRow::as_returning())
        .get_result(conn)
        .await?)
}

#[tracing::instrument(skip(conn))]
pub async fn set_active(conn: &mut AsyncPgConnection, id: Uuid, active: bool) -> Result<UserRow, DbError> {
    Ok(diesel::update(users::table.find(id))
        .set((users::is_active.eq(active), users::updated_at.eq(Utc::now())))
        .returning(UserRow::as_returning())
        .get_result(conn)
        .await?)
}

/// Ends every access token issued so far: they carry the old version.
/// Returns the new version, for the session started right after.
#[tracing::instrument(skip(conn))]
pub async fn bump_session_version(conn: &mut AsyncPgConnection, id: Uuid) -> Result<i32, DbError> {
    Ok(diesel::update(users::table.find(id))
        .set(users::session_version.eq(users::session_version + 1))
        .returning(users::session_version)
        .get_result(conn)
        .await?)
}

#[tracing::instrument(skip(conn))]
pub async fn touch_last_active(conn: &mut AsyncPgConnection, id: Uuid) -> Result<(), DbError> {
    diesel::update(users::table.find(id))
        .set(users::last_active_at.eq(Utc::now()))
        .execute(conn)
        .await?;
    Ok(())
}

#[derive(Debug, Default, Clone)]
pub struct UserFilter {
    pub role: Option<Role>,
    pub is_active: Option<bool>,
}

/// Ordered by id (time-ordered UUIDv7), after the last id already seen.
#[tracing::instrument(skip(conn))]
pub async fn list_users(
    conn: &mut AsyncPgConnection,
    filter: &UserFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<UserRow>, DbError> {
    let mut query = users::table.select(UserRow::as_select()).into_boxed();
    if let Some(role) = filter.role {
        query = query.filter(users::role.eq(role.as_str()));
    }
    if let Some(active) = filter.is_active {
        query = query.filter(users::is_active.eq(active));
    }
    if let Some(after) = after {
        query = query.filter(users::id.gt(after));
    }
    Ok(query.order(users::id.asc()).limit(limit).load(conn).await?)
}

#[tracing::instrument(skip(conn, token))]
pub async fn insert_refresh_token(conn: &mut AsyncPgConnection, token: &NewRefreshToken) -> Result<(), DbError> {
    diesel::insert_into(refresh_tokens::table)
        .values(token)
        .execute(conn)
        .await?;
    Ok(())
}

/// Locks the token's row so two concurrent refreshes cannot both spend it.
#[tracing::instrument(skip_all)]
pub async fn refresh_token_for_update(
    conn: &mut AsyncPgConnection,
    hash: &[u8],
) -> Result<Option<RefreshTokenRow>, DbError> {
    Ok(refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(hash))
        .select(RefreshTokenRow::as_select())
        .for_update()
        .first(conn)
        .await
        .optional()?)
}

#[tracing::instrument(skip(conn))]
pub async fn mark_replaced(conn: &mut AsyncPgConnection, id: Uuid, by: Uuid) -> Result<(), DbError> {
    diesel::update(refresh_tokens::table.find(id))
        .set((
            refresh_tokens::revoked_at.eq(Utc::now()),
            refresh_tokens::replaced_by.eq(by),
        ))
        .execute(conn)
        .await?;
    Ok(())
}

/// Revokes every still-valid token of a family; returns how many.
#[tracing::instrument(skip(conn))]
pub async fn revoke_family(conn: &mut AsyncPgConnection, family_id: Uuid) -> Result<usize, DbError> {
    Ok(diesel::update(
        refresh_tokens::table.filter(
            refresh_tokens::family_id
                .eq(family_id)
                .and(refresh_tokens::revoked_at.is_null()),
        ),
    )
    .set(refresh_tokens::revoked_at.eq(Utc::now()))
    .execute(conn)
    .await?)
}

#[tracing::instrument(skip(conn))]
pub async fn revoke_all_for_user(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<usize, DbError> {
    Ok(diesel::update(
        refresh_tokens::table.filter(
            refresh_tokens::user_id
                .eq(user_id)
                .and(refresh_tokens::revoked_at.is_null()),
        ),
    )
    .set(refresh_tokens::revoked_at.eq(Utc::now()))
    .execute(conn)
    .await?)
}

/// Advisory lock namespaces (the two-key form, apart from every one-key
/// lock) for login attempts by email and by peer. Transactions take the
/// email's lock, then the peer's, always in that order, so they cannot
/// deadlock.
const LOGIN_EMAIL_LOCK: i32 = 7101;
const LOGIN_PEER_LOCK: i32 = 7102;

/// Serialises the limit check and the attempt's insert with every other
/// login for this email or from this peer, until the transaction ends.
#[tracing::instrument(skip_all)]
pub async fn lock_login_attempts(conn: &mut AsyncPgConnection, email: &str, peer: &str) -> Result<(), DbError> {
    for (namespace, key) in [(LOGIN_EMAIL_LOCK, email), (LOGIN_PEER_LOCK, peer)] {
        diesel::sql_query("SELECT pg_advisory_xact_lock($1, hashtext($2))")
            .bind::<diesel::sql_types::Integer, _>(namespace)
            .bind::<diesel::sql_types::Text, _>(key)
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// Records an attempt, as failed until [`mark_login_succeeded`]; returns its
/// id.
#[tracing::instrument(skip_all)]
pub async fn record_login_attempt(conn: &mut AsyncPgConnection, email: &str, peer: &str) -> Result<i64, DbError> {
    Ok(diesel::insert_into(login_attempts::table)
        .values((
            login_attempts::email.eq(email),
            login_attempts::peer.eq(peer),
            login_attempts::succeeded.eq(false),
        ))
        .returning(login_attempts::id)
        .get_result(conn)
        .await?)
}

#[tracing::instrument(skip(conn))]
pub async fn mark_login_succeeded(conn: &mut AsyncPgConnection, id: i64) -> Result<(), DbError> {
    diesel::update(login_attempts::table.find(id))
        .set(login_attempts::succeeded.eq(true))
        .execute(conn)
        .await?;
    Ok(())
}

/// Failed (or still unresolved) attempts since some time.
#[derive(Debug, QueryableByName)]
pub struct RecentFailures {
    /// For this email from this peer.
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub pair: i64,
    /// For this email from anywhere.
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub email: i64,
    /// From this peer for any email.
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub peer: i64,
}

/// Failed attempts since `since`, counted in one statement.
#[tracing::instrument(skip_all)]
pub async fn recent_failures(
    conn: &mut AsyncPgConnection,
    email: &str,
    peer: &str,
    since: DateTime<Utc>,
) -> Result<RecentFailures, DbError> {
    Ok(diesel::sql_query(
        "SELECT count(*) FILTER (WHERE email = $1 AND peer = $2) AS pair, \
                count(*) FILTER (WHERE email = $1) AS email, \
                count(*) FILTER (WHERE peer = $2) AS peer \
         FROM login_attempts \
         WHERE NOT succeeded AND attempted_at >= $3 AND (email = $1 OR peer = $2)",
    )
    .bind::<diesel::sql_types::Text, _>(email)
    .bind::<diesel::sql_types::Text, _>(peer)
    .bind::<diesel::sql_types::Timestamptz, _>(since)
    .get_result(conn)
    .await?)
}

/// Removes login attempts older than `before`: they only ever count within
/// the login window.
#[tracing::instrument(skip(conn))]
pub async fn prune_login_attempts(conn: &mut AsyncPgConnection, before: DateTime<Utc>) -> Result<usize, DbError> {
    Ok(
        diesel::delete(login_attempts::table.filter(login_attempts::attempted_at.lt(before)))
            .execute(conn)
            .await?,
    )
}

/// An active user's id and display name, by email as stored (lower case)
/// or by id; each form compares the column as stored, so its unique index
/// serves it.
#[tracing::instrument(skip(conn, email))]
pub async fn active_by_email(conn: &mut AsyncPgConnection, email: &str) -> Result<Option<(Uuid, String)>, DbError> {
    Ok(users::table
        .filter(users::email.eq(email).and(users::is_active))
        .select((users::id, users::display_name))
        .first(conn)
        .await
        .optional()?)
}

#[tracing::instrument(skip(conn))]
pub async fn active_by_id(conn: &mut AsyncPgConnection, id: Uuid) -> Result<Option<(Uuid, String)>, DbError> {
    Ok(users::table
        .filter(users::id.eq(id).and(users::is_active))
        .select((users::id, users::display_name))
        .first(conn)
        .await
        .optional()?)
}

/// Locks the user's row until the transaction ends (FOR NO KEY UPDATE), so
/// one user's writes that count what the user owns run one at a time.
#[tracing::instrument(skip(conn))]
pub async fn lock(conn: &mut AsyncPgConnection, id: Uuid) -> Result<(), DbError> {
    users::table
        .filter(users::id.eq(id))
        .select(users::id)
        .for_no_key_update()
        .load::<Uuid>(conn)
        .await?;
    Ok(())
}

/// Display names of the given users, active or not: other domains show
/// people by name through this, never by reading the accounts table.
#[tracing::instrument(skip_all, fields(users = ids.len()))]
pub async fn display_names(conn: &mut AsyncPgConnection, ids: &[Uuid]) -> Result<HashMap<Uuid, String>, DbError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::display_name))
        .load::<(Uuid, String)>(conn)
        .await?
        .into_iter()
        .collect())
}

/// The ids of active users, as a subquery other domains filter by
/// (`column.eq_any(active_ids())`) in the same statement.
pub type ActiveIds = diesel::dsl::Select<diesel::dsl::Filter<users::table, users::is_active>, users::id>;

pub fn active_ids() -> ActiveIds {
    users::table.filter(users::is_active).select(users::id)
}

/// Whether an account with this id exists, active or not.
#[tracing::instrument(skip(conn))]
pub async fn exists(conn: &mut AsyncPgConnection, id: Uuid) -> Result<bool, DbError> {
    Ok(diesel::select(diesel::dsl::exists(users::table.find(id)))
        .get_result(conn)
        .await?)
}
