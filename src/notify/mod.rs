//! Notifications: what a domain tells one of its users ("you have a friend
//! request"). Domains call [`emit`] on their own connection, inside the
//! transaction that made the news, so a notification exists if and only if
//! what it speaks of was committed. Stored per user, listed over
//! `kith.notifications.v1`, and announced on [`CHANNEL`] in the same
//! transaction so live streams on every replica see it once it commits.

pub mod grpc;
pub mod model;
mod personal_data;
pub mod preferences;
pub mod push;
pub mod watch;
pub mod webhooks;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Array, Bool, Jsonb, Nullable, Text, Timestamptz};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::error::DbError;

type SqlUuid = diesel::sql_types::Uuid;

/// One piece of news for one user.
#[derive(Debug, Clone)]
pub struct Notice {
    pub user_id: Uuid,
    /// e.g. "friend_request_received".
    pub kind: &'static str,
    pub title: String,
    pub data: serde_json::Value,
    /// Emitting twice with the same key (a retried job) stores one.
    pub dedupe_key: Option<String>,
}

impl Notice {
    pub fn new(user_id: Uuid, kind: &'static str, title: impl Into<String>, data: serde_json::Value) -> Self {
        Notice {
            user_id,
            kind,
            title: title.into(),
            data,
            dedupe_key: None,
        }
    }

    pub fn dedupe(mut self, key: impl Into<String>) -> Self {
        self.dedupe_key = Some(key.into());
        self
    }
}

#[derive(Debug, Clone, QueryableByName)]
pub struct NotificationRow {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = Text)]
    pub kind: String,
    #[diesel(sql_type = Text)]
    pub title: String,
    #[diesel(sql_type = Jsonb)]
    pub data: serde_json::Value,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub read_at: Option<DateTime<Utc>>,
}

/// The LISTEN/NOTIFY channel on which each stored notification is
/// announced, with its user's id as the payload.
pub const CHANNEL: &str = "kith_notifications";

/// Stores `notice`, announces it (delivered to listeners when the
/// caller's transaction commits) and queues its webhook and push
/// deliveries; false when its dedupe key was stored before.
pub async fn emit(conn: &mut AsyncPgConnection, notice: Notice) -> Result<bool, DbError> {
    Ok(emit_stored(conn, notice).await?.is_some())
}

/// [`emit`], answering the stored notification's id (None when its dedupe
/// key was stored before), for a caller that logs where its news went.
#[tracing::instrument(skip(conn, notice), fields(user_id = %notice.user_id, kind = notice.kind))]
pub async fn emit_stored(conn: &mut AsyncPgConnection, notice: Notice) -> Result<Option<Uuid>, DbError> {
    let inserted = diesel::sql_query(
        "WITH stored AS (
             INSERT INTO notifications (id, user_id, kind, title, data, dedupe_key, in_app)
             VALUES ($1, $2, $3, $4, $5, $6, coalesce(
                 (SELECT in_app FROM notification_preferences WHERE user_id = $2 AND kind = $3), true))
             ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
             RETURNING id, user_id)
         SELECT stored.id FROM stored, pg_notify($7, stored.user_id::text)",
    )
    .bind::<SqlUuid, _>(Uuid::now_v7())
    .bind::<SqlUuid, _>(notice.user_id)
    .bind::<Text, _>(notice.kind)
    .bind::<Text, _>(&notice.title)
    .bind::<Jsonb, _>(&notice.data)
    .bind::<Nullable<Text>, _>(notice.dedupe_key.as_deref())
    .bind::<Text, _>(CHANNEL)
    .load::<Stored>(conn)
    .await?;
    let Some(stored) = inserted.into_iter().next() else {
        return Ok(None);
    };
    webhooks::fan_out(conn, stored.id, notice.user_id, notice.kind).await?;
    push::fan_out(conn, stored.id, notice.user_id, notice.kind).await?;
    Ok(Some(stored.id))
}

#[derive(QueryableByName)]
struct Stored {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
}

/// The user's unread notifications with ids above `after`, oldest first.
#[tracing::instrument(skip(conn))]
pub async fn unread_after(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<NotificationRow>, DbError> {
    Ok(diesel::sql_query(
        "SELECT id, kind, title, data, created_at, read_at FROM notifications
         WHERE user_id = $1 AND in_app AND read_at IS NULL AND ($2::uuid IS NULL OR id > $2)
         ORDER BY id LIMIT $3",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Nullable<SqlUuid>, _>(after)
    .bind::<diesel::sql_types::BigInt, _>(limit)
    .load(conn)
    .await?)
}

/// The user's notifications, newest first, before the `before` id.
#[tracing::instrument(skip(conn))]
pub async fn list(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    unread_only: bool,
    kind: Option<&str>,
    before: Option<Uuid>,
    limit: i64,
) -> Result<Vec<NotificationRow>, DbError> {
    Ok(diesel::sql_query(
        "SELECT id, kind, title, data, created_at, read_at FROM notifications
         WHERE user_id = $1 AND in_app AND (NOT $2 OR read_at IS NULL) AND ($3::text IS NULL OR kind = $3)
           AND ($4::uuid IS NULL OR id < $4)
         ORDER BY id DESC LIMIT $5",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Bool, _>(unread_only)
    .bind::<Nullable<Text>, _>(kind)
    .bind::<Nullable<SqlUuid>, _>(before)
    .bind::<diesel::sql_types::BigInt, _>(limit)
    .load(conn)
    .await?)
}

/// Marks the given (or every) unread notification of the user read.
#[tracing::instrument(skip(conn))]
pub async fn mark_read(conn: &mut AsyncPgConnection, user_id: Uuid, ids: Option<&[Uuid]>) -> Result<usize, DbError> {
    Ok(diesel::sql_query(
        "UPDATE notifications SET read_at = now()
         WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2))",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Nullable<Array<SqlUuid>>, _>(ids)
    .execute(conn)
    .await?)
}
