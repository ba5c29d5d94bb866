//! The tonic layer of `kith.analytics.v1`: validate, load the caller's
//! rollups, answer.

use std::sync::Arc;

use chrono::NaiveDate;
use tonic::{Request, Response, Status};

use super::error::AnalyticsError;
use super::model::{DayQuery, StatsQuery, TrendsQuery};
use super::service::Analytics;
use crate::auth::Caller;
use crate::proto::analytics::v1 as pb;
use crate::state::AppState;

pub use pb::analytics_service_server::AnalyticsServiceServer;

#[derive(Clone)]
pub struct AnalyticsGrpc {
    state: Arc<AppState>,
}

impl AnalyticsGrpc {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }

    /// The caller's analytics as of the requested day (None: their today).
    async fn load(&self, caller: Caller, day: Option<NaiveDate>) -> Result<Loaded<'_>, Status> {
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

#[tonic::async_trait]
impl pb::analytics_service_server::AnalyticsService for AnalyticsGrpc {
    async fn get_stats(&self, request: Request<pb::GetStatsRequest>) -> Result<Response<pb::GetStatsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let StatsQuery { day, window_days } = StatsQuery::try_from(request.get_ref())?;
        let Loaded { mut conn, analytics } = self.load(caller, day).await?;
        let stats = analytics
            .stats(&mut conn, window_days)
            .await
            .map_err(AnalyticsError::from)?;
        Ok(Response::new(pb::GetStatsResponse { stats: Some(stats) }))
    }

    async fn get_wellness_score(
        &self,
        request: Request<pb::GetWellnessScoreRequest>,
    ) -> Result<Response<pb::GetWellnessScoreResponse>, Status> {
        let caller = Caller::of(&request)?;
        let DayQuery { day } = DayQuery::try_from(request.get_ref())?;
        let Loaded { mut conn, analytics } = self.load(caller, day).await?;
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
        let DayQuery { day } = DayQuery::try_from(request.get_ref())?;
        let Loaded { analytics, .. } = self.load(caller, day).await?;
        Ok(Response::new(analytics.compare()))
    }

    async fn get_trends(
        &self,
        request: Request<pb::GetTrendsRequest>,
    ) -> Result<Response<pb::GetTrendsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let TrendsQuery { day, weeks } = TrendsQuery::try_from(request.get_ref())?;
        let Loaded { mut conn, analytics } = self.load(caller, day).await?;
        let trends = analytics.trends(&mut conn, weeks).await.map_err(AnalyticsError::from)?;
        Ok(Response::new(trends))
    }
}
