//! Access tokens (HS256 JWTs with a `kid`, short-lived) and refresh tokens
//! (random, opaque, stored only as a SHA-256 hash).

use std::collections::HashMap;
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
    /// The user's session version when the token was issued; the auth layer
    /// refuses it once the version moved on. Tokens from before versions
    /// existed read as 0, the first version.
    #[serde(default)]
    sv: i32,
}

/// What a genuine access token says about its caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccessToken {
    pub user_id: Uuid,
    pub session_version: i32,
}

#[derive(Debug, thiserror::Error)]
#[error("invalid access token: {0}")]
pub struct TokenError(String);

pub struct TokenKeys {
    kid: String,
    encoding: EncodingKey,
    /// The current key and retired ones still accepted, by `kid`, so a new
    /// secret can be rolled out without signing everyone out.
    decoding: HashMap<String, DecodingKey>,
    validation: Validation,
    pub access_ttl: Duration,
    pub refresh_ttl: Duration,
}

impl TokenKeys {
    pub fn hs256(
        secret: &[u8],
        kid: &str,
        retired: &[(String, String)],
        access_ttl: Duration,
        refresh_ttl: Duration,
    ) -> Self {
        // Only HS256 is accepted, so `alg: none` and tokens of other key
        // families fail before their signature is even looked at.
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_required_spec_claims(&["exp", "iss", "sub"]);
        validation.leeway = 5;
        Self {
            kid: kid.to_owned(),
            encoding: EncodingKey::from_secret(secret),
            decoding: retired
                .iter()
                .map(|(kid, secret)| (kid.clone(), DecodingKey::from_secret(secret.as_bytes())))
                .chain([(kid.to_owned(), DecodingKey::from_secret(secret))])
                .collect(),
            validation,
            access_ttl,
            refresh_ttl,
        }
    }

    /// A signed access token for `user_id` at its current session version,
    /// and when it expires.
    pub fn issue_access(&self, user_id: Uuid, session_version: i32) -> (String, DateTime<Utc>) {
        let now = Utc::now();
        let expires = now + self.access_ttl;
        let claims = AccessClaims {
            sub: user_id,
            iss: ISSUER.to_owned(),
            typ: ACCESS.to_owned(),
            iat: now.timestamp(),
            exp: expires.timestamp(),
            jti: Uuid::now_v7(),
            sv: session_version,
        };
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some(self.kid.clone());
        let token = jsonwebtoken::encode(&header, &claims, &self.encoding).expect("HS256 signing does not fail");
        (token, expires)
    }

    /// The user (and session version) an access token was issued to, if it is
    /// genuine, ours, of the access kind and unexpired.
    pub fn verify_access(&self, token: &str) -> Result<AccessToken, TokenError> {
        let header = jsonwebtoken::decode_header(token).map_err(|e| TokenError(e.to_string()))?;
        let key = header
            .kid
            .as_deref()
            .and_then(|kid| self.decoding.get(kid))
            .ok_or_else(|| TokenError("unknown key id".into()))?;
        let data = jsonwebtoken::decode::<AccessClaims>(token, key, &self.validation)
            .map_err(|e| TokenError(e.to_string()))?;
        if data.claims.typ != ACCESS {
            return Err(TokenError("not an access token".into()));
        }
        Ok(AccessToken {
            user_id: data.claims.sub,
            session_version: data.claims.sv,
        })
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
        TokenKeys::hs256(secret, "k1", &[], Duration::from_secs(60), Duration::from_secs(600))
    }

    #[test]
    fn retired_keys_still_verify_until_removed() {
        let old = keys(b"the-old-secret-that-is-long-enough-1");
        let (token, _) = old.issue_access(Uuid::now_v7(), 0);
        let rotated = TokenKeys::hs256(
            b"the-new-secret-that-is-long-enough-2",
            "k2",
            &[("k1".into(), "the-old-secret-that-is-long-enough-1".into())],
            Duration::from_secs(60),
            Duration::from_secs(600),
        );
        assert!(rotated.verify_access(&token).is_ok());
        let (fresh, _) = rotated.issue_access(Uuid::now_v7(), 0);
        assert!(rotated.verify_access(&fresh).is_ok());
        let forgotten = TokenKeys::hs256(
            b"the-new-secret-that-is-long-enough-2",
            "k2",
            &[],
            Duration::from_secs(60),
            Duration::from_secs(60),
        );
        assert!(forgotten.verify_access(&token).is_err());
    }

    #[test]
    fn round_trip_and_rejections() {
        let keys_a = keys(b"a-secret-that-is-long-enough-123456");
        let user = Uuid::now_v7();
        let (token, _) = keys_a.issue_access(user, 3);
        let verified = keys_a.verify_access(&token).unwrap();
        assert_eq!((verified.user_id, verified.session_version), (user, 3));

        let keys_b = keys(b"another-secret-that-is-long-enough-1");
        assert!(keys_b.verify_access(&token).is_err(), "other key");
        assert!(keys_a.verify_access("garbage").is_err());
        let (refresh, _) = new_refresh_token();
        assert!(keys_a.verify_access(&refresh).is_err(), "refresh token as access");
    }
}
