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
    Status::with_error_details(code, clip(message.into(), MAX_MESSAGE_CHARS), details)
}

/// A status travels in HTTP/2 headers, which clients cap (often at 8-16 KiB)
/// and refuse past that by closing the whole connection; so what a status
/// repeats of a request stays short, however long the request was.
const MAX_MESSAGE_CHARS: usize = 500;
const MAX_DESCRIPTION_CHARS: usize = 120;
/// Violations listed in the message and in the BadRequest details; the rest
/// are counted.
const MESSAGE_VIOLATIONS: usize = 5;
const DETAIL_VIOLATIONS: usize = 20;

fn clip(mut text: String, max_chars: usize) -> String {
    if let Some((cut, _)) = text.char_indices().nth(max_chars) {
        text.truncate(cut);
        text.push('…');
    }
    text
}

/// An error with its causes, `outer: inner: innermost`.
pub fn chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut chain = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        chain.push_str(": ");
        chain.push_str(&cause.to_string());
        source = cause.source();
    }
    chain
}

/// Logs the whole cause chain and answers INTERNAL without any of it.
pub fn internal(err: &(dyn std::error::Error + 'static)) -> Status {
    let chain = chain(err);
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
        let field = clip(field.into(), MAX_DESCRIPTION_CHARS);
        self.0.push((field, clip(description.into(), MAX_DESCRIPTION_CHARS)));
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
        let parts: Vec<String> = self
            .0
            .iter()
            .take(MESSAGE_VIOLATIONS)
            .map(|(field, d)| format!("{field}: {d}"))
            .collect();
        write!(f, "{}", parts.join("; "))?;
        match self.0.len().saturating_sub(MESSAGE_VIOLATIONS) {
            0 => Ok(()),
            more => write!(f, " (and {more} more)"),
        }
    }
}

impl std::error::Error for FieldViolations {}

impl From<FieldViolations> for Status {
    fn from(violations: FieldViolations) -> Status {
        let mut details = ErrorDetails::new();
        let fields: Vec<&str> = violations.fields().take(DETAIL_VIOLATIONS).collect();
        let metadata = HashMap::from([("fields".to_owned(), fields.join(","))]);
        details.set_error_info("INVALID_ARGUMENT", ERROR_DOMAIN, metadata);
        for (field, description) in violations.0.iter().take(DETAIL_VIOLATIONS) {
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
    /// PostgreSQL refused a value the request carried. `cause` is its message,
    /// for the log only: it may quote the value or name internal objects.
    #[error("refused input ({problem}): {cause}")]
    RefusedInput {
        field: Option<String>,
        problem: InputProblem,
        cause: String,
    },
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
            DieselError::DatabaseError(kind, info) => {
                // diesel-async keeps only a few SQLSTATEs (as the kind); the
                // rest arrive as `Unknown` and are told apart by message.
                let code = matches!(kind, DatabaseErrorKind::CheckViolation).then_some("23514");
                let refused = DbError::refused_input(
                    code,
                    info.message(),
                    info.table_name(),
                    info.column_name(),
                    info.constraint_name(),
                );
                refused.unwrap_or(DbError::Query(DieselError::DatabaseError(kind, info)))
            }
            other => DbError::Query(other),
        }
    }
}

impl DbError {
    /// The error for a value PostgreSQL refused because of what the request
    /// carried, or None when the failure is the server's own.
    pub fn refused_input(
        code: Option<&str>,
        message: &str,
        table: Option<&str>,
        column: Option<&str>,
        constraint: Option<&str>,
    ) -> Option<DbError> {
        let problem = code
            .and_then(InputProblem::from_sqlstate)
            .or_else(|| InputProblem::from_message(message))?;
        let field = match (problem, table, constraint) {
            (InputProblem::NotAllowed, Some(table), Some(constraint)) => checked_column(table, constraint),
            _ => None,
        };
        Some(DbError::RefusedInput {
            field: field.or(column.map(str::to_owned)),
            problem,
            cause: message.to_owned(),
        })
    }
}

/// The column a check constraint guards, from PostgreSQL's default naming
/// (`<table>_<column>_check`, numbered when repeated); None for a check
/// across several columns (`<table>_check`).
fn checked_column(table: &str, constraint: &str) -> Option<String> {
    let rest = constraint.strip_prefix(table)?.strip_prefix('_')?;
    let rest = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    let column = rest.strip_suffix("_check")?;
    (!column.is_empty()).then(|| column.to_owned())
}

