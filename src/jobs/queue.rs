//! Queue operations on the `jobs` table. `enqueue` takes the caller's
//! connection, so a job commits with (and only with) the data that needs it.
//! Every change of a job's state is announced on [`CHANNEL`] in the same
//! transaction, so watchers wake when it commits instead of polling.

use std::time::Duration;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Interval, Text};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::error::DbError;
use crate::schema::jobs;

#[derive(Debug, Clone, Queryable, QueryableByName, Selectable)]
#[diesel(table_name = jobs, check_for_backend(diesel::pg::Pg))]
pub struct JobRow {
    pub id: Uuid,
    pub kind: String,
    pub payload: serde_json::Value,
    pub state: String,
    pub priority: i16,
    pub run_at: DateTime<Utc>,
    pub attempts: i32,
    pub max_attempts: i32,
    pub lease_token: Option<Uuid>,
    pub lease_until: Option<DateTime<Utc>>,
    pub worker: Option<String>,
    pub last_error: Option<String>,
    pub result: Option<serde_json::Value>,
    pub unique_key: Option<String>,
    pub user_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    pub traceparent: Option<String>,
}

/// The LISTEN/NOTIFY channel on which each change of a job's state is
/// announced, with the job's id as the payload.
pub const CHANNEL: &str = "kith_jobs";

/// Announces that these jobs changed state; delivered when the caller's
/// transaction commits.
async fn announce(conn: &mut AsyncPgConnection, ids: &[Uuid]) -> Result<(), DbError> {
    if !ids.is_empty() {
        diesel::sql_query("SELECT pg_notify($1, id::text) FROM unnest($2) id")
            .bind::<Text, _>(CHANNEL)
            .bind::<diesel::sql_types::Array<diesel::sql_types::Uuid>, _>(ids)
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// What an enqueue does when a job with the same unique key exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnConflict {
    /// Keep the existing job; the enqueue adds nothing.
    #[default]
    Skip,
    /// While the existing job is still queued, widen its payload's day
    /// range (`from`: the earlier, `day`: the later) to cover both, so one
    /// run does the work both asked for.
    WidenDays,
}

/// A job to enqueue. Domains build it from their [`super::Kind`] constant
/// (`KIND.job(&payload)`), which fixes the payload's type.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub kind: &'static str,
    pub payload: serde_json::Value,
    pub priority: i16,
    pub run_at: Option<DateTime<Utc>>,
    pub max_attempts: i32,
    pub unique_key: Option<String>,
    pub user_id: Option<Uuid>,
    pub on_conflict: OnConflict,
    /// The enqueuing call's trace, continued by the job's run.
    pub traceparent: Option<String>,
}

impl NewJob {
    /// A job with an untyped payload (tools and tests; domains use a Kind).
    pub fn new(kind: &'static str, payload: serde_json::Value) -> Self {
        Self {
            kind,
            payload,
            priority: 0,
            run_at: None,
            max_attempts: 5,
            unique_key: None,
            user_id: None,
            on_conflict: OnConflict::Skip,
            traceparent: crate::telemetry::current_traceparent(),
        }
    }

    pub fn unique(mut self, key: impl Into<String>) -> Self {
        self.unique_key = Some(key.into());
        self
    }

    pub fn for_user(mut self, user_id: Uuid) -> Self {
        self.user_id = Some(user_id);
        self
    }

    pub fn attempts(mut self, max: i32) -> Self {
        self.max_attempts = max;
        self
    }

    pub fn run_at(mut self, at: DateTime<Utc>) -> Self {
        self.run_at = Some(at);
        self
    }

    pub fn on_conflict(mut self, on_conflict: OnConflict) -> Self {
        self.on_conflict = on_conflict;
        self
    }

    /// The one statement both connection kinds run; `inserted` tells a new
    /// job from an existing one that was kept or widened.
    fn sql(&self) -> &'static str {
        match self.on_conflict {
            OnConflict::Skip => {
                "INSERT INTO jobs (id, kind, payload, priority, run_at, max_attempts, unique_key, user_id, traceparent)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                 ON CONFLICT DO NOTHING
                 RETURNING id, true AS inserted"
            }
            OnConflict::WidenDays => {
                "INSERT INTO jobs (id, kind, payload, priority, run_at, max_attempts, unique_key, user_id, traceparent)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                 ON CONFLICT (unique_key) DO UPDATE SET
                     payload = jobs.payload || jsonb_build_object(
                         'from', LEAST(jobs.payload->>'from', EXCLUDED.payload->>'from'),
                         'day', GREATEST(jobs.payload->>'day', EXCLUDED.payload->>'day')),
                     updated_at = now()
                 WHERE jobs.state = 'queued'
                 RETURNING id, (xmax = 0) AS inserted"
            }
        }
    }
}

