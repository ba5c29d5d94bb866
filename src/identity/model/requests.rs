//! Sign-up, sign-in and session requests, checked: every field valid, or
//! every bad field named. Checks that need the database (credentials,
//! ownership, who may do what) stay in the service.
//!
//! Passwords and tokens are kept as [`SecretString`], so a checked request
//! can be logged or debug-printed without them.

use secrecy::SecretString;

use super::{DisplayName, Email, Locale, Password, Timezone};
use crate::error::FieldViolations;
use crate::proto::identity::v1 as pb;
use crate::request::{self, required, Text};

/// Longest refresh or Google ID token taken (Google's are about 1,200).
pub(super) const MAX_TOKEN_CHARS: usize = 4096;
/// Longest email and password a login may carry: registration accepts no
/// longer ones.
pub(super) const MAX_EMAIL_CHARS: usize = 254;
pub(super) const MAX_PASSWORD_CHARS: usize = 256;

/// Records a string longer than `max` characters. Used where any character
/// is allowed (passwords) or the value is only looked up, never stored.
pub(super) fn at_most(v: &mut FieldViolations, field: &str, raw: &str, max: usize) {
    if raw.chars().count() > max {
        v.add(field, format!("must be at most {max} characters"));
    }
}

/// A refresh or Google ID token: present, one line, capped.
fn token(v: &mut FieldViolations, field: &str, raw: &str) {
    if required(v, field, raw) {
        request::text(v, field, raw, MAX_TOKEN_CHARS, Text::Line);
    }
}

/// An optional field as sent, or its default when empty.
fn or_default<'a>(raw: &'a str, default: &'a str) -> &'a str {
    if raw.is_empty() {
        default
    } else {
        raw
    }
}

/// A copy of a password or token that `Debug` does not print.
pub(super) fn secret(raw: &str) -> SecretString {
    SecretString::from(raw.to_owned())
}

/// Register: an empty timezone is UTC and an empty locale "en".
#[derive(Debug)]
pub struct Registration {
    pub email: Email,
    pub password: Password,
    pub display_name: DisplayName,
    pub timezone: Timezone,
    pub locale: Locale,
}

impl TryFrom<&pb::RegisterRequest> for Registration {
    type Error = FieldViolations;

    fn try_from(r: &pb::RegisterRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let email = v.check("email", Email::parse(&r.email));
        let password = v.check("password", Password::parse(&r.password));
        let display_name = v.check("display_name", DisplayName::parse(&r.display_name));
        let timezone = v.check("timezone", Timezone::parse(or_default(&r.timezone, "UTC")));
        let locale = v.check("locale", Locale::parse(or_default(&r.locale, "en")));
        match (email, password, display_name, timezone, locale) {
            (Some(email), Some(password), Some(display_name), Some(timezone), Some(locale)) => Ok(Self {
                email,
                password,
                display_name,
                timezone,
                locale,
            }),
            _ => Err(v),
        }
    }
}

/// Login: the email and password as sent (the service normalises the email
/// as registration did). Both are capped before any database or argon2
/// work, so a huge password costs the server nothing; no account can have
/// a longer one.
#[derive(Debug)]
pub struct Login {
    pub email: String,
    pub password: SecretString,
}

impl TryFrom<&pb::LoginRequest> for Login {
    type Error = FieldViolations;

    fn try_from(r: &pb::LoginRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        if required(&mut v, "email", &r.email) {
            request::text(&mut v, "email", &r.email, MAX_EMAIL_CHARS, Text::Line);
        }
        // Passwords are only hashed, never stored or shown: any character counts.
        required(&mut v, "password", &r.password);
        at_most(&mut v, "password", &r.password, MAX_PASSWORD_CHARS);
        v.into_result()?;
        Ok(Self {
            email: r.email.clone(),
            password: secret(&r.password),
        })
    }
}

/// Refresh: the refresh token to trade for a new session.
#[derive(Debug)]
pub struct Refresh {
    pub refresh_token: SecretString,
}

impl TryFrom<&pb::RefreshRequest> for Refresh {
    type Error = FieldViolations;

