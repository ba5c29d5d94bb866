//! Conversations as stored and sent: rows, lines, what they cost, and
//! what a generation streams.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use super::*;
use crate::proto::conversations::v1 as pb;
use crate::proto::timestamp;
use crate::schema::{conversation_lines, conversations};

/// What a generation cost, as stored beside its text.
#[derive(Debug, Clone, PartialEq)]
pub struct GenerationCost {
    pub provider: String,
    pub model: String,
    pub prompt_tokens: i32,
    pub completion_tokens: i32,
    pub cost_usd: f64,
}

impl GenerationCost {
    pub fn new(provider: &str, model: &str, usage: crate::ai::TokenUsage) -> Self {
        GenerationCost {
            provider: provider.to_owned(),
            model: model.to_owned(),
            prompt_tokens: usage.prompt_tokens.min(i32::MAX as u32) as i32,
            completion_tokens: usage.completion_tokens.min(i32::MAX as u32) as i32,
            cost_usd: crate::ai::prices::cost_usd(model, usage.prompt_tokens, usage.completion_tokens),
        }
    }
}

impl From<GenerationCost> for pb::Generation {
    fn from(g: GenerationCost) -> Self {
        pb::Generation {
            provider: g.provider,
            model: g.model,
            prompt_tokens: g.prompt_tokens,
            completion_tokens: g.completion_tokens,
            cost_usd: g.cost_usd,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = conversations, check_for_backend(diesel::pg::Pg))]
pub struct ConversationRow {
    pub id: Uuid,
    pub kind: String,
    pub mood: String,
    pub trigger: String,
    pub day: NaiveDate,
    pub provider: String,
    pub model: String,
    pub prompt_tokens: i32,
    pub completion_tokens: i32,
    pub cost_usd: f64,
    pub rating: Option<i16>,
    pub is_favorite: bool,
    pub feedback: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = conversations)]
pub struct NewConversationRow<'a> {
    pub id: Uuid,
    pub user_id: Uuid,
    pub kind: &'static str,
    pub mood: &'static str,
    pub trigger: &'static str,
    pub day: NaiveDate,
    pub provider: &'a str,
    pub model: &'a str,
    pub prompt_tokens: i32,
    pub completion_tokens: i32,
    pub cost_usd: f64,
    pub request_id: Option<&'a str>,
}

/// RateConversation and SubmitFeedback; `None` leaves a column as it is.
#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = conversations)]
pub struct ConversationChanges {
    pub rating: Option<i16>,
    pub feedback: Option<String>,
}

/// One line of a conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub index: i32,
    pub speaker: String,
    pub text: String,
}

impl From<Line> for pb::Line {
    fn from(l: Line) -> Self {
        pb::Line {
            index: l.index,
            speaker: l.speaker,
            text: l.text,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = conversation_lines, check_for_backend(diesel::pg::Pg))]
pub struct LineRow {
    pub conversation_id: Uuid,
    pub index: i32,
    pub speaker: String,
    pub text: String,
}

impl LineRow {
    pub fn new(conversation_id: Uuid, line: &Line) -> Self {
        LineRow {
            conversation_id,
            index: line.index,
            speaker: line.speaker.clone(),
            text: line.text.clone(),
        }
    }
}

impl From<LineRow> for Line {
    fn from(l: LineRow) -> Self {
        Line {
            index: l.index,
            speaker: l.speaker,
            text: l.text,
        }
    }
}

/// A stored conversation with its participants and lines, in order.
#[derive(Debug, Clone)]
pub struct Conversation {
    pub row: ConversationRow,
    pub participants: Vec<ParticipantRow>,
    pub lines: Vec<Line>,
}

impl From<Conversation> for pb::Conversation {
    fn from(
        Conversation {
            row,
            participants,
            lines,
        }: Conversation,
    ) -> Self {
        pb::Conversation {
            id: row.id.to_string(),
            // The CHECK constraints admit only known names, so 0 is never
            // sent for a stored row.
            kind: Kind::from_stored(&row.kind).map_or(0, |k| pb::ConversationKind::from(k).into()),
            mood: Mood::from_stored(&row.mood).map_or(0, |m| pb::Mood::from(m).into()),
            trigger: Trigger::from_stored(&row.trigger).map_or(0, |t| pb::Trigger::from(t).into()),
            participants: participants.into_iter().map(Into::into).collect(),
            lines: lines.into_iter().map(Into::into).collect(),
            generation: Some(
                GenerationCost {
                    provider: row.provider,
                    model: row.model,
                    prompt_tokens: row.prompt_tokens,
                    completion_tokens: row.completion_tokens,
                    cost_usd: row.cost_usd,
                }
                .into(),
            ),
            rating: row.rating.map_or(0, i32::from),
            is_favorite: row.is_favorite,
            feedback: row.feedback,
            day: row.day.format("%Y-%m-%d").to_string(),
            create_time: Some(timestamp(row.created_at)),
        }
    }
}

/// What GenerateConversation streams: each line, then the stored whole.
#[derive(Debug, Clone)]
pub enum Progress {
    Line(Line),
    Stored(Conversation),
}

impl From<Progress> for pb::GenerateConversationResponse {
    fn from(progress: Progress) -> Self {
        use pb::generate_conversation_response::Event;
        let event = match progress {
            Progress::Line(line) => Event::Line(line.into()),
            Progress::Stored(conversation) => Event::Conversation(conversation.into()),
        };
        pb::GenerateConversationResponse { event: Some(event) }
    }
}
