//! Missing-person cases (`kith.cases.v1`): reporters file cases and follow
//! their own and those shared with them, investigators and admins see all;
//! photos are kept in a content-addressed folder, checked from their bytes.
//! Every change, and every read by an investigator or admin, is audited.
//! Photos and sightings from the public are processed by the configured
//! matcher, which proposes candidate matches for investigators to decide.

mod error;
pub mod grpc;
pub mod image_grpc;
pub mod match_grpc;
pub mod match_repo;
pub mod matcher;
pub mod matching;
pub mod model;
mod personal_data;
pub mod photo;
pub mod repo;
pub mod sighting;
pub mod sources;
pub mod store;
pub mod visual;

pub use error::CasesError;

use std::time::Duration;

use serde_json::json;

use crate::jobs::{JobContext, JobResult, Kind, SystemSlot};
use store::ImageStore;

/// The daily removal of photo bytes no case holds and of uploads that were
/// never finished.
pub const CLEANUP_JOB: Kind<SystemSlot> = Kind::new("cases_image_cleanup");

/// Files younger than this may belong to an upload under way.
const CLEANUP_GRACE: Duration = Duration::from_secs(3600);

pub async fn cleanup_job(ctx: JobContext, _: SystemSlot) -> JobResult {
    let store = store::FolderStore::new(ctx.config.case_image_dir());
    let (keys, stale) = store
        .sweep_candidates(CLEANUP_GRACE)
        .await
        .map_err(|e| format!("cannot read the image folder: {e}"))?;
    let mut conn = crate::db::conn(&ctx.pool).await?;
    let mut removed = 0;
    for key in &keys {
        if !repo::key_in_use(&mut conn, key).await? {
            store
                .remove(key)
                .await
                .map_err(|e| format!("cannot remove {key}: {e}"))?;
            removed += 1;
        }
    }
    for path in &stale {
        let _ = tokio::fs::remove_file(path).await;
    }
    Ok(Some(
        json!({ "orphans_removed": removed, "unfinished_removed": stale.len(), "kept": keys.len() - removed }),
    ))
}
