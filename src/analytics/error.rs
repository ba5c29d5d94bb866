use tonic::Status;

use crate::error::{DbError, FieldViolations};

#[derive(Debug, thiserror::Error)]
pub enum AnalyticsError {
    #[error(transparent)]
    Invalid(#[from] FieldViolations),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<diesel::result::Error> for AnalyticsError {
    fn from(err: diesel::result::Error) -> Self {
        AnalyticsError::Db(err.into())
    }
}

impl From<AnalyticsError> for Status {
    fn from(err: AnalyticsError) -> Status {
        match err {
            AnalyticsError::Invalid(violations) => violations.into(),
            AnalyticsError::Db(db) => db.into(),
        }
    }
}