    fn try_from(r: &pb::RefreshRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        token(&mut v, "refresh_token", &r.refresh_token);
        v.into_result()?;
        Ok(Self {
            refresh_token: secret(&r.refresh_token),
        })
    }
}

/// Logout: one session by its refresh token, or every session of the
/// caller (then no token is read).
#[derive(Debug)]
pub struct Logout {
    /// None: every session.
    pub refresh_token: Option<SecretString>,
}

impl TryFrom<&pb::LogoutRequest> for Logout {
    type Error = FieldViolations;

    fn try_from(r: &pb::LogoutRequest) -> Result<Self, FieldViolations> {
        if r.all_sessions {
            return Ok(Self { refresh_token: None });
        }
        let mut v = FieldViolations::new();
        token(&mut v, "refresh_token", &r.refresh_token);
        v.into_result()?;
        Ok(Self {
            refresh_token: Some(secret(&r.refresh_token)),
        })
    }
}

/// A Google ID token offered to sign in (SignInWithGoogle) or to link
/// Google to the caller's account (LinkGoogle).
#[derive(Debug)]
pub struct GoogleToken {
    pub id_token: SecretString,
}

impl TryFrom<&pb::SignInWithGoogleRequest> for GoogleToken {
    type Error = FieldViolations;

    fn try_from(r: &pb::SignInWithGoogleRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        token(&mut v, "id_token", &r.id_token);
        v.into_result()?;
        Ok(Self {
            id_token: secret(&r.id_token),
        })
    }
}

impl TryFrom<&pb::LinkGoogleRequest> for GoogleToken {
    type Error = FieldViolations;

    fn try_from(r: &pb::LinkGoogleRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        token(&mut v, "id_token", &r.id_token);
        v.into_result()?;
        Ok(Self {
            id_token: secret(&r.id_token),
        })
    }
}

/// ChangePassword: the new password, and the proof of who the caller is
/// (the current password, or a Google ID token for an account without
/// one), which the service checks against the account.
#[derive(Debug)]
pub struct PasswordChange {
    pub current_password: SecretString,
    pub google_id_token: SecretString,
    pub new_password: Password,
}

impl TryFrom<&pb::ChangePasswordRequest> for PasswordChange {
    type Error = FieldViolations;

    fn try_from(r: &pb::ChangePasswordRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        // The proofs are capped like Login's password and SignInWithGoogle's
        // token, so neither reaches the hasher or the verifier oversized.
        at_most(&mut v, "current_password", &r.current_password, MAX_PASSWORD_CHARS);
        at_most(&mut v, "google_id_token", &r.google_id_token, MAX_TOKEN_CHARS);
        let new_password = v.check("new_password", Password::parse(&r.new_password));
        match (new_password, v.is_empty()) {
            (Some(new_password), true) => Ok(Self {
                current_password: secret(&r.current_password),
                google_id_token: secret(&r.google_id_token),
                new_password,
            }),
            _ => Err(v),
        }
    }
}

#[cfg(test)]
mod tests {
    use secrecy::ExposeSecret;

    use super::*;

    fn fields(err: FieldViolations) -> Vec<String> {
        err.fields().map(str::to_owned).collect()
    }

