//! Update requests, checked: the id, and the columns the mask changes.

use uuid::Uuid;

use super::{parse_category, parse_personality, specified, AppChanges, AppName, DeviceAppChanges, Nickname};
use crate::error::FieldViolations;
use crate::proto::apps::v1 as pb;
use crate::request::{self, MaskPath};

/// What UpdateApp changes.
#[derive(Debug, Clone, Copy)]
enum AppPath {
    Name,
    Category,
    DefaultPersonality,
}

impl MaskPath for AppPath {
    const UPDATABLE: &'static [(&'static str, Self)] = &[
        ("name", AppPath::Name),
        ("category", AppPath::Category),
        ("default_personality", AppPath::DefaultPersonality),
    ];
}

/// What UpdateDeviceApp changes.
#[derive(Debug, Clone, Copy)]
enum DeviceAppPath {
    Nickname,
    PersonalityOverride,
    IsFavorite,
}

impl MaskPath for DeviceAppPath {
    const UPDATABLE: &'static [(&'static str, Self)] = &[
        ("nickname", DeviceAppPath::Nickname),
        ("personality_override", DeviceAppPath::PersonalityOverride),
        ("is_favorite", DeviceAppPath::IsFavorite),
    ];
}

/// Reads the fields named by an UpdateApp mask into column changes.
fn app_changes(app: &pb::App, paths: &[String], v: &mut FieldViolations) -> AppChanges {
    let mut changes = AppChanges::default();
    for path in paths {
        match AppPath::read(v, path) {
            Some(AppPath::Name) => {
                changes.name = v
                    .check("app.name", AppName::parse(&app.name))
                    .map(|n| n.as_str().to_owned())
            }
            Some(AppPath::Category) => {
                changes.category = v
                    .check("app.category", specified(parse_category(app.category)))
                    .map(str::to_owned)
            }
            Some(AppPath::DefaultPersonality) => {
                changes.default_personality = v
                    .check(
                        "app.default_personality",
                        specified(parse_personality(app.default_personality)),
                    )
                    .map(str::to_owned)
            }
            None => {}
        }
    }
    changes
}

/// Reads the fields named by an UpdateDeviceApp mask into column changes.
fn device_app_changes(device_app: &pb::DeviceApp, paths: &[String], v: &mut FieldViolations) -> DeviceAppChanges {
    let mut changes = DeviceAppChanges::default();
    for path in paths {
        match DeviceAppPath::read(v, path) {
            Some(DeviceAppPath::Nickname) => {
                changes.nickname = v
                    .check("device_app.nickname", Nickname::parse(&device_app.nickname))
                    .map(|n| n.as_str().to_owned())
            }
            // Unspecified clears the override: the app's default applies again.
            Some(DeviceAppPath::PersonalityOverride) => {
                changes.personality_override = v
                    .check(
                        "device_app.personality_override",
                        parse_personality(device_app.personality_override),
                    )
                    .map(|p| p.map(str::to_owned))
            }
            Some(DeviceAppPath::IsFavorite) => changes.is_favorite = Some(device_app.is_favorite),
            None => {}
        }
    }
    changes
}

/// UpdateApp (admins): which app, its column changes, and the mask's paths
/// (the audit log records them).
#[derive(Debug)]
pub struct AppUpdate {
    pub app_id: Uuid,
    pub changes: AppChanges,
    pub paths: Vec<String>,
}

impl TryFrom<pb::UpdateAppRequest> for AppUpdate {
    type Error = FieldViolations;

    fn try_from(r: pb::UpdateAppRequest) -> Result<Self, FieldViolations> {
        let app = r.app.unwrap_or_default();
        let mut v = FieldViolations::new();
        let app_id = request::uuid(&mut v, "app.id", &app.id);
        let paths = request::update_mask(&mut v, r.update_mask);
        let changes = app_changes(&app, &paths, &mut v);
        match app_id.filter(|_| v.is_empty()) {
            Some(app_id) => Ok(Self { app_id, changes, paths }),
            None => Err(v),
        }
    }
}

/// UpdateDeviceApp: which of the caller's device apps, and its changes.
#[derive(Debug)]
pub struct DeviceAppUpdate {
    pub device_app_id: Uuid,
    pub changes: DeviceAppChanges,
}

impl TryFrom<pb::UpdateDeviceAppRequest> for DeviceAppUpdate {
    type Error = FieldViolations;

    fn try_from(r: pb::UpdateDeviceAppRequest) -> Result<Self, FieldViolations> {
        let device_app = r.device_app.unwrap_or_default();
        let mut v = FieldViolations::new();
        let device_app_id = request::uuid(&mut v, "device_app.id", &device_app.id);
        let paths = request::update_mask(&mut v, r.update_mask);
        let changes = device_app_changes(&device_app, &paths, &mut v);
        match device_app_id.filter(|_| v.is_empty()) {
            Some(device_app_id) => Ok(Self { device_app_id, changes }),
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

    fn mask(paths: &[&str]) -> Option<prost_types::FieldMask> {
        Some(prost_types::FieldMask {
            paths: paths.iter().map(|p| p.to_string()).collect(),
        })
    }

    #[test]
    fn update_app_reads_the_masked_fields_and_keeps_the_paths() {
        let id = Uuid::now_v7();
        let update = AppUpdate::try_from(pb::UpdateAppRequest {
            app: Some(pb::App {
                id: id.to_string(),
                name: " Notes ".into(),
                ..Default::default()
            }),
            update_mask: mask(&["name"]),
        })
        .unwrap();
        assert_eq!(update.app_id, id);
        assert_eq!(update.changes.name.as_deref(), Some("Notes"));
        assert_eq!(update.changes.category, None);
        assert_eq!(update.paths, ["name"]);
        let bad = pb::UpdateAppRequest {
            app: Some(pb::App {
                id: "nope".into(),
                ..Default::default()
            }),
            update_mask: mask(&["category", "bundle_id"]),
        };
        let errors = fields(AppUpdate::try_from(bad).unwrap_err());
        assert_eq!(errors[..2], ["app.id", "app.category"]);
        assert_eq!(errors.len(), 3, "the unknown path is named too: {errors:?}");
        let unmasked = pb::UpdateAppRequest {
            app: Some(pb::App {
                id: id.to_string(),
                ..Default::default()
            }),
            update_mask: None,
        };
        assert_eq!(fields(AppUpdate::try_from(unmasked).unwrap_err()), ["update_mask"]);
    }

    #[test]
    fn update_device_app_clears_an_unspecified_override() {
        let id = Uuid::now_v7();
        let update = DeviceAppUpdate::try_from(pb::UpdateDeviceAppRequest {
            device_app: Some(pb::DeviceApp {
                id: id.to_string(),
                is_favorite: true,
                ..Default::default()
            }),
            update_mask: mask(&["personality_override", "is_favorite"]),
        })
        .unwrap();
        assert_eq!(update.device_app_id, id);
        assert_eq!(update.changes.personality_override, Some(None));
        assert_eq!(update.changes.is_favorite, Some(true));
        let bad = pb::UpdateDeviceAppRequest {
            device_app: Some(pb::DeviceApp {
                id: id.to_string(),
                nickname: "a\nb".into(),
                ..Default::default()
            }),
            update_mask: mask(&["nickname"]),
        };
        assert_eq!(
            fields(DeviceAppUpdate::try_from(bad).unwrap_err()),
            ["device_app.nickname"]
        );
    }
}
