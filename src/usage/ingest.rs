//! Storing a batch of usage records: one statement upserts the batch's rows
//! from binary array parameters and counts inserted and changed rows, with
//! no staging table and no statement to prepare first. A batch is one
//! transaction, so a broken stream keeps every batch before it.

use std::collections::HashMap;

use bb8_postgres::PostgresConnectionManager;
use tokio_postgres::error::SqlState;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres_rustls::MakeRustlsConnect;
use uuid::Uuid;

use super::model::{Counts, DailyRow, Record, SessionRow};
use crate::apps::catalogue::{self, ReportedApp};
use crate::db::Pool;
use crate::error::DbError;
use crate::jobs::NewJob;

/// Plain tokio-postgres connections for COPY, which diesel-async lacks,
/// with TLS as the URL's `sslmode` asks.
pub type CopyPool = bb8::Pool<PostgresConnectionManager<MakeRustlsConnect>>;

fn copy_manager(url: &str) -> Result<PostgresConnectionManager<MakeRustlsConnect>, String> {
    let prepared = crate::db::tls::prepare(url)?;
    Ok(PostgresConnectionManager::new(prepared.config, prepared.tls))
}

pub async fn copy_pool(url: &str, size: u32, timeout: std::time::Duration) -> Result<CopyPool, String> {
    let manager = copy_manager(url)?;
    bb8::Pool::builder()
        .max_size(size)
        .connection_timeout(timeout)
        .build(manager)
        .await
        .map_err(|e| e.to_string())
}

/// The COPY pool for `config`'s database. It connects on first use, like the
/// diesel pool, so building a service stays sync.
pub fn lazy_copy_pool(config: &crate::config::Config) -> CopyPool {
    let manager = copy_manager(config.database_url_or_empty()).unwrap_or_else(|_| {
        let tls = crate::db::tls::prepare("postgres://unset").expect("a plain URL").tls;
        PostgresConnectionManager::new(tokio_postgres::Config::new(), tls)
    });
    bb8::Pool::builder()
        .max_size(config.db_pool_size)
        .connection_timeout(config.db_pool_timeout)
        .build_unchecked(manager)
}

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// The stream reported more distinct apps than one upload may.
    #[error("an upload may report at most {limit} distinct apps")]
    TooManyUploadApps { limit: usize },
    /// The user's devices reported more distinct apps than a user may have.
    #[error("at most {limit} distinct apps per user")]
    TooManyUserApps { limit: u32 },
    /// A device was deleted while its usage was being stored.
    #[error("a device of this batch no longer exists")]
    DeviceGone,
    #[error(transparent)]
    Postgres(tokio_postgres::Error),
}

impl From<tokio_postgres::Error> for IngestError {
    fn from(err: tokio_postgres::Error) -> Self {
        match err.code() {
            Some(code) if *code == SqlState::FOREIGN_KEY_VIOLATION => IngestError::DeviceGone,
            _ if err.is_closed() => IngestError::Unavailable(err.to_string()),
            _ => {
                let refused = err.as_db_error().and_then(|db| {
                    DbError::refused_input(
                        Some(db.code().code()),
                        db.message(),
                        db.table(),
                        db.column(),
                        db.constraint(),
                    )
                });
                match refused {
                    Some(refused) => IngestError::Db(refused),
                    None => IngestError::Postgres(err),
                }
            }
        }
    }
}

impl From<catalogue::CatalogueError> for IngestError {
    fn from(err: catalogue::CatalogueError) -> Self {
        match err {
            catalogue::CatalogueError::Db(db) => IngestError::Db(db),
            catalogue::CatalogueError::TooManyApps { limit } => IngestError::TooManyUserApps { limit },
        }
    }
}

impl From<bb8::RunError<tokio_postgres::Error>> for IngestError {
    fn from(err: bb8::RunError<tokio_postgres::Error>) -> Self {
        IngestError::Unavailable(err.to_string())
    }
}

/// Where a batch belongs when it is part of a named upload (of the stream's
/// user).
pub struct UploadMark<'a> {
    pub upload_id: &'a str,
    pub batch_index: i64,
}

