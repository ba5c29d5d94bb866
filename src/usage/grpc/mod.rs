//! The tonic layer of `kith.usage.v1`: validate and convert, call the
//! repository or the ingest path, convert back. Uploads are here; reads,
//! patterns and goals each have a file.

use std::sync::Arc;

use diesel_async::AsyncPgConnection;
use tonic::{Request, Response, Status, Streaming};
use uuid::Uuid;

use crate::auth::Caller;
use crate::error::{DbError, FieldViolations};
use crate::identity::clock::UserClock;
use crate::proto::timestamp;
use crate::proto::usage::v1 as pb;
use crate::state::AppState;
use crate::usage::error::UsageError;
use crate::usage::model::{Counts, UnaryBatch, UploadRef};
use crate::usage::repo;
use crate::usage::upload::{self, own_devices, AfterUpload, Uploader};

pub use pb::usage_service_server::UsageServiceServer;

mod goals;
mod patterns;
mod reads;

#[derive(Clone)]
pub struct UsageGrpc {
    state: Arc<AppState>,
    uploader: Uploader,
}

impl UsageGrpc {
    pub fn new(state: Arc<AppState>, after_upload: AfterUpload) -> Self {
        // Plain connections for COPY-based ingest, which diesel-async lacks.
        let copy = super::ingest::lazy_copy_pool(&state.config);
        let uploader = Uploader::new(state.pool.clone(), copy, after_upload, &state.config);
        Self { state, uploader }
    }

    async fn conn(&self) -> Result<crate::db::Conn<'_>, UsageError> {
        Ok(crate::db::conn(&self.state.pool).await?)
    }
}

type Result<T, E = UsageError> = std::result::Result<T, E>;

/// The caller's devices, or just `device` when given (NOT_FOUND unless theirs).
async fn devices_in_scope(conn: &mut AsyncPgConnection, user_id: Uuid, device: Option<Uuid>) -> Result<Vec<Uuid>> {
    let own = own_devices(conn, user_id).await?;
    match device {
        Some(id) if own.contains(&id) => Ok(vec![id]),
        Some(_) => Err(UsageError::DeviceNotFound),
        None => Ok(own.into_iter().collect()),
    }
}

