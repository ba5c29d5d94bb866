use std::collections::HashMap;

use tonic::{Code, Status};

use crate::ai::AiError;
use crate::error::{status, status_with, DbError, FieldViolations};

#[derive(Debug, thiserror::Error)]
pub enum ConversationsError {
    #[error(transparent)]
    Invalid(#[from] FieldViolations),
    /// Missing, or another user's: the caller cannot tell which.
    #[error("conversation not found")]
    ConversationNotFound,
    #[error("journal not found")]
    JournalNotFound,
    /// A named device or device app is missing or another user's; `field`
    /// says which of the request's participants.
    #[error("participant not found")]
    ParticipantNotFound { field: String },
    /// No participants were named and the user has fewer than two devices
    /// and device apps to pick from.
    #[error("a conversation needs two participants; add a device or an app first")]
    NotEnoughParticipants,
    #[error(transparent)]
    Ai(#[from] AiError),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<ConversationsError> for Status {
    fn from(err: ConversationsError) -> Status {
        let message = err.to_string();
        match err {
            ConversationsError::Invalid(violations) => violations.into(),
            ConversationsError::ConversationNotFound => status(Code::NotFound, "CONVERSATION_NOT_FOUND", message),
            ConversationsError::JournalNotFound => status(Code::NotFound, "JOURNAL_NOT_FOUND", message),
            ConversationsError::ParticipantNotFound { field } => status_with(
                Code::NotFound,
                "PARTICIPANT_NOT_FOUND",
                message,
                HashMap::from([("field".to_owned(), field)]),
            ),
            ConversationsError::NotEnoughParticipants => {
                status(Code::FailedPrecondition, "NOT_ENOUGH_PARTICIPANTS", message)
            }
            ConversationsError::Ai(AiError::RateLimited) => status(Code::ResourceExhausted, "AI_RATE_LIMITED", message),
            // A malformed answer is the provider's fault, like an outage:
            // the client may retry.
            ConversationsError::Ai(ai @ (AiError::Unavailable(_) | AiError::Timeout(_) | AiError::Malformed(_))) => {
                tracing::warn!(error = %ai, "AI provider failed");
                status(
                    Code::Unavailable,
                    "AI_UNAVAILABLE",
                    "the AI provider is unavailable, retry later",
                )
            }
            ConversationsError::Db(db) => db.into(),
        }
    }
}

impl From<diesel::result::Error> for ConversationsError {
    fn from(err: diesel::result::Error) -> Self {
        ConversationsError::Db(err.into())
    }
}

/// Maps "no row" of a query scoped to the caller to the domain's not-found.
pub(crate) fn or_not_found(missing: ConversationsError) -> impl FnOnce(DbError) -> ConversationsError {
    move |err| match err {
        DbError::NotFound => missing,
        other => ConversationsError::Db(other),
    }
}
