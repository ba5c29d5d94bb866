//! Coaching's domain types: the closed sets, a habit's weekdays, and the
//! checked forms of what members send (goals, habits, subgoals, check-ins).

use chrono::{Datelike, NaiveDate};
use diesel::AsChangeset;

use crate::error::FieldViolations;
use crate::proto::coaching::v1 as pb;
use crate::request::{self, MaskPath, Text};
use crate::schema::{coaching_goals, coaching_habits, coaching_subgoals};

crate::stored_enum! {
    pub enum Theme: pb::Theme {
        Fitness => "fitness",
        Learning => "learning",
        Health => "health",
        Career => "career",
        Finance => "finance",
        Mindfulness => "mindfulness",
        Other => "other",
    }
}

crate::stored_enum! {
    pub enum GoalStatus: pb::GoalStatus {
        Active => "active",
        Paused => "paused",
        Completed => "completed",
        Abandoned => "abandoned",
    }
}

crate::stored_enum! {
    pub enum PlanStatus: pb::PlanStatus {
        Pending => "pending",
        Ready => "ready",
        Failed => "failed",
    }
}

crate::stored_enum! {
    pub enum SentimentLabel: pb::SentimentLabel {
        Negative => "negative",
        Neutral => "neutral",
        Positive => "positive",
    }
}

/// Goals a member may have that are active or paused at once.
pub const MAX_OPEN_GOALS: i64 = 50;
/// Habits and subgoals a goal may have (the plan's and the member's own).
pub const MAX_HABITS_PER_GOAL: i64 = 20;
pub const MAX_SUBGOALS_PER_GOAL: i64 = 20;
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_DESCRIPTION_CHARS: usize = 2000;
pub const MAX_CONSTRAINTS_CHARS: usize = 500;
pub const MAX_MINUTES_PER_WEEK: i32 = 7 * 24 * 60;
pub const MAX_TARGET: i32 = 10_000;
pub const MAX_UNIT_CHARS: usize = 20;
pub const MAX_NOTE_CHARS: usize = 1000;
pub const MAX_CHECK_IN_VALUE: f64 = 1_000_000.0;
/// How far back a check-in may be logged or changed.
pub const CHECK_IN_DAYS_BACK: i64 = 30;

/// The ISO weekdays a habit is scheduled on, as bits (Monday is bit 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weekdays(u8);

impl Weekdays {
    pub const EVERY_DAY: Weekdays = Weekdays(0x7f);

    /// ISO weekdays 1..=7, each at most once; none means every day.
    pub fn parse(days: &[i32]) -> Result<Weekdays, String> {
        if days.is_empty() {
            return Ok(Weekdays::EVERY_DAY);
        }
        if days.len() > 7 {
            return Err("must have at most 7 elements".into());
        }
        let mut bits = 0u8;
        for &day in days {
            if !(1..=7).contains(&day) {
                return Err(format!("{day} is not an ISO weekday (1 is Monday, 7 Sunday)"));
            }
            let bit = 1 << (day - 1);
            if bits & bit != 0 {
                return Err(format!("{day} is listed twice"));
            }
            bits |= bit;
        }
        Ok(Weekdays(bits))
    }

    /// As stored; a value out of range reads as every day.
    pub fn from_stored(bits: i16) -> Weekdays {
        match u8::try_from(bits) {
            Ok(bits) if (1..=0x7f).contains(&bits) => Weekdays(bits),
            _ => Weekdays::EVERY_DAY,
        }
    }

    pub fn stored(self) -> i16 {
        i16::from(self.0)
    }

    pub fn days(self) -> Vec<i32> {
        (1..=7).filter(|d| self.0 & (1 << (d - 1)) != 0).collect()
    }

    /// Whether the habit is due on `day`.
    pub fn includes(self, day: NaiveDate) -> bool {
        self.0 & (1 << day.weekday().num_days_from_monday()) != 0
    }
}

