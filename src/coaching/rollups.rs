//! Dashboard rollups: what a member's days before today add up to, kept by
//! jobs (adherence and streaks every 6 h, risk every 4 h) and filled by the
//! first read that finds none, so a dashboard read adds only today's
//! check-ins to one stored row instead of reading a year of them.
//!
//! A stored rollup is used only while its day is the member's today, its
//! timezone theirs, and its version their rollup version. The database
//! bumps that version on every change that can alter a past day (a check-in
//! for an earlier day, a habit, a goal's status: see the migration), so a
//! rollup is never stale, only missing. The version is read before the
//! check-ins it is computed from: a change in between leaves the stored
//! rollup one version behind, and the next read computes it again.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use serde_json::json;
use uuid::Uuid;

use super::dashboard::{self, Adherence, PastAdherence, PastRisk, Today};
use super::model::GoalStatus;
use super::repo::{self, DashboardHabit};
use crate::error::DbError;
use crate::identity::clock::{self, UserClock};
use crate::jobs::{JobContext, JobResult, Kind, SystemSlot};
use crate::schema::{
    coaching_adherence_rollups as adherence, coaching_goals, coaching_habits, coaching_risk_rollups as risk,
    coaching_rollup_versions as versions,
};

/// Adherence windows and streaks of every member, every 6 hours.
pub const ADHERENCE_JOB: Kind<SystemSlot> = Kind::new("coaching_adherence_rollups");
/// Risk of every member, every 4 hours.
pub const RISK_JOB: Kind<SystemSlot> = Kind::new("coaching_risk_rollups");
/// Members a job reads at a time.
const PAGE: i64 = 200;

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = adherence, primary_key(user_id), check_for_backend(diesel::pg::Pg))]
struct AdherenceRow {
    user_id: Uuid,
    day: NaiveDate,
    timezone: String,
    version: i64,
    scheduled_7: i32,
    completed_7: i32,
    scheduled_30: i32,
    completed_30: i32,
    scheduled_90: i32,
    completed_90: i32,
    streaks: serde_json::Value,
    computed_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = risk, primary_key(user_id), check_for_backend(diesel::pg::Pg))]
#[diesel(treat_none_as_null = true)]
struct RiskRow {
    user_id: Uuid,
    day: NaiveDate,
    timezone: String,
    version: i64,
    missed: i32,
    last_completed: Option<NaiveDate>,
    scheduled_7: i32,
    completed_7: i32,
    computed_at: DateTime<Utc>,
}

