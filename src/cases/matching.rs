//! Processing a case photo for the matcher: a job per photo, run before
//! others by its case's priority, with retries, that decodes the stored
//! bytes and keeps the built-in matcher's features ([`super::visual`]); and
//! the search of every processed photo for the ones most like a probe.

use std::time::Duration;

use diesel_async::AsyncPgConnection;
use serde::{Deserialize, Serialize};
use serde_json::json;
use tokio::io::AsyncReadExt;
use uuid::Uuid;

use super::model::Priority;
use super::repo;
use super::store::{FolderStore, ImageStore};
use crate::error::DbError;
use crate::jobs::{JobContext, JobError, JobResult, Kind};

pub const FEATURES_JOB: Kind<ImageJob> = Kind::new("case_image_features");
/// The built-in matcher's name, kept beside the features it made.
pub const MATCHER: &str = "visual-v1";
pub const ATTEMPTS: i32 = 3;
pub const BACKOFF: Duration = Duration::from_secs(30);

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ImageJob {
    pub image_id: Uuid,
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

/// Decodes `bytes` and computes the matcher's features (CPU work).
pub fn features_of(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let (img, _) = super::photo::decode(bytes)?;
    Ok(super::visual::features(&img))
}

pub async fn features_job(ctx: JobContext, payload: ImageJob) -> JobResult {
    let mut conn = crate::db::conn(&ctx.state.pool).await?;
    let image = match repo::image(&mut conn, payload.image_id).await {
        Ok(image) => image,
        Err(DbError::NotFound) => return Ok(Some(json!({ "skipped": "image deleted" }))),
        Err(err) => return Err(err.into()),
    };
    drop(conn);
    let store = FolderStore::new(ctx.state.config.case_image_dir());
    let made = async {
        let mut bytes = Vec::new();
        let mut file = store.open(&image.storage_key).await.map_err(|e| e.to_string())?;
        file.read_to_end(&mut bytes).await.map_err(|e| e.to_string())?;
        super::photo::limited(bytes, features_of).await
    }
    .await;
    let mut conn = crate::db::conn(&ctx.state.pool).await?;
    match made {
        Ok(features) => {
            repo::set_features(&mut conn, image.id, &features, MATCHER).await?;
            Ok(Some(json!({ "matcher": MATCHER, "bytes": features.len() })))
        }
        Err(reason) => {
            if ctx.job.attempts >= ctx.job.max_attempts {
                repo::image_failed(&mut conn, image.id, &reason).await?;
            }
            Err(JobError::Failed(reason))
        }
    }
}

/// One photo like the probe.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub image_id: Uuid,
    pub case_id: Uuid,
    pub score: f32,
}

/// The `k` processed photos most like `probe`, best first.
pub fn rank(probe: &[u8], stored: &[(Uuid, Uuid, Vec<u8>)], k: usize) -> Vec<Hit> {
    let mut hits: Vec<Hit> = (stored.iter())
        .filter_map(|(image_id, case_id, features)| {
            let score = super::visual::similarity(probe, features)?;
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
