//! Sign-up, sign-in and session rules that span users, refresh tokens, login
//! attempts and the audit trail. Every change and its audit event commit in
//! one transaction.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::Utc;
use diesel_async::{AsyncConnection, AsyncPgConnection};
use uuid::Uuid;

use super::error::IdentityError;
use super::model::{DisplayName, Email, NewRefreshToken, NewUser, Password, Registration, SessionTokens, UserRow};
use super::repo;
use crate::audit::{self, AuditEntry};
use crate::auth::google::GoogleVerifier;
use crate::auth::google::{GoogleError, GoogleIdentity};
use crate::auth::tokens::TokenKeys;
use crate::auth::{password, tokens, Role};
use crate::config::AuthConfig;
use crate::db::Pool;
use crate::error::DbError;

/// Where a call came from, for sessions, limits and the audit trail.
#[derive(Debug, Clone)]
pub struct ClientInfo {
    pub peer: String,
    pub user_agent: Option<String>,
}

type Result<T> = std::result::Result<T, IdentityError>;

/// What the account rules use, and nothing more: the pool, the token keys,
/// the Google verifier, the sign-in limits, and how long a closed account
/// can be reopened.
#[derive(Clone, Copy)]
pub struct Accounts<'a> {
    pub pool: &'a Pool,
    pub tokens: &'a TokenKeys,
    pub google: &'a GoogleVerifier,
    pub auth: &'a AuthConfig,
    pub deletion_grace: chrono::Duration,
}

/// Stores a new refresh token (in `family`, or a new family) and signs an
/// access token to go with it, valid while the user's session version is
/// `session_version`.
pub(crate) async fn start_session(
    conn: &mut AsyncPgConnection,
    accounts: Accounts<'_>,
    user_id: Uuid,
    session_version: i32,
    family_id: Option<Uuid>,
    client: &ClientInfo,
) -> std::result::Result<(Uuid, SessionTokens), DbError> {
    let (refresh_token, token_hash) = tokens::new_refresh_token();
    let refresh_expires = Utc::now() + accounts.tokens.refresh_ttl;
    let id = Uuid::now_v7();
    repo::insert_refresh_token(
        conn,
        &NewRefreshToken {
            id,
            user_id,
            family_id: family_id.unwrap_or_else(Uuid::now_v7),
            token_hash,
            expires_at: refresh_expires,
            user_agent: client.user_agent.clone(),
            ip: Some(client.peer.clone()),
        },
    )
    .await?;
    let (access_token, access_expires) = accounts.tokens.issue_access(user_id, session_version);
    Ok((
        id,
        SessionTokens {
            access_token,
            access_expires,
            refresh_token,
            refresh_expires,
        },
    ))
}

async fn hash_password(password: &Password) -> Result<String> {
    password::hash(password.expose())
        .await
        .map_err(|e| IdentityError::Hashing(e.to_string()))
}

pub async fn register(
    accounts: Accounts<'_>,
    form: Registration,
    client: &ClientInfo,
) -> Result<(UserRow, SessionTokens)> {
    let hash = hash_password(&form.password).await?;
    let mut conn = crate::db::conn(accounts.pool).await?;
    conn.transaction::<_, IdentityError, _>(async |conn| {
        let user = repo::insert_user(
            conn,
            &NewUser {
                id: Uuid::now_v7(),
                email: form.email.as_str(),
                display_name: form.display_name.as_str(),
                password_hash: Some(&hash),
                google_subject: None,
                role: Role::Member.as_str(),
                timezone: form.timezone.as_str(),
                locale: form.locale.as_str(),
                // Nobody proved they receive mail at this address.
                email_verified: false,
            },
        )
        .await
        .map_err(|e| match e {
            DbError::UniqueViolation { .. } => IdentityError::EmailTaken,
            other => other.into(),
        })?;
        let entry = AuditEntry::new("user.register", "user", user.id)
            .actor(user.id)
            .ip(&client.peer)
            .meta("method", "password");
        audit::record(conn, entry).await?;
        let (_, session) = start_session(conn, accounts, user.id, user.session_version, None, client).await?;
        Ok((user, session))
    })
    .await
}