// One statement a batch: both upserts read their rows from binary array
// parameters, and the upload's mark adds the counts they return. An
// unchanged resend updates nothing (the WHERE), so it is neither counted as
// an update nor rewrites the row; xmax = 0 tells a fresh insert. The mark
// runs only when $20 (the upload id) is set. $19 is the stream's user, who
// leads both tables' keys; the (user, device) foreign keys refuse a device of
// anyone else. `$sessions_conflict` is how sessions meet stored rows: see
// STORE_FRESH.
macro_rules! store_statement {
    ($sessions_conflict:literal) => {
        concat!(
            "
    WITH daily AS (
        INSERT INTO daily_device_usage AS d
            (user_id, device_id, day, screen_time_ms, unlocks, pickups, notifications, first_pickup_time)
        SELECT $19, * FROM unnest($1::uuid[], $2::date[], $3::int8[], $4::int4[], $5::int4[], $6::int4[], $7::time[])
        ON CONFLICT (user_id, device_id, day) DO UPDATE SET
            screen_time_ms = EXCLUDED.screen_time_ms, unlocks = EXCLUDED.unlocks, pickups = EXCLUDED.pickups,
            notifications = EXCLUDED.notifications, first_pickup_time = EXCLUDED.first_pickup_time,
            received_at = now()
        WHERE (d.screen_time_ms, d.unlocks, d.pickups, d.notifications, d.first_pickup_time)
            IS DISTINCT FROM (EXCLUDED.screen_time_ms, EXCLUDED.unlocks, EXCLUDED.pickups,
                              EXCLUDED.notifications, EXCLUDED.first_pickup_time)
        RETURNING (xmax = 0) AS inserted),
    sessions AS (
        INSERT INTO app_sessions AS s (user_id, device_id, started_at, app_id, duration_ms, launches, notifications)
        SELECT $19, * FROM unnest($8::uuid[], $9::timestamptz[], $10::uuid[], $11::int4[], $12::int4[], $13::int4[])
        ",
            $sessions_conflict,
            "
        RETURNING (xmax = 0) AS inserted),
    counts AS (
        SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated
        FROM (SELECT inserted FROM daily UNION ALL SELECT inserted FROM sessions) up),
    mark AS (
        UPDATE usage_uploads SET last_batch_index = $14, received = received + $15,
            inserted = usage_uploads.inserted + c.inserted, updated = usage_uploads.updated + c.updated + $16,
            unchanged = unchanged + ($17 - c.inserted - c.updated - $16), rejected = rejected + $18,
            updated_at = now()
        FROM counts c
        WHERE $20::text IS NOT NULL AND user_id = $19 AND upload_id = $20)
    SELECT inserted, updated FROM counts"
        )
    };
}

/// The batch's sessions upserted: a stored session with the same natural
/// key is updated when it changed.
const STORE: &str = store_statement!(
    "ON CONFLICT (user_id, device_id, started_at, app_id) DO UPDATE SET
            duration_ms = EXCLUDED.duration_ms, launches = EXCLUDED.launches,
            notifications = EXCLUDED.notifications, received_at = now()
        WHERE (s.duration_ms, s.launches, s.notifications)
            IS DISTINCT FROM (EXCLUDED.duration_ms, EXCLUDED.launches, EXCLUDED.notifications)"
);

/// The batch's sessions inserted as new. Sessions are most of an upload and
/// are almost always new (a resumed upload skips the batches it stored), so
/// a batch tries this first: a plain insert skips the extra index probe and
/// the speculative insertion an upsert makes for every row. A session
/// already stored fails it with a unique violation; the batch then rolls
/// back to a savepoint and runs STORE. Daily rows, which a phone resends
/// every day, are upserted either way.
const STORE_FRESH: &str = store_statement!("");

/// Batches with fewer sessions than this upsert at once: the savepoint's
/// round trips would cost more than the probes they save.
const FRESH_FIRST_SESSIONS: usize = 200;

/// Whose usage a stream carries and how many distinct apps it may bring.
#[derive(Debug, Clone, Copy)]
pub struct AppLimits {
    pub user_id: Uuid,
    /// Distinct apps of one stream: bounds the map below, however long the
    /// stream is.
    pub per_upload: usize,
    /// Distinct apps of the user in all (their `app_reports`).
    pub per_user: u32,
}