/// A required one-line title.
pub fn title(v: &mut FieldViolations, field: &str, raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        v.add(field, "is required");
        return None;
    }
    request::text(v, field, trimmed, MAX_TITLE_CHARS, Text::Line).then(|| trimmed.to_owned())
}

pub fn prose(v: &mut FieldViolations, field: &str, raw: &str, max: usize) -> Option<String> {
    request::text(v, field, raw, max, Text::Prose).then(|| raw.trim().to_owned())
}

pub fn minutes_per_week(v: &mut FieldViolations, raw: i32) -> Option<i32> {
    if !(0..=MAX_MINUTES_PER_WEEK).contains(&raw) {
        v.add(
            "minutes_per_week",
            format!("must be between 0 and {MAX_MINUTES_PER_WEEK}"),
        );
        return None;
    }
    Some(raw)
}

/// A habit's target: 0 means 1.
pub fn target(v: &mut FieldViolations, field: &str, raw: i32) -> Option<i32> {
    match raw {
        0 => Some(1),
        1..=MAX_TARGET => Some(raw),
        _ => {
            v.add(field, format!("must be between 1 and {MAX_TARGET}"));
            None
        }
    }
}

/// A habit's unit: empty means "times".
pub fn unit(v: &mut FieldViolations, field: &str, raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    if !request::text(v, field, trimmed, MAX_UNIT_CHARS, Text::Line) {
        return None;
    }
    Some(if trimmed.is_empty() {
        "times".into()
    } else {
        trimmed.to_owned()
    })
}

pub fn weekdays(v: &mut FieldViolations, field: &str, raw: &[i32]) -> Option<Weekdays> {
    v.check(field, Weekdays::parse(raw))
}

/// A new goal as checked.
#[derive(Debug, Clone)]
pub struct NewGoal {
    pub title: String,
    pub description: String,
    pub theme: Theme,
    pub constraints: String,
    pub minutes_per_week: i32,
    pub target_date: Option<NaiveDate>,
}

impl NewGoal {
    /// Every fault at once; `today` is the member's local day.
    pub fn check(r: &pb::CreateGoalRequest, today: NaiveDate) -> Result<NewGoal, FieldViolations> {
        let mut v = FieldViolations::new();
        let title = title(&mut v, "title", &r.title);
        let description = prose(&mut v, "description", &r.description, MAX_DESCRIPTION_CHARS);
        let theme = v.check("theme", Theme::from_wire(r.theme));
        let constraints = prose(&mut v, "constraints", &r.constraints, MAX_CONSTRAINTS_CHARS);
        let minutes = minutes_per_week(&mut v, r.minutes_per_week);
        let target_date = target_date(&mut v, "target_date", &r.target_date, today);
        v.into_result()?;
        Ok(NewGoal {
            title: title.expect("checked"),
            description: description.expect("checked"),
            theme: theme.expect("checked"),
            constraints: constraints.expect("checked"),
            minutes_per_week: minutes.expect("checked"),
            target_date: target_date.expect("checked"),
        })
    }
}

/// An optional goal target date: not before the member's today.
pub fn target_date(v: &mut FieldViolations, field: &str, raw: &str, today: NaiveDate) -> Option<Option<NaiveDate>> {
    let day = request::optional_day(v, field, raw)?;
    if day.is_some_and(|d| d < today) {
        v.add(field, "must not be before today");
        return None;
    }
    Some(day)
}

/// A habit as created by a member or a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct NewHabit {
    pub title: String,
    pub weekdays: Weekdays,
    pub target: i32,
    pub unit: String,
}

/// A subgoal as created by a member or a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSubgoal {
    pub title: String,
    pub target_date: Option<NaiveDate>,
}

/// A check-in as checked: its local day resolved against the member's today.
#[derive(Debug, Clone)]
pub struct NewCheckIn {
    pub day: NaiveDate,
    pub completed: bool,
    pub value: f64,
    pub note: String,
}

