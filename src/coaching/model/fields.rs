//! Field checks: each records what is wrong with one field under the name
//! the caller gave it (`title` on CreateHabit, `habit.title` on UpdateHabit),
//! and the update masks' paths read into column changes.

use chrono::NaiveDate;

use super::*;
use crate::error::FieldViolations;
use crate::request::{self, MaskPath, Text};

/// A required one-line title.
pub(super) fn title(v: &mut FieldViolations, field: &str, raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        v.add(field, "is required");
        return None;
    }
    request::text(v, field, trimmed, MAX_TITLE_CHARS, Text::Line).then(|| trimmed.to_owned())
}

pub(super) fn prose(v: &mut FieldViolations, field: &str, raw: &str, max: usize) -> Option<String> {
    request::text(v, field, raw, max, Text::Prose).then(|| raw.trim().to_owned())
}

/// Required prose, trimmed first: what is kept is what is checked.
pub(super) fn required_prose(v: &mut FieldViolations, field: &str, raw: &str, max: usize) -> Option<String> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        v.add(field, "is required");
        return None;
    }
    request::text(v, field, trimmed, max, Text::Prose).then(|| trimmed.to_owned())
}

pub(super) fn minutes_per_week(v: &mut FieldViolations, raw: i32) -> Option<i32> {
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
pub(super) fn target(v: &mut FieldViolations, field: &str, raw: i32) -> Option<i32> {
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
pub(super) fn unit(v: &mut FieldViolations, field: &str, raw: &str) -> Option<String> {
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

pub(super) fn weekdays(v: &mut FieldViolations, field: &str, raw: &[i32]) -> Option<Weekdays> {
    v.check(field, Weekdays::parse(raw))
}

/// An optional goal target date: not before the member's today.
pub(super) fn target_date(
    v: &mut FieldViolations,
    field: &str,
    raw: &str,
    today: NaiveDate,
) -> Option<Option<NaiveDate>> {
    let day = request::optional_day(v, field, raw)?;
    if day.is_some_and(|d| d < today) {
        v.add(field, "must not be before today");
        return None;
    }
    Some(day)
}

/// The paths UpdateGoal may name.
#[derive(Debug, Clone, Copy)]
enum GoalPath {
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
    pub(super) fn parse(v: &mut FieldViolations, goal: &pb::Goal, paths: &[String], today: NaiveDate) -> GoalChanges {
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
enum HabitPath {
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
    pub(super) fn parse(v: &mut FieldViolations, habit: &pb::Habit, paths: &[String]) -> HabitChanges {
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
enum SubgoalPath {
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
    pub(super) fn parse(v: &mut FieldViolations, subgoal: &pb::Subgoal, paths: &[String]) -> SubgoalChanges {
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
