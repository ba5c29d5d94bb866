//! Every job kind Kith runs, with its handler and its schedules: the one
//! place that knows all domains' background work. The jobs engine itself
//! knows none of them.

use std::time::Duration;

use chrono::{Utc, Weekday};
use serde_json::json;

use crate::jobs::{JobContext, JobEnv, JobKind, JobResult, Kind, Registry, Schedule, SystemSlot, When};
use crate::state::AppState;
use crate::{analytics, cases, coaching, conversations, engagement, notify, personas, privacy, social, usage};

/// What handlers run with, taken from the process's state: the pool, the AI
/// gateway, the settings and the keyed-hash key, and nothing else of it.
impl From<&AppState> for JobEnv {
    fn from(state: &AppState) -> Self {
        JobEnv {
            pool: state.pool.clone(),
            ai: state.ai.clone(),
            config: std::sync::Arc::new(state.config.clone()),
            hash_key: state.hash_key,
        }
    }
}

impl From<std::sync::Arc<AppState>> for JobEnv {
    fn from(state: std::sync::Arc<AppState>) -> Self {
        JobEnv::from(&*state)
    }
}

/// The weekly retention sweep.
pub const CLEANUP: Kind<SystemSlot> = Kind::new("cleanup");

/// The registry with the default settings.
pub fn registry() -> Registry {
    registry_for(&crate::config::Config::default())
}

/// The registry `kith serve` and `kith worker` run.
pub fn registry_for(config: &crate::config::Config) -> Registry {
    let minute = Duration::from_secs(60);
    let registry = personas::saga::register(Registry::new(), config.personas.step_backoff);
    registry
        .register(JobKind::new(CLEANUP, cleanup))
        .register(JobKind::new(usage::detection::JOB, usage::detection::job))
        .register(JobKind::new(analytics::rollup::JOB, analytics::rollup::job))
        .register(
            JobKind::new(
                conversations::scheduled::DAILY_CONVERSATION,
                conversations::scheduled::daily_conversation,
            )
            .backoff(minute),
        )
        .register(
            JobKind::new(
                conversations::scheduled::NIGHTLY_JOURNALS,
                conversations::scheduled::nightly_journals,
            )
            .backoff(minute)
            .lease(5 * minute),
        )
        .register(JobKind::new(social::visits::CONVERSATION_JOB, social::visits::conversation_job).backoff(minute))
        .register(JobKind::new(social::challenges::FINISH_JOB, social::challenges::finish_job))
        .register(
            JobKind::new(notify::webhooks::deliver::DELIVER, notify::webhooks::deliver::job)
                .backoff(Duration::from_secs(30)),
        )
        .register(
            JobKind::new(notify::push::deliver::DELIVER, notify::push::deliver::job).backoff(Duration::from_secs(30)),
        )
        .register(
            JobKind::new(privacy::deletion::ERASE_JOB, privacy::deletion::erase_job)
                .backoff(minute)
                .lease(5 * minute),
        )
        .register(JobKind::new(engagement::RUN_JOB, engagement::run_job).backoff(minute).lease(10 * minute))
        .register(JobKind::new(engagement::PROFILES_JOB, engagement::profiles_job).backoff(minute).lease(10 * minute))
        .register(JobKind::new(coaching::plan::JOB, coaching::plan::job).backoff(Duration::from_secs(10)))
        .register(JobKind::new(coaching::suggestions::JOB, coaching::suggestions::job).backoff(minute))
        .register(JobKind::new(coaching::feed::REVIEW_JOB, coaching::feed::review_job).backoff(minute))
        .register(JobKind::new(coaching::feed::REMINDER_JOB, coaching::feed::reminder_job))
        .register(JobKind::new(coaching::feed::MONTHLY_JOB, coaching::feed::monthly_job))
        .register(JobKind::new(coaching::rollups::ADHERENCE_JOB, coaching::rollups::adherence_job).lease(10 * minute))
        .register(JobKind::new(coaching::rollups::RISK_JOB, coaching::rollups::risk_job).lease(10 * minute))
        .register(JobKind::new(coaching::export::JOB, coaching::export::job).backoff(minute).lease(10 * minute))
        .register(JobKind::new(cases::CLEANUP_JOB, cases::cleanup_job).backoff(minute).lease(10 * minute))
        .register(
            JobKind::new(cases::matching::FEATURES_JOB, cases::matching::features_job)
                .backoff(cases::matching::BACKOFF),
        )
        .register(
            JobKind::new(cases::matching::SIGHTING_JOB, cases::matching::sighting_job)
                .backoff(cases::matching::BACKOFF),
        )
        .register(
            JobKind::new(cases::sources::SYNC_JOB, cases::sources::sync_job)
                .backoff(minute)
                .lease(10 * minute),
        )
        .register(JobKind::new(cases::sources::DUE_JOB, cases::sources::due_job))
        // The product's schedules (the seed's Celery beat).
        .schedule(Schedule::each_user(
            "daily_conversation",
            When::Daily { at: (6, 0) },
            conversations::scheduled::DAILY_CONVERSATION,
            "a conversation between each active user's devices and apps about yesterday",
        ))
        .schedule(Schedule::each_user(
            "nightly_journals",
            When::Daily { at: (23, 0) },
            conversations::scheduled::NIGHTLY_JOURNALS,
            "journals for every active device and the 50 most used apps",
        ))
        .schedule(Schedule::each_user(
            "pattern_detection",
            When::Daily { at: (0, 30) },
            usage::detection::JOB,
            "usage pattern detection",
        ))
        .schedule(Schedule::each_user(
            "analytics",
            When::Daily { at: (1, 0) },
            analytics::rollup::JOB,
            "daily analytics rollups",
        ))
        .schedule(Schedule::each_user(
            "coaching_reminder",
            When::Daily { at: (7, 0) },
            coaching::feed::REMINDER_JOB,
            "a notification of the coaching habits due today",
        ))
        .schedule(Schedule::each_user(
            "coaching_weekly_review",
            When::Weekly {
                day: Weekday::Mon,
                at: (9, 0),
            },
            coaching::feed::REVIEW_JOB,
            "the AI coach's weekly review of each member with a mentor, posted to the cohort feed",
        ))
        .schedule(Schedule::each_user(
            "coaching_monthly_report",
            When::Monthly { day: 1, at: (9, 0) },
            coaching::feed::MONTHLY_JOB,
            "last month's coaching completion, as a notification",
        ))
        .schedule(Schedule::each_user(
            "coaching_suggestions",
            When::Weekly {
                day: Weekday::Wed,
                at: (10, 0),
            },
            coaching::suggestions::JOB,
            "a suggested change to each active coaching goal's plan",
        ))
        .schedule(Schedule::system(
            "coaching_adherence_rollups",
            When::Every { minutes: 6 * 60 },
            coaching::rollups::ADHERENCE_JOB,
            "each coaching member's adherence windows and streaks, rolled up to their today",
        ))
        .schedule(Schedule::system(
            "coaching_risk_rollups",
            When::Every { minutes: 4 * 60 },
            coaching::rollups::RISK_JOB,
            "each coaching member's risk inputs, rolled up to their today",
        ))
        .schedule(Schedule::system(
            "coaching_warehouse_export",
            When::Every { minutes: 5 },
            coaching::export::JOB,
            "coaching changes since the last run, as gzip CSV files in the export folder",
        ))
        .schedule(Schedule::system(
            "engagement_run",
            When::Hourly { minute: 5 },
            engagement::RUN_JOB,
            "re-engagement messages to dormant users",
        ))
        .schedule(Schedule::system(
            "engagement_profiles",
            When::Daily { at: (3, 30) },
            engagement::PROFILES_JOB,
            "every engagement profile's segment and churn risk recomputed",
        ))
        .schedule(Schedule::system(
            "cleanup",
            When::Weekly {
                day: Weekday::Sun,
                at: (2, 0),
            },
            CLEANUP,
            "removes what is past its retention (usage, patterns, AI records, jobs, notifications, tokens, login attempts) and erases overdue account deletions",
        ))
        .schedule(Schedule::system(
            "cases_image_cleanup",
            When::Daily { at: (2, 0) },
            cases::CLEANUP_JOB,
            "removes case photo files no case holds and uploads that were never finished",
        ))
        .schedule(Schedule::system(
            "case_sources_sync",
            cases::sources::DUE_EVERY,
            cases::sources::DUE_JOB,
            "enqueues a sync of each enabled external source whose interval has passed",
        ))
        .schedule(Schedule::system(
            "finish_challenges",
            When::Daily { at: (2, 30) },
            social::challenges::FINISH_JOB,
            "sends the final ranks of challenges whose last day is over everywhere",
        ))
}

