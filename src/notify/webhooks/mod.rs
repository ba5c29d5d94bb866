//! Webhooks: endpoints that receive notifications as signed JSON, and the
//! log of every delivery. [`fan_out`] runs inside the transaction that
//! stores a notification, so a delivery exists if and only if its
//! notification does; each delivery is a job ([`deliver`]).

pub mod address;
pub mod deliver;
pub mod grpc;
pub mod model;

use chrono::{DateTime, Utc};
use diesel::sql_types::{Array, BigInt, Bool, Integer, Nullable, Text, Timestamptz};
use diesel::QueryableByName;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::error::DbError;

type SqlUuid = diesel::sql_types::Uuid;

/// Endpoints one user may register.
pub const MAX_PER_USER: i64 = 10;
pub const MAX_URL_CHARS: usize = 2000;
pub const MAX_KINDS: usize = 20;
pub const MAX_KIND_CHARS: usize = 100;
/// Attempts per delivery: with the kind's backoff (30 s, doubling, with
/// jitter) the last is about two hours after the first.
pub const MAX_ATTEMPTS: i32 = 8;

/// Whose endpoints a call reads or changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    User(Uuid),
    /// The system endpoints (admins).
    System,
}

impl Owner {
    fn user_id(self) -> Option<Uuid> {
        match self {
            Owner::User(id) => Some(id),
            Owner::System => None,
        }
    }
}

#[derive(Debug, Clone, QueryableByName)]
pub struct EndpointRow {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub user_id: Option<Uuid>,
    #[diesel(sql_type = Text)]
    pub url: String,
    #[diesel(sql_type = Array<Text>)]
    pub kinds: Vec<String>,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, QueryableByName)]
pub struct DeliveryRow {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub endpoint_id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub notification_id: Uuid,
    #[diesel(sql_type = Text)]
    pub state: String,
    #[diesel(sql_type = Integer)]
    pub attempts: i32,
    #[diesel(sql_type = Nullable<Integer>)]
    pub last_status: Option<i32>,
    #[diesel(sql_type = Nullable<Text>)]
    pub last_error: Option<String>,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub delivered_at: Option<DateTime<Utc>>,
}

const ENDPOINT: &str = "SELECT id, user_id, url, kinds, created_at FROM webhook_endpoints";

/// Stores an endpoint; None when the owner already has [`MAX_PER_USER`].
/// The count and the insert are one statement under a per-owner lock, so
/// concurrent creates cannot pass the cap together.
pub async fn create(
    conn: &mut AsyncPgConnection,
    owner: Owner,
    url: &str,
    secret: &str,
    kinds: &[String],
) -> Result<Option<EndpointRow>, DbError> {
    use diesel_async::AsyncConnection;
    let owner_key = owner.user_id().map_or("system".to_owned(), |id| id.to_string());
    conn.transaction(async |conn| {
        diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext('webhooks:' || $1))")
            .bind::<Text, _>(&owner_key)
            .execute(conn)
            .await?;
        let rows: Vec<EndpointRow> = diesel::sql_query(
            "INSERT INTO webhook_endpoints (id, user_id, url, secret, kinds)
             SELECT $1, $2, $3, $4, $5
             WHERE (SELECT count(*) FROM webhook_endpoints WHERE user_id IS NOT DISTINCT FROM $2) < $6
             RETURNING id, user_id, url, kinds, created_at",
        )
        .bind::<SqlUuid, _>(Uuid::now_v7())
        .bind::<Nullable<SqlUuid>, _>(owner.user_id())
        .bind::<Text, _>(url)
        .bind::<Text, _>(secret)
        .bind::<Array<Text>, _>(kinds)
        .bind::<BigInt, _>(MAX_PER_USER)
        .load(conn)
        .await?;
        Ok(rows.into_iter().next())
    })
    .await
}

/// The owner's endpoints, newest first, before the `before` id.
pub async fn list(
    conn: &mut AsyncPgConnection,
    owner: Owner,
    before: Option<Uuid>,
    limit: i64,
) -> Result<Vec<EndpointRow>, DbError> {
    Ok(diesel::sql_query(format!(
        "{ENDPOINT} WHERE user_id IS NOT DISTINCT FROM $1 AND ($2::uuid IS NULL OR id < $2)
         ORDER BY id DESC LIMIT $3"
    ))
    .bind::<Nullable<SqlUuid>, _>(owner.user_id())
    .bind::<Nullable<SqlUuid>, _>(before)
    .bind::<BigInt, _>(limit)
    .load(conn)
    .await?)
}

/// The endpoint if `owner` owns it; another owner's reads as missing.
pub async fn endpoint(conn: &mut AsyncPgConnection, owner: Owner, id: Uuid) -> Result<EndpointRow, DbError> {
    diesel::sql_query(format!("{ENDPOINT} WHERE id = $1 AND user_id IS NOT DISTINCT FROM $2"))
        .bind::<SqlUuid, _>(id)
        .bind::<Nullable<SqlUuid>, _>(owner.user_id())
        .get_result(conn)
        .await
        .map_err(DbError::from)
}

/// Removes the owner's endpoint (and its deliveries); false when it is not
/// theirs or not there.
pub async fn delete(conn: &mut AsyncPgConnection, owner: Owner, id: Uuid) -> Result<bool, DbError> {
    let deleted = diesel::sql_query("DELETE FROM webhook_endpoints WHERE id = $1 AND user_id IS NOT DISTINCT FROM $2")
        .bind::<SqlUuid, _>(id)
        .bind::<Nullable<SqlUuid>, _>(owner.user_id())
        .execute(conn)
        .await?;
    Ok(deleted == 1)
}

