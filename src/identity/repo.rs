//! Queries on accounts, sessions and login attempts. Each takes a connection
//! so the caller decides the transaction.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::model::{NewRefreshToken, NewUser, ProfileChanges, RefreshTokenRow, UserRow};
use crate::auth::{Caller, Role};
use crate::error::DbError;
use crate::schema::{login_attempts, refresh_tokens, users};

/// The caller behind an access token, if the user exists and is active.
#[tracing::instrument(skip(conn))]
pub async fn caller(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<Option<Caller>, DbError> {
    let role: Option<String> = users::table
        .filter(users::id.eq(user_id).and(users::is_active))
        .select(users::role)
        .first(conn)
        .await
        .optional()?;
    Ok(role.and_then(|r| Role::parse(&r)).map(|role| Caller { user_id, role }))
}

#[tracing::instrument(skip(conn, user), fields(email = user.email))]
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

#[tracing::instrument(skip(conn))]
pub async fn user_by_email(conn: &mut AsyncPgConnection, email: &str) -> Result<Option<UserRow>, DbError> {
    Ok(users::table
        .filter(users::email.eq(email))
        .select(UserRow::as_select())
        .first(conn)
        .await
        .optional()?)
}

#[tracing::instrument(skip(conn))]
pub async fn user_by_google_subject(conn: &mut AsyncPgConnection, subject: &str) -> Result<Option<UserRow>, DbError> {
    Ok(users::table
        .filter(users::google_subject.eq(subject))
        .select(UserRow::as_select())
        .first(conn)
        .await
        .optional()?)
}

#[tracing::instrument(skip(conn))]
pub async fn link_google(conn: &mut AsyncPgConnection, id: Uuid, subject: &str) -> Result<UserRow, DbError> {
    Ok(diesel::update(users::table.find(id))
        .set((users::google_subject.eq(subject), users::updated_at.eq(Utc::now())))
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

#[tracing::instrument(skip(conn))]
pub async fn record_login_attempt(
    conn: &mut AsyncPgConnection,
    email: &str,
    peer: &str,
    succeeded: bool,
) -> Result<(), DbError> {
    diesel::insert_into(login_attempts::table)
        .values((
            login_attempts::email.eq(email),
            login_attempts::peer.eq(peer),
            login_attempts::succeeded.eq(succeeded),
        ))
        .execute(conn)
        .await?;
    Ok(())
}

/// Failed attempts since `since`, for this email and for this peer.
#[tracing::instrument(skip(conn))]
pub async fn recent_failures(
    conn: &mut AsyncPgConnection,
    email: &str,
    peer: &str,
    since: DateTime<Utc>,
) -> Result<(i64, i64), DbError> {
    let recent = login_attempts::table.filter(
        login_attempts::attempted_at
            .ge(since)
            .and(login_attempts::succeeded.eq(false)),
    );
    let by_email = recent
        .filter(login_attempts::email.eq(email))
        .count()
        .get_result(conn)
        .await?;
    let by_peer = recent
        .filter(login_attempts::peer.eq(peer))
        .count()
        .get_result(conn)
        .await?;
    Ok((by_email, by_peer))
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
