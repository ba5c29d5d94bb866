//! Queries on usage rows. Ownership: every read names the user and some of
//! their devices (`user_id = $user AND device_id = ANY(their devices)`),
//! never a bare id; the user leads the tables' keys.
//!
//! By concept: `reads` (totals, top apps, history lists, device sync),
//! `uploads` (named resumable uploads), `goals` (goals and their progress
//! series), `patterns` (detection input and results); retention here.

mod goals;
mod patterns;
mod reads;
mod uploads;

pub use goals::*;
pub use patterns::*;
pub use reads::*;
pub use uploads::*;

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Date};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::error::DbError;
use crate::schema::{app_sessions, daily_device_usage};

/// An app's name and category as the owner of the devices (the parameter
/// `user`) sees them: their own report as `rep`, to coalesce with the
/// catalogue's `a` (see `apps::catalogue`).
fn owner_reports(user: &str) -> String {
    format!("LEFT JOIN app_reports rep ON rep.app_id = a.id AND rep.user_id = {user}")
}

/// Whose usage a read covers: some (or all) of one user's devices. Callers
/// pass only devices they checked are the user's.
#[derive(Debug, Clone, Copy)]
pub struct Devices<'a> {
    pub user_id: Uuid,
    pub ids: &'a [Uuid],
}

impl<'a> Devices<'a> {
    pub fn of(user_id: Uuid, ids: &'a [Uuid]) -> Self {
        Self { user_id, ids }
    }
}

/// A day range in the user's timezone, inclusive.
#[derive(Debug, Clone, Copy)]
pub struct Span<'a> {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub timezone: &'a str,
}

#[derive(Debug, QueryableByName)]
struct DayValue {
    #[diesel(sql_type = Date)]
    day: NaiveDate,
    #[diesel(sql_type = BigInt)]
    value: i64,
}

/// Retention: removes usage before `usage_before` and patterns resolved
/// before `patterns_before`; returns (daily rows, sessions, patterns) removed.
#[tracing::instrument(skip(conn))]
pub async fn cleanup(
    conn: &mut AsyncPgConnection,
    usage_before: NaiveDate,
    patterns_before: DateTime<Utc>,
) -> Result<(usize, usize, usize), DbError> {
    use crate::schema::usage_patterns::dsl as p;
    let daily = diesel::delete(daily_device_usage::table.filter(daily_device_usage::day.lt(usage_before)))
        .execute(conn)
        .await?;
    let cutoff = usage_before.and_hms_opt(0, 0, 0).expect("midnight").and_utc();
    let sessions = diesel::delete(app_sessions::table.filter(app_sessions::started_at.lt(cutoff)))
        .execute(conn)
        .await?;
    let patterns = diesel::delete(p::usage_patterns.filter(p::resolved_at.lt(patterns_before)))
        .execute(conn)
        .await?;
    Ok((daily, sessions, patterns))
}
