//! The analytics_rollup job: recomputes a user's daily rollups from raw
//! usage for a span of days in their timezone. The nightly run (01:00)
//! covers the last few days; the run after an upload covers the days the
//! upload touched.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use diesel_async::AsyncPgConnection;
use serde_json::json;
use uuid::Uuid;

use super::metrics::Span;
use super::repo::{self, Recomputed};
use crate::error::DbError;
use crate::jobs::{JobContext, JobResult, Kind, NewJob, OnConflict, PerUser};

pub const JOB: Kind<Rollup> = Kind::new("analytics_rollup");

/// A rollup's days: `from` (default: `LOOKBACK_DAYS` before `day`) to `day`
/// (default: the user's today). The daily schedule writes user and day.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Rollup {
    pub user_id: Uuid,
    #[serde(default)]
    pub from: Option<NaiveDate>,
    #[serde(default)]
    pub day: Option<NaiveDate>,
}

impl PerUser for Rollup {}
/// Days before its day that a run without `from` recomputes too: data for
/// the last days may arrive late.
pub const LOOKBACK_DAYS: i64 = 3;
/// The most days one run recomputes (raw usage is kept 90 days).
pub const MAX_SPAN_DAYS: i64 = 400;

/// Recomputes `from` (default: `LOOKBACK_DAYS` before `day`) to `day`
/// (default: the user's today).
pub async fn rollup_for_user(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    from: Option<NaiveDate>,
    day: Option<NaiveDate>,
) -> Result<(Span, Recomputed), DbError> {
    let clock = crate::identity::clock::clock(conn, user_id).await?;
    let day = day.unwrap_or_else(|| clock.today());
    let start = from
        .unwrap_or(day - Duration::days(LOOKBACK_DAYS))
        .clamp(day - Duration::days(MAX_SPAN_DAYS), day);
    let span = Span::new(start, day);
    let done = repo::recompute(conn, user_id, span, clock.name()).await?;
    Ok((span, done))
}

/// The job handler.
pub async fn job(ctx: JobContext, Rollup { user_id, from, day }: Rollup) -> JobResult {
    let mut conn = crate::db::conn(&ctx.pool).await?;
    let (span, done) = rollup_for_user(&mut conn, user_id, from, day).await?;
    Ok(Some(json!({
        "start_day": span.start,
        "end_day": span.end,
        "days": done.days,
        "apps": done.apps,
        "removed": done.removed,
    })))
}

/// The rollup an upload that changed `days` calls for. It runs once the
/// current minute is over, so the uploads of one minute share it (the
/// unique key) and it sees every one of them. A session's local day is
/// within a day of its UTC day, so the caller widens session days by one.
pub fn after_upload(user_id: Uuid, (from, to): (NaiveDate, NaiveDate), now: DateTime<Utc>) -> NewJob {
    let minute = now.timestamp().div_euclid(60);
    let run_at = DateTime::from_timestamp((minute + 1) * 60, 0).unwrap_or(now);
    (JOB.job(&Rollup {
        user_id,
        from: Some(from),
        day: Some(to),
    }))
    .for_user(user_id)
    .unique(format!("{}:{user_id}:upload:{minute}", JOB.name))
    .run_at(run_at)
    // A second upload of the same minute widens the queued job's days to
    // cover both.
    .on_conflict(OnConflict::WidenDays)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uploads_of_one_minute_share_a_rollup_that_runs_after_it() {
        let user = Uuid::now_v7();
        let days = ("2026-11-20".parse().unwrap(), "2026-11-23".parse().unwrap());
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let a = after_upload(user, days, at("2026-11-23T10:15:01Z"));
        let b = after_upload(user, days, at("2026-11-23T10:15:59Z"));
        let c = after_upload(user, days, at("2026-11-23T10:16:00Z"));
        assert_eq!(a.unique_key, b.unique_key);
        assert_ne!(a.unique_key, c.unique_key);
        assert_eq!(a.run_at, Some(at("2026-11-23T10:16:00Z")));
        assert_eq!(a.payload["from"], "2026-11-20");
        assert_eq!(a.payload["day"], "2026-11-23");
    }
}
