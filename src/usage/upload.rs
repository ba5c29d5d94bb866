//! Storing usage that arrives: the client stream (one message at a time,
//! one transaction per batch, so memory stays flat however long it is) and
//! the unary batches browsers send.

use std::collections::HashSet;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use diesel_async::AsyncPgConnection;
use tonic::{Status, Streaming};
use uuid::Uuid;

use super::error::UsageError;
use super::ingest::{AppLimits, Batch, CopyPool, Ingest, UploadMark};
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
    let counts = ingest.store(&valid, rejected, None, rollup.as_ref()).await?;
    Ok((counts, rejections))
}

/// What to do with one message of a stream, once read and checked.
enum Step {
    /// A batch stored by an earlier attempt of this upload.
    Skip,
    /// A batch ready to write, with the rollup its days call for.
    Store(Box<Ready>),
}

struct Ready {
    index: i64,
    batch: Batch,
    rollup: Option<NewJob>,
}

/// The reading side of an upload: numbers and checks each message, keeps
/// the stream's limits, validates its records against the caller's devices
/// (read again when a record names one this side does not know: a device
/// registered while the stream is open is allowed), and makes the valid
/// ones ready to write.
struct Batches<'a> {
    uploader: &'a Uploader,
    ingest: Ingest,
    user_id: Uuid,
    named: bool,
    /// The last batch an earlier attempt of this upload stored (-1: none).
    committed: i64,
    devices: HashSet<Uuid>,
    last_index: Option<i64>,
    records_seen: u64,
    skipped: i64,
    rejections: Vec<pb::RejectedRecord>,
}

impl Batches<'_> {
    async fn step(&mut self, message: pb::UploadUsageRequest) -> Result<Step, Status> {
        // Without an upload id the server numbers the batches itself.
        let index = match (self.named, self.last_index) {
            (false, last) => last.map_or(0, |l| l + 1),
            (true, Some(last)) if message.batch_index != last + 1 => {
                let mut v = FieldViolations::new();
                v.add(
                    "batch_index",
                    format!("must be {} (one more than the previous batch)", last + 1),
                );
                return Err(UsageError::from(v).into());
            }
            (true, _) => message.batch_index,
        };
        self.last_index = Some(index);
        if message.records.len() > MAX_UPLOAD_BATCH {
            let mut v = FieldViolations::new();
            v.add(
                "records",
                format!("batch {index} has more than {MAX_UPLOAD_BATCH} records"),
            );
            return Err(UsageError::from(v).into());
        }
        self.records_seen += message.records.len() as u64;
        if self.records_seen > self.uploader.max_upload_records {
            return Err(UsageError::UploadTooLong {
                limit: self.uploader.max_upload_records,
            }
            .into());
        }
        if index <= self.committed {
            self.skipped += 1;
            return Ok(Step::Skip);
        }
        let checks = Checks {
            devices: &self.devices,
            now: Utc::now(),
        };
        let (mut valid, mut rejected) = check_batch(&checks, index, &message.records, &mut Vec::new());
        if rejected > 0 {
            let mut conn = crate::db::conn(&self.uploader.pool).await?;
            self.devices = own_devices(&mut conn, self.user_id).await?;
            let checks = Checks {
                devices: &self.devices,
                now: Utc::now(),
            };
            (valid, rejected) = check_batch(&checks, index, &message.records, &mut self.rejections);
        }
        drop(message);
        let rollup = touched_days(&valid).map(|days| (self.uploader.after_upload)(self.user_id, days, Utc::now()));
        let batch = self.ingest.prepare(&valid, rejected).await.map_err(UsageError::from)?;
        Ok(Step::Store(Box::new(Ready { index, batch, rollup })))
    }

    /// Reads the stream's next message and checks it; None at its end.
    async fn next(&mut self, stream: &mut Streaming<pb::UploadUsageRequest>) -> Result<Option<Step>, Status> {
        match stream.message().await? {
            Some(message) => self.step(message).await.map(Some),
            None => Ok(None),
        }
    }
}

/// The client-streaming upload: one transaction per batch, the next
/// message read and checked while a batch is stored (at most two in
/// memory, so memory stays flat however long the stream is, and the
/// server's work on one batch overlaps the database's on the other). Each
/// batch that changed usage enqueues, in its transaction, the analytics
/// rollup of its days; the batches of one minute share one rollup.
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
    let devices = own_devices(&mut conn, caller.user_id).await?;
    let committed = match &upload_id {
        Some(id) => repo::open_upload(&mut conn, caller.user_id, id)
            .await
            .map_err(UsageError::from)?,
        None => -1,
    };
    drop(conn);

    let mut batches = Batches {
        uploader,
        ingest: uploader.ingest(caller.user_id),
        user_id: caller.user_id,
        named: upload_id.is_some(),
        committed,
        devices,
        last_index: None,
        records_seen: 0,
        skipped: 0,
        rejections: Vec::new(),
    };
    let writer = batches.ingest.writer();
    let mut totals = Counts::default();
    let mut step = Some(batches.step(first).await?);
    while let Some(current) = step {
        let store = async {
            let Step::Store(ready) = current else {
                return Ok(Counts::default());
            };
            let Ready { index, batch, rollup } = *ready;
            let mark = upload_id.as_deref().map(|upload_id| UploadMark {
                upload_id,
                batch_index: index,
            });
            writer.write(&batch, mark, rollup.as_ref()).await
        };
        // The batch's outcome comes first, as if the next were read after it.
        let (stored, next) = tokio::join!(store, batches.next(stream));
        totals.add(stored.map_err(UsageError::from)?);
        step = next?;
    }
    Ok(pb::UploadUsageResponse {
        upload_id: upload_id.unwrap_or_default(),
        counts: Some(totals.into()),
        rejections: batches.rejections,
        last_batch_index: batches.last_index.unwrap_or(-1),
        skipped_batches: batches.skipped,
        new_apps: batches.ingest.new_apps as i64,
    })
}
