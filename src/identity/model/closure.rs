//! Closing an account and reopening it, checked: the proof of who the
//! owner is, which the deletion rules check against the account.

use secrecy::SecretString;

use super::requests::{at_most, secret, MAX_EMAIL_CHARS, MAX_PASSWORD_CHARS, MAX_TOKEN_CHARS};
use crate::error::FieldViolations;
use crate::proto::identity::v1 as pb;
use crate::request::required;

/// DeleteMe: the proof of who the caller is, checked against the account
/// by the deletion rules; a password is capped like a login's, a Google
/// ID token like a Google sign-in's.
#[derive(Debug)]
pub struct AccountClosure {
    pub current_password: SecretString,
    pub google_id_token: SecretString,
}

impl TryFrom<&pb::DeleteMeRequest> for AccountClosure {
    type Error = FieldViolations;

    fn try_from(r: &pb::DeleteMeRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        at_most(&mut v, "current_password", &r.current_password, MAX_PASSWORD_CHARS);
        at_most(&mut v, "google_id_token", &r.google_id_token, MAX_TOKEN_CHARS);
        v.into_result()?;
        Ok(Self {
            current_password: secret(&r.current_password),
            google_id_token: secret(&r.google_id_token),
        })
    }
}

/// CancelDeletion: how the owner of a closed account proves who they are.
/// A Google ID token, when one is sent (capped like a Google sign-in's);
/// else the email and password, both required and capped like a login's.
#[derive(Debug)]
pub enum Reopening {
    Password { email: String, password: SecretString },
    Google { id_token: SecretString },
}

impl TryFrom<&pb::CancelDeletionRequest> for Reopening {
    type Error = FieldViolations;

    fn try_from(r: &pb::CancelDeletionRequest) -> Result<Self, FieldViolations> {
        if !r.google_id_token.is_empty() {
            let mut v = FieldViolations::new();
            at_most(&mut v, "google_id_token", &r.google_id_token, MAX_TOKEN_CHARS);
            v.into_result()?;
            return Ok(Reopening::Google {
                id_token: secret(&r.google_id_token),
            });
        }
        let mut v = FieldViolations::new();
        required(&mut v, "email", &r.email);
        required(&mut v, "password", &r.password);
        at_most(&mut v, "email", &r.email, MAX_EMAIL_CHARS);
        at_most(&mut v, "password", &r.password, MAX_PASSWORD_CHARS);
        v.into_result()?;
        Ok(Reopening::Password {
            email: r.email.clone(),
            password: secret(&r.password),
        })
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
    fn closure_caps_the_proofs() {
        let closing = AccountClosure::try_from(&pb::DeleteMeRequest {
            current_password: String::new(),
            google_id_token: "g".into(),
        })
        .unwrap();
        assert_eq!(closing.google_id_token.expose_secret(), "g");
        let long = pb::DeleteMeRequest {
            current_password: "x".repeat(MAX_PASSWORD_CHARS + 1),
            ..Default::default()
        };
        assert_eq!(
            fields(AccountClosure::try_from(&long).unwrap_err()),
            ["current_password"]
        );
        let long = pb::DeleteMeRequest {
            google_id_token: "x".repeat(MAX_TOKEN_CHARS + 1),
            ..Default::default()
        };
        assert_eq!(
            fields(AccountClosure::try_from(&long).unwrap_err()),
            ["google_id_token"]
        );
        let long = pb::CancelDeletionRequest {
            google_id_token: "x".repeat(MAX_TOKEN_CHARS + 1),
            ..Default::default()
        };
        assert_eq!(fields(Reopening::try_from(&long).unwrap_err()), ["google_id_token"]);
    }

    #[test]
    fn reopening_takes_a_google_token_or_email_and_password() {
        let google = Reopening::try_from(&pb::CancelDeletionRequest {
            google_id_token: "g".into(),
            ..Default::default()
        })
        .unwrap();
        assert!(matches!(google, Reopening::Google { id_token } if id_token.expose_secret() == "g"));
        let password = Reopening::try_from(&pb::CancelDeletionRequest {
            email: "ada@example.com".into(),
            password: "pw".into(),
            ..Default::default()
        })
        .unwrap();
        assert!(matches!(
            password,
            Reopening::Password { email, password } if email == "ada@example.com" && password.expose_secret() == "pw"
        ));
        assert_eq!(
            fields(Reopening::try_from(&pb::CancelDeletionRequest::default()).unwrap_err()),
            ["email", "password"]
        );
        let long = pb::CancelDeletionRequest {
            email: "x".repeat(MAX_EMAIL_CHARS + 1),
            password: "x".repeat(MAX_PASSWORD_CHARS + 1),
            ..Default::default()
        };
        assert_eq!(fields(Reopening::try_from(&long).unwrap_err()), ["email", "password"]);
    }
}
