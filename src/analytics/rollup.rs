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
use super::service::today_in;
use crate::error::DbError;
use crate::jobs::{JobContext, JobResult, NewJob};

pub const JOB_KIND: &str = "analytics_rollup";
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
    let timezone = crate::identity::repo::user(conn, user_id).await?.timezone;
    let day = day.unwrap_or_else(|| today_in(&timezone));
    let start = from
        .unwrap_or(day - Duration::days(LOOKBACK_DAYS))
        .clamp(day - Duration::days(MAX_SPAN_DAYS), day);
    let span = Span::new(start, day);
    let done = repo::recompute(conn, user_id, span, &timezone).await?;
    Ok((span, done))
}

/// The job handler: payload `{"user_id", "day", "from"}` (day and from optional).
pub async fn job(ctx: JobContext) -> JobResult {
    let (user_id, day) = ctx.user_and_day()?;
    let from = match ctx.job.payload.get("from").and_then(|f| f.as_str()) {
        Some(raw) => Some(raw.parse().map_err(|_| "payload.from must be \"YYYY-MM-DD\"")?),
        None => None,
    };
    let mut conn = crate::db::conn(&ctx.state.pool).await.map_err(|e| e.to_string())?;
    let (span, done) = rollup_for_user(&mut conn, user_id, from, day)
        .await
        .map_err(|e| e.to_string())?;
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
    let mut job = NewJob::new(JOB_KIND, json!({ "user_id": user_id, "from": from, "day": to }))
        .for_user(user_id)
        .unique(format!("{JOB_KIND}:{user_id}:upload:{minute}"));
    job.run_at = DateTime::from_timestamp((minute + 1) * 60, 0);
    job
}

/// Enqueues [`after_upload`]'s job on the upload's own transaction (a plain
/// tokio-postgres one: ingest writes with COPY), so the rollup exists if and
/// only if the usage it recomputes was committed. A second upload of the
/// same minute widens the queued job's days to cover both.
const ENQUEUE_AFTER_UPLOAD: &str = "
    INSERT INTO jobs (id, kind, payload, run_at, max_attempts, unique_key, user_id)
    VALUES ($1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT (unique_key) DO UPDATE SET
        payload = jsonb_build_object(
            'user_id', jobs.payload->'user_id',
            'from', LEAST(jobs.payload->>'from', EXCLUDED.payload->>'from'),
            'day', GREATEST(jobs.payload->>'day', EXCLUDED.payload->>'day')),
        updated_at = now()
    WHERE jobs.state = 'queued'";

pub async fn enqueue_after_upload(
    tx: &tokio_postgres::Transaction<'_>,
    job: &NewJob,
) -> Result<(), tokio_postgres::Error> {
    use tokio_postgres::types::Type;
    let run_at = job.run_at.unwrap_or_else(Utc::now);
    // Typed parameters: sent with the statement, no round trip to prepare it.
    tx.execute_typed(
        ENQUEUE_AFTER_UPLOAD,
        &[
            (&Uuid::now_v7(), Type::UUID),
            (&job.kind, Type::TEXT),
            (&job.payload, Type::JSONB),
            (&run_at, Type::TIMESTAMPTZ),
            (&job.max_attempts, Type::INT4),
            (&job.unique_key, Type::TEXT),
            (&job.user_id, Type::UUID),
        ],
    )
    .await?;
    Ok(())
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