    #[test]
    fn register_names_every_bad_field() {
        let ok = Registration::try_from(&pb::RegisterRequest {
            email: " Ada@Example.com ".into(),
            password: "correct horse".into(),
            display_name: " Ada ".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(ok.email.as_str(), "ada@example.com");
        assert_eq!(ok.password.expose(), "correct horse");
        assert_eq!(ok.display_name.as_str(), "Ada");
        assert_eq!((ok.timezone.as_str(), ok.locale.as_str()), ("UTC", "en"));
        let bad = pb::RegisterRequest {
            email: "ada".into(),
            password: "short".into(),
            display_name: "  ".into(),
            timezone: "Mars/Olympus".into(),
            locale: "english please".into(),
        };
        assert_eq!(
            fields(Registration::try_from(&bad).unwrap_err()),
            ["email", "password", "display_name", "timezone", "locale"]
        );
    }

    #[test]
    fn login_takes_any_password_up_to_the_cap() {
        let ok = Login::try_from(&pb::LoginRequest {
            email: "Ada@example.com".into(),
            password: "x".into(),
        })
        .unwrap();
        assert_eq!(ok.email, "Ada@example.com", "the service normalises it");
        assert_eq!(ok.password.expose_secret(), "x");
        assert_eq!(
            fields(Login::try_from(&pb::LoginRequest::default()).unwrap_err()),
            ["email", "password"]
        );
        let long = pb::LoginRequest {
            email: "ada\u{0}@example.com".into(),
            password: "x".repeat(MAX_PASSWORD_CHARS + 1),
        };
        assert_eq!(fields(Login::try_from(&long).unwrap_err()), ["email", "password"]);
    }

    #[test]
    fn tokens_are_required_and_capped() {
        let long = "x".repeat(MAX_TOKEN_CHARS + 1);
        let ok = Refresh::try_from(&pb::RefreshRequest {
            refresh_token: "t".into(),
        })
        .unwrap();
        assert_eq!(ok.refresh_token.expose_secret(), "t");
        for raw in [String::new(), long.clone(), "a\nb".into()] {
            let bad = pb::RefreshRequest { refresh_token: raw };
            assert_eq!(fields(Refresh::try_from(&bad).unwrap_err()), ["refresh_token"]);
        }

        let everywhere = Logout::try_from(&pb::LogoutRequest {
            all_sessions: true,
            refresh_token: String::new(),
        })
        .unwrap();
        assert!(everywhere.refresh_token.is_none(), "no token is read");
        let one = Logout::try_from(&pb::LogoutRequest {
            all_sessions: false,
            refresh_token: "t".into(),
        })
        .unwrap();
        assert_eq!(one.refresh_token.as_ref().map(|t| t.expose_secret()), Some("t"));
        assert_eq!(
            fields(Logout::try_from(&pb::LogoutRequest::default()).unwrap_err()),
            ["refresh_token"]
        );

        let sign_in = GoogleToken::try_from(&pb::SignInWithGoogleRequest { id_token: "g".into() }).unwrap();
        assert_eq!(sign_in.id_token.expose_secret(), "g");
        let bad = pb::SignInWithGoogleRequest { id_token: long.clone() };
        assert_eq!(fields(GoogleToken::try_from(&bad).unwrap_err()), ["id_token"]);
        let link = GoogleToken::try_from(&pb::LinkGoogleRequest { id_token: "g".into() }).unwrap();
        assert_eq!(link.id_token.expose_secret(), "g");
        let bad = pb::LinkGoogleRequest { id_token: long.clone() };
        assert_eq!(fields(GoogleToken::try_from(&bad).unwrap_err()), ["id_token"]);
        assert_eq!(
            fields(GoogleToken::try_from(&pb::LinkGoogleRequest::default()).unwrap_err()),
            ["id_token"]
        );
    }

    #[test]
    fn password_change_checks_the_new_password_and_caps_the_proofs() {
        let ok = PasswordChange::try_from(&pb::ChangePasswordRequest {
            current_password: "old".into(),
            google_id_token: String::new(),
            new_password: "correct horse".into(),
        })
        .unwrap();
        assert_eq!(ok.current_password.expose_secret(), "old");
        assert_eq!(ok.new_password.expose(), "correct horse");
        let bad = pb::ChangePasswordRequest {
            new_password: "short".into(),
            ..Default::default()
        };
        assert_eq!(fields(PasswordChange::try_from(&bad).unwrap_err()), ["new_password"]);
        let oversized = pb::ChangePasswordRequest {
            current_password: "x".repeat(MAX_PASSWORD_CHARS + 1),
            google_id_token: "x".repeat(MAX_TOKEN_CHARS + 1),
            new_password: "short".into(),
        };
        assert_eq!(
            fields(PasswordChange::try_from(&oversized).unwrap_err()),
            ["current_password", "google_id_token", "new_password"]
        );
        let proofs_only = pb::ChangePasswordRequest {
            current_password: "x".repeat(MAX_PASSWORD_CHARS + 1),
            new_password: "correct horse".into(),
            ..Default::default()
        };
        assert_eq!(
            fields(PasswordChange::try_from(&proofs_only).unwrap_err()),
            ["current_password"]
        );
    }
}
