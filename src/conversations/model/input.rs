//! Requests, checked: every field valid or every bad field named.

use chrono::NaiveDate;

use super::*;
use crate::error::FieldViolations;
use crate::proto::conversations::v1 as pb;
use crate::request::{self, optional_day, Text};

pub const MAX_FEEDBACK_CHARS: usize = 2000;

/// GenerateConversation, every field valid.
#[derive(Debug, Clone)]
pub struct GenerateInput {
    /// Empty: the server picks.
    pub participants: Vec<ParticipantId>,
    pub kind: Option<Kind>,
    pub mood: Option<Mood>,
    /// None: yesterday in the user's timezone.
    pub day: Option<NaiveDate>,
    pub request_id: Option<String>,
    /// What asked for it: a caller (on demand) or a schedule.
    pub trigger: Trigger,
}

impl TryFrom<pb::GenerateConversationRequest> for GenerateInput {
    type Error = FieldViolations;

    fn try_from(r: pb::GenerateConversationRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        // Counted first, and nothing else is read past the cap: a request
        // with many participants costs no more than one with six.
        if r.participants.len() == 1 || r.participants.len() > MAX_PARTICIPANTS {
            v.add(
                "participants",
                format!("must be empty or name 2 to {MAX_PARTICIPANTS} participants"),
            );
            return Err(v);
        }
        let mut participants = Vec::new();
        // Each participant's name and personality are what a conversation
        // shows; a request's are ignored, so they are not read.
        for (i, p) in r.participants.iter().enumerate() {
            let field = format!("participants[{i}]");
            if let Some(id) = ParticipantId::parse(&mut v, &field, p) {
                if participants.contains(&id) {
                    v.add(field, "is listed twice");
                }
                participants.push(id);
            }
        }
        let kind = v.check("kind", Kind::optional(r.kind));
        let mood = v.check("mood", Mood::optional(r.mood));
        let day = optional_day(&mut v, "day", &r.day);
        let request_id = request::request_id(&mut v, &r.request_id);
        match (kind, mood, day) {
            (Some(kind), Some(mood), Some(day)) if v.is_empty() => Ok(GenerateInput {
                participants,
                kind,
                mood,
                day,
                request_id,
                trigger: Trigger::OnDemand,
            }),
            _ => Err(v),
        }
    }
}

/// GenerateJournal, every field valid.
#[derive(Debug, Clone)]
pub struct JournalInput {
    pub author: ParticipantId,
    pub day: Option<NaiveDate>,
    pub mood: Option<Mood>,
}

impl TryFrom<pb::GenerateJournalRequest> for JournalInput {
    type Error = FieldViolations;

    fn try_from(r: pb::GenerateJournalRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let author = match &r.author {
            Some(author) => ParticipantId::parse(&mut v, "author", author),
            None => {
                v.add("author", "is required");
                None
            }
        };
        let day = optional_day(&mut v, "day", &r.day);
        let mood = v.check("mood", Mood::optional(r.mood));
        match (author, day, mood) {
            (Some(author), Some(day), Some(mood)) if v.is_empty() => Ok(JournalInput { author, day, mood }),
            _ => Err(v),
        }
    }
}

/// ListConversations filters; `None` means any.
#[derive(Debug, Default, Clone)]
pub struct ConversationFilter {
    pub kind: Option<Kind>,
    pub mood: Option<Mood>,
    pub is_favorite: Option<bool>,
    pub start_day: Option<NaiveDate>,
    pub end_day: Option<NaiveDate>,
}

impl ConversationFilter {
    pub fn parse(v: &mut FieldViolations, r: &pb::ListConversationsRequest) -> ConversationFilter {
        let filter = ConversationFilter {
            kind: v.check("kind", Kind::optional(r.kind)).flatten(),
            mood: v.check("mood", Mood::optional(r.mood)).flatten(),
            is_favorite: r.is_favorite,
            start_day: optional_day(v, "start_day", &r.start_day).flatten(),
            end_day: optional_day(v, "end_day", &r.end_day).flatten(),
        };
        if let (Some(start), Some(end)) = (filter.start_day, filter.end_day) {
            if end < start {
                v.add("end_day", "must not be before start_day");
            }
        }
        filter
    }
}

/// Feedback on a conversation: at most 2,000 characters once trimmed.
pub fn parse_feedback(raw: &str) -> Result<String, String> {
    let feedback = raw.trim();
    request::check_text(feedback, MAX_FEEDBACK_CHARS, Text::Prose)?;
    Ok(feedback.to_owned())
}

/// RateConversation or SubmitFeedback: which conversation, and the one
/// column it changes.
#[derive(Debug)]
pub struct ConversationEdit {
    pub conversation_id: uuid::Uuid,
    pub changes: ConversationChanges,
}

impl TryFrom<&pb::RateConversationRequest> for ConversationEdit {
    type Error = FieldViolations;

    fn try_from(r: &pb::RateConversationRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let id = request::uuid(&mut v, "conversation_id", &r.conversation_id);
        let rating = v.check("rating", parse_rating(r.rating));
        match (id, rating) {
            (Some(conversation_id), Some(rating)) => Ok(Self {
                conversation_id,
                changes: ConversationChanges {
                    rating: Some(rating),
                    ..Default::default()
                },
            }),
            _ => Err(v),
        }
    }
}

impl TryFrom<&pb::SubmitFeedbackRequest> for ConversationEdit {
    type Error = FieldViolations;

    fn try_from(r: &pb::SubmitFeedbackRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let id = request::uuid(&mut v, "conversation_id", &r.conversation_id);
        let feedback = v.check("feedback", parse_feedback(&r.feedback));
        match (id, feedback) {
            (Some(conversation_id), Some(feedback)) => Ok(Self {
                conversation_id,
                changes: ConversationChanges {
                    feedback: Some(feedback),
                    ..Default::default()
                },
            }),
            _ => Err(v),
        }
    }
}

pub fn parse_rating(raw: i32) -> Result<i16, &'static str> {
    match raw {
        1..=5 => Ok(raw as i16),
        _ => Err("must be between 1 and 5"),
    }
}
