//! Storing a batch of usage records: binary COPY into session-local staging
//! tables, then one upsert per table that counts inserted and changed rows.
//! Measured here, this is about 2.5x faster than multi-row INSERT, and a
//! batch is one transaction, so a broken stream keeps every batch before it.

use std::collections::HashMap;

use bb8_postgres::PostgresConnectionManager;
use futures::pin_mut;
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::NoTls;
use uuid::Uuid;

use super::model::{Counts, DailyRow, Record, SessionRow};
use crate::apps::catalogue::{self, ReportedApp};
use crate::db::Pool;
use crate::error::DbError;
use crate::jobs::NewJob;

/// Plain tokio-postgres connections for COPY, which diesel-async lacks.
pub type CopyPool = bb8::Pool<PostgresConnectionManager<NoTls>>;

pub async fn copy_pool(url: &str, size: u32, timeout: std::time::Duration) -> Result<CopyPool, tokio_postgres::Error> {
    let manager = PostgresConnectionManager::new_from_stringlike(url, NoTls)?;
    bb8::Pool::builder()
        .max_size(size)
        .connection_timeout(timeout)
        .build(manager)
        .await
}

/// The COPY pool for `config`'s database. It connects on first use, like the
/// diesel pool, so building a service stays sync.
pub fn lazy_copy_pool(config: &crate::config::Config) -> CopyPool {
    let manager = PostgresConnectionManager::new_from_stringlike(config.database_url_or_empty(), NoTls)
        .unwrap_or_else(|_| PostgresConnectionManager::new(tokio_postgres::Config::new(), NoTls));
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
        use tokio_postgres::error::SqlState;
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

/// Where a batch belongs when it is part of a named upload.
pub struct UploadMark<'a> {
    pub user_id: Uuid,
    pub upload_id: &'a str,
    pub batch_index: i64,
}

const STAGING: &str = "
    CREATE TEMP TABLE IF NOT EXISTS daily_in (
        device_id uuid, day date, screen_time_ms bigint, unlocks integer, pickups integer,
        notifications integer, first_pickup_time time) ON COMMIT DELETE ROWS;
    CREATE TEMP TABLE IF NOT EXISTS sessions_in (
        device_id uuid, started_at timestamptz, app_id uuid, duration_ms integer,
        launches integer, notifications integer) ON COMMIT DELETE ROWS;";

// An unchanged resend updates nothing (the WHERE), so it is neither counted
// as an update nor rewrites the row; xmax = 0 tells a fresh insert.
const UPSERT_DAILY: &str = "
    WITH up AS (
        INSERT INTO daily_device_usage AS d
            (device_id, day, screen_time_ms, unlocks, pickups, notifications, first_pickup_time)
        SELECT device_id, day, screen_time_ms, unlocks, pickups, notifications, first_pickup_time FROM daily_in
        ON CONFLICT (device_id, day) DO UPDATE SET
            screen_time_ms = EXCLUDED.screen_time_ms, unlocks = EXCLUDED.unlocks, pickups = EXCLUDED.pickups,
            notifications = EXCLUDED.notifications, first_pickup_time = EXCLUDED.first_pickup_time,
            received_at = now()
        WHERE (d.screen_time_ms, d.unlocks, d.pickups, d.notifications, d.first_pickup_time)
            IS DISTINCT FROM (EXCLUDED.screen_time_ms, EXCLUDED.unlocks, EXCLUDED.pickups,
                              EXCLUDED.notifications, EXCLUDED.first_pickup_time)
        RETURNING (xmax = 0) AS inserted)
    SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up";

const UPSERT_SESSIONS: &str = "
    WITH up AS (
        INSERT INTO app_sessions AS s (device_id, started_at, app_id, duration_ms, launches, notifications)
        SELECT device_id, started_at, app_id, duration_ms, launches, notifications FROM sessions_in
        ON CONFLICT (device_id, started_at, app_id) DO UPDATE SET
            duration_ms = EXCLUDED.duration_ms, launches = EXCLUDED.launches,
            notifications = EXCLUDED.notifications, received_at = now()
        WHERE (s.duration_ms, s.launches, s.notifications)
            IS DISTINCT FROM (EXCLUDED.duration_ms, EXCLUDED.launches, EXCLUDED.notifications)
        RETURNING (xmax = 0) AS inserted)
    SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up";

