use std::collections::HashMap;

use tonic::{Code, Status};

use crate::auth::google::GoogleError;
use crate::error::{internal, status, status_with, DbError, FieldViolations};

#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    #[error(transparent)]
    Invalid(#[from] FieldViolations),
    #[error("an account with this email already exists")]
    EmailTaken,
    /// Wrong password and unknown email look the same to the caller.
    #[error("email or password is incorrect")]
    InvalidCredentials,
    #[error("this account is deactivated")]
    AccountDisabled,
    #[error("refresh token is invalid, expired or revoked")]
    InvalidRefreshToken,
    #[error("refresh token was already used; every session of its sign-in is revoked")]
    RefreshTokenReused,
    #[error("too many failed sign-in attempts; try again later")]
    TooManyAttempts { retry_after_secs: u64 },
    #[error(transparent)]
    Google(#[from] GoogleError),
    #[error("Google has not verified this email address")]
    GoogleEmailUnverified,
    /// A Google sign-in for an address registered with a password, which
    /// nobody proved: linking it would hand one person's account to another.
    #[error(
        "an account with this email already exists; sign in with its password, then link Google from your account"
    )]
    AccountExists,
    #[error("this Google account is already linked to another account")]
    GoogleIdentityTaken,
    #[error("this account is already linked to a different Google account")]
    GoogleAlreadyLinked,
    /// What is wrong with the Google ID token offered instead of a password.
    #[error("google_id_token {0}")]
    GoogleProofRequired(&'static str),
    #[error("user not found")]
    UserNotFound,
    /// Logout of a refresh token that is unknown or belongs to someone else.
    #[error("session not found")]
    SessionNotFound,
    #[error("current password is incorrect")]
    WrongCurrentPassword,
    #[error("admins cannot {0} themselves")]
    SelfLockout(&'static str),
    /// CancelDeletion of an account that is not closed for deletion by
    /// its owner (never closed, already erased, or closed by support).
    #[error("this account has no deletion to cancel")]
    NoPendingDeletion,
    /// SetUserActive(true) on an account closed for deletion: reopening it
    /// would leave it to be erased while in use.
    #[error("this account is closed for deletion; only its owner's CancelDeletion reopens it")]
    ClosedForDeletion,
    #[error("password hashing failed: {0}")]
    Hashing(String),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<IdentityError> for Status {
    fn from(err: IdentityError) -> Status {
        let message = err.to_string();
        match err {
            IdentityError::Invalid(violations) => violations.into(),
            IdentityError::EmailTaken => status(Code::AlreadyExists, "EMAIL_TAKEN", message),
            IdentityError::InvalidCredentials => status(Code::Unauthenticated, "INVALID_CREDENTIALS", message),
            IdentityError::AccountDisabled => status(Code::Unauthenticated, "ACCOUNT_DISABLED", message),
            IdentityError::InvalidRefreshToken => status(Code::Unauthenticated, "INVALID_REFRESH_TOKEN", message),
            IdentityError::RefreshTokenReused => status(Code::Unauthenticated, "REFRESH_TOKEN_REUSED", message),
            IdentityError::TooManyAttempts { retry_after_secs } => status_with(
                Code::ResourceExhausted,
                "TOO_MANY_LOGIN_ATTEMPTS",
                message,
                HashMap::from([("retry_after_secs".to_owned(), retry_after_secs.to_string())]),
            ),
            IdentityError::Google(GoogleError::NotConfigured) => {
                status(Code::FailedPrecondition, "GOOGLE_SIGN_IN_DISABLED", message)
            }
            IdentityError::Google(GoogleError::Invalid(cause)) => {
                tracing::info!(%cause, "rejected Google ID token");
                status(Code::Unauthenticated, "INVALID_GOOGLE_TOKEN", "invalid Google ID token")
            }
            IdentityError::Google(GoogleError::KeysUnavailable(cause)) => {
                tracing::warn!(%cause, "Google signing keys unavailable");
                status(
                    Code::Unavailable,
                    "GOOGLE_UNAVAILABLE",
                    "cannot verify Google tokens right now",
                )
            }
            IdentityError::GoogleEmailUnverified => {
                status(Code::FailedPrecondition, "GOOGLE_EMAIL_UNVERIFIED", message)
            }
            IdentityError::AccountExists => status(Code::FailedPrecondition, "ACCOUNT_EXISTS", message),
            IdentityError::GoogleIdentityTaken => status(Code::AlreadyExists, "GOOGLE_IDENTITY_TAKEN", message),
            IdentityError::GoogleAlreadyLinked => status(Code::FailedPrecondition, "GOOGLE_ALREADY_LINKED", message),
            IdentityError::GoogleProofRequired(problem) => {
                let mut violations = FieldViolations::new();
                violations.add("google_id_token", problem);
                violations.into()
            }
            IdentityError::UserNotFound => status(Code::NotFound, "USER_NOT_FOUND", message),
            IdentityError::SessionNotFound => status(Code::NotFound, "SESSION_NOT_FOUND", message),
            IdentityError::WrongCurrentPassword => {
                let mut violations = FieldViolations::new();
                violations.add("current_password", "is incorrect");
                violations.into()
            }
            IdentityError::ClosedForDeletion => status(Code::FailedPrecondition, "ACCOUNT_CLOSED", message),
            IdentityError::NoPendingDeletion => status(Code::FailedPrecondition, "NO_PENDING_DELETION", message),
            IdentityError::SelfLockout(_) => status(Code::FailedPrecondition, "SELF_LOCKOUT", message),
            IdentityError::Hashing(_) => internal(&err_source(message)),
            IdentityError::Db(DbError::UniqueViolation { constraint }) if constraint == "users_email_key" => status(
                Code::AlreadyExists,
                "EMAIL_TAKEN",
                "an account with this email already exists",
            ),
            IdentityError::Db(db) => db.into(),
        }
    }
}

fn err_source(message: String) -> std::io::Error {
    std::io::Error::other(message)
}

impl From<diesel::result::Error> for IdentityError {
    fn from(err: diesel::result::Error) -> Self {
        IdentityError::Db(err.into())
    }
}
