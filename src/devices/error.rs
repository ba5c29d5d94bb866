use std::collections::HashMap;

use tonic::{Code, Status};
use uuid::Uuid;

use crate::error::{status, status_with, DbError, FieldViolations};

#[derive(Debug, thiserror::Error)]
pub enum DevicesError {
    #[error(transparent)]
    Invalid(#[from] FieldViolations),
    /// Missing, or another user's: the caller cannot tell which.
    #[error("device not found")]
    DeviceNotFound { device_id: Uuid },
    #[error("device relationship not found")]
    RelationshipNotFound,
    #[error("these two devices are already related")]
    RelationshipExists,
    /// Another call made a different device primary at the same time.
    #[error("the primary device changed concurrently; retry")]
    PrimaryChanged,
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<DevicesError> for Status {
    fn from(err: DevicesError) -> Status {
        let message = err.to_string();
        match err {
            DevicesError::Invalid(violations) => violations.into(),
            DevicesError::DeviceNotFound { device_id } => status_with(
                Code::NotFound,
                "DEVICE_NOT_FOUND",
                message,
                HashMap::from([("device_id".to_owned(), device_id.to_string())]),
            ),
            DevicesError::RelationshipNotFound => status(Code::NotFound, "DEVICE_RELATIONSHIP_NOT_FOUND", message),
            DevicesError::RelationshipExists => status(Code::AlreadyExists, "DEVICE_RELATIONSHIP_EXISTS", message),
            DevicesError::PrimaryChanged => status(Code::Aborted, "PRIMARY_DEVICE_CHANGED", message),
            DevicesError::Db(db) => db.into(),
        }
    }
}

impl From<diesel::result::Error> for DevicesError {
    fn from(err: diesel::result::Error) -> Self {
        DevicesError::Db(err.into())
    }
}
