//! Storing usage that arrives: the client stream (one message at a time,
//! one transaction per batch, so memory stays flat however long it is) and
//! the unary batches browsers send.

use std::collections::HashSet;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use diesel_async::AsyncPgConnection;
use tonic::{Status, Streaming};
use uuid::Uuid;

use super::error::UsageError;
use super::ingest::{AppLimits, CopyPool, Ingest, UploadMark};
use super::model::{Checks, Counts, Record, MAX_LISTED_REJECTIONS, MAX_UPLOAD_BATCH, MAX_UPLOAD_ID_CHARS};
use super::repo;
use crate::auth::Caller;
use crate::config::Config;
use crate::db::Pool;
use crate::error::FieldViolations;
use crate::jobs::NewJob;
use crate::proto::usage::v1 as pb;
use crate::request;

type Result<T, E = UsageError> = std::result::Result<T, E>;

pub async fn own_devices(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<HashSet<Uuid>> {
    Ok(crate::devices::repo::owned_device_ids(conn, user_id)
        .await?
        .into_iter()
        .collect())
}

fn rejection(batch_index: i64, record_index: usize, field: &str, reason: &str) -> pb::RejectedRecord {
    pb::RejectedRecord {
        batch_index,
        record_index: record_index as i32,
        field: field.to_owned(),
        reason: reason.to_owned(),
    }
}

/// What storing usage needs, and only that: the pool, COPY connections,
/// the link to the rollup, and the upload limits (read once from the
/// settings).
#[derive(Clone)]
pub struct Uploader {
    pool: Pool,
    copy: CopyPool,
    after_upload: AfterUpload,
    max_upload_apps: usize,
    max_apps_per_user: u32,
    max_upload_records: u64,
}

impl Uploader {
    pub fn new(pool: Pool, copy: CopyPool, after_upload: AfterUpload, config: &Config) -> Self {
        Self {
            pool,
            copy,
            after_upload,
            max_upload_apps: config.max_upload_apps,
            max_apps_per_user: config.max_apps_per_user,
            max_upload_records: config.max_upload_records,
        }
    }

    fn ingest(&self, user_id: Uuid) -> Ingest {
        let limits = AppLimits {
            user_id,
            per_upload: self.max_upload_apps,
            per_user: self.max_apps_per_user,
        };
        Ingest::new(self.copy.clone(), self.pool.clone(), limits)
    }
}

/// Validates a batch; keeps the first rejections for the response.
pub fn check_batch(
    checks: &Checks<'_>,
    batch_index: i64,
    records: &[pb::UsageRecord],
    rejections: &mut Vec<pb::RejectedRecord>,
) -> (Vec<Record>, i64) {
    let mut valid = Vec::with_capacity(records.len());
    let mut rejected = 0;
    for (index, record) in records.iter().enumerate() {
        match checks.record(record) {
            Ok(row) => valid.push(row),
            Err(r) => {
                rejected += 1;
                if rejections.len() < MAX_LISTED_REJECTIONS {
                    rejections.push(rejection(batch_index, index, r.field, &r.reason));
                }
            }
        }
    }
    (valid, rejected)
}

/// The days `records` may fall on in the user's timezone: a daily row's own
/// day, a session's UTC day give or take one.
/// The job a batch that changed usage enqueues in its own transaction (the
/// analytics rollup of its days): given by the composition root, since the
/// domains that read usage depend on usage, not the other way round.
pub type AfterUpload = fn(Uuid, (NaiveDate, NaiveDate), DateTime<Utc>) -> NewJob;

fn touched_days(records: &[Record]) -> Option<(NaiveDate, NaiveDate)> {
    let days = records.iter().flat_map(|r| match r {
        Record::Daily(d) => [d.day, d.day],
        Record::Session(s) => {
            let utc = s.started_at.date_naive();
            [utc - Duration::days(1), utc + Duration::days(1)]
        }
    });
    days.fold(None, |span, day| match span {
        None => Some((day, day)),
        Some((from, to)) => Some((from.min(day), to.max(day))),
    })
}

/// Validates and stores a unary batch in one transaction.
pub async fn store_unary(
    uploader: &Uploader,
    caller: Caller,
    records: &[pb::UsageRecord],
) -> Result<(Counts, Vec<pb::RejectedRecord>)> {
    let mut conn = crate::db::conn(&uploader.pool).await?;
    let devices = own_devices(&mut conn, caller.user_id).await?;
    drop(conn);
    let checks = Checks {
        devices: &devices,
        now: Utc::now(),
    };
    let mut rejections = Vec::new();
    let (valid, rejected) = check_batch(&checks, 0, records, &mut rejections);
    let rollup = touched_days(&valid).map(|days| (uploader.after_upload)(caller.user_id, days, Utc::now()));
    let mut ingest = uploader.ingest(caller.user_id);
    let counts = ingest.store(valid, rejected, None, rollup.as_ref()).await?;
    Ok((counts, rejections))
}

/// The client-streaming upload: one transaction per batch, the next
/// message read while a batch is stored (at most two in memory, so memory
/// stays flat however long the stream is). Each batch
/// that changed usage enqueues, in its transaction, the analytics rollup of
/// its days; the batches of one minute share one rollup.
pub async fn upload(
    uploader: &Uploader,
    caller: Caller,
    stream: &mut Streaming<pb::UploadUsageRequest>,
) -> Result<pb::UploadUsageResponse, Status> {
    let Some(first) = stream.message().await? else {
        return Ok(pb::UploadUsageResponse {
            last_batch_index: -1,
            counts: Some(Counts::default().into()),
            ..Default::default()
        });
    };
    let mut v = FieldViolations::new();
    let upload_id = request::non_empty(first.upload_id.trim());
    if let Some(id) = &upload_id {
        request::text(&mut v, "upload_id", id, MAX_UPLOAD_ID_CHARS, request::Text::Line);
    }
    if upload_id.is_some() && first.batch_index < 0 {
        v.add("batch_index", "must not be negative");
    }
    v.into_result().map_err(UsageError::from)?;

    let mut conn = crate::db::conn(&uploader.pool).await?;
    let mut devices = own_devices(&mut conn, caller.user_id).await?;
    let committed = match &upload_id {
        Some(id) => repo::open_upload(&mut conn, caller.user_id, id)
            .await
            .map_err(UsageError::from)?,
        None => -1,
    };
    drop(conn);

    let mut ingest = uploader.ingest(caller.user_id);
    let mut totals = Counts::default();
    let mut rejections = Vec::new();
    let (mut skipped, mut records_seen) = (0i64, 0u64);
    let mut last_index: Option<i64> = None;
    let mut next = Some(first);
    while let Some(message) = next {
        // Without an upload id the server numbers the batches itself.
        let index = match (&upload_id, last_index) {
            (None, last) => last.map_or(0, |l| l + 1),
            (Some(_), Some(last)) if message.batch_index != last + 1 => {
                let mut v = FieldViolations::new();
                v.add(
                    "batch_index",
                    format!("must be {} (one more than the previous batch)", last + 1),
                );
                return Err(UsageError::from(v).into());
            }
            (Some(_), _) => message.batch_index,
        };
        last_index = Some(index);
        if message.records.len() > MAX_UPLOAD_BATCH {
            let mut v = FieldViolations::new();
            v.add(
                "records",
                format!("batch {index} has more than {MAX_UPLOAD_BATCH} records"),
            );
            return Err(UsageError::from(v).into());
        }
        records_seen += message.records.len() as u64;
        if records_seen > uploader.max_upload_records {
            return Err(UsageError::UploadTooLong {
                limit: uploader.max_upload_records,
            }
            .into());
        }
        if index <= committed {
            skipped += 1;
            next = stream.message().await?;
        } else {
            let checks = Checks {
                devices: &devices,
                now: Utc::now(),
            };
            let (mut valid, mut rejected) = check_batch(&checks, index, &message.records, &mut Vec::new());
            if rejected > 0 {
                // A device registered while this stream was open is allowed.
                let mut conn = crate::db::conn(&uploader.pool).await?;
                devices = own_devices(&mut conn, caller.user_id).await?;
                let checks = Checks {
                    devices: &devices,
                    now: Utc::now(),
                };
                (valid, rejected) = check_batch(&checks, index, &message.records, &mut rejections);
            }
            let mark = upload_id.as_deref().map(|upload_id| UploadMark {
                upload_id,
                batch_index: index,
            });
            let rollup = touched_days(&valid).map(|days| (uploader.after_upload)(caller.user_id, days, Utc::now()));
            drop(message);
            // The next message is read while this batch is stored: the
            // client keeps sending and the database keeps working. The
            // batch's outcome comes first, as if read after it.
            let (stored, read) = tokio::join!(ingest.store(valid, rejected, mark, rollup.as_ref()), stream.message());
            totals.add(stored.map_err(UsageError::from)?);
            next = read?;
        }
    }
    Ok(pb::UploadUsageResponse {
        upload_id: upload_id.unwrap_or_default(),
        counts: Some(totals.into()),
        rejections,
        last_batch_index: last_index.unwrap_or(-1),
        skipped_batches: skipped,
        new_apps: ingest.new_apps as i64,
    })
}