/// Stores valid records of one batch. Later records win over earlier ones
/// with the same natural key; those superseded count as updated.
pub struct Ingest {
    copy: CopyPool,
    pool: Pool,
    limits: AppLimits,
    /// Catalogue ids already resolved during this stream (at most
    /// `limits.per_upload`).
    app_ids: HashMap<String, Uuid>,
    pub new_apps: usize,
}

/// A batch made ready to write: its rows deduplicated, its apps resolved,
/// and both tables' rows as the statement's column arrays. Making it is the
/// server's share of a batch, so a stream makes the next while the
/// database writes this one.
pub struct Batch {
    daily: DailyColumns,
    sessions: SessionColumns,
    /// Records received, valid (deduplicated or not), superseded by a later
    /// record with the same key, and rejected.
    received: i64,
    valid: i64,
    superseded: i64,
    rejected: i64,
}

#[derive(Default)]
struct DailyColumns {
    device_ids: Vec<Uuid>,
    days: Vec<chrono::NaiveDate>,
    screen_time: Vec<i64>,
    unlocks: Vec<i32>,
    pickups: Vec<i32>,
    notifications: Vec<i32>,
    first_pickup: Vec<Option<chrono::NaiveTime>>,
}

#[derive(Default)]
struct SessionColumns {
    device_ids: Vec<Uuid>,
    started: Vec<chrono::DateTime<chrono::Utc>>,
    apps: Vec<Uuid>,
    durations: Vec<i32>,
    launches: Vec<i32>,
    notifications: Vec<i32>,
}

/// The writing side of a stream: COPY connections and whose rows they are.
#[derive(Clone)]
pub struct Writer {
    copy: CopyPool,
    user_id: Uuid,
}

impl Ingest {
    pub fn new(copy: CopyPool, pool: Pool, limits: AppLimits) -> Self {
        Self {
            copy,
            pool,
            limits,
            app_ids: HashMap::new(),
            new_apps: 0,
        }
    }

    pub fn writer(&self) -> Writer {
        Writer {
            copy: self.copy.clone(),
            user_id: self.limits.user_id,
        }
    }

    async fn resolve_apps(&mut self, sessions: &[&SessionRow]) -> Result<(), IngestError> {
        let mut seen = std::collections::HashSet::new();
        let unknown: Vec<ReportedApp> = sessions
            .iter()
            .filter(|s| !self.app_ids.contains_key(&s.app.bundle_id) && seen.insert(&s.app.bundle_id))
            .map(|s| s.app.clone())
            .collect();
        if unknown.is_empty() {
            return Ok(());
        }
        if self.app_ids.len() + unknown.len() > self.limits.per_upload {
            return Err(IngestError::TooManyUploadApps {
                limit: self.limits.per_upload,
            });
        }
        let mut conn = crate::db::conn(&self.pool).await?;
        let (ids, new) = catalogue::ensure(&mut conn, self.limits.user_id, &unknown, self.limits.per_user).await?;
        self.new_apps += new;
        self.app_ids.extend(ids);
        Ok(())
    }

    /// Makes `records` (already validated) ready to write; `rejected` only
    /// feeds the counts and the upload mark. New apps join the catalogue
    /// here, before the batch's transaction.
    pub async fn prepare(&mut self, records: &[Record], rejected: i64) -> Result<Batch, IngestError> {
        // The last record of each natural key.
        let mut daily: HashMap<(Uuid, chrono::NaiveDate), &DailyRow> = HashMap::new();
        let mut sessions: HashMap<(Uuid, chrono::DateTime<chrono::Utc>, &str), &SessionRow> = HashMap::new();
        for record in records {
            match record {
                Record::Daily(row) => {
                    daily.insert((row.device_id, row.day), row);
                }
                Record::Session(row) => {
                    sessions.insert((row.device_id, row.started_at, row.app.bundle_id.as_str()), row);
                }
            }
        }
        let valid = records.len() as i64;
        let superseded = valid - daily.len() as i64 - sessions.len() as i64;
        let sessions: Vec<&SessionRow> = sessions.into_values().collect();
        self.resolve_apps(&sessions).await?;

        let mut d = DailyColumns::default();
        for row in daily.values() {
            d.device_ids.push(row.device_id);
            d.days.push(row.day);
            d.screen_time.push(row.screen_time_ms);
            d.unlocks.push(row.unlocks);
            d.pickups.push(row.pickups);
            d.notifications.push(row.notifications);
            d.first_pickup.push(row.first_pickup_time);
        }
        let mut s = SessionColumns::default();
        for row in &sessions {
            s.device_ids.push(row.device_id);
            s.started.push(row.started_at);
            s.apps.push(self.app_ids[&row.app.bundle_id]);
            s.durations.push(row.duration_ms);
            s.launches.push(row.launches);
            s.notifications.push(row.notifications);
        }
        Ok(Batch {
            daily: d,
            sessions: s,
            received: valid + rejected,
            valid,
            superseded,
            rejected,
        })
    }

