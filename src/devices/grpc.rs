//! The tonic layer: validate and convert requests, call the repository,
//! convert back. Every method acts on the caller's own devices only.

use std::sync::Arc;

use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::model::{
    DeviceChanges, DeviceFilter, DeviceName, DeviceType, NewDevice, NewRelationship, Nickname, Note, Personality,
    Platform, RelationshipKind,
};
use super::{repo, service};
use crate::auth::Caller;
use crate::error::FieldViolations;
use crate::proto::devices::v1 as pb;
use crate::proto::timestamp;
use crate::request::{optional_uuid, request_id, uuid as parse_uuid, MaskPath, Page};
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

/// The one id a request names, e.g. GetDevice's `device_id`.
fn the_id(field: &str, raw: &str) -> Result<Uuid, Status> {
    let mut v = FieldViolations::new();
    parse_uuid(&mut v, field, raw).ok_or_else(|| v.into())
}

fn new_device(v: &mut FieldViolations, device: Option<&pb::Device>) -> Option<NewDevice> {
    let Some(d) = device else {
        v.add("device", "is required");
        return None;
    };
    let name = v.check("device.name", DeviceName::parse(&d.name));
    let platform = v.check("device.platform", Platform::from_wire(d.platform));
    let device_type = v.check("device.device_type", DeviceType::from_wire(d.device_type));
    let personality = v.check("device.personality", Personality::from_wire(d.personality));
    let nickname = v.check("device.nickname", Nickname::parse(&d.nickname));
    Some(NewDevice {
        name: name?,
        platform: platform?,
        device_type: device_type?,
        personality: personality?,
        nickname: nickname?,
        is_primary: d.is_primary,
    })
}

/// What UpdateDevice changes.
#[derive(Debug, Clone, Copy)]
enum DevicePath {
    Name,
    Nickname,
    Platform,
    DeviceType,
    Personality,
    IsActive,
}

impl MaskPath for DevicePath {
    const UPDATABLE: &'static [(&'static str, Self)] = &[
        ("name", DevicePath::Name),
        ("nickname", DevicePath::Nickname),
        ("platform", DevicePath::Platform),
        ("device_type", DevicePath::DeviceType),
        ("personality", DevicePath::Personality),
        ("is_active", DevicePath::IsActive),
    ];
    const READ_ONLY: &'static [(&'static str, &'static str)] =
        &[("is_primary", "is_primary is set with SetPrimaryDevice")];
}

/// Reads the fields an UpdateDevice mask names into column changes.
fn device_changes(v: &mut FieldViolations, d: &pb::Device, paths: &[String]) -> DeviceChanges {
    let mut changes = DeviceChanges::default();
    for path in paths {
        match DevicePath::read(v, path) {
            Some(DevicePath::Name) => {
                changes.name = v
                    .check("device.name", DeviceName::parse(&d.name))
                    .map(|n| n.as_str().to_owned())
            }
            Some(DevicePath::Nickname) => {
                changes.nickname = v
                    .check("device.nickname", Nickname::parse(&d.nickname))
                    .map(|n| n.as_str().to_owned())
            }
            Some(DevicePath::Platform) => {
                changes.platform = v
                    .check("device.platform", Platform::from_wire(d.platform))
                    .map(Platform::as_str)
            }
            Some(DevicePath::DeviceType) => {
                changes.device_type = v
                    .check("device.device_type", DeviceType::from_wire(d.device_type))
                    .map(DeviceType::as_str)
            }
            Some(DevicePath::Personality) => {
                changes.personality = v
                    .check("device.personality", Personality::from_wire(d.personality))
                    .map(Personality::as_str)
            }
            Some(DevicePath::IsActive) => changes.is_active = Some(d.is_active),
            None => {}
        }
    }
    changes
}

fn new_relationship(v: &mut FieldViolations, relationship: Option<&pb::DeviceRelationship>) -> Option<NewRelationship> {
    let Some(r) = relationship else {
        v.add("relationship", "is required");
        return None;
    };
    let a = parse_uuid(v, "relationship.device_a_id", &r.device_a_id);
    let b = parse_uuid(v, "relationship.device_b_id", &r.device_b_id);
    if a.is_some() && a == b {
        v.add("relationship.device_b_id", "must be another device than device_a_id");
    }
    let kind = v.check("relationship.kind", RelationshipKind::from_wire(r.kind));
    let note = v.check("relationship.note", Note::parse(&r.note));
    Some(NewRelationship {
        device_a_id: a?,
        device_b_id: b?,
        kind: kind?,
        note: note?,
    })
}

#[tonic::async_trait]
impl pb::device_service_server::DeviceService for DevicesGrpc {
    async fn create_device(
        &self,
        request: Request<pb::CreateDeviceRequest>,
    ) -> Result<Response<pb::CreateDeviceResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let device = new_device(&mut v, r.device.as_ref());
        let key = request_id(&mut v, &r.request_id);
        let Some(device) = device.filter(|_| v.is_empty()) else {
            return Err(v.into());
        };
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
        let device_id = the_id("device_id", &request.get_ref().device_id)?;
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
        let filter = DeviceFilter {
            platform: v.check("platform", Platform::optional(r.platform)).flatten(),
            personality: v.check("personality", Personality::optional(r.personality)).flatten(),
            is_active: r.is_active,
        };
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
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let paths = crate::request::update_mask(&mut v, r.update_mask);
        let device = r.device.unwrap_or_default();
        let device_id = parse_uuid(&mut v, "device.id", &device.id);
        let changes = device_changes(&mut v, &device, &paths);
        let Some(device_id) = device_id.filter(|_| v.is_empty()) else {
            return Err(v.into());
        };
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
        let device_id = the_id("device_id", &request.get_ref().device_id)?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        repo::delete_device(&mut conn, caller.user_id, device_id).await?;
        Ok(Response::new(pb::DeleteDeviceResponse {}))
    }

    async fn set_primary_device(
        &self,
        request: Request<pb::SetPrimaryDeviceRequest>,
    ) -> Result<Response<pb::SetPrimaryDeviceResponse>, Status> {
        let caller = Caller::of(&request)?;
        let device_id = the_id("device_id", &request.get_ref().device_id)?;
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
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let device_id = parse_uuid(&mut v, "device_id", &r.device_id);
        let since = crate::request::time(&mut v, "since", r.since.as_ref());
        let (Some(device_id), true) = (device_id, v.is_empty()) else {
            return Err(v.into());
        };
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let report = service::sync(
            &mut conn,
            caller.user_id,
            device_id,
            since.flatten(),
            self.received_since,
        )
        .await?;
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
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let relationship = new_relationship(&mut v, r.relationship.as_ref());
        let key = request_id(&mut v, &r.request_id);
        let Some(relationship) = relationship.filter(|_| v.is_empty()) else {
            return Err(v.into());
        };
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
        let relationship_id = the_id("relationship_id", &request.get_ref().relationship_id)?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        repo::delete_relationship(&mut conn, caller.user_id, relationship_id).await?;
        Ok(Response::new(pb::DeleteDeviceRelationshipResponse {}))
    }
}
