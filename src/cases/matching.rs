//! Processing photos for the matcher: a job per case photo (run before
//! others by its case's priority) and per sighting, with retries, that
//! keeps the configured matcher's features and proposes candidate matches:
//! a sighting against open cases' photos, a case photo against sightings
//! and other open cases' photos. New candidates notify investigators.

use std::sync::Arc;
use std::time::Duration;

use diesel_async::{AsyncConnection, AsyncPgConnection};
use serde::{Deserialize, Serialize};
use serde_json::json;
use tokio::io::AsyncReadExt;
use uuid::Uuid;

use super::match_repo::{self, NewMatch};
use super::matcher::{MatchError, Matcher};
use super::model::{CaseStatus, Priority};
use super::repo::{self, Viewer};
use super::store::{FolderStore, ImageStore};
use crate::error::DbError;
use crate::jobs::{JobContext, JobError, JobResult, Kind};
use crate::notify::{self, Notice};

pub const FEATURES_JOB: Kind<ImageJob> = Kind::new("case_image_features");
pub const SIGHTING_JOB: Kind<SightingJob> = Kind::new("case_sighting_features");
pub const ATTEMPTS: i32 = 3;
pub const BACKOFF: Duration = Duration::from_secs(30);
/// Candidates proposed for one photo at most (the best ones): a photo like
/// hundreds of others says more about the matcher than about the case.
const MAX_CANDIDATES: usize = 20;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ImageJob {
    pub image_id: Uuid,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SightingJob {
    pub sighting_id: Uuid,
}

/// Queues the photo's processing, ahead of lower-priority cases' photos.
pub async fn enqueue(conn: &mut AsyncPgConnection, image_id: Uuid, priority: &str) -> Result<(), DbError> {
    let mut job = (FEATURES_JOB.job(&ImageJob { image_id }))
        .unique(format!("case_image:{image_id}:features"))
        .attempts(ATTEMPTS);
    job.priority = match Priority::from_stored(priority) {
        Some(Priority::High) => 2,
        Some(Priority::Normal) | None => 1,
        Some(Priority::Low) => 0,
    };
    crate::jobs::queue::enqueue(conn, job).await?;
    Ok(())
}

/// Queues a sighting's processing, with high-priority cases' photos: a
/// sighting is news about someone missing now.
pub async fn enqueue_sighting(conn: &mut AsyncPgConnection, sighting_id: Uuid) -> Result<(), DbError> {
    let mut job = (SIGHTING_JOB.job(&SightingJob { sighting_id }))
        .unique(format!("case_sighting:{sighting_id}:features"))
        .attempts(ATTEMPTS);
    job.priority = 2;
    crate::jobs::queue::enqueue(conn, job).await?;
    Ok(())
}

/// One photo like the probe.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub image_id: Uuid,
    pub case_id: Uuid,
    pub score: f32,
}

/// The `k` photos most like `probe`, best first.
pub fn rank(matcher: &dyn Matcher, probe: &[u8], stored: &[(Uuid, Uuid, Vec<u8>)], k: usize) -> Vec<Hit> {
    let mut hits: Vec<Hit> = (stored.iter())
        .filter_map(|(image_id, case_id, features)| {
            let score = matcher.similarity(probe, features)?;
            Some(Hit {
                image_id: *image_id,
                case_id: *case_id,
                score,
            })
        })
        .collect();
    hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.image_id.cmp(&b.image_id)));
    hits.truncate(k);
    hits
}

/// The candidates among `stored`: from the threshold on, the best first.
async fn candidates(
    matcher: &Arc<dyn Matcher>,
    probe: &[u8],
    stored: Vec<(Uuid, Uuid, Vec<u8>)>,
) -> Result<Vec<Hit>, JobError> {
    let (matcher, probe) = (matcher.clone(), probe.to_vec());
    let hits = tokio::task::spawn_blocking(move || {
        let threshold = matcher.threshold();
        let mut hits = rank(&*matcher, &probe, &stored, MAX_CANDIDATES);
        hits.retain(|h| h.score >= threshold);
        hits
    })
    .await
    .map_err(|e| JobError::Failed(format!("ranking stopped: {e}")))?;
    Ok(hits)
}

async fn read(store: &FolderStore, key: &str) -> Result<Vec<u8>, MatchError> {
    let mut bytes = Vec::new();
    let mut file = (store.open(key).await).map_err(|e| MatchError::Transient(format!("cannot read {key}: {e}")))?;
    (file.read_to_end(&mut bytes).await).map_err(|e| MatchError::Transient(format!("cannot read {key}: {e}")))?;
    Ok(bytes)
}

/// Photos and sightings are compared and their features stored one at a
/// time: a photo and a sighting processed at once would otherwise each
/// miss the other (neither yet stored when the other looks).
async fn lock_proposals(conn: &mut AsyncPgConnection) -> Result<(), DbError> {
    use diesel_async::SimpleAsyncConnection;
    conn.batch_execute("SELECT pg_advisory_xact_lock(hashtext('case_matches:propose'))")
        .await?;
    Ok(())
}