fn count(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

fn counts(days: u32, scheduled: i32, completed: i32) -> Adherence {
    Adherence {
        days,
        scheduled: u32::try_from(scheduled).unwrap_or(0),
        completed: u32::try_from(completed).unwrap_or(0),
    }
}

impl AdherenceRow {
    fn past(&self) -> PastAdherence {
        let [d7, d30, d90] = dashboard::WINDOWS;
        PastAdherence {
            windows: [
                counts(d7, self.scheduled_7, self.completed_7),
                counts(d30, self.scheduled_30, self.completed_30),
                counts(d90, self.scheduled_90, self.completed_90),
            ],
            // Written by `new` below; anything else reads as no streaks.
            streaks: serde_json::from_value(self.streaks.clone()).unwrap_or_default(),
        }
    }

    fn new(user_id: Uuid, clock: &UserClock, day: NaiveDate, version: i64, past: &PastAdherence) -> Self {
        let [w7, w30, w90] = past.windows;
        Self {
            user_id,
            day,
            timezone: clock.name().to_owned(),
            version,
            scheduled_7: count(w7.scheduled),
            completed_7: count(w7.completed),
            scheduled_30: count(w30.scheduled),
            completed_30: count(w30.completed),
            scheduled_90: count(w90.scheduled),
            completed_90: count(w90.completed),
            streaks: json!(past.streaks),
            computed_at: Utc::now(),
        }
    }
}

impl RiskRow {
    fn past(&self) -> PastRisk {
        PastRisk {
            missed: u32::try_from(self.missed).unwrap_or(0),
            last_completed: self.last_completed,
            week: counts(7, self.scheduled_7, self.completed_7),
        }
    }

    fn new(user_id: Uuid, clock: &UserClock, day: NaiveDate, version: i64, past: &PastRisk) -> Self {
        Self {
            user_id,
            day,
            timezone: clock.name().to_owned(),
            version,
            missed: count(past.missed),
            last_completed: past.last_completed,
            scheduled_7: count(past.week.scheduled),
            completed_7: count(past.week.completed),
            computed_at: Utc::now(),
        }
    }
}

/// The member's rollup version (0 before any change).
async fn version(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<i64, DbError> {
    Ok(versions::table
        .find(user_id)
        .select(versions::version)
        .first(conn)
        .await
        .optional()?
        .unwrap_or(0))
}

/// The member's active habits and today's part of the dashboards.
pub async fn today(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    clock: &UserClock,
    day: NaiveDate,
) -> Result<(Vec<DashboardHabit>, Today), DbError> {
    let habits = repo::active_habits(conn, user_id).await?;
    let mut today = Today {
        day,
        habits: dashboard::schedules(&habits, clock),
        ..Today::default()
    };
    for (habit, on, completed) in repo::check_in_days(conn, user_id, day).await? {
        if on == day && completed {
            today.any_done = true;
            if today.habits.contains_key(&habit) {
                today.done.insert(habit);
            }
        }
    }
    Ok((habits, today))
}

/// The adherence windows and streaks before `day`: the stored rollup when
/// it holds, else computed and stored. Also says whether it was computed.
pub async fn past_adherence(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    clock: &UserClock,
    day: NaiveDate,
) -> Result<(PastAdherence, bool), DbError> {
    let version = version(conn, user_id).await?;
    let stored: Option<AdherenceRow> = adherence::table
        .find(user_id)
        .select(AdherenceRow::as_select())
        .first(conn)
        .await
        .optional()?;
    if let Some(row) = stored.filter(|r| r.day == day && r.timezone == clock.name() && r.version == version) {
        return Ok((row.past(), false));
    }
    let (_, record) = dashboard::load(conn, user_id, clock, day, dashboard::MAX_STREAK_DAYS).await?;
    let past = PastAdherence::of(&record, day);
    let row = AdherenceRow::new(user_id, clock, day, version, &past);
    diesel::insert_into(adherence::table)
        .values(&row)
        .on_conflict(adherence::user_id)
        .do_update()
        .set(&row)
        .execute(conn)
        .await?;
    Ok((past, true))
}

/// The risk inputs before `day`, like [`past_adherence`].
pub async fn past_risk(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    clock: &UserClock,
    day: NaiveDate,
) -> Result<(PastRisk, bool), DbError> {
    let version = version(conn, user_id).await?;
    let stored: Option<RiskRow> = risk::table
        .find(user_id)
        .select(RiskRow::as_select())
        .first(conn)
        .await
        .optional()?;
    if let Some(row) = stored.filter(|r| r.day == day && r.timezone == clock.name() && r.version == version) {
        return Ok((row.past(), false));
    }
    let (_, record) = dashboard::load(conn, user_id, clock, day, 8).await?;
    let past = PastRisk::of(&record, day);
    let row = RiskRow::new(user_id, clock, day, version, &past);
    diesel::insert_into(risk::table)
        .values(&row)
        .on_conflict(risk::user_id)
        .do_update()
        .set(&row)
        .execute(conn)
        .await?;
    Ok((past, true))
}

/// Members with a habit on an active goal after `after`, in id order.
async fn members(conn: &mut AsyncPgConnection, after: Uuid) -> Result<Vec<Uuid>, DbError> {
    Ok(coaching_habits::table
        .inner_join(coaching_goals::table)
        .filter(coaching_goals::status.eq(GoalStatus::Active.as_str()))
        .filter(coaching_habits::user_id.gt(after))
        .select(coaching_habits::user_id)
        .distinct()
        .order(coaching_habits::user_id)
        .limit(PAGE)
        .load(conn)
        .await?)
}

#[derive(Clone, Copy)]
enum Part {
    Adherence,
    Risk,
}

/// Brings every member's rollup of `part` to their today; counts the
/// rollups computed and those that already held.
async fn keep(ctx: &JobContext, part: Part) -> JobResult {
    let (mut computed, mut held) = (0usize, 0usize);
    let mut after = Uuid::nil();
    loop {
        let mut conn = crate::db::conn(&ctx.pool).await?;
        let page = members(&mut conn, after).await?;
        let Some(&last) = page.last() else { break };
        for user_id in page {
            let clock = clock::clock(&mut conn, user_id).await?;
            let day = clock.today();
            let fresh = match part {
                Part::Adherence => past_adherence(&mut conn, user_id, &clock, day).await?.1,
                Part::Risk => past_risk(&mut conn, user_id, &clock, day).await?.1,
            };
            if fresh {
                computed += 1;
            } else {
                held += 1;
            }
        }
        after = last;
    }
    Ok(Some(json!({ "computed": computed, "held": held })))
}

pub async fn adherence_job(ctx: JobContext, _slot: SystemSlot) -> JobResult {
    keep(&ctx, Part::Adherence).await
}

pub async fn risk_job(ctx: JobContext, _slot: SystemSlot) -> JobResult {
    keep(&ctx, Part::Risk).await
}
