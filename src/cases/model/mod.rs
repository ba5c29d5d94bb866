//! A case's fields as validated input, as stored and as sent. Every field
//! is checked here, before anything is written; an update merges the
//! masked fields into the stored case and checks the result the same way.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::error::FieldViolations;
use crate::proto::cases::v1 as pb;
use crate::proto::timestamp;
use crate::request::{self, Text};
use crate::schema::{case_images, cases};

mod requests;
mod uploads;
pub use requests::*;
pub use uploads::*;

pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_ALIASES: usize = 10;
pub const MAX_ALIAS_CHARS: usize = 100;
pub const MAX_PLACE_CHARS: usize = 300;
pub const MAX_DESCRIPTION_CHARS: usize = 4000;
pub const MAX_NOTE_CHARS: usize = 500;
pub const MAX_QUERY_CHARS: usize = 100;
pub const MAX_CAPTION_CHARS: usize = 300;

crate::stored_enum! {
    pub enum CaseStatus: pb::CaseStatus {
        Open => "open",
        Found => "found",
        Closed => "closed",
        Archived => "archived",
    }
}

crate::stored_enum! {
    pub enum Priority: pb::Priority {
        High => "high",
        Normal => "normal",
        Low => "low",
    }
}

crate::stored_enum! {
    pub enum Gender: pb::Gender {
        Female => "female",
        Male => "male",
        Other => "other",
    }
}