/// Stores new matches and tells every investigator of each.
async fn propose_all(conn: &mut AsyncPgConnection, matches: &[NewMatch<'_>]) -> Result<usize, DbError> {
    let investigators = match_repo::investigators(conn).await?;
    let mut proposed = 0;
    for m in matches {
        let Some(id) = match_repo::propose(conn, m).await? else {
            continue;
        };
        proposed += 1;
        for user_id in &investigators {
            let data = json!({ "match_id": id, "case_id": m.case_id, "score": m.score });
            let notice = Notice::new(
                *user_id,
                "case_match_candidate",
                "A possible match for a missing-person case",
                data,
            )
            .dedupe(format!("case_match:{id}"));
            notify::emit(conn, notice).await?;
        }
    }
    Ok(proposed)
}

/// A failed attempt: final (and recorded) when retrying cannot help or
/// this was the last try.
fn failed(ctx: &JobContext, err: MatchError) -> (Option<String>, JobError) {
    let last = ctx.job.attempts >= ctx.job.max_attempts;
    let reason = err.to_string();
    let record = (matches!(err, MatchError::Unusable(_)) || last).then(|| reason.clone());
    (record, JobError::Failed(reason))
}

pub async fn features_job(ctx: JobContext, payload: ImageJob) -> JobResult {
    let matcher = super::matcher::from_config(&ctx.config.cases);
    let mut conn = crate::db::conn(&ctx.pool).await?;
    let image = match repo::image(&mut conn, payload.image_id).await {
        Ok(image) => image,
        Err(DbError::NotFound) => return Ok(Some(json!({ "skipped": "image deleted" }))),
        Err(err) => return Err(err.into()),
    };
    drop(conn);
    let store = FolderStore::new(ctx.config.case_image_dir());
    let made = match read(&store, &image.storage_key).await {
        Ok(bytes) => matcher.features(bytes, &image.mime_type).await,
        Err(err) => Err(err),
    };
    let mut conn = crate::db::conn(&ctx.pool).await?;
    let features = match made {
        Ok(features) => features,
        Err(err) => {
            let (record, err) = failed(&ctx, err);
            if let Some(reason) = record {
                repo::image_failed(&mut conn, image.id, &reason).await?;
                return Ok(Some(json!({ "failed": reason })));
            }
            return Err(err);
        }
    };
    let case = repo::visible(&mut conn, Viewer::All, image.case_id).await?;
    let name = matcher.name();
    let proposed = conn
        .transaction::<_, JobError, _>(async |conn| {
            lock_proposals(conn).await?;
            let mut hits = Vec::new();
            if case.status == CaseStatus::Open.as_str() {
                let sightings = match_repo::processed_sightings(conn, name).await?;
                let stored = sightings.into_iter().map(|(id, f)| (id, Uuid::nil(), f)).collect();
                let others = match_repo::open_case_features(conn, name).await?;
                let others = others
                    .into_iter()
                    .filter(|(_, case_id, _)| *case_id != image.case_id)
                    .collect();
                hits.extend(candidates(&matcher, &features, stored).await?);
                hits.extend(candidates(&matcher, &features, others).await?);
            }
            let matches: Vec<NewMatch> = (hits.iter())
                .map(|hit| NewMatch {
                    case_id: image.case_id,
                    case_image_id: image.id,
                    // Sightings have no case (the nil id marks them here).
                    sighting_id: hit.case_id.is_nil().then_some(hit.image_id),
                    other_image_id: (!hit.case_id.is_nil()).then_some(hit.image_id),
                    score: hit.score,
                    matcher: name,
                })
                .collect();
            repo::set_features(conn, image.id, &features, name).await?;
            Ok(propose_all(conn, &matches).await?)
        })
        .await?;
    Ok(Some(
        json!({ "matcher": name, "bytes": features.len(), "proposed": proposed }),
    ))
}

pub async fn sighting_job(ctx: JobContext, payload: SightingJob) -> JobResult {
    let matcher = super::matcher::from_config(&ctx.config.cases);
    let mut conn = crate::db::conn(&ctx.pool).await?;
    let sighting = match match_repo::sighting(&mut conn, payload.sighting_id).await {
        Ok(sighting) => sighting,
        Err(DbError::NotFound) => return Ok(Some(json!({ "skipped": "sighting deleted" }))),
        Err(err) => return Err(err.into()),
    };
    drop(conn);
    let store = FolderStore::new(ctx.config.case_image_dir());
    let made = match read(&store, &sighting.storage_key).await {
        Ok(bytes) => matcher.features(bytes, &sighting.mime_type).await,
        Err(err) => Err(err),
    };
    let mut conn = crate::db::conn(&ctx.pool).await?;
    let features = match made {
        Ok(features) => features,
        Err(err) => {
            let (record, err) = failed(&ctx, err);
            if let Some(reason) = record {
                match_repo::sighting_failed(&mut conn, sighting.id, &reason).await?;
                return Ok(Some(json!({ "failed": reason })));
            }
            return Err(err);
        }
    };
    let name = matcher.name();
    let proposed = conn
        .transaction::<_, JobError, _>(async |conn| {
            lock_proposals(conn).await?;
            let stored = match_repo::open_case_features(conn, name).await?;
            let hits = candidates(&matcher, &features, stored).await?;
            let matches: Vec<NewMatch> = (hits.iter())
                .map(|hit| NewMatch {
                    case_id: hit.case_id,
                    case_image_id: hit.image_id,
                    sighting_id: Some(sighting.id),
                    other_image_id: None,
                    score: hit.score,
                    matcher: name,
                })
                .collect();
            match_repo::sighting_features(conn, sighting.id, &features, name).await?;
            Ok(propose_all(conn, &matches).await?)
        })
        .await?;
    Ok(Some(
        json!({ "matcher": name, "bytes": features.len(), "proposed": proposed }),
    ))
}
