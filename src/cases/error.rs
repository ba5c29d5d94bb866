use tonic::{Code, Status};

use crate::error::{status, DbError, FieldViolations};

#[derive(Debug, thiserror::Error)]
pub enum CasesError {
    #[error(transparent)]
    Invalid(#[from] FieldViolations),
    /// Missing, or not one the caller may see: they cannot tell which.
    #[error("case not found")]
    CaseNotFound,
    #[error("image not found")]
    ImageNotFound,
    #[error("user not found")]
    UserNotFound,
    /// The caller may see the case but not change it.
    #[error("only the case's reporter, an investigator or an admin may change it")]
    ReadOnly,
    #[error("only the case's reporter or an admin may share it")]
    NotSharer,
    #[error("filing cases takes the case_reporter, investigator or admin role")]
    CannotFile,
    #[error("the case is {0}; reopening is not supported")]
    Finished(&'static str),
    #[error("{field}: {problem}")]
    BadImage { field: String, problem: String },
    #[error("an image is at most {max} bytes")]
    TooLarge { field: String, max: usize },
    #[error("a case holds at most {0} images")]
    TooManyImages(i64),
    #[error("image storage failed: {0}")]
    Storage(String),
    #[error("match not found")]
    MatchNotFound,
    #[error("the match is already {0}")]
    MatchDecided(String),
    #[error("at most {0} sightings an hour; try again later")]
    TooManySightings(i64),
    #[error("this takes the investigator or admin role")]
    NotInvestigator,
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<CasesError> for Status {
    fn from(err: CasesError) -> Status {
        let message = err.to_string();
        match err {
            CasesError::Invalid(violations) => violations.into(),
            CasesError::CaseNotFound => status(Code::NotFound, "CASE_NOT_FOUND", message),
            CasesError::ImageNotFound => status(Code::NotFound, "IMAGE_NOT_FOUND", message),
            CasesError::UserNotFound => status(Code::NotFound, "USER_NOT_FOUND", message),
            CasesError::MatchNotFound => status(Code::NotFound, "MATCH_NOT_FOUND", message),
            CasesError::MatchDecided(_) => status(Code::FailedPrecondition, "MATCH_DECIDED", message),
            CasesError::TooManySightings(_) => status(Code::ResourceExhausted, "TOO_MANY_SIGHTINGS", message),
            CasesError::ReadOnly | CasesError::NotSharer | CasesError::CannotFile | CasesError::NotInvestigator => {
                status(Code::PermissionDenied, "PERMISSION_DENIED", message)
            }
            CasesError::Finished(_) => status(Code::FailedPrecondition, "CASE_FINISHED", message),
            CasesError::BadImage { field, problem } => {
                let mut v = FieldViolations::new();
                v.add(field, problem);
                v.into()
            }
            CasesError::TooLarge { field, max } => crate::error::status_with(
                Code::ResourceExhausted,
                "IMAGE_TOO_LARGE",
                format!("{field}: an image is at most {max} bytes"),
                [("max_bytes".to_owned(), max.to_string()), ("field".to_owned(), field)].into(),
            ),
            CasesError::TooManyImages(_) => status(Code::ResourceExhausted, "TOO_MANY_IMAGES", message),
            CasesError::Storage(cause) => {
                tracing::error!(%cause, "image storage failed");
                status(
                    Code::Unavailable,
                    "STORAGE_UNAVAILABLE",
                    "image storage is unavailable, retry later",
                )
            }
            CasesError::Db(err) => err.into(),
        }
    }
}

impl From<diesel::result::Error> for CasesError {
    fn from(err: diesel::result::Error) -> Self {
        CasesError::Db(err.into())
    }
}

impl From<bb8::RunError<diesel_async::pooled_connection::PoolError>> for CasesError {
    fn from(err: bb8::RunError<diesel_async::pooled_connection::PoolError>) -> Self {
        CasesError::Db(err.into())
    }
}

impl CasesError {
    pub fn or_missing(err: DbError, missing: CasesError) -> CasesError {
        match err {
            DbError::NotFound => missing,
            other => CasesError::Db(other),
        }
    }
}
