//! Connection strings sealed at rest with ChaCha20-Poly1305: a random
//! nonce per seal, stored as nonce || ciphertext (with its tag). The
//! source's id is the associated data, so a sealed string copied onto
//! another source's row does not open there.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};
use uuid::Uuid;

const NONCE_BYTES: usize = 12;

/// What a key is derived from when none is configured.
const DERIVATION: &[u8] = b"kith external sources v1";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("KITH_CASES_SOURCES_KEY is not 64 hex characters")]
    BadKey,
    /// Altered, sealed under another key, or moved from another row.
    #[error("the sealed connection string does not open")]
    WontOpen,
}

/// The key connection strings are sealed with.
#[derive(Clone)]
pub struct SealKey([u8; 32]);

impl std::fmt::Debug for SealKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealKey(..)")
    }
}

impl SealKey {
    /// The configured key (64 hex characters), else one derived from the
    /// server's keyed-hash key, so a database copy alone opens nothing.
    pub fn new(configured: Option<&SecretString>, hash_key: &[u8; 32]) -> Result<SealKey, SealError> {
        if let Some(hex_key) = configured {
            let bytes = hex::decode(hex_key.expose_secret()).map_err(|_| SealError::BadKey)?;
            return bytes.try_into().map(SealKey).map_err(|_| SealError::BadKey);
        }
        let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(hash_key).expect("HMAC takes any key length");
        mac.update(DERIVATION);
        Ok(SealKey(mac.finalize().into_bytes().into()))
    }

    /// The key the settings name, bound to the process's keyed-hash key.
    pub fn of(config: &crate::config::Config, hash_key: &[u8; 32]) -> Result<SealKey, SealError> {
        SealKey::new(config.cases.sources_key.as_ref(), hash_key)
    }

    pub fn seal(&self, source_id: Uuid, plain: &str) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_BYTES];
        rand::rng().fill_bytes(&mut nonce);
        let payload = Payload {
            msg: plain.as_bytes(),
            aad: source_id.as_bytes(),
        };
        let sealed = (self.cipher())
            .encrypt(Nonce::from_slice(&nonce), payload)
            .expect("ChaCha20-Poly1305 seals any message that fits in memory");
        let mut out = nonce.to_vec();
        out.extend(sealed);
        out
    }

    pub fn open(&self, source_id: Uuid, sealed: &[u8]) -> Result<SecretString, SealError> {
        if sealed.len() < NONCE_BYTES {
            return Err(SealError::WontOpen);
        }
        let (nonce, body) = sealed.split_at(NONCE_BYTES);
        let payload = Payload {
            msg: body,
            aad: source_id.as_bytes(),
        };
        let plain = (self.cipher())
            .decrypt(Nonce::from_slice(nonce), payload)
            .map_err(|_| SealError::WontOpen)?;
        String::from_utf8(plain)
            .map(SecretString::from)
            .map_err(|_| SealError::WontOpen)
    }

    fn cipher(&self) -> ChaCha20Poly1305 {
        ChaCha20Poly1305::new(Key::from_slice(&self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "postgres://reader:s3cret@registry.example:5432/people";

    fn key() -> SealKey {
        SealKey::new(None, &[7; 32]).unwrap()
    }

    #[test]
    fn a_sealed_string_opens_only_on_its_own_row_under_its_own_key() {
        let (id, other) = (Uuid::now_v7(), Uuid::now_v7());
        let sealed = key().seal(id, URL);
        assert!(!sealed.windows(6).any(|w| w == b"s3cret"));
        assert_eq!(key().open(id, &sealed).unwrap().expose_secret(), URL);
        assert_ne!(key().seal(id, URL), sealed, "a fresh nonce each time");
        assert_eq!(key().open(other, &sealed).unwrap_err(), SealError::WontOpen);
        let another = SealKey::new(None, &[8; 32]).unwrap();
        assert_eq!(another.open(id, &sealed).unwrap_err(), SealError::WontOpen);
        let mut tampered = sealed.clone();
        tampered[20] ^= 1;
        assert_eq!(key().open(id, &tampered).unwrap_err(), SealError::WontOpen);
        assert_eq!(key().open(id, &sealed[..5]).unwrap_err(), SealError::WontOpen);
    }

    #[test]
    fn a_configured_key_is_used_as_given() {
        let hex_key = SecretString::from("ab".repeat(32));
        let configured = SealKey::new(Some(&hex_key), &[7; 32]).unwrap();
        assert_eq!(configured.0, [0xab; 32]);
        let sealed = configured.seal(Uuid::nil(), URL);
        assert!(key().open(Uuid::nil(), &sealed).is_err());
        let short = SecretString::from("ab".to_owned());
        assert_eq!(SealKey::new(Some(&short), &[7; 32]).unwrap_err(), SealError::BadKey);
    }
}