const MARK_UPLOAD: &str = "
    UPDATE usage_uploads SET last_batch_index = $3, received = received + $4, inserted = inserted + $5,
        updated = updated + $6, unchanged = unchanged + $7, rejected = rejected + $8, updated_at = now()
    WHERE user_id = $1 AND upload_id = $2";

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

    async fn resolve_apps(&mut self, sessions: &[SessionRow]) -> Result<(), IngestError> {
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

    /// Stores `records` (already validated) in one transaction; `rejected`
    /// only feeds the counts and the upload mark. When the batch changed
    /// anything, `rollup` (the analytics job the changed days call for) is
    /// enqueued in the same transaction.
    pub async fn store(
        &mut self,
        records: Vec<Record>,
        rejected: i64,
        mark: Option<UploadMark<'_>>,
        rollup: Option<&NewJob>,
    ) -> Result<Counts, IngestError> {
        let received = records.len() as i64 + rejected;
        let mut daily: HashMap<(Uuid, chrono::NaiveDate), DailyRow> = HashMap::new();
        let mut sessions: HashMap<(Uuid, chrono::DateTime<chrono::Utc>, String), SessionRow> = HashMap::new();
        let valid = records.len() as i64;
        for record in records {
            match record {
                Record::Daily(row) => {
                    daily.insert((row.device_id, row.day), row);
                }
                Record::Session(row) => {
                    sessions.insert((row.device_id, row.started_at, row.app.bundle_id.clone()), row);
                }
            }
        }
        let superseded = valid - daily.len() as i64 - sessions.len() as i64;
        let sessions: Vec<SessionRow> = sessions.into_values().collect();
        self.resolve_apps(&sessions).await?;

        let mut client = self.copy.get().await?;
        let tx = client.transaction().await?;
        tx.batch_execute(STAGING).await?;
        let (mut inserted, mut updated) = (0, superseded);
        if !daily.is_empty() {
            let sink = tx
                .copy_in("COPY daily_in (device_id, day, screen_time_ms, unlocks, pickups, notifications, first_pickup_time) FROM STDIN BINARY")
                .await?;
            let types = [
                Type::UUID,
                Type::DATE,
                Type::INT8,
                Type::INT4,
                Type::INT4,
                Type::INT4,
                Type::TIME,
            ];
            let writer = BinaryCopyInWriter::new(sink, &types);
            pin_mut!(writer);
            for r in daily.values() {
                let row: [&(dyn ToSql + Sync); 7] = [
                    &r.device_id,
                    &r.day,
                    &r.screen_time_ms,
                    &r.unlocks,
                    &r.pickups,
                    &r.notifications,
                    &r.first_pickup_time,
                ];
                writer.as_mut().write(&row).await?;
            }
            writer.finish().await?;
            let counts = tx.query_one(UPSERT_DAILY, &[]).await?;
            inserted += counts.get::<_, i64>(0);
            updated += counts.get::<_, i64>(1);
        }
        if !sessions.is_empty() {
            let sink = tx
                .copy_in("COPY sessions_in (device_id, started_at, app_id, duration_ms, launches, notifications) FROM STDIN BINARY")
                .await?;
            let types = [
                Type::UUID,
                Type::TIMESTAMPTZ,
                Type::UUID,
                Type::INT4,
                Type::INT4,
                Type::INT4,
            ];
            let writer = BinaryCopyInWriter::new(sink, &types);
            pin_mut!(writer);
            for s in &sessions {
                let app_id = self.app_ids[&s.app.bundle_id];
                let row: [&(dyn ToSql + Sync); 6] = [
                    &s.device_id,
                    &s.started_at,
                    &app_id,
                    &s.duration_ms,
                    &s.launches,
                    &s.notifications,
                ];
                writer.as_mut().write(&row).await?;
            }
            writer.finish().await?;
            let counts = tx.query_one(UPSERT_SESSIONS, &[]).await?;
            inserted += counts.get::<_, i64>(0);
            updated += counts.get::<_, i64>(1);
        }
        let counts = Counts {
            received,
            inserted,
            updated,
            unchanged: valid - inserted - updated,
            rejected,
        };
        if let Some(mark) = mark {
            tx.execute(
                MARK_UPLOAD,
                &[
                    &mark.user_id,
                    &mark.upload_id,
                    &mark.batch_index,
                    &counts.received,
                    &counts.inserted,
                    &counts.updated,
                    &counts.unchanged,
                    &counts.rejected,
                ],
            )
            .await?;
        }
        if let Some(job) = rollup.filter(|_| inserted + updated > superseded) {
            crate::jobs::enqueue_in(&tx, job).await?;
        }
        tx.commit().await?;
        Ok(counts)
    }
}