/// Why PostgreSQL refused a value that came from a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputProblem {
    /// A NUL byte, or a character the database encoding cannot hold.
    InvalidText,
    /// A number, date or interval beyond what its column holds.
    OutOfRange,
    /// Longer than the column, or than an index entry, holds.
    TooLong,
    /// Not parseable as the column's type (a date, a number, an id).
    BadFormat,
    /// Refused by a check constraint.
    NotAllowed,
}

impl InputProblem {
    /// By SQLSTATE, where the driver keeps it.
    pub fn from_sqlstate(code: &str) -> Option<InputProblem> {
        Some(match code {
            // character_not_in_repertoire (NUL, invalid UTF-8), untranslatable_character
            "22021" | "22P05" => InputProblem::InvalidText,
            // numeric_value_out_of_range, datetime_field_overflow, interval_field_overflow
            "22003" | "22008" | "22015" => InputProblem::OutOfRange,
            // string_data_right_truncation
            "22001" => InputProblem::TooLong,
            // invalid_datetime_format, invalid_text_representation
            "22007" | "22P02" => InputProblem::BadFormat,
            // check_violation
            "23514" => InputProblem::NotAllowed,
            // program_limit_exceeded covers more than input (index entries
            // too large); only its messages about values count.
            _ => return None,
        })
    }

    /// By PostgreSQL's (English) message, for errors whose SQLSTATE the
    /// driver dropped.
    pub fn from_message(message: &str) -> Option<InputProblem> {
        let starts = |prefix: &str| message.starts_with(prefix);
        if starts("invalid byte sequence for encoding")
            || starts("unsupported Unicode escape sequence")
            || message.contains("has no equivalent in encoding")
        {
            Some(InputProblem::InvalidText)
        } else if starts("value too long for type")
            || starts("index row size")
            || starts("index row requires")
            || starts("string is too long for tsvector")
        {
            Some(InputProblem::TooLong)
        } else if message.contains("out of range") || starts("numeric field overflow") {
            Some(InputProblem::OutOfRange)
        } else if starts("invalid input syntax for type") || starts("invalid input value for enum") {
            Some(InputProblem::BadFormat)
        } else {
            None
        }
    }
}

