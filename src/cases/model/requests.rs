//! CaseService requests, checked: every field valid, or every bad field
//! named. What needs the database (the stored case, who may change it)
//! stays with the handler; the clock and the caller are passed in, so the
//! checks are tested without either.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{CaseFields, MAX_NOTE_CHARS};
use crate::error::FieldViolations;
use crate::proto::cases::v1 as pb;
use crate::request::{self, MaskPath, Text};

/// Ok with the value when nothing was wrong.
pub(super) fn checked<T>(value: Option<T>, v: FieldViolations) -> Result<T, FieldViolations> {
    match value.filter(|_| v.is_empty()) {
        Some(value) => Ok(value),
        None => Err(v),
    }
}

impl TryFrom<&pb::CreateCaseRequest> for CaseFields {
    type Error = FieldViolations;

    fn try_from(r: &pb::CreateCaseRequest) -> Result<Self, FieldViolations> {
        CaseFields::filed(r, Utc::now())
    }
}

impl CaseFields {
    /// CreateCase's case as filed at `now` (which bounds its dates); no
    /// case at all is an empty one, so its required fields are named.
    pub fn filed(r: &pb::CreateCaseRequest, now: DateTime<Utc>) -> Result<CaseFields, FieldViolations> {
        let mut v = FieldViolations::new();
        let fields = CaseFields::check(&mut v, r.case.as_ref().unwrap_or(&pb::Case::default()), now);
        checked(fields, v)
    }
}

/// CloseCase and MarkFound: which case, and why (the reason or the note),
/// trimmed as the audit trail keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finish {
    pub case_id: Uuid,
    pub why: String,
}

impl Finish {
    /// A bad case id is reported alone; `why` is measured as sent.
    fn check(case_id: &str, field: &str, why: &str) -> Result<Finish, FieldViolations> {
        let mut v = FieldViolations::new();
        let Some(case_id) = request::uuid(&mut v, "case_id", case_id) else {
            return Err(v);
        };
        request::text(&mut v, field, why, MAX_NOTE_CHARS, Text::Prose);
        v.into_result()?;
        Ok(Finish {
            case_id,
            why: why.trim().to_owned(),
        })
    }
}

impl TryFrom<&pb::CloseCaseRequest> for Finish {
    type Error = FieldViolations;

    fn try_from(r: &pb::CloseCaseRequest) -> Result<Self, FieldViolations> {
        Finish::check(&r.case_id, "reason", &r.reason)
    }
}

impl TryFrom<&pb::MarkFoundRequest> for Finish {
    type Error = FieldViolations;

    fn try_from(r: &pb::MarkFoundRequest) -> Result<Self, FieldViolations> {
        Finish::check(&r.case_id, "note", &r.note)
    }
}

/// UpdateCase: which case, the case as sent, and the paths its mask names.
/// The paths are read against the stored case, once the caller may change
/// it ([`CaseUpdate::apply`]).
#[derive(Debug, Clone)]
pub struct CaseUpdate {
    pub case_id: Uuid,
    pub sent: pb::Case,
    pub paths: Vec<String>,
}

impl TryFrom<pb::UpdateCaseRequest> for CaseUpdate {
    type Error = FieldViolations;

    fn try_from(r: pb::UpdateCaseRequest) -> Result<Self, FieldViolations> {
        let sent = r.case.unwrap_or_default();
        let mut v = FieldViolations::new();
        // A bad id is reported alone.
        let Some(case_id) = request::uuid(&mut v, "case.id", &sent.id) else {
            return Err(v);
        };
        let paths = request::update_mask(&mut v, r.update_mask);
        v.into_result()?;
        Ok(CaseUpdate { case_id, sent, paths })
    }
}

impl CaseUpdate {
    /// `stored` with the masked fields copied over, checked as a filed case
    /// is at `now`; a path that is not updatable is named on `update_mask`.
    pub fn apply(&self, stored: pb::Case, now: DateTime<Utc>) -> Result<CaseFields, FieldViolations> {
        let mut v = FieldViolations::new();
        let merged = merge(&mut v, stored, &self.sent, &self.paths);
        let fields = CaseFields::check(&mut v, &merged, now);
        checked(fields, v)
    }
}

