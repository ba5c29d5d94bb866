//! The error model every domain shares: statuses carry `google.rpc.ErrorInfo`
//! (and `BadRequest` field violations for bad input), database trouble maps to
//! UNAVAILABLE, and an internal error logs its cause and tells the client
//! nothing.

use std::collections::HashMap;

use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel_async::pooled_connection::PoolError;
use tonic::{Code, Status};
use tonic_types::{ErrorDetails, StatusExt};

/// The `ErrorInfo.domain` of every Kith error.
pub const ERROR_DOMAIN: &str = "kith.dev";

/// A status with an `ErrorInfo` whose reason clients can branch on.
pub fn status(code: Code, reason: &str, message: impl Into<String>) -> Status {
    status_with(code, reason, message, HashMap::new())
}

pub fn status_with(code: Code, reason: &str, message: impl Into<String>, metadata: HashMap<String, String>) -> Status {
    let mut details = ErrorDetails::new();
    details.set_error_info(reason, ERROR_DOMAIN, metadata);
    Status::with_error_details(code, message, details)
}

/// Logs the whole cause chain and answers INTERNAL without any of it.
pub fn internal(err: &(dyn std::error::Error + 'static)) -> Status {
    let mut chain = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        chain.push_str(": ");
        chain.push_str(&cause.to_string());
        source = cause.source();
    }
    tracing::error!(error = %chain, "internal error");
    status(Code::Internal, "INTERNAL", "internal error")
}

/// Every wrong field of a request, collected so they are reported at once.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FieldViolations(Vec<(String, String)>);

impl FieldViolations {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: impl Into<String>, description: impl Into<String>) {
        self.0.push((field.into(), description.into()));
    }

    /// Records the error of a parse, if any, and returns the parsed value.
    pub fn check<T, E: std::fmt::Display>(&mut self, field: &str, parsed: Result<T, E>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(err) => {
                self.add(field, err.to_string());
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(f, _)| f.as_str())
    }

    /// Ok when nothing was wrong.
    pub fn into_result(self) -> Result<(), FieldViolations> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

impl std::fmt::Display for FieldViolations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|(field, d)| format!("{field}: {d}")).collect();
        write!(f, "{}", parts.join("; "))
    }
}

impl std::error::Error for FieldViolations {}

impl From<FieldViolations> for Status {
    fn from(violations: FieldViolations) -> Status {
        let mut details = ErrorDetails::new();
        let fields: Vec<&str> = violations.fields().collect();
        let metadata = HashMap::from([("fields".to_owned(), fields.join(","))]);
        details.set_error_info("INVALID_ARGUMENT", ERROR_DOMAIN, metadata);
        for (field, description) in &violations.0 {
            details.add_bad_request_violation(field.clone(), description.clone());
        }
        Status::with_error_details(Code::InvalidArgument, violations.to_string(), details)
    }
}

/// Database failures, as every domain's repository sees them.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("not found")]
    NotFound,
    #[error("unique constraint {constraint} violated")]
    UniqueViolation { constraint: String },
    /// Pool timeout, refused or closed connection, read-only database.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Query(DieselError),
}

impl From<DieselError> for DbError {
    fn from(err: DieselError) -> Self {
        match err {
            DieselError::NotFound => DbError::NotFound,
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => DbError::UniqueViolation {
                constraint: info.constraint_name().unwrap_or_default().to_owned(),
            },
            DieselError::DatabaseError(DatabaseErrorKind::ClosedConnection, info) => {
                DbError::Unavailable(info.message().to_owned())
            }
            DieselError::DatabaseError(DatabaseErrorKind::ReadOnlyTransaction, info) => {
                DbError::Unavailable(info.message().to_owned())
            }
            DieselError::BrokenTransactionManager => DbError::Unavailable("broken transaction".into()),
            other => DbError::Query(other),
        }
    }
}

impl From<bb8::RunError<PoolError>> for DbError {
    fn from(err: bb8::RunError<PoolError>) -> Self {
        match err {
            bb8::RunError::TimedOut => DbError::Unavailable("timed out waiting for a connection".into()),
            bb8::RunError::User(e) => DbError::Unavailable(e.to_string()),
        }
    }
}

impl From<DbError> for Status {
    fn from(err: DbError) -> Status {
        match err {
            DbError::NotFound => status(Code::NotFound, "NOT_FOUND", "not found"),
            DbError::UniqueViolation { constraint } => status_with(
                Code::AlreadyExists,
                "ALREADY_EXISTS",
                "already exists",
                HashMap::from([("constraint".to_owned(), constraint)]),
            ),
            DbError::Unavailable(cause) => {
                tracing::warn!(%cause, "database unavailable");
                status(
                    Code::Unavailable,
                    "DATABASE_UNAVAILABLE",
                    "database unavailable, retry later",
                )
            }
            DbError::Query(e) => internal(&e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn violations_become_one_invalid_argument_naming_every_field() {
        let mut v = FieldViolations::new();
        v.add("email", "not an email address");
        v.add("password", "must be at least 8 characters");
        let status = Status::from(v);
        assert_eq!(status.code(), Code::InvalidArgument);
        let details = status.get_error_details();
        let fields: Vec<_> = details
            .bad_request()
            .unwrap()
            .field_violations
            .iter()
            .map(|f| f.field.as_str())
            .collect();
        assert_eq!(fields, ["email", "password"]);
        assert_eq!(details.error_info().unwrap().domain, ERROR_DOMAIN);
    }

    #[test]
    fn pool_timeout_is_unavailable_and_internal_hides_cause() {
        let status = Status::from(DbError::from(bb8::RunError::<PoolError>::TimedOut));
        assert_eq!(status.code(), Code::Unavailable);
        let status = Status::from(DbError::Query(DieselError::RollbackTransaction));
        assert_eq!(status.code(), Code::Internal);
        assert_eq!(status.message(), "internal error");
    }
}
