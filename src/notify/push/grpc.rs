//! The push-token methods of `kith.notifications.v1.NotificationService`:
//! the caller's devices. `notify::grpc` serves the service and hands these
//! calls here.

use std::sync::Arc;

use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::{NewPushToken, Platform, PushError, PushTokenId, PushTokenRow, MAX_PER_USER};
use crate::auth::Caller;
use crate::error::FieldViolations;
use crate::proto::notifications::v1 as pb;
use crate::proto::timestamp;
use crate::request::Page;
use crate::state::AppState;

#[derive(Clone)]
pub struct PushGrpc {
    state: Arc<AppState>,
}

impl From<PushTokenRow> for pb::PushToken {
    fn from(row: PushTokenRow) -> Self {
        let platform = Platform::from_stored(&row.platform).map_or(pb::PushPlatform::Unspecified, Into::into);
        pb::PushToken {
            id: row.id.to_string(),
            platform: platform.into(),
            create_time: Some(timestamp(row.created_at)),
            last_seen_time: Some(timestamp(row.last_seen_at)),
        }
    }
}

impl PushGrpc {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }

    pub async fn register_push_token(
        &self,
        request: Request<pb::RegisterPushTokenRequest>,
    ) -> Result<Response<pb::RegisterPushTokenResponse>, Status> {
        let caller = Caller::of(&request)?;
        let new = NewPushToken::try_from(request.into_inner()).map_err(PushError::from)?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let row = super::register(&mut conn, caller.user_id, &new)
            .await
            .map_err(PushError::from)?
            .ok_or(PushError::TooMany { max: MAX_PER_USER })?;
        tracing::info!(push_token_id = %row.id, platform = new.platform.as_str(), "push token registered");
        Ok(Response::new(pb::RegisterPushTokenResponse {
            push_token: Some(row.into()),
        }))
    }

    pub async fn list_push_tokens(
        &self,
        request: Request<pb::ListPushTokensRequest>,
    ) -> Result<Response<pb::ListPushTokensResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let scope = format!("ListPushTokens|{}", caller.user_id);
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let Some(page) = page.filter(|_| v.is_empty()) else {
            return Err(PushError::from(v).into());
        };
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let mut rows = super::list(&mut conn, caller.user_id, page.after, page.fetch())
            .await
            .map_err(PushError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |row| row.id);
        Ok(Response::new(pb::ListPushTokensResponse {
            push_tokens: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    pub async fn delete_push_token(
        &self,
        request: Request<pb::DeletePushTokenRequest>,
    ) -> Result<Response<pb::DeletePushTokenResponse>, Status> {
        let caller = Caller::of(&request)?;
        let PushTokenId(id) = PushTokenId::try_from(request.get_ref())?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        if !super::delete(&mut conn, caller.user_id, id)
            .await
            .map_err(PushError::from)?
        {
            return Err(PushError::NotFound.into());
        }
        Ok(Response::new(pb::DeletePushTokenResponse {}))
    }
}
