//! Requests, checked: every field valid, or every bad field named. Whose
//! data a call may name depends on the caller, so that stays with the
//! handler.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use super::{MessageKind, MessageStatus, NewEvent, MAX_EVENTS_PER_BATCH};
use crate::engagement::templates::{self, Utility};
use crate::error::FieldViolations;
use crate::proto::engagement::v1 as pb;
use crate::request;

/// Entries, key and value lengths of SendUtility's data.
pub const MAX_DATA_ENTRIES: usize = 20;
pub const MAX_DATA_KEY_CHARS: usize = 64;
pub const MAX_DATA_VALUE_CHARS: usize = 500;
pub const MAX_DEDUPE_KEY_CHARS: usize = 200;
pub const MAX_TEMPLATE_CHARS: usize = 64;

/// RecordEvent and RecordEvents, checked as of `now` (an event's time is
/// bounded by it): the events to record.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvents {
    pub events: Vec<NewEvent>,
}

impl NewEvents {
    pub fn single(r: &pb::RecordEventRequest, now: DateTime<Utc>) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let event = match &r.event {
            Some(event) => NewEvent::check(&mut v, "event", event, now),
            None => {
                v.add("event", "is required");
                None
            }
        };
        match event.filter(|_| v.is_empty()) {
            Some(event) => Ok(Self { events: vec![event] }),
            None => Err(v),
        }
    }

    /// 1 to [`MAX_EVENTS_PER_BATCH`] events, counted before any is read.
    pub fn batch(r: &pb::RecordEventsRequest, now: DateTime<Utc>) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let mut events = Vec::new();
        if r.events.is_empty() {
            v.add("events", "must have at least one element");
        } else if request::count(&mut v, "events", &r.events, MAX_EVENTS_PER_BATCH) {
            for (i, event) in r.events.iter().enumerate() {
                if let Some(event) = NewEvent::check(&mut v, &format!("events[{i}]"), event, now) {
                    events.push(event);
                }
            }
        }
        v.into_result()?;
        Ok(Self { events })
    }
}

/// GetEngagementProfile, checked: whose profile (None: the caller's), and
/// whether to recompute it first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProfileQuery {
    pub user_id: Option<Uuid>,
    pub recompute: bool,
}

impl TryFrom<&pb::GetEngagementProfileRequest> for ProfileQuery {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetEngagementProfileRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let user_id = request::optional_uuid(&mut v, "user_id", &r.user_id);
        v.into_result()?;
        Ok(Self {
            user_id,
            recompute: r.recompute,
        })
    }
}

/// UpdateMessageStatus, checked: which message, and the status a receipt
/// may report (delivered or clicked; the rest are the server's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusReceipt {
    pub message_id: Uuid,
    pub status: MessageStatus,
}

impl TryFrom<&pb::UpdateMessageStatusRequest> for StatusReceipt {
    type Error = FieldViolations;

    fn try_from(r: &pb::UpdateMessageStatusRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let message_id = request::uuid(&mut v, "message_id", &r.message_id);
        let status = match MessageStatus::from_wire(r.status) {
            Ok(s @ (MessageStatus::Delivered | MessageStatus::Clicked)) => Some(s),
            Ok(_) => {
                v.add("status", "must be DELIVERED or CLICKED");
                None
            }
            Err(why) => {
                v.add("status", why);
                None
            }
        };
        match (message_id, status, v.is_empty()) {
            (Some(message_id), Some(status), true) => Ok(Self { message_id, status }),
            _ => Err(v),
        }
    }
}

/// GetEngagementMetrics, checked as of `now`: messages sent in
/// [start, end) (unset: the 30 days before `now`), of one kind or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MetricsWindow {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub kind: Option<MessageKind>,
}

impl MetricsWindow {
    pub fn check(r: &pb::GetEngagementMetricsRequest, now: DateTime<Utc>) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let start = request::time(&mut v, "start_time", r.start_time.as_ref());
        let end = request::time(&mut v, "end_time", r.end_time.as_ref());
        let kind = v.check("kind", MessageKind::optional(r.kind));
        let end = end.map(|e| e.unwrap_or(now));
        let start = start.map(|s| s.unwrap_or(now - Duration::days(30)));
        if let (Some(start), Some(end)) = (start, end) {
            if start >= end {
                v.add("end_time", "must be after start_time");
            }
        }
        match (start, end, kind, v.is_empty()) {
            (Some(start), Some(end), Some(kind), true) => Ok(Self { start, end, kind }),
            _ => Err(v),
        }
    }
}

/// SendUtility, checked: the user, the utility kind, its text rendered from
/// the data, the data itself, and the optional dedupe key. Whether the user
/// exists is the handler's to ask.
#[derive(Debug, Clone)]
pub struct UtilityMessage {
    pub user_id: Uuid,
    pub utility: &'static Utility,
    pub content: String,
    pub data: HashMap<String, String>,
    pub dedupe_key: Option<String>,
}

