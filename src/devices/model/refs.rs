//! Requests that name one device or relationship, and ListDevices' filters,
//! checked. A list's page is read by the handler: its token is bound to the
//! caller and signed with the server's key.

use uuid::Uuid;

use super::{DeviceFilter, Personality, Platform};
use crate::error::FieldViolations;
use crate::proto::devices::v1 as pb;
use crate::request;

/// The one id a request names, or its violation.
fn the_id(field: &str, raw: &str) -> Result<Uuid, FieldViolations> {
    let mut v = FieldViolations::new();
    request::uuid(&mut v, field, raw).ok_or(v)
}

/// The device GetDevice, DeleteDevice or SetPrimaryDevice names by its
/// `device_id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeviceRef(pub Uuid);

impl TryFrom<&pb::GetDeviceRequest> for DeviceRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetDeviceRequest) -> Result<Self, FieldViolations> {
        the_id("device_id", &r.device_id).map(Self)
    }
}

impl TryFrom<&pb::DeleteDeviceRequest> for DeviceRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::DeleteDeviceRequest) -> Result<Self, FieldViolations> {
        the_id("device_id", &r.device_id).map(Self)
    }
}

impl TryFrom<&pb::SetPrimaryDeviceRequest> for DeviceRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::SetPrimaryDeviceRequest) -> Result<Self, FieldViolations> {
        the_id("device_id", &r.device_id).map(Self)
    }
}

/// The relationship DeleteDeviceRelationship names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelationshipRef(pub Uuid);

impl TryFrom<&pb::DeleteDeviceRelationshipRequest> for RelationshipRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::DeleteDeviceRelationshipRequest) -> Result<Self, FieldViolations> {
        the_id("relationship_id", &r.relationship_id).map(Self)
    }
}

impl DeviceFilter {
    /// ListDevices' filters; a bad one is recorded in `v` and filters
    /// nothing, so the page's faults are reported with it.
    pub fn parse(v: &mut FieldViolations, r: &pb::ListDevicesRequest) -> DeviceFilter {
        DeviceFilter {
            platform: v.check("platform", Platform::optional(r.platform)).flatten(),
            personality: v.check("personality", Personality::optional(r.personality)).flatten(),
            is_active: r.is_active,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(err: FieldViolations) -> Vec<String> {
        err.fields().map(str::to_owned).collect()
    }

    #[test]
    fn requests_naming_one_device_or_relationship() {
        let id = Uuid::now_v7();
        let get = |raw: &str| DeviceRef::try_from(&pb::GetDeviceRequest { device_id: raw.into() });
        assert_eq!(get(&id.to_string()).unwrap(), DeviceRef(id));
        assert_eq!(fields(get("nope").unwrap_err()), ["device_id"]);
        assert_eq!(fields(get("").unwrap_err()), ["device_id"]);
        let delete = pb::DeleteDeviceRequest {
            device_id: id.to_string(),
        };
        assert_eq!(DeviceRef::try_from(&delete).unwrap(), DeviceRef(id));
        let bad_delete = pb::DeleteDeviceRequest::default();
        assert_eq!(fields(DeviceRef::try_from(&bad_delete).unwrap_err()), ["device_id"]);
        let primary = pb::SetPrimaryDeviceRequest {
            device_id: id.to_string(),
        };
        assert_eq!(DeviceRef::try_from(&primary).unwrap(), DeviceRef(id));
        let bad_primary = pb::SetPrimaryDeviceRequest { device_id: "1".into() };
        assert_eq!(fields(DeviceRef::try_from(&bad_primary).unwrap_err()), ["device_id"]);

        let relationship = pb::DeleteDeviceRelationshipRequest {
            relationship_id: id.to_string(),
        };
        assert_eq!(RelationshipRef::try_from(&relationship).unwrap(), RelationshipRef(id));
        let bad = pb::DeleteDeviceRelationshipRequest {
            relationship_id: "x".into(),
        };
        assert_eq!(
            fields(RelationshipRef::try_from(&bad).unwrap_err()),
            ["relationship_id"]
        );
    }

    #[test]
    fn list_filters_record_every_bad_one() {
        let mut v = FieldViolations::new();
        let filter = DeviceFilter::parse(
            &mut v,
            &pb::ListDevicesRequest {
                platform: pb::Platform::Ios as i32,
                is_active: Some(true),
                ..Default::default()
            },
        );
        assert!(v.is_empty());
        assert_eq!(
            (filter.platform, filter.personality, filter.is_active),
            (Some(Platform::Ios), None, Some(true))
        );
        let filter = DeviceFilter::parse(
            &mut v,
            &pb::ListDevicesRequest {
                platform: 99,
                personality: -1,
                ..Default::default()
            },
        );
        assert_eq!((filter.platform, filter.personality), (None, None));
        assert_eq!(fields(v), ["platform", "personality"]);
    }
}
