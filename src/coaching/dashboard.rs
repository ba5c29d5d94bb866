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
    /// The last completed check-in before today, on any habit.
    pub last_completed: Option<NaiveDate>,
    /// Whether any habit (active or not) was completed today.
    pub completed_today: bool,
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

/// What a member's full days before today add up to for adherence and
/// streaks: the part the rollups keep, so a read adds only today.
#[derive(Debug, Clone, PartialEq)]
pub struct PastAdherence {
    /// For each of [`WINDOWS`], the counts over its days before today.
    pub windows: [Adherence; 3],
    /// Each habit's streak ending yesterday.
    pub streaks: HashMap<Uuid, u32>,
}

impl PastAdherence {
    pub fn of(record: &Record, today: NaiveDate) -> Self {
        let yesterday = today - Duration::days(1);
        Self {
            windows: WINDOWS.map(|days| {
                let mut a = adherence_between(record, today - Duration::days(i64::from(days) - 1), yesterday, today);
                a.days = days;
                a
            }),
            streaks: (record.habits.keys())
                .map(|&h| (h, streak_before(record, h, today)))
                .collect(),
        }
    }
}

/// What the 7 full days before today say about risk (kept by rollups).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PastRisk {
    /// Due days of the last 7 full days without a completed check-in.
    pub missed: u32,
    /// The last completed check-in before today, on any habit.
    pub last_completed: Option<NaiveDate>,
    /// The 7-day window's counts before today.
    pub week: Adherence,
}

impl PastRisk {
    pub fn of(record: &Record, today: NaiveDate) -> Self {
        let mut missed = 0;
        for back in 1..=7 {
            let day = today - Duration::days(back);
            missed += (record.habits.keys())
                .filter(|&&h| record.due(h, day, today) && !record.done(h, day))
                .count() as u32;
        }
        let mut week = adherence_between(record, today - Duration::days(6), today - Duration::days(1), today);
        week.days = 7;
        Self {
            missed,
            last_completed: record.last_completed.filter(|&d| d < today),
            week,
        }
    }
}

/// Today's part, read on every call: the habits and which are done.
#[derive(Debug, Clone, Default)]
pub struct Today {
    pub day: NaiveDate,
    pub habits: HashMap<Uuid, Schedule>,
    /// Habits with a completed check-in today.
    pub done: HashSet<Uuid>,
    /// Whether any habit (active or not) was completed today.
    pub any_done: bool,
}

impl Today {
    pub fn of(record: &Record, day: NaiveDate) -> Self {
        let done: HashSet<Uuid> = (record.habits.keys())
            .copied()
            .filter(|&h| record.done(h, day))
            .collect();
        Self {
            day,
            habits: record.habits.clone(),
            any_done: record.completed_today || !done.is_empty(),
            done,
        }
    }

    /// Whether `habit` is due today and done: an unfinished today is not a
    /// miss yet, so today counts only once done.
    fn counts(&self, habit: Uuid) -> bool {
        self.done.contains(&habit) && self.habits.get(&habit).is_some_and(|s| s.weekdays.includes(self.day))
    }

    /// A window's adherence: its days before today plus today.
    pub fn adherence(&self, past: Adherence) -> Adherence {
        let k = self.habits.keys().filter(|&&h| self.counts(h)).count() as u32;
        Adherence {
            days: past.days,
            scheduled: past.scheduled + k,
            completed: past.completed + k,
        }
    }

    pub fn streak(&self, past: &PastAdherence, habit: Uuid) -> u32 {
        past.streaks.get(&habit).copied().unwrap_or(0) + u32::from(self.counts(habit))
    }

    pub fn risk(&self, past: &PastRisk) -> Risk {
        let adherence_7 = self.adherence(past.week);
        let days_since_last = if self.any_done {
            Some(0)
        } else {
            past.last_completed.map(|d| (self.day - d).num_days())
        };
        // Never checked in: idle since the first habit began.
        let idle = days_since_last.or_else(|| self.habits.values().map(|s| (self.day - s.start).num_days()).max());
        let percent = adherence_7.percent();
        let level = if self.habits.is_empty() {
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
            missed: past.missed,
            days_since_last,
            adherence_7,
        }
    }
}

