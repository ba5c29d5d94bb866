use tonic::{Code, Status};

use crate::error::{status, DbError, FieldViolations};

#[derive(Debug, thiserror::Error)]
pub enum PersonasError {
    #[error(transparent)]
    Invalid(#[from] FieldViolations),
    /// Missing or another user's: the caller cannot tell which.
    #[error("survey not found")]
    SurveyNotFound,
    /// Unknown or closed: a respondent cannot tell which.
    #[error("no open survey has this link")]
    SlugNotFound,
    #[error("persona not found")]
    PersonaNotFound,
    /// This fingerprint already answered this survey.
    #[error("this survey was already answered from here")]
    AlreadyAnswered,
    #[error("too many answers from this respondent; retry in a minute")]
    FingerprintLimited,
    #[error("the persona is being made; wait until it is ready or failed")]
    RunInProgress,
    #[error("the survey has {have} of the {need} answers a persona needs")]
    TooFewResponses { have: i32, need: i32 },
    #[error("the persona is not ready yet")]
    NotReady,
    #[error("at most {} surveys per account; delete one first", super::grpc::MAX_SURVEYS)]
    TooManySurveys,
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<PersonasError> for Status {
    fn from(err: PersonasError) -> Status {
        let message = err.to_string();
        match err {
            PersonasError::Invalid(violations) => violations.into(),
            PersonasError::SurveyNotFound => status(Code::NotFound, "SURVEY_NOT_FOUND", message),
            PersonasError::SlugNotFound => status(Code::NotFound, "SURVEY_NOT_FOUND", message),
            PersonasError::PersonaNotFound => status(Code::NotFound, "PERSONA_NOT_FOUND", message),
            PersonasError::AlreadyAnswered => status(Code::AlreadyExists, "ALREADY_ANSWERED", message),
            PersonasError::FingerprintLimited => status(Code::ResourceExhausted, "RATE_LIMITED", message),
            PersonasError::RunInProgress => status(Code::FailedPrecondition, "PERSONA_RUN_IN_PROGRESS", message),
            PersonasError::TooFewResponses { .. } => status(Code::FailedPrecondition, "TOO_FEW_RESPONSES", message),
            PersonasError::NotReady => status(Code::FailedPrecondition, "PERSONA_NOT_READY", message),
            PersonasError::TooManySurveys => status(Code::ResourceExhausted, "TOO_MANY_SURVEYS", message),
            PersonasError::Db(err) => err.into(),
        }
    }
}

impl From<diesel::result::Error> for PersonasError {
    fn from(err: diesel::result::Error) -> Self {
        PersonasError::Db(err.into())
    }
}

impl From<bb8::RunError<diesel_async::pooled_connection::PoolError>> for PersonasError {
    fn from(err: bb8::RunError<diesel_async::pooled_connection::PoolError>) -> Self {
        PersonasError::Db(err.into())
    }
}

impl PersonasError {
    /// A row the caller named that is not theirs (or not there) reads as
    /// `missing`; other database trouble stays what it is.
    pub fn or_missing(err: DbError, missing: PersonasError) -> PersonasError {
        match err {
            DbError::NotFound => missing,
            other => PersonasError::Db(other),
        }
    }
}