/// ShareCase: which case, with whom, and whether the share is taken back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    pub case_id: Uuid,
    pub user_id: Uuid,
    pub revoke: bool,
}

impl Share {
    /// `caller` is who shares: sharing with oneself is named with the
    /// other faults, so it takes the caller rather than being a TryFrom.
    pub fn check(r: &pb::ShareCaseRequest, caller: Uuid) -> Result<Share, FieldViolations> {
        let mut v = FieldViolations::new();
        let case_id = request::uuid(&mut v, "case_id", &r.case_id);
        let user_id = request::uuid(&mut v, "user_id", &r.user_id);
        if user_id == Some(caller) {
            v.add("user_id", "is the caller");
        }
        match (case_id, user_id, v.is_empty()) {
            (Some(case_id), Some(user_id), true) => Ok(Share {
                case_id,
                user_id,
                revoke: r.revoke,
            }),
            _ => Err(v),
        }
    }
}

/// The paths UpdateCase takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CasePath {
    FullName,
    Aliases,
    DateOfBirth,
    Age,
    Gender,
    HeightCm,
    LastSeenTime,
    LastSeenPlace,
    LastSeenLocation,
    Description,
    Priority,
}

impl MaskPath for CasePath {
    const UPDATABLE: &'static [(&'static str, Self)] = &[
        ("full_name", CasePath::FullName),
        ("aliases", CasePath::Aliases),
        ("date_of_birth", CasePath::DateOfBirth),
        ("age", CasePath::Age),
        ("gender", CasePath::Gender),
        ("height_cm", CasePath::HeightCm),
        ("last_seen_time", CasePath::LastSeenTime),
        ("last_seen_place", CasePath::LastSeenPlace),
        ("last_seen_location", CasePath::LastSeenLocation),
        ("description", CasePath::Description),
        ("priority", CasePath::Priority),
    ];
    const READ_ONLY: &'static [(&'static str, &'static str)] = &[
        ("status", "status changes through CloseCase and MarkFound"),
        ("reporter_id", "a case keeps its reporter"),
    ];
}

