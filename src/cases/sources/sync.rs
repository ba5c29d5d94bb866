//! A sync: every row of a source mapped into a case ([`super::rows`]),
//! and that case created, updated or left alone by the row's key.
//! SyncNow and the schedule run the same [`run`]; a session lock keeps
//! two syncs of one source from overlapping, across replicas too.

use std::collections::{HashMap, HashSet};
use std::panic::AssertUnwindSafe;

use chrono::Utc;
use diesel_async::{AsyncConnection, AsyncPgConnection};
use futures::FutureExt;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::connector::{self, Failure, Pulled, Reader};
use super::crypto::SealKey;
use super::model::{Mapping, QueryPurpose, SourceRow, SyncRow, SyncStatus, SyncTrigger, MAX_ERRORS};
use super::repo::{self, Tally};
use super::rows::{case_fields, source_key};
use super::SourcesError;
use crate::audit::{self, AuditEntry};
use crate::cases::model::{CaseFields, CaseRow, CaseStatus};
use crate::db::Pool;
use crate::error::DbError;
use crate::jobs::{JobContext, JobError, JobResult, Kind, SystemSlot, When};
use crate::proto::cases::v1 as pb;

/// One scheduled sync of a source.
pub const SYNC_JOB: Kind<SourceJob> = Kind::new("case_source_sync");
/// Finds the sources whose schedule has come due and enqueues their syncs.
pub const DUE_JOB: Kind<SystemSlot> = Kind::new("case_source_due");
/// How often [`DUE_JOB`] runs: the finest schedule a source may have.
pub const DUE_EVERY: When = When::Every { minutes: 15 };

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SourceJob {
    pub source_id: Uuid,
}

/// Who asked for a sync.
#[derive(Debug, Clone)]
pub enum Requester {
    /// SyncNow, by an admin from an address.
    Admin {
        user_id: Uuid,
        peer: String,
    },
    Schedule,
}

impl Requester {
    fn trigger(&self) -> SyncTrigger {
        match self {
            Requester::Admin { .. } => SyncTrigger::Manual,
            Requester::Schedule => SyncTrigger::Scheduled,
        }
    }

    fn reader(&self) -> Reader {
        let user_id = match self {
            Requester::Admin { user_id, .. } => Some(*user_id),
            Requester::Schedule => None,
        };
        Reader {
            user_id,
            purpose: QueryPurpose::Sync,
        }
    }

    fn entry(&self, case_id: Uuid) -> AuditEntry {
        let entry = AuditEntry::new("case.sync", "case", case_id);
        match self {
            Requester::Admin { user_id, peer } => entry.actor(*user_id).ip(peer.as_str()),
            Requester::Schedule => entry,
        }
    }
}

/// Syncs the source and returns its finished log: FAILED when the source
/// could not be read. Runs as a task of its own, so a caller that goes
/// away (a client hanging up) cannot cut it short between its lock and
/// its unlock.
pub async fn run(pool: Pool, key: SealKey, source_id: Uuid, by: Requester) -> Result<SyncRow, SourcesError> {
    (tokio::spawn(async move { guarded(&pool, &key, source_id, &by).await }).await)
        .map_err(|e| SourcesError::Aborted(e.to_string()))?
}

/// Takes the source's lock, syncs, and releases the lock whatever
/// happened, a panic included.
async fn guarded(pool: &Pool, key: &SealKey, source_id: Uuid, by: &Requester) -> Result<SyncRow, SourcesError> {
    let mut conn = crate::db::conn(pool).await?;
    let source = repo::source(&mut conn, source_id)
        .await
        .map_err(SourcesError::or_missing)?;
    if !source.enabled {
        return Err(SourcesError::Disabled);
    }
    if !repo::try_lock(&mut conn, source_id).await? {
        return Err(SourcesError::SyncUnderWay);
    }
    let synced = AssertUnwindSafe(locked(&mut conn, key, source, by))
        .catch_unwind()
        .await;
    if let Err(error) = repo::unlock(&mut conn, source_id).await {
        // A broken connection ends its session, and the lock with it.
        tracing::warn!(%error, %source_id, "could not release a source's sync lock");
    }
    synced.map_err(|_| SourcesError::Aborted("the sync panicked".into()))?
}

/// The sync itself, under the source's lock.
async fn locked(
    conn: &mut AsyncPgConnection,
    key: &SealKey,
    source: SourceRow,
    by: &Requester,
) -> Result<SyncRow, SourcesError> {
    repo::end_interrupted(conn, source.id).await?;
    let log = repo::start_sync(conn, source.id, by.trigger()).await?;
    let (spec, rows) = match connector::pull(conn, key, &source, by.reader()).await {
        Ok(pulled) => pulled,
        Err(Failure::Source(problem)) => {
            tracing::info!(source_id = %source.id, %problem, "a source could not be read");
            let tally = Tally {
                errors: vec![problem.to_string()],
                ..Tally::default()
            };
            return Ok(repo::finish_sync(conn, log.id, source.id, SyncStatus::Failed, &tally).await?);
        }
        Err(Failure::Db(err)) => return Err(abandon(conn, &log, err).await),
    };
    match apply(conn, source.id, &spec.mapping, rows, by).await {
        Ok(tally) => {
            tracing::info!(
                source_id = %source.id,
                pulled = tally.pulled,
                created = tally.created,
                updated = tally.updated,
                skipped = tally.skipped,
                "source synced"
            );
            Ok(repo::finish_sync(conn, log.id, source.id, SyncStatus::Succeeded, &tally).await?)
        }
        Err(err) => Err(abandon(conn, &log, err).await),
    }
}

