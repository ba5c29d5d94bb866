//! The detect_patterns job: reads a user's last [`WINDOW_DAYS`] days of usage
//! in their timezone, runs the detectors of [`super::patterns`] and stores
//! what holds, resolving what no longer does.

use chrono::{Duration, NaiveDate, Utc};
use diesel_async::AsyncPgConnection;
use serde_json::json;
use uuid::Uuid;

use super::patterns::{self, Day, Session, SessionTotals, WINDOW_DAYS};
use super::repo::{self, HeldPattern, Span};
use crate::error::DbError;
use crate::jobs::{JobContext, JobResult, Kind, NewJob, UserDay};

/// The job kind, as schedules and DetectPatterns enqueue it.
pub const JOB: Kind<UserDay> = Kind::new("detect_patterns");

/// What one run found and changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub day: NaiveDate,
    pub held: Vec<&'static str>,
    pub opened: usize,
    pub updated: usize,
    pub resolved: usize,
}

/// A detection for `user_id` now, as DetectPatterns asks for it.
pub fn on_demand(user_id: Uuid, today: NaiveDate) -> NewJob {
    let minute = Utc::now().timestamp() / 60;
    JOB.job(&UserDay {
        user_id,
        day: Some(today),
    })
    .for_user(user_id)
    .unique(format!("{}:{user_id}:{minute}", JOB.name))
}

/// Detects over the window ending on `day` (the user's today when None).
pub async fn detect_for_user(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    day: Option<NaiveDate>,
) -> Result<Outcome, DbError> {
    let clock = crate::identity::clock::clock(conn, user_id).await?;
    let day = day.unwrap_or_else(|| clock.today());
    let span = Span {
        start: day - Duration::days(WINDOW_DAYS - 1),
        end: day,
        timezone: clock.name(),
    };
    let ids = crate::devices::repo::owned_device_ids(conn, user_id).await?;
    let devices = repo::Devices::of(user_id, &ids);
    let days: Vec<Day> = repo::daily_sums(conn, devices, span)
        .await?
        .into_iter()
        .map(|d| Day {
            day: d.day,
            screen_time_ms: d.screen_time_ms,
            unlocks: d.unlocks,
            pickups: d.pickups,
            notifications: d.notifications,
            first_pickup: d.first_pickup_time,
        })
        .collect();
    // Sessions are folded as they arrive, never held: a user with millions
    // of them costs time, not memory. The medians come from SQL.
    let mut sessions = SessionTotals::default();
    repo::each_local_session(conn, devices, span, |s| {
        let session = Session {
            device_id: s.device_id,
            app_id: s.app_id,
            start: s.local_start,
            duration_ms: i64::from(s.duration_ms),
            launches: i64::from(s.launches),
            notifications: i64::from(s.notifications),
            category: s.category,
            personality: s.personality,
        };
        sessions.add(&session);
        sessions.follow(&session);
    })
    .await?;
    for (day, median) in repo::median_session_by_day(conn, devices, span).await? {
        sessions.set_median(day, median);
    }
    let found = patterns::detect_totals(&days, &sessions);
    let held: Vec<HeldPattern> = found
        .iter()
        .map(|p| HeldPattern {
            kind: p.kind.as_str(),
            severity: p.severity,
            confidence: p.confidence,
            metadata: json!(p.metadata),
        })
        .collect();
    let (opened, updated, resolved) = repo::store_detection(conn, user_id, &held).await?;
    Ok(Outcome {
        day,
        held: found.iter().map(|p| p.kind.as_str()).collect(),
        opened,
        updated,
        resolved,
    })
}

/// The job handler: payload `{"user_id", "day"}` (day optional).
pub async fn job(ctx: JobContext, UserDay { user_id, day }: UserDay) -> JobResult {
    let mut conn = crate::db::conn(&ctx.pool).await?;
    let outcome = detect_for_user(&mut conn, user_id, day).await?;
    Ok(Some(json!({
        "day": outcome.day,
        "patterns": outcome.held,
        "opened": outcome.opened,
        "updated": outcome.updated,
        "resolved": outcome.resolved,
    })))
}
