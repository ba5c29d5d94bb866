//! Usage pattern detection: pure functions over a user's recent usage (the
//! last [`WINDOW_DAYS`] days, in the user's timezone). Each detector has
//! documented thresholds on data Kith stores; when it fires it says how
//! severe the pattern is (how far past its threshold), how sure it is (how
//! many days support it) and what triggered it.
//!
//! Severity is 0.5 at a detector's threshold and rises linearly to 1.0 at
//! its "full" value; confidence is the supporting days over the days that
//! make it certain, capped at 1.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};
use uuid::Uuid;

use crate::proto::usage::v1 as pb;

/// Days of usage detection reads, ending on the day it runs for.
pub const WINDOW_DAYS: i64 = 14;

const MINUTE: i64 = 60_000;
const HOUR: i64 = 60 * MINUTE;

/// binge_usage: a single session of 2 h or more, or 3 h or more in one app in
/// a day, on at least 2 days.
pub const BINGE_SESSION_MS: i64 = 2 * HOUR;
pub const BINGE_APP_DAY_MS: i64 = 3 * HOUR;
pub const BINGE_MIN_DAYS: usize = 2;

/// night_owl: at least 20% of a day's app time (and 15 min) in sessions
/// starting between 23:00 and 03:59, on at least 3 days.
pub const NIGHT_SHARE: f64 = 0.2;
pub const NIGHT_MIN_MS: i64 = 15 * MINUTE;
pub const NIGHT_MIN_DAYS: usize = 3;

/// morning_person: first pickup before 07:00 on at least 60% of the days
/// that report one (and on at least 4), with at least half of all app time
/// in sessions starting between 04:00 and 11:59.
pub const EARLY_PICKUP_HOUR: u32 = 7;
pub const EARLY_DAYS_SHARE: f64 = 0.6;
pub const EARLY_MIN_DAYS: usize = 4;
pub const MORNING_SHARE: f64 = 0.5;

/// weekend_warrior: the weekend's daily average screen time at least 1.5x the
/// weekdays' (and at least 1 h), with 2 weekend and 3 weekdays of data.
pub const WEEKEND_RATIO: f64 = 1.5;
pub const WEEKEND_MIN_AVERAGE_MS: f64 = HOUR as f64;
pub const WEEKEND_MIN_DAYS: usize = 2;
pub const WEEKDAY_MIN_DAYS: usize = 3;

/// distracted: at least 50 sessions in a day with a median under 90 s, on at
/// least 3 days.
pub const DISTRACTED_SESSIONS: usize = 50;
pub const DISTRACTED_MEDIAN_MS: i64 = 90_000;
pub const SHORT_SESSION_MS: i64 = 2 * MINUTE;
pub const DISTRACTED_MIN_DAYS: usize = 3;

/// doom_scrolling: a social or entertainment session of 45 min or more that
/// ends late (22:00 to 03:59), on at least 2 days.
pub const DOOM_CATEGORIES: [&str; 2] = ["social", "entertainment"];
pub const DOOM_SESSION_MS: i64 = 45 * MINUTE;
pub const DOOM_MIN_DAYS: usize = 2;

/// phantom_vibration: at least 60 pickups in a day and at least twice as many
/// pickups as notifications, on at least 3 days.
pub const PHANTOM_PICKUPS: i64 = 60;
pub const PHANTOM_RATIO: f64 = 2.0;
pub const PHANTOM_MIN_DAYS: usize = 3;

/// app_switching: at least 30 switches (a session of another app than the
/// device's previous one) within one clock hour, on at least 2 days.
pub const SWITCHES_PER_HOUR: usize = 30;
pub const SWITCHING_MIN_DAYS: usize = 2;

/// notification_addiction: at least 150 notifications in a day on at least 3
/// days.
pub const NOTIFICATIONS_PER_DAY: i64 = 150;
pub const NOTIFICATION_MIN_DAYS: usize = 3;

crate::stored_enum! {
    /// As stored in `usage_patterns.kind`.
    pub enum PatternKind: pb::PatternKind {
        BingeUsage => "binge_usage",
        NightOwl => "night_owl",
        MorningPerson => "morning_person",
        WeekendWarrior => "weekend_warrior",
        Distracted => "distracted",
        DoomScrolling => "doom_scrolling",
        PhantomVibration => "phantom_vibration",
        AppSwitching => "app_switching",
        NotificationAddiction => "notification_addiction",
    }
}