/// Ends the log of a sync that Kith's own database cut short, if it still
/// can, and passes the error on.
async fn abandon(conn: &mut AsyncPgConnection, log: &SyncRow, err: DbError) -> SourcesError {
    let tally = Tally {
        errors: vec!["stopped: Kith's database failed during the sync".into()],
        ..Tally::default()
    };
    if let Err(error) = repo::finish_sync(conn, log.id, log.source_id, SyncStatus::Failed, &tally).await {
        tracing::warn!(%error, sync_id = %log.id, "could not finish a failed sync's log");
    }
    SourcesError::Db(err)
}

impl Tally {
    fn skip(&mut self, problem: String) {
        self.skipped += 1;
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(problem);
        }
    }
}

/// Writes the rows into cases: each created or changed case with its
/// audit event in one transaction. A case closed or found in Kith is left
/// as it is; cases whose row left the source stay too.
async fn apply(
    conn: &mut AsyncPgConnection,
    source_id: Uuid,
    mapping: &Mapping,
    rows: Vec<Pulled>,
    by: &Requester,
) -> Result<Tally, DbError> {
    let mut stored: HashMap<String, CaseRow> = repo::synced_cases(conn, source_id).await?.into_iter().collect();
    let mut seen = HashSet::new();
    let mut tally = Tally {
        pulled: rows.len() as i32,
        ..Tally::default()
    };
    let now = Utc::now();
    for (n, row) in rows.into_iter().enumerate() {
        let key = match source_key(row.key.as_deref()) {
            Ok(key) => key,
            Err(problem) => {
                tally.skip(format!("row {}: key: {problem}", n + 1));
                continue;
            }
        };
        if !seen.insert(key.clone()) {
            tally.skip(format!("key {key}: appears more than once"));
            continue;
        }
        let existing = stored.remove(&key);
        if existing.as_ref().is_some_and(|c| c.status != CaseStatus::Open.as_str()) {
            continue;
        }
        let base = existing.clone().map(pb::Case::from).unwrap_or_default();
        let fields = match case_fields(mapping, base, &row.values, now) {
            Ok(fields) => fields,
            Err(problems) => {
                tally.skip(format!("key {key}: {problems}"));
                continue;
            }
        };
        match existing {
            None => {
                conn.transaction::<_, DbError, _>(async |conn| {
                    let case = repo::insert_case(conn, source_id, &key, &fields).await?;
                    audit::record(
                        conn,
                        by.entry(case.id).meta("source_id", source_id).meta("change", "created"),
                    )
                    .await
                })
                .await?;
                tally.created += 1;
            }
            Some(case) if unchanged(&case, &fields) => {}
            Some(case) => {
                let changed = conn
                    .transaction::<_, DbError, _>(async |conn| {
                        // None: closed or found since it was read.
                        let Some(case) = crate::cases::repo::update(conn, case.id, &fields).await? else {
                            return Ok(false);
                        };
                        audit::record(
                            conn,
                            by.entry(case.id).meta("source_id", source_id).meta("change", "updated"),
                        )
                        .await?;
                        Ok(true)
                    })
                    .await?;
                tally.updated += i32::from(changed);
            }
        }
    }
    Ok(tally)
}

/// Whether writing `fields` would change the stored case.
fn unchanged(case: &CaseRow, fields: &CaseFields) -> bool {
    case.full_name == fields.full_name
        && case.aliases.iter().flatten().eq(fields.aliases.iter())
        && case.date_of_birth == fields.date_of_birth
        && case.age == fields.age
        && case.gender.as_deref() == fields.gender
        && case.height_cm == fields.height_cm
        && case.last_seen_at == fields.last_seen_at
        && case.last_seen_place == fields.last_seen_place
        && case.last_seen_lat == fields.last_seen_lat
        && case.last_seen_lng == fields.last_seen_lng
        && case.description == fields.description
        && case.priority == fields.priority
}

pub async fn sync_job(ctx: JobContext, job: SourceJob) -> JobResult {
    let key = SealKey::of(&ctx.config, &ctx.hash_key).map_err(|e| JobError::Failed(e.to_string()))?;
    match run(ctx.pool.clone(), key, job.source_id, Requester::Schedule).await {
        Ok(log) => Ok(Some(json!({
            "sync_id": log.id,
            "status": log.status,
            "pulled": log.pulled,
            "created": log.created,
            "updated": log.updated,
            "skipped": log.skipped,
        }))),
        Err(SourcesError::NotFound) => Ok(Some(json!({ "skipped": "the source was deleted" }))),
        Err(SourcesError::Disabled) => Ok(Some(json!({ "skipped": "the source is disabled" }))),
        Err(SourcesError::SyncUnderWay) => Ok(Some(json!({ "skipped": "a sync was under way" }))),
        Err(SourcesError::Db(err)) => Err(err.into()),
        Err(other) => Err(JobError::Failed(other.to_string())),
    }
}

/// Enqueues a sync of each source that has come due, once per source and
/// slot however often this runs.
pub async fn due_job(ctx: JobContext, _: SystemSlot) -> JobResult {
    let slot = DUE_EVERY.slot_key(Utc::now().naive_utc());
    let mut conn = crate::db::conn(&ctx.pool).await?;
    let due = repo::due(&mut conn).await?;
    let mut enqueued = 0;
    for source_id in &due {
        let job = (SYNC_JOB.job(&SourceJob { source_id: *source_id }))
            .unique(format!("{}:{source_id}:{slot}", SYNC_JOB.name))
            .attempts(3);
        enqueued += usize::from(crate::jobs::enqueue(&mut conn, job).await?.is_some());
    }
    Ok(Some(json!({ "due": due.len(), "enqueued": enqueued })))
}
