//! Visits: a device dropping in on a friend's, as requested and as stored.

use chrono::{DateTime, Duration, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Bool, Nullable, Text, Timestamptz};
use uuid::Uuid;

use super::*;
use crate::error::FieldViolations;
use crate::proto::social::v1 as pb;
use crate::proto::timestamp;
use crate::request;

/// The longest a visit may last.
pub const MAX_VISIT: Duration = Duration::days(7);
/// How far in the past a visit may start (clock skew of the caller).
pub const VISIT_START_SLACK: Duration = Duration::minutes(5);

/// StartVisit, every field valid.
#[derive(Debug, Clone)]
pub struct NewVisit {
    pub visiting_device_id: Uuid,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub conversation: bool,
    pub request_id: Option<String>,
}

impl NewVisit {
    pub fn parse(r: &pb::StartVisitRequest, now: DateTime<Utc>) -> Result<NewVisit, FieldViolations> {
        let mut v = FieldViolations::new();
        let device = request::uuid(&mut v, "visiting_device_id", &r.visiting_device_id);
        let request_id = request::request_id(&mut v, &r.request_id);
        let starts_at = match &r.start_time {
            None => Some(now),
            Some(ts) => match request::parse_time(ts) {
                Ok(at) if at < now - VISIT_START_SLACK => {
                    v.add("start_time", "must not be in the past");
                    None
                }
                Ok(at) => Some(at),
                Err(e) => {
                    v.add("start_time", e);
                    None
                }
            },
        };
        let ends_at = match &r.end_time {
            None => {
                v.add("end_time", "is required");
                None
            }
            Some(ts) => v.check("end_time", request::parse_time(ts)),
        };
        if let (Some(start), Some(end)) = (starts_at, ends_at) {
            if end <= start {
                v.add("end_time", "must be after start_time");
            } else if end - start > MAX_VISIT {
                v.add("end_time", "must be at most 7 days after start_time");
            }
        }
        match (device, starts_at, ends_at) {
            (Some(visiting_device_id), Some(starts_at), Some(ends_at)) if v.is_empty() => Ok(NewVisit {
                visiting_device_id,
                starts_at,
                ends_at,
                conversation: r.conversation,
                request_id,
            }),
            _ => Err(v),
        }
    }
}

/// A visit with the people and device it names.
#[derive(Debug, Clone, QueryableByName)]
pub struct VisitRow {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub host_id: Uuid,
    #[diesel(sql_type = Text)]
    pub host_name: String,
    #[diesel(sql_type = SqlUuid)]
    pub visitor_id: Uuid,
    #[diesel(sql_type = Text)]
    pub visitor_name: String,
    #[diesel(sql_type = SqlUuid)]
    pub device_id: Uuid,
    #[diesel(sql_type = Text)]
    pub device_name: String,
    #[diesel(sql_type = Text)]
    pub device_nickname: String,
    #[diesel(sql_type = Text)]
    pub device_personality: String,
    #[diesel(sql_type = Text)]
    pub device_type: String,
    #[diesel(sql_type = Timestamptz)]
    pub starts_at: DateTime<Utc>,
    #[diesel(sql_type = Timestamptz)]
    pub ends_at: DateTime<Utc>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub ended_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Bool)]
    pub conversation_requested: bool,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub host_conversation_id: Option<Uuid>,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub visitor_conversation_id: Option<Uuid>,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
}

impl VisitRow {
    pub fn is_over(&self, now: DateTime<Utc>) -> bool {
        self.ended_at.is_some() || self.ends_at <= now
    }

    pub fn visiting_device(&self) -> SharedDeviceRow {
        SharedDeviceRow {
            id: self.device_id,
            user_id: self.visitor_id,
            name: self.device_name.clone(),
            nickname: self.device_nickname.clone(),
            personality: self.device_personality.clone(),
            device_type: self.device_type.clone(),
        }
    }

    /// The visit as `caller` (its host or visitor) sees it.
    pub fn message(&self, caller: Uuid) -> pb::Visit {
        let conversation = if caller == self.host_id {
            self.host_conversation_id
        } else {
            self.visitor_conversation_id
        };
        pb::Visit {
            id: self.id.to_string(),
            host: Some(person(self.host_id, &self.host_name)),
            visitor: Some(person(self.visitor_id, &self.visitor_name)),
            visiting_device: Some((&self.visiting_device()).into()),
            start_time: Some(timestamp(self.starts_at)),
            end_time: Some(timestamp(self.ends_at)),
            ended_time: self.ended_at.map(timestamp),
            conversation_requested: self.conversation_requested,
            conversation_id: conversation.map(|c| c.to_string()).unwrap_or_default(),
            create_time: Some(timestamp(self.created_at)),
        }
    }
}