async fn clock(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<UserClock> {
    Ok(crate::identity::clock::clock(conn, user_id).await?)
}

fn not_found(err: DbError, missing: UsageError) -> UsageError {
    match err {
        DbError::NotFound => missing,
        other => other.into(),
    }
}

#[tonic::async_trait]
impl pb::usage_service_server::UsageService for UsageGrpc {
    async fn upload_usage(
        &self,
        request: Request<Streaming<pb::UploadUsageRequest>>,
    ) -> Result<Response<pb::UploadUsageResponse>, Status> {
        let caller = Caller::of(&request)?;
        let mut stream = request.into_inner();
        Ok(Response::new(
            upload::upload(&self.uploader, caller, &mut stream).await?,
        ))
    }

    async fn get_upload_status(
        &self,
        request: Request<pb::GetUploadStatusRequest>,
    ) -> Result<Response<pb::GetUploadStatusResponse>, Status> {
        let caller = Caller::of(&request)?;
        let UploadRef(upload_id) = UploadRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let row = repo::upload(&mut conn, caller.user_id, &upload_id)
            .await
            .map_err(|e| not_found(e, UsageError::UploadNotFound))?;
        Ok(Response::new(pb::GetUploadStatusResponse {
            upload_id: row.upload_id,
            last_batch_index: row.last_batch_index,
            counts: Some(
                Counts {
                    received: row.received,
                    inserted: row.inserted,
                    updated: row.updated,
                    unchanged: row.unchanged,
                    rejected: row.rejected,
                }
                .into(),
            ),
            update_time: Some(timestamp(row.updated_at)),
        }))
    }

    async fn batch_create_usage(
        &self,
        request: Request<pb::BatchCreateUsageRequest>,
    ) -> Result<Response<pb::BatchCreateUsageResponse>, Status> {
        let caller = Caller::of(&request)?;
        let UnaryBatch(records) = UnaryBatch::try_from(request.get_ref())?;
        let (counts, rejections) = upload::store_unary(&self.uploader, caller, records).await?;
        Ok(Response::new(pb::BatchCreateUsageResponse {
            counts: Some(counts.into()),
            rejections,
        }))
    }

    async fn record_usage(
        &self,
        request: Request<pb::RecordUsageRequest>,
    ) -> Result<Response<pb::RecordUsageResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let record = r.record.unwrap_or_default();
        let (counts, rejections) = upload::store_unary(&self.uploader, caller, std::slice::from_ref(&record)).await?;
        if let Some(rejected) = rejections.first() {
            let mut v = FieldViolations::new();
            v.add(format!("record.{}", rejected.field), rejected.reason.clone());
            return Err(UsageError::from(v).into());
        }
        Ok(Response::new(pb::RecordUsageResponse {
            counts: Some(counts.into()),
        }))
    }

    async fn list_usage(
        &self,
        request: Request<pb::ListUsageRequest>,
    ) -> Result<Response<pb::ListUsageResponse>, Status> {
        reads::list_usage(self, request).await
    }

    async fn list_daily_usage(
        &self,
        request: Request<pb::ListDailyUsageRequest>,
    ) -> Result<Response<pb::ListDailyUsageResponse>, Status> {
        reads::list_daily_usage(self, request).await
    }

    async fn get_usage_summary(
        &self,
        request: Request<pb::GetUsageSummaryRequest>,
    ) -> Result<Response<pb::GetUsageSummaryResponse>, Status> {
        reads::get_usage_summary(self, request).await
    }

    async fn list_top_apps(
        &self,
        request: Request<pb::ListTopAppsRequest>,
    ) -> Result<Response<pb::ListTopAppsResponse>, Status> {
        reads::list_top_apps(self, request).await
    }

    async fn list_patterns(
        &self,
        request: Request<pb::ListPatternsRequest>,
    ) -> Result<Response<pb::ListPatternsResponse>, Status> {
        patterns::list_patterns(self, request).await
    }

    async fn resolve_pattern(
        &self,
        request: Request<pb::ResolvePatternRequest>,
    ) -> Result<Response<pb::ResolvePatternResponse>, Status> {
        patterns::resolve_pattern(self, request).await
    }

    async fn detect_patterns(
        &self,
        request: Request<pb::DetectPatternsRequest>,
    ) -> Result<Response<pb::DetectPatternsResponse>, Status> {
        patterns::detect_patterns(self, request).await
    }

    async fn create_goal(
        &self,
        request: Request<pb::CreateGoalRequest>,
    ) -> Result<Response<pb::CreateGoalResponse>, Status> {
        goals::create_goal(self, request).await
    }

    async fn get_goal(&self, request: Request<pb::GetGoalRequest>) -> Result<Response<pb::GetGoalResponse>, Status> {
        goals::get_goal(self, request).await
    }

    async fn list_goals(
        &self,
        request: Request<pb::ListGoalsRequest>,
    ) -> Result<Response<pb::ListGoalsResponse>, Status> {
        goals::list_goals(self, request).await
    }

    async fn update_goal(
        &self,
        request: Request<pb::UpdateGoalRequest>,
    ) -> Result<Response<pb::UpdateGoalResponse>, Status> {
        goals::update_goal(self, request).await
    }

    async fn delete_goal(
        &self,
        request: Request<pb::DeleteGoalRequest>,
    ) -> Result<Response<pb::DeleteGoalResponse>, Status> {
        goals::delete_goal(self, request).await
    }

    async fn get_goal_progress(
        &self,
        request: Request<pb::GetGoalProgressRequest>,
    ) -> Result<Response<pb::GetGoalProgressResponse>, Status> {
        goals::get_goal_progress(self, request).await
    }
}
