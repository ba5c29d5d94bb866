//! Reading a source: its settings checked again as stored, its connection
//! string opened, a short-lived connection (5 s to connect, 30 s a
//! statement, read-only), and one query whose text and outcome go to the
//! query log whatever happens. Every name in the SQL is a checked plain
//! identifier in double quotes; no value from the source's row is ever
//! put into SQL.

use std::time::Duration;

use diesel_async::AsyncPgConnection;
use secrecy::ExposeSecret;
use uuid::Uuid;

use super::crypto::SealKey;
use super::model::{QueryPurpose, SourceRow, SourceSpec};
use super::repo::{self, NewQuery};
use crate::error::{DbError, FieldViolations};
use crate::proto::cases::v1 as pb;

pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
pub const STATEMENT_TIMEOUT: Duration = Duration::from_secs(30);
/// The most rows one sync reads; a larger table is refused, not cut.
pub const MAX_ROWS: usize = 10_000;
/// The longest problem text kept from the driver.
const MAX_PROBLEM_CHARS: usize = 300;

/// Why a source could not be read; the text goes into logs and answers
/// that admins read, and never holds the connection string.
#[derive(Debug, thiserror::Error)]
pub enum Problem {
    #[error("the stored settings are not valid: {0}")]
    Settings(FieldViolations),
    #[error("the stored connection string cannot be read (the sources key changed, or the row was altered)")]
    Unreadable,
    #[error("cannot connect: {0}")]
    Connect(String),
    #[error("no connection within {} seconds", CONNECT_TIMEOUT.as_secs())]
    ConnectTimeout,
    #[error("the query failed: {0}")]
    Query(String),
    #[error("no answer within {} seconds", STATEMENT_TIMEOUT.as_secs())]
    QueryTimeout,
    #[error("the table has more than {MAX_ROWS} rows; a sync reads at most {MAX_ROWS}")]
    TooManyRows,
}

/// A source that could not be read, or trouble with Kith's own database.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error(transparent)]
    Source(#[from] Problem),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Who reads a source, and why: what the query log says.
#[derive(Debug, Clone, Copy)]
pub struct Reader {
    pub user_id: Option<Uuid>,
    pub purpose: QueryPurpose,
}

/// One row of a source: its key and the mapped columns' values as text,
/// in the mapping's order (None: NULL).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pulled {
    pub key: Option<String>,
    pub values: Vec<Option<String>>,
}

/// The driver's account of an error, with its causes (a refused
/// connection says why) and PostgreSQL's SQLSTATE.
fn describe(err: &tokio_postgres::Error) -> String {
    let mut text = match err.as_db_error() {
        Some(db) => format!("{} ({})", db.message(), db.code().code()),
        None => {
            let mut text = err.to_string();
            let mut source = std::error::Error::source(err);
            while let Some(cause) = source {
                text.push_str(": ");
                text.push_str(&cause.to_string());
                source = cause.source();
            }
            text
        }
    };
    if let Some((cut, _)) = text.char_indices().nth(MAX_PROBLEM_CHARS) {
        text.truncate(cut);
        text.push('…');
    }
    text
}

/// An open connection to a source.
struct Remote {
    client: tokio_postgres::Client,
}

impl Remote {
    async fn connect(url: &str) -> Result<Remote, Problem> {
        // TLS as the source's `sslmode` asks (see crate::db::tls).
        let crate::db::tls::Prepared { mut config, tls, .. } =
            crate::db::tls::prepare(url).map_err(Problem::Connect)?;
        // Set at connection start, so they are not queries of their own:
        // nothing sent may run for long or write.
        let session = format!(
            "-c statement_timeout={} -c default_transaction_read_only=on",
            STATEMENT_TIMEOUT.as_millis()
        );
        let options = match config.get_options() {
            Some(theirs) if !theirs.is_empty() => format!("{theirs} {session}"),
            _ => session,
        };
        config
            .options(options)
            .application_name("kith case sources")
            .connect_timeout(CONNECT_TIMEOUT);
        let (client, connection) = tokio::time::timeout(CONNECT_TIMEOUT, config.connect(tls))
            .await
            .map_err(|_| Problem::ConnectTimeout)?
            .map_err(|e| Problem::Connect(describe(&e)))?;
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(error = %describe(&error), "external source connection ended");
            }
        });
        Ok(Remote { client })
    }

    async fn query(&self, sql: &str) -> Result<Vec<tokio_postgres::Row>, Problem> {
        // The server's own timeout should answer first; this one covers a
        // server that stopped answering altogether.
        let limit = STATEMENT_TIMEOUT + Duration::from_secs(5);
        match tokio::time::timeout(limit, self.client.query(sql, &[])).await {
            Err(_) => Err(Problem::QueryTimeout),
            Ok(Err(e)) => Err(Problem::Query(describe(&e))),
            Ok(Ok(rows)) => Ok(rows),
        }
    }
}