/// One app session, its start in the user's local time.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub device_id: Uuid,
    pub app_id: Uuid,
    pub start: NaiveDateTime,
    pub duration_ms: i64,
    pub launches: i64,
    pub notifications: i64,
    /// Category code ("social", ...).
    pub category: String,
    /// The app's personality on its device.
    pub personality: String,
}

impl Session {
    fn end(&self) -> NaiveDateTime {
        self.start + chrono::Duration::milliseconds(self.duration_ms)
    }
}

/// One day's device totals, summed over the user's devices.
#[derive(Debug, Clone, PartialEq)]
pub struct Day {
    pub day: NaiveDate,
    pub screen_time_ms: i64,
    pub unlocks: i64,
    pub pickups: i64,
    pub notifications: i64,
    /// The earliest first pickup of the devices.
    pub first_pickup: Option<NaiveTime>,
}

/// What detection reads: daily rows and sessions of the window.
#[derive(Debug, Clone, Default)]
pub struct Window {
    pub days: Vec<Day>,
    pub sessions: Vec<Session>,
}

/// A pattern that holds, with what triggered it.
#[derive(Debug, Clone, PartialEq)]
pub struct Detected {
    pub kind: PatternKind,
    /// 0..1.
    pub severity: f64,
    /// 0..1.
    pub confidence: f64,
    pub metadata: BTreeMap<String, String>,
}

/// Every pattern that holds over the window.
pub fn detect(window: &Window) -> Vec<Detected> {
    detect_totals(&window.days, &SessionTotals::of(&window.sessions))
}

