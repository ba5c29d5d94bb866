//! Coaching's domain types: the closed sets, a habit's weekdays, and the
//! checked forms of what members send (goals, habits, subgoals, check-ins).
//! How a field is checked is in `fields`; how a whole request is checked,
//! naming every bad field, in `requests` (goals, habits, subgoals), `logs`
//! (check-ins, journal entries) and `mentoring` (MentorService, FeedService,
//! ExportService).

use chrono::{Datelike, NaiveDate};
use diesel::AsChangeset;

mod fields;
mod logs;
mod mentoring;
mod requests;

pub use logs::*;
pub use mentoring::*;
pub use requests::*;

use crate::proto::coaching::v1 as pb;
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
