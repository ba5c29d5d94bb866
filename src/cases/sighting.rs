//! Sightings and candidate matches as validated input, as stored and as
//! sent.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use super::model::{coordinates, ImageRow, ImageStatus, MAX_PLACE_CHARS};
use crate::error::FieldViolations;
use crate::proto::cases::v1 as pb;
use crate::proto::timestamp;
use crate::request::{self, Text};
use crate::schema::{case_matches, case_sightings};

pub const MAX_SIGHTING_NOTE_CHARS: usize = 2000;
pub const MAX_DECISION_NOTE_CHARS: usize = 2000;

crate::stored_enum! {
    pub enum MatchStatus: pb::MatchStatus {
        Pending => "pending",
        Verified => "verified",
        Rejected => "rejected",
    }
}

/// Where and when, from a SubmitSighting header.
#[derive(Debug, Clone, PartialEq)]
pub struct SightingFields {
    pub place: String,
    pub seen_at: Option<DateTime<Utc>>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub note: String,
}

impl SightingFields {
    /// Checks every field (named `header.<field>`); `now` bounds the time.
    pub fn check(v: &mut FieldViolations, h: &pb::SightingHeader, now: DateTime<Utc>) -> Option<SightingFields> {
        let before = v.fields().count();
        let place = h.place.trim();
        request::text(v, "header.place", place, MAX_PLACE_CHARS, Text::Line);
        let seen_at = request::time(v, "header.seen_time", h.seen_time.as_ref()).flatten();
        if seen_at.is_some_and(|t| t > now + chrono::Duration::minutes(5)) {
            v.add("header.seen_time", "must not be in the future");
        }
        coordinates(v, "header.", h.latitude, h.longitude);
        let note = h.note.trim();
        request::text(v, "header.note", note, MAX_SIGHTING_NOTE_CHARS, Text::Prose);
        (v.fields().count() == before).then(|| SightingFields {
            place: place.to_owned(),
            seen_at,
            latitude: h.latitude,
            longitude: h.longitude,
            note: note.to_owned(),
        })
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = case_sightings, check_for_backend(diesel::pg::Pg))]
pub struct SightingRow {
    pub id: Uuid,
    pub submitter_id: Option<Uuid>,
    pub sha256: Vec<u8>,
    pub storage_key: String,
    pub mime_type: String,
    pub size_bytes: i64,
    pub width: i32,
    pub height: i32,
    pub place: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub seen_at: Option<DateTime<Utc>>,
    pub note: String,
    pub status: String,
    pub created_at: DateTime<Utc>,
}

impl From<SightingRow> for pb::Sighting {
    fn from(s: SightingRow) -> Self {
        pb::Sighting {
            id: s.id.to_string(),
            mime_type: s.mime_type,
            size_bytes: s.size_bytes,
            width: s.width,
            height: s.height,
            sha256: hex::encode(&s.sha256),
            place: s.place,
            seen_time: s.seen_at.map(timestamp),
            latitude: s.latitude,
            longitude: s.longitude,
            note: s.note,
            status: ImageStatus::from_stored(&s.status).map_or(0, |s| pb::ImageStatus::from(s) as i32),
            create_time: Some(timestamp(s.created_at)),
        }
    }
}

impl SightingRow {
    /// The sighting's photo as DownloadImage sends it (no case; the place
    /// as its caption).
    pub fn as_image(&self) -> pb::Image {
        pb::Image {
            id: self.id.to_string(),
            case_id: String::new(),
            mime_type: self.mime_type.clone(),
            size_bytes: self.size_bytes,
            width: self.width,
            height: self.height,
            sha256: hex::encode(&self.sha256),
            caption: self.place.clone(),
            status: ImageStatus::from_stored(&self.status).map_or(0, |s| pb::ImageStatus::from(s) as i32),
            create_time: Some(timestamp(self.created_at)),
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = case_matches, check_for_backend(diesel::pg::Pg))]
pub struct MatchRow {
    pub id: Uuid,
    pub case_id: Uuid,
    pub case_image_id: Uuid,
    pub sighting_id: Option<Uuid>,
    pub other_image_id: Option<Uuid>,
    pub score: f32,
    pub matcher: String,
    pub status: String,
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<DateTime<Utc>>,
    pub note: String,
    pub created_at: DateTime<Utc>,
}

impl MatchRow {
    /// As sent, with the sighting or other case photo it names.
    pub fn into_pb(self, sighting: Option<SightingRow>, other: Option<ImageRow>) -> pb::Match {
        let other = match (sighting, other) {
            (Some(s), _) => Some(pb::r#match::Other::Sighting(s.into())),
            (None, Some(i)) => Some(pb::r#match::Other::OtherImage(i.into())),
            (None, None) => None,
        };
        pb::Match {
            id: self.id.to_string(),
            case_id: self.case_id.to_string(),
            case_image_id: self.case_image_id.to_string(),
            other,
            score: self.score,
            matcher: self.matcher,
            status: MatchStatus::from_stored(&self.status).map_or(0, |s| pb::MatchStatus::from(s) as i32),
            decided_by: self.decided_by.map(|u| u.to_string()).unwrap_or_default(),
            decide_time: self.decided_at.map(timestamp),
            note: self.note,
            create_time: Some(timestamp(self.created_at)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sighting_header_names_every_fault() {
        let now: DateTime<Utc> = "2026-12-03T12:00:00Z".parse().unwrap();
        let h = pb::SightingHeader {
            place: "x".repeat(301),
            seen_time: Some(prost_types::Timestamp {
                seconds: now.timestamp() + 3600,
                nanos: 0,
            }),
            latitude: Some(91.0),
            longitude: None,
            note: "y".repeat(2001),
        };
        let mut v = FieldViolations::new();
        assert!(SightingFields::check(&mut v, &h, now).is_none());
        let fields: Vec<&str> = v.fields().collect();
        assert_eq!(
            fields,
            ["header.place", "header.seen_time", "header.latitude", "header.note"]
        );
    }

    #[test]
    fn match_statuses_are_allowed_by_the_schema() {
        let migration = include_str!("../../migrations/2026-12-03-000060_case_sightings/up.sql");
        for status in MatchStatus::ALL {
            assert!(migration.contains(&format!("'{}'", status.as_str())));
        }
    }
}
