//! Upload, pattern and goal requests, checked: every field valid, or every
//! bad field named. Reads of recorded usage are in `queries`. A list's page
//! is read by the handler: its token is bound to the caller and signed with
//! the server's key.

use uuid::Uuid;

use super::{MAX_UNARY_BATCH, MAX_UPLOAD_ID_CHARS};
use crate::apps::catalogue;
use crate::error::FieldViolations;
use crate::proto::apps::v1 as apps_pb;
use crate::proto::usage::v1 as pb;
use crate::request::{self, MaskPath, Text};
use crate::usage::goals::GoalPeriod;
use crate::usage::patterns::PatternKind;
use crate::usage::repo::GoalChanges;

/// The one id a request names, or its violation.
fn the_id(field: &str, raw: &str) -> Result<Uuid, FieldViolations> {
    let mut v = FieldViolations::new();
    request::uuid(&mut v, field, raw).ok_or(v)
}

/// The upload GetUploadStatus asks about, by the name its client gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadRef(pub String);

impl TryFrom<&pb::GetUploadStatusRequest> for UploadRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetUploadStatusRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        if request::required(&mut v, "upload_id", &r.upload_id) {
            request::text(&mut v, "upload_id", &r.upload_id, MAX_UPLOAD_ID_CHARS, Text::Line);
        }
        v.into_result().map(|()| Self(r.upload_id.clone()))
    }
}

/// BatchCreateUsage's records, at most [`MAX_UNARY_BATCH`]: more go through
/// UploadUsage. Each record is checked as it is stored, and a bad one is
/// rejected alone.
#[derive(Debug, Clone, Copy)]
pub struct UnaryBatch<'a>(pub &'a [pb::UsageRecord]);

impl<'a> TryFrom<&'a pb::BatchCreateUsageRequest> for UnaryBatch<'a> {
    type Error = FieldViolations;

    fn try_from(r: &'a pb::BatchCreateUsageRequest) -> Result<Self, FieldViolations> {
        if r.records.len() > MAX_UNARY_BATCH {
            let mut v = FieldViolations::new();
            v.add(
                "records",
                format!("at most {MAX_UNARY_BATCH} records a call; use UploadUsage for more"),
            );
            return Err(v);
        }
        Ok(Self(&r.records))
    }
}

/// The pattern ResolvePattern names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PatternRef(pub Uuid);

impl TryFrom<&pb::ResolvePatternRequest> for PatternRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::ResolvePatternRequest) -> Result<Self, FieldViolations> {
        the_id("pattern_id", &r.pattern_id).map(Self)
    }
}

impl PatternKind {
    /// ListPatterns' kind: unspecified lists every kind. An unknown one is
    /// recorded in `v`, so the page's faults are reported with it.
    pub fn filter(v: &mut FieldViolations, r: &pb::ListPatternsRequest) -> Option<PatternKind> {
        v.check(
            "kind",
            PatternKind::optional(r.kind).map_err(|_| "is not a known pattern kind"),
        )
        .flatten()
    }
}

/// The goal GetGoal or DeleteGoal names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoalRef(pub Uuid);

impl TryFrom<&pb::GetGoalRequest> for GoalRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetGoalRequest) -> Result<Self, FieldViolations> {
        the_id("goal_id", &r.goal_id).map(Self)
    }
}

impl TryFrom<&pb::DeleteGoalRequest> for GoalRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::DeleteGoalRequest) -> Result<Self, FieldViolations> {
        the_id("goal_id", &r.goal_id).map(Self)
    }
}

/// What a new goal limits, as the request names it: an app by its bundle
/// id, which the handler finds (or adds) in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoalAim {
    ScreenTime,
    Unlocks,
    Category { code: &'static str },
    App { bundle_id: String },
}

/// CreateGoal: what it limits, to how much a period, and the optional
/// request id that makes a retry return the same goal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateGoal {
    pub aim: GoalAim,
    pub target: i64,
    pub period: GoalPeriod,
    pub request_id: Option<String>,
}

impl TryFrom<&pb::CreateGoalRequest> for CreateGoal {
    type Error = FieldViolations;

