//! Engagement: what users do (activity events), what that says about them
//! (a profile: segment and churn risk), the hourly re-engagement run that
//! messages dormant users, and utility messages backends send. Every
//! message goes out through notifications and is logged with its status
//! history (`kith.engagement.v1`).

mod error;
pub mod grpc;
pub mod model;
mod personal_data;
pub mod repo;
pub mod run;
pub mod templates;
pub mod utility;

use chrono::Utc;
use serde_json::json;

pub use error::EngagementError;

use crate::jobs::{JobContext, JobResult, Kind, SystemSlot};

/// The hourly re-engagement run.
pub const RUN_JOB: Kind<SystemSlot> = Kind::new("engagement_run");
/// The nightly recompute of every profile.
pub const PROFILES_JOB: Kind<SystemSlot> = Kind::new("engagement_profiles");

/// Profiles recomputed per page (one connection held per page).
const PROFILE_PAGE: i64 = 500;

pub async fn run_job(ctx: JobContext, _slot: SystemSlot) -> JobResult {
    let report = run::run(&ctx.pool, &ctx.ai, &ctx.config.engagement, Utc::now(), false).await?;
    Ok(Some(json!({
        "candidates": report.candidates,
        "sent": report.sent,
        "skipped": report.skipped,
        "skipped_by_reason": report.skipped_by_reason,
    })))
}

pub async fn profiles_job(ctx: JobContext, _slot: SystemSlot) -> JobResult {
    let now = Utc::now();
    let mut after = None;
    let mut recomputed = 0usize;
    loop {
        let mut conn = crate::db::conn(&ctx.pool).await?;
        let users = repo::profile_users(&mut conn, after, PROFILE_PAGE).await?;
        let Some(last) = users.last().copied() else { break };
        for user_id in users {
            let clock = crate::identity::clock::clock(&mut conn, user_id).await?;
            repo::recompute(&mut conn, user_id, &clock, now, ctx.config.engagement.inactive_days).await?;
            recomputed += 1;
        }
        after = Some(last);
    }
    Ok(Some(json!({ "recomputed": recomputed })))
}
