//! Write requests, checked: every field valid, or every bad field named.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{
    DeviceChanges, DeviceName, DeviceType, NewDevice, NewRelationship, Nickname, Note, Personality, Platform,
    RelationshipKind,
};
use crate::error::FieldViolations;
use crate::proto::devices::v1 as pb;
use crate::request::{self, MaskPath};

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
    let a = request::uuid(v, "relationship.device_a_id", &r.device_a_id);
    let b = request::uuid(v, "relationship.device_b_id", &r.device_b_id);
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

/// CreateDevice: the device, and the optional request id that makes a
/// retry return the same one.
#[derive(Debug, Clone)]
pub struct CreateDevice {
    pub device: NewDevice,
    pub request_id: Option<String>,
}

impl TryFrom<&pb::CreateDeviceRequest> for CreateDevice {
    type Error = FieldViolations;

    fn try_from(r: &pb::CreateDeviceRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let device = new_device(&mut v, r.device.as_ref());
        let request_id = request::request_id(&mut v, &r.request_id);
        match device.filter(|_| v.is_empty()) {
            Some(device) => Ok(Self { device, request_id }),
            None => Err(v),
        }
    }
}

/// UpdateDevice: which device, and the columns its mask changes.
#[derive(Debug)]
pub struct DeviceUpdate {
    pub device_id: Uuid,
    pub changes: DeviceChanges,
}

impl TryFrom<pb::UpdateDeviceRequest> for DeviceUpdate {
    type Error = FieldViolations;

    fn try_from(r: pb::UpdateDeviceRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let paths = request::update_mask(&mut v, r.update_mask);
        let device = r.device.unwrap_or_default();
        let device_id = request::uuid(&mut v, "device.id", &device.id);
        let changes = device_changes(&mut v, &device, &paths);
        match device_id.filter(|_| v.is_empty()) {
            Some(device_id) => Ok(Self { device_id, changes }),
            None => Err(v),
        }
    }
}

/// SyncDevice: which device, and since when (its last sync if not given).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncQuery {
    pub device_id: Uuid,
    pub since: Option<DateTime<Utc>>,
}

impl TryFrom<&pb::SyncDeviceRequest> for SyncQuery {
    type Error = FieldViolations;

    fn try_from(r: &pb::SyncDeviceRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let device_id = request::uuid(&mut v, "device_id", &r.device_id);
        let since = request::time(&mut v, "since", r.since.as_ref());
        match (device_id, since, v.is_empty()) {
            (Some(device_id), Some(since), true) => Ok(Self { device_id, since }),
            _ => Err(v),
        }
    }
}

/// CreateDeviceRelationship: the relationship, and the optional request id.
#[derive(Debug, Clone)]
pub struct CreateRelationship {
    pub relationship: NewRelationship,
    pub request_id: Option<String>,
}

impl TryFrom<&pb::CreateDeviceRelationshipRequest> for CreateRelationship {
    type Error = FieldViolations;

    fn try_from(r: &pb::CreateDeviceRelationshipRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let relationship = new_relationship(&mut v, r.relationship.as_ref());
        let request_id = request::request_id(&mut v, &r.request_id);
        match relationship.filter(|_| v.is_empty()) {
            Some(relationship) => Ok(Self {
                relationship,
                request_id,
            }),
            None => Err(v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(err: FieldViolations) -> Vec<String> {
        err.fields().map(str::to_owned).collect()
    }

    fn phone() -> pb::Device {
        pb::Device {
            name: " Phone ".into(),
            platform: pb::Platform::Android as i32,
            device_type: pb::DeviceType::Smartphone as i32,
            personality: pb::DevicePersonality::Snarky as i32,
            ..Default::default()
        }
    }

    #[test]
    fn create_device_names_every_bad_field() {
        let ok = CreateDevice::try_from(&pb::CreateDeviceRequest {
            device: Some(phone()),
            request_id: "r-1".into(),
        })
        .unwrap();
        assert_eq!(ok.device.name.as_str(), "Phone");
        assert_eq!(ok.request_id.as_deref(), Some("r-1"));
        let bad = pb::CreateDeviceRequest {
            device: Some(pb::Device {
                name: "   ".into(),
                platform: 0,
                nickname: "a\nb".into(),
                ..phone()
            }),
            request_id: "x".repeat(101),
        };
        assert_eq!(
            fields(CreateDevice::try_from(&bad).unwrap_err()),
            ["device.name", "device.platform", "device.nickname", "request_id"]
        );
        assert_eq!(
            fields(CreateDevice::try_from(&pb::CreateDeviceRequest::default()).unwrap_err()),
            ["device"]
        );
    }

    #[test]
    fn update_device_reads_only_the_masked_fields() {
        let id = Uuid::now_v7();
        let mask = |paths: &[&str]| {
            Some(prost_types::FieldMask {
                paths: paths.iter().map(|p| p.to_string()).collect(),
            })
        };
        let update = DeviceUpdate::try_from(pb::UpdateDeviceRequest {
            device: Some(pb::Device {
                id: id.to_string(),
                platform: 0,
                ..phone()
            }),
            update_mask: mask(&["name"]),
        })
        .unwrap();
        assert_eq!(update.device_id, id);
        assert_eq!(update.changes.name.as_deref(), Some("Phone"));
        assert_eq!(update.changes.platform, None, "an unmasked bad field is not read");
        let bad = pb::UpdateDeviceRequest {
            device: Some(pb::Device {
                id: "nope".into(),
                platform: 0,
                ..phone()
            }),
            update_mask: mask(&["platform", "is_primary"]),
        };
        let errors = fields(DeviceUpdate::try_from(bad).unwrap_err());
        for field in ["device.id", "device.platform"] {
            assert!(errors.iter().any(|f| f == field), "{field} in {errors:?}");
        }
        assert!(errors.len() >= 3, "the read-only path is refused too: {errors:?}");
    }

    #[test]
    fn sync_and_relationship_requests_are_checked() {
        let id = Uuid::now_v7();
        let sync = SyncQuery::try_from(&pb::SyncDeviceRequest {
            device_id: id.to_string(),
            since: None,
        })
        .unwrap();
        assert_eq!((sync.device_id, sync.since), (id, None));
        let bad_sync = pb::SyncDeviceRequest {
            device_id: String::new(),
            since: Some(prost_types::Timestamp {
                seconds: i64::MAX,
                nanos: 0,
            }),
        };
        assert_eq!(
            fields(SyncQuery::try_from(&bad_sync).unwrap_err()),
            ["device_id", "since"]
        );

        let same = pb::CreateDeviceRelationshipRequest {
            relationship: Some(pb::DeviceRelationship {
                device_a_id: id.to_string(),
                device_b_id: id.to_string(),
                kind: 0,
                ..Default::default()
            }),
            request_id: String::new(),
        };
        assert_eq!(
            fields(CreateRelationship::try_from(&same).unwrap_err()),
            ["relationship.device_b_id", "relationship.kind"]
        );
    }
}
