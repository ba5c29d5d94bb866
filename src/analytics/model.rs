//! Rollup rows as the analytics reads load them, and the requests that
//! read them, checked: every field valid, or every bad field named.

use chrono::{NaiveDate, NaiveTime};
use diesel::prelude::*;

use crate::error::FieldViolations;
use crate::proto::analytics::v1 as pb;
use crate::request;

/// One day of a user's usage, as the analytics_rollup job keeps it.
#[derive(Debug, Clone, Default, PartialEq, Queryable, Selectable)]
#[diesel(table_name = crate::schema::daily_user_rollups, check_for_backend(diesel::pg::Pg))]
pub struct DayRollup {
    pub day: NaiveDate,
    pub screen_time_ms: i64,
    pub unlocks: i64,
    pub pickups: i64,
    pub notifications: i64,
    pub app_time_ms: i64,
    pub sessions: i32,
    pub launches: i64,
    pub longest_session_ms: i64,
    pub night_ms: i64,
    pub productive_ms: i64,
    pub time_wasting_ms: i64,
    pub first_pickup_time: Option<NaiveTime>,
}

/// Averaging windows of GetStats, in days.
pub const DEFAULT_WINDOW_DAYS: i32 = 30;
pub const MAX_WINDOW_DAYS: i32 = 90;
/// Weeks of GetTrends.
pub const DEFAULT_WEEKS: i32 = 4;
pub const MAX_WEEKS: i32 = 12;

/// "" is the caller's today.
fn optional_day(v: &mut FieldViolations, raw: &str) -> Option<NaiveDate> {
    if raw.is_empty() {
        None
    } else {
        request::day(v, "day", raw)
    }
}

/// 0 is `default`; otherwise 1 to `max`.
fn count(v: &mut FieldViolations, field: &str, raw: i32, default: i32, max: i32) -> i64 {
    match raw {
        0 => i64::from(default),
        n if (1..=max).contains(&n) => i64::from(n),
        _ => {
            v.add(field, format!("must be between 0 and {max}"));
            i64::from(default)
        }
    }
}

/// GetStats, checked: as of which day (None: the caller's today), and the
/// days its averages cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatsQuery {
    pub day: Option<NaiveDate>,
    pub window_days: i64,
}

impl TryFrom<&pb::GetStatsRequest> for StatsQuery {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetStatsRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let day = optional_day(&mut v, &r.day);
        let window_days = count(
            &mut v,
            "window_days",
            r.window_days,
            DEFAULT_WINDOW_DAYS,
            MAX_WINDOW_DAYS,
        );
        v.into_result()?;
        Ok(Self { day, window_days })
    }
}

/// GetWellnessScore and CompareUsage, checked: as of which day (None: the
/// caller's today).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayQuery {
    pub day: Option<NaiveDate>,
}

impl DayQuery {
    fn parse(raw: &str) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let day = optional_day(&mut v, raw);
        v.into_result()?;
        Ok(Self { day })
    }
}

impl TryFrom<&pb::GetWellnessScoreRequest> for DayQuery {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetWellnessScoreRequest) -> Result<Self, FieldViolations> {
        DayQuery::parse(&r.day)
    }
}

impl TryFrom<&pb::CompareUsageRequest> for DayQuery {
    type Error = FieldViolations;

    fn try_from(r: &pb::CompareUsageRequest) -> Result<Self, FieldViolations> {
        DayQuery::parse(&r.day)
    }
}

/// GetTrends, checked: as of which day (None: the caller's today), and how
/// many weeks, that day's first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrendsQuery {
    pub day: Option<NaiveDate>,
    pub weeks: i64,
}

impl TryFrom<&pb::GetTrendsRequest> for TrendsQuery {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetTrendsRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let day = optional_day(&mut v, &r.day);
        let weeks = count(&mut v, "weeks", r.weeks, DEFAULT_WEEKS, MAX_WEEKS);
        v.into_result()?;
        Ok(Self { day, weeks })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(v: FieldViolations) -> Vec<String> {
        v.fields().map(str::to_owned).collect()
    }

    fn day(raw: &str) -> Option<NaiveDate> {
        Some(NaiveDate::parse_from_str(raw, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn stats_requests_take_a_day_and_a_window() {
        let stats = StatsQuery::try_from(&pb::GetStatsRequest {
            day: "2026-03-01".into(),
            window_days: 7,
        })
        .unwrap();
        assert_eq!(
            stats,
            StatsQuery {
                day: day("2026-03-01"),
                window_days: 7
            }
        );
        assert_eq!(
            StatsQuery::try_from(&pb::GetStatsRequest::default()).unwrap(),
            StatsQuery {
                day: None,
                window_days: 30
            }
        );
        let bad = pb::GetStatsRequest {
            day: "2026-02-30".into(),
            window_days: 91,
        };
        assert_eq!(fields(StatsQuery::try_from(&bad).unwrap_err()), ["day", "window_days"]);
    }

    #[test]
    fn day_requests_take_an_optional_day() {
        let wellness = DayQuery::try_from(&pb::GetWellnessScoreRequest {
            day: "2026-03-01".into(),
        })
        .unwrap();
        assert_eq!(wellness.day, day("2026-03-01"));
        assert_eq!(
            DayQuery::try_from(&pb::CompareUsageRequest::default()).unwrap(),
            DayQuery { day: None }
        );
        let bad = pb::CompareUsageRequest {
            day: "1969-12-31".into(),
        };
        assert_eq!(fields(DayQuery::try_from(&bad).unwrap_err()), ["day"]);
        let bad = pb::GetWellnessScoreRequest { day: "today".into() };
        assert_eq!(fields(DayQuery::try_from(&bad).unwrap_err()), ["day"]);
    }

    #[test]
    fn trends_requests_take_a_day_and_weeks() {
        let trends = TrendsQuery::try_from(&pb::GetTrendsRequest {
            day: String::new(),
            weeks: 12,
        })
        .unwrap();
        assert_eq!(trends, TrendsQuery { day: None, weeks: 12 });
        assert_eq!(
            TrendsQuery::try_from(&pb::GetTrendsRequest::default()).unwrap().weeks,
            4
        );
        let bad = pb::GetTrendsRequest {
            day: "03/01/2026".into(),
            weeks: -1,
        };
        assert_eq!(fields(TrendsQuery::try_from(&bad).unwrap_err()), ["day", "weeks"]);
    }
}
