//! Requests that name one conversation or journal, and ListRecent, checked.
//! A list's page is read by the handler: its token is bound to the caller
//! and signed with the server's key.

use uuid::Uuid;

use crate::error::FieldViolations;
use crate::proto::conversations::v1 as pb;
use crate::request;

/// The one id a request names, or its violation.
fn the_id(field: &str, raw: &str) -> Result<Uuid, FieldViolations> {
    let mut v = FieldViolations::new();
    request::uuid(&mut v, field, raw).ok_or(v)
}

/// The conversation GetConversation, DeleteConversation or ToggleFavorite
/// names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConversationRef(pub Uuid);

impl TryFrom<&pb::GetConversationRequest> for ConversationRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetConversationRequest) -> Result<Self, FieldViolations> {
        the_id("conversation_id", &r.conversation_id).map(Self)
    }
}

impl TryFrom<&pb::DeleteConversationRequest> for ConversationRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::DeleteConversationRequest) -> Result<Self, FieldViolations> {
        the_id("conversation_id", &r.conversation_id).map(Self)
    }
}

impl TryFrom<&pb::ToggleFavoriteRequest> for ConversationRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::ToggleFavoriteRequest) -> Result<Self, FieldViolations> {
        the_id("conversation_id", &r.conversation_id).map(Self)
    }
}

/// The journal GetJournal names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JournalRef(pub Uuid);

impl TryFrom<&pb::GetJournalRequest> for JournalRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetJournalRequest) -> Result<Self, FieldViolations> {
        the_id("journal_id", &r.journal_id).map(Self)
    }
}

/// ListRecent: how many of the newest conversations, 10 unless given and
/// at most 50; it has no pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recent {
    pub limit: i64,
}

impl Recent {
    pub const DEFAULT: i64 = 10;
    pub const MAX: i64 = 50;
}

impl TryFrom<&pb::ListRecentRequest> for Recent {
    type Error = FieldViolations;

    fn try_from(r: &pb::ListRecentRequest) -> Result<Self, FieldViolations> {
        let limit = match r.limit {
            n if n < 0 => {
                let mut v = FieldViolations::new();
                v.add("limit", "must not be negative");
                return Err(v);
            }
            0 => Self::DEFAULT,
            n => i64::from(n).min(Self::MAX),
        };
        Ok(Self { limit })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(err: FieldViolations) -> Vec<String> {
        err.fields().map(str::to_owned).collect()
    }

    #[test]
    fn requests_naming_one_conversation_or_journal() {
        let id = Uuid::now_v7();
        let get = pb::GetConversationRequest {
            conversation_id: id.to_string(),
        };
        assert_eq!(ConversationRef::try_from(&get).unwrap(), ConversationRef(id));
        let bad_get = pb::GetConversationRequest {
            conversation_id: "nope".into(),
        };
        assert_eq!(
            fields(ConversationRef::try_from(&bad_get).unwrap_err()),
            ["conversation_id"]
        );
        let delete = pb::DeleteConversationRequest {
            conversation_id: id.to_string(),
        };
        assert_eq!(ConversationRef::try_from(&delete).unwrap(), ConversationRef(id));
        let bad_delete = pb::DeleteConversationRequest::default();
        assert_eq!(
            fields(ConversationRef::try_from(&bad_delete).unwrap_err()),
            ["conversation_id"]
        );
        let favorite = pb::ToggleFavoriteRequest {
            conversation_id: id.to_string(),
        };
        assert_eq!(ConversationRef::try_from(&favorite).unwrap(), ConversationRef(id));
        let bad_favorite = pb::ToggleFavoriteRequest {
            conversation_id: "1".into(),
        };
        assert_eq!(
            fields(ConversationRef::try_from(&bad_favorite).unwrap_err()),
            ["conversation_id"]
        );

        let journal = pb::GetJournalRequest {
            journal_id: id.to_string(),
        };
        assert_eq!(JournalRef::try_from(&journal).unwrap(), JournalRef(id));
        let bad_journal = pb::GetJournalRequest { journal_id: "x".into() };
        assert_eq!(fields(JournalRef::try_from(&bad_journal).unwrap_err()), ["journal_id"]);
    }

    #[test]
    fn recent_limits_default_cap_and_refuse_negatives() {
        let recent = |limit| Recent::try_from(&pb::ListRecentRequest { limit });
        assert_eq!(recent(0).unwrap().limit, 10);
        assert_eq!(recent(7).unwrap().limit, 7);
        assert_eq!(recent(500).unwrap().limit, 50);
        assert_eq!(fields(recent(-1).unwrap_err()), ["limit"]);
    }
}
