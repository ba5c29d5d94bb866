//! Push: the devices (FCM registration tokens) that receive a user's
//! notifications, and their delivery. [`fan_out`] runs inside the
//! transaction that stores a notification and queues one job per device
//! ([`deliver`]); a token the push service no longer knows is removed.

pub mod deliver;
pub mod grpc;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::sql_types::{BigInt, Nullable, Text, Timestamptz};
use diesel::QueryableByName;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use tonic::{Code, Status};
use uuid::Uuid;

use crate::error::{status, status_with, DbError, FieldViolations};
use crate::proto::notifications::v1 as pb;
use crate::request;

type SqlUuid = diesel::sql_types::Uuid;

/// Devices one user may register.
pub const MAX_PER_USER: i64 = 20;
/// FCM tokens are about 160 characters; web push ones a little longer.
pub const MAX_TOKEN_CHARS: usize = 4096;
/// Attempts per delivery: with the kind's backoff (30 s, doubling, with
/// jitter) the last is at most about eight minutes after the first. A push
/// is news of the moment; the in-app notification stays.
pub const MAX_ATTEMPTS: i32 = 5;

crate::stored_enum! {
    /// What kind of app install a token belongs to.
    pub enum Platform: pb::PushPlatform {
        Android => "android",
        Ios => "ios",
        Web => "web",
    }
}

/// A RegisterPushToken request, checked.
#[derive(Debug, Clone)]
pub struct NewPushToken {
    pub token: String,
    pub platform: Platform,
}

impl TryFrom<pb::RegisterPushTokenRequest> for NewPushToken {
    type Error = FieldViolations;

    fn try_from(r: pb::RegisterPushTokenRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        if request::required(&mut v, "token", &r.token) {
            request::text(&mut v, "token", &r.token, MAX_TOKEN_CHARS, request::Text::Line);
        }
        let platform = v.check("platform", Platform::from_wire(r.platform));
        v.into_result()?;
        Ok(NewPushToken {
            token: r.token,
            platform: platform.expect("checked"),
        })
    }
}

/// A DeletePushToken request, checked: which of the caller's tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PushTokenId(pub Uuid);

impl TryFrom<&pb::DeletePushTokenRequest> for PushTokenId {
    type Error = FieldViolations;

