//! Rollup rows as the analytics reads load them.

use chrono::{NaiveDate, NaiveTime};
use diesel::prelude::*;

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
