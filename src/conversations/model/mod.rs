//! Conversations and journals as stored, as validated input and as sent.
//! Kinds, moods and triggers are stored by lower-case name ("daily_recap",
//! "passive_aggressive", "on_demand").
//!
//! By concept: `participants` (who takes part and as what character),
//! `input` (requests, checked), `refs` (requests naming one conversation
//! or journal, and ListRecent, checked), `conversation` (stored
//! conversations, lines and generation costs), `journal`.

mod conversation;
mod input;
mod journal;
mod participants;
mod refs;

pub use conversation::*;
pub use input::*;
pub use journal::*;
pub use participants::*;
pub use refs::*;

use crate::proto::conversations::v1 as pb;

crate::stored_enum! {
    /// What a conversation is about.
    pub enum Kind: pb::ConversationKind {
        DailyRecap => "daily_recap",
        UsageIntervention => "usage_intervention",
        PatternDiscussion => "pattern_discussion",
        GoalCheckIn => "goal_check_in",
        AppDrama => "app_drama",
        DeviceGossip => "device_gossip",
        ProductivityRoast => "productivity_roast",
        SocialComparison => "social_comparison",
        MilestoneCelebration => "milestone_celebration",
        FriendVisit => "friend_visit",
        EmergencyMeeting => "emergency_meeting",
    }
}

crate::stored_enum! {
    /// The tone of a conversation or journal; users list the ones they
    /// prefer in their profile.
    pub enum Mood: pb::Mood, crate::proto::identity::v1::Mood {
        Humorous => "humorous",
        Supportive => "supportive",
        Dramatic => "dramatic",
        Sarcastic => "sarcastic",
        Wholesome => "wholesome",
        Chaotic => "chaotic",
        Philosophical => "philosophical",
        PassiveAggressive => "passive_aggressive",
        Motivational => "motivational",
        Gossipy => "gossipy",
    }
}

crate::stored_enum! {
    /// What started a conversation.
    pub enum Trigger: pb::Trigger {
        Scheduled => "scheduled",
        OnDemand => "on_demand",
        Pattern => "pattern",
        Visit => "visit",
    }
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;

    #[test]
    fn ratings_and_feedback_name_their_bad_fields() {
        let id = Uuid::now_v7();
        let rated = ConversationEdit::try_from(&pb::RateConversationRequest {
            conversation_id: id.to_string(),
            rating: 4,
        })
        .unwrap();
        assert_eq!((rated.conversation_id, rated.changes.rating), (id, Some(4)));
        assert_eq!(rated.changes.feedback, None, "a rating leaves the feedback alone");
        let fields = |err: crate::error::FieldViolations| err.fields().map(str::to_owned).collect::<Vec<_>>();
        let bad = ConversationEdit::try_from(&pb::RateConversationRequest {
            conversation_id: "nope".into(),
            rating: 6,
        });
        assert_eq!(fields(bad.unwrap_err()), ["conversation_id", "rating"]);

        let said = ConversationEdit::try_from(&pb::SubmitFeedbackRequest {
            conversation_id: id.to_string(),
            feedback: "  Funny one  ".into(),
        })
        .unwrap();
        assert_eq!(said.changes.feedback.as_deref(), Some("Funny one"));
        assert_eq!(said.changes.rating, None);
        let long = ConversationEdit::try_from(&pb::SubmitFeedbackRequest {
            conversation_id: id.to_string(),
            feedback: "x".repeat(MAX_FEEDBACK_CHARS + 1),
        });
        assert_eq!(fields(long.unwrap_err()), ["feedback"]);
    }

    #[test]
    fn too_many_participants_are_refused_without_reading_them() {
        use pb::participant::Participant as P;
        let participant = pb::Participant {
            participant: Some(P::DeviceId(Uuid::new_v4().to_string())),
            ..Default::default()
        };
        let request = pb::GenerateConversationRequest {
            participants: vec![participant; 400_000],
            day: "-262144-01-05".into(),
            ..Default::default()
        };
        let started = std::time::Instant::now();
        let v = GenerateInput::try_from(request).unwrap_err();
        assert_eq!(v.fields().collect::<Vec<_>>(), ["participants"]);
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }

    /// Every value's stored name round-trips and is allowed by the
    /// migration's CHECK constraints.
    #[test]
    fn stored_names_round_trip_and_match_the_schema() {
        let migration = include_str!("../../../migrations/2026-11-23-000004_conversations_chat/up.sql");
        assert_eq!((Kind::ALL.len(), Mood::ALL.len(), Trigger::ALL.len()), (11, 10, 4));
        let names = Kind::ALL
            .iter()
            .map(|k| {
                (
                    k.as_str(),
                    Kind::from_wire(pb::ConversationKind::from(*k).into()) == Ok(*k),
                )
            })
            .chain(
                Mood::ALL
                    .iter()
                    .map(|m| (m.as_str(), Mood::from_wire(pb::Mood::from(*m).into()) == Ok(*m))),
            )
            .chain(
                Trigger::ALL
                    .iter()
                    .map(|t| (t.as_str(), Trigger::from_wire(pb::Trigger::from(*t).into()) == Ok(*t))),
            );
        for (name, round_trips) in names {
            assert!(round_trips, "{name}");
            assert!(
                migration.contains(&format!("'{name}'")),
                "{name} is not allowed by the schema"
            );
        }
        assert_eq!(Mood::PassiveAggressive.as_str(), "passive_aggressive");
        assert_eq!(Kind::from_stored("emergency_meeting"), Some(Kind::EmergencyMeeting));
        assert_eq!(Kind::from_stored("unspecified"), None);
        assert_eq!(Kind::from_stored("nonsense"), None);
    }

    #[test]
    fn optional_enums_ratings_and_feedback() {
        assert_eq!(Mood::optional(0), Ok(None));
        assert_eq!(Mood::optional(4), Ok(Some(Mood::Sarcastic)));
        assert!(Mood::optional(99).is_err());
        assert!(Kind::optional(-1).is_err());
        assert_eq!(parse_rating(5), Ok(5));
        assert!(parse_rating(0).is_err() && parse_rating(6).is_err());
        assert_eq!(parse_feedback("  nice  ").unwrap(), "nice");
        assert!(parse_feedback(&"é".repeat(2000)).is_ok());
        assert!(parse_feedback(&"é".repeat(2001)).is_err());
    }

    #[test]
    fn generate_requests_report_every_bad_field() {
        let device = |id: &str| pb::Participant {
            participant: Some(pb::participant::Participant::DeviceId(id.into())),
            ..Default::default()
        };
        let id = Uuid::now_v7().to_string();
        let bad = pb::GenerateConversationRequest {
            participants: vec![device(&id), device(&id), device("nope"), pb::Participant::default()],
            kind: 42,
            mood: -3,
            day: "2026-13-01".into(),
            request_id: "x".repeat(101),
        };
        let v = GenerateInput::try_from(bad).unwrap_err();
        let fields: Vec<&str> = v.fields().collect();
        assert_eq!(
            fields,
            [
                "participants[1]",
                "participants[2].device_id",
                "participants[3]",
                "kind",
                "mood",
                "day",
                "request_id"
            ]
        );
        let one = pb::GenerateConversationRequest {
            participants: vec![device(&id)],
            ..Default::default()
        };
        assert_eq!(
            GenerateInput::try_from(one).unwrap_err().fields().collect::<Vec<_>>(),
            ["participants"]
        );
        let empty = GenerateInput::try_from(pb::GenerateConversationRequest::default()).unwrap();
        assert!(empty.participants.is_empty() && empty.kind.is_none() && empty.day.is_none());
    }
}
