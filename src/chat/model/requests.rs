//! Chat requests, checked: every field valid, or every bad field named.
//! A list's page is read by the handler: its token is bound to the caller
//! and signed with the server's key.

use uuid::Uuid;

use crate::chat::counterpart::CounterpartId;
use crate::error::FieldViolations;
use crate::proto::chat::v1 as pb;
use crate::request::{self, Text};

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

/// The thread GetThread or DeleteThread names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThreadRef(pub Uuid);

impl ThreadRef {
    fn parse(raw: &str) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        request::uuid(&mut v, "thread_id", raw).map(Self).ok_or(v)
    }
}

impl TryFrom<&pb::GetThreadRequest> for ThreadRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetThreadRequest) -> Result<Self, FieldViolations> {
        Self::parse(&r.thread_id)
    }
}

impl TryFrom<&pb::DeleteThreadRequest> for ThreadRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::DeleteThreadRequest) -> Result<Self, FieldViolations> {
        Self::parse(&r.thread_id)
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
    fn get_and_delete_thread_requests_name_the_thread() {
        let thread = uuid::Uuid::now_v7();
        let get = pb::GetThreadRequest {
            thread_id: thread.to_string(),
        };
        assert_eq!(ThreadRef::try_from(&get).unwrap(), ThreadRef(thread));
        let bad_get = pb::GetThreadRequest {
            thread_id: "nope".into(),
        };
        assert_eq!(fields(ThreadRef::try_from(&bad_get).unwrap_err()), ["thread_id"]);
        let delete = pb::DeleteThreadRequest {
            thread_id: thread.to_string(),
        };
        assert_eq!(ThreadRef::try_from(&delete).unwrap(), ThreadRef(thread));
        let bad_delete = pb::DeleteThreadRequest::default();
        assert_eq!(fields(ThreadRef::try_from(&bad_delete).unwrap_err()), ["thread_id"]);
    }
}
