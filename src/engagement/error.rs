use tonic::{Code, Status};

use crate::error::{status, DbError, FieldViolations};

#[derive(Debug, thiserror::Error)]
pub enum EngagementError {
    #[error(transparent)]
    Invalid(#[from] FieldViolations),
    /// No such active user (or one the caller may not see).
    #[error("user not found")]
    UserNotFound,
    #[error("message not found")]
    MessageNotFound,
    /// The user never recorded any activity.
    #[error("no engagement profile yet: no activity has been recorded")]
    ProfileNotFound,
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<EngagementError> for Status {
    fn from(err: EngagementError) -> Status {
        let message = err.to_string();
        match err {
            EngagementError::Invalid(violations) => violations.into(),
            EngagementError::UserNotFound => status(Code::NotFound, "USER_NOT_FOUND", message),
            EngagementError::MessageNotFound => status(Code::NotFound, "MESSAGE_NOT_FOUND", message),
            EngagementError::ProfileNotFound => status(Code::NotFound, "PROFILE_NOT_FOUND", message),
            EngagementError::Db(err) => err.into(),
        }
    }
}

impl From<diesel::result::Error> for EngagementError {
    fn from(err: diesel::result::Error) -> Self {
        EngagementError::Db(err.into())
    }
}
