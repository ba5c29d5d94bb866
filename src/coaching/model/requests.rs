//! GoalService's goal, habit and subgoal requests, checked: every field
//! valid, or every bad field named. A check that needs the member's today
//! takes it as an argument (`NewGoal::check`); ownership and counts stay in
//! the repository.

use chrono::NaiveDate;
use uuid::Uuid;

use super::fields::{minutes_per_week, prose, target, target_date, title, unit, weekdays};
use super::*;
use crate::error::FieldViolations;
use crate::request;

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

/// UpdateGoal: which goal, and the columns its mask changes. A target date
/// is bounded by the member's today, so this takes it.
#[derive(Debug)]
pub struct GoalUpdate {
    pub goal_id: Uuid,
    pub changes: GoalChanges,
}

impl GoalUpdate {
    pub fn check(r: pb::UpdateGoalRequest, today: NaiveDate) -> Result<GoalUpdate, FieldViolations> {
        let mut v = FieldViolations::new();
        let goal = r.goal.unwrap_or_default();
        let goal_id = request::uuid(&mut v, "goal.id", &goal.id);
        let paths = request::update_mask(&mut v, r.update_mask);
        let changes = GoalChanges::parse(&mut v, &goal, &paths, today);
        match goal_id.filter(|_| v.is_empty()) {
            Some(goal_id) => Ok(GoalUpdate { goal_id, changes }),
            None => Err(v),
        }
    }
}

/// CreateHabit: the goal it joins, and the habit.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateHabit {
    pub goal_id: Uuid,
    pub habit: NewHabit,
}

impl TryFrom<&pb::CreateHabitRequest> for CreateHabit {
    type Error = FieldViolations;

    fn try_from(r: &pb::CreateHabitRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let goal_id = request::uuid(&mut v, "goal_id", &r.goal_id);
        let title = title(&mut v, "title", &r.title);
        let weekdays = weekdays(&mut v, "weekdays", &r.weekdays);
        let target = target(&mut v, "target", r.target);
        let unit = unit(&mut v, "unit", &r.unit);
        match (goal_id, title, weekdays, target, unit) {
            (Some(goal_id), Some(title), Some(weekdays), Some(target), Some(unit)) if v.is_empty() => Ok(Self {
                goal_id,
                habit: NewHabit {
                    title,
                    weekdays,
                    target,
                    unit,
                },
            }),
            _ => Err(v),
        }
    }
}

/// UpdateHabit: which habit, and the columns its mask changes.
#[derive(Debug)]
pub struct HabitUpdate {
    pub habit_id: Uuid,
    pub changes: HabitChanges,
}

impl TryFrom<pb::UpdateHabitRequest> for HabitUpdate {
    type Error = FieldViolations;

    fn try_from(r: pb::UpdateHabitRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let habit = r.habit.unwrap_or_default();
        let habit_id = request::uuid(&mut v, "habit.id", &habit.id);
        let paths = request::update_mask(&mut v, r.update_mask);
        let changes = HabitChanges::parse(&mut v, &habit, &paths);
        match habit_id.filter(|_| v.is_empty()) {
            Some(habit_id) => Ok(Self { habit_id, changes }),
            None => Err(v),
        }
    }
}

/// CreateSubgoal: the goal it joins, and the subgoal.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSubgoal {
    pub goal_id: Uuid,
    pub subgoal: NewSubgoal,
}

impl TryFrom<&pb::CreateSubgoalRequest> for CreateSubgoal {
    type Error = FieldViolations;

    fn try_from(r: &pb::CreateSubgoalRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let goal_id = request::uuid(&mut v, "goal_id", &r.goal_id);
        let title = title(&mut v, "title", &r.title);
        let target_date = request::optional_day(&mut v, "target_date", &r.target_date);
        match (goal_id, title, target_date) {
            (Some(goal_id), Some(title), Some(target_date)) if v.is_empty() => Ok(Self {
                goal_id,
                subgoal: NewSubgoal { title, target_date },
            }),
            _ => Err(v),
        }
    }
}

