//! How a member is doing: adherence, streaks and risk, from their habits'
//! schedules and check-ins in their own calendar. The formulas are pure
//! functions over a [`Record`] (tested below) and documented in the README.
//!
//! A habit is *due* on a day when the day is one of its weekdays and the
//! habit existed by then, or the member logged a check-in for it that day
//! (logging for an earlier day says they were doing it). Today is counted
//! only once it is done: an unfinished today is not a miss yet.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate};
use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use super::model::Weekdays;
use super::repo::{self, DashboardHabit};
use crate::error::DbError;
use crate::identity::clock::UserClock;

/// The adherence windows, in days.
pub const WINDOWS: [u32; 3] = [7, 30, 90];
/// How far back a streak is counted.
pub const MAX_STREAK_DAYS: i64 = 366;
/// Risk thresholds on 7-day adherence (percent) and on days since the last
/// completed check-in.
pub const HIGH_BELOW_PERCENT: f64 = 30.0;
pub const MEDIUM_BELOW_PERCENT: f64 = 60.0;
pub const HIGH_AFTER_DAYS: i64 = 7;
pub const MEDIUM_AFTER_DAYS: i64 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub weekdays: Weekdays,
    /// The member's local day the habit was created.
    pub start: NaiveDate,
}

/// A member's habits and check-ins, as the formulas read them.
#[derive(Debug, Clone, Default)]
pub struct Record {
    pub habits: HashMap<Uuid, Schedule>,
    /// Days with a check-in, and whether it was completed.
    pub check_ins: HashMap<(Uuid, NaiveDate), bool>,
    pub last_completed: Option<NaiveDate>,
}

impl Record {
    fn logged(&self, habit: Uuid, day: NaiveDate) -> Option<bool> {
        self.check_ins.get(&(habit, day)).copied()
    }

    pub fn done(&self, habit: Uuid, day: NaiveDate) -> bool {
        self.logged(habit, day) == Some(true)
    }

