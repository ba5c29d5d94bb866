//! Pure arithmetic over daily rollups: totals of a span, averages, the
//! week and month comparisons and streaks.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Timelike};

use super::model::DayRollup;

/// How far back streaks look.
pub const STREAK_DAYS: i64 = 90;

/// A span of days, both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Span {
    pub fn new(start: NaiveDate, end: NaiveDate) -> Self {
        Span { start, end }
    }

    /// The `days` days before `day`.
    pub fn before(day: NaiveDate, days: i64) -> Self {
        Span::new(day - Duration::days(days), day - Duration::days(1))
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        (self.start..=self.end).contains(&day)
    }
}

/// Sums over the rollups of a span.
#[derive(Debug, Clone, PartialEq)]
pub struct Totals {
    pub span: Span,
    pub days_with_usage: i32,
    pub screen_time_ms: i64,
    pub unlocks: i64,
    pub pickups: i64,
    pub notifications: i64,
    pub app_time_ms: i64,
    pub sessions: i64,
    pub longest_session_ms: i64,
    pub night_ms: i64,
    pub productive_ms: i64,
    pub time_wasting_ms: i64,
    pub first_pickups: Vec<NaiveTime>,
}

impl Totals {
    pub fn of(days: &[DayRollup], span: Span) -> Totals {
        let mut t = Totals {
            span,
            days_with_usage: 0,
            screen_time_ms: 0,
            unlocks: 0,
            pickups: 0,
            notifications: 0,
            app_time_ms: 0,
            sessions: 0,
            longest_session_ms: 0,
            night_ms: 0,
            productive_ms: 0,
            time_wasting_ms: 0,
            first_pickups: Vec::new(),
        };
        for d in days.iter().filter(|d| span.contains(d.day)) {
            t.days_with_usage += 1;
            t.screen_time_ms += d.screen_time_ms;
            t.unlocks += d.unlocks;
            t.pickups += d.pickups;
            t.notifications += d.notifications;
            t.app_time_ms += d.app_time_ms;
            t.sessions += i64::from(d.sessions);
            t.longest_session_ms = t.longest_session_ms.max(d.longest_session_ms);
            t.night_ms += d.night_ms;
            t.productive_ms += d.productive_ms;
            t.time_wasting_ms += d.time_wasting_ms;
            t.first_pickups.extend(d.first_pickup_time);
        }
        t
    }

    /// `total` per day with usage (0 without any).
    pub fn per_day(&self, total: i64) -> f64 {
        if self.days_with_usage == 0 {
            0.0
        } else {
            total as f64 / f64::from(self.days_with_usage)
        }
    }

    pub fn average_screen_time_ms(&self) -> i64 {
        self.per_day(self.screen_time_ms).round() as i64
    }

    /// `part` as a share of app time (0 without app time).
    pub fn app_share(&self, part: i64) -> f64 {
        if self.app_time_ms == 0 {
            0.0
        } else {
            part as f64 / self.app_time_ms as f64
        }
    }

    /// The mean first pickup, to the minute.
    pub fn average_first_pickup(&self) -> Option<NaiveTime> {
        if self.first_pickups.is_empty() {
            return None;
        }
        let seconds: i64 = self
            .first_pickups
            .iter()
            .map(|t| i64::from(t.num_seconds_from_midnight()))
            .sum();
        let mean = seconds as f64 / self.first_pickups.len() as f64;
        let minutes = (mean / 60.0).round() as u32;
        NaiveTime::from_hms_opt(minutes / 60 % 24, minutes % 60, 0)
    }
}

/// (current - previous) / previous in percent; 0 when previous is 0.
pub fn change_percent(current: i64, previous: i64) -> f64 {
    if previous == 0 {
        0.0
    } else {
        (current - previous) as f64 * 100.0 / previous as f64
    }
}

/// Monday to `day`, and the same weekdays of the week before.
pub fn week_spans(day: NaiveDate) -> (Span, Span) {
    let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
    (
        Span::new(monday, day),
        Span::new(monday - Duration::days(7), day - Duration::days(7)),
    )
}

/// The 1st to `day`, and the same days of the month before (up to its end).
pub fn month_spans(day: NaiveDate) -> (Span, Span) {
    let first = day.with_day(1).expect("every month has a 1st");
    let previous_end = first - Duration::days(1);
    let previous_first = previous_end.with_day(1).expect("every month has a 1st");
    let same_day = previous_first + Duration::days(i64::from(day.day()) - 1);
    (
        Span::new(first, day),
        Span::new(previous_first, same_day.min(previous_end)),
    )
}

