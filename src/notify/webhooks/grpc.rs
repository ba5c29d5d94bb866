//! `kith.notifications.v1.WebhookService`: the caller's webhook endpoints
//! (admins also the system ones) and their delivery logs.

use std::sync::Arc;

use tonic::{Code, Request, Response, Status};
use uuid::Uuid;

use super::model::NewWebhook;
use super::{address, deliver, DeliveryRow, EndpointRow, Owner, MAX_PER_USER};
use crate::auth::{Caller, Role};
use crate::error::{status, DbError, FieldViolations};
use crate::proto::notifications::v1 as pb;
use crate::proto::timestamp;
use crate::request::{self, Page};
use crate::state::AppState;

pub use pb::webhook_service_server::WebhookServiceServer;

#[derive(Clone)]
pub struct WebhooksGrpc {
    state: Arc<AppState>,
}

impl WebhooksGrpc {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }
}

impl From<EndpointRow> for pb::Webhook {
    fn from(row: EndpointRow) -> Self {
        pb::Webhook {
            id: row.id.to_string(),
            url: row.url,
            kinds: row.kinds,
            system: row.user_id.is_none(),
            create_time: Some(timestamp(row.created_at)),
        }
    }
}

impl From<DeliveryRow> for pb::WebhookDelivery {
    fn from(row: DeliveryRow) -> Self {
        pb::WebhookDelivery {
            id: row.id.to_string(),
            webhook_id: row.endpoint_id.to_string(),
            notification_id: row.notification_id.to_string(),
            state: row.state,
            attempts: row.attempts,
            last_status: row.last_status.unwrap_or_default(),
            last_error: row.last_error.unwrap_or_default(),
            create_time: Some(timestamp(row.created_at)),
            deliver_time: row.delivered_at.map(timestamp),
        }
    }
}

/// Whose endpoints: the caller's, or the system's for an admin asking.
fn owner(caller: &Caller, system: bool) -> Result<Owner, Status> {
    if system {
        caller.require(Role::Admin)?;
        Ok(Owner::System)
    } else {
        Ok(Owner::User(caller.user_id))
    }
}

fn not_found() -> Status {
    status(Code::NotFound, "WEBHOOK_NOT_FOUND", "no such webhook")
}

/// An endpoint id the caller may name: an admin may name a system one.
async fn owned(state: &AppState, caller: &Caller, id: Uuid) -> Result<EndpointRow, Status> {
    let mut conn = crate::db::conn(&state.pool).await?;
    match super::endpoint(&mut conn, Owner::User(caller.user_id), id).await {
        Ok(row) => return Ok(row),
        Err(DbError::NotFound) => {}
        Err(err) => return Err(err.into()),
    }
    if caller.role == Role::Admin {
        match super::endpoint(&mut conn, Owner::System, id).await {
            Ok(row) => return Ok(row),
            Err(DbError::NotFound) => {}
            Err(err) => return Err(err.into()),
        }
    }
    Err(not_found())
}

fn webhook_id(raw: &str) -> Result<Uuid, Status> {
    let mut v = FieldViolations::new();
    let id = request::uuid(&mut v, "webhook_id", raw);
    v.into_result()?;
    Ok(id.expect("checked"))
}

#[tonic::async_trait]
impl pb::webhook_service_server::WebhookService for WebhooksGrpc {
    async fn create_webhook(
        &self,
        request: Request<pb::CreateWebhookRequest>,
    ) -> Result<Response<pb::CreateWebhookResponse>, Status> {
        let caller = Caller::of(&request)?;
        let allow_private = self.state.config.webhooks.allow_private;
        let NewWebhook { url, kinds, system } = NewWebhook::check(request.get_ref(), allow_private)?;
        let owner = owner(&caller, system)?;
        if let Err(why) = address::resolve(&url, allow_private).await {
            let mut v = FieldViolations::new();
            v.add("url", why);
            return Err(v.into());
        }
        let secret = deliver::new_secret();
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let row = super::create(&mut conn, owner, url.as_str(), &secret, &kinds)
            .await?
            .ok_or_else(|| {
                status(
                    Code::ResourceExhausted,
                    "TOO_MANY_WEBHOOKS",
                    format!("at most {MAX_PER_USER} webhooks may be registered"),
                )
            })?;
        tracing::info!(webhook_id = %row.id, system = row.user_id.is_none(), "webhook registered");
        Ok(Response::new(pb::CreateWebhookResponse {
            webhook: Some(row.into()),
            secret,
        }))
    }

    async fn list_webhooks(
        &self,
        request: Request<pb::ListWebhooksRequest>,
    ) -> Result<Response<pb::ListWebhooksResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let owner = owner(&caller, r.system)?;
        let mut v = FieldViolations::new();
        let scope = format!("ListWebhooks|{}|{}", caller.user_id, r.system);
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let Some(page) = page.filter(|_| v.is_empty()) else {
            return Err(v.into());
        };
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let mut rows = super::list(&mut conn, owner, page.after, page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |row| row.id);
        Ok(Response::new(pb::ListWebhooksResponse {
            webhooks: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn delete_webhook(
        &self,
        request: Request<pb::DeleteWebhookRequest>,
    ) -> Result<Response<pb::DeleteWebhookResponse>, Status> {
        let caller = Caller::of(&request)?;
        let id = webhook_id(&request.get_ref().webhook_id)?;
        let endpoint = owned(&self.state, &caller, id).await?;
        let owner = endpoint.user_id.map_or(Owner::System, Owner::User);
        let mut conn = crate::db::conn(&self.state.pool).await?;
        if !super::delete(&mut conn, owner, id).await? {
            return Err(not_found());
        }
        Ok(Response::new(pb::DeleteWebhookResponse {}))
    }

    async fn list_webhook_deliveries(
        &self,
        request: Request<pb::ListWebhookDeliveriesRequest>,
    ) -> Result<Response<pb::ListWebhookDeliveriesResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let id = webhook_id(&r.webhook_id)?;
        let mut v = FieldViolations::new();
        let scope = format!("ListWebhookDeliveries|{}|{id}", caller.user_id);
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let Some(page) = page.filter(|_| v.is_empty()) else {
            return Err(v.into());
        };
        owned(&self.state, &caller, id).await?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let mut rows = super::deliveries(&mut conn, id, page.after, page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |row| row.id);
        Ok(Response::new(pb::ListWebhookDeliveriesResponse {
            deliveries: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }
}
