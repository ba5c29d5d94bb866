//! Conversations and journals as stored, as validated input and as sent.
//! Kinds, moods and triggers are stored by lower-case name ("daily_recap",
//! "passive_aggressive", "on_demand").

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::apps::model::DeviceApp;
use crate::devices::model::DeviceRow;
use crate::error::FieldViolations;
use crate::proto::conversations::v1 as pb;
use crate::proto::timestamp;
use crate::request::{self, optional_day, Text};
use crate::schema::{conversation_lines, conversation_participants, conversations, journals};

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

/// Most participants a conversation may have.
pub const MAX_PARTICIPANTS: usize = 5;
pub const MAX_FEEDBACK_CHARS: usize = 2000;

/// A device or device app taking part, as a request names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParticipantId {
    Device(Uuid),
    DeviceApp(Uuid),
}

impl ParticipantId {
    /// Reads `participant` (named `field` in violations); one of its ids must
    /// be set. Only the id is read: name and personality are what the server
    /// shows, and a request's are ignored.
    pub fn parse(v: &mut FieldViolations, field: &str, participant: &pb::Participant) -> Option<ParticipantId> {
        use pb::participant::Participant as P;
        match &participant.participant {
            Some(P::DeviceId(raw)) => request::uuid(v, &format!("{field}.device_id"), raw).map(ParticipantId::Device),
            Some(P::DeviceAppId(raw)) => {
                request::uuid(v, &format!("{field}.device_app_id"), raw).map(ParticipantId::DeviceApp)
            }
            None => {
                v.add(field, "must name a device_id or a device_app_id");
                None
            }
        }
    }

    fn device_id(self) -> Option<Uuid> {
        match self {
            ParticipantId::Device(id) => Some(id),
            ParticipantId::DeviceApp(_) => None,
        }
    }

    fn device_app_id(self) -> Option<Uuid> {
        match self {
            ParticipantId::DeviceApp(id) => Some(id),
            ParticipantId::Device(_) => None,
        }
    }
}

fn participant_message(
    device_id: Option<Uuid>,
    device_app_id: Option<Uuid>,
    name: String,
    personality: String,
) -> pb::Participant {
    use pb::participant::Participant as P;
    let participant = match (device_id, device_app_id) {
        (Some(id), _) => Some(P::DeviceId(id.to_string())),
        (None, Some(id)) => Some(P::DeviceAppId(id.to_string())),
        // A participant whose device or app was deleted since.
        (None, None) => None,
    };
    pb::Participant {
        participant,
        name,
        personality,
    }
}

/// A device or device app as a character: how it is named and how it talks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Character {
    pub id: ParticipantId,
    /// The nickname, else the device's or the catalogue app's name.
    pub name: String,
    /// A device personality ("snarky") or an app personality ("time_waster").
    pub personality: String,
    /// The device it is, or the device it is on.
    pub device_id: Uuid,
    /// The catalogue app of a device app.
    pub app_id: Option<Uuid>,
}

impl Character {
    pub fn of_device(device: DeviceRow) -> Self {
        Character {
            id: ParticipantId::Device(device.id),
            name: if device.nickname.is_empty() {
                device.name
            } else {
                device.nickname
            },
            personality: device.personality,
            device_id: device.id,
            app_id: None,
        }
    }

    pub fn of_device_app(DeviceApp { row, app }: DeviceApp) -> Self {
        Character {
            id: ParticipantId::DeviceApp(row.id),
            name: if row.nickname.is_empty() {
                app.name
            } else {
                row.nickname
            },
            personality: row.personality_override.unwrap_or(app.default_personality),
            device_id: row.device_id,
            app_id: Some(app.id),
        }
    }

    pub fn speaker(&self) -> crate::ai::Speaker {
        crate::ai::Speaker {
            name: self.name.clone(),
            personality: self.personality.clone(),
        }
    }
}

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

pub fn parse_rating(raw: i32) -> Result<i16, &'static str> {
    match raw {
        1..=5 => Ok(raw as i16),
        _ => Err("must be between 1 and 5"),
    }
}

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

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = conversation_participants, check_for_backend(diesel::pg::Pg))]
pub struct ParticipantRow {
    pub conversation_id: Uuid,
    pub position: i16,
    pub device_id: Option<Uuid>,
    pub device_app_id: Option<Uuid>,
    pub name: String,
    pub personality: String,
}

