//! What members log, checked: LogCheckIn (in two steps, around reading
//! their today), ListCheckIns' filters and CreateEntry.

use chrono::NaiveDate;
use uuid::Uuid;

use super::fields::{prose, required_prose};
use super::*;
use crate::coaching::journal::MAX_ENTRY_CHARS;
use crate::coaching::repo::CheckInFilter;
use crate::error::FieldViolations;
use crate::request::{self, Text};

/// LogCheckIn's first look, before anything is read from the database:
/// which habit, and a note short enough to read. The day and value are
/// checked once the member's today is known (`NewCheckIn::check`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckInHabit {
    pub habit_id: Uuid,
}

impl TryFrom<&pb::LogCheckInRequest> for CheckInHabit {
    type Error = FieldViolations;

    fn try_from(r: &pb::LogCheckInRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let habit_id = request::uuid(&mut v, "habit_id", &r.habit_id);
        // Lengths first: nothing is looked up for a request that is too big.
        request::text(&mut v, "note", &r.note, MAX_NOTE_CHARS, Text::Prose);
        match habit_id.filter(|_| v.is_empty()) {
            Some(habit_id) => Ok(Self { habit_id }),
            None => Err(v),
        }
    }
}

impl NewCheckIn {
    /// The day (empty: `today`), the value and the note; the first fault
    /// ends the check.
    pub fn check(r: &pb::LogCheckInRequest, today: NaiveDate) -> Result<NewCheckIn, FieldViolations> {
        let mut v = FieldViolations::new();
        match Self::read(&mut v, r, today) {
            Some(check_in) if v.is_empty() => Ok(check_in),
            _ => Err(v),
        }
    }

    fn read(v: &mut FieldViolations, r: &pb::LogCheckInRequest, today: NaiveDate) -> Option<NewCheckIn> {
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

impl CheckInFilter {
    /// ListCheckIns' filters; the page is read beside them, into the same
    /// violations, since its token is scoped to the caller.
    pub fn parse(v: &mut FieldViolations, r: &pb::ListCheckInsRequest) -> CheckInFilter {
        let goal_id = request::optional_uuid(v, "goal_id", &r.goal_id);
        let habit_id = request::optional_uuid(v, "habit_id", &r.habit_id);
        let from = request::optional_day(v, "start_day", &r.start_day).flatten();
        let to = request::optional_day(v, "end_day", &r.end_day).flatten();
        if let (Some(from), Some(to)) = (from, to) {
            if from > to {
                v.add("end_day", "must not be before start_day");
            }
        }
        CheckInFilter {
            goal_id,
            habit_id,
            from,
            to,
        }
    }
}

/// CreateEntry: the entry's text, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEntry {
    pub text: String,
}

impl TryFrom<&pb::CreateEntryRequest> for NewEntry {
    type Error = FieldViolations;

    fn try_from(r: &pb::CreateEntryRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        match required_prose(&mut v, "text", &r.text, MAX_ENTRY_CHARS) {
            Some(text) if v.is_empty() => Ok(Self { text }),
            _ => Err(v),
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

    #[test]
    fn log_check_in_is_checked_before_and_after_today_is_known() {
        let habit = Uuid::now_v7();
        let today = day("2026-12-07");
        let ok = pb::LogCheckInRequest {
            habit_id: habit.to_string(),
            day: "2026-12-06".into(),
            completed: true,
            value: 3.5,
            note: " felt good ".into(),
        };
        assert_eq!(CheckInHabit::try_from(&ok).unwrap().habit_id, habit);
        let check_in = NewCheckIn::check(&ok, today).unwrap();
        assert_eq!(check_in.day, day("2026-12-06"));
        assert!(check_in.completed);
        assert_eq!(check_in.value, 3.5);
        assert_eq!(check_in.note, "felt good");
        let empty_day = pb::LogCheckInRequest {
            day: String::new(),
            ..ok.clone()
        };
        assert_eq!(NewCheckIn::check(&empty_day, today).unwrap().day, today);

        let too_big = pb::LogCheckInRequest {
            habit_id: "nope".into(),
            note: "x".repeat(MAX_NOTE_CHARS + 1),
            ..ok.clone()
        };
        assert_eq!(
            fields(CheckInHabit::try_from(&too_big).unwrap_err()),
            ["habit_id", "note"]
        );
        // The first fault of the day or the value ends the check.
        let bad = |day: &str, value: f64| pb::LogCheckInRequest {
            day: day.into(),
            value,
            ..ok.clone()
        };
        for (request, field) in [
            (bad("2026-12-08", -1.0), "day"),
            (bad("2026-11-06", 1.0), "day"),
            (bad("yesterday", 1.0), "day"),
            (bad("2026-12-07", f64::NAN), "value"),
            (bad("2026-12-07", MAX_CHECK_IN_VALUE + 1.0), "value"),
        ] {
            assert_eq!(fields(NewCheckIn::check(&request, today).unwrap_err()), [field]);
        }
    }

    #[test]
    fn check_in_filters_name_every_bad_field() {
        let goal = Uuid::now_v7();
        let mut v = FieldViolations::new();
        let filter = CheckInFilter::parse(
            &mut v,
            &pb::ListCheckInsRequest {
                goal_id: goal.to_string(),
                start_day: "2026-12-01".into(),
                ..Default::default()
            },
        );
        assert!(v.is_empty());
        assert_eq!(filter.goal_id, Some(goal));
        assert_eq!(filter.habit_id, None);
        assert_eq!((filter.from, filter.to), (Some(day("2026-12-01")), None));

        let mut v = FieldViolations::new();
        CheckInFilter::parse(
            &mut v,
            &pb::ListCheckInsRequest {
                goal_id: "nope".into(),
                habit_id: "nope".into(),
                start_day: "2026-12-02".into(),
                end_day: "2026-12-01".into(),
                ..Default::default()
            },
        );
        assert_eq!(fields(v), ["goal_id", "habit_id", "end_day"]);
        let mut v = FieldViolations::new();
        CheckInFilter::parse(
            &mut v,
            &pb::ListCheckInsRequest {
                start_day: "2026-13-01".into(),
                end_day: "never".into(),
                ..Default::default()
            },
        );
        assert_eq!(fields(v), ["start_day", "end_day"]);
    }

    #[test]
    fn create_entry_takes_trimmed_text() {
        let entry = NewEntry::try_from(&pb::CreateEntryRequest {
            text: "  A good day.\n".into(),
        })
        .unwrap();
        assert_eq!(entry.text, "A good day.");
        for text in [" \n ".to_owned(), "x".repeat(MAX_ENTRY_CHARS + 1), "nul\0".into()] {
            let bad = pb::CreateEntryRequest { text };
            assert_eq!(fields(NewEntry::try_from(&bad).unwrap_err()), ["text"]);
        }
    }
}
