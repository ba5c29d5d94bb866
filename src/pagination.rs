//! List paging (AIP-158): page sizes, and opaque keyset page tokens bound to
//! the method, caller and filters they were issued for.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::RngCore;
use serde::de::DeserializeOwned;
use serde::Serialize;
use sha2::{Digest, Sha256};

pub const DEFAULT_PAGE_SIZE: i64 = 50;
pub const MAX_PAGE_SIZE: i64 = 500;

/// 0 means the default, above the cap is lowered, negative is an error.
pub fn page_size(requested: i32) -> Result<i64, &'static str> {
    match requested {
        n if n < 0 => Err("must not be negative"),
        0 => Ok(DEFAULT_PAGE_SIZE),
        n => Ok(i64::from(n).min(MAX_PAGE_SIZE)),
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PageTokenError {
    #[error("is not a page token issued by this server")]
    Malformed,
    #[error("was issued for a different request; keep the filters of the first page")]
    FiltersChanged,
}

/// Seals keyset cursors so clients cannot read or forge them: the cursor is
/// masked with a keyed stream and authenticated with HMAC-SHA256.
#[derive(Clone)]
pub struct PageTokens {
    key: [u8; 32],
}

const NONCE: usize = 8;
const TAG: usize = 16;
const FINGERPRINT: usize = 8;

impl PageTokens {
    pub fn new(secret: &[u8]) -> Self {
        let key = Sha256::new()
            .chain_update(b"kith page tokens")
            .chain_update(secret)
            .finalize();
        Self { key: key.into() }
    }

    /// `scope` names what the token is for (method, caller and filters);
    /// a token presented with another scope is refused.
    pub fn encode<C: Serialize>(&self, scope: &str, cursor: &C) -> String {
        let mut plain = fingerprint(scope).to_vec();
        plain.extend(serde_json::to_vec(cursor).expect("cursors serialize"));
        let mut nonce = [0u8; NONCE];
        rand::rng().fill_bytes(&mut nonce);
        self.mask(&nonce, &mut plain);
        let mut token = nonce.to_vec();
        token.extend(&plain);
        token.extend(self.tag(&token));
        URL_SAFE_NO_PAD.encode(token)
    }

    /// None for an empty token (the first page).
    pub fn decode<C: DeserializeOwned>(&self, scope: &str, token: &str) -> Result<Option<C>, PageTokenError> {
        if token.is_empty() {
            return Ok(None);
        }
        let raw = URL_SAFE_NO_PAD.decode(token).map_err(|_| PageTokenError::Malformed)?;
        if raw.len() < NONCE + FINGERPRINT + TAG {
            return Err(PageTokenError::Malformed);
        }
        let (body, tag) = raw.split_at(raw.len() - TAG);
        let mut mac = self.mac();
        mac.update(body);
        mac.verify_truncated_left(tag).map_err(|_| PageTokenError::Malformed)?;
        let (nonce, masked) = body.split_at(NONCE);
        let mut plain = masked.to_vec();
        self.mask(nonce, &mut plain);
        if plain[..FINGERPRINT] != fingerprint(scope) {
            return Err(PageTokenError::FiltersChanged);
        }
        serde_json::from_slice(&plain[FINGERPRINT..])
            .map(Some)
            .map_err(|_| PageTokenError::Malformed)
    }

    fn mac(&self) -> Hmac<Sha256> {
        Hmac::<Sha256>::new_from_slice(&self.key).expect("any key length")
    }

    fn tag(&self, data: &[u8]) -> Vec<u8> {
        let mut mac = self.mac();
        mac.update(data);
        mac.finalize().into_bytes()[..TAG].to_vec()
    }

    fn mask(&self, nonce: &[u8], data: &mut [u8]) {
        for (block, chunk) in data.chunks_mut(32).enumerate() {
            let stream = Sha256::new()
                .chain_update(self.key)
                .chain_update(nonce)
                .chain_update((block as u64).to_le_bytes())
                .finalize();
            for (byte, mask) in chunk.iter_mut().zip(stream) {
                *byte ^= mask;
            }
        }
    }
}

fn fingerprint(scope: &str) -> [u8; FINGERPRINT] {
    let digest = Sha256::digest(scope.as_bytes());
    digest[..FINGERPRINT].try_into().expect("fixed size")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(page_size(0), Ok(50));
        assert_eq!(page_size(7), Ok(7));
        assert_eq!(page_size(10_000), Ok(500));
        assert!(page_size(-1).is_err());
    }

    #[test]
    fn tokens_round_trip_and_are_bound_to_their_scope() {
        let tokens = PageTokens::new(b"secret");
        let token = tokens.encode("list|role=admin", &("2026-01-01", 42));
        assert!(!token.contains("2026"), "cursor must not be readable");
        let back: Option<(String, i64)> = tokens.decode("list|role=admin", &token).unwrap();
        assert_eq!(back, Some(("2026-01-01".into(), 42)));
        assert_eq!(
            tokens.decode::<(String, i64)>("list|role=member", &token),
            Err(PageTokenError::FiltersChanged)
        );
        let mut forged = token.clone();
        forged.replace_range(12..13, if &token[12..13] == "A" { "B" } else { "A" });
        assert_eq!(
            tokens.decode::<(String, i64)>("list|role=admin", &forged),
            Err(PageTokenError::Malformed)
        );
        assert_eq!(tokens.decode::<(String, i64)>("x", ""), Ok(None));
    }
}
