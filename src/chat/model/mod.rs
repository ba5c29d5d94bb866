//! Threads and messages as stored, as validated input, and as sent. Authors
//! and states are stored by lower-case name ("counterpart", "cut_off").

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use super::counterpart::{Counterpart, CounterpartId};
use crate::error::FieldViolations;
use crate::proto::chat::v1 as pb;
use crate::proto::timestamp;
use crate::request::{self, Text};
use crate::schema::{chat_messages, chat_threads};

/// Checked text: trimmed, then the shared request check.
fn clean(raw: &str, max: usize, kind: Text) -> Result<String, String> {
    let text = raw.trim();
    request::check_text(text, max, kind)?;
    Ok(text.to_owned())
}

/// What the user writes in a thread: 1 to 4,000 characters once trimmed;
/// line breaks and tabs are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageText(String);

impl MessageText {
    pub const MAX_CHARS: usize = 4000;

    pub fn parse(raw: &str) -> Result<MessageText, String> {
        let text = clean(raw, Self::MAX_CHARS, Text::Prose)?;
        if text.is_empty() {
            return Err("is required".into());
        }
        Ok(MessageText(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A thread's optional title (empty for none), at most 200 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title(String);

impl Title {
    pub fn parse(raw: &str) -> Result<Title, String> {
        clean(raw, 200, Text::Line).map(Title)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Only the id is read: a counterpart's name and personality are what the
/// server shows, and a request's are ignored.
fn counterpart_id(v: &mut FieldViolations, counterpart: Option<&pb::Counterpart>) -> Option<CounterpartId> {
    use pb::counterpart::Counterpart as Which;
    match counterpart.and_then(|c| c.counterpart.as_ref()) {
        Some(Which::DeviceId(raw)) => request::uuid(v, "counterpart.device_id", raw).map(CounterpartId::Device),
        Some(Which::DeviceAppId(raw)) => {
            request::uuid(v, "counterpart.device_app_id", raw).map(CounterpartId::DeviceApp)
        }
        Some(Which::Coach(true)) => Some(CounterpartId::Coach),
        Some(Which::PersonaId(raw)) => request::uuid(v, "counterpart.persona_id", raw).map(CounterpartId::Persona),
        Some(Which::Coach(false)) => {
            v.add("counterpart.coach", "must be true to talk to the coach");
            None
        }
        None => {
            v.add(
                "counterpart",
                "must name a device_id, a device_app_id, a persona_id or the coach",
            );
            None
        }
    }
}

/// CreateThread, checked: whom to talk to, an optional title, and the
/// optional request id that makes a retry return the same thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewThread {
    pub counterpart: CounterpartId,
    pub title: Title,
    pub request_id: Option<String>,
}

impl TryFrom<&pb::CreateThreadRequest> for NewThread {
    type Error = FieldViolations;

    fn try_from(r: &pb::CreateThreadRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let counterpart = counterpart_id(&mut v, r.counterpart.as_ref());
        let title = v.check("title", Title::parse(&r.title));
        let request_id = request::request_id(&mut v, &r.request_id);
        match (counterpart, title, v.is_empty()) {
            (Some(counterpart), Some(title), true) => Ok(Self {
                counterpart,
                title,
                request_id,
            }),
            _ => Err(v),
        }
    }
}

/// SendMessage, checked: which thread, the text, and the optional request
/// id that makes a retry get the same reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub thread_id: Uuid,
    pub text: MessageText,
    pub request_id: Option<String>,
}

impl TryFrom<&pb::SendMessageRequest> for Outgoing {
    type Error = FieldViolations;

    fn try_from(r: &pb::SendMessageRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let thread_id = request::uuid(&mut v, "thread_id", &r.thread_id);
        let text = v.check("text", MessageText::parse(&r.text));
        let request_id = request::request_id(&mut v, &r.request_id);
        match (thread_id, text, v.is_empty()) {
            (Some(thread_id), Some(text), true) => Ok(Self {
                thread_id,
                text,
                request_id,
            }),
            _ => Err(v),
        }
    }
}

crate::stored_enum! {
    pub enum Author: pb::Author {
        User => "user",
        Counterpart => "counterpart",
    }
}

crate::stored_enum! {
    /// Stored only: a reply being written has no state of its own on the
    /// wire yet.
    pub enum MessageState {
        /// A reply still being written.
        Streaming => "streaming",
        Complete => "complete",
        /// The client went away while the reply was being written.
        CutOff => "cut_off",
        /// The AI provider failed while writing it.
        Failed => "failed",
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = chat_threads, check_for_backend(diesel::pg::Pg))]
pub struct ThreadRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub device_id: Option<Uuid>,
    pub device_app_id: Option<Uuid>,
    pub coach: bool,
    pub persona_id: Option<Uuid>,
    pub title: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl ThreadRow {
    /// The schema's CHECK holds exactly one counterpart column.
    pub fn counterpart(&self) -> CounterpartId {
        match (self.device_app_id, self.device_id) {
            _ if self.coach => CounterpartId::Coach,
            _ if self.persona_id.is_some() => CounterpartId::Persona(self.persona_id.unwrap_or_default()),
            (Some(app), _) => CounterpartId::DeviceApp(app),
            (None, device) => CounterpartId::Device(device.unwrap_or_default()),
        }
    }

    /// Keyset of "most recently active first".
    pub fn activity_key(&self) -> (DateTime<Utc>, Uuid) {
        (self.updated_at, self.id)
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = chat_threads)]
pub struct NewThreadRow<'a> {
    pub id: Uuid,
    pub user_id: Uuid,
    pub device_id: Option<Uuid>,
    pub device_app_id: Option<Uuid>,
    pub coach: bool,
    pub persona_id: Option<Uuid>,
    pub title: &'a str,
    pub request_id: Option<&'a str>,
}

impl<'a> NewThreadRow<'a> {
    pub fn new(user_id: Uuid, counterpart: CounterpartId, title: &'a Title, request_id: Option<&'a str>) -> Self {
        let (device_id, device_app_id) = match counterpart {
            CounterpartId::Device(id) => (Some(id), None),
            CounterpartId::DeviceApp(id) => (None, Some(id)),
            CounterpartId::Coach | CounterpartId::Persona(_) => (None, None),
        };
        let persona_id = match counterpart {
            CounterpartId::Persona(id) => Some(id),
            _ => None,
        };
        NewThreadRow {
            id: Uuid::now_v7(),
            user_id,
            device_id,
            device_app_id,
            coach: counterpart == CounterpartId::Coach,
            persona_id,
            title: title.as_str(),
            request_id,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = chat_messages, check_for_backend(diesel::pg::Pg))]
pub struct MessageRow {
    pub id: Uuid,
    pub thread_id: Uuid,
    pub author: String,
    pub text: String,
    pub state: String,
    pub prompt_tokens: i32,
    pub completion_tokens: i32,
    pub created_at: DateTime<Utc>,
}

impl MessageRow {
    pub fn is(&self, state: MessageState) -> bool {
        self.state == state.as_str()
    }

    pub fn by_user(&self) -> bool {
        self.author == Author::User.as_str()
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = chat_messages)]
pub struct NewMessageRow<'a> {
    pub id: Uuid,
    pub thread_id: Uuid,
    pub author: &'static str,
    pub text: &'a str,
    pub state: &'static str,
    pub request_id: Option<&'a str>,
}

impl From<MessageRow> for pb::Message {
    fn from(m: MessageRow) -> Self {
        let author = pb::Author::from(if m.by_user() { Author::User } else { Author::Counterpart });
        // A reply being written has no state of its own on the wire yet.
        let state = match MessageState::from_stored(&m.state) {
            Some(MessageState::Complete) => pb::MessageState::Complete,
            Some(MessageState::CutOff) => pb::MessageState::CutOff,
            Some(MessageState::Failed) => pb::MessageState::Failed,
            Some(MessageState::Streaming) | None => pb::MessageState::Unspecified,
        };
        pb::Message {
            id: m.id.to_string(),
            thread_id: m.thread_id.to_string(),
            author: author as i32,
            text: m.text,
            state: state as i32,
            prompt_tokens: m.prompt_tokens,
            completion_tokens: m.completion_tokens,
            create_time: Some(timestamp(m.created_at)),
        }
    }
}

impl From<CounterpartId> for pb::counterpart::Counterpart {
    fn from(id: CounterpartId) -> Self {
        match id {
            CounterpartId::Device(id) => pb::counterpart::Counterpart::DeviceId(id.to_string()),
            CounterpartId::DeviceApp(id) => pb::counterpart::Counterpart::DeviceAppId(id.to_string()),
            CounterpartId::Coach => pb::counterpart::Counterpart::Coach(true),
            CounterpartId::Persona(id) => pb::counterpart::Counterpart::PersonaId(id.to_string()),
        }
    }
}

impl From<&Counterpart> for pb::Counterpart {
    fn from(c: &Counterpart) -> Self {
        pb::Counterpart {
            counterpart: Some(c.id.into()),
            name: c.name.clone(),
            personality: c.personality.clone(),
        }
    }
}

/// A thread as sent: its row, who it talks to, and how many messages it holds.
pub fn thread_message(row: ThreadRow, counterpart: Option<&Counterpart>, message_count: i64) -> pb::Thread {
    let counterpart = counterpart.map(pb::Counterpart::from).unwrap_or_else(|| {
        // Only when the counterpart vanished between two reads.
        pb::Counterpart {
            counterpart: Some(row.counterpart().into()),
            ..Default::default()
        }
    });
    pb::Thread {
        id: row.id.to_string(),
        counterpart: Some(counterpart),
        title: row.title,
        message_count: message_count.min(i64::from(i32::MAX)) as i32,
        create_time: Some(timestamp(row.created_at)),
        update_time: Some(timestamp(row.updated_at)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_text_and_title() {
        assert_eq!(MessageText::parse("  hi there \n").unwrap().as_str(), "hi there");
        assert_eq!(MessageText::parse("   ").unwrap_err(), "is required");
        assert!(MessageText::parse("line one\nline two\tend").is_ok());
        assert!(MessageText::parse("bell\u{7}").is_err());
        assert!(MessageText::parse(&"é".repeat(4000)).is_ok());
        assert!(MessageText::parse(&"é".repeat(4001)).is_err());
        assert_eq!(Title::parse("").unwrap().as_str(), "");
        assert!(Title::parse(&"x".repeat(201)).is_err());
        assert!(Title::parse("a\nb").is_err());
    }

    fn fields(v: FieldViolations) -> Vec<String> {
        v.fields().map(str::to_owned).collect()
    }

    #[test]
    fn create_thread_requests_are_checked_field_by_field() {
        use pb::counterpart::Counterpart as Which;
        let device = uuid::Uuid::now_v7();
        let to = |which: Which| {
            Some(pb::Counterpart {
                counterpart: Some(which),
                ..Default::default()
            })
        };
        let ok = pb::CreateThreadRequest {
            counterpart: to(Which::DeviceId(device.to_string())),
            title: "  Evenings ".into(),
            request_id: "r-1".into(),
        };
        let thread = NewThread::try_from(&ok).unwrap();
        assert_eq!(thread.counterpart, CounterpartId::Device(device));
        assert_eq!(thread.title.as_str(), "Evenings");
        assert_eq!(thread.request_id.as_deref(), Some("r-1"));
        let coach = pb::CreateThreadRequest {
            counterpart: to(Which::Coach(true)),
            ..Default::default()
        };
        assert_eq!(NewThread::try_from(&coach).unwrap().counterpart, CounterpartId::Coach);

        let bad = pb::CreateThreadRequest {
            counterpart: to(Which::Coach(false)),
            title: "a\nb".into(),
            request_id: "x".repeat(101),
        };
        assert_eq!(
            fields(NewThread::try_from(&bad).unwrap_err()),
            ["counterpart.coach", "title", "request_id"]
        );
        let nobody = pb::CreateThreadRequest {
            counterpart: to(Which::PersonaId("not a uuid".into())),
            ..Default::default()
        };
        assert_eq!(
            fields(NewThread::try_from(&nobody).unwrap_err()),
            ["counterpart.persona_id"]
        );
        assert_eq!(
            fields(NewThread::try_from(&pb::CreateThreadRequest::default()).unwrap_err()),
            ["counterpart"]
        );
    }

    #[test]
    fn send_message_requests_are_checked_field_by_field() {
        let thread = uuid::Uuid::now_v7();
        let ok = pb::SendMessageRequest {
            thread_id: thread.to_string(),
            text: " How was my week? ".into(),
            request_id: String::new(),
        };
        let outgoing = Outgoing::try_from(&ok).unwrap();
        assert_eq!(
            (outgoing.thread_id, outgoing.text.as_str(), outgoing.request_id),
            (thread, "How was my week?", None)
        );
        let bad = pb::SendMessageRequest {
            thread_id: "nope".into(),
            text: "   ".into(),
            request_id: "x".repeat(101),
        };
        assert_eq!(
            fields(Outgoing::try_from(&bad).unwrap_err()),
            ["thread_id", "text", "request_id"]
        );
    }

    #[test]
    fn stored_names_are_allowed_by_the_schema() {
        let migration = include_str!("../../migrations/2026-11-23-000004_conversations_chat/up.sql");
        let names = MessageState::ALL.iter().map(|s| s.as_str());
        for name in names.chain(Author::ALL.iter().map(|a| a.as_str())) {
            assert!(migration.contains(&format!("'{name}'")), "{name}");
        }
    }
}
