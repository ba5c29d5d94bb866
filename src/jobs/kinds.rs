//! Every job kind Kith runs, with its handler. Domains provide the work;
//! this list is where it is registered.

use chrono::{Duration, Utc};
use serde_json::json;

use super::{JobContext, JobKind, JobResult, Registry};

/// The registry `kith serve` and `kith worker` run.
pub fn registry() -> Registry {
    Registry::new()
        .register(JobKind::new("cleanup", cleanup))
        .register(JobKind::new(
            crate::usage::detection::JOB_KIND,
            crate::usage::detection::job,
        ))
        .register(JobKind::new(
            crate::analytics::rollup::JOB_KIND,
            crate::analytics::rollup::job,
        ))
        .register(
            JobKind::new(
                crate::conversations::scheduled::DAILY_CONVERSATION,
                crate::conversations::scheduled::daily_conversation,
            )
            .backoff(std::time::Duration::from_secs(60)),
        )
        .register(
            JobKind::new(
                crate::conversations::scheduled::NIGHTLY_JOURNALS,
                crate::conversations::scheduled::nightly_journals,
            )
            .backoff(std::time::Duration::from_secs(60))
            .lease(std::time::Duration::from_secs(300)),
        )
        .register(
            JobKind::new(
                crate::social::visits::CONVERSATION_JOB,
                crate::social::visits::conversation_job,
            )
            .backoff(std::time::Duration::from_secs(60)),
        )
        .register(JobKind::new(
            crate::social::challenges::FINISH_JOB,
            crate::social::challenges::finish_job,
        ))
        .register(
            JobKind::new(crate::privacy::deletion::ERASE_JOB, crate::privacy::deletion::erase_job)
                .backoff(std::time::Duration::from_secs(60))
                .lease(std::time::Duration::from_secs(300)),
        )
}

/// Weekly retention: raw usage past its retention, resolved patterns past
/// theirs, login attempts past theirs (never inside the login window), what
/// the data-rights settings bound, and closed accounts whose erasure is
/// overdue.
async fn cleanup(ctx: JobContext) -> JobResult {
    let config = &ctx.state.config;
    let usage_before = Utc::now().date_naive() - Duration::days(i64::from(config.usage_retention_days));
    let patterns_before = Utc::now() - Duration::days(i64::from(config.pattern_retention_days));
    let mut conn = crate::db::conn(&ctx.state.pool).await.map_err(|e| e.to_string())?;
    let (daily, sessions, patterns) = crate::usage::repo::cleanup(&mut conn, usage_before, patterns_before)
        .await
        .map_err(|e| e.to_string())?;
    // Attempts count only within the login window.
    let window = Duration::from_std(config.auth.login_window).unwrap_or_else(|_| Duration::days(1));
    let kept = Duration::days(i64::from(config.data_rights.login_attempt_retention_days));
    let attempts_before = Utc::now() - window.max(kept);
    let attempts = crate::identity::repo::prune_login_attempts(&mut conn, attempts_before)
        .await
        .map_err(|e| e.to_string())?;
    let swept = crate::privacy::retention::sweep(&mut conn, &config.data_rights)
        .await
        .map_err(|e| e.to_string())?;
    let erased = crate::privacy::deletion::erase_overdue(&mut conn)
        .await
        .map_err(|e| e.to_string())?;
    Ok(Some(json!({
        "daily_rows_removed": daily,
        "sessions_removed": sessions,
        "patterns_removed": patterns,
        "login_attempts_removed": attempts,
        "retention": swept,
        "accounts_erased": erased,
    })))
}