impl NewCheckIn {
    pub fn check(v: &mut FieldViolations, r: &pb::LogCheckInRequest, today: NaiveDate) -> Option<NewCheckIn> {
        let day = match request::optional_day(v, "day", &r.day)? {
            None => today,
            Some(day) if day > today => {
                v.add("day", "must not be in the future");
                return None;
            }
            Some(day) if (today - day).num_days() > CHECK_IN_DAYS_BACK => {
                v.add("day", format!("must be at most {CHECK_IN_DAYS_BACK} days ago"));
                return None;
            }
            Some(day) => day,
        };
        if !r.value.is_finite() || !(0.0..=MAX_CHECK_IN_VALUE).contains(&r.value) {
            v.add("value", format!("must be between 0 and {MAX_CHECK_IN_VALUE}"));
            return None;
        }
        let note = prose(v, "note", &r.note, MAX_NOTE_CHARS)?;
        Some(NewCheckIn {
            day,
            completed: r.completed,
            value: r.value,
            note,
        })
    }
}

/// What an UpdateGoal changes; `None` leaves a column as it is.
#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = coaching_goals)]
pub struct GoalChanges {
    pub title: Option<String>,
    pub description: Option<String>,
    pub theme: Option<String>,
    pub constraints: Option<String>,
    pub minutes_per_week: Option<i32>,
    pub status: Option<String>,
    pub target_date: Option<Option<NaiveDate>>,
}

#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = coaching_habits)]
pub struct HabitChanges {
    pub title: Option<String>,
    pub weekdays: Option<i16>,
    pub target: Option<i32>,
    pub unit: Option<String>,
}

#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = coaching_subgoals)]
pub struct SubgoalChanges {
    pub title: Option<String>,
    pub target_date: Option<Option<NaiveDate>>,
    pub done: Option<bool>,
}

/// The paths UpdateGoal may name.
#[derive(Debug, Clone, Copy)]
pub enum GoalPath {
    Title,
    Description,
    Theme,
    Constraints,
    MinutesPerWeek,
    Status,
    TargetDate,
}

impl MaskPath for GoalPath {
    const UPDATABLE: &'static [(&'static str, Self)] = &[
        ("title", GoalPath::Title),
        ("description", GoalPath::Description),
        ("theme", GoalPath::Theme),
        ("constraints", GoalPath::Constraints),
        ("minutes_per_week", GoalPath::MinutesPerWeek),
        ("status", GoalPath::Status),
        ("target_date", GoalPath::TargetDate),
    ];
    const READ_ONLY: &'static [(&'static str, &'static str)] = &[
        (
            "subgoals",
            "subgoals change through CreateSubgoal, UpdateSubgoal and DeleteSubgoal",
        ),
        (
            "habits",
            "habits change through CreateHabit, UpdateHabit and DeleteHabit",
        ),
    ];
}

impl GoalChanges {
    /// The masked fields of `goal`, checked; `today` bounds a target date.
    pub fn parse(v: &mut FieldViolations, goal: &pb::Goal, paths: &[String], today: NaiveDate) -> GoalChanges {
        let mut c = GoalChanges::default();
        for path in paths {
            match GoalPath::read(v, path) {
                Some(GoalPath::Title) => c.title = title(v, "goal.title", &goal.title),
                Some(GoalPath::Description) => {
                    c.description = prose(v, "goal.description", &goal.description, MAX_DESCRIPTION_CHARS)
                }
                Some(GoalPath::Theme) => {
                    c.theme = v
                        .check("goal.theme", Theme::from_wire(goal.theme))
                        .map(|t| t.as_str().to_owned())
                }
                Some(GoalPath::Constraints) => {
                    c.constraints = prose(v, "goal.constraints", &goal.constraints, MAX_CONSTRAINTS_CHARS)
                }
                Some(GoalPath::MinutesPerWeek) => {
                    c.minutes_per_week = minutes_per_week(v, goal.minutes_per_week);
                }
                Some(GoalPath::Status) => {
                    c.status = v
                        .check("goal.status", GoalStatus::from_wire(goal.status))
                        .map(|s| s.as_str().to_owned())
                }
                Some(GoalPath::TargetDate) => {
                    c.target_date = target_date(v, "goal.target_date", &goal.target_date, today)
                }
                None => {}
            }
        }
        c
    }
}