impl TryFrom<&pb::SendUtilityRequest> for UtilityMessage {
    type Error = FieldViolations;

    fn try_from(r: &pb::SendUtilityRequest) -> Result<Self, FieldViolations> {
        // Lengths first, before any lookup.
        let mut v = FieldViolations::new();
        let user_id = request::uuid(&mut v, "user_id", &r.user_id);
        let kind_ok = request::text(&mut v, "kind", &r.kind, MAX_TEMPLATE_CHARS, request::Text::Line);
        let dedupe_key = request::optional_text(&mut v, "dedupe_key", &r.dedupe_key, MAX_DEDUPE_KEY_CHARS);
        let data = utility_data(&mut v, &r.data);
        let utility = if kind_ok {
            let found = templates::utility(&r.kind);
            if found.is_none() {
                let known: Vec<&str> = templates::UTILITIES.iter().map(|u| u.kind).collect();
                v.add("kind", format!("must be one of: {}", known.join(", ")));
            }
            found
        } else {
            None
        };
        let content = utility.and_then(|u| match templates::render(u.text, &data) {
            Ok(text) => Some(text),
            Err(missing) => {
                v.add(format!("data.{missing}"), "is required by this kind");
                None
            }
        });
        match (user_id, utility, content, v.is_empty()) {
            (Some(user_id), Some(utility), Some(content), true) => Ok(Self {
                user_id,
                utility,
                content,
                data,
                dedupe_key,
            }),
            _ => Err(v),
        }
    }
}

