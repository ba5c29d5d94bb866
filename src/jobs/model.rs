//! JobService requests, checked: every field valid, or every bad field
//! named. Whether a job or schedule exists is the queue's and the
//! registry's to say.

use crate::error::FieldViolations;
use crate::proto::jobs::v1 as pb;
use crate::request;

/// Longest schedule name a request may carry.
pub const MAX_SCHEDULE_NAME_CHARS: usize = 100;

/// TriggerSchedule, checked: the name of the schedule to run now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleName(pub String);

impl TryFrom<&pb::TriggerScheduleRequest> for ScheduleName {
    type Error = FieldViolations;

    fn try_from(r: &pb::TriggerScheduleRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        if !request::text(&mut v, "name", &r.name, MAX_SCHEDULE_NAME_CHARS, request::Text::Line) {
            return Err(v);
        }
        Ok(Self(r.name.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(v: FieldViolations) -> Vec<String> {
        v.fields().map(str::to_owned).collect()
    }

    #[test]
    fn trigger_requests_name_a_schedule_in_one_short_line() {
        let named = ScheduleName::try_from(&pb::TriggerScheduleRequest {
            name: "engagement_run".into(),
        })
        .unwrap();
        assert_eq!(named, ScheduleName("engagement_run".into()));
        // An unknown name, empty too, is the registry's NOT_FOUND.
        assert_eq!(
            ScheduleName::try_from(&pb::TriggerScheduleRequest::default()).unwrap(),
            ScheduleName(String::new())
        );
        for bad in ["a\nb".to_owned(), "n".repeat(MAX_SCHEDULE_NAME_CHARS + 1)] {
            let r = pb::TriggerScheduleRequest { name: bad };
            assert_eq!(fields(ScheduleName::try_from(&r).unwrap_err()), ["name"]);
        }
    }
}