/// Admits a login attempt under the limits and records it as failed, all
/// under the email's and the peer's locks, so parallel guesses are counted
/// before any of them is checked. Returns the attempt's id.
pub(crate) async fn admit_login_attempt(
    conn: &mut AsyncPgConnection,
    accounts: Accounts<'_>,
    email: &str,
    peer: &str,
) -> Result<i64> {
    let limits = accounts.auth;
    let since = Utc::now() - limits.login_window;
    conn.transaction::<_, IdentityError, _>(async |conn| {
        repo::lock_login_attempts(conn, email, peer).await?;
        let failures = repo::recent_failures(conn, email, peer, since).await?;
        if failures.pair >= i64::from(limits.login_max_per_email)
            || failures.email >= i64::from(limits.login_max_per_email_global)
            || failures.peer >= i64::from(limits.login_max_per_peer)
        {
            return Err(IdentityError::TooManyAttempts {
                retry_after_secs: limits.login_window.as_secs(),
            });
        }
        Ok(repo::record_login_attempt(conn, email, peer).await?)
    })
    .await
}

pub async fn login(
    accounts: Accounts<'_>,
    email: &str,
    password: &str,
    client: &ClientInfo,
) -> Result<(UserRow, SessionTokens)> {
    // Normalise like registration did; a malformed email simply never matches.
    let email = Email::parse(email)
        .map(|e| e.as_str().to_owned())
        .unwrap_or_else(|_| email.trim().to_lowercase());
    let mut conn = crate::db::conn(accounts.pool).await?;
    let attempt = admit_login_attempt(&mut conn, accounts, &email, &client.peer).await?;

    let user = repo::user_by_email(&mut conn, &email).await?;
    let stored = user.as_ref().and_then(|u| u.password_hash.clone());
    if !password::verify(password.to_owned(), stored).await {
        let entry = AuditEntry::new(
            "auth.login_failed",
            "user",
            user.as_ref().map(|u| u.id.to_string()).unwrap_or_default(),
        )
        .ip(&client.peer)
        .meta("email", &email);
        audit::record(&mut conn, entry).await?;
        return Err(IdentityError::InvalidCredentials);
    }
    let user = user.expect("a verified password belongs to a user");
    if !user.is_active {
        return Err(IdentityError::AccountDisabled);
    }
    conn.transaction::<_, IdentityError, _>(async |conn| {
        repo::mark_login_succeeded(conn, attempt).await?;
        repo::touch_last_active(conn, user.id).await?;
        let entry = AuditEntry::new("auth.login", "user", user.id)
            .actor(user.id)
            .ip(&client.peer)
            .meta("method", "password");
        audit::record(conn, entry).await?;
        let (_, session) = start_session(conn, accounts, user.id, user.session_version, None, client).await?;
        Ok((user, session))
    })
    .await
}

enum RefreshOutcome {
    Rotated(Box<(UserRow, SessionTokens)>),
    Reused,
    Invalid,
}

pub async fn refresh(
    accounts: Accounts<'_>,
    refresh_token: &str,
    client: &ClientInfo,
) -> Result<(UserRow, SessionTokens)> {
    let hash = tokens::hash_refresh_token(refresh_token);
    let mut conn = crate::db::conn(accounts.pool).await?;
    // Reuse revokes the family and must commit even though the call fails,
    // so the transaction returns an outcome rather than an error.
    let outcome = conn
        .transaction::<_, IdentityError, _>(async |conn| {
            let Some(token) = repo::refresh_token_for_update(conn, &hash).await? else {
                return Ok(RefreshOutcome::Invalid);
            };
            if token.replaced_by.is_some() {
                let revoked = repo::revoke_family(conn, token.family_id).await?;
                let entry = AuditEntry::new("auth.refresh_reuse", "user", token.user_id)
                    .ip(&client.peer)
                    .meta("family_id", token.family_id)
                    .meta("revoked", revoked);
                audit::record(conn, entry).await?;
                return Ok(RefreshOutcome::Reused);
            }
            if token.revoked_at.is_some() || token.expires_at <= Utc::now() {
                return Ok(RefreshOutcome::Invalid);
            }
            let user = repo::user(conn, token.user_id).await?;
            if !user.is_active {
                return Ok(RefreshOutcome::Invalid);
            }
            let (new_id, session) = start_session(
                conn,
                accounts,
                user.id,
                user.session_version,
                Some(token.family_id),
                client,
            )
            .await?;
            repo::mark_replaced(conn, token.id, new_id).await?;
            repo::touch_last_active(conn, user.id).await?;
            Ok(RefreshOutcome::Rotated(Box::new((user, session))))
        })
        .await?;
    match outcome {
        RefreshOutcome::Rotated(done) => Ok(*done),
        RefreshOutcome::Reused => Err(IdentityError::RefreshTokenReused),
        RefreshOutcome::Invalid => Err(IdentityError::InvalidRefreshToken),
    }
}

