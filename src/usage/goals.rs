//! Usage goals: validated goal kinds and the calendar math of their periods.
//! Progress itself is summed from usage by the repository.

use chrono::{Datelike, Duration, NaiveDate};
use uuid::Uuid;

use crate::proto::usage::v1 as pb;

crate::stored_enum! {
    pub enum GoalPeriod: pb::GoalPeriod {
        Daily => "daily",
        Weekly => "weekly",
    }
}

crate::stored_enum! {
    /// What a goal limits, as stored.
    pub enum GoalKind: pb::GoalKind {
        DailyScreenTime => "daily_screen_time",
        AppLimit => "app_limit",
        CategoryLimit => "category_limit",
        Unlocks => "unlocks",
    }
}

impl GoalPeriod {
    /// The period containing `day`: the day itself, or its Monday-to-Sunday week.
    pub fn containing(self, day: NaiveDate) -> (NaiveDate, NaiveDate) {
        match self {
            GoalPeriod::Daily => (day, day),
            GoalPeriod::Weekly => {
                let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
                (monday, monday + Duration::days(6))
            }
        }
    }

    /// The current period and `history` periods before it, newest first.
    pub fn periods(self, today: NaiveDate, history: usize) -> Vec<(NaiveDate, NaiveDate)> {
        let mut periods = Vec::with_capacity(history + 1);
        let mut current = self.containing(today);
        for _ in 0..=history {
            periods.push(current);
            current = self.containing(current.0 - Duration::days(1));
        }
        periods
    }
}

/// What a goal limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoalTarget {
    ScreenTime,
    Unlocks,
    App { app_id: Uuid },
    Category { code: String },
}

impl GoalTarget {
    pub fn kind(&self) -> GoalKind {
        match self {
            GoalTarget::ScreenTime => GoalKind::DailyScreenTime,
            GoalTarget::Unlocks => GoalKind::Unlocks,
            GoalTarget::App { .. } => GoalKind::AppLimit,
            GoalTarget::Category { .. } => GoalKind::CategoryLimit,
        }
    }
}

/// Progress of one period against its target.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodProgress {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub actual: i64,
    pub target: i64,
}

impl PeriodProgress {
    pub fn achieved(&self) -> bool {
        self.actual <= self.target
    }
}

impl From<&PeriodProgress> for pb::GoalPeriodProgress {
    fn from(p: &PeriodProgress) -> Self {
        pb::GoalPeriodProgress {
            start_day: p.start.to_string(),
            end_day: p.end.to_string(),
            actual: p.actual,
            target: p.target,
            ratio: p.actual as f64 / p.target as f64,
            achieved: p.achieved(),
        }
    }
}

/// Sums per-day actuals into periods (newest first) and counts the streak of
/// achieved past periods.
pub fn progress(
    periods: &[(NaiveDate, NaiveDate)],
    daily: &[(NaiveDate, i64)],
    target: i64,
) -> (Vec<PeriodProgress>, i32) {
    let progress: Vec<PeriodProgress> = periods
        .iter()
        .map(|&(start, end)| PeriodProgress {
            start,
            end,
            actual: daily
                .iter()
                .filter(|(d, _)| (start..=end).contains(d))
                .map(|(_, v)| v)
                .sum(),
            target,
        })
        .collect();
    let streak = progress.iter().skip(1).take_while(|p| p.achieved()).count() as i32;
    (progress, streak)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn weeks_run_monday_to_sunday() {
        // 2026-11-22 is a Sunday.
        assert_eq!(
            GoalPeriod::Weekly.containing(day("2026-11-22")),
            (day("2026-11-16"), day("2026-11-22"))
        );
        let periods = GoalPeriod::Weekly.periods(day("2026-11-23"), 2);
        assert_eq!(periods[0], (day("2026-11-23"), day("2026-11-29")));
        assert_eq!(periods[2], (day("2026-11-09"), day("2026-11-15")));
    }

    #[test]
    fn progress_sums_days_and_counts_the_streak() {
        let periods = GoalPeriod::Daily.periods(day("2026-11-20"), 3);
        let daily = [
            (day("2026-11-20"), 50),
            (day("2026-11-19"), 90),
            (day("2026-11-18"), 100),
            (day("2026-11-17"), 150),
        ];
        let (progress, streak) = super::progress(&periods, &daily, 100);
        assert_eq!(
            progress.iter().map(|p| p.actual).collect::<Vec<_>>(),
            [50, 90, 100, 150]
        );
        assert_eq!(
            streak, 2,
            "the 19th and 18th are at or under the target; the 17th is over"
        );
    }
}
