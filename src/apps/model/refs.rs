//! Requests that name one app, device app or relationship, and SearchApps'
//! filters, checked. A list's page is read by the handler: its token is
//! bound to the caller and signed with the server's key.

use uuid::Uuid;

use super::parse_category;
use crate::apps::repo::AppSearch;
use crate::error::FieldViolations;
use crate::proto::apps::v1 as pb;
use crate::request::{self, non_empty, Text};

/// Longest SearchApps query: as long as the longest bundle id.
pub const MAX_QUERY_CHARS: usize = 255;

/// The one id a request names, or its violation.
fn the_id(field: &str, raw: &str) -> Result<Uuid, FieldViolations> {
    let mut v = FieldViolations::new();
    request::uuid(&mut v, field, raw).ok_or(v)
}

/// The app GetApp names: its id or its bundle id, one line of at most 255
/// characters. Which of the two it is, the catalogue tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppKey(pub String);

impl TryFrom<&pb::GetAppRequest> for AppKey {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetAppRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        if request::required(&mut v, "app_id", &r.app_id) {
            request::text(&mut v, "app_id", &r.app_id, 255, Text::Line);
        }
        v.into_result().map(|()| Self(r.app_id.clone()))
    }
}

/// The device app RemoveDeviceApp or ToggleFavorite names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeviceAppRef(pub Uuid);

impl TryFrom<&pb::RemoveDeviceAppRequest> for DeviceAppRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::RemoveDeviceAppRequest) -> Result<Self, FieldViolations> {
        the_id("device_app_id", &r.device_app_id).map(Self)
    }
}

impl TryFrom<&pb::ToggleFavoriteRequest> for DeviceAppRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::ToggleFavoriteRequest) -> Result<Self, FieldViolations> {
        the_id("device_app_id", &r.device_app_id).map(Self)
    }
}

/// The relationship DeleteAppRelationship names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelationshipRef(pub Uuid);

impl TryFrom<&pb::DeleteAppRelationshipRequest> for RelationshipRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::DeleteAppRelationshipRequest) -> Result<Self, FieldViolations> {
        the_id("relationship_id", &r.relationship_id).map(Self)
    }
}

impl AppSearch {
    /// SearchApps' query (trimmed) and category; a bad one is recorded in
    /// `v`, so the page's faults are reported with it.
    pub fn parse(v: &mut FieldViolations, r: &pb::SearchAppsRequest) -> AppSearch {
        let query = r.query.trim();
        request::text(v, "query", query, MAX_QUERY_CHARS, Text::Line);
        let category = v.check("category", parse_category(r.category)).flatten();
        AppSearch {
            query: non_empty(query),
            category,
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
    fn get_app_takes_an_id_or_a_bundle_id_on_one_line() {
        let key = |raw: &str| AppKey::try_from(&pb::GetAppRequest { app_id: raw.into() });
        assert_eq!(key("com.example.app").unwrap(), AppKey("com.example.app".into()));
        assert_eq!(fields(key("").unwrap_err()), ["app_id"]);
        assert_eq!(fields(key("a\nb").unwrap_err()), ["app_id"]);
        assert_eq!(fields(key(&"a".repeat(256)).unwrap_err()), ["app_id"]);
    }

    #[test]
    fn requests_naming_one_device_app_or_relationship() {
        let id = Uuid::now_v7();
        let remove = pb::RemoveDeviceAppRequest {
            device_app_id: id.to_string(),
        };
        assert_eq!(DeviceAppRef::try_from(&remove).unwrap(), DeviceAppRef(id));
        let bad_remove = pb::RemoveDeviceAppRequest::default();
        assert_eq!(
            fields(DeviceAppRef::try_from(&bad_remove).unwrap_err()),
            ["device_app_id"]
        );
        let favorite = pb::ToggleFavoriteRequest {
            device_app_id: id.to_string(),
        };
        assert_eq!(DeviceAppRef::try_from(&favorite).unwrap(), DeviceAppRef(id));
        let bad_favorite = pb::ToggleFavoriteRequest {
            device_app_id: "nope".into(),
        };
        assert_eq!(
            fields(DeviceAppRef::try_from(&bad_favorite).unwrap_err()),
            ["device_app_id"]
        );
        let delete = pb::DeleteAppRelationshipRequest {
            relationship_id: id.to_string(),
        };
        assert_eq!(RelationshipRef::try_from(&delete).unwrap(), RelationshipRef(id));
        let bad_delete = pb::DeleteAppRelationshipRequest {
            relationship_id: "x".into(),
        };
        assert_eq!(
            fields(RelationshipRef::try_from(&bad_delete).unwrap_err()),
            ["relationship_id"]
        );
    }

    #[test]
    fn search_filters_record_every_bad_one() {
        let mut v = FieldViolations::new();
        let search = AppSearch::parse(
            &mut v,
            &pb::SearchAppsRequest {
                query: "  insta ".into(),
                category: 4,
                ..Default::default()
            },
        );
        assert!(v.is_empty());
        assert_eq!(
            (search.query.as_deref(), search.category),
            (Some("insta"), Some("games"))
        );
        let everything = AppSearch::parse(&mut v, &pb::SearchAppsRequest::default());
        assert_eq!((everything.query, everything.category), (None, None));
        AppSearch::parse(
            &mut v,
            &pb::SearchAppsRequest {
                query: "a\u{0}b".into(),
                category: 99,
                ..Default::default()
            },
        );
        assert_eq!(fields(v), ["query", "category"]);
    }
}
