use tonic::{Code, Status};

use super::crypto::SealError;
use crate::error::{status, DbError, FieldViolations};

#[derive(Debug, thiserror::Error)]
pub enum SourcesError {
    #[error(transparent)]
    Invalid(#[from] FieldViolations),
    #[error("external source not found")]
    NotFound,
    #[error("an external source with this name exists")]
    NameTaken,
    #[error("the source is disabled; enable it to sync")]
    Disabled,
    #[error("a sync of this source is under way")]
    SyncUnderWay,
    /// The configured sources key is unusable (the settings check should
    /// have refused it at start).
    #[error(transparent)]
    Key(#[from] SealError),
    /// The sync's task ended without an answer (a panic).
    #[error("the sync stopped unexpectedly: {0}")]
    Aborted(String),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<SourcesError> for Status {
    fn from(err: SourcesError) -> Status {
        let message = err.to_string();
        match err {
            SourcesError::Invalid(violations) => violations.into(),
            SourcesError::NotFound => status(Code::NotFound, "SOURCE_NOT_FOUND", message),
            SourcesError::NameTaken => status(Code::AlreadyExists, "SOURCE_NAME_TAKEN", message),
            SourcesError::Disabled => status(Code::FailedPrecondition, "SOURCE_DISABLED", message),
            SourcesError::SyncUnderWay => status(Code::FailedPrecondition, "SYNC_UNDER_WAY", message),
            SourcesError::Key(err) => crate::error::internal(&err),
            SourcesError::Aborted(cause) => {
                tracing::error!(%cause, "a sync stopped unexpectedly");
                status(Code::Internal, "INTERNAL", "internal error")
            }
            SourcesError::Db(err) => err.into(),
        }
    }
}

impl From<diesel::result::Error> for SourcesError {
    fn from(err: diesel::result::Error) -> Self {
        SourcesError::Db(err.into())
    }
}

impl From<bb8::RunError<diesel_async::pooled_connection::PoolError>> for SourcesError {
    fn from(err: bb8::RunError<diesel_async::pooled_connection::PoolError>) -> Self {
        SourcesError::Db(err.into())
    }
}

impl SourcesError {
    /// A missing row is a missing source.
    pub fn or_missing(err: DbError) -> SourcesError {
        match err {
            DbError::NotFound => SourcesError::NotFound,
            other => SourcesError::Db(other),
        }
    }

    /// The only unique value of a source besides its id is its name.
    pub fn or_taken(err: DbError) -> SourcesError {
        match err {
            DbError::UniqueViolation { .. } => SourcesError::NameTaken,
            other => SourcesError::or_missing(other),
        }
    }
}
