//! Friend requests and friendships, blocks, and devices as friends see them.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Nullable, Text, Timestamptz};
use uuid::Uuid;

use super::*;
use crate::devices::model::DeviceRow;
use crate::error::FieldViolations;
use crate::proto::social::v1 as pb;
use crate::proto::timestamp;
use crate::request;

/// RespondToFriendRequest: which request, and whether it is accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FriendAnswer {
    pub friend_request_id: Uuid,
    pub accept: bool,
}

impl TryFrom<&pb::RespondToFriendRequestRequest> for FriendAnswer {
    type Error = FieldViolations;

    fn try_from(r: &pb::RespondToFriendRequestRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let id = request::uuid(&mut v, "friend_request_id", &r.friend_request_id);
        let accept = match pb::FriendResponse::try_from(r.response) {
            Ok(pb::FriendResponse::Accept) => Some(true),
            Ok(pb::FriendResponse::Decline) => Some(false),
            Ok(pb::FriendResponse::Unspecified) => {
                v.add("response", "must be specified");
                None
            }
            Err(_) => {
                v.add("response", "is not a known value");
                None
            }
        };
        match (id, accept) {
            (Some(friend_request_id), Some(accept)) => Ok(Self {
                friend_request_id,
                accept,
            }),
            _ => Err(v),
        }
    }
}

/// Whom a friend request is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FriendTarget {
    Email(String),
    UserId(Uuid),
}

impl FriendTarget {
    /// The address as the sender named it, for an invite.
    pub fn address(&self) -> String {
        match self {
            FriendTarget::Email(email) => email.clone(),
            FriendTarget::UserId(id) => id.to_string(),
        }
    }

    pub fn parse(r: &pb::SendFriendRequestRequest) -> Result<FriendTarget, FieldViolations> {
        use pb::send_friend_request_request::To;
        let mut v = FieldViolations::new();
        let target = match &r.to {
            Some(To::Email(email)) => {
                let email = email.trim().to_lowercase();
                if email.is_empty() || !email.contains('@') || email.len() > 254 {
                    v.add("email", "must be an email address");
                } else {
                    request::text(&mut v, "email", &email, 254, request::Text::Line);
                }
                FriendTarget::Email(email)
            }
            Some(To::UserId(raw)) => match request::uuid(&mut v, "user_id", raw) {
                Some(id) => FriendTarget::UserId(id),
                None => return Err(v),
            },
            None => {
                v.add("to", "must name an email or a user_id");
                return Err(v);
            }
        };
        v.into_result().map(|()| target)
    }

    /// The request field that named the target.
    pub fn field(&self) -> &'static str {
        match self {
            FriendTarget::Email(_) => "email",
            FriendTarget::UserId(_) => "user_id",
        }
    }
}

crate::stored_enum! {
    /// Where a friend request stands.
    pub enum FriendshipStatus: pb::FriendshipStatus {
        Pending => "pending",
        Accepted => "accepted",
        Declined => "declined",
    }
}

/// A friendship row with both people's names.
#[derive(Debug, Clone, QueryableByName)]
pub struct FriendshipRow {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub requester_id: Uuid,
    #[diesel(sql_type = Text)]
    pub requester_name: String,
    #[diesel(sql_type = SqlUuid)]
    pub addressee_id: Uuid,
    #[diesel(sql_type = Text)]
    pub addressee_name: String,
    #[diesel(sql_type = Text)]
    pub status: String,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub responded_at: Option<DateTime<Utc>>,
}

impl FriendshipRow {
    pub fn status(&self) -> FriendshipStatus {
        FriendshipStatus::from_stored(&self.status).unwrap_or(FriendshipStatus::Declined)
    }

    /// The other person of the pair, as `caller` sees them.
    pub fn other(&self, caller: Uuid) -> pb::Person {
        if self.requester_id == caller {
            person(self.addressee_id, &self.addressee_name)
        } else {
            person(self.requester_id, &self.requester_name)
        }
    }

    pub fn as_friend(&self, caller: Uuid) -> pb::Friend {
        pb::Friend {
            person: Some(self.other(caller)),
            friend_request_id: self.id.to_string(),
            friends_since: self.responded_at.map(timestamp),
        }
    }
}

pub fn person(id: Uuid, name: &str) -> pb::Person {
    pb::Person {
        user_id: id.to_string(),
        display_name: name.to_owned(),
    }
}

impl FriendshipRow {
    /// The request as `caller` sees it. The addressee of a pending request
    /// is not shown to its requester (an empty person) until they accept:
    /// a request to an address without an account looks the same, so
    /// sending one tells nobody whether the address has an account.
    pub fn seen_by(self, caller: Uuid) -> pb::FriendRequest {
        let status = self.status();
        let hidden = status == FriendshipStatus::Pending && self.requester_id == caller;
        pb::FriendRequest {
            id: self.id.to_string(),
            requester: Some(person(self.requester_id, &self.requester_name)),
            addressee: Some(if hidden {
                pb::Person::default()
            } else {
                person(self.addressee_id, &self.addressee_name)
            }),
            status: pb::FriendshipStatus::from(status) as i32,
            create_time: Some(timestamp(self.created_at)),
            respond_time: self.responded_at.map(timestamp),
        }
    }
}

/// A user as another sees them, with when they were blocked.
#[derive(Debug, Clone, QueryableByName)]
pub struct BlockedRow {
    #[diesel(sql_type = SqlUuid)]
    pub user_id: Uuid,
    #[diesel(sql_type = Text)]
    pub display_name: String,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
}

/// A device as friends see it.
#[derive(Debug, Clone)]
pub struct SharedDeviceRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub name: String,
    pub nickname: String,
    pub personality: String,
    pub device_type: String,
}

impl From<DeviceRow> for SharedDeviceRow {
    fn from(d: DeviceRow) -> Self {
        SharedDeviceRow {
            id: d.id,
            user_id: d.user_id,
            name: d.name,
            nickname: d.nickname,
            personality: d.personality,
            device_type: d.device_type,
        }
    }
}

impl SharedDeviceRow {
    pub fn display_name(&self) -> &str {
        if self.nickname.is_empty() {
            &self.name
        } else {
            &self.nickname
        }
    }
}

impl From<&SharedDeviceRow> for pb::SharedDevice {
    fn from(d: &SharedDeviceRow) -> Self {
        pb::SharedDevice {
            device_id: d.id.to_string(),
            name: d.display_name().to_owned(),
            personality: d.personality.clone(),
            device_type: d.device_type.clone(),
        }
    }
}