    /// [`Self::prepare`] and [`Writer::write`] one after the other.
    pub async fn store(
        &mut self,
        records: &[Record],
        rejected: i64,
        mark: Option<UploadMark<'_>>,
        rollup: Option<&NewJob>,
    ) -> Result<Counts, IngestError> {
        let batch = self.prepare(records, rejected).await?;
        self.writer().write(&batch, mark, rollup).await
    }
}

impl Writer {
    /// Writes `batch` in one transaction. When it changed anything,
    /// `rollup` (the analytics job the changed days call for) is enqueued in
    /// the same transaction.
    pub async fn write(
        &self,
        batch: &Batch,
        mark: Option<UploadMark<'_>>,
        rollup: Option<&NewJob>,
    ) -> Result<Counts, IngestError> {
        let (d, s) = (&batch.daily, &batch.sessions);
        let (upload_id, batch_index) = match &mark {
            Some(mark) => (Some(mark.upload_id), mark.batch_index),
            None => (None, 0),
        };
        let params: [(&(dyn ToSql + Sync), Type); 20] = [
            (&d.device_ids, Type::UUID_ARRAY),
            (&d.days, Type::DATE_ARRAY),
            (&d.screen_time, Type::INT8_ARRAY),
            (&d.unlocks, Type::INT4_ARRAY),
            (&d.pickups, Type::INT4_ARRAY),
            (&d.notifications, Type::INT4_ARRAY),
            (&d.first_pickup, Type::TIME_ARRAY),
            (&s.device_ids, Type::UUID_ARRAY),
            (&s.started, Type::TIMESTAMPTZ_ARRAY),
            (&s.apps, Type::UUID_ARRAY),
            (&s.durations, Type::INT4_ARRAY),
            (&s.launches, Type::INT4_ARRAY),
            (&s.notifications, Type::INT4_ARRAY),
            (&batch_index, Type::INT8),
            (&batch.received, Type::INT8),
            (&batch.superseded, Type::INT8),
            (&batch.valid, Type::INT8),
            (&batch.rejected, Type::INT8),
            (&self.user_id, Type::UUID),
            (&upload_id, Type::TEXT),
        ];
        let mut client = self.copy.get().await?;
        let tx = client.transaction().await?;
        // Many sessions are tried as fresh first, under a savepoint sent
        // with the statement (no round trip of its own): see STORE_FRESH. A
        // savepoint left in place is released by the commit.
        let stored = if s.device_ids.len() < FRESH_FIRST_SESSIONS {
            tx.query_typed_one(STORE, &params).await?
        } else {
            let (savepoint, fresh) = tokio::join!(
                tx.batch_execute("SAVEPOINT fresh"),
                tx.query_typed_one(STORE_FRESH, &params)
            );
            match fresh {
                Ok(row) => {
                    savepoint?;
                    row
                }
                Err(err) if savepoint.is_ok() && err.code() == Some(&SqlState::UNIQUE_VIOLATION) => {
                    tx.batch_execute("ROLLBACK TO SAVEPOINT fresh").await?;
                    tx.query_typed_one(STORE, &params).await?
                }
                Err(err) => return Err(err.into()),
            }
        };
        let (inserted, upserted): (i64, i64) = (stored.get(0), stored.get(1));
        let updated = batch.superseded + upserted;
        let counts = Counts {
            received: batch.received,
            inserted,
            updated,
            unchanged: batch.valid - inserted - updated,
            rejected: batch.rejected,
        };
        if let Some(job) = rollup.filter(|_| inserted + updated > batch.superseded) {
            crate::jobs::enqueue_in(&tx, job).await?;
        }
        tx.commit().await?;
        Ok(counts)
    }
}
