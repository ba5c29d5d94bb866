//! Threads and messages as stored, as validated input (`requests`), and as
//! sent. Authors and states are stored by lower-case name ("counterpart",
//! "cut_off").

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

mod requests;

pub use requests::*;

use super::counterpart::{Counterpart, CounterpartId};
use crate::proto::chat::v1 as pb;
use crate::proto::timestamp;
use crate::schema::{chat_messages, chat_threads};

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
    fn stored_names_are_allowed_by_the_schema() {
        let migration = include_str!("../../../migrations/2026-11-23-000004_conversations_chat/up.sql");
        let names = MessageState::ALL.iter().map(|s| s.as_str());
        for name in names.chain(Author::ALL.iter().map(|a| a.as_str())) {
            assert!(migration.contains(&format!("'{name}'")), "{name}");
        }
    }
}
