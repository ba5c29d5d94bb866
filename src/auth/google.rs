//! Google Sign-In: verifies an ID token's RS256 signature against Google's
//! JWKS (fetched from a configurable URL and cached by `kid`), its issuer,
//! audience and expiry.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use tokio::sync::RwLock;

use crate::config::AuthConfig;

/// An unknown `kid` refetches the key set, but not more often than this, so
/// forged tokens cannot make Kith hammer the JWKS endpoint.
const MIN_REFETCH: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum GoogleError {
    #[error("Google sign-in is not configured (KITH_GOOGLE_CLIENT_IDS)")]
    NotConfigured,
    #[error("invalid Google ID token: {0}")]
    Invalid(String),
    #[error("cannot fetch Google's signing keys: {0}")]
    KeysUnavailable(String),
}

/// What Kith takes from a verified ID token.
#[derive(Debug, Clone, Deserialize)]
pub struct GoogleIdentity {
    pub sub: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub email_verified: bool,
    #[serde(default)]
    pub name: Option<String>,
}

struct KeyCache {
    keys: HashMap<String, DecodingKey>,
    fetched_at: Option<Instant>,
}

pub struct GoogleVerifier {
    http: reqwest::Client,
    jwks_url: String,
    issuers: Vec<String>,
    client_ids: Vec<String>,
    cache: RwLock<KeyCache>,
}

impl GoogleVerifier {
    pub fn new(config: &AuthConfig) -> Self {
        Self {
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .expect("static reqwest config"),
            jwks_url: config.google_jwks_url.clone(),
            issuers: config.google_issuers.clone(),
            client_ids: config.google_client_ids.clone(),
            cache: RwLock::new(KeyCache {
                keys: HashMap::new(),
                fetched_at: None,
            }),
        }
    }

    pub async fn verify(&self, id_token: &str) -> Result<GoogleIdentity, GoogleError> {
        if self.client_ids.is_empty() {
            return Err(GoogleError::NotConfigured);
        }
        let header = jsonwebtoken::decode_header(id_token).map_err(|e| GoogleError::Invalid(e.to_string()))?;
        if header.alg != Algorithm::RS256 {
            return Err(GoogleError::Invalid("algorithm must be RS256".into()));
        }
        let kid = header.kid.ok_or_else(|| GoogleError::Invalid("missing kid".into()))?;
        let key = self.key(&kid).await?;
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_audience(&self.client_ids);
        validation.set_issuer(&self.issuers);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        let data = jsonwebtoken::decode::<GoogleIdentity>(id_token, &key, &validation)
            .map_err(|e| GoogleError::Invalid(e.to_string()))?;
        Ok(data.claims)
    }

    async fn key(&self, kid: &str) -> Result<DecodingKey, GoogleError> {
        if let Some(key) = self.cache.read().await.keys.get(kid) {
            return Ok(key.clone());
        }
        let mut cache = self.cache.write().await;
        let recently = cache.fetched_at.is_some_and(|t| t.elapsed() < MIN_REFETCH);
        if !recently {
            cache.keys = self.fetch().await?;
            cache.fetched_at = Some(Instant::now());
        }
        cache
            .keys
            .get(kid)
            .cloned()
            .ok_or_else(|| GoogleError::Invalid("unknown signing key".into()))
    }

    async fn fetch(&self) -> Result<HashMap<String, DecodingKey>, GoogleError> {
        let unavailable = |e: reqwest::Error| GoogleError::KeysUnavailable(e.to_string());
        let set: JwkSet = self
            .http
            .get(&self.jwks_url)
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(unavailable)?
            .json()
            .await
            .map_err(unavailable)?;
        let mut keys = HashMap::new();
        for jwk in &set.keys {
            if let (Some(kid), Ok(key)) = (jwk.common.key_id.clone(), DecodingKey::from_jwk(jwk)) {
                keys.insert(kid, key);
            }
        }
        tracing::debug!(count = keys.len(), "fetched Google signing keys");
        Ok(keys)
    }
}
