//! The export archive: a zip with one JSON-lines file per declared resource
//! and a `manifest.json` with the count of each, written as it is read. All
//! resources are read in one repeatable-read transaction (one consistent
//! picture) through a server-side cursor a batch at a time, and the archive
//! leaves in chunks as it is compressed, so memory stays flat however much
//! data the user has.

use std::io::Write;
use std::sync::{Arc, Mutex};

use chrono::{SecondsFormat, Utc};
use diesel::sql_types::Text;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use serde::Serialize;
use tonic::{Code, Status};
use uuid::Uuid;

use super::{exports, Subject};
use crate::error::{status_with, DbError};

/// Rows read per cursor fetch.
const BATCH_ROWS: usize = 500;
/// Largest chunk handed to the caller.
pub const CHUNK_BYTES: usize = 256 * 1024;
/// The archive's format, in the manifest.
pub const FORMAT: &str = "kith-export/1";

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("too many exports this hour; retry in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    #[error("the account is gone")]
    UserNotFound,
    /// The receiver went away: nothing to report to anyone.
    #[error("the export was abandoned")]
    Abandoned,
    #[error("writing the archive failed: {0}")]
    Archive(String),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<diesel::result::Error> for ExportError {
    fn from(err: diesel::result::Error) -> Self {
        ExportError::Db(err.into())
    }
}

impl From<zip::result::ZipError> for ExportError {
    fn from(err: zip::result::ZipError) -> Self {
        ExportError::Archive(err.to_string())
    }
}

impl From<std::io::Error> for ExportError {
    fn from(err: std::io::Error) -> Self {
        ExportError::Archive(err.to_string())
    }
}

impl From<ExportError> for Status {
    fn from(err: ExportError) -> Status {
        let message = err.to_string();
        match err {
            ExportError::RateLimited { retry_after_secs } => status_with(
                Code::ResourceExhausted,
                "RATE_LIMITED",
                message,
                [("retry_after_secs".to_owned(), retry_after_secs.to_string())].into(),
            ),
            ExportError::UserNotFound => crate::error::status(Code::NotFound, "USER_NOT_FOUND", message),
            ExportError::Abandoned => Status::cancelled(message),
            ExportError::Archive(_) => crate::error::internal(&std::io::Error::other(message)),
            ExportError::Db(db) => db.into(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ManifestEntry {
    pub resource: &'static str,
    pub file: String,
    pub count: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Manifest {
    pub format: &'static str,
    pub user_id: Uuid,
    pub exported_at: String,
    pub resources: Vec<ManifestEntry>,
}

/// What the zip writer writes into; drained after every batch.
#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("not poisoned").extend_from_slice(data);
        Ok(data.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Buffer {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.lock().expect("not poisoned"))
    }
}

#[derive(diesel::QueryableByName)]
struct Line {
    #[diesel(sql_type = Text)]
    line: String,
}

/// Counts one export of `user_id` in the current hour and refuses past the
/// limit; counted in the database, so the limit holds across replicas.
pub async fn admit(conn: &mut AsyncPgConnection, user_id: Uuid, per_hour: u32) -> Result<(), ExportError> {
    let counted = crate::auth::limits::repo::count_call(conn, EXPORT_BUCKET, &user_id.to_string()).await?;
    if counted.count > i32::try_from(per_hour).unwrap_or(i32::MAX) {
        return Err(ExportError::RateLimited {
            retry_after_secs: counted.seconds_left.max(0.0).ceil() as u64,
        });
    }
    Ok(())
}

/// The counter's bucket; its key is the user's id.
pub const EXPORT_BUCKET: &str = "export";

/// Writes the user's archive, handing each chunk to `emit`, which returns
/// false once nobody wants more. Returns the manifest.
pub async fn write_archive<F, Fut>(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    mut emit: F,
) -> Result<Manifest, ExportError>
where
    F: FnMut(Vec<u8>) -> Fut + Send,
    Fut: std::future::Future<Output = bool> + Send,
{
    conn.build_transaction()
        .repeatable_read()
        .read_only()
        .run::<_, ExportError, _>(async |conn| {
            let email: Option<String> = diesel::sql_query("SELECT email AS line FROM users WHERE id = $1")
                .bind::<diesel::sql_types::Uuid, _>(user_id)
                .get_result::<Line>(conn)
                .await
                .map(|l| Some(l.line))
                .or_else(|e| match e {
                    diesel::result::Error::NotFound => Ok(None),
                    other => Err(other),
                })?;
            let subject = Subject {
                user_id,
                email: email.ok_or(ExportError::UserNotFound)?,
            };
            let buffer = Buffer::default();
            let mut zip = zip::ZipWriter::new_stream(buffer.clone());
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated)
                .large_file(true);
            let mut manifest = Manifest {
                format: FORMAT,
                user_id,
                exported_at: Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true),
                resources: Vec::new(),
            };
            for export in exports() {
                let file = format!("{}.jsonl", export.resource);
                zip.start_file(file.as_str(), options)?;
                diesel::sql_query(format!(
                    "DECLARE kith_export NO SCROLL CURSOR FOR SELECT to_jsonb(q)::text AS line FROM ({}) q",
                    subject.fill(export.query)
                ))
                .execute(conn)
                .await?;
                let mut count = 0u64;
                loop {
                    let lines: Vec<Line> = diesel::sql_query(format!("FETCH {BATCH_ROWS} FROM kith_export"))
                        .load(conn)
                        .await?;
                    for line in &lines {
                        zip.write_all(line.line.as_bytes())?;
                        zip.write_all(b"\n")?;
                    }
                    count += lines.len() as u64;
                    send(&buffer, &mut emit).await?;
                    if lines.len() < BATCH_ROWS {
                        break;
                    }
                }
                diesel::sql_query("CLOSE kith_export").execute(conn).await?;
                manifest.resources.push(ManifestEntry {
                    resource: export.resource,
                    file,
                    count,
                });
            }
            zip.start_file("manifest.json", options)?;
            zip.write_all(&serde_json::to_vec_pretty(&manifest).expect("a manifest serializes"))?;
            zip.finish()?;
            send(&buffer, &mut emit).await?;
            Ok(manifest)
        })
        .await
}

async fn send<F, Fut>(buffer: &Buffer, emit: &mut F) -> Result<(), ExportError>
where
    F: FnMut(Vec<u8>) -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let bytes = buffer.take();
    for chunk in bytes.chunks(CHUNK_BYTES) {
        if !emit(chunk.to_vec()).await {
            return Err(ExportError::Abandoned);
        }
    }
    Ok(())
}