#[derive(QueryableByName)]
struct Enqueued {
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    id: Uuid,
    #[diesel(sql_type = diesel::sql_types::Bool)]
    inserted: bool,
}

/// Enqueues a job on the caller's connection (so it commits with the data
/// that needs it); None when its unique key was already taken (the
/// existing job kept, or widened per [`OnConflict`]).
#[tracing::instrument(skip(conn, job), fields(kind = job.kind))]
pub async fn enqueue(conn: &mut AsyncPgConnection, job: NewJob) -> Result<Option<Uuid>, DbError> {
    use diesel::sql_types::{Integer, Jsonb, Nullable, SmallInt, Timestamptz};
    let rows: Vec<Enqueued> = diesel::sql_query(job.sql())
        .bind::<diesel::sql_types::Uuid, _>(Uuid::now_v7())
        .bind::<Text, _>(job.kind)
        .bind::<Jsonb, _>(&job.payload)
        .bind::<SmallInt, _>(job.priority)
        .bind::<Timestamptz, _>(job.run_at.unwrap_or_else(Utc::now))
        .bind::<Integer, _>(job.max_attempts)
        .bind::<Nullable<Text>, _>(&job.unique_key)
        .bind::<Nullable<diesel::sql_types::Uuid>, _>(job.user_id)
        .bind::<Nullable<Text>, _>(&job.traceparent)
        .load(conn)
        .await?;
    Ok(rows.into_iter().find(|row| row.inserted).map(|row| row.id))
}

/// [`enqueue`] on a plain tokio-postgres client or transaction, for work
/// that writes with COPY (usage ingest), so its job commits with its rows.
pub async fn enqueue_in(
    client: &impl tokio_postgres::GenericClient,
    job: &NewJob,
) -> Result<Option<Uuid>, tokio_postgres::Error> {
    use tokio_postgres::types::Type;
    // Typed parameters: sent with the statement, no round trip to prepare it.
    let rows = client
        .query_typed(
            job.sql(),
            &[
                (&Uuid::now_v7(), Type::UUID),
                (&job.kind, Type::TEXT),
                (&job.payload, Type::JSONB),
                (&job.priority, Type::INT2),
                (&job.run_at.unwrap_or_else(Utc::now), Type::TIMESTAMPTZ),
                (&job.max_attempts, Type::INT4),
                (&job.unique_key, Type::TEXT),
                (&job.user_id, Type::UUID),
                (&job.traceparent, Type::TEXT),
            ],
        )
        .await?;
    Ok(rows.iter().find(|row| row.get::<_, bool>(1)).map(|row| row.get(0)))
}

/// Claims up to `limit` due jobs of the given kinds for `worker`: queued ones
/// whose time has come, and running ones whose lease expired (their worker
/// died). SKIP LOCKED lets several workers claim side by side without
/// waiting on, or taking, each other's jobs.
///
/// The two kinds of candidate are looked up apart so that each reads its
/// partial index in order and stops after `limit` rows: one query with
/// `queued OR running` in its WHERE sorted every queued job on each claim,
/// which made draining a queue of n jobs cost O(n²).
#[tracing::instrument(skip(conn, kinds))]
pub async fn claim(
    conn: &mut AsyncPgConnection,
    worker: &str,
    kinds: &[String],
    limit: i64,
    lease: Duration,
) -> Result<Vec<JobRow>, DbError> {
    Ok(diesel::sql_query(
        "WITH ready AS (
             SELECT id, priority, run_at FROM jobs
             WHERE state = 'queued' AND run_at <= now() AND kind = ANY($1)
             ORDER BY priority DESC, run_at
             LIMIT $4
             FOR UPDATE SKIP LOCKED),
         expired AS (
             SELECT id, priority, run_at FROM jobs
             WHERE state = 'running' AND lease_until < now() AND kind = ANY($1)
             ORDER BY priority DESC, run_at
             LIMIT $4
             FOR UPDATE SKIP LOCKED),
         claimed AS (
             UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_token = gen_random_uuid(),
                    lease_until = now() + $3, worker = $2, updated_at = now()
             WHERE id IN (
                 SELECT id FROM (SELECT * FROM ready UNION ALL SELECT * FROM expired) candidates
                 ORDER BY priority DESC, run_at
                 LIMIT $4)
             RETURNING *)
         -- Announced in the same statement: the worker polls this, so it
         -- stays one round trip.
         SELECT claimed.* FROM claimed, pg_notify($5, claimed.id::text)",
    )
    .bind::<diesel::sql_types::Array<Text>, _>(kinds)
    .bind::<Text, _>(worker)
    .bind::<Interval, _>(diesel::data_types::PgInterval::from_microseconds(
        lease.as_micros() as i64
    ))
    .bind::<BigInt, _>(limit)
    .bind::<Text, _>(CHANNEL)
    .load(conn)
    .await?)
}

