//! Accounts as stored and as validated input. Each input type has a private
//! field and a `parse` that is the only way in, so an `Email` is always valid;
//! whole requests are checked in `requests` (sign-up, sign-in, sessions),
//! `closure` (DeleteMe, CancelDeletion), `profile` (UpdateMe) and `admin`.

use chrono::{DateTime, NaiveTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

mod admin;
mod closure;
mod profile;
mod requests;

pub use admin::*;
pub use closure::*;
pub use requests::*;

use crate::auth::Role;
use crate::conversations::model::Mood;
use crate::proto::identity::v1 as pb;
use crate::proto::timestamp;
use crate::schema::{refresh_tokens, users};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// Trimmed and lower-cased: addresses differing only in case are one.
    pub fn parse(raw: &str) -> Result<Email, &'static str> {
        let email = raw.trim().to_lowercase();
        if email.is_empty() {
            return Err("is required");
        }
        if email.len() > 254 {
            return Err("must be at most 254 characters");
        }
        let Some((local, domain)) = email.split_once('@') else {
            return Err("is not an email address");
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.chars().any(|c| c.is_whitespace() || c.is_control() || c == '@');
        if !(domain_ok && local_ok) {
            return Err("is not an email address");
        }
        Ok(Email(email))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Clone)]
pub struct Password(String);

