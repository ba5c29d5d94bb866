//! The tonic layer: validate and convert requests, call the repository,
//! convert back. Every method acts on the caller's own devices only.

use std::sync::Arc;

use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::model::{
    CreateDevice, CreateRelationship, DeviceFilter, DeviceRef, DeviceUpdate, RelationshipRef, SyncQuery,
};
use super::{repo, service};
use crate::auth::Caller;
use crate::error::FieldViolations;
use crate::proto::devices::v1 as pb;
use crate::proto::timestamp;
use crate::request::{optional_uuid, Page};
use crate::state::AppState;

pub use pb::device_service_server::DeviceServiceServer;

#[derive(Clone)]
pub struct DevicesGrpc {
    state: Arc<AppState>,
    received_since: service::ReceivedSince,
}

impl DevicesGrpc {
    pub fn new(state: Arc<AppState>, received_since: service::ReceivedSince) -> Self {
        Self { state, received_since }
    }
}

#[tonic::async_trait]
impl pb::device_service_server::DeviceService for DevicesGrpc {
    async fn create_device(
        &self,
        request: Request<pb::CreateDeviceRequest>,
    ) -> Result<Response<pb::CreateDeviceResponse>, Status> {
        let caller = Caller::of(&request)?;
        let CreateDevice {
            device,
            request_id: key,
        } = CreateDevice::try_from(request.get_ref())?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let row = repo::create_device(&mut conn, caller.user_id, &device, key.as_deref()).await?;
        Ok(Response::new(pb::CreateDeviceResponse {
            device: Some(row.into()),
        }))
    }

    async fn get_device(
        &self,
        request: Request<pb::GetDeviceRequest>,
    ) -> Result<Response<pb::GetDeviceResponse>, Status> {
        let caller = Caller::of(&request)?;
        let DeviceRef(device_id) = DeviceRef::try_from(request.get_ref())?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let row = repo::device(&mut conn, caller.user_id, device_id).await?;
        Ok(Response::new(pb::GetDeviceResponse {
            device: Some(row.into()),
        }))
    }

    async fn list_devices(
        &self,
        request: Request<pb::ListDevicesRequest>,
    ) -> Result<Response<pb::ListDevicesResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let filter = DeviceFilter::parse(&mut v, &r);
        let scope = format!("ListDevices|{}|{filter:?}", caller.user_id);
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let Some(page) = page.filter(|_| v.is_empty()) else {
            return Err(v.into());
        };
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let mut rows = repo::list_devices(&mut conn, caller.user_id, &filter, page.after, page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |d| d.id);
        Ok(Response::new(pb::ListDevicesResponse {
            devices: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn update_device(
        &self,
        request: Request<pb::UpdateDeviceRequest>,
    ) -> Result<Response<pb::UpdateDeviceResponse>, Status> {
        let caller = Caller::of(&request)?;
        let DeviceUpdate { device_id, changes } = DeviceUpdate::try_from(request.into_inner())?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let row = repo::update_device(&mut conn, caller.user_id, device_id, &changes).await?;
        Ok(Response::new(pb::UpdateDeviceResponse {
            device: Some(row.into()),
        }))
    }

    async fn delete_device(
        &self,
        request: Request<pb::DeleteDeviceRequest>,
    ) -> Result<Response<pb::DeleteDeviceResponse>, Status> {
        let caller = Caller::of(&request)?;
        let DeviceRef(device_id) = DeviceRef::try_from(request.get_ref())?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        repo::delete_device(&mut conn, caller.user_id, device_id).await?;
        Ok(Response::new(pb::DeleteDeviceResponse {}))
    }

    async fn set_primary_device(
        &self,
        request: Request<pb::SetPrimaryDeviceRequest>,
    ) -> Result<Response<pb::SetPrimaryDeviceResponse>, Status> {
        let caller = Caller::of(&request)?;
        let DeviceRef(device_id) = DeviceRef::try_from(request.get_ref())?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let row = repo::set_primary(&mut conn, caller.user_id, device_id).await?;
        Ok(Response::new(pb::SetPrimaryDeviceResponse {
            device: Some(row.into()),
        }))
    }

    async fn sync_device(
        &self,
        request: Request<pb::SyncDeviceRequest>,
    ) -> Result<Response<pb::SyncDeviceResponse>, Status> {
        let caller = Caller::of(&request)?;
        let SyncQuery { device_id, since } = SyncQuery::try_from(request.get_ref())?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let report = service::sync(&mut conn, caller.user_id, device_id, since, self.received_since).await?;
        Ok(Response::new(pb::SyncDeviceResponse {
            device: Some(report.device.into()),
            sync_time: Some(timestamp(report.sync_time)),
            changed_days: report
                .changed_days
                .iter()
                .map(|day| day.format("%Y-%m-%d").to_string())
                .collect(),
            app_sessions_received: report.app_sessions_received,
        }))
    }

    async fn create_device_relationship(
        &self,
        request: Request<pb::CreateDeviceRelationshipRequest>,
    ) -> Result<Response<pb::CreateDeviceRelationshipResponse>, Status> {
        let caller = Caller::of(&request)?;
        let CreateRelationship {
            relationship,
            request_id: key,
        } = CreateRelationship::try_from(request.get_ref())?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let row = repo::create_relationship(&mut conn, caller.user_id, &relationship, key.as_deref()).await?;
        Ok(Response::new(pb::CreateDeviceRelationshipResponse {
            relationship: Some(row.into()),
        }))
    }

    async fn list_device_relationships(
        &self,
        request: Request<pb::ListDeviceRelationshipsRequest>,
    ) -> Result<Response<pb::ListDeviceRelationshipsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let device_id = optional_uuid(&mut v, "device_id", &r.device_id);
        let scope = format!("ListDeviceRelationships|{}|{device_id:?}", caller.user_id);
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let Some(page) = page.filter(|_| v.is_empty()) else {
            return Err(v.into());
        };
        let mut conn = crate::db::conn(&self.state.pool).await?;
        if let Some(device_id) = device_id {
            // Filtering by another user's device is NOT_FOUND, like reading it.
            repo::device(&mut conn, caller.user_id, device_id).await?;
        }
        let mut rows = repo::list_relationships(&mut conn, caller.user_id, device_id, page.after, page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |r| r.id);
        Ok(Response::new(pb::ListDeviceRelationshipsResponse {
            relationships: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn delete_device_relationship(
        &self,
        request: Request<pb::DeleteDeviceRelationshipRequest>,
    ) -> Result<Response<pb::DeleteDeviceRelationshipResponse>, Status> {
        let caller = Caller::of(&request)?;
        let RelationshipRef(relationship_id) = RelationshipRef::try_from(request.get_ref())?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        repo::delete_relationship(&mut conn, caller.user_id, relationship_id).await?;
        Ok(Response::new(pb::DeleteDeviceRelationshipResponse {}))
    }
}