/// Ends one session (the refresh token's family) or all of the caller's.
pub async fn logout(
    accounts: Accounts<'_>,
    user_id: Uuid,
    refresh_token: Option<&str>,
    client: &ClientInfo,
) -> Result<usize> {
    let mut conn = crate::db::conn(accounts.pool).await?;
    let hash = refresh_token.map(tokens::hash_refresh_token);
    conn.transaction::<_, IdentityError, _>(async |conn| {
        let revoked = match &hash {
            None => {
                // Access tokens already handed out end too, not only at expiry.
                repo::bump_session_version(conn, user_id).await.map_err(not_found)?;
                repo::revoke_all_for_user(conn, user_id).await?
            }
            Some(hash) => match repo::refresh_token_for_update(conn, hash).await? {
                // Another user's token is treated as unknown.
                Some(token) if token.user_id == user_id => repo::revoke_family(conn, token.family_id).await?,
                _ => return Err(IdentityError::SessionNotFound),
            },
        };
        let entry = AuditEntry::new("auth.logout", "user", user_id)
            .actor(user_id)
            .ip(&client.peer)
            .meta("all_sessions", hash.is_none());
        audit::record(conn, entry).await?;
        Ok(revoked)
    })
    .await
}

/// Verifies the ID token, then signs in the user with that Google subject,
/// or creates one. An account with the same email is linked only when its
/// address was proven; otherwise anyone who registered someone else's address
/// with a password would get their Google sign-in, or the address's owner
/// would take over the registrant's account. Such accounts link through
/// [`link_google`] after signing in with their password.
pub async fn sign_in_with_google(
    accounts: Accounts<'_>,
    id_token: &str,
    client: &ClientInfo,
) -> Result<(UserRow, SessionTokens, bool)> {
    let google = accounts.google.verify(id_token).await?;
    // Google vouches for the address only when it says it verified it.
    if !google.email_verified {
        return Err(IdentityError::GoogleEmailUnverified);
    }
    let Some(email) = google.email.as_deref().and_then(|e| Email::parse(e).ok()) else {
        return Err(GoogleError::Invalid("token has no usable email".into()).into());
    };
    let mut conn = crate::db::conn(accounts.pool).await?;
    conn.transaction::<_, IdentityError, _>(async |conn| {
        let mut created = false;
        let user = match repo::user_by_google_subject(conn, &google.sub).await? {
            Some(user) => user,
            None => match repo::user_by_email(conn, email.as_str()).await? {
                Some(existing) if existing.email_verified && existing.google_subject.is_none() => {
                    let linked = repo::link_google(conn, existing.id, &google.sub, true).await?;
                    audit::record(
                        conn,
                        AuditEntry::new("user.google_linked", "user", linked.id)
                            .actor(linked.id)
                            .ip(&client.peer)
                            .meta("via", "sign_in"),
                    )
                    .await?;
                    linked
                }
                Some(_) => return Err(IdentityError::AccountExists),
                None => {
                    created = true;
                    create_google_user(conn, &email, &google, client).await?
                }
            },
        };
        if !user.is_active {
            return Err(IdentityError::AccountDisabled);
        }
        repo::touch_last_active(conn, user.id).await?;
        audit::record(
            conn,
            AuditEntry::new("auth.login", "user", user.id)
                .actor(user.id)
                .ip(&client.peer)
                .meta("method", "google"),
        )
        .await?;
        let (_, session) = start_session(conn, accounts, user.id, user.session_version, None, client).await?;
        Ok((user, session, created))
    })
    .await
}

/// Links the Google identity of `id_token` to the signed-in user. The email
/// counts as proven when Google verified the same address.
pub async fn link_google(
    accounts: Accounts<'_>,
    user_id: Uuid,
    id_token: &str,
    client: &ClientInfo,
) -> Result<UserRow> {
    let google = accounts.google.verify(id_token).await?;
    let mut conn = crate::db::conn(accounts.pool).await?;
    conn.transaction::<_, IdentityError, _>(async |conn| {
        let user = repo::user(conn, user_id).await.map_err(not_found)?;
        match user.google_subject.as_deref() {
            Some(subject) if subject == google.sub => return Ok(user),
            Some(_) => return Err(IdentityError::GoogleAlreadyLinked),
            None => {}
        }
        if repo::user_by_google_subject(conn, &google.sub).await?.is_some() {
            return Err(IdentityError::GoogleIdentityTaken);
        }
        let same_address = google
            .email
            .as_deref()
            .and_then(|e| Email::parse(e).ok())
            .is_some_and(|e| e.as_str() == user.email);
        let linked = repo::link_google(conn, user_id, &google.sub, google.email_verified && same_address)
            .await
            .map_err(|e| match e {
                // Linked to someone else between the check and the update.
                DbError::UniqueViolation { .. } => IdentityError::GoogleIdentityTaken,
                other => other.into(),
            })?;
        audit::record(
            conn,
            AuditEntry::new("user.google_linked", "user", user_id)
                .actor(user_id)
                .ip(&client.peer)
                .meta("via", "link"),
        )
        .await?;
        Ok(linked)
    })
    .await
}