/// Extends a lease the worker still holds; false when it lost the job.
pub async fn extend(conn: &mut AsyncPgConnection, id: Uuid, token: Uuid, lease: Duration) -> Result<bool, DbError> {
    let until = Utc::now() + lease;
    let updated = diesel::update(jobs::table.filter(jobs::id.eq(id).and(jobs::lease_token.eq(token))))
        .set(jobs::lease_until.eq(until))
        .execute(conn)
        .await?;
    Ok(updated == 1)
}

/// Marks a job done, if this lease still holds it (a worker whose lease
/// expired cannot complete a job someone else has picked up).
pub async fn succeed(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    token: Uuid,
    result: Option<serde_json::Value>,
) -> Result<bool, DbError> {
    conn.transaction(async |conn| {
        let updated = diesel::update(jobs::table.filter(jobs::id.eq(id).and(jobs::lease_token.eq(token))))
            .set((
                jobs::state.eq("succeeded"),
                jobs::lease_token.eq(None::<Uuid>),
                jobs::lease_until.eq(None::<DateTime<Utc>>),
                jobs::result.eq(result),
                jobs::finished_at.eq(Utc::now()),
                jobs::updated_at.eq(Utc::now()),
            ))
            .execute(conn)
            .await?;
        if updated == 1 {
            announce(conn, &[id]).await?;
        }
        Ok(updated == 1)
    })
    .await
}

/// Records a failure: back to the queue after `retry_in`, or dead when no
/// attempts are left.
pub async fn fail(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    token: Uuid,
    error: &str,
    retry_in: Option<Duration>,
) -> Result<bool, DbError> {
    let now = Utc::now();
    let target = jobs::table.filter(jobs::id.eq(id).and(jobs::lease_token.eq(token)));
    let error: String = error.chars().take(2000).collect();
    conn.transaction(async |conn| {
        let updated = match retry_in {
            Some(delay) => {
                diesel::update(target)
                    .set((
                        jobs::state.eq("queued"),
                        jobs::run_at.eq(now + delay),
                        jobs::lease_token.eq(None::<Uuid>),
                        jobs::lease_until.eq(None::<DateTime<Utc>>),
                        jobs::last_error.eq(&error),
                        jobs::updated_at.eq(now),
                    ))
                    .execute(conn)
                    .await?
            }
            None => {
                diesel::update(target)
                    .set((
                        jobs::state.eq("dead"),
                        jobs::lease_token.eq(None::<Uuid>),
                        jobs::lease_until.eq(None::<DateTime<Utc>>),
                        jobs::last_error.eq(&error),
                        jobs::finished_at.eq(now),
                        jobs::updated_at.eq(now),
                    ))
                    .execute(conn)
                    .await?
            }
        };
        if updated == 1 {
            announce(conn, &[id]).await?;
        }
        Ok(updated == 1)
    })
    .await
}

/// Gives a claimed job back untouched (graceful shutdown): its attempt does
/// not count.
pub async fn release(conn: &mut AsyncPgConnection, id: Uuid, token: Uuid) -> Result<(), DbError> {
    diesel::sql_query(
        "WITH released AS (
             UPDATE jobs SET state = 'queued', attempts = greatest(attempts - 1, 0), lease_token = NULL,
                    lease_until = NULL, updated_at = now()
             WHERE id = $1 AND lease_token = $2
             RETURNING id)
         SELECT pg_notify($3, id::text) FROM released",
    )
    .bind::<diesel::sql_types::Uuid, _>(id)
    .bind::<diesel::sql_types::Uuid, _>(token)
    .bind::<Text, _>(CHANNEL)
    .execute(conn)
    .await?;
    Ok(())
}

/// The job enqueued under `key`, for callers whose enqueue found it taken.
pub async fn by_unique_key(conn: &mut AsyncPgConnection, key: &str) -> Result<JobRow, DbError> {
    Ok(jobs::table
        .filter(jobs::unique_key.eq(key))
        .select(JobRow::as_select())
        .first(conn)
        .await?)
}