/// Weekly retention: raw usage past its retention, resolved patterns past
/// theirs, login attempts past theirs (never inside the login window), what
/// the data-rights settings bound, and closed accounts whose erasure is
/// overdue.
async fn cleanup(ctx: JobContext, _: SystemSlot) -> JobResult {
    use chrono::Duration;
    let config = &ctx.config;
    let usage_before = Utc::now().date_naive() - Duration::days(i64::from(config.usage_retention_days));
    let patterns_before = Utc::now() - Duration::days(i64::from(config.pattern_retention_days));
    let mut conn = crate::db::conn(&ctx.pool).await?;
    let (daily, sessions, patterns) = usage::repo::cleanup(&mut conn, usage_before, patterns_before).await?;
    // Attempts count only within the login window.
    let window = Duration::from_std(config.auth.login_window).unwrap_or_else(|_| Duration::days(1));
    let kept = Duration::days(i64::from(config.data_rights.login_attempt_retention_days));
    let attempts_before = Utc::now() - window.max(kept);
    let attempts = crate::identity::repo::prune_login_attempts(&mut conn, attempts_before).await?;
    let swept = privacy::retention::sweep(&mut conn, &config.data_rights).await?;
    let erased = privacy::deletion::erase_overdue(&mut conn).await?;
    Ok(Some(json!({
        "daily_rows_removed": daily,
        "sessions_removed": sessions,
        "patterns_removed": patterns,
        "login_attempts_removed": attempts,
        "retention": swept,
        "accounts_erased": erased,
    })))
}