/// The key and every mapped column, as text.
fn columns(spec: &SourceSpec) -> String {
    std::iter::once(&spec.key_column)
        .chain(spec.mapping.pairs().iter().map(|(_, column)| column))
        .map(|column| format!("{}::text", column.quoted()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// TestConnection's query: counts the rows, and names every mapped column
/// so a missing one fails here rather than in the first sync.
pub fn count_sql(spec: &SourceSpec) -> String {
    format!(
        "SELECT count(*) FROM (SELECT {} FROM {}) AS source_rows",
        columns(spec),
        spec.table.quoted()
    )
}

/// A sync's query: every row, one more than a sync takes to tell a table
/// that is too large.
pub fn pull_sql(spec: &SourceSpec) -> String {
    format!(
        "SELECT {} FROM {} ORDER BY 1 LIMIT {}",
        columns(spec),
        spec.table.quoted(),
        MAX_ROWS + 1
    )
}

/// The source's settings as stored, checked as Create checks them, and a
/// connection to it.
async fn open(
    conn: &mut AsyncPgConnection,
    key: &SealKey,
    source: &SourceRow,
) -> Result<(SourceSpec, Remote), Failure> {
    let mut v = FieldViolations::new();
    let spec = SourceSpec::check(&mut v, &pb::ExternalSource::from(source.clone()));
    let Some(spec) = spec else {
        return Err(Problem::Settings(v).into());
    };
    let sealed = repo::sealed_connection(conn, source.id).await?;
    let url = key.open(source.id, &sealed).map_err(|_| Problem::Unreadable)?;
    let remote = Remote::connect(url.expose_secret()).await?;
    Ok((spec, remote))
}

async fn log(
    conn: &mut AsyncPgConnection,
    source_id: Uuid,
    reader: Reader,
    sql: &str,
    rows: i64,
    problem: Option<&Problem>,
) -> Result<(), DbError> {
    let query = NewQuery {
        source_id,
        user_id: reader.user_id,
        purpose: reader.purpose,
        query: sql,
        rows,
        error: problem.map(ToString::to_string).unwrap_or_default(),
    };
    repo::log_query(conn, query).await
}

/// The number of rows in the source's table.
pub async fn count(
    conn: &mut AsyncPgConnection,
    key: &SealKey,
    source: &SourceRow,
    reader: Reader,
) -> Result<i64, Failure> {
    let (spec, remote) = open(conn, key, source).await?;
    let sql = count_sql(&spec);
    let counted = remote.query(&sql).await.and_then(|rows| {
        (rows.first())
            .map(|row| row.try_get::<_, i64>(0).map_err(|e| Problem::Query(describe(&e))))
            .unwrap_or_else(|| Err(Problem::Query("no count came back".into())))
    });
    let rows = *counted.as_ref().unwrap_or(&0);
    log(conn, source.id, reader, &sql, rows, counted.as_ref().err()).await?;
    Ok(counted?)
}

/// Every row of the source, by key, with the settings they were read with.
pub async fn pull(
    conn: &mut AsyncPgConnection,
    key: &SealKey,
    source: &SourceRow,
    reader: Reader,
) -> Result<(SourceSpec, Vec<Pulled>), Failure> {
    let (spec, remote) = open(conn, key, source).await?;
    let sql = pull_sql(&spec);
    let fetched = remote.query(&sql).await;
    let returned = fetched.as_ref().map_or(0, |rows| rows.len() as i64);
    let width = spec.mapping.pairs().len();
    let pulled = fetched.and_then(|rows| {
        if rows.len() > MAX_ROWS {
            return Err(Problem::TooManyRows);
        }
        rows.iter().map(|row| read_row(row, width)).collect()
    });
    log(conn, source.id, reader, &sql, returned, pulled.as_ref().err()).await?;
    Ok((spec, pulled?))
}

fn read_row(row: &tokio_postgres::Row, width: usize) -> Result<Pulled, Problem> {
    let text = |i: usize| {
        row.try_get::<_, Option<String>>(i)
            .map_err(|e| Problem::Query(describe(&e)))
    };
    Ok(Pulled {
        key: text(0)?,
        values: (1..=width).map(text).collect::<Result<_, _>>()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_quote_checked_names_and_nothing_else() {
        let source = pb::ExternalSource {
            name: "Registry".into(),
            table: "registry.people".into(),
            key_column: "person_no".into(),
            mapping: [("full_name", "name"), ("age", "Age")]
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
            ..Default::default()
        };
        let spec = SourceSpec::check(&mut FieldViolations::new(), &source).unwrap();
        assert_eq!(
            pull_sql(&spec),
            "SELECT \"person_no\"::text, \"name\"::text, \"Age\"::text FROM \"registry\".\"people\" ORDER BY 1 LIMIT 10001"
        );
        assert_eq!(
            count_sql(&spec),
            "SELECT count(*) FROM (SELECT \"person_no\"::text, \"name\"::text, \"Age\"::text FROM \"registry\".\"people\") AS source_rows"
        );
    }
}