/// `stored` with the masked fields of `sent` copied over.
fn merge(v: &mut FieldViolations, stored: pb::Case, sent: &pb::Case, paths: &[String]) -> pb::Case {
    let mut merged = stored;
    for path in paths {
        match CasePath::read(v, path) {
            Some(CasePath::FullName) => merged.full_name = sent.full_name.clone(),
            Some(CasePath::Aliases) => merged.aliases = sent.aliases.clone(),
            Some(CasePath::DateOfBirth) => merged.date_of_birth = sent.date_of_birth.clone(),
            Some(CasePath::Age) => merged.age = sent.age,
            Some(CasePath::Gender) => merged.gender = sent.gender,
            Some(CasePath::HeightCm) => merged.height_cm = sent.height_cm,
            Some(CasePath::LastSeenTime) => merged.last_seen_time = sent.last_seen_time,
            Some(CasePath::LastSeenPlace) => merged.last_seen_place = sent.last_seen_place.clone(),
            Some(CasePath::LastSeenLocation) => {
                merged.last_seen_latitude = sent.last_seen_latitude;
                merged.last_seen_longitude = sent.last_seen_longitude;
            }
            Some(CasePath::Description) => merged.description = sent.description.clone(),
            Some(CasePath::Priority) => merged.priority = sent.priority,
            None => {}
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        "2026-12-03T12:00:00Z".parse().unwrap()
    }

    fn fields<T: std::fmt::Debug>(checked: Result<T, FieldViolations>) -> Vec<String> {
        checked.unwrap_err().fields().map(str::to_owned).collect()
    }

    #[test]
    fn create_case_requests_are_checked_field_by_field() {
        let ok = pb::CreateCaseRequest {
            case: Some(pb::Case {
                full_name: " Ada Lovelace ".into(),
                priority: pb::Priority::High as i32,
                ..Default::default()
            }),
        };
        let case = CaseFields::filed(&ok, now()).unwrap();
        assert_eq!((case.full_name.as_str(), case.priority), ("Ada Lovelace", "high"));
        let bad = pb::CreateCaseRequest {
            case: Some(pb::Case {
                full_name: "Ada".into(),
                date_of_birth: "2026-12-04".into(),
                height_cm: 5,
                ..Default::default()
            }),
        };
        assert_eq!(
            fields(CaseFields::filed(&bad, now())),
            ["case.date_of_birth", "case.height_cm"]
        );
        assert_eq!(
            fields(CaseFields::filed(&pb::CreateCaseRequest::default(), now())),
            ["case.full_name"]
        );
    }

    #[test]
    fn close_and_found_name_a_case_and_say_why() {
        let id = Uuid::now_v7();
        let close = pb::CloseCaseRequest {
            case_id: id.to_string(),
            reason: " Duplicate \n".into(),
        };
        assert_eq!(
            Finish::try_from(&close).unwrap(),
            Finish {
                case_id: id,
                why: "Duplicate".into()
            }
        );
        let long = "x".repeat(MAX_NOTE_CHARS + 1);
        let found = pb::MarkFoundRequest {
            case_id: id.to_string(),
            note: long.clone(),
        };
        assert_eq!(fields(Finish::try_from(&found)), ["note"]);
        let nowhere = pb::CloseCaseRequest {
            case_id: "nope".into(),
            reason: long,
        };
        assert_eq!(
            fields(Finish::try_from(&nowhere)),
            ["case_id"],
            "a bad id is named alone"
        );
    }

    fn mask(paths: &[&str]) -> Option<prost_types::FieldMask> {
        Some(prost_types::FieldMask {
            paths: paths.iter().map(|p| p.to_string()).collect(),
        })
    }

    #[test]
    fn update_case_merges_only_the_masked_fields() {
        let id = Uuid::now_v7();
        let stored = pb::Case {
            full_name: "Ada".into(),
            description: "Tall".into(),
            ..Default::default()
        };
        let update = CaseUpdate::try_from(pb::UpdateCaseRequest {
            case: Some(pb::Case {
                id: id.to_string(),
                description: " Short ".into(),
                ..Default::default()
            }),
            update_mask: mask(&["description"]),
        })
        .unwrap();
        assert_eq!(
            (update.case_id, update.paths.clone()),
            (id, vec!["description".to_owned()])
        );
        let fields_now = update.apply(stored.clone(), now()).unwrap();
        assert_eq!(
            (fields_now.full_name.as_str(), fields_now.description.as_str()),
            ("Ada", "Short")
        );

        let unnamed = CaseUpdate::try_from(pb::UpdateCaseRequest {
            case: Some(pb::Case {
                id: id.to_string(),
                ..Default::default()
            }),
            update_mask: mask(&["full_name", "status"]),
        })
        .unwrap();
        assert_eq!(fields(unnamed.apply(stored, now())), ["update_mask", "case.full_name"]);
        let bad = pb::UpdateCaseRequest {
            case: Some(pb::Case {
                id: id.to_string(),
                ..Default::default()
            }),
            update_mask: None,
        };
        assert_eq!(fields(CaseUpdate::try_from(bad)), ["update_mask"]);
        let nowhere = pb::UpdateCaseRequest {
            case: None,
            update_mask: None,
        };
        assert_eq!(
            fields(CaseUpdate::try_from(nowhere)),
            ["case.id"],
            "a bad id is named alone"
        );
    }

    #[test]
    fn share_case_names_every_bad_field_and_not_the_caller() {
        let (case, user, caller) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let ok = pb::ShareCaseRequest {
            case_id: case.to_string(),
            user_id: user.to_string(),
            revoke: true,
        };
        assert_eq!(
            Share::check(&ok, caller).unwrap(),
            Share {
                case_id: case,
                user_id: user,
                revoke: true
            }
        );
        let bad = pb::ShareCaseRequest {
            case_id: "nope".into(),
            ..Default::default()
        };
        assert_eq!(fields(Share::check(&bad, caller)), ["case_id", "user_id"]);
        let oneself = pb::ShareCaseRequest {
            case_id: String::new(),
            user_id: caller.to_string(),
            revoke: false,
        };
        assert_eq!(fields(Share::check(&oneself, caller)), ["case_id", "user_id"]);
    }
}
