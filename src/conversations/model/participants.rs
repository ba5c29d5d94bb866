//! Who takes part in a conversation, as a request names them, as a
//! character and as stored.

use diesel::prelude::*;
use uuid::Uuid;

use crate::apps::model::DeviceApp;
use crate::devices::model::DeviceRow;
use crate::error::FieldViolations;
use crate::proto::conversations::v1 as pb;
use crate::request;
use crate::schema::conversation_participants;

/// Most participants a conversation may have.
pub const MAX_PARTICIPANTS: usize = 5;

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

    pub(super) fn device_id(self) -> Option<Uuid> {
        match self {
            ParticipantId::Device(id) => Some(id),
            ParticipantId::DeviceApp(_) => None,
        }
    }

    pub(super) fn device_app_id(self) -> Option<Uuid> {
        match self {
            ParticipantId::DeviceApp(id) => Some(id),
            ParticipantId::Device(_) => None,
        }
    }
}

pub(super) fn participant_message(
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
