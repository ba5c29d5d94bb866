//! Friendships, visits and challenges as stored, as validated input, and as
//! sent. Kinds and visibilities are stored by lower-case name.
//!
//! By concept: `friends` (requests, friendships, blocks, shared devices),
//! `visits`, `challenges`; `refs` checks the requests that name one user,
//! visit or challenge, and the lists' filters.

mod challenges;
mod friends;
mod refs;
mod visits;

pub use challenges::*;
pub use friends::*;
pub use refs::*;
pub use visits::*;

use crate::request;

type SqlUuid = diesel::sql_types::Uuid;

/// Trimmed text of `min..=max` characters without control characters.
fn text(raw: &str, min: usize, max: usize) -> Result<String, String> {
    let text = raw.trim();
    if text.chars().take(min).count() < min {
        return Err("is required".into());
    }
    request::check_text(text, max, request::Text::Prose)?;
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};
    use uuid::Uuid;

    use super::*;
    use crate::error::FieldViolations;
    use crate::proto::social::v1 as pb;
    use crate::proto::timestamp;

    #[test]
    fn a_friend_answer_names_its_bad_fields() {
        let id = Uuid::now_v7();
        let answer = |raw_id: &str, response: i32| {
            FriendAnswer::try_from(&pb::RespondToFriendRequestRequest {
                friend_request_id: raw_id.into(),
                response,
            })
        };
        let accepted = answer(&id.to_string(), pb::FriendResponse::Accept as i32).unwrap();
        assert_eq!((accepted.friend_request_id, accepted.accept), (id, true));
        assert!(
            !answer(&id.to_string(), pb::FriendResponse::Decline as i32)
                .unwrap()
                .accept
        );
        assert_eq!(
            fields(answer("nope", 0).unwrap_err()),
            ["friend_request_id", "response"]
        );
        assert_eq!(fields(answer(&id.to_string(), 99).unwrap_err()), ["response"]);
    }

    fn challenge(start: &str, end: &str, target: i64) -> pb::CreateChallengeRequest {
        pb::CreateChallengeRequest {
            challenge: Some(pb::Challenge {
                kind: pb::ChallengeKind::IncreaseProductivity as i32,
                title: "Deep work week".into(),
                start_day: start.into(),
                end_day: end.into(),
                target,
                visibility: pb::ChallengeVisibility::Friends as i32,
                ..Default::default()
            }),
            request_id: String::new(),
        }
    }

    fn fields(err: FieldViolations) -> Vec<String> {
        err.fields().map(str::to_owned).collect()
    }

    #[test]
    fn challenges_check_days_and_the_target_in_the_kind_unit() {
        let today = "2026-11-30".parse().unwrap();
        assert!(NewChallenge::parse(&challenge("2026-11-30", "2026-12-06", 60), today).is_ok());
        let err = NewChallenge::parse(&challenge("2026-11-30", "2026-12-06", 101), today).unwrap_err();
        assert_eq!(fields(err), ["challenge.target"]);
        let err = NewChallenge::parse(&challenge("2026-11-01", "2026-11-29", 50), today).unwrap_err();
        assert_eq!(fields(err), ["challenge.end_day"]);
        let err = NewChallenge::parse(&challenge("2026-12-01", "2027-03-15", 50), today).unwrap_err();
        assert_eq!(fields(err), ["challenge.end_day"]);
        let err = NewChallenge::parse(&challenge("2026-12-06", "2026-12-01", 50), today).unwrap_err();
        assert_eq!(fields(err), ["challenge.end_day"]);
        let err = NewChallenge::parse(&challenge("soon", "", 0), today).unwrap_err();
        assert_eq!(
            fields(err),
            ["challenge.start_day", "challenge.end_day", "challenge.target"]
        );
    }

    #[test]
    fn visits_need_an_end_within_a_week_and_no_past_start() {
        let now: DateTime<Utc> = "2026-11-30T12:00:00Z".parse().unwrap();
        let at = |s: &str| Some(timestamp(s.parse::<DateTime<Utc>>().unwrap()));
        let mut r = pb::StartVisitRequest {
            visiting_device_id: Uuid::now_v7().to_string(),
            end_time: at("2026-11-30T15:00:00Z"),
            ..Default::default()
        };
        let visit = NewVisit::parse(&r, now).unwrap();
        assert_eq!(visit.starts_at, now);
        r.end_time = at("2026-12-08T12:00:00Z");
        assert_eq!(fields(NewVisit::parse(&r, now).unwrap_err()), ["end_time"]);
        r.start_time = at("2026-11-30T11:00:00Z");
        r.end_time = None;
        r.visiting_device_id = "x".into();
        assert_eq!(
            fields(NewVisit::parse(&r, now).unwrap_err()),
            ["visiting_device_id", "start_time", "end_time"]
        );
    }
}
