//! Personas (`kith.personas.v1`): a user writes a survey about themself
//! and shares its link; friends answer without an account; once enough
//! answers are in, the saga makes an AI persona of them (traits and a
//! persona prompt, then an illustration). The owner watches it take shape,
//! chats with it (a chat counterpart) and shares a card drawn server-side.

pub mod avatar;
pub mod card;
mod error;
pub mod grpc;
pub mod images;
pub mod model;
mod personal_data;
pub mod repo;
pub mod saga;
pub mod watch;

use diesel_async::AsyncPgConnection;
use hmac::{Hmac, Mac};
use rand::RngCore;

pub use error::PersonasError;

use crate::error::DbError;
use model::PersonaStatus;
use repo::PersonaRow;

/// Tells the owner a run ended, in the transaction that ended it (retried
/// steps store one notice per run and outcome).
pub async fn notify_finished(conn: &mut AsyncPgConnection, persona: &PersonaRow) -> Result<(), DbError> {
    let (kind, title) = match persona.status() {
        PersonaStatus::Ready => ("persona_ready", format!("{} is ready to chat", persona.name)),
        PersonaStatus::Failed => ("persona_failed", "Your persona could not be made".to_owned()),
        _ => return Ok(()),
    };
    let data = serde_json::json!({
        "persona_id": persona.id,
        "survey_id": persona.survey_id,
        "generation": persona.generation,
    });
    let notice = crate::notify::Notice::new(persona.user_id, kind, title, data)
        .dedupe(format!("persona:{}:{}:{kind}", persona.id, persona.generation));
    crate::notify::emit(conn, notice).await?;
    Ok(())
}

/// A respondent's fingerprint as stored: keyed by the server's hash key
/// and the survey, so the same browser answering two surveys leaves two
/// unrelated values.
pub fn survey_fingerprint(key: &[u8; 32], survey_id: uuid::Uuid, fingerprint: &str) -> [u8; 32] {
    let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(survey_id.as_bytes());
    mac.update(fingerprint.as_bytes());
    mac.finalize().into_bytes().into()
}

/// The fingerprint as the rate limiter keys it, whatever the survey.
pub fn limiter_fingerprint(key: &[u8; 32], fingerprint: &str) -> [u8; 32] {
    let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(b"limit");
    mac.update(fingerprint.as_bytes());
    mac.finalize().into_bytes().into()
}

/// 128 random bits, URL-safe: a share link nobody can guess.
pub fn new_slug() -> String {
    use base64::Engine;
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}