/// A current period against a previous one.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub current: Totals,
    pub previous: Totals,
}

impl Comparison {
    pub fn of(days: &[DayRollup], (current, previous): (Span, Span)) -> Comparison {
        Comparison {
            current: Totals::of(days, current),
            previous: Totals::of(days, previous),
        }
    }

    pub fn screen_time_change_percent(&self) -> f64 {
        change_percent(self.current.screen_time_ms, self.previous.screen_time_ms)
    }
}

/// (current, longest) runs of consecutive days with usage at or under
/// `target_ms`, in the `STREAK_DAYS` days before `day`. The current run ends
/// the day before `day`; a day without a rollup breaks a run.
pub fn streaks(days: &[DayRollup], target_ms: i64, day: NaiveDate) -> (i32, i32) {
    let span = Span::before(day, STREAK_DAYS);
    let mut within: Vec<NaiveDate> = days
        .iter()
        .filter(|d| span.contains(d.day) && d.screen_time_ms <= target_ms)
        .map(|d| d.day)
        .collect();
    within.sort();
    let (mut longest, mut run, mut last) = (0, 0, None::<NaiveDate>);
    for d in &within {
        run = if last == Some(*d - Duration::days(1)) {
            run + 1
        } else {
            1
        };
        longest = longest.max(run);
        last = Some(*d);
    }
    let current = if last == Some(span.end) { run } else { 0 };
    (current, longest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn rollup(day: &str, screen_minutes: i64) -> DayRollup {
        DayRollup {
            day: d(day),
            screen_time_ms: screen_minutes * 60_000,
            app_time_ms: screen_minutes * 60_000,
            ..DayRollup::default()
        }
    }

    #[test]
    fn week_and_month_spans_line_up_the_same_days() {
        // 2026-11-26 is a Thursday.
        let (this, last) = week_spans(d("2026-11-26"));
        assert_eq!((this.start, this.end), (d("2026-11-23"), d("2026-11-26")));
        assert_eq!((last.start, last.end), (d("2026-11-16"), d("2026-11-19")));
        let (this, last) = month_spans(d("2026-03-31"));
        assert_eq!((this.start, this.end), (d("2026-03-01"), d("2026-03-31")));
        assert_eq!((last.start, last.end), (d("2026-02-01"), d("2026-02-28")));
        let (_, last) = month_spans(d("2026-01-10"));
        assert_eq!((last.start, last.end), (d("2025-12-01"), d("2025-12-10")));
    }

    #[test]
    fn totals_average_over_days_with_usage() {
        let days = [
            rollup("2026-11-20", 60),
            rollup("2026-11-22", 120),
            rollup("2026-11-25", 600),
        ];
        let t = Totals::of(&days, Span::new(d("2026-11-19"), d("2026-11-24")));
        assert_eq!(t.days_with_usage, 2);
        assert_eq!(t.average_screen_time_ms(), 90 * 60_000);
        assert_eq!(change_percent(150, 100), 50.0);
        assert_eq!(change_percent(150, 0), 0.0);
    }

    #[test]
    fn average_first_pickup_is_to_the_minute() {
        let mut days = [
            rollup("2026-11-20", 1),
            rollup("2026-11-21", 1),
            rollup("2026-11-22", 1),
        ];
        for (r, t) in days.iter_mut().zip(["06:30:00", "07:00:00", "08:00:20"]) {
            r.first_pickup_time = Some(t.parse().unwrap());
        }
        let t = Totals::of(&days, Span::new(d("2026-11-20"), d("2026-11-22")));
        assert_eq!(t.average_first_pickup(), NaiveTime::from_hms_opt(7, 10, 0));
    }

    #[test]
    fn streaks_end_yesterday_and_break_on_gaps() {
        let days = [
            rollup("2026-11-10", 100),
            rollup("2026-11-11", 100),
            rollup("2026-11-12", 100),
            // 2026-11-13 has no data.
            rollup("2026-11-14", 100),
            rollup("2026-11-15", 500),
            rollup("2026-11-16", 100),
            rollup("2026-11-17", 180),
            // Today does not count yet.
            rollup("2026-11-18", 900),
        ];
        assert_eq!(streaks(&days, 180 * 60_000, d("2026-11-18")), (2, 3));
        assert_eq!(streaks(&days, 90 * 60_000, d("2026-11-18")), (0, 0));
        assert_eq!(streaks(&days, 180 * 60_000, d("2026-11-17")), (1, 3));
    }
}
