//! The connection pool, embedded migrations, the process's LISTEN/NOTIFY
//! listener, and the private PostgreSQL that `kith serve` starts when no
//! `DATABASE_URL` is configured.

pub mod embedded;
pub mod listen;
pub mod tls;

use std::time::Duration;

use diesel_async::async_connection_wrapper::AsyncConnectionWrapper;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use diesel_async::AsyncPgConnection;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use crate::config::Config;
use crate::error::DbError;

pub use embedded::{EmbeddedOptions, EmbeddedPostgres};
pub use listen::Listener;

pub type Pool = bb8::Pool<AsyncDieselConnectionManager<AsyncPgConnection>>;
pub type Conn<'a> = bb8::PooledConnection<'a, AsyncDieselConnectionManager<AsyncPgConnection>>;

pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations");

/// The database name the embedded PostgreSQL serves Kith from.
pub const EMBEDDED_DB_NAME: &str = "kith";

#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error(transparent)]
    Embedded(#[from] embedded::EmbeddedError),
    #[error("DATABASE_URL: cannot connect: {0}")]
    Connect(String),
    #[error("migrations failed: {0}")]
    Migrate(String),
}

/// The pool plus, when Kith started it, the private PostgreSQL behind it.
pub struct Database {
    pub pool: Pool,
    pub url: String,
    embedded: Option<EmbeddedPostgres>,
}

impl Database {
    /// Connects to `DATABASE_URL` or starts the embedded server, then applies
    /// pending migrations.
    pub async fn open(config: &Config) -> Result<Self, SetupError> {
        let (url, embedded) = locate(config).await?;
        run_migrations(&url).await?;
        let pool = connect(&url, config.db_pool_size, config.db_pool_timeout).await?;
        Ok(Self { pool, url, embedded })
    }

    /// Stops the embedded PostgreSQL, if this process started one.
    pub async fn close(self) {
        drop(self.pool);
        if let Some(pg) = self.embedded {
            if let Err(err) = pg.stop().await {
                tracing::warn!(error = %err, "embedded PostgreSQL did not stop cleanly");
            }
        }
    }
}

/// The database's URL: `DATABASE_URL`, or the embedded server's, started
/// here (the caller stops it).
pub async fn locate(config: &Config) -> Result<(String, Option<EmbeddedPostgres>), SetupError> {
    Ok(match &config.database_url {
        Some(url) => (secrecy::ExposeSecret::expose_secret(url).to_owned(), None),
        None => {
            let options = EmbeddedOptions {
                data_dir: config.data_dir.clone(),
                fast: false,
            };
            let pg = EmbeddedPostgres::start(options, EMBEDDED_DB_NAME).await?;
            (pg.database_url(EMBEDDED_DB_NAME), Some(pg))
        }
    })
}

pub async fn connect(url: &str, size: u32, timeout: Duration) -> Result<Pool, SetupError> {
    // Fail at start on a URL whose TLS settings cannot work.
    tls::prepare(url).map_err(|e| SetupError::Connect(format!("DATABASE_URL: {e}")))?;
    let mut setup = diesel_async::pooled_connection::ManagerConfig::default();
    setup.custom_setup = Box::new(|url| Box::pin(tls::establish(url)));
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new_with_config(url, setup);
    let pool = bb8::Pool::builder()
        .max_size(size)
        .connection_timeout(timeout)
        .build(manager)
        .await
        .map_err(|e| SetupError::Connect(e.to_string()))?;
    // Fail at start, not at the first call, when the database is unreachable.
    pool.get().await.map_err(|e| SetupError::Connect(e.to_string()))?;
    Ok(pool)
}

/// The session advisory lock migrations run under: replicas starting
/// together take turns, and the later ones find nothing left to apply.
const MIGRATION_LOCK: i64 = 0x006b_6974_686d_6967; // "kithmig"

/// Applies pending migrations under [`MIGRATION_LOCK`]. Diesel's migration
/// harness is synchronous, so it runs on a blocking thread over the async
/// connection; the lock goes with the connection, whatever happens.
pub async fn run_migrations(url: &str) -> Result<(), SetupError> {
    let conn = tls::establish(url)
        .await
        .map_err(|e| SetupError::Connect(e.to_string()))?;
    tokio::task::spawn_blocking(move || {
        use diesel::connection::SimpleConnection;
        let mut conn = AsyncConnectionWrapper::<AsyncPgConnection>::from(conn);
        conn.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK})"))
            .map_err(|e| SetupError::Migrate(e.to_string()))?;
        let applied = conn
            .run_pending_migrations(MIGRATIONS)
            .map(|done| done.len())
            .map_err(|e| SetupError::Migrate(e.to_string()));
        let _ = conn.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK})"));
        if let Ok(n @ 1..) = applied {
            tracing::info!(applied = n, "migrations applied");
        }
        applied.map(|_| ())
    })
    .await
    .map_err(|e| SetupError::Migrate(e.to_string()))?
}

/// Which of Kith's migrations the database has, and which it lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationStatus {
    pub applied: Vec<String>,
    pub pending: Vec<String>,
}

pub async fn migration_status(url: &str) -> Result<MigrationStatus, SetupError> {
    let conn = tls::establish(url)
        .await
        .map_err(|e| SetupError::Connect(e.to_string()))?;
    tokio::task::spawn_blocking(move || {
        let mut conn = AsyncConnectionWrapper::<AsyncPgConnection>::from(conn);
        let applied = (conn.applied_migrations()).map_err(|e| SetupError::Migrate(e.to_string()))?;
        let pending = (conn.pending_migrations(MIGRATIONS)).map_err(|e| SetupError::Migrate(e.to_string()))?;
        Ok(MigrationStatus {
            applied: applied.iter().map(|v| v.to_string()).collect(),
            pending: pending.iter().map(|m| m.name().to_string()).collect(),
        })
    })
    .await
    .map_err(|e| SetupError::Migrate(e.to_string()))?
}

/// A pooled connection, with pool trouble mapped for the caller's error type.
pub async fn conn(pool: &Pool) -> Result<Conn<'_>, DbError> {
    let started = std::time::Instant::now();
    let conn = pool.get().await;
    crate::metrics::pool_wait(started.elapsed().as_secs_f64());
    Ok(conn?)
}

/// Whether the database answers a trivial query; drives the health status.
pub async fn ping(pool: &Pool) -> bool {
    use diesel_async::RunQueryDsl;
    let Ok(mut conn) = pool.get().await else {
        return false;
    };
    diesel::sql_query("SELECT 1").execute(&mut *conn).await.is_ok()
}

diesel::define_sql_function! {
    fn pg_advisory_xact_lock(key: diesel::sql_types::BigInt);
}

diesel::define_sql_function! {
    fn hashtextextended(text: diesel::sql_types::Text, seed: diesel::sql_types::BigInt) -> diesel::sql_types::BigInt;
}

/// Holds the advisory lock named `key` until the transaction ends, so
/// writes under the same name (one user's counted sends, say) run one at a
/// time. Callers name the scope in the key ("friend_requests:<user>").
pub async fn lock_xact(conn: &mut AsyncPgConnection, key: &str) -> Result<(), DbError> {
    use diesel_async::RunQueryDsl;
    diesel::select(pg_advisory_xact_lock(hashtextextended(key, 0)))
        .execute(conn)
        .await?;
    Ok(())
}