crate::stored_enum! {
    pub enum ImageStatus: pb::ImageStatus {
        Queued => "queued",
        Processing => "processing",
        Done => "done",
        Failed => "failed",
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = cases, check_for_backend(diesel::pg::Pg))]
pub struct CaseRow {
    pub id: Uuid,
    pub reporter_id: Option<Uuid>,
    pub full_name: String,
    pub aliases: Vec<Option<String>>,
    pub date_of_birth: Option<NaiveDate>,
    pub age: Option<i32>,
    pub gender: Option<String>,
    pub height_cm: Option<i32>,
    pub last_seen_at: Option<DateTime<Utc>>,
    pub last_seen_place: String,
    pub last_seen_lat: Option<f64>,
    pub last_seen_lng: Option<f64>,
    pub description: String,
    pub status: String,
    pub priority: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A case's own fields, checked: what CreateCase stores and UpdateCase
/// writes back.
#[derive(Debug, Clone, AsChangeset, Insertable)]
#[diesel(table_name = cases, treat_none_as_null = true)]
pub struct CaseFields {
    pub full_name: String,
    pub aliases: Vec<String>,
    pub date_of_birth: Option<NaiveDate>,
    pub age: Option<i32>,
    pub gender: Option<&'static str>,
    pub height_cm: Option<i32>,
    pub last_seen_at: Option<DateTime<Utc>>,
    pub last_seen_place: String,
    pub last_seen_lat: Option<f64>,
    pub last_seen_lng: Option<f64>,
    pub description: String,
    pub priority: &'static str,
}

fn line(v: &mut FieldViolations, field: &str, raw: &str, max: usize, required: bool) -> String {
    let text = raw.trim();
    if required && text.is_empty() {
        v.add(field, "is required");
    }
    request::text(v, field, text, max, Text::Line);
    text.to_owned()
}

impl CaseFields {
    /// Checks every field of `c` (named `case.<field>`); `today` bounds a
    /// date of birth and `now` a last-seen time.
    pub fn check(v: &mut FieldViolations, c: &pb::Case, now: DateTime<Utc>) -> Option<CaseFields> {
        let before = v.fields().count();
        let full_name = line(v, "case.full_name", &c.full_name, MAX_NAME_CHARS, true);
        let mut aliases = Vec::new();
        if request::count(v, "case.aliases", &c.aliases, MAX_ALIASES) {
            for (i, alias) in c.aliases.iter().enumerate() {
                let alias = line(v, &format!("case.aliases[{i}]"), alias, MAX_ALIAS_CHARS, true);
                if !alias.is_empty() && !aliases.contains(&alias) {
                    aliases.push(alias);
                }
            }
        }
        let date_of_birth = request::optional_day(v, "case.date_of_birth", &c.date_of_birth).flatten();
        if date_of_birth.is_some_and(|d| d > now.date_naive()) {
            v.add("case.date_of_birth", "must not be in the future");
        }
        if !(0..=130).contains(&c.age) {
            v.add("case.age", "must be 0 (not known) to 130");
        }
        let gender = match c.gender {
            0 => None,
            raw => v.check("case.gender", Gender::from_wire(raw)).map(Gender::as_str),
        };
        if c.height_cm != 0 && !(30..=272).contains(&c.height_cm) {
            v.add("case.height_cm", "must be 0 (not known) or 30 to 272");
        }
        let last_seen_at = request::time(v, "case.last_seen_time", c.last_seen_time.as_ref()).flatten();
        if last_seen_at.is_some_and(|t| t > now + chrono::Duration::minutes(5)) {
            v.add("case.last_seen_time", "must not be in the future");
        }
        let last_seen_place = line(v, "case.last_seen_place", &c.last_seen_place, MAX_PLACE_CHARS, false);
        coordinates(v, "case.last_seen_", c.last_seen_latitude, c.last_seen_longitude);
        let description = c.description.trim();
        request::text(v, "case.description", description, MAX_DESCRIPTION_CHARS, Text::Prose);
        let priority = match c.priority {
            0 => Some(Priority::Normal),
            raw => v.check("case.priority", Priority::from_wire(raw)),
        };
        if v.fields().count() > before {
            return None;
        }
        Some(CaseFields {
            full_name,
            aliases,
            date_of_birth,
            age: (c.age > 0 && date_of_birth.is_none()).then_some(c.age),
            gender,
            height_cm: (c.height_cm > 0).then_some(c.height_cm),
            last_seen_at,
            last_seen_place,
            last_seen_lat: c.last_seen_latitude,
            last_seen_lng: c.last_seen_longitude,
            description: description.to_owned(),
            priority: priority?.as_str(),
        })
    }
}

/// A place on the map: both or neither, each in range (fields `<prefix>latitude`, `<prefix>longitude`).
pub fn coordinates(v: &mut FieldViolations, prefix: &str, latitude: Option<f64>, longitude: Option<f64>) {
    match (latitude, longitude) {
        (Some(lat), Some(lng)) => {
            if !(-90.0..=90.0).contains(&lat) {
                v.add(format!("{prefix}latitude"), "must be -90 to 90");
            }
            if !(-180.0..=180.0).contains(&lng) {
                v.add(format!("{prefix}longitude"), "must be -180 to 180");
            }
        }
        (None, None) => {}
        _ => v.add(format!("{prefix}latitude"), "latitude and longitude come together"),
    }
}

impl From<CaseRow> for pb::Case {
    fn from(c: CaseRow) -> Self {
        let wire = |e: Option<i32>| e.unwrap_or(0);
        pb::Case {
            id: c.id.to_string(),
            reporter_id: c.reporter_id.map(|id| id.to_string()).unwrap_or_default(),
            full_name: c.full_name,
            aliases: c.aliases.into_iter().flatten().collect(),
            date_of_birth: c.date_of_birth.map(|d| d.to_string()).unwrap_or_default(),
            age: c.age.unwrap_or(0),
            gender: wire(
                c.gender
                    .as_deref()
                    .and_then(Gender::from_stored)
                    .map(|g| pb::Gender::from(g) as i32),
            ),
            height_cm: c.height_cm.unwrap_or(0),
            last_seen_time: c.last_seen_at.map(timestamp),
            last_seen_place: c.last_seen_place,
            last_seen_latitude: c.last_seen_lat,
            last_seen_longitude: c.last_seen_lng,
            description: c.description,
            status: wire(CaseStatus::from_stored(&c.status).map(|s| pb::CaseStatus::from(s) as i32)),
            priority: wire(Priority::from_stored(&c.priority).map(|p| pb::Priority::from(p) as i32)),
            create_time: Some(timestamp(c.created_at)),
            update_time: Some(timestamp(c.updated_at)),
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = case_images, check_for_backend(diesel::pg::Pg))]
pub struct ImageRow {
    pub id: Uuid,
    pub case_id: Uuid,
    pub sha256: Vec<u8>,
    pub storage_key: String,
    pub mime_type: String,
    pub size_bytes: i64,
    pub width: i32,
    pub height: i32,
    pub caption: String,
    pub status: String,
    pub created_at: DateTime<Utc>,
}

impl From<ImageRow> for pb::Image {
    fn from(i: ImageRow) -> Self {
        pb::Image {
            id: i.id.to_string(),
            case_id: i.case_id.to_string(),
            mime_type: i.mime_type,
            size_bytes: i.size_bytes,
            width: i.width,
            height: i.height,
            sha256: hex::encode(&i.sha256),
            caption: i.caption,
            status: ImageStatus::from_stored(&i.status).map_or(0, |s| pb::ImageStatus::from(s) as i32),
            create_time: Some(timestamp(i.created_at)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        "2026-12-03T12:00:00Z".parse().unwrap()
    }

    #[test]
    fn a_case_names_every_fault() {
        let c = pb::Case {
            full_name: " ".into(),
            aliases: vec!["Al".into(), String::new()],
            date_of_birth: "2027-01-01".into(),
            age: 140,
            gender: 9,
            height_cm: 10,
            last_seen_latitude: Some(91.0),
            description: "x".repeat(4001),
            priority: 7,
            ..Default::default()
        };
        let mut v = FieldViolations::new();
        assert!(CaseFields::check(&mut v, &c, now()).is_none());
        let fields: Vec<&str> = v.fields().collect();
        assert_eq!(
            fields,
            [
                "case.full_name",
                "case.aliases[1]",
                "case.date_of_birth",
                "case.age",
                "case.gender",
                "case.height_cm",
                "case.last_seen_latitude",
                "case.description",
                "case.priority"
            ]
        );
    }

    #[test]
    fn a_good_case_is_stored_as_given_and_age_yields_to_a_birth_date() {
        let c = pb::Case {
            full_name: "  Ada Lovelace ".into(),
            aliases: vec!["Ada".into(), "Ada".into()],
            date_of_birth: "1990-05-01".into(),
            age: 36,
            last_seen_latitude: Some(51.5),
            last_seen_longitude: Some(-0.12),
            ..Default::default()
        };
        let mut v = FieldViolations::new();
        let f = CaseFields::check(&mut v, &c, now()).unwrap();
        assert_eq!(f.full_name, "Ada Lovelace");
        assert_eq!(f.aliases, ["Ada"]);
        assert_eq!(f.age, None);
        assert_eq!(f.priority, "normal");
        assert_eq!(f.gender, None);
    }

    #[test]
    fn stored_names_are_allowed_by_the_schema() {
        let migration = include_str!("../../../migrations/2026-12-03-000058_cases/up.sql");
        let names = (CaseStatus::ALL.iter().map(|s| s.as_str()))
            .chain(Priority::ALL.iter().map(|p| p.as_str()))
            .chain(Gender::ALL.iter().map(|g| g.as_str()))
            .chain(ImageStatus::ALL.iter().map(|s| s.as_str()));
        for name in names {
            assert!(migration.contains(&format!("'{name}'")), "{name}");
        }
    }
}