    fn try_from(r: &pb::DeletePushTokenRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let id = request::uuid(&mut v, "push_token_id", &r.push_token_id);
        id.map(PushTokenId).ok_or(v)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PushError {
    #[error(transparent)]
    Invalid(#[from] FieldViolations),
    /// Unknown, or another user's.
    #[error("no such push token")]
    NotFound,
    #[error("at most {max} push tokens may be registered")]
    TooMany { max: i64 },
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<PushError> for Status {
    fn from(err: PushError) -> Status {
        let message = err.to_string();
        match err {
            PushError::Invalid(violations) => violations.into(),
            PushError::NotFound => status(Code::NotFound, "PUSH_TOKEN_NOT_FOUND", message),
            PushError::TooMany { max } => status_with(
                Code::ResourceExhausted,
                "TOO_MANY_PUSH_TOKENS",
                message,
                HashMap::from([("max_per_user".to_owned(), max.to_string())]),
            ),
            PushError::Db(err) => err.into(),
        }
    }
}

#[derive(Debug, Clone, QueryableByName)]
pub struct PushTokenRow {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = Text)]
    pub platform: String,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
    #[diesel(sql_type = Timestamptz)]
    pub last_seen_at: DateTime<Utc>,
}

/// Stores the token for the user, or refreshes it when it is theirs
/// already; a token of another user's moves to this one under a new id (so
/// the deliveries queued for the previous owner find it gone). None when
/// the user already has [`MAX_PER_USER`] other tokens. The count and the
/// insert are one statement under a per-user lock, so concurrent
/// registrations cannot pass the cap together.
#[tracing::instrument(skip(conn, new), fields(platform = new.platform.as_str()))]
pub async fn register(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    new: &NewPushToken,
) -> Result<Option<PushTokenRow>, DbError> {
    use diesel_async::AsyncConnection;
    conn.transaction(async |conn| {
        diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext('push_tokens:' || $1::text))")
            .bind::<SqlUuid, _>(user_id)
            .execute(conn)
            .await?;
        let rows: Vec<PushTokenRow> = diesel::sql_query(
            "INSERT INTO push_tokens AS t (id, user_id, token, platform)
             SELECT $1, $2, $3, $4
             WHERE EXISTS (SELECT 1 FROM push_tokens WHERE token = $3 AND user_id = $2)
                OR (SELECT count(*) FROM push_tokens WHERE user_id = $2) < $5
             ON CONFLICT (token) DO UPDATE SET
                 id = CASE WHEN t.user_id = EXCLUDED.user_id THEN t.id ELSE EXCLUDED.id END,
                 created_at = CASE WHEN t.user_id = EXCLUDED.user_id THEN t.created_at ELSE now() END,
                 user_id = EXCLUDED.user_id,
                 platform = EXCLUDED.platform,
                 last_seen_at = now()
             RETURNING id, platform, created_at, last_seen_at",
        )
        .bind::<SqlUuid, _>(Uuid::now_v7())
        .bind::<SqlUuid, _>(user_id)
        .bind::<Text, _>(&new.token)
        .bind::<Text, _>(new.platform.as_str())
        .bind::<BigInt, _>(MAX_PER_USER)
        .load(conn)
        .await?;
        Ok(rows.into_iter().next())
    })
    .await
}

/// The user's tokens, newest first, before the `before` id.
#[tracing::instrument(skip(conn))]
pub async fn list(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    before: Option<Uuid>,
    limit: i64,
) -> Result<Vec<PushTokenRow>, DbError> {
    Ok(diesel::sql_query(
        "SELECT id, platform, created_at, last_seen_at FROM push_tokens
         WHERE user_id = $1 AND ($2::uuid IS NULL OR id < $2)
         ORDER BY id DESC LIMIT $3",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Nullable<SqlUuid>, _>(before)
    .bind::<BigInt, _>(limit)
    .load(conn)
    .await?)
}

/// Removes the user's token; false when it is not theirs or not there.
#[tracing::instrument(skip(conn))]
pub async fn delete(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<bool, DbError> {
    let deleted = diesel::sql_query("DELETE FROM push_tokens WHERE id = $1 AND user_id = $2")
        .bind::<SqlUuid, _>(id)
        .bind::<SqlUuid, _>(user_id)
        .execute(conn)
        .await?;
    Ok(deleted == 1)
}

/// Removes a token the push service reported invalid, if it is still the
/// one that was sent to (not re-registered since under another id).
#[tracing::instrument(skip(conn))]
pub async fn forget(conn: &mut AsyncPgConnection, id: Uuid) -> Result<bool, DbError> {
    let deleted = diesel::sql_query("DELETE FROM push_tokens WHERE id = $1")
        .bind::<SqlUuid, _>(id)
        .execute(conn)
        .await?;
    Ok(deleted == 1)
}

#[derive(QueryableByName)]
struct TokenId {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
}

/// Queues a push of the stored notification to each of the user's devices,
/// unless they turned push off for the kind; held until their quiet hours
/// end. Runs in the caller's transaction.
#[tracing::instrument(skip(conn))]
pub async fn fan_out(
    conn: &mut AsyncPgConnection,
    notification_id: Uuid,
    user_id: Uuid,
    kind: &str,
) -> Result<usize, DbError> {
    let tokens: Vec<TokenId> = diesel::sql_query(
        "SELECT id FROM push_tokens
         WHERE user_id = $1
           AND coalesce((SELECT push FROM notification_preferences WHERE user_id = $1 AND kind = $2), true)
         ORDER BY id",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Text, _>(kind)
    .load(conn)
    .await?;
    if tokens.is_empty() {
        return Ok(0);
    }
    let hold = crate::notify::preferences::quiet_until(conn, user_id, Utc::now()).await?;
    for token in &tokens {
        let job = deliver::DELIVER
            .job(&deliver::Delivery {
                notification_id,
                token_id: token.id,
            })
            .for_user(user_id)
            .attempts(MAX_ATTEMPTS)
            .unique(format!("{}:{notification_id}:{}", deliver::DELIVER.name, token.id));
        let job = match hold {
            Some(until) => job.run_at(until),
            None => job,
        };
        crate::jobs::enqueue(conn, job).await?;
    }
    Ok(tokens.len())
}

/// What the delivery job reads: the token and the notification, both of
/// the same user still.
#[derive(Debug, Clone, QueryableByName)]
pub struct Outgoing {
    #[diesel(sql_type = Text)]
    pub token: String,
    #[diesel(sql_type = Text)]
    pub kind: String,
    #[diesel(sql_type = Text)]
    pub title: String,
    #[diesel(sql_type = diesel::sql_types::Jsonb)]
    pub data: serde_json::Value,
}

pub async fn outgoing(
    conn: &mut AsyncPgConnection,
    notification_id: Uuid,
    token_id: Uuid,
) -> Result<Option<Outgoing>, DbError> {
    use diesel::OptionalExtension;
    Ok(diesel::sql_query(
        "SELECT t.token, n.kind, n.title, n.data
         FROM push_tokens t JOIN notifications n ON n.user_id = t.user_id
         WHERE t.id = $1 AND n.id = $2",
    )
    .bind::<SqlUuid, _>(token_id)
    .bind::<SqlUuid, _>(notification_id)
    .get_result(conn)
    .await
    .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(v: FieldViolations) -> Vec<String> {
        v.fields().map(str::to_owned).collect()
    }

    #[test]
    fn delete_requests_name_one_token() {
        let id = Uuid::now_v7();
        let named = PushTokenId::try_from(&pb::DeletePushTokenRequest {
            push_token_id: id.to_string(),
        })
        .unwrap();
        assert_eq!(named, PushTokenId(id));
        for raw in ["", "token"] {
            let bad = pb::DeletePushTokenRequest {
                push_token_id: raw.into(),
            };
            assert_eq!(fields(PushTokenId::try_from(&bad).unwrap_err()), ["push_token_id"]);
        }
    }
}