impl ParticipantRow {
    /// `character` at `position`; `linked` is false when its device or app
    /// was deleted while the conversation was being written.
    pub fn new(conversation_id: Uuid, position: usize, character: &Character, linked: bool) -> Self {
        let id = linked.then_some(character.id);
        ParticipantRow {
            conversation_id,
            position: position as i16,
            device_id: id.and_then(ParticipantId::device_id),
            device_app_id: id.and_then(ParticipantId::device_app_id),
            name: character.name.clone(),
            personality: character.personality.clone(),
        }
    }
}

impl From<ParticipantRow> for pb::Participant {
    fn from(p: ParticipantRow) -> Self {
        participant_message(p.device_id, p.device_app_id, p.name, p.personality)
    }
}

impl From<&Character> for pb::Participant {
    fn from(c: &Character) -> Self {
        participant_message(
            c.id.device_id(),
            c.id.device_app_id(),
            c.name.clone(),
            c.personality.clone(),
        )
    }
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

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = journals, check_for_backend(diesel::pg::Pg))]
pub struct JournalRow {
    pub id: Uuid,
    pub device_id: Option<Uuid>,
    pub device_app_id: Option<Uuid>,
    pub author_name: String,
    pub author_personality: String,
    pub day: NaiveDate,
    pub mood: String,
    pub text: String,
    /// A JSON array of strings.
    pub facts: serde_json::Value,
    pub provider: String,
    pub model: String,
    pub prompt_tokens: i32,
    pub completion_tokens: i32,
    pub cost_usd: f64,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = journals)]
pub struct NewJournalRow<'a> {
    pub id: Uuid,
    pub user_id: Uuid,
    pub device_id: Option<Uuid>,
    pub device_app_id: Option<Uuid>,
    pub author_name: &'a str,
    pub author_personality: &'a str,
    pub day: NaiveDate,
    pub mood: &'static str,
    pub text: &'a str,
    pub facts: serde_json::Value,
    pub provider: &'a str,
    pub model: &'a str,
    pub prompt_tokens: i32,
    pub completion_tokens: i32,
    pub cost_usd: f64,
}

impl<'a> NewJournalRow<'a> {
    pub fn new(
        user_id: Uuid,
        author: &'a Character,
        day: NaiveDate,
        mood: Mood,
        text: &'a str,
        facts: &[String],
        cost: &'a GenerationCost,
    ) -> Self {
        NewJournalRow {
            id: Uuid::now_v7(),
            user_id,
            device_id: author.id.device_id(),
            device_app_id: author.id.device_app_id(),
            author_name: &author.name,
            author_personality: &author.personality,
            day,
            mood: mood.as_str(),
            text,
            facts: serde_json::Value::from(facts.to_vec()),
            provider: &cost.provider,
            model: &cost.model,
            prompt_tokens: cost.prompt_tokens,
            completion_tokens: cost.completion_tokens,
            cost_usd: cost.cost_usd,
        }
    }
}

impl From<JournalRow> for pb::Journal {
    fn from(j: JournalRow) -> Self {
        let facts = match j.facts {
            serde_json::Value::Array(items) => items
                .into_iter()
                .filter_map(|f| f.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        };
        pb::Journal {
            id: j.id.to_string(),
            author: Some(participant_message(
                j.device_id,
                j.device_app_id,
                j.author_name,
                j.author_personality,
            )),
            day: j.day.format("%Y-%m-%d").to_string(),
            mood: Mood::from_stored(&j.mood).map_or(0, |m| pb::Mood::from(m).into()),
            text: j.text,
            facts,
            generation: Some(
                GenerationCost {
                    provider: j.provider,
                    model: j.model,
                    prompt_tokens: j.prompt_tokens,
                    completion_tokens: j.completion_tokens,
                    cost_usd: j.cost_usd,
                }
                .into(),
            ),
            create_time: Some(timestamp(j.created_at)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let migration = include_str!("../../migrations/2026-11-23-000004_conversations_chat/up.sql");
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