pub async fn get(conn: &mut AsyncPgConnection, id: Uuid) -> Result<JobRow, DbError> {
    Ok(jobs::table.find(id).select(JobRow::as_select()).first(conn).await?)
}

/// The job if `owner` may read it: any job when None (admins), else only a
/// job of that user, so another user's job reads exactly like a missing one.
pub async fn get_visible(conn: &mut AsyncPgConnection, id: Uuid, owner: Option<Uuid>) -> Result<JobRow, DbError> {
    let mut query = jobs::table
        .filter(jobs::id.eq(id))
        .select(JobRow::as_select())
        .into_boxed();
    if let Some(owner) = owner {
        query = query.filter(jobs::user_id.eq(owner));
    }
    Ok(query.first(conn).await?)
}

/// Newest first; `before` is the last id already seen.
pub async fn list(
    conn: &mut AsyncPgConnection,
    kind: Option<&str>,
    state: Option<&str>,
    before: Option<Uuid>,
    limit: i64,
) -> Result<Vec<JobRow>, DbError> {
    let mut query = jobs::table.select(JobRow::as_select()).into_boxed();
    if let Some(kind) = kind {
        query = query.filter(jobs::kind.eq(kind.to_owned()));
    }
    if let Some(state) = state {
        query = query.filter(jobs::state.eq(state.to_owned()));
    }
    if let Some(before) = before {
        query = query.filter(jobs::id.lt(before));
    }
    Ok(query.order(jobs::id.desc()).limit(limit).load(conn).await?)
}

/// A dead or cancelled job back to the queue with fresh attempts.
pub async fn retry(conn: &mut AsyncPgConnection, id: Uuid) -> Result<Option<JobRow>, DbError> {
    conn.transaction(async |conn| {
        let row = diesel::update(jobs::table.filter(jobs::id.eq(id).and(jobs::state.eq_any(["dead", "cancelled"]))))
            .set((
                jobs::state.eq("queued"),
                jobs::attempts.eq(0),
                jobs::run_at.eq(Utc::now()),
                jobs::finished_at.eq(None::<DateTime<Utc>>),
                jobs::updated_at.eq(Utc::now()),
            ))
            .returning(JobRow::as_returning())
            .get_result(conn)
            .await
            .optional()?;
        if let Some(row) = &row {
            announce(conn, &[row.id]).await?;
        }
        Ok(row)
    })
    .await
}

/// Cancels a queued job (a running one finishes its attempt first).
pub async fn cancel(conn: &mut AsyncPgConnection, id: Uuid) -> Result<Option<JobRow>, DbError> {
    conn.transaction(async |conn| {
        let row = diesel::update(jobs::table.filter(jobs::id.eq(id).and(jobs::state.eq("queued"))))
            .set((
                jobs::state.eq("cancelled"),
                jobs::finished_at.eq(Utc::now()),
                jobs::updated_at.eq(Utc::now()),
            ))
            .returning(JobRow::as_returning())
            .get_result(conn)
            .await
            .optional()?;
        if let Some(row) = &row {
            announce(conn, &[row.id]).await?;
        }
        Ok(row)
    })
    .await
}

/// Jobs of one kind created since `since`, for schedules' "last run".
pub async fn latest_of_kind(conn: &mut AsyncPgConnection, kind: &str) -> Result<Option<DateTime<Utc>>, DbError> {
    Ok(jobs::table
        .filter(jobs::kind.eq(kind))
        .select(diesel::dsl::max(jobs::created_at))
        .first(conn)
        .await?)
}

/// Queued jobs of one kind: how many, and how long the oldest due one has
/// waited (0 when none is due yet).
#[derive(Debug, QueryableByName)]
pub struct QueuedKind {
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub kind: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub count: i64,
    #[diesel(sql_type = diesel::sql_types::Double)]
    pub oldest_seconds: f64,
}

pub async fn queued_by_kind(conn: &mut AsyncPgConnection) -> Result<Vec<QueuedKind>, DbError> {
    Ok(diesel::sql_query(
        "SELECT kind, count(*) AS count,
                coalesce(extract(epoch FROM now() - min(run_at) FILTER (WHERE run_at <= now())), 0)::float8
                    AS oldest_seconds
         FROM jobs WHERE state = 'queued' GROUP BY kind ORDER BY kind",
    )
    .load(conn)
    .await?)
}
