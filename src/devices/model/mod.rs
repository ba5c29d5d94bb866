//! Devices and their relationships as stored, as validated input, and as sent.
//! Enums are stored by lower-case name ("ios", "gen_z", "siblings").

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

mod refs;
mod requests;

pub use refs::*;
pub use requests::*;

use crate::proto::devices::v1 as pb;
use crate::proto::timestamp;
use crate::schema::{device_relationships, devices};

crate::stored_enum! {
    pub enum Platform: pb::Platform {
        Ios => "ios",
        Android => "android",
        Macos => "macos",
        Windows => "windows",
        Linux => "linux",
        Other => "other",
    }
}

crate::stored_enum! {
    pub enum DeviceType: pb::DeviceType {
        Smartphone => "smartphone",
        Tablet => "tablet",
        Laptop => "laptop",
        Desktop => "desktop",
        Watch => "watch",
        Other => "other",
    }
}

crate::stored_enum! {
    /// How a device talks when it becomes a character.
    pub enum Personality: pb::DevicePersonality {
        Snarky => "snarky",
        Logical => "logical",
        Chaotic => "chaotic",
        Supportive => "supportive",
        Dramatic => "dramatic",
        Minimalist => "minimalist",
        Anxious => "anxious",
        Boomer => "boomer",
        GenZ => "gen_z",
        Philosophical => "philosophical",
        Gossip => "gossip",
        Corporate => "corporate",
    }
}

crate::stored_enum! {
    pub enum RelationshipKind: pb::DeviceRelationshipKind {
        Siblings => "siblings",
        Rivals => "rivals",
        Besties => "besties",
    }
}

/// Trimmed text of at most `max` characters, without control characters.
fn clean_text(raw: &str, max: usize) -> Result<String, String> {
    let text = raw.trim();
    crate::request::check_text(text, max, crate::request::Text::Line)?;
    Ok(text.to_owned())
}

/// A device's name: 1 to 100 characters once trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceName(String);