/// Every pattern that holds over the daily rows and the folded sessions.
pub fn detect_totals(days: &[Day], sessions: &SessionTotals) -> Vec<Detected> {
    let usage = Usage {
        days: days.iter().map(|d| (d.day, d)).collect(),
        sessions,
    };
    [
        binge_usage(&usage),
        night_owl(&usage),
        morning_person(&usage),
        weekend_warrior(&usage),
        distracted(&usage),
        doom_scrolling(&usage),
        phantom_vibration(&usage),
        app_switching(&usage),
        notification_addiction(&usage),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// 0.5 at `threshold`, 1.0 at `full`, linear between and clamped to 0..1.
fn severity(value: f64, threshold: f64, full: f64) -> f64 {
    (0.5 + 0.5 * (value - threshold) / (full - threshold)).clamp(0.0, 1.0)
}

/// `days` supporting days of `certain_at`, capped at 1.
fn confidence(days: usize, certain_at: usize) -> f64 {
    (days as f64 / certain_at as f64).min(1.0)
}

fn mean(values: impl IntoIterator<Item = f64>) -> f64 {
    let (sum, n) = values.into_iter().fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

fn round2(x: f64) -> String {
    format!("{x:.2}")
}

fn detected(kind: PatternKind, severity: f64, confidence: f64, metadata: Vec<(&str, String)>) -> Option<Detected> {
    Some(Detected {
        kind,
        severity,
        confidence,
        metadata: metadata.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
    })
}

/// What the detectors read of one local day's sessions.
#[derive(Debug, Default, Clone)]
struct DaySessions {
    count: usize,
    /// Sessions under [`SHORT_SESSION_MS`].
    short: usize,
    median_ms: i64,
    app_time: i64,
    /// Time in sessions starting at night.
    night_ms: i64,
    notifications: i64,
    /// The longest session (the last of equal ones) and its app.
    longest: Option<(i64, Uuid)>,
    per_app: HashMap<Uuid, i64>,
}

/// The window's sessions folded one at a time into what the detectors read,
/// so memory grows with the days, hours and apps of the window, never with
/// the number of sessions: detection streams them from the database.
#[derive(Debug, Default, Clone)]
pub struct SessionTotals {
    days: BTreeMap<NaiveDate, DaySessions>,
    total_ms: i64,
    /// Time in sessions starting between 04:00 and 11:59.
    morning_ms: i64,
    doom_days: BTreeSet<NaiveDate>,
    doom_sessions: usize,
    /// The longest doom-scrolling session (the last of equal ones): length,
    /// app and end.
    doom_longest: Option<(i64, Uuid, NaiveDateTime)>,
    /// App switches by local (day, hour).
    switches: BTreeMap<(NaiveDate, u32), usize>,
    /// The (device, app) of the session before, for switches.
    previous: Option<(Uuid, Uuid)>,
}

impl SessionTotals {
    /// Adds one session to every total but the switches.
    pub fn add(&mut self, s: &Session) {
        let day = self.days.entry(s.start.date()).or_default();
        day.count += 1;
        day.short += usize::from(s.duration_ms < SHORT_SESSION_MS);
        day.app_time += s.duration_ms;
        if is_night(s.start) {
            day.night_ms += s.duration_ms;
        }
        day.notifications += s.notifications;
        if day.longest.is_none_or(|(ms, _)| s.duration_ms >= ms) {
            day.longest = Some((s.duration_ms, s.app_id));
        }
        *day.per_app.entry(s.app_id).or_default() += s.duration_ms;
        self.total_ms += s.duration_ms;
        if (4..12).contains(&s.start.hour()) {
            self.morning_ms += s.duration_ms;
        }
        if DOOM_CATEGORIES.contains(&s.category.as_str()) && s.duration_ms >= DOOM_SESSION_MS && ends_late(s) {
            self.doom_days.insert(s.start.date());
            self.doom_sessions += 1;
            if self.doom_longest.is_none_or(|(ms, _, _)| s.duration_ms >= ms) {
                self.doom_longest = Some((s.duration_ms, s.app_id, s.end()));
            }
        }
    }

    /// Counts a switch when `s` is another app than the session before on
    /// its device; sessions must come ordered by device, then start.
    pub fn follow(&mut self, s: &Session) {
        if let Some((device, app)) = self.previous {
            if device == s.device_id && app != s.app_id {
                *self.switches.entry((s.start.date(), s.start.hour())).or_default() += 1;
            }
        }
        self.previous = Some((s.device_id, s.app_id));
    }

    /// The median session length of a day, which a fold cannot keep.
    pub fn set_median(&mut self, day: NaiveDate, median_ms: i64) {
        if let Some(d) = self.days.get_mut(&day) {
            d.median_ms = median_ms;
        }
    }

    /// The totals of sessions held in memory (the window of the tests).
    fn of(sessions: &[Session]) -> Self {
        let mut totals = SessionTotals::default();
        for s in sessions {
            totals.add(s);
        }
        let mut ordered: Vec<&Session> = sessions.iter().collect();
        ordered.sort_by_key(|s| (s.device_id, s.start));
        for s in ordered {
            totals.follow(s);
        }
        let mut durations: BTreeMap<NaiveDate, Vec<i64>> = BTreeMap::new();
        for s in sessions {
            durations.entry(s.start.date()).or_default().push(s.duration_ms);
        }
        for (day, values) in durations {
            totals.set_median(day, median(values));
        }
        totals
    }
}

/// The window by local day.
struct Usage<'a> {
    days: BTreeMap<NaiveDate, &'a Day>,
    sessions: &'a SessionTotals,
}

impl<'a> Usage<'a> {
    fn app_time(&self, day: NaiveDate) -> i64 {
        self.sessions.days.get(&day).map_or(0, |d| d.app_time)
    }

    /// Every day with a daily row or a session.
    fn active_days(&self) -> Vec<NaiveDate> {
        let mut days: Vec<NaiveDate> = self.days.keys().chain(self.sessions.days.keys()).copied().collect();
        days.sort();
        days.dedup();
        days
    }

    /// The devices' screen time; the app time on a day without a daily row.
    fn screen_time(&self, day: NaiveDate) -> i64 {
        self.days
            .get(&day)
            .map_or_else(|| self.app_time(day), |d| d.screen_time_ms)
    }

    fn notifications(&self, day: NaiveDate) -> i64 {
        self.days.get(&day).map_or_else(
            || self.sessions.days.get(&day).map_or(0, |d| d.notifications),
            |d| d.notifications,
        )
    }
}

fn binge_usage(u: &Usage) -> Option<Detected> {
    // Per binge day: how far past either threshold it went, the app and the figures.
    let mut binges: Vec<(f64, Uuid, i64, i64)> = Vec::new();
    for day in u.sessions.days.values() {
        let Some((longest_ms, longest_app)) = day.longest else {
            continue;
        };
        let Some((&app, &app_ms)) = day.per_app.iter().max_by_key(|(app, ms)| (**ms, **app)) else {
            continue;
        };
        let ratio = (longest_ms as f64 / BINGE_SESSION_MS as f64).max(app_ms as f64 / BINGE_APP_DAY_MS as f64);
        if ratio >= 1.0 {
            let app = if longest_ms >= BINGE_SESSION_MS {
                longest_app
            } else {
                app
            };
            binges.push((ratio, app, longest_ms, app_ms));
        }
    }
    if binges.len() < BINGE_MIN_DAYS {
        return None;
    }
    let worst = binges.iter().copied().max_by(|a, b| a.0.total_cmp(&b.0))?;
    detected(
        PatternKind::BingeUsage,
        severity(worst.0, 1.0, 2.0),
        confidence(binges.len(), 4),
        vec![
            ("days", binges.len().to_string()),
            ("app_id", worst.1.to_string()),
            ("longest_session_ms", binges.iter().map(|b| b.2).max()?.to_string()),
            ("most_in_one_app_ms", binges.iter().map(|b| b.3).max()?.to_string()),
            ("threshold_session_ms", BINGE_SESSION_MS.to_string()),
            ("threshold_app_day_ms", BINGE_APP_DAY_MS.to_string()),
        ],
    )
}

fn is_night(t: NaiveDateTime) -> bool {
    t.hour() >= 23 || t.hour() < 4
}

fn night_owl(u: &Usage) -> Option<Detected> {
    let mut nights: Vec<(i64, f64)> = Vec::new();
    for day in u.sessions.days.values() {
        let night = day.night_ms;
        let share = night as f64 / day.app_time.max(1) as f64;
        if share >= NIGHT_SHARE && night >= NIGHT_MIN_MS {
            nights.push((night, share));
        }
    }
    if nights.len() < NIGHT_MIN_DAYS {
        return None;
    }
    let share = mean(nights.iter().map(|n| n.1));
    detected(
        PatternKind::NightOwl,
        severity(share, NIGHT_SHARE, 0.5),
        confidence(nights.len(), 6),
        vec![
            ("nights", nights.len().to_string()),
            ("average_night_share", round2(share)),
            ("night_ms", nights.iter().map(|n| n.0).sum::<i64>().to_string()),
            ("threshold_share", round2(NIGHT_SHARE)),
        ],
    )
}

fn morning_person(u: &Usage) -> Option<Detected> {
    let pickups: Vec<NaiveTime> = u.days.values().filter_map(|d| d.first_pickup).collect();
    let early_at = NaiveTime::from_hms_opt(EARLY_PICKUP_HOUR, 0, 0)?;
    let early = pickups.iter().filter(|t| **t < early_at).count();
    let early_share = early as f64 / pickups.len().max(1) as f64;
    if early < EARLY_MIN_DAYS || early_share < EARLY_DAYS_SHARE {
        return None;
    }
    let total = u.sessions.total_ms;
    let morning = u.sessions.morning_ms;
    let morning_share = morning as f64 / total.max(1) as f64;
    if total == 0 || morning_share < MORNING_SHARE {
        return None;
    }
    detected(
        PatternKind::MorningPerson,
        severity(morning_share, MORNING_SHARE, 0.9),
        early_share * confidence(pickups.len(), 7),
        vec![
            ("early_days", early.to_string()),
            ("days_with_first_pickup", pickups.len().to_string()),
            ("before_noon_share", round2(morning_share)),
            ("threshold_first_pickup", format!("{EARLY_PICKUP_HOUR:02}:00")),
        ],
    )
}

fn weekend_warrior(u: &Usage) -> Option<Detected> {
    let (weekend, weekdays): (Vec<NaiveDate>, Vec<NaiveDate>) = u
        .active_days()
        .into_iter()
        .partition(|d| matches!(d.weekday(), Weekday::Sat | Weekday::Sun));
    if weekend.len() < WEEKEND_MIN_DAYS || weekdays.len() < WEEKDAY_MIN_DAYS {
        return None;
    }
    let weekend_avg = mean(weekend.iter().map(|d| u.screen_time(*d) as f64));
    let weekday_avg = mean(weekdays.iter().map(|d| u.screen_time(*d) as f64));
    let ratio = weekend_avg / weekday_avg.max(1.0);
    if ratio < WEEKEND_RATIO || weekend_avg < WEEKEND_MIN_AVERAGE_MS {
        return None;
    }
    detected(
        PatternKind::WeekendWarrior,
        severity(ratio, WEEKEND_RATIO, 3.0),
        confidence(weekend.len(), 4).min(confidence(weekdays.len(), 8)),
        vec![
            ("ratio", round2(ratio)),
            ("weekend_average_ms", (weekend_avg as i64).to_string()),
            ("weekday_average_ms", (weekday_avg as i64).to_string()),
            ("weekend_days", weekend.len().to_string()),
            ("weekdays", weekdays.len().to_string()),
        ],
    )
}

fn median(mut values: Vec<i64>) -> i64 {
    values.sort_unstable();
    match values.len() {
        0 => 0,
        n if n % 2 == 1 => values[n / 2],
        n => (values[n / 2 - 1] + values[n / 2]) / 2,
    }
}

fn distracted(u: &Usage) -> Option<Detected> {
    let mut days: Vec<(usize, i64, usize)> = Vec::new();
    for day in u.sessions.days.values() {
        if day.count >= DISTRACTED_SESSIONS && day.median_ms < DISTRACTED_MEDIAN_MS {
            days.push((day.count, day.median_ms, day.short));
        }
    }
    if days.len() < DISTRACTED_MIN_DAYS {
        return None;
    }
    let sessions = mean(days.iter().map(|d| d.0 as f64));
    let short: usize = days.iter().map(|d| d.2).sum();
    let all: usize = days.iter().map(|d| d.0).sum();
    detected(
        PatternKind::Distracted,
        severity(sessions, DISTRACTED_SESSIONS as f64, 3.0 * DISTRACTED_SESSIONS as f64),
        confidence(days.len(), 6),
        vec![
            ("days", days.len().to_string()),
            ("average_sessions", format!("{sessions:.0}")),
            (
                "median_session_ms",
                median(days.iter().map(|d| d.1).collect()).to_string(),
            ),
            ("short_session_share", round2(short as f64 / all.max(1) as f64)),
        ],
    )
}

/// Ends between 22:00 and 03:59, or on a later day than it started.
fn ends_late(s: &Session) -> bool {
    let end = s.end();
    end.date() > s.start.date() || end.hour() >= 22 || end.hour() < 4
}

fn doom_scrolling(u: &Usage) -> Option<Detected> {
    let days = u.sessions.doom_days.len();
    if days < DOOM_MIN_DAYS {
        return None;
    }
    let (longest_ms, app, end) = u.sessions.doom_longest?;
    detected(
        PatternKind::DoomScrolling,
        severity(longest_ms as f64, DOOM_SESSION_MS as f64, 2.0 * HOUR as f64),
        confidence(days, 4),
        vec![
            ("days", days.to_string()),
            ("sessions", u.sessions.doom_sessions.to_string()),
            ("longest_session_ms", longest_ms.to_string()),
            ("app_id", app.to_string()),
            ("ended_at", end.format("%H:%M").to_string()),
        ],
    )
}

fn phantom_vibration(u: &Usage) -> Option<Detected> {
    let days: Vec<(i64, f64)> = u
        .days
        .values()
        .filter_map(|d| {
            let ratio = d.pickups as f64 / d.notifications.max(1) as f64;
            (d.pickups >= PHANTOM_PICKUPS && ratio >= PHANTOM_RATIO).then_some((d.pickups, ratio))
        })
        .collect();
    if days.len() < PHANTOM_MIN_DAYS {
        return None;
    }
    let ratio = mean(days.iter().map(|d| d.1));
    detected(
        PatternKind::PhantomVibration,
        severity(ratio, PHANTOM_RATIO, 5.0),
        confidence(days.len(), 7),
        vec![
            ("days", days.len().to_string()),
            (
                "average_pickups",
                format!("{:.0}", mean(days.iter().map(|d| d.0 as f64))),
            ),
            ("pickups_per_notification", round2(ratio)),
        ],
    )
}

fn app_switching(u: &Usage) -> Option<Detected> {
    let busy: Vec<((NaiveDate, u32), usize)> = (u.sessions.switches.iter())
        .filter(|(_, n)| **n >= SWITCHES_PER_HOUR)
        .map(|(hour, n)| (*hour, *n))
        .collect();
    let mut days: Vec<NaiveDate> = busy.iter().map(|((d, _), _)| *d).collect();
    days.dedup();
    if days.len() < SWITCHING_MIN_DAYS {
        return None;
    }
    let most = busy.iter().map(|(_, n)| *n).max()?;
    detected(
        PatternKind::AppSwitching,
        severity(most as f64, SWITCHES_PER_HOUR as f64, 3.0 * SWITCHES_PER_HOUR as f64),
        confidence(days.len(), 4),
        vec![
            ("days", days.len().to_string()),
            ("hours", busy.len().to_string()),
            ("most_switches_in_an_hour", most.to_string()),
        ],
    )
}

fn notification_addiction(u: &Usage) -> Option<Detected> {
    let heavy: Vec<i64> = u
        .active_days()
        .into_iter()
        .map(|d| u.notifications(d))
        .filter(|n| *n >= NOTIFICATIONS_PER_DAY)
        .collect();
    if heavy.len() < NOTIFICATION_MIN_DAYS {
        return None;
    }
    let average = mean(heavy.iter().map(|n| *n as f64));
    detected(
        PatternKind::NotificationAddiction,
        severity(
            average,
            NOTIFICATIONS_PER_DAY as f64,
            2.0 * NOTIFICATIONS_PER_DAY as f64,
        ),
        confidence(heavy.len(), 7),
        vec![
            ("days", heavy.len().to_string()),
            ("average_notifications", format!("{average:.0}")),
            ("threshold_per_day", NOTIFICATIONS_PER_DAY.to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const PHONE: Uuid = Uuid::from_u128(1);
    const NOTES: Uuid = Uuid::from_u128(10);
    const SOCIAL: Uuid = Uuid::from_u128(11);
    const NEWS: Uuid = Uuid::from_u128(12);

    /// 2026-11-09 is a Monday; the window runs to Sunday 2026-11-22.
    fn day(i: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 9).unwrap() + chrono::Duration::days(i)
    }

    fn at(i: i64, hour: u32, minute: u32) -> NaiveDateTime {
        day(i).and_hms_opt(hour, minute, 0).unwrap()
    }

    fn session(app: Uuid, start: NaiveDateTime, minutes: f64) -> Session {
        let category = match app {
            NOTES => "productivity",
            SOCIAL => "social",
            _ => "news",
        };
        Session {
            device_id: PHONE,
            app_id: app,
            start,
            duration_ms: (minutes * 60_000.0) as i64,
            launches: 1,
            notifications: 1,
            category: category.into(),
            personality: "chill".into(),
        }
    }

    /// Two ordinary weeks: 3 h a day in twelve 15-minute sessions between
    /// 08:00 and 19:59 over three apps, 45 pickups, 60 notifications, first
    /// pickup at 07:30.
    fn normal() -> Window {
        let mut w = Window::default();
        for i in 0..WINDOW_DAYS {
            w.days.push(Day {
                day: day(i),
                screen_time_ms: 3 * HOUR,
                unlocks: 40,
                pickups: 45,
                notifications: 60,
                first_pickup: NaiveTime::from_hms_opt(7, 30, 0),
            });
            for h in 0..12 {
                let app = [NOTES, SOCIAL, NEWS][h as usize % 3];
                w.sessions.push(session(app, at(i, 8 + h, 0), 15.0));
            }
        }
        w
    }

    fn kinds(w: &Window) -> Vec<PatternKind> {
        detect(w).into_iter().map(|d| d.kind).collect()
    }

    fn found(w: &Window, kind: PatternKind) -> Detected {
        let found = detect(w);
        let hit = found.iter().find(|d| d.kind == kind).cloned();
        let hit = hit.unwrap_or_else(|| panic!("{kind:?} not detected in {found:?}"));
        assert!((0.0..=1.0).contains(&hit.severity) && (0.0..=1.0).contains(&hit.confidence));
        hit
    }

    #[test]
    fn a_normal_fortnight_has_no_patterns() {
        assert_eq!(kinds(&normal()), []);
        assert_eq!(kinds(&Window::default()), []);
    }

    #[test]
    fn scales() {
        assert_eq!(severity(10.0, 10.0, 20.0), 0.5);
        assert_eq!(severity(15.0, 10.0, 20.0), 0.75);
        assert_eq!(severity(40.0, 10.0, 20.0), 1.0);
        assert_eq!(confidence(3, 6), 0.5);
        assert_eq!(confidence(9, 6), 1.0);
    }

    #[test]
    fn binge_usage_needs_two_long_days() {
        let mut w = normal();
        w.sessions.push(session(SOCIAL, at(2, 20, 0), 150.0));
        assert!(
            !kinds(&w).contains(&PatternKind::BingeUsage),
            "one day is not a pattern"
        );
        // 3 h in one app over several sessions counts too.
        for h in 0..4 {
            w.sessions.push(session(NEWS, at(5, 20 + h, 0), 40.0));
        }
        let hit = found(&w, PatternKind::BingeUsage);
        assert_eq!(hit.metadata["days"], "2");
        assert_eq!(hit.metadata["longest_session_ms"], (150 * MINUTE).to_string());
        assert_eq!(hit.metadata["app_id"], SOCIAL.to_string());
        // 150 min is 1.25x the 2 h threshold; 2 of the 4 days for certainty.
        assert_eq!(hit.severity, 0.625);
        assert_eq!(hit.confidence, 0.5);
    }

    #[test]
    fn night_owl_fires_on_three_late_nights() {
        let mut w = normal();
        for i in [1, 3] {
            w.sessions.push(session(SOCIAL, at(i, 23, 10), 60.0));
        }
        assert!(!kinds(&w).contains(&PatternKind::NightOwl));
        w.sessions.push(session(SOCIAL, at(6, 0, 30), 60.0));
        let hit = found(&w, PatternKind::NightOwl);
        assert_eq!(hit.metadata["nights"], "3");
        // 1 h of 4 h is 25% each night.
        assert_eq!(hit.metadata["average_night_share"], "0.25");
        assert_eq!(hit.confidence, 0.5);
        assert!(hit.severity > 0.5 && hit.severity < 1.0);
    }

    #[test]
    fn morning_person_needs_early_pickups_and_morning_use() {
        let mut w = normal();
        for d in &mut w.days {
            d.first_pickup = NaiveTime::from_hms_opt(6, 15, 0);
        }
        assert!(
            !kinds(&w).contains(&PatternKind::MorningPerson),
            "usage is spread over the day"
        );
        for s in &mut w.sessions {
            if s.start.hour() >= 12 {
                s.start -= chrono::Duration::hours(8);
            }
        }
        let hit = found(&w, PatternKind::MorningPerson);
        assert_eq!(hit.metadata["early_days"], "14");
        assert_eq!(hit.metadata["before_noon_share"], "1.00");
        assert_eq!((hit.severity, hit.confidence), (1.0, 1.0));
    }

    #[test]
    fn weekend_warrior_compares_weekend_and_weekday_averages() {
        let mut w = normal();
        for d in &mut w.days {
            if d.day.weekday().number_from_monday() >= 6 {
                d.screen_time_ms = 6 * HOUR;
            }
        }
        let hit = found(&w, PatternKind::WeekendWarrior);
        assert_eq!(hit.metadata["ratio"], "2.00");
        assert_eq!(hit.metadata["weekend_days"], "4");
        assert_eq!(hit.severity, severity(2.0, 1.5, 3.0));
        assert_eq!(hit.confidence, 1.0);
        for d in &mut w.days {
            if d.day.weekday().number_from_monday() >= 6 {
                d.screen_time_ms = 4 * HOUR;
            }
        }
        assert!(!kinds(&w).contains(&PatternKind::WeekendWarrior), "1.33x is under 1.5x");
    }

    #[test]
    fn distracted_needs_many_short_sessions() {
        let mut w = normal();
        for i in 0..3 {
            for k in 0..60 {
                let app = [NOTES, SOCIAL][k % 2];
                w.sessions.push(session(
                    app,
                    at(i, 20, 0) + chrono::Duration::seconds(k as i64 * 50),
                    0.5,
                ));
            }
        }
        let hit = found(&w, PatternKind::Distracted);
        assert_eq!(hit.metadata["days"], "3");
        assert_eq!(hit.metadata["average_sessions"], "72");
        assert_eq!(hit.metadata["median_session_ms"], "30000");
        assert_eq!(hit.confidence, 0.5);
        // 60 extra long sessions lift the median past 90 s.
        let mut calm = normal();
        for i in 0..3 {
            for k in 0..60 {
                calm.sessions
                    .push(session(NOTES, at(i, 20, 0) + chrono::Duration::seconds(k * 50), 3.0));
            }
        }
        assert!(!kinds(&calm).contains(&PatternKind::Distracted));
    }

    #[test]
    fn doom_scrolling_is_long_social_use_that_runs_late() {
        let mut w = normal();
        // Long, but over by 21:30: not late.
        w.sessions.push(session(SOCIAL, at(1, 20, 0), 90.0));
        w.sessions.push(session(SOCIAL, at(2, 20, 0), 90.0));
        assert!(!kinds(&w).contains(&PatternKind::DoomScrolling));
        w.sessions.push(session(SOCIAL, at(3, 21, 30), 60.0));
        w.sessions.push(session(SOCIAL, at(4, 23, 30), 90.0));
        // Late and long, but news is not social or entertainment.
        w.sessions.push(session(NEWS, at(5, 22, 0), 90.0));
        let hit = found(&w, PatternKind::DoomScrolling);
        assert_eq!(hit.metadata["days"], "2");
        assert_eq!(hit.metadata["ended_at"], "01:00");
        assert_eq!(hit.severity, severity(90.0, 45.0, 120.0));
    }

    #[test]
    fn phantom_vibration_is_pickups_without_notifications() {
        let mut w = normal();
        for d in w.days.iter_mut().take(3) {
            d.pickups = 90;
            d.notifications = 30;
        }
        let hit = found(&w, PatternKind::PhantomVibration);
        assert_eq!(hit.metadata["pickups_per_notification"], "3.00");
        assert_eq!(hit.severity, severity(3.0, 2.0, 5.0));
        assert_eq!(hit.confidence, 3.0 / 7.0);
        // Many pickups that notifications explain are not phantom.
        for d in w.days.iter_mut() {
            d.notifications = 80;
        }
        assert!(!kinds(&w).contains(&PatternKind::PhantomVibration));
    }

    #[test]
    fn app_switching_counts_switches_within_an_hour() {
        let mut w = normal();
        for i in [2, 9] {
            for k in 0..40 {
                let app = [NOTES, SOCIAL][k % 2];
                w.sessions.push(session(
                    app,
                    at(i, 21, 0) + chrono::Duration::seconds(k as i64 * 80),
                    1.0,
                ));
            }
        }
        let hit = found(&w, PatternKind::AppSwitching);
        assert_eq!(hit.metadata["days"], "2");
        // The first session of the hour follows the 19:00 news session: 40 switches.
        assert_eq!(hit.metadata["most_switches_in_an_hour"], "40");
        // The same apps, never switching: one app all hour.
        let mut same = normal();
        for i in [2, 9] {
            for k in 0..40 {
                same.sessions
                    .push(session(NEWS, at(i, 21, 0) + chrono::Duration::seconds(k * 80), 1.0));
            }
        }
        assert!(!kinds(&same).contains(&PatternKind::AppSwitching));
    }

    #[test]
    fn notification_addiction_is_150_a_day() {
        let mut w = normal();
        for d in w.days.iter_mut().take(7) {
            d.notifications = 300;
        }
        let hit = found(&w, PatternKind::NotificationAddiction);
        assert_eq!(hit.metadata["days"], "7");
        assert_eq!((hit.severity, hit.confidence), (1.0, 1.0));
        for d in w.days.iter_mut() {
            d.notifications = 149;
        }
        assert!(!kinds(&w).contains(&PatternKind::NotificationAddiction));
    }
}