#[derive(Debug, Clone, Copy)]
pub enum HabitPath {
    Title,
    Weekdays,
    Target,
    Unit,
}

impl MaskPath for HabitPath {
    const UPDATABLE: &'static [(&'static str, Self)] = &[
        ("title", HabitPath::Title),
        ("weekdays", HabitPath::Weekdays),
        ("target", HabitPath::Target),
        ("unit", HabitPath::Unit),
    ];
    const READ_ONLY: &'static [(&'static str, &'static str)] = &[("goal_id", "a habit cannot move to another goal")];
}

impl HabitChanges {
    pub fn parse(v: &mut FieldViolations, habit: &pb::Habit, paths: &[String]) -> HabitChanges {
        let mut c = HabitChanges::default();
        for path in paths {
            match HabitPath::read(v, path) {
                Some(HabitPath::Title) => c.title = title(v, "habit.title", &habit.title),
                Some(HabitPath::Weekdays) => {
                    c.weekdays = weekdays(v, "habit.weekdays", &habit.weekdays).map(Weekdays::stored)
                }
                Some(HabitPath::Target) => c.target = target(v, "habit.target", habit.target),
                Some(HabitPath::Unit) => c.unit = unit(v, "habit.unit", &habit.unit),
                None => {}
            }
        }
        c
    }
}

#[derive(Debug, Clone, Copy)]
pub enum SubgoalPath {
    Title,
    TargetDate,
    Done,
}

impl MaskPath for SubgoalPath {
    const UPDATABLE: &'static [(&'static str, Self)] = &[
        ("title", SubgoalPath::Title),
        ("target_date", SubgoalPath::TargetDate),
        ("done", SubgoalPath::Done),
    ];
    const READ_ONLY: &'static [(&'static str, &'static str)] = &[("goal_id", "a subgoal cannot move to another goal")];
}

impl SubgoalChanges {
    pub fn parse(v: &mut FieldViolations, subgoal: &pb::Subgoal, paths: &[String]) -> SubgoalChanges {
        let mut c = SubgoalChanges::default();
        for path in paths {
            match SubgoalPath::read(v, path) {
                Some(SubgoalPath::Title) => c.title = title(v, "subgoal.title", &subgoal.title),
                Some(SubgoalPath::TargetDate) => {
                    c.target_date = request::optional_day(v, "subgoal.target_date", &subgoal.target_date)
                }
                Some(SubgoalPath::Done) => c.done = Some(subgoal.done),
                None => {}
            }
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_parse_store_and_include() {
        let mwf = Weekdays::parse(&[1, 3, 5]).unwrap();
        assert_eq!(mwf.days(), vec![1, 3, 5]);
        assert_eq!(Weekdays::from_stored(mwf.stored()), mwf);
        // 2026-12-07 is a Monday, 2026-12-08 a Tuesday.
        assert!(mwf.includes(NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()));
        assert!(!mwf.includes(NaiveDate::from_ymd_opt(2026, 12, 8).unwrap()));
        assert_eq!(Weekdays::parse(&[]).unwrap(), Weekdays::EVERY_DAY);
        assert_eq!(Weekdays::EVERY_DAY.days().len(), 7);
        assert!(Weekdays::parse(&[0]).is_err());
        assert!(Weekdays::parse(&[8]).is_err());
        assert!(Weekdays::parse(&[2, 2]).is_err());
        assert_eq!(Weekdays::from_stored(0), Weekdays::EVERY_DAY);
    }
}