async fn create_google_user(
    conn: &mut AsyncPgConnection,
    email: &Email,
    google: &GoogleIdentity,
    client: &ClientInfo,
) -> Result<UserRow> {
    let fallback = email.as_str().split('@').next().unwrap_or("user").to_owned();
    let name = google
        .name
        .as_deref()
        .and_then(|n| DisplayName::parse(n).ok())
        .unwrap_or_else(|| {
            DisplayName::parse(&fallback).unwrap_or_else(|_| DisplayName::parse("user").expect("valid"))
        });
    let user = repo::insert_user(
        conn,
        &NewUser {
            id: Uuid::now_v7(),
            email: email.as_str(),
            display_name: name.as_str(),
            password_hash: None,
            google_subject: Some(&google.sub),
            role: Role::Member.as_str(),
            timezone: "UTC",
            locale: "en",
            // Only verified Google emails get this far.
            email_verified: true,
        },
    )
    .await?;
    audit::record(
        conn,
        AuditEntry::new("user.register", "user", user.id)
            .actor(user.id)
            .ip(&client.peer)
            .meta("method", "google"),
    )
    .await?;
    Ok(user)
}

/// How recent a Google sign-in must be to stand in for the current password.
const GOOGLE_PROOF_MAX_AGE_SECS: i64 = 5 * 60;

/// Seconds since the epoch when a JWT was issued, from its `iat` claim. Only
/// read after the token's signature was verified.
fn issued_at(jwt: &str) -> Option<i64> {
    #[derive(serde::Deserialize)]
    struct Claims {
        iat: i64,
    }
    let payload = jwt.split('.').nth(1)?;
    let bytes = URL_SAFE_NO_PAD.decode(payload).ok()?;
    serde_json::from_slice::<Claims>(&bytes).ok().map(|c| c.iat)
}

/// A password-less account proves it is its owner with a fresh Google
/// sign-in of its linked identity.
async fn prove_google_owner(accounts: Accounts<'_>, user: &UserRow, id_token: &str) -> Result<()> {
    if id_token.is_empty() {
        return Err(IdentityError::GoogleProofRequired(
            "is required: this account has no password, so sign in with Google again",
        ));
    }
    let google = accounts.google.verify(id_token).await.map_err(|e| match e {
        GoogleError::Invalid(cause) => {
            tracing::info!(%cause, "rejected Google ID token as proof");
            IdentityError::GoogleProofRequired("is not a valid Google ID token")
        }
        other => other.into(),
    })?;
    if user.google_subject.as_deref() != Some(google.sub.as_str()) {
        return Err(IdentityError::GoogleProofRequired(
            "belongs to another Google account than the linked one",
        ));
    }
    let age = issued_at(id_token).map(|iat| Utc::now().timestamp() - iat);
    // A minute of clock skew the other way is tolerated.
    if !age.is_some_and(|age| (-60..=GOOGLE_PROOF_MAX_AGE_SECS).contains(&age)) {
        return Err(IdentityError::GoogleProofRequired(
            "must come from a Google sign-in in the last 5 minutes",
        ));
    }
    Ok(())
}

/// Proves the caller is the account's owner before a grave change: the
/// current password, or for an account without one a fresh Google sign-in
/// of its linked identity.
pub async fn reauthenticate(
    accounts: Accounts<'_>,
    user: &UserRow,
    current: &str,
    google_id_token: &str,
) -> Result<()> {
    match user.password_hash.clone() {
        Some(stored) => {
            if !password::verify(current.to_owned(), Some(stored)).await {
                return Err(IdentityError::WrongCurrentPassword);
            }
            Ok(())
        }
        None => prove_google_owner(accounts, user, google_id_token).await,
    }
}

