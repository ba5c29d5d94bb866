//! Read requests, checked: every field valid, or every bad field named.

use chrono::NaiveDate;
use uuid::Uuid;

use crate::error::FieldViolations;
use crate::proto::usage::v1 as pb;
use crate::request;

/// The longest range a summary or list may span.
pub const MAX_RANGE_DAYS: i64 = 366;

pub fn day_range(v: &mut FieldViolations, range: &Option<pb::DayRange>) -> Option<(NaiveDate, NaiveDate)> {
    let Some(range) = range else {
        v.add("range", "is required");
        return None;
    };
    let start = request::day(v, "range.start_day", &range.start_day);
    let end = request::day(v, "range.end_day", &range.end_day);
    let (start, end) = (start?, end?);
    if end < start {
        v.add("range.end_day", "must not be before start_day");
        return None;
    }
    if (end - start).num_days() >= MAX_RANGE_DAYS {
        v.add("range", format!("must span at most {MAX_RANGE_DAYS} days"));
        return None;
    }
    Some((start, end))
}

/// GetUsageSummary: a day range, optionally one device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SummaryQuery {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub device: Option<Uuid>,
}

impl TryFrom<&pb::GetUsageSummaryRequest> for SummaryQuery {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetUsageSummaryRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let range = day_range(&mut v, &r.range);
        let device = request::optional_uuid(&mut v, "device_id", &r.device_id);
        match range.filter(|_| v.is_empty()) {
            Some((start, end)) => Ok(Self { start, end, device }),
            None => Err(v),
        }
    }
}

/// ListTopApps: a day range, optionally one device, how many (10 unless
/// given, at most 100) and in which order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TopAppsQuery {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub device: Option<Uuid>,
    pub limit: i64,
    pub by_launches: bool,
}

impl TryFrom<&pb::ListTopAppsRequest> for TopAppsQuery {
    type Error = FieldViolations;

    fn try_from(r: &pb::ListTopAppsRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let range = day_range(&mut v, &r.range);
        let device = request::optional_uuid(&mut v, "device_id", &r.device_id);
        let limit = match r.limit {
            n if n < 0 => {
                v.add("limit", "must not be negative");
                0
            }
            0 => 10,
            n => i64::from(n.min(100)),
        };
        let by_launches = match pb::TopAppsOrder::try_from(r.order) {
            Ok(pb::TopAppsOrder::Launches) => true,
            Ok(_) => false,
            Err(_) => {
                v.add("order", "is not a known order");
                false
            }
        };
        match range.filter(|_| v.is_empty()) {
            Some((start, end)) => Ok(Self {
                start,
                end,
                device,
                limit,
                by_launches,
            }),
            None => Err(v),
        }
    }
}

/// GetGoalProgress: the goal and how many past periods (7 unless given, at
/// most 52).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProgressQuery {
    pub goal_id: Uuid,
    pub history: usize,
}

impl TryFrom<&pb::GetGoalProgressRequest> for ProgressQuery {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetGoalProgressRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let goal_id = request::uuid(&mut v, "goal_id", &r.goal_id);
        let history = match r.history_periods {
            0 => 7,
            n @ 1..=52 => n as usize,
            _ => {
                v.add("history_periods", "must be between 0 and 52");
                0
            }
        };
        match goal_id.filter(|_| v.is_empty()) {
            Some(goal_id) => Ok(Self { goal_id, history }),
            None => Err(v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(start: &str, end: &str) -> Option<pb::DayRange> {
        Some(pb::DayRange {
            start_day: start.into(),
            end_day: end.into(),
        })
    }

    fn fields(err: FieldViolations) -> Vec<String> {
        err.fields().map(str::to_owned).collect()
    }

    #[test]
    fn top_apps_defaults_caps_and_names_every_bad_field() {
        let ok = TopAppsQuery::try_from(&pb::ListTopAppsRequest {
            range: range("2026-11-01", "2026-11-07"),
            limit: 500,
            ..Default::default()
        })
        .unwrap();
        assert_eq!((ok.limit, ok.by_launches, ok.device), (100, false, None));
        let bad = TopAppsQuery::try_from(&pb::ListTopAppsRequest {
            range: range("2026-11-07", "2026-11-01"),
            device_id: "nope".into(),
            limit: -1,
            order: 99,
        })
        .unwrap_err();
        assert_eq!(fields(bad), ["range.end_day", "device_id", "limit", "order"]);
    }

    #[test]
    fn ranges_longer_than_a_year_and_missing_ones_are_refused() {
        // 366 days counting both ends is the most a range may span.
        let year = SummaryQuery::try_from(&pb::GetUsageSummaryRequest {
            range: range("2025-01-01", "2026-01-01"),
            ..Default::default()
        })
        .unwrap();
        assert_eq!((year.end - year.start).num_days(), 365);
        let long = SummaryQuery::try_from(&pb::GetUsageSummaryRequest {
            range: range("2025-01-01", "2026-01-02"),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(fields(long), ["range"]);
        let missing = SummaryQuery::try_from(&pb::GetUsageSummaryRequest::default()).unwrap_err();
        assert_eq!(fields(missing), ["range"]);
    }

    #[test]
    fn goal_progress_history_is_seven_by_default_and_at_most_fifty_two() {
        let id = Uuid::now_v7().to_string();
        let default = ProgressQuery::try_from(&pb::GetGoalProgressRequest {
            goal_id: id.clone(),
            history_periods: 0,
        })
        .unwrap();
        assert_eq!(default.history, 7);
        let bad = ProgressQuery::try_from(&pb::GetGoalProgressRequest {
            goal_id: id,
            history_periods: 53,
        })
        .unwrap_err();
        assert_eq!(fields(bad), ["history_periods"]);
    }
}
