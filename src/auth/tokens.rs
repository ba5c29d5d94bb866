//! Access tokens (HS256 JWTs with a `kid`, short-lived) and refresh tokens
//! (random, opaque, stored only as a SHA-256 hash).

use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

const ISSUER: &str = "kith";
const ACCESS: &str = "access";

#[derive(Debug, Serialize, Deserialize)]
struct AccessClaims {
    sub: Uuid,
    iss: String,
    typ: String,
    iat: i64,
    exp: i64,
    jti: Uuid,
}

#[derive(Debug, thiserror::Error)]
#[error("invalid access token: {0}")]
pub struct TokenError(String);

pub struct TokenKeys {
    kid: String,
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    pub access_ttl: Duration,
    pub refresh_ttl: Duration,
}

impl TokenKeys {
    pub fn hs256(secret: &[u8], kid: &str, access_ttl: Duration, refresh_ttl: Duration) -> Self {
        // Only HS256 is accepted, so `alg: none` and tokens of other key
        // families fail before their signature is even looked at.
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_required_spec_claims(&["exp", "iss", "sub"]);
        validation.leeway = 5;
        Self {
            kid: kid.to_owned(),
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            access_ttl,
            refresh_ttl,
        }
    }

    /// A signed access token for `user_id` and when it expires.
    pub fn issue_access(&self, user_id: Uuid) -> (String, DateTime<Utc>) {
        let now = Utc::now();
        let expires = now + self.access_ttl;
        let claims = AccessClaims {
            sub: user_id,
            iss: ISSUER.to_owned(),
            typ: ACCESS.to_owned(),
            iat: now.timestamp(),
            exp: expires.timestamp(),
            jti: Uuid::now_v7(),
        };
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some(self.kid.clone());
        let token = jsonwebtoken::encode(&header, &claims, &self.encoding).expect("HS256 signing does not fail");
        (token, expires)
    }

    /// The user an access token was issued to, if it is genuine, ours, of the
    /// access kind and unexpired.
    pub fn verify_access(&self, token: &str) -> Result<Uuid, TokenError> {
        let header = jsonwebtoken::decode_header(token).map_err(|e| TokenError(e.to_string()))?;
        if header.kid.as_deref() != Some(self.kid.as_str()) {
            return Err(TokenError("unknown key id".into()));
        }
        let data = jsonwebtoken::decode::<AccessClaims>(token, &self.decoding, &self.validation)
            .map_err(|e| TokenError(e.to_string()))?;
        if data.claims.typ != ACCESS {
            return Err(TokenError("not an access token".into()));
        }
        Ok(data.claims.sub)
    }
}

/// A new refresh token and the hash that is stored in its place.
pub fn new_refresh_token() -> (String, Vec<u8>) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = format!("kr_{}", URL_SAFE_NO_PAD.encode(bytes));
    let hash = hash_refresh_token(&token);
    (token, hash)
}

pub fn hash_refresh_token(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(secret: &[u8]) -> TokenKeys {
        TokenKeys::hs256(secret, "k1", Duration::from_secs(60), Duration::from_secs(600))
    }

    #[test]
    fn round_trip_and_rejections() {
        let keys_a = keys(b"a-secret-that-is-long-enough-123456");
        let user = Uuid::now_v7();
        let (token, _) = keys_a.issue_access(user);
        assert_eq!(keys_a.verify_access(&token).unwrap(), user);

        let keys_b = keys(b"another-secret-that-is-long-enough-1");
        assert!(keys_b.verify_access(&token).is_err(), "other key");
        assert!(keys_a.verify_access("garbage").is_err());
        let (refresh, _) = new_refresh_token();
        assert!(keys_a.verify_access(&refresh).is_err(), "refresh token as access");
    }
}