/// A utility's data: counted first, then key by key in key order.
fn utility_data(v: &mut FieldViolations, raw: &HashMap<String, String>) -> HashMap<String, String> {
    let mut data = HashMap::new();
    if raw.len() > MAX_DATA_ENTRIES {
        v.add("data", format!("must have at most {MAX_DATA_ENTRIES} entries"));
        return data;
    }
    let mut keys: Vec<&String> = raw.keys().collect();
    keys.sort();
    for key in keys {
        let value = &raw[key];
        let field = format!("data.{}", key.chars().take(MAX_DATA_KEY_CHARS).collect::<String>());
        if key.is_empty() || !request::text(v, "data", key, MAX_DATA_KEY_CHARS, request::Text::Line) {
            v.add("data", "keys must be 1 to 64 characters");
            continue;
        }
        // Kept even when refused, so the template names only what is missing.
        request::text(v, &field, value, MAX_DATA_VALUE_CHARS, request::Text::Line);
        data.insert(key.clone(), value.clone());
    }
    data
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::timestamp;

    fn fields(v: FieldViolations) -> Vec<String> {
        v.fields().map(str::to_owned).collect()
    }

    fn event(name: &str) -> pb::ActivityEvent {
        pb::ActivityEvent {
            name: name.into(),
            properties: None,
            time: None,
        }
    }

    #[test]
    fn record_event_requests_are_checked_field_by_field() {
        let now = Utc::now();
        let one = NewEvents::single(
            &pb::RecordEventRequest {
                event: Some(event("viewed_menu")),
            },
            now,
        )
        .unwrap();
        assert_eq!(one.events.len(), 1);
        assert_eq!((one.events[0].name.as_str(), one.events[0].at), ("viewed_menu", now));
        let bad = pb::RecordEventRequest {
            event: Some(pb::ActivityEvent {
                time: Some(timestamp(now - Duration::days(31))),
                ..event("Viewed Menu")
            }),
        };
        assert_eq!(
            fields(NewEvents::single(&bad, now).unwrap_err()),
            ["event.name", "event.time"]
        );
        assert_eq!(
            fields(NewEvents::single(&pb::RecordEventRequest::default(), now).unwrap_err()),
            ["event"]
        );
    }

    #[test]
    fn record_events_requests_are_counted_then_checked_one_by_one() {
        let now = Utc::now();
        let batch = NewEvents::batch(
            &pb::RecordEventsRequest {
                events: vec![event("a"), event("b.c")],
            },
            now,
        )
        .unwrap();
        let names: Vec<&str> = batch.events.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["a", "b.c"]);
        let bad = pb::RecordEventsRequest {
            events: vec![
                event("ok"),
                event(""),
                pb::ActivityEvent {
                    time: Some(timestamp(now + Duration::hours(1))),
                    ..event("late")
                },
            ],
        };
        assert_eq!(
            fields(NewEvents::batch(&bad, now).unwrap_err()),
            ["events[1].name", "events[2].time"]
        );
        let none = pb::RecordEventsRequest::default();
        assert_eq!(fields(NewEvents::batch(&none, now).unwrap_err()), ["events"]);
        let too_many = pb::RecordEventsRequest {
            events: vec![event(""); MAX_EVENTS_PER_BATCH + 1],
        };
        assert_eq!(fields(NewEvents::batch(&too_many, now).unwrap_err()), ["events"]);
    }

    #[test]
    fn profile_and_status_requests_are_checked() {
        let id = Uuid::now_v7();
        let query = ProfileQuery::try_from(&pb::GetEngagementProfileRequest {
            user_id: id.to_string(),
            recompute: true,
        })
        .unwrap();
        assert_eq!(
            query,
            ProfileQuery {
                user_id: Some(id),
                recompute: true
            }
        );
        let own = ProfileQuery::try_from(&pb::GetEngagementProfileRequest::default()).unwrap();
        assert_eq!(own.user_id, None);
        let bad = pb::GetEngagementProfileRequest {
            user_id: "me".into(),
            recompute: false,
        };
        assert_eq!(fields(ProfileQuery::try_from(&bad).unwrap_err()), ["user_id"]);

        let receipt = StatusReceipt::try_from(&pb::UpdateMessageStatusRequest {
            message_id: id.to_string(),
            status: pb::MessageStatus::Clicked as i32,
        })
        .unwrap();
        assert_eq!(
            receipt,
            StatusReceipt {
                message_id: id,
                status: MessageStatus::Clicked
            }
        );
        let bad = pb::UpdateMessageStatusRequest {
            message_id: String::new(),
            status: pb::MessageStatus::Sent as i32,
        };
        assert_eq!(
            fields(StatusReceipt::try_from(&bad).unwrap_err()),
            ["message_id", "status"]
        );
        let unknown = pb::UpdateMessageStatusRequest {
            message_id: id.to_string(),
            status: 99,
        };
        assert_eq!(fields(StatusReceipt::try_from(&unknown).unwrap_err()), ["status"]);
    }

    #[test]
    fn metrics_windows_default_to_30_days_and_must_move_forward() {
        let now = Utc::now();
        let window = MetricsWindow::check(&pb::GetEngagementMetricsRequest::default(), now).unwrap();
        assert_eq!(
            window,
            MetricsWindow {
                start: now - Duration::days(30),
                end: now,
                kind: None
            }
        );
        let utility = pb::GetEngagementMetricsRequest {
            kind: pb::MessageKind::UserUtility as i32,
            ..Default::default()
        };
        assert_eq!(
            MetricsWindow::check(&utility, now).unwrap().kind,
            Some(MessageKind::UserUtility)
        );
        let backwards = pb::GetEngagementMetricsRequest {
            start_time: Some(timestamp(now)),
            end_time: Some(timestamp(now - Duration::days(1))),
            kind: 7,
        };
        assert_eq!(
            fields(MetricsWindow::check(&backwards, now).unwrap_err()),
            ["kind", "end_time"]
        );
        let out_of_range = pb::GetEngagementMetricsRequest {
            start_time: Some(prost_types::Timestamp {
                seconds: i64::MAX,
                nanos: 0,
            }),
            end_time: Some(prost_types::Timestamp {
                seconds: i64::MIN,
                nanos: 0,
            }),
            kind: 0,
        };
        assert_eq!(
            fields(MetricsWindow::check(&out_of_range, now).unwrap_err()),
            ["start_time", "end_time"]
        );
    }

    #[test]
    fn send_utility_requests_are_checked_field_by_field() {
        let id = Uuid::now_v7();
        let ok = pb::SendUtilityRequest {
            user_id: id.to_string(),
            kind: "payment_due".into(),
            data: HashMap::from([
                ("amount".to_owned(), "€12".to_owned()),
                ("date".to_owned(), "1 May".to_owned()),
            ]),
            dedupe_key: "invoice-7".into(),
        };
        let message = UtilityMessage::try_from(&ok).unwrap();
        assert_eq!(message.user_id, id);
        assert_eq!(message.utility.kind, "payment_due");
        assert_eq!(message.content, "Your payment of €12 is due on 1 May.");
        assert_eq!(message.data, ok.data);
        assert_eq!(message.dedupe_key.as_deref(), Some("invoice-7"));

        let bad = pb::SendUtilityRequest {
            user_id: "someone".into(),
            kind: "launch_missiles".into(),
            data: HashMap::from([
                (String::new(), "x".to_owned()),
                ("note".to_owned(), "a\u{7}".to_owned()),
            ]),
            dedupe_key: "k".repeat(MAX_DEDUPE_KEY_CHARS + 1),
        };
        assert_eq!(
            fields(UtilityMessage::try_from(&bad).unwrap_err()),
            ["user_id", "dedupe_key", "data", "data.note", "kind"]
        );
        let missing = pb::SendUtilityRequest {
            user_id: id.to_string(),
            kind: "payment_due".into(),
            data: HashMap::from([("amount".to_owned(), "€12".to_owned())]),
            dedupe_key: String::new(),
        };
        assert_eq!(fields(UtilityMessage::try_from(&missing).unwrap_err()), ["data.date"]);
        let crowded = pb::SendUtilityRequest {
            data: (0..=MAX_DATA_ENTRIES)
                .map(|i| (format!("k{i}"), String::new()))
                .collect(),
            ..missing
        };
        assert_eq!(
            fields(UtilityMessage::try_from(&crowded).unwrap_err()),
            ["data", "data.amount"]
        );
    }
}
