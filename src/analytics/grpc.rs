//! The tonic layer of `kith.analytics.v1`: validate, load the caller's
//! rollups, answer.

use std::sync::Arc;

use chrono::NaiveDate;
use tonic::{Request, Response, Status};

use super::error::AnalyticsError;
use super::service::Analytics;
use crate::auth::Caller;
use crate::error::FieldViolations;
use crate::proto::analytics::v1 as pb;
use crate::request;
use crate::state::AppState;

pub use pb::analytics_service_server::AnalyticsServiceServer;

/// Averaging windows of GetStats, in days.
const DEFAULT_WINDOW_DAYS: i32 = 30;
const MAX_WINDOW_DAYS: i32 = 90;
/// Weeks of GetTrends.
const DEFAULT_WEEKS: i32 = 4;
const MAX_WEEKS: i32 = 12;

#[derive(Clone)]
pub struct AnalyticsGrpc {
    state: Arc<AppState>,
}

impl AnalyticsGrpc {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }

    /// The caller's analytics as of the requested day, once the request's
    /// fields are all valid.
    async fn load(&self, caller: Caller, day: Option<NaiveDate>, v: FieldViolations) -> Result<Loaded<'_>, Status> {
        v.into_result().map_err(AnalyticsError::from)?;
        let mut conn = crate::db::conn(&self.state.pool).await.map_err(AnalyticsError::from)?;
        let analytics = Analytics::load(&mut conn, caller.user_id, day)
            .await
            .map_err(AnalyticsError::from)?;
        Ok(Loaded { conn, analytics })
    }
}

struct Loaded<'a> {
    conn: crate::db::Conn<'a>,
    analytics: Analytics,
}

/// "" is the caller's today.
fn optional_day(v: &mut FieldViolations, raw: &str) -> Option<NaiveDate> {
    if raw.is_empty() {
        None
    } else {
        request::day(v, "day", raw)
    }
}

/// 0 is `default`; otherwise 1 to `max`.
fn count(v: &mut FieldViolations, field: &str, raw: i32, default: i32, max: i32) -> i64 {
    match raw {
        0 => i64::from(default),
        n if (1..=max).contains(&n) => i64::from(n),
        _ => {
            v.add(field, format!("must be between 0 and {max}"));
            i64::from(default)
        }
    }
}

#[tonic::async_trait]
impl pb::analytics_service_server::AnalyticsService for AnalyticsGrpc {
    async fn get_stats(&self, request: Request<pb::GetStatsRequest>) -> Result<Response<pb::GetStatsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let day = optional_day(&mut v, &r.day);
        let window = count(
            &mut v,
            "window_days",
            r.window_days,
            DEFAULT_WINDOW_DAYS,
            MAX_WINDOW_DAYS,
        );
        let Loaded { mut conn, analytics } = self.load(caller, day, v).await?;
        let stats = analytics.stats(&mut conn, window).await.map_err(AnalyticsError::from)?;
        Ok(Response::new(pb::GetStatsResponse { stats: Some(stats) }))
    }

    async fn get_wellness_score(
        &self,
        request: Request<pb::GetWellnessScoreRequest>,
    ) -> Result<Response<pb::GetWellnessScoreResponse>, Status> {
        let caller = Caller::of(&request)?;
        let mut v = FieldViolations::new();
        let day = optional_day(&mut v, &request.get_ref().day);
        let Loaded { mut conn, analytics } = self.load(caller, day, v).await?;
        let wellness = analytics.wellness(&mut conn).await.map_err(AnalyticsError::from)?;
        Ok(Response::new(pb::GetWellnessScoreResponse {
            wellness: Some(wellness),
        }))
    }

    async fn compare_usage(
        &self,
        request: Request<pb::CompareUsageRequest>,
    ) -> Result<Response<pb::CompareUsageResponse>, Status> {
        let caller = Caller::of(&request)?;
        let mut v = FieldViolations::new();
        let day = optional_day(&mut v, &request.get_ref().day);
        let Loaded { analytics, .. } = self.load(caller, day, v).await?;
        Ok(Response::new(analytics.compare()))
    }

    async fn get_trends(
        &self,
        request: Request<pb::GetTrendsRequest>,
    ) -> Result<Response<pb::GetTrendsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let day = optional_day(&mut v, &r.day);
        let weeks = count(&mut v, "weeks", r.weeks, DEFAULT_WEEKS, MAX_WEEKS);
        let Loaded { mut conn, analytics } = self.load(caller, day, v).await?;
        let trends = analytics.trends(&mut conn, weeks).await.map_err(AnalyticsError::from)?;
        Ok(Response::new(trends))
    }
}