impl Password {
    pub fn parse(raw: &str) -> Result<Password, &'static str> {
        match raw.chars().count() {
            0..=7 => Err("must be at least 8 characters"),
            8..=256 => Ok(Password(raw.to_owned())),
            _ => Err("must be at most 256 characters"),
        }
    }

    pub fn expose(&self) -> String {
        self.0.clone()
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(raw: &str) -> Result<DisplayName, &'static str> {
        let name = raw.trim();
        if name.is_empty() {
            return Err("is required");
        }
        if name.chars().count() > 100 {
            return Err("must be at most 100 characters");
        }
        if name.chars().any(char::is_control) {
            return Err("must not contain control characters");
        }
        Ok(DisplayName(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An IANA timezone name such as "Europe/Paris".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timezone(String);

impl Timezone {
    pub fn parse(raw: &str) -> Result<Timezone, &'static str> {
        raw.parse::<chrono_tz::Tz>()
            .map(|tz| Timezone(tz.name().to_owned()))
            .map_err(|_| "is not an IANA timezone name (e.g. \"Europe/Paris\")")
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A BCP 47 language tag such as "en" or "pt-BR" (shape only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale(String);

impl Locale {
    pub fn parse(raw: &str) -> Result<Locale, &'static str> {
        let mut parts = raw.split('-');
        let language = parts.next().unwrap_or_default();
        let language_ok = (2..=3).contains(&language.len()) && language.chars().all(|c| c.is_ascii_alphabetic());
        let rest_ok = parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
        if raw.len() > 35 || !language_ok || !rest_ok {
            return Err("is not a BCP 47 language tag (e.g. \"en\" or \"pt-BR\")");
        }
        Ok(Locale(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// "HH:MM" on a 24-hour clock.
pub fn parse_clock(raw: &str) -> Result<NaiveTime, &'static str> {
    NaiveTime::parse_from_str(raw, "%H:%M").map_err(|_| "must be a time as \"HH:MM\"")
}

/// Distinct, known moods, stored by name.
pub fn parse_moods(raw: &[i32]) -> Result<Vec<Option<String>>, &'static str> {
    let mut names = Vec::new();
    for value in raw {
        let name = pb::Mood::try_from(*value)
            .ok()
            .and_then(|mood| Mood::try_from(mood).ok())
            .map(Mood::as_str)
            .ok_or("contains an unknown or unspecified mood")?;
        if !names.iter().any(|n: &Option<String>| n.as_deref() == Some(name)) {
            names.push(Some(name.to_owned()));
        }
    }
    Ok(names)
}

crate::stored_enum! {
    /// How often scheduled conversations are generated for the user.
    pub enum Frequency: pb::ConversationFrequency {
        Daily => "daily",
        Weekly => "weekly",
        Off => "off",
    }
}

pub fn parse_frequency(raw: i32) -> Result<&'static str, &'static str> {
    Frequency::from_wire(raw)
        .map(Frequency::as_str)
        .map_err(|_| "must be DAILY, WEEKLY or OFF")
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users, check_for_backend(diesel::pg::Pg))]
pub struct UserRow {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub password_hash: Option<String>,
    pub google_subject: Option<String>,
    pub role: String,
    pub timezone: String,
    pub locale: String,
    /// Elements are never NULL (a CHECK says so); diesel cannot know that.
    pub preferred_moods: Vec<Option<String>>,
    pub conversation_frequency: String,
    pub quiet_hours_start: Option<NaiveTime>,
    pub quiet_hours_end: Option<NaiveTime>,
    pub is_active: bool,
    pub last_active_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Proven by a verified Google token; a password registration is not.
    pub email_verified: bool,
    /// Access tokens carry it; one issued under an older version is refused.
    pub session_version: i32,
}

impl UserRow {
    pub fn role(&self) -> Role {
        // The CHECK constraint admits only known roles.
        Role::from_stored(&self.role).unwrap_or(Role::Member)
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser<'a> {
    pub id: Uuid,
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: Option<&'a str>,
    pub google_subject: Option<&'a str>,
    pub role: &'a str,
    pub timezone: &'a str,
    pub locale: &'a str,
    pub email_verified: bool,
}

/// A profile update; `None` leaves a column as it is.
#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = users)]
pub struct ProfileChanges {
    pub display_name: Option<String>,
    pub timezone: Option<String>,
    pub locale: Option<String>,
    pub preferred_moods: Option<Vec<Option<String>>>,
    pub conversation_frequency: Option<String>,
    pub quiet_hours_start: Option<Option<NaiveTime>>,
    pub quiet_hours_end: Option<Option<NaiveTime>>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = refresh_tokens, check_for_backend(diesel::pg::Pg))]
pub struct RefreshTokenRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub family_id: Uuid,
    pub expires_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub replaced_by: Option<Uuid>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = refresh_tokens)]
pub struct NewRefreshToken {
    pub id: Uuid,
    pub user_id: Uuid,
    pub family_id: Uuid,
    pub token_hash: Vec<u8>,
    pub expires_at: DateTime<Utc>,
    pub user_agent: Option<String>,
    pub ip: Option<String>,
}

/// Issued tokens of a signed-in session.
#[derive(Debug, Clone)]
pub struct SessionTokens {
    pub access_token: String,
    pub access_expires: DateTime<Utc>,
    pub refresh_token: String,
    pub refresh_expires: DateTime<Utc>,
}

impl From<SessionTokens> for pb::Session {
    fn from(s: SessionTokens) -> Self {
        pb::Session {
            access_token: s.access_token,
            refresh_token: s.refresh_token,
            token_type: "Bearer".into(),
            access_token_expire_time: Some(timestamp(s.access_expires)),
            refresh_token_expire_time: Some(timestamp(s.refresh_expires)),
        }
    }
}

fn mood_from_name(name: &str) -> pb::Mood {
    Mood::from_stored(name).map_or(pb::Mood::Unspecified, pb::Mood::from)
}

impl From<UserRow> for pb::User {
    fn from(u: UserRow) -> Self {
        let role = pb::Role::from(u.role()) as i32;
        let quiet_hours = u
            .quiet_hours_start
            .zip(u.quiet_hours_end)
            .map(|(start, end)| pb::QuietHours {
                start: start.format("%H:%M").to_string(),
                end: end.format("%H:%M").to_string(),
            });
        pb::User {
            id: u.id.to_string(),
            email: u.email,
            display_name: u.display_name,
            role,
            timezone: u.timezone,
            locale: u.locale,
            conversation_preferences: Some(pb::ConversationPreferences {
                preferred_moods: u
                    .preferred_moods
                    .iter()
                    .flatten()
                    .map(|m| mood_from_name(m) as i32)
                    .collect(),
                frequency: Frequency::from_stored(&u.conversation_frequency)
                    .map_or(pb::ConversationFrequency::Unspecified, pb::ConversationFrequency::from)
                    as i32,
                quiet_hours,
            }),
            is_active: u.is_active,
            last_active_at: u.last_active_at.map(timestamp),
            create_time: Some(timestamp(u.created_at)),
            update_time: Some(timestamp(u.updated_at)),
            has_password: u.password_hash.is_some(),
            google_linked: u.google_subject.is_some(),
            email_verified: u.email_verified,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(Email::parse("  Ada@Example.COM ").unwrap().as_str(), "ada@example.com");
        for bad in [
            "",
            "ada",
            "ada@",
            "@example.com",
            "ada@example",
            "a da@example.com",
            "ada@ex..com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn passwords_timezones_locales() {
        assert!(Password::parse("1234567").is_err());
        assert!(Password::parse("12345678").is_ok());
        assert!(Password::parse(&"x".repeat(257)).is_err());
        assert_eq!(
            Timezone::parse("Pacific/Kiritimati").unwrap().as_str(),
            "Pacific/Kiritimati"
        );
        assert!(Timezone::parse("Mars/Olympus").is_err());
        assert!(Locale::parse("pt-BR").is_ok());
        assert!(Locale::parse("english please").is_err());
    }

    #[test]
    fn moods_round_trip_by_name() {
        let all: Vec<i32> = (1..=10).collect();
        let names = parse_moods(&all).unwrap();
        assert_eq!(names.len(), 10);
        for (name, value) in names.iter().zip(all) {
            assert_eq!(mood_from_name(name.as_deref().unwrap()) as i32, value);
        }
        assert!(parse_moods(&[0]).is_err());
        assert!(parse_moods(&[99]).is_err());
    }
}