/// Checks the current password, or for an account without one a fresh
/// Google sign-in (see [`reauthenticate`]); sets the new password, ends every session (access tokens
/// included) and starts a fresh one.
pub async fn change_password(
    accounts: Accounts<'_>,
    user_id: Uuid,
    current: &str,
    google_id_token: &str,
    new: Password,
    client: &ClientInfo,
) -> Result<SessionTokens> {
    let mut conn = crate::db::conn(accounts.pool).await?;
    let user = repo::user(&mut conn, user_id).await?;
    reauthenticate(accounts, &user, current, google_id_token).await?;
    let hash = hash_password(&new).await?;
    conn.transaction::<_, IdentityError, _>(async |conn| {
        repo::set_password(conn, user_id, &hash).await?;
        let version = repo::bump_session_version(conn, user_id).await?;
        let revoked = repo::revoke_all_for_user(conn, user_id).await?;
        audit::record(
            conn,
            AuditEntry::new("user.password_changed", "user", user_id)
                .actor(user_id)
                .ip(&client.peer)
                .meta("revoked_sessions", revoked),
        )
        .await?;
        let (_, session) = start_session(conn, accounts, user_id, version, None, client).await?;
        Ok(session)
    })
    .await
}

pub async fn set_role(
    accounts: Accounts<'_>,
    admin: Uuid,
    user_id: Uuid,
    role: Role,
    client: &ClientInfo,
) -> Result<UserRow> {
    if admin == user_id && role != Role::Admin {
        return Err(IdentityError::SelfLockout("demote"));
    }
    let mut conn = crate::db::conn(accounts.pool).await?;
    conn.transaction::<_, IdentityError, _>(async |conn| {
        let before = repo::user(conn, user_id).await.map_err(not_found)?;
        let user = repo::set_role(conn, user_id, role).await?;
        audit::record(
            conn,
            AuditEntry::new("user.role_changed", "user", user_id)
                .actor(admin)
                .ip(&client.peer)
                .meta("from", &before.role)
                .meta("to", role.as_str()),
        )
        .await?;
        Ok(user)
    })
    .await
}

/// Deactivation also revokes refresh tokens and moves the session version
/// on, so access tokens stop working at once and stay dead if the user is
/// activated again. (A role change needs neither: every call reads the role.)
pub async fn set_active(
    accounts: Accounts<'_>,
    admin: Uuid,
    user_id: Uuid,
    active: bool,
    client: &ClientInfo,
) -> Result<UserRow> {
    if admin == user_id && !active {
        return Err(IdentityError::SelfLockout("deactivate"));
    }
    let mut conn = crate::db::conn(accounts.pool).await?;
    conn.transaction::<_, IdentityError, _>(async |conn| {
        if active && crate::privacy::deletion::is_pending(conn, user_id).await? {
            return Err(IdentityError::ClosedForDeletion);
        }
        let user = repo::set_active(conn, user_id, active).await.map_err(not_found)?;
        if !active {
            repo::bump_session_version(conn, user_id).await?;
            repo::revoke_all_for_user(conn, user_id).await?;
        }
        let action = if active { "user.activated" } else { "user.deactivated" };
        audit::record(
            conn,
            AuditEntry::new(action, "user", user_id).actor(admin).ip(&client.peer),
        )
        .await?;
        Ok(user)
    })
    .await
}

fn not_found(err: DbError) -> IdentityError {
    match err {
        DbError::NotFound => IdentityError::UserNotFound,
        other => other.into(),
    }
}

/// `kith admin create`: promotes the account with this email to admin, or
/// creates it with `password`. Returns the user and whether it was created.
pub async fn ensure_admin(
    conn: &mut AsyncPgConnection,
    email: &Email,
    display_name: &DisplayName,
    password: &Password,
) -> Result<(UserRow, bool)> {
    let hash = hash_password(password).await?;
    conn.transaction::<_, IdentityError, _>(async |conn| {
        let (user, created) = match repo::user_by_email(conn, email.as_str()).await? {
            Some(existing) => (repo::set_role(conn, existing.id, Role::Admin).await?, false),
            None => {
                let user = repo::insert_user(
                    conn,
                    &NewUser {
                        id: Uuid::now_v7(),
                        email: email.as_str(),
                        display_name: display_name.as_str(),
                        password_hash: Some(&hash),
                        google_subject: None,
                        role: Role::Admin.as_str(),
                        timezone: "UTC",
                        locale: "en",
                        email_verified: false,
                    },
                )
                .await?;
                (user, true)
            }
        };
        let entry = AuditEntry::new("user.role_changed", "user", user.id)
            .meta("to", Role::Admin.as_str())
            .meta("via", "kith admin create");
        audit::record(conn, entry).await?;
        Ok((user, created))
    })
    .await
}
