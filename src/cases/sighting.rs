//! Sightings and candidate matches as validated input, as stored and as
//! sent, and MatchService's requests, checked: every field valid, or
//! every bad field named.

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

/// The photo hits SearchByImage returns by default, and at most.
pub const DEFAULT_TOP_K: i32 = 10;
pub const MAX_TOP_K: i32 = 50;

impl TryFrom<&pb::SubmitSightingRequest> for SightingFields {
    type Error = FieldViolations;

    fn try_from(first: &pb::SubmitSightingRequest) -> Result<Self, FieldViolations> {
        SightingFields::sent(first, Utc::now())
    }
}

impl SightingFields {
    /// SubmitSighting's first message, its header, checked at `now`; the
    /// photo's chunks that follow are checked as they come.
    pub fn sent(first: &pb::SubmitSightingRequest, now: DateTime<Utc>) -> Result<SightingFields, FieldViolations> {
        use pb::submit_sighting_request::Part;
        let mut v = FieldViolations::new();
        let Some(Part::Header(header)) = &first.part else {
            v.add("header", "must come first");
            return Err(v);
        };
        SightingFields::check(&mut v, header, now).ok_or(v)
    }
}

/// VerifyMatch and RejectMatch: which match, and the decider's note,
/// trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub match_id: Uuid,
    pub note: String,
}

impl Decision {
    fn check(match_id: &str, note: &str) -> Result<Decision, FieldViolations> {
        let mut v = FieldViolations::new();
        let match_id = request::uuid(&mut v, "match_id", match_id);
        let note = note.trim();
        request::text(&mut v, "note", note, MAX_DECISION_NOTE_CHARS, Text::Prose);
        match match_id.filter(|_| v.is_empty()) {
            Some(match_id) => Ok(Decision {
                match_id,
                note: note.to_owned(),
            }),
            None => Err(v),
        }
    }
}

impl TryFrom<&pb::VerifyMatchRequest> for Decision {
    type Error = FieldViolations;

    fn try_from(r: &pb::VerifyMatchRequest) -> Result<Self, FieldViolations> {
        Decision::check(&r.match_id, &r.note)
    }
}

impl TryFrom<&pb::RejectMatchRequest> for Decision {
    type Error = FieldViolations;

    fn try_from(r: &pb::RejectMatchRequest) -> Result<Self, FieldViolations> {
        Decision::check(&r.match_id, &r.note)
    }
}

/// SearchByImage: the probe picture and how many hits to return. The
/// probe's size cap is the settings', checked before; its bytes are
/// checked by decoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageSearch {
    pub probe: Vec<u8>,
    pub top_k: usize,
}

impl TryFrom<pb::SearchByImageRequest> for ImageSearch {
    type Error = FieldViolations;

    fn try_from(r: pb::SearchByImageRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        if r.probe.is_empty() {
            v.add("probe", "is required");
        }
        if !(0..=MAX_TOP_K).contains(&r.top_k) {
            v.add("top_k", format!("must be 1 to {MAX_TOP_K} (0: {DEFAULT_TOP_K})"));
        }
        v.into_result()?;
        let top_k = if r.top_k == 0 { DEFAULT_TOP_K } else { r.top_k };
        Ok(ImageSearch {
            probe: r.probe,
            top_k: top_k as usize,
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

    fn fields<T: std::fmt::Debug>(checked: Result<T, FieldViolations>) -> Vec<String> {
        checked.unwrap_err().fields().map(str::to_owned).collect()
    }

    #[test]
    fn a_sighting_starts_with_its_header() {
        use pb::submit_sighting_request::Part;
        let now: DateTime<Utc> = "2026-12-03T12:00:00Z".parse().unwrap();
        let header = |place: &str, latitude: Option<f64>| pb::SubmitSightingRequest {
            part: Some(Part::Header(pb::SightingHeader {
                place: place.into(),
                latitude,
                longitude: latitude,
                note: " Near the bridge ".into(),
                ..Default::default()
            })),
        };
        let fields_now = SightingFields::sent(&header(" Market ", Some(51.5)), now).unwrap();
        assert_eq!(
            (fields_now.place.as_str(), fields_now.note.as_str(), fields_now.latitude),
            ("Market", "Near the bridge", Some(51.5))
        );
        assert_eq!(
            fields(SightingFields::sent(&header("a\nb", Some(-91.0)), now)),
            ["header.place", "header.latitude"]
        );
        let chunk = pb::SubmitSightingRequest {
            part: Some(Part::Chunk(vec![1])),
        };
        assert_eq!(fields(SightingFields::sent(&chunk, now)), ["header"]);
        assert_eq!(
            fields(SightingFields::sent(&pb::SubmitSightingRequest::default(), now)),
            ["header"]
        );
    }

    #[test]
    fn a_decision_names_the_match_and_keeps_its_note_trimmed() {
        let id = Uuid::now_v7();
        let verify = pb::VerifyMatchRequest {
            match_id: id.to_string(),
            note: " Same scar \n".into(),
        };
        assert_eq!(
            Decision::try_from(&verify).unwrap(),
            Decision {
                match_id: id,
                note: "Same scar".into()
            }
        );
        let reject = pb::RejectMatchRequest {
            match_id: "nope".into(),
            note: "x".repeat(MAX_DECISION_NOTE_CHARS + 1),
        };
        assert_eq!(fields(Decision::try_from(&reject)), ["match_id", "note"]);
    }

    #[test]
    fn an_image_search_takes_a_probe_and_a_bounded_top_k() {
        let search = |probe: &[u8], top_k| {
            ImageSearch::try_from(pb::SearchByImageRequest {
                probe: probe.to_vec(),
                top_k,
            })
        };
        assert_eq!(search(b"jpeg", 0).unwrap().top_k, DEFAULT_TOP_K as usize);
        assert_eq!(
            search(b"jpeg", MAX_TOP_K).unwrap(),
            ImageSearch {
                probe: b"jpeg".to_vec(),
                top_k: MAX_TOP_K as usize
            }
        );
        assert_eq!(fields(search(b"", MAX_TOP_K + 1)), ["probe", "top_k"]);
        assert_eq!(fields(search(b"jpeg", -1)), ["top_k"]);
    }

    #[test]
    fn match_statuses_are_allowed_by_the_schema() {
        let migration = include_str!("../../migrations/2026-12-03-000060_case_sightings/up.sql");
        for status in MatchStatus::ALL {
            assert!(migration.contains(&format!("'{}'", status.as_str())));
        }
    }
}