impl std::fmt::Display for InputProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            InputProblem::InvalidText => "contains a NUL byte or a character that cannot be stored",
            InputProblem::OutOfRange => "is out of range",
            InputProblem::TooLong => "is too long",
            InputProblem::BadFormat => "is not in a valid format",
            InputProblem::NotAllowed => "is not an allowed value",
        })
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
            DbError::RefusedInput { field, problem, cause } => {
                tracing::debug!(%cause, "database refused a request value");
                match field {
                    Some(field) => {
                        let mut violations = FieldViolations::new();
                        violations.add(field, problem.to_string());
                        violations.into()
                    }
                    None => status(
                        Code::InvalidArgument,
                        "INVALID_ARGUMENT",
                        format!("a value of the request {problem}"),
                    ),
                }
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

    /// What PostgreSQL reports about a failed statement.
    struct Report {
        message: &'static str,
        table: Option<&'static str>,
        column: Option<&'static str>,
        constraint: Option<&'static str>,
    }

    impl diesel::result::DatabaseErrorInformation for Report {
        fn message(&self) -> &str {
            self.message
        }
        fn details(&self) -> Option<&str> {
            None
        }
        fn hint(&self) -> Option<&str> {
            None
        }
        fn table_name(&self) -> Option<&str> {
            self.table
        }
        fn column_name(&self) -> Option<&str> {
            self.column
        }
        fn constraint_name(&self) -> Option<&str> {
            self.constraint
        }
        fn statement_position(&self) -> Option<i32> {
            None
        }
    }

    fn refused(kind: DatabaseErrorKind, message: &'static str) -> Status {
        let report = Report {
            message,
            table: None,
            column: None,
            constraint: None,
        };
        Status::from(DbError::from(DieselError::DatabaseError(kind, Box::new(report))))
    }

    #[test]
    fn values_postgres_cannot_store_are_invalid_argument_not_internal() {
        // As diesel-async delivers them: SQLSTATE dropped, kind Unknown.
        let messages = [
            "invalid byte sequence for encoding \"UTF8\": 0x00",      // 22021
            "unsupported Unicode escape sequence",                    // 22P05
            "integer out of range",                                   // 22003
            "bigint out of range",                                    // 22003
            "value \"99999999999\" is out of range for type integer", // 22003
            "numeric field overflow",                                 // 22003
            "date out of range: \"-262144-01-05\"",                   // 22008
            "timestamp out of range",                                 // 22008
            "date/time field value out of range: \"2026-02-30\"",     // 22008
            "value too long for type character varying(100)",         // 22001
            "invalid input syntax for type date: \"x\"",              // 22007
            "invalid input syntax for type uuid: \"x\"",              // 22P02
            "index row size 2720 exceeds btree version 4 maximum 2704 for index \"apps_bundle_id_key\"", // 54000
        ];
        for message in messages {
            let status = refused(DatabaseErrorKind::Unknown, message);
            assert_eq!(status.code(), Code::InvalidArgument, "{message}");
            assert!(
                !status.message().contains("apps_bundle_id_key"),
                "internal names stay in the log"
            );
        }
    }

    #[test]
    fn refused_input_is_classified_by_sqlstate_where_the_driver_keeps_it() {
        for (code, problem) in [
            ("22021", InputProblem::InvalidText),
            ("22003", InputProblem::OutOfRange),
            ("22008", InputProblem::OutOfRange),
            ("22001", InputProblem::TooLong),
            ("22007", InputProblem::BadFormat),
            ("23514", InputProblem::NotAllowed),
        ] {
            let err = DbError::refused_input(Some(code), "localised message", None, Some("note"), None);
            assert!(
                matches!(&err, Some(DbError::RefusedInput { problem: p, field: Some(f), .. }) if *p == problem && f == "note"),
                "{code}: {err:?}"
            );
        }
        // A server fault stays a server fault.
        assert!(DbError::refused_input(Some("42P01"), "relation \"x\" does not exist", None, None, None).is_none());
        assert!(DbError::refused_input(Some("54000"), "too many columns", None, None, None).is_none());
    }

    #[test]
    fn a_check_violation_names_the_column_its_constraint_guards() {
        let report = Report {
            message: "new row for relation \"devices\" violates check constraint \"devices_name_check\"",
            table: Some("devices"),
            column: None,
            constraint: Some("devices_name_check"),
        };
        let err = DieselError::DatabaseError(DatabaseErrorKind::CheckViolation, Box::new(report));
        let status = Status::from(DbError::from(err));
        assert_eq!(status.code(), Code::InvalidArgument);
        let details = status.get_error_details();
        let violations = &details.bad_request().unwrap().field_violations;
        assert_eq!(violations[0].field, "name");
        assert_eq!(violations[0].description, "is not an allowed value");

        assert_eq!(
            checked_column("goals", "goals_request_id_check1").as_deref(),
            Some("request_id")
        );
        assert_eq!(checked_column("users", "users_check"), None);
        assert_eq!(checked_column("users", "custom_rule"), None);
    }

    #[test]
    fn unknown_database_errors_stay_internal() {
        let status = refused(DatabaseErrorKind::Unknown, "could not serialize access");
        assert_eq!(status.code(), Code::Internal);
        assert_eq!(status.message(), "internal error");
        let status = refused(
            DatabaseErrorKind::ForeignKeyViolation,
            "insert or update violates foreign key constraint",
        );
        assert_eq!(status.code(), Code::Internal);
    }

    #[test]
    fn a_status_stays_small_however_large_the_request() {
        let mut v = FieldViolations::new();
        for i in 0..2_000 {
            v.add(
                format!("participants[{i}]"),
                format!("unknown path {:?}", "好".repeat(1_000)),
            );
        }
        let status = Status::from(v);
        assert!(status.message().len() < 2_000, "{}", status.message().len());
        assert!(status.message().ends_with("(and 1995 more)"));
        assert!(status.details().len() < 16_000, "{}", status.details().len());
        let long = super::status(Code::NotFound, "NOT_FOUND", "x".repeat(100_000));
        assert!(long.message().len() < 1_000);
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
