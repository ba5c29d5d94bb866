//! `kith.notifications.v1.NotificationService`: the caller's own
//! notifications, preferences and (through `push::grpc`) push tokens.

use std::pin::Pin;
use std::sync::Arc;

use futures::Stream;
use tonic::{Code, Request, Response, Status};
use uuid::Uuid;

use super::model::{MarkRead, WatchFrom};
use super::preferences::Update;
use super::push::grpc::PushGrpc;
use crate::auth::Caller;
use crate::db::listen::WatcherSlots;
use crate::error::{status, FieldViolations};
use crate::proto::notifications::v1 as pb;
use crate::proto::{json_struct, timestamp};
use crate::request::{self, Page};
use crate::state::AppState;

pub use pb::notification_service_server::NotificationServiceServer;

#[derive(Clone)]
pub struct NotificationsGrpc {
    state: Arc<AppState>,
    watchers: Arc<WatcherSlots>,
    push: PushGrpc,
}

impl NotificationsGrpc {
    pub fn new(state: Arc<AppState>) -> Self {
        let watchers = WatcherSlots::new(state.config.notification_watchers_per_user);
        let push = PushGrpc::new(state.clone());
        Self { state, watchers, push }
    }
}

type WatchStream = Pin<Box<dyn Stream<Item = Result<pb::WatchNotificationsResponse, Status>> + Send>>;

impl From<super::NotificationRow> for pb::Notification {
    fn from(row: super::NotificationRow) -> Self {
        pb::Notification {
            id: row.id.to_string(),
            kind: row.kind,
            title: row.title,
            data: json_struct(&row.data),
            create_time: Some(timestamp(row.created_at)),
            read_time: row.read_at.map(timestamp),
        }
    }
}

#[tonic::async_trait]
impl pb::notification_service_server::NotificationService for NotificationsGrpc {
    async fn list_notifications(
        &self,
        request: Request<pb::ListNotificationsRequest>,
    ) -> Result<Response<pb::ListNotificationsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let kind = request::optional_text(&mut v, "kind", &r.kind, 100);
        let scope = format!("ListNotifications|{}|{}|{:?}", caller.user_id, r.unread_only, kind);
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let Some(page) = page.filter(|_| v.is_empty()) else {
            return Err(v.into());
        };
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let mut rows = super::list(
            &mut conn,
            caller.user_id,
            r.unread_only,
            kind.as_deref(),
            page.after,
            page.fetch(),
        )
        .await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |n| n.id);
        Ok(Response::new(pb::ListNotificationsResponse {
            notifications: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn mark_notifications_read(
        &self,
        request: Request<pb::MarkNotificationsReadRequest>,
    ) -> Result<Response<pb::MarkNotificationsReadResponse>, Status> {
        let caller = Caller::of(&request)?;
        let MarkRead { ids } = MarkRead::try_from(request.get_ref())?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let marked = super::mark_read(&mut conn, caller.user_id, ids.as_deref()).await?;
        Ok(Response::new(pb::MarkNotificationsReadResponse {
            marked: marked as i32,
        }))
    }

    async fn mark_all_notifications_read(
        &self,
        request: Request<pb::MarkAllNotificationsReadRequest>,
    ) -> Result<Response<pb::MarkAllNotificationsReadResponse>, Status> {
        let caller = Caller::of(&request)?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let marked = super::mark_read(&mut conn, caller.user_id, None).await?;
        Ok(Response::new(pb::MarkAllNotificationsReadResponse {
            marked: marked as i32,
        }))
    }

    async fn get_notification_preferences(
        &self,
        request: Request<pb::GetNotificationPreferencesRequest>,
    ) -> Result<Response<pb::GetNotificationPreferencesResponse>, Status> {
        let caller = Caller::of(&request)?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let preferences = super::preferences::get(&mut conn, caller.user_id).await?;
        Ok(Response::new(pb::GetNotificationPreferencesResponse {
            preferences: Some(preferences.into()),
        }))
    }

    async fn update_notification_preferences(
        &self,
        request: Request<pb::UpdateNotificationPreferencesRequest>,
    ) -> Result<Response<pb::UpdateNotificationPreferencesResponse>, Status> {
        let caller = Caller::of(&request)?;
        let update = Update::try_from(request.into_inner())?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let preferences = super::preferences::update(&mut conn, caller.user_id, update).await?;
        Ok(Response::new(pb::UpdateNotificationPreferencesResponse {
            preferences: Some(preferences.into()),
        }))
    }

    async fn register_push_token(
        &self,
        request: Request<pb::RegisterPushTokenRequest>,
    ) -> Result<Response<pb::RegisterPushTokenResponse>, Status> {
        self.push.register_push_token(request).await
    }

    async fn list_push_tokens(
        &self,
        request: Request<pb::ListPushTokensRequest>,
    ) -> Result<Response<pb::ListPushTokensResponse>, Status> {
        self.push.list_push_tokens(request).await
    }

    async fn delete_push_token(
        &self,
        request: Request<pb::DeletePushTokenRequest>,
    ) -> Result<Response<pb::DeletePushTokenResponse>, Status> {
        self.push.delete_push_token(request).await
    }

    type WatchNotificationsStream = WatchStream;

    async fn watch_notifications(
        &self,
        request: Request<pb::WatchNotificationsRequest>,
    ) -> Result<Response<WatchStream>, Status> {
        let caller = Caller::of(&request)?;
        let WatchFrom { after } = WatchFrom::try_from(request.get_ref())?;
        let slot = self.watchers.take(caller.user_id).ok_or_else(|| {
            status(
                Code::ResourceExhausted,
                "TOO_MANY_WATCHERS",
                format!(
                    "at most {} WatchNotifications streams may be open at once",
                    self.watchers.per_user()
                ),
            )
        })?;
        // Before the first read, so a notification stored right after it
        // still wakes the watch.
        let changes = self.state.listener.subscribe(super::CHANNEL).await;
        let (tx, rx) = tokio::sync::mpsc::channel(16);
        let watch = super::watch::Watch {
            pool: self.state.pool.clone(),
            user_id: caller.user_id,
            after,
            changes,
            slot,
            tx,
        };
        tokio::spawn(watch.run(|row| {
            Ok(pb::WatchNotificationsResponse {
                notification: Some(row.into()),
            })
        }));
        Ok(Response::new(Box::pin(tokio_stream::wrappers::ReceiverStream::new(rx))))
    }
}
