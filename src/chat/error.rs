use std::collections::HashMap;

use tonic::{Code, Status};
use uuid::Uuid;

use super::counterpart::CounterpartId;
use crate::ai::AiError;
use crate::error::{status, status_with, DbError, FieldViolations};

#[derive(Debug, thiserror::Error)]
pub enum ChatError {
    #[error(transparent)]
    Invalid(#[from] FieldViolations),
    /// Missing, or another user's: the caller cannot tell which.
    #[error("chat thread not found")]
    ThreadNotFound { thread_id: Uuid },
    #[error("counterpart not found")]
    CounterpartNotFound(CounterpartId),
    /// A retry arrived while the first call is still writing the reply.
    #[error("the reply to this message is still being written; retry when it is done")]
    ReplyInProgress,
    #[error(transparent)]
    Ai(#[from] AiError),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<ChatError> for Status {
    fn from(err: ChatError) -> Status {
        let message = err.to_string();
        match err {
            ChatError::Invalid(violations) => violations.into(),
            ChatError::ThreadNotFound { thread_id } => status_with(
                Code::NotFound,
                "CHAT_THREAD_NOT_FOUND",
                message,
                HashMap::from([("thread_id".to_owned(), thread_id.to_string())]),
            ),
            ChatError::CounterpartNotFound(id) => {
                let (field, id) = match id {
                    CounterpartId::Device(id) => ("device_id", id.to_string()),
                    CounterpartId::DeviceApp(id) => ("device_app_id", id.to_string()),
                    // Everyone has a coach; kept for a match that names them all.
                    CounterpartId::Coach => ("coach", "true".to_owned()),
                    CounterpartId::Persona(id) => ("persona_id", id.to_string()),
                };
                status_with(
                    Code::NotFound,
                    "COUNTERPART_NOT_FOUND",
                    message,
                    HashMap::from([(field.to_owned(), id)]),
                )
            }
            ChatError::ReplyInProgress => status(Code::Aborted, "REPLY_IN_PROGRESS", message),
            ChatError::Ai(AiError::RateLimited) => status(Code::ResourceExhausted, "AI_RATE_LIMITED", message),
            ChatError::Ai(cause @ (AiError::Unavailable(_) | AiError::Timeout(_) | AiError::Malformed(_))) => {
                // The provider's words stay in the log.
                tracing::warn!(%cause, "AI provider failed");
                status(
                    Code::Unavailable,
                    "AI_UNAVAILABLE",
                    "the AI provider is unavailable, retry later",
                )
            }
            ChatError::Db(db) => db.into(),
        }
    }
}

impl From<diesel::result::Error> for ChatError {
    fn from(err: diesel::result::Error) -> Self {
        ChatError::Db(err.into())
    }
}

impl From<bb8::RunError<diesel_async::pooled_connection::PoolError>> for ChatError {
    fn from(err: bb8::RunError<diesel_async::pooled_connection::PoolError>) -> Self {
        ChatError::Db(err.into())
    }
}