/// Adherence over the `days` days ending today, from the whole record.
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
    Today::of(record, today).streak(&PastAdherence::of(record, today), habit)
}

/// Due days completed in a row ending yesterday.
fn streak_before(record: &Record, habit: Uuid, today: NaiveDate) -> u32 {
    let Some(s) = record.habits.get(&habit) else { return 0 };
    let mut streak = 0;
    for back in 1..MAX_STREAK_DAYS {
        let day = today - Duration::days(back);
        if !record.due(habit, day, today) {
            // A day the habit was not scheduled neither breaks nor adds.
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

/// The member's risk, from the whole record.
pub fn risk(record: &Record, today: NaiveDate) -> Risk {
    Today::of(record, today).risk(&PastRisk::of(record, today))
}

/// The habits' schedules in the member's calendar.
pub fn schedules(habits: &[DashboardHabit], clock: &UserClock) -> HashMap<Uuid, Schedule> {
    (habits.iter())
        .map(|h| {
            let schedule = Schedule {
                weekdays: Weekdays::from_stored(h.habit.weekdays),
                start: clock.day_of(h.habit.created_at),
            };
            (h.habit.id, schedule)
        })
        .collect()
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
    record.habits = schedules(&habits, clock);
    for (habit, day, completed) in repo::check_in_days(conn, user_id, today - Duration::days(days)).await? {
        record.completed_today |= completed && day == today;
        if record.habits.contains_key(&habit) {
            record.check_ins.insert((habit, day), completed);
        }
    }
    record.last_completed = repo::last_completed_day(conn, user_id, today).await?;
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
            completed_today: false,
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

    /// The streak as the whole record says it, day by day from today.
    fn streak_by_days(r: &Record, habit: Uuid, today: NaiveDate) -> u32 {
        let s = r.habits[&habit];
        let mut n = 0;
        for back in 0..MAX_STREAK_DAYS {
            let day = today - Duration::days(back);
            if !r.due(habit, day, today) {
                if day == today || !(s.weekdays.includes(day) || day < s.start) {
                    continue;
                }
                break;
            }
            if !r.done(habit, day) {
                break;
            }
            n += 1;
        }
        n
    }

    #[test]
    fn the_rolled_up_past_plus_today_equals_the_whole_record() {
        // Pseudo-random members: three habits on varied weekdays, 120 days
        // of check-ins with gaps and misses, seen on several todays.
        let mut seed = 0x2545_f491_u64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let start = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        for _ in 0..40 {
            let mut r = Record::default();
            for h in 0..3u128 {
                let days: Vec<i32> = (1..=7).filter(|_| next(3) > 0).collect();
                let schedule = Schedule {
                    weekdays: Weekdays::parse(&days).unwrap(),
                    start: start + Duration::days(next(60) as i64),
                };
                r.habits.insert(Uuid::from_u128(h + 1), schedule);
            }
            let ids: Vec<Uuid> = r.habits.keys().copied().collect();
            for back in 0..120 {
                for &h in &ids {
                    match next(5) {
                        0 => {}
                        1 => {
                            r.check_ins.insert((h, start + Duration::days(back)), false);
                        }
                        _ => {
                            r.check_ins.insert((h, start + Duration::days(back)), true);
                        }
                    }
                }
            }
            let today = start + Duration::days(60 + next(60) as i64);
            r.last_completed = (r.check_ins.iter())
                .filter(|&(&(_, d), &c)| c && d < today)
                .map(|(&(_, d), _)| d)
                .max();
            let (past, now) = (PastAdherence::of(&r, today), Today::of(&r, today));
            for (i, &days) in WINDOWS.iter().enumerate() {
                assert_eq!(now.adherence(past.windows[i]), adherence(&r, today, days));
            }
            for &h in &ids {
                assert_eq!(now.streak(&past, h), streak_by_days(&r, h, today));
            }
            let risk = now.risk(&PastRisk::of(&r, today));
            assert_eq!(risk.adherence_7, adherence(&r, today, 7));
            let last = (r.check_ins.iter())
                .filter(|&(&(_, d), &c)| c && d <= today)
                .map(|(&(_, d), _)| d)
                .max();
            assert_eq!(risk.days_since_last, last.map(|d| (today - d).num_days()));
        }
    }
}