impl DeviceName {
    pub fn parse(raw: &str) -> Result<DeviceName, String> {
        let name = clean_text(raw, 100)?;
        if name.is_empty() {
            return Err("is required".into());
        }
        Ok(DeviceName(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An optional nickname (empty for none), at most 100 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nickname(String);

impl Nickname {
    pub fn parse(raw: &str) -> Result<Nickname, String> {
        clean_text(raw, 100).map(Nickname)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A relationship's optional note, at most 500 characters; line breaks are
/// allowed, other control characters are not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note(String);

impl Note {
    pub fn parse(raw: &str) -> Result<Note, String> {
        let note = raw.trim();
        crate::request::check_text(note, 500, crate::request::Text::Prose)?;
        Ok(Note(note.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A device to create, every field valid.
#[derive(Debug, Clone)]
pub struct NewDevice {
    pub name: DeviceName,
    pub platform: Platform,
    pub device_type: DeviceType,
    pub personality: Personality,
    pub nickname: Nickname,
    pub is_primary: bool,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = devices)]
pub struct NewDeviceRow<'a> {
    pub id: Uuid,
    pub user_id: Uuid,
    pub name: &'a str,
    pub platform: &'static str,
    pub device_type: &'static str,
    pub personality: &'static str,
    pub nickname: &'a str,
    /// Always false on insert: a primary device is made primary afterwards,
    /// together with unsetting the previous one.
    pub is_primary: bool,
    pub request_id: Option<&'a str>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = devices, check_for_backend(diesel::pg::Pg))]
pub struct DeviceRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub name: String,
    pub platform: String,
    pub device_type: String,
    pub personality: String,
    pub nickname: String,
    pub is_primary: bool,
    pub is_active: bool,
    pub last_synced_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An UpdateDevice; `None` leaves a column as it is.
#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = devices)]
pub struct DeviceChanges {
    pub name: Option<String>,
    pub nickname: Option<String>,
    pub platform: Option<&'static str>,
    pub device_type: Option<&'static str>,
    pub personality: Option<&'static str>,
    pub is_active: Option<bool>,
}

/// ListDevices filters; `None` means any.
#[derive(Debug, Default, Clone)]
pub struct DeviceFilter {
    pub platform: Option<Platform>,
    pub personality: Option<Personality>,
    pub is_active: Option<bool>,
}

/// A relationship to create between two different devices.
#[derive(Debug, Clone)]
pub struct NewRelationship {
    pub device_a_id: Uuid,
    pub device_b_id: Uuid,
    pub kind: RelationshipKind,
    pub note: Note,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = device_relationships)]
pub struct NewRelationshipRow<'a> {
    pub id: Uuid,
    pub user_id: Uuid,
    pub device_a_id: Uuid,
    pub device_b_id: Uuid,
    pub kind: &'static str,
    pub note: &'a str,
    pub request_id: Option<&'a str>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = device_relationships, check_for_backend(diesel::pg::Pg))]
pub struct RelationshipRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub device_a_id: Uuid,
    pub device_b_id: Uuid,
    pub kind: String,
    pub note: String,
    pub created_at: DateTime<Utc>,
}

/// The proto value of a stored name; the CHECK constraints admit only known
/// names, so the fallback is never used.
fn wire<E: Copy, P: From<E> + Into<i32>>(stored: &str, parse: fn(&str) -> Option<E>, fallback: P) -> i32 {
    parse(stored).map_or(fallback, P::from).into()
}

impl From<DeviceRow> for pb::Device {
    fn from(d: DeviceRow) -> Self {
        pb::Device {
            id: d.id.to_string(),
            platform: wire(&d.platform, Platform::from_stored, pb::Platform::Unspecified),
            device_type: wire(&d.device_type, DeviceType::from_stored, pb::DeviceType::Unspecified),
            personality: wire(
                &d.personality,
                Personality::from_stored,
                pb::DevicePersonality::Unspecified,
            ),
            name: d.name,
            nickname: d.nickname,
            is_primary: d.is_primary,
            is_active: d.is_active,
            last_synced_at: d.last_synced_at.map(timestamp),
            create_time: Some(timestamp(d.created_at)),
            update_time: Some(timestamp(d.updated_at)),
        }
    }
}

impl From<RelationshipRow> for pb::DeviceRelationship {
    fn from(r: RelationshipRow) -> Self {
        pb::DeviceRelationship {
            id: r.id.to_string(),
            device_a_id: r.device_a_id.to_string(),
            device_b_id: r.device_b_id.to_string(),
            kind: wire(
                &r.kind,
                RelationshipKind::from_stored,
                pb::DeviceRelationshipKind::Unspecified,
            ),
            note: r.note,
            create_time: Some(timestamp(r.created_at)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant's stored name is accepted by the migration's CHECK and
    /// round-trips through the proto enum.
    #[test]
    fn stored_names_round_trip() {
        for p in Platform::ALL {
            assert_eq!(Platform::from_stored(p.as_str()), Some(*p));
            assert_eq!(Platform::from_wire(pb::Platform::from(*p) as i32), Ok(*p));
        }
        for t in DeviceType::ALL {
            assert_eq!(DeviceType::from_stored(t.as_str()), Some(*t));
            assert_eq!(DeviceType::from_wire(pb::DeviceType::from(*t) as i32), Ok(*t));
        }
        for p in Personality::ALL {
            assert_eq!(Personality::from_stored(p.as_str()), Some(*p));
            assert_eq!(Personality::from_wire(pb::DevicePersonality::from(*p) as i32), Ok(*p));
        }
        for k in RelationshipKind::ALL {
            assert_eq!(RelationshipKind::from_stored(k.as_str()), Some(*k));
        }
        assert_eq!(Personality::ALL.len(), 12);
        assert_eq!(Personality::GenZ.as_str(), "gen_z");
        let migration = include_str!("../../../migrations/2026-11-23-000001_devices_apps/up.sql");
        let names = Platform::ALL.iter().map(|p| p.as_str());
        let names = names.chain(DeviceType::ALL.iter().map(|t| t.as_str()));
        let names = names.chain(Personality::ALL.iter().map(|p| p.as_str()));
        for name in names.chain(RelationshipKind::ALL.iter().map(|k| k.as_str())) {
            assert!(
                migration.contains(&format!("'{name}'")),
                "{name} is not allowed by the schema"
            );
        }
    }

    #[test]
    fn unspecified_and_unknown_values_are_refused_but_filter_as_any() {
        assert_eq!(Platform::from_wire(0), Err("must be specified"));
        assert_eq!(Platform::from_wire(99), Err("is not a known value"));
        assert_eq!(Personality::optional(0), Ok(None));
        assert_eq!(Personality::optional(9), Ok(Some(Personality::GenZ)));
        assert!(Personality::optional(-1).is_err());
    }

    #[test]
    fn names_nicknames_and_notes() {
        assert_eq!(DeviceName::parse("  Pixel  ").unwrap().as_str(), "Pixel");
        assert!(DeviceName::parse("   ").is_err());
        assert!(DeviceName::parse(&"x".repeat(100)).is_ok());
        assert!(DeviceName::parse(&"é".repeat(101)).is_err());
        assert!(DeviceName::parse("a\u{0}b").is_err());
        assert_eq!(Nickname::parse("").unwrap().as_str(), "");
        assert!(Nickname::parse(&"x".repeat(101)).is_err());
        assert!(Note::parse("line one\nline two").is_ok());
        assert!(Note::parse("bell\u{7}").is_err());
        assert!(Note::parse(&"x".repeat(501)).is_err());
    }
}