    /// Whether `habit` counts on `day` (see the module documentation).
    pub fn due(&self, habit: Uuid, day: NaiveDate, today: NaiveDate) -> bool {
        let Some(s) = self.habits.get(&habit) else { return false };
        if !s.weekdays.includes(day) || day > today {
            return false;
        }
        let exists = day >= s.start || self.logged(habit, day).is_some();
        exists && (day < today || self.done(habit, day))
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Adherence {
    pub days: u32,
    pub scheduled: u32,
    pub completed: u32,
}

impl Adherence {
    /// Completed / scheduled × 100 to one decimal; None with nothing due.
    pub fn percent(&self) -> Option<f64> {
        (self.scheduled > 0).then(|| (1000.0 * f64::from(self.completed) / f64::from(self.scheduled)).round() / 10.0)
    }
}

/// Adherence over the `days` days ending today.
pub fn adherence(record: &Record, today: NaiveDate, days: u32) -> Adherence {
    let from = today - Duration::days(i64::from(days) - 1);
    adherence_between(record, from, today, today)
}

/// Adherence over the days `from..=to` as seen on `today` (a day after
/// today never counts; today only once done).
pub fn adherence_between(record: &Record, from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Adherence {
    let days = (to - from).num_days() + 1;
    let mut a = Adherence {
        days: u32::try_from(days.max(0)).unwrap_or(0),
        scheduled: 0,
        completed: 0,
    };
    for back in 0..days.max(0) {
        let day = to - Duration::days(back);
        for &habit in record.habits.keys() {
            if record.due(habit, day, today) {
                a.scheduled += 1;
                if record.done(habit, day) {
                    a.completed += 1;
                }
            }
        }
    }
    a
}

/// Due days completed in a row, ending today (or yesterday while today is
/// not done yet).
pub fn streak(record: &Record, habit: Uuid, today: NaiveDate) -> u32 {
    let mut streak = 0;
    for back in 0..MAX_STREAK_DAYS {
        let day = today - Duration::days(back);
        if !record.due(habit, day, today) {
            if day == today {
                continue;
            }
            // A day the habit was not scheduled neither breaks nor adds.
            let Some(s) = record.habits.get(&habit) else { break };
            if s.weekdays.includes(day) || day < s.start {
                break;
            }
            continue;
        }
        if !record.done(habit, day) {
            break;
        }
        streak += 1;
    }
    streak
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RiskLevel {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Risk {
    pub level: RiskLevel,
    /// Due days of the last 7 full days without a completed check-in.
    pub missed: u32,
    /// Days since the last completed check-in; None when there was none.
    pub days_since_last: Option<i64>,
    pub adherence_7: Adherence,
}

pub fn risk(record: &Record, today: NaiveDate) -> Risk {
    let mut missed = 0;
    for back in 1..=7 {
        let day = today - Duration::days(back);
        missed += (record.habits.keys())
            .filter(|&&h| record.due(h, day, today) && !record.done(h, day))
            .count() as u32;
    }
    let adherence_7 = adherence(record, today, 7);
    let days_since_last = record.last_completed.map(|d| (today - d).num_days());
    // Never checked in: idle since the first habit began.
    let idle = days_since_last.or_else(|| record.habits.values().map(|s| (today - s.start).num_days()).max());
    let percent = adherence_7.percent();
    let level = if record.habits.is_empty() {
        RiskLevel::Low
    } else if percent.is_some_and(|p| p < HIGH_BELOW_PERCENT) || idle.is_some_and(|d| d >= HIGH_AFTER_DAYS) {
        RiskLevel::High
    } else if percent.is_some_and(|p| p < MEDIUM_BELOW_PERCENT) || idle.is_some_and(|d| d >= MEDIUM_AFTER_DAYS) {
        RiskLevel::Medium
    } else {
        RiskLevel::Low
    };
    Risk {
        level,
        missed,
        days_since_last,
        adherence_7,
    }
}

/// The member's active habits and the check-ins of the last `days` days.
pub async fn load(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    clock: &UserClock,
    today: NaiveDate,
    days: i64,
) -> Result<(Vec<DashboardHabit>, Record), DbError> {
    let habits = repo::active_habits(conn, user_id).await?;
    let mut record = Record::default();
    if habits.is_empty() {
        return Ok((habits, record));
    }
    let ids: HashSet<Uuid> = habits.iter().map(|h| h.habit.id).collect();
    for h in &habits {
        record.habits.insert(
            h.habit.id,
            Schedule {
                weekdays: Weekdays::from_stored(h.habit.weekdays),
                start: clock.day_of(h.habit.created_at),
            },
        );
    }
    for (habit, day, completed) in repo::check_in_days(conn, user_id, today - Duration::days(days)).await? {
        if ids.contains(&habit) {
            record.check_ins.insert((habit, day), completed);
        }
    }
    record.last_completed = repo::last_completed_day(conn, user_id).await?;
    Ok((habits, record))
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2026-12-07 is a Monday.
    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, day).unwrap()
    }

    fn record(habits: &[(Uuid, &[i32], NaiveDate)], done: &[(Uuid, NaiveDate, bool)]) -> Record {
        Record {
            habits: (habits.iter())
                .map(|&(id, days, start)| {
                    (
                        id,
                        Schedule {
                            weekdays: Weekdays::parse(days).unwrap(),
                            start,
                        },
                    )
                })
                .collect(),
            check_ins: done.iter().map(|&(h, day, c)| ((h, day), c)).collect(),
            last_completed: done.iter().filter(|c| c.2).map(|c| c.1).max(),
        }
    }

    #[test]
    fn adherence_counts_due_days_and_today_only_once_done() {
        let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
        // Today is Sunday the 13th; `a` daily since Monday the 7th, `b` on
        // Mondays, Wednesdays and Fridays since the 7th.
        let r = record(
            &[(a, &[], d(7)), (b, &[1, 3, 5], d(7))],
            &[
                (a, d(7), true),
                (a, d(8), true),
                (a, d(9), false),
                (a, d(12), true),
                (b, d(9), true),
            ],
        );
        let w = adherence(&r, d(13), 7);
        // a: 7..12 due (6 days; today not done), 3 done; b: 7, 9, 11 due, 1 done.
        assert_eq!((w.scheduled, w.completed), (9, 4));
        assert_eq!(w.percent(), Some(44.4));
        // Doing today adds a due day and a done one.
        let mut r2 = r.clone();
        r2.check_ins.insert((a, d(13)), true);
        assert_eq!(adherence(&r2, d(13), 7).percent(), Some(50.0));
        // Nothing due: no percent.
        assert_eq!(adherence(&Record::default(), d(13), 7).percent(), None);
    }

    #[test]
    fn a_check_in_before_the_habit_existed_counts() {
        let a = Uuid::from_u128(1);
        let r = record(&[(a, &[], d(10))], &[(a, d(8), true)]);
        let w = adherence(&r, d(10), 7);
        // 8 (logged) and 9 (missing: before start, no check-in, not due); 10 is today, not done.
        assert_eq!((w.scheduled, w.completed), (1, 1));
    }

    #[test]
    fn streaks_skip_unscheduled_days_and_an_unfinished_today() {
        let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
        let r = record(
            &[(a, &[], d(1)), (b, &[1, 3, 5], d(1))],
            &[
                (a, d(10), true),
                (a, d(11), true),
                (a, d(12), true),
                (b, d(7), true),
                (b, d(9), true),
                (b, d(11), true),
                (b, d(4), false),
            ],
        );
        assert_eq!(streak(&r, a, d(13)), 3);
        // b: Fri 11, Wed 9, Mon 7 done; Fri 4 not: 3, weekends skipped.
        assert_eq!(streak(&r, b, d(13)), 3);
        // A missed yesterday ends it.
        assert_eq!(streak(&r, a, d(14)), 0);
    }

    #[test]
    fn risk_levels_follow_adherence_and_idleness() {
        let a = Uuid::from_u128(1);
        // All done through yesterday: low.
        let all: Vec<_> = (6..=12).map(|day| (a, d(day), true)).collect();
        let low = risk(&record(&[(a, &[], d(1))], &all), d(13));
        assert_eq!(
            (low.level, low.missed, low.days_since_last),
            (RiskLevel::Low, 0, Some(1))
        );
        // 3 of 6 due days done, last 3 days ago: medium (50% < 60%).
        let half = [(a, d(7), true), (a, d(8), true), (a, d(10), true)];
        let medium = risk(&record(&[(a, &[], d(7))], &half), d(13));
        assert_eq!(
            (medium.level, medium.missed, medium.days_since_last),
            (RiskLevel::Medium, 3, Some(3))
        );
        // Nothing for a week: high.
        let high = risk(&record(&[(a, &[], d(1))], &[(a, d(5), true)]), d(13));
        assert_eq!(
            (high.level, high.missed, high.days_since_last),
            (RiskLevel::High, 7, Some(8))
        );
        // Never checked in on a habit a week old: high, no last day.
        let never = risk(&record(&[(a, &[], d(6))], &[]), d(13));
        assert_eq!((never.level, never.days_since_last), (RiskLevel::High, None));
        // No habits: nothing to miss.
        assert_eq!(risk(&Record::default(), d(13)).level, RiskLevel::Low);
    }
}