const DELIVERY: &str = "SELECT id, endpoint_id, notification_id, state, attempts, last_status, last_error,
                               created_at, delivered_at FROM webhook_deliveries";

/// One endpoint's deliveries, newest first.
pub async fn deliveries(
    conn: &mut AsyncPgConnection,
    endpoint_id: Uuid,
    before: Option<Uuid>,
    limit: i64,
) -> Result<Vec<DeliveryRow>, DbError> {
    Ok(diesel::sql_query(format!(
        "{DELIVERY} WHERE endpoint_id = $1 AND ($2::uuid IS NULL OR id < $2) ORDER BY id DESC LIMIT $3"
    ))
    .bind::<SqlUuid, _>(endpoint_id)
    .bind::<Nullable<SqlUuid>, _>(before)
    .bind::<BigInt, _>(limit)
    .load(conn)
    .await?)
}

#[derive(QueryableByName)]
struct Matching {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
    #[diesel(sql_type = Bool)]
    system: bool,
}

/// Queues a delivery of the stored notification to each endpoint that
/// wants it: the user's own (unless they turned webhooks off for the kind),
/// and the system ones. The user's own wait out their quiet hours. Runs in
/// the caller's transaction.
pub async fn fan_out(
    conn: &mut AsyncPgConnection,
    notification_id: Uuid,
    user_id: Uuid,
    kind: &str,
) -> Result<usize, DbError> {
    let endpoints: Vec<Matching> = diesel::sql_query(
        "SELECT id, user_id IS NULL AS system FROM webhook_endpoints
         WHERE (kinds = '{}' OR $2 = ANY(kinds))
           AND (user_id IS NULL
                OR user_id = $1 AND coalesce(
                    (SELECT webhook FROM notification_preferences WHERE user_id = $1 AND kind = $2), true))
         ORDER BY id",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Text, _>(kind)
    .load(conn)
    .await?;
    let hold = if endpoints.iter().any(|e| !e.system) {
        crate::notify::preferences::quiet_until(conn, user_id, Utc::now()).await?
    } else {
        None
    };
    for endpoint in &endpoints {
        let id = Uuid::now_v7();
        diesel::sql_query(
            "INSERT INTO webhook_deliveries (id, endpoint_id, notification_id, user_id) VALUES ($1, $2, $3, $4)",
        )
        .bind::<SqlUuid, _>(id)
        .bind::<SqlUuid, _>(endpoint.id)
        .bind::<SqlUuid, _>(notification_id)
        .bind::<SqlUuid, _>(user_id)
        .execute(conn)
        .await?;
        let job = deliver::DELIVER
            .job(&deliver::Delivery { delivery_id: id })
            .for_user(user_id)
            .attempts(MAX_ATTEMPTS)
            .unique(format!("{}:{id}", deliver::DELIVER.name));
        let job = match hold.filter(|_| !endpoint.system) {
            Some(until) => job.run_at(until),
            None => job,
        };
        crate::jobs::enqueue(conn, job).await?;
    }
    Ok(endpoints.len())
}

/// What the delivery job reads: the delivery, its endpoint and notification.
#[derive(Debug, Clone, QueryableByName)]
pub struct Outgoing {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = Text)]
    pub state: String,
    #[diesel(sql_type = Text)]
    pub url: String,
    #[diesel(sql_type = Text)]
    pub secret: String,
    #[diesel(sql_type = SqlUuid)]
    pub notification_id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub user_id: Uuid,
    #[diesel(sql_type = Text)]
    pub kind: String,
    #[diesel(sql_type = Text)]
    pub title: String,
    #[diesel(sql_type = diesel::sql_types::Jsonb)]
    pub data: serde_json::Value,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
}

pub async fn outgoing(conn: &mut AsyncPgConnection, delivery_id: Uuid) -> Result<Option<Outgoing>, DbError> {
    use diesel::OptionalExtension;
    Ok(diesel::sql_query(
        "SELECT d.id, d.state, e.url, e.secret, n.id AS notification_id, n.user_id, n.kind, n.title, n.data,
                n.created_at
         FROM webhook_deliveries d
         JOIN webhook_endpoints e ON e.id = d.endpoint_id
         JOIN notifications n ON n.id = d.notification_id
         WHERE d.id = $1",
    )
    .bind::<SqlUuid, _>(delivery_id)
    .get_result(conn)
    .await
    .optional()?)
}

/// Records one attempt's outcome: delivered, still pending, or dead.
pub async fn record_attempt(
    conn: &mut AsyncPgConnection,
    delivery_id: Uuid,
    state: &str,
    status: Option<i32>,
    error: Option<&str>,
) -> Result<(), DbError> {
    diesel::sql_query(
        "UPDATE webhook_deliveries
         SET state = $2, attempts = attempts + 1, last_status = $3, last_error = $4, updated_at = now(),
             delivered_at = CASE WHEN $5 THEN now() END
         WHERE id = $1",
    )
    .bind::<SqlUuid, _>(delivery_id)
    .bind::<Text, _>(state)
    .bind::<Nullable<Integer>, _>(status)
    .bind::<Nullable<Text>, _>(error.map(|e| e.chars().take(1000).collect::<String>()))
    .bind::<Bool, _>(state == "delivered")
    .execute(conn)
    .await?;
    Ok(())
}