    fn try_from(r: &pb::CreateGoalRequest) -> Result<Self, FieldViolations> {
        let default = pb::Goal::default();
        let goal = r.goal.as_ref().unwrap_or(&default);
        let mut v = FieldViolations::new();
        let request_id = request::request_id(&mut v, &r.request_id);
        let period = v.check(
            "goal.period",
            GoalPeriod::from_wire(goal.period).map_err(|_| "must be DAILY or WEEKLY"),
        );
        if goal.target <= 0 {
            v.add("goal.target", "must be greater than 0");
        }
        let kind = request::enum_value(&mut v, "goal.kind", goal.kind).unwrap_or(pb::GoalKind::Unspecified);
        let aim = match kind {
            pb::GoalKind::DailyScreenTime => Some(GoalAim::ScreenTime),
            pb::GoalKind::Unlocks => Some(GoalAim::Unlocks),
            pb::GoalKind::CategoryLimit => {
                let category = apps_pb::AppCategory::try_from(goal.category)
                    .ok()
                    .and_then(catalogue::category_code);
                if category.is_none() {
                    v.add("goal.category", "is required for CATEGORY_LIMIT");
                }
                category.map(|code| GoalAim::Category { code })
            }
            pb::GoalKind::AppLimit => {
                let bundle = goal.bundle_id.trim();
                if bundle.is_empty() || bundle.len() > 255 {
                    v.add("goal.bundle_id", "is required for APP_LIMIT (1 to 255 characters)");
                    None
                } else if request::text(&mut v, "goal.bundle_id", bundle, 255, Text::Line) {
                    Some(GoalAim::App {
                        bundle_id: bundle.to_owned(),
                    })
                } else {
                    None
                }
            }
            pb::GoalKind::Unspecified => {
                // An unknown kind is already named; only 0 is unset.
                if goal.kind == 0 {
                    v.add("goal.kind", "must be set");
                }
                None
            }
        };
        match (aim, period, v.is_empty()) {
            (Some(aim), Some(period), true) => Ok(Self {
                aim,
                target: goal.target,
                period,
                request_id,
            }),
            _ => Err(v),
        }
    }
}

/// What UpdateGoal changes.
#[derive(Debug, Clone, Copy)]
enum GoalPath {
    Target,
    IsActive,
}

impl MaskPath for GoalPath {
    const UPDATABLE: &'static [(&'static str, Self)] =
        &[("target", GoalPath::Target), ("is_active", GoalPath::IsActive)];
}

/// UpdateGoal: which goal, and the columns its mask changes.
#[derive(Debug)]
pub struct GoalUpdate {
    pub goal_id: Uuid,
    pub changes: GoalChanges,
}

impl TryFrom<pb::UpdateGoalRequest> for GoalUpdate {
    type Error = FieldViolations;