/// UpdateSubgoal: which subgoal, and the columns its mask changes.
#[derive(Debug)]
pub struct SubgoalUpdate {
    pub subgoal_id: Uuid,
    pub changes: SubgoalChanges,
}

impl TryFrom<pb::UpdateSubgoalRequest> for SubgoalUpdate {
    type Error = FieldViolations;

    fn try_from(r: pb::UpdateSubgoalRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let subgoal = r.subgoal.unwrap_or_default();
        let subgoal_id = request::uuid(&mut v, "subgoal.id", &subgoal.id);
        let paths = request::update_mask(&mut v, r.update_mask);
        let changes = SubgoalChanges::parse(&mut v, &subgoal, &paths);
        match subgoal_id.filter(|_| v.is_empty()) {
            Some(subgoal_id) => Ok(Self { subgoal_id, changes }),
            None => Err(v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(v: FieldViolations) -> Vec<String> {
        v.fields().map(str::to_owned).collect()
    }

    fn day(raw: &str) -> NaiveDate {
        request::parse_day(raw).unwrap()
    }

    fn mask(paths: &[&str]) -> Option<prost_types::FieldMask> {
        Some(prost_types::FieldMask {
            paths: paths.iter().map(|p| p.to_string()).collect(),
        })
    }

    #[test]
    fn create_goal_names_every_bad_field() {
        let today = day("2026-12-07");
        let ok = pb::CreateGoalRequest {
            title: "  Run a 10k ".into(),
            description: " Slowly ".into(),
            theme: pb::Theme::Fitness as i32,
            constraints: String::new(),
            minutes_per_week: 120,
            target_date: "2026-12-07".into(),
        };
        let goal = NewGoal::check(&ok, today).unwrap();
        assert_eq!(goal.title, "Run a 10k");
        assert_eq!(goal.description, "Slowly");
        assert_eq!(goal.theme, Theme::Fitness);
        assert_eq!(goal.minutes_per_week, 120);
        assert_eq!(goal.target_date, Some(today));

        let bad = pb::CreateGoalRequest {
            title: " ".into(),
            description: "x".repeat(MAX_DESCRIPTION_CHARS + 1),
            theme: 0,
            constraints: "bell\u{7}".into(),
            minutes_per_week: -1,
            target_date: "2026-12-06".into(),
        };
        assert_eq!(
            fields(NewGoal::check(&bad, today).unwrap_err()),
            [
                "title",
                "description",
                "theme",
                "constraints",
                "minutes_per_week",
                "target_date"
            ]
        );
    }

    #[test]
    fn update_goal_reads_only_the_masked_fields() {
        let id = Uuid::now_v7();
        let today = day("2026-12-07");
        let goal = pb::Goal {
            id: id.to_string(),
            title: " Read more ".into(),
            status: pb::GoalStatus::Paused as i32,
            theme: 0,
            target_date: "2026-12-01".into(),
            ..Default::default()
        };
        let update = GoalUpdate::check(
            pb::UpdateGoalRequest {
                goal: Some(goal.clone()),
                update_mask: mask(&["title", "status"]),
            },
            today,
        )
        .unwrap();
        assert_eq!(update.goal_id, id);
        assert_eq!(update.changes.title.as_deref(), Some("Read more"));
        assert_eq!(update.changes.status.as_deref(), Some("paused"));
        assert_eq!(update.changes.theme, None, "an unmasked bad field is not read");

        let bad = pb::UpdateGoalRequest {
            goal: Some(pb::Goal {
                id: "nope".into(),
                ..goal
            }),
            update_mask: mask(&["theme", "target_date", "habits"]),
        };
        assert_eq!(
            fields(GoalUpdate::check(bad, today).unwrap_err()),
            ["goal.id", "goal.theme", "goal.target_date", "update_mask"]
        );
        assert_eq!(
            fields(GoalUpdate::check(pb::UpdateGoalRequest::default(), today).unwrap_err()),
            ["goal.id", "update_mask"]
        );
    }

    #[test]
    fn create_habit_names_every_bad_field() {
        let goal = Uuid::now_v7();
        let ok = pb::CreateHabitRequest {
            goal_id: goal.to_string(),
            title: " Stretch ".into(),
            weekdays: vec![1, 3, 5],
            target: 0,
            unit: String::new(),
        };
        let created = CreateHabit::try_from(&ok).unwrap();
        assert_eq!(created.goal_id, goal);
        assert_eq!(
            created.habit,
            NewHabit {
                title: "Stretch".into(),
                weekdays: Weekdays::parse(&[1, 3, 5]).unwrap(),
                target: 1,
                unit: "times".into(),
            }
        );

        let bad = pb::CreateHabitRequest {
            goal_id: "nope".into(),
            title: String::new(),
            weekdays: vec![8],
            target: MAX_TARGET + 1,
            unit: "x".repeat(MAX_UNIT_CHARS + 1),
        };
        assert_eq!(
            fields(CreateHabit::try_from(&bad).unwrap_err()),
            ["goal_id", "title", "weekdays", "target", "unit"]
        );
    }

    #[test]
    fn update_habit_reads_only_the_masked_fields() {
        let id = Uuid::now_v7();
        let habit = pb::Habit {
            id: id.to_string(),
            target: 5,
            weekdays: vec![0],
            ..Default::default()
        };
        let update = HabitUpdate::try_from(pb::UpdateHabitRequest {
            habit: Some(habit.clone()),
            update_mask: mask(&["target"]),
        })
        .unwrap();
        assert_eq!(update.habit_id, id);
        assert_eq!(update.changes.target, Some(5));
        assert_eq!(update.changes.weekdays, None);

        let bad = pb::UpdateHabitRequest {
            habit: Some(pb::Habit {
                id: String::new(),
                ..habit
            }),
            update_mask: mask(&["title", "weekdays", "goal_id"]),
        };
        assert_eq!(
            fields(HabitUpdate::try_from(bad).unwrap_err()),
            ["habit.id", "habit.title", "habit.weekdays", "update_mask"]
        );
    }

    #[test]
    fn subgoal_requests_name_every_bad_field() {
        let goal = Uuid::now_v7();
        let created = CreateSubgoal::try_from(&pb::CreateSubgoalRequest {
            goal_id: goal.to_string(),
            title: "First 5k".into(),
            target_date: "2027-01-31".into(),
        })
        .unwrap();
        assert_eq!(created.goal_id, goal);
        assert_eq!(
            created.subgoal,
            NewSubgoal {
                title: "First 5k".into(),
                target_date: Some(day("2027-01-31")),
            }
        );
        let bad = pb::CreateSubgoalRequest {
            goal_id: String::new(),
            title: "a\nb".into(),
            target_date: "31/01/2027".into(),
        };
        assert_eq!(
            fields(CreateSubgoal::try_from(&bad).unwrap_err()),
            ["goal_id", "title", "target_date"]
        );

        let id = Uuid::now_v7();
        let update = SubgoalUpdate::try_from(pb::UpdateSubgoalRequest {
            subgoal: Some(pb::Subgoal {
                id: id.to_string(),
                done: true,
                ..Default::default()
            }),
            update_mask: mask(&["done"]),
        })
        .unwrap();
        assert_eq!((update.subgoal_id, update.changes.done), (id, Some(true)));
        let bad = pb::UpdateSubgoalRequest {
            subgoal: Some(pb::Subgoal {
                id: "nope".into(),
                target_date: "soon".into(),
                ..Default::default()
            }),
            update_mask: mask(&["target_date", "goal_id"]),
        };
        assert_eq!(
            fields(SubgoalUpdate::try_from(bad).unwrap_err()),
            ["subgoal.id", "subgoal.target_date", "update_mask"]
        );
    }
}
