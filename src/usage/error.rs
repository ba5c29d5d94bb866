use tonic::{Code, Status};

use super::ingest::IngestError;
use crate::error::{internal, status, DbError, FieldViolations};

#[derive(Debug, thiserror::Error)]
pub enum UsageError {
    #[error(transparent)]
    Invalid(#[from] FieldViolations),
    #[error("device not found")]
    DeviceNotFound,
    #[error("goal not found")]
    GoalNotFound,
    #[error("pattern not found")]
    PatternNotFound,
    #[error("upload not found")]
    UploadNotFound,
    #[error("app not found in the catalogue")]
    AppNotFound,
    #[error("upload is longer than the limit of {limit} records")]
    UploadTooLong { limit: u64 },
    #[error(transparent)]
    Ingest(#[from] IngestError),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<diesel::result::Error> for UsageError {
    fn from(err: diesel::result::Error) -> Self {
        UsageError::Db(err.into())
    }
}

impl From<crate::apps::catalogue::CatalogueError> for UsageError {
    fn from(err: crate::apps::catalogue::CatalogueError) -> Self {
        UsageError::Ingest(err.into())
    }
}

impl From<UsageError> for Status {
    fn from(err: UsageError) -> Status {
        let message = err.to_string();
        match err {
            UsageError::Invalid(violations) => violations.into(),
            UsageError::DeviceNotFound => status(Code::NotFound, "DEVICE_NOT_FOUND", message),
            UsageError::GoalNotFound => status(Code::NotFound, "GOAL_NOT_FOUND", message),
            UsageError::PatternNotFound => status(Code::NotFound, "PATTERN_NOT_FOUND", message),
            UsageError::UploadNotFound => status(Code::NotFound, "UPLOAD_NOT_FOUND", message),
            UsageError::AppNotFound => status(Code::NotFound, "APP_NOT_FOUND", message),
            UsageError::UploadTooLong { .. } => status(Code::ResourceExhausted, "UPLOAD_TOO_LONG", message),
            UsageError::Ingest(IngestError::Db(db)) | UsageError::Db(db) => db.into(),
            UsageError::Ingest(IngestError::Unavailable(cause)) => {
                tracing::warn!(%cause, "database unavailable during ingest");
                status(
                    Code::Unavailable,
                    "DATABASE_UNAVAILABLE",
                    "database unavailable, retry later",
                )
            }
            UsageError::Ingest(IngestError::TooManyUploadApps { .. }) => {
                status(Code::ResourceExhausted, "TOO_MANY_UPLOAD_APPS", message)
            }
            UsageError::Ingest(IngestError::TooManyUserApps { .. }) => {
                status(Code::ResourceExhausted, "TOO_MANY_APPS", message)
            }
            UsageError::Ingest(IngestError::DeviceGone) => status(Code::Aborted, "DEVICE_GONE", message),
            UsageError::Ingest(IngestError::Postgres(e)) => internal(&e),
        }
    }
}