    fn try_from(r: pb::UpdateGoalRequest) -> Result<Self, FieldViolations> {
        let goal = r.goal.unwrap_or_default();
        let mut v = FieldViolations::new();
        let paths = request::update_mask(&mut v, r.update_mask);
        let goal_id = request::uuid(&mut v, "goal.id", &goal.id);
        let mut changes = GoalChanges::default();
        for path in &paths {
            match GoalPath::read(&mut v, path) {
                Some(GoalPath::Target) if goal.target > 0 => changes.target = Some(goal.target),
                Some(GoalPath::Target) => v.add("goal.target", "must be greater than 0"),
                Some(GoalPath::IsActive) => changes.is_active = Some(goal.is_active),
                None => {}
            }
        }
        match goal_id.filter(|_| v.is_empty()) {
            Some(goal_id) => Ok(Self { goal_id, changes }),
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

    #[test]
    fn upload_status_and_unary_batches() {
        let status = |upload_id: &str| {
            UploadRef::try_from(&pb::GetUploadStatusRequest {
                upload_id: upload_id.into(),
            })
        };
        assert_eq!(status("nightly-1").unwrap(), UploadRef("nightly-1".into()));
        assert_eq!(fields(status("").unwrap_err()), ["upload_id"]);
        assert_eq!(fields(status(&"u".repeat(101)).unwrap_err()), ["upload_id"]);

        let batch = |n: usize| pb::BatchCreateUsageRequest {
            records: vec![pb::UsageRecord::default(); n],
        };
        let full = batch(MAX_UNARY_BATCH);
        assert_eq!(UnaryBatch::try_from(&full).unwrap().0.len(), MAX_UNARY_BATCH);
        let over = batch(MAX_UNARY_BATCH + 1);
        assert_eq!(fields(UnaryBatch::try_from(&over).unwrap_err()), ["records"]);
    }

    #[test]
    fn requests_naming_one_goal_or_pattern() {
        let id = Uuid::now_v7();
        let get = pb::GetGoalRequest {
            goal_id: id.to_string(),
        };
        assert_eq!(GoalRef::try_from(&get).unwrap(), GoalRef(id));
        let bad_get = pb::GetGoalRequest { goal_id: "nope".into() };
        assert_eq!(fields(GoalRef::try_from(&bad_get).unwrap_err()), ["goal_id"]);
        let delete = pb::DeleteGoalRequest {
            goal_id: id.to_string(),
        };
        assert_eq!(GoalRef::try_from(&delete).unwrap(), GoalRef(id));
        let bad_delete = pb::DeleteGoalRequest::default();
        assert_eq!(fields(GoalRef::try_from(&bad_delete).unwrap_err()), ["goal_id"]);
        let resolve = pb::ResolvePatternRequest {
            pattern_id: id.to_string(),
        };
        assert_eq!(PatternRef::try_from(&resolve).unwrap(), PatternRef(id));
        let bad_resolve = pb::ResolvePatternRequest { pattern_id: "1".into() };
        assert_eq!(fields(PatternRef::try_from(&bad_resolve).unwrap_err()), ["pattern_id"]);
    }

    #[test]
    fn pattern_filters_record_an_unknown_kind() {
        let mut v = FieldViolations::new();
        let kind = |kind: i32| pb::ListPatternsRequest {
            kind,
            ..Default::default()
        };
        let night_owl = kind(pb::PatternKind::NightOwl as i32);
        assert_eq!(PatternKind::filter(&mut v, &night_owl), Some(PatternKind::NightOwl));
        assert_eq!(PatternKind::filter(&mut v, &kind(0)), None);
        assert!(v.is_empty());
        assert_eq!(PatternKind::filter(&mut v, &kind(999)), None);
        assert_eq!(fields(v), ["kind"]);
    }

    fn new_goal(goal: pb::Goal) -> Result<CreateGoal, FieldViolations> {
        CreateGoal::try_from(&pb::CreateGoalRequest {
            goal: Some(goal),
            request_id: String::new(),
        })
    }

    #[test]
    fn create_goal_names_every_bad_field() {
        let app = new_goal(pb::Goal {
            kind: pb::GoalKind::AppLimit as i32,
            target: 3_600_000,
            period: pb::GoalPeriod::Daily as i32,
            bundle_id: " com.example.app ".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(
            (app.aim, app.target, app.period, app.request_id),
            (
                GoalAim::App {
                    bundle_id: "com.example.app".into()
                },
                3_600_000,
                GoalPeriod::Daily,
                None
            )
        );
        let category = new_goal(pb::Goal {
            kind: pb::GoalKind::CategoryLimit as i32,
            target: 60_000,
            period: pb::GoalPeriod::Weekly as i32,
            category: apps_pb::AppCategory::Games as i32,
            ..Default::default()
        })
        .unwrap();
        assert_eq!(category.aim, GoalAim::Category { code: "games" });

        let bad = CreateGoal::try_from(&pb::CreateGoalRequest {
            goal: Some(pb::Goal {
                kind: pb::GoalKind::CategoryLimit as i32,
                target: 0,
                period: 0,
                ..Default::default()
            }),
            request_id: "x".repeat(101),
        });
        assert_eq!(
            fields(bad.unwrap_err()),
            ["request_id", "goal.period", "goal.target", "goal.category"]
        );
        assert_eq!(
            fields(CreateGoal::try_from(&pb::CreateGoalRequest::default()).unwrap_err()),
            ["goal.period", "goal.target", "goal.kind"]
        );
        let unknown = new_goal(pb::Goal {
            kind: 77,
            target: 1,
            period: pb::GoalPeriod::Daily as i32,
            ..Default::default()
        });
        assert_eq!(fields(unknown.unwrap_err()), ["goal.kind"]);
        let app_limit = |bundle_id: &str| {
            new_goal(pb::Goal {
                kind: pb::GoalKind::AppLimit as i32,
                target: 1,
                period: pb::GoalPeriod::Daily as i32,
                bundle_id: bundle_id.into(),
                ..Default::default()
            })
        };
        assert_eq!(fields(app_limit("  ").unwrap_err()), ["goal.bundle_id"]);
        assert_eq!(fields(app_limit("com.\u{7}app").unwrap_err()), ["goal.bundle_id"]);
    }

    #[test]
    fn update_goal_reads_only_the_masked_fields() {
        let id = Uuid::now_v7();
        let mask = |paths: &[&str]| {
            Some(prost_types::FieldMask {
                paths: paths.iter().map(|p| p.to_string()).collect(),
            })
        };
        let update = GoalUpdate::try_from(pb::UpdateGoalRequest {
            goal: Some(pb::Goal {
                id: id.to_string(),
                target: 0,
                is_active: false,
                ..Default::default()
            }),
            update_mask: mask(&["is_active"]),
        })
        .unwrap();
        assert_eq!(update.goal_id, id);
        assert_eq!((update.changes.target, update.changes.is_active), (None, Some(false)));
        let bad = GoalUpdate::try_from(pb::UpdateGoalRequest {
            goal: Some(pb::Goal {
                id: "nope".into(),
                target: -5,
                ..Default::default()
            }),
            update_mask: mask(&["target", "kind"]),
        });
        assert_eq!(fields(bad.unwrap_err()), ["goal.id", "goal.target", "update_mask"]);
        let unmasked = GoalUpdate::try_from(pb::UpdateGoalRequest {
            goal: None,
            update_mask: None,
        });
        assert_eq!(fields(unmasked.unwrap_err()), ["update_mask", "goal.id"]);
    }
}
