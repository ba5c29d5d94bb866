//! Catalogue apps, device apps and app relationships: the rows as stored, the
//! validated inputs (each with a `parse` that is the only way in), and their
//! conversions to proto messages. Enums are stored by lower-case name.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

mod refs;
mod updates;

pub use refs::*;
pub use updates::*;

use super::catalogue::{app_message, category_from_code, personality_from_code, Category, Personality};
use crate::error::FieldViolations;
use crate::proto::apps::v1 as pb;
use crate::proto::timestamp;
use crate::request;
use crate::schema::{app_categories, app_relationships, apps, device_apps};

/// Trimmed text of at most `max` characters without control characters.
fn text(raw: &str, max: usize, too_long: &'static str) -> Result<String, &'static str> {
    let trimmed = raw.trim();
    if trimmed.chars().count() > max {
        return Err(too_long);
    }
    if trimmed.chars().any(char::is_control) {
        return Err("must not contain control characters");
    }
    Ok(trimmed.to_owned())
}

/// A store id / bundle id such as "com.instagram.android".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleId(String);

impl BundleId {
    /// Kept exactly as sent (no trimming or case folding) so it matches the
    /// ids usage uploads report for the same app.
    pub fn parse(raw: &str) -> Result<BundleId, &'static str> {
        if raw.is_empty() {
            return Err("is required");
        }
        if raw.chars().count() > 255 {
            return Err("must be at most 255 characters");
        }
        if raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err("must not contain spaces or control characters");
        }
        Ok(BundleId(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A catalogue app's display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppName(String);

impl AppName {
    pub fn parse(raw: &str) -> Result<AppName, &'static str> {
        let name = text(raw, 200, "must be at most 200 characters")?;
        if name.is_empty() {
            return Err("is required");
        }
        Ok(AppName(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A device app's nickname; empty means none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nickname(String);

impl Nickname {
    pub fn parse(raw: &str) -> Result<Nickname, &'static str> {
        text(raw, 100, "must be at most 100 characters").map(Nickname)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A relationship's note; empty means none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note(String);

impl Note {
    pub fn parse(raw: &str) -> Result<Note, &'static str> {
        text(raw, 500, "must be at most 500 characters").map(Note)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

crate::stored_enum! {
    pub enum RelationshipKind: pb::AppRelationshipKind {
        Rivals => "rivals",
        Besties => "besties",
        Frenemies => "frenemies",
    }
}

/// A category code; None for UNSPECIFIED.
pub fn parse_category(raw: i32) -> Result<Option<&'static str>, &'static str> {
    Category::optional(raw)
        .map(|c| c.map(Category::as_str))
        .map_err(|_| "is not a known category")
}

pub fn personality_name(personality: pb::AppPersonality) -> Option<&'static str> {
    Personality::try_from(personality).ok().map(Personality::as_str)
}

/// A personality's stored name; None for UNSPECIFIED.
pub fn parse_personality(raw: i32) -> Result<Option<&'static str>, &'static str> {
    Personality::optional(raw)
        .map(|p| p.map(Personality::as_str))
        .map_err(|_| "is not a known personality")
}

pub fn kind_name(kind: pb::AppRelationshipKind) -> Option<&'static str> {
    RelationshipKind::try_from(kind).ok().map(RelationshipKind::as_str)
}

pub fn kind_from_name(name: &str) -> pb::AppRelationshipKind {
    RelationshipKind::from_stored(name).map_or(pb::AppRelationshipKind::Unspecified, pb::AppRelationshipKind::from)
}

/// A relationship kind's stored name; None for UNSPECIFIED.
pub fn parse_kind(raw: i32) -> Result<Option<&'static str>, &'static str> {
    RelationshipKind::optional(raw)
        .map(|k| k.map(RelationshipKind::as_str))
        .map_err(|_| "is not a known relationship kind")
}

/// Where a value is required: UNSPECIFIED is refused like an unknown value.
pub fn specified<T>(parsed: Result<Option<T>, &'static str>) -> Result<T, &'static str> {
    parsed?.ok_or("must be specified")
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = apps, check_for_backend(diesel::pg::Pg))]
pub struct AppRow {
    pub id: Uuid,
    pub bundle_id: String,
    pub name: String,
    pub category: String,
    pub default_personality: String,
    pub created_at: DateTime<Utc>,
}

impl From<AppRow> for pb::App {
    fn from(a: AppRow) -> Self {
        app_message(
            a.id,
            a.bundle_id,
            a.name,
            &a.category,
            &a.default_personality,
            a.created_at,
        )
    }
}

/// An admin's edit of a catalogue app; `None` leaves a column as it is.
#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = apps)]
pub struct AppChanges {
    pub name: Option<String>,
    pub category: Option<String>,
    pub default_personality: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = app_categories, check_for_backend(diesel::pg::Pg))]
pub struct CategoryRow {
    pub code: String,
    pub name: String,
    pub description: String,
}

impl From<CategoryRow> for pb::Category {
    fn from(c: CategoryRow) -> Self {
        pb::Category {
            category: category_from_code(&c.code) as i32,
            name: c.name,
            description: c.description,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = device_apps, check_for_backend(diesel::pg::Pg))]
pub struct DeviceAppRow {
    pub id: Uuid,
    pub device_id: Uuid,
    pub nickname: String,
    pub personality_override: Option<String>,
    pub is_favorite: bool,
    pub created_at: DateTime<Utc>,
}

/// A device app with its catalogue app, as every read returns it.
#[derive(Debug, Clone)]
pub struct DeviceApp {
    pub row: DeviceAppRow,
    pub app: AppRow,
}

impl From<(DeviceAppRow, AppRow)> for DeviceApp {
    fn from((row, app): (DeviceAppRow, AppRow)) -> Self {
        DeviceApp { row, app }
    }
}

impl From<DeviceApp> for pb::DeviceApp {
    fn from(DeviceApp { row, app }: DeviceApp) -> Self {
        let personality_override = row.personality_override.as_deref().map(personality_from_code);
        let personality =
            personality_override.unwrap_or_else(|| personality_from_code(&app.default_personality)) as i32;
        pb::DeviceApp {
            id: row.id.to_string(),
            device_id: row.device_id.to_string(),
            app: Some(app.into()),
            nickname: row.nickname,
            personality_override: personality_override.unwrap_or(pb::AppPersonality::Unspecified) as i32,
            personality,
            is_favorite: row.is_favorite,
            create_time: Some(timestamp(row.created_at)),
        }
    }
}

/// An app to put on a device; the name and category only count when the
/// bundle id is new to the catalogue.
#[derive(Debug, Clone)]
pub struct NewDeviceApp {
    pub device_id: Uuid,
    pub bundle_id: BundleId,
    pub name: Option<AppName>,
    pub category: Option<&'static str>,
    pub nickname: Nickname,
    pub personality_override: Option<&'static str>,
}

impl TryFrom<pb::AddDeviceAppRequest> for NewDeviceApp {
    type Error = FieldViolations;

    fn try_from(r: pb::AddDeviceAppRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let device_id = request::uuid(&mut v, "device_id", &r.device_id);
        let bundle_id = v.check("bundle_id", BundleId::parse(&r.bundle_id));
        let name = match r.name.trim() {
            "" => Some(None),
            name => v.check("name", AppName::parse(name)).map(Some),
        };
        let category = v.check("category", parse_category(r.category));
        let nickname = v.check("nickname", Nickname::parse(&r.nickname));
        let personality_override = v.check("personality_override", parse_personality(r.personality_override));
        match (device_id, bundle_id, name, category, nickname, personality_override) {
            (
                Some(device_id),
                Some(bundle_id),
                Some(name),
                Some(category),
                Some(nickname),
                Some(personality_override),
            ) if v.is_empty() => Ok(NewDeviceApp {
                device_id,
                bundle_id,
                name,
                category,
                nickname,
                personality_override,
            }),
            _ => Err(v),
        }
    }
}

/// A change to a device app; `None` leaves a column as it is.
#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = device_apps)]
pub struct DeviceAppChanges {
    pub nickname: Option<String>,
    /// `Some(None)` goes back to the app's default personality.
    pub personality_override: Option<Option<String>>,
    pub is_favorite: Option<bool>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = app_relationships, check_for_backend(diesel::pg::Pg))]
pub struct RelationshipRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub device_app_a_id: Uuid,
    pub device_app_b_id: Uuid,
    pub kind: String,
    pub note: String,
    pub request_id: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl From<RelationshipRow> for pb::AppRelationship {
    fn from(r: RelationshipRow) -> Self {
        pb::AppRelationship {
            id: r.id.to_string(),
            device_app_a_id: r.device_app_a_id.to_string(),
            device_app_b_id: r.device_app_b_id.to_string(),
            kind: kind_from_name(&r.kind) as i32,
            note: r.note,
            create_time: Some(timestamp(r.created_at)),
        }
    }
}

/// Two different device apps (ownership is checked when stored).
#[derive(Debug, Clone)]
pub struct NewRelationship {
    pub device_app_a_id: Uuid,
    pub device_app_b_id: Uuid,
    pub kind: &'static str,
    pub note: Note,
    pub request_id: Option<String>,
}

impl TryFrom<pb::CreateAppRelationshipRequest> for NewRelationship {
    type Error = FieldViolations;

    fn try_from(r: pb::CreateAppRelationshipRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let relationship = r.relationship.unwrap_or_default();
        let a = request::uuid(&mut v, "relationship.device_app_a_id", &relationship.device_app_a_id);
        let b = request::uuid(&mut v, "relationship.device_app_b_id", &relationship.device_app_b_id);
        if a.is_some() && a == b {
            v.add("relationship.device_app_b_id", "must differ from device_app_a_id");
        }
        let kind = v.check("relationship.kind", specified(parse_kind(relationship.kind)));
        let note = v.check("relationship.note", Note::parse(&relationship.note));
        let request_id = request::request_id(&mut v, &r.request_id);
        match (a, b, kind, note) {
            (Some(device_app_a_id), Some(device_app_b_id), Some(kind), Some(note)) if v.is_empty() => {
                Ok(NewRelationship {
                    device_app_a_id,
                    device_app_b_id,
                    kind,
                    note,
                    request_id,
                })
            }
            _ => Err(v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_personality_and_kind_round_trips_by_name() {
        for value in 1..=16 {
            let p = pb::AppPersonality::try_from(value).unwrap();
            let name = personality_name(p).unwrap();
            assert_eq!(name, name.to_lowercase());
            assert_eq!(personality_from_code(name), p);
        }
        assert_eq!(personality_name(pb::AppPersonality::TimeWaster), Some("time_waster"));
        for value in 1..=3 {
            let k = pb::AppRelationshipKind::try_from(value).unwrap();
            assert_eq!(kind_from_name(kind_name(k).unwrap()), k);
        }
        assert_eq!(kind_name(pb::AppRelationshipKind::Frenemies), Some("frenemies"));
    }

    #[test]
    fn enums_must_be_known_and_specified_where_required() {
        assert_eq!(parse_personality(0), Ok(None));
        assert!(parse_personality(17).is_err());
        assert_eq!(specified(parse_kind(0)), Err("must be specified"));
        assert_eq!(specified(parse_kind(1)), Ok("rivals"));
        assert!(specified(parse_kind(-1)).is_err());
        assert_eq!(parse_category(4), Ok(Some("games")));
        assert!(parse_category(11).is_err());
    }

    #[test]
    fn text_inputs() {
        assert!(BundleId::parse("").is_err());
        assert!(BundleId::parse("com.example app").is_err());
        assert!(BundleId::parse(&"a".repeat(256)).is_err());
        assert_eq!(BundleId::parse("com.Example.app").unwrap().as_str(), "com.Example.app");
        assert_eq!(AppName::parse("  Insta ").unwrap().as_str(), "Insta");
        assert!(AppName::parse("   ").is_err());
        assert!(AppName::parse(&"n".repeat(201)).is_err());
        assert_eq!(Nickname::parse("").unwrap().as_str(), "");
        assert!(Nickname::parse(&"n".repeat(101)).is_err());
        assert!(Nickname::parse("line\nbreak").is_err());
        assert!(Note::parse(&"n".repeat(501)).is_err());
        assert!(
            Note::parse(&"é".repeat(500)).is_ok(),
            "limits count characters, not bytes"
        );
    }
}
