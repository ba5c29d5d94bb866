use tonic::{Code, Status};

use crate::error::{status, DbError, FieldViolations};

#[derive(Debug, thiserror::Error)]
pub enum AppsError {
    #[error(transparent)]
    Invalid(#[from] FieldViolations),
    #[error("app not found")]
    AppNotFound,
    /// The device does not exist or is not the caller's.
    #[error("device not found")]
    DeviceNotFound,
    /// The device app does not exist or is not the caller's.
    #[error("device app not found")]
    DeviceAppNotFound,
    #[error("app relationship not found")]
    RelationshipNotFound,
    #[error("these two device apps are already related")]
    RelationshipExists,
    /// The user's devices already reported as many distinct apps as allowed.
    #[error("at most {limit} distinct apps per user")]
    TooManyApps { limit: u32 },
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<super::catalogue::CatalogueError> for AppsError {
    fn from(err: super::catalogue::CatalogueError) -> Self {
        match err {
            super::catalogue::CatalogueError::Db(db) => AppsError::Db(db),
            super::catalogue::CatalogueError::TooManyApps { limit } => AppsError::TooManyApps { limit },
        }
    }
}

impl From<AppsError> for Status {
    fn from(err: AppsError) -> Status {
        let message = err.to_string();
        match err {
            AppsError::Invalid(violations) => violations.into(),
            AppsError::AppNotFound => status(Code::NotFound, "APP_NOT_FOUND", message),
            AppsError::DeviceNotFound => status(Code::NotFound, "DEVICE_NOT_FOUND", message),
            AppsError::DeviceAppNotFound => status(Code::NotFound, "DEVICE_APP_NOT_FOUND", message),
            AppsError::RelationshipNotFound => status(Code::NotFound, "APP_RELATIONSHIP_NOT_FOUND", message),
            AppsError::RelationshipExists => status(Code::AlreadyExists, "APP_RELATIONSHIP_EXISTS", message),
            AppsError::TooManyApps { .. } => status(Code::ResourceExhausted, "TOO_MANY_APPS", message),
            AppsError::Db(db) => db.into(),
        }
    }
}

impl From<diesel::result::Error> for AppsError {
    fn from(err: diesel::result::Error) -> Self {
        AppsError::Db(err.into())
    }
}

/// Maps "no row" of a query scoped to the caller to the domain's not-found.
pub(crate) fn or_not_found(missing: AppsError) -> impl FnOnce(DbError) -> AppsError {
    move |err| match err {
        DbError::NotFound => missing,
        other => AppsError::Db(other),
    }
}
