//! Google Sign-In: verifies an ID token's RS256 signature against Google's
//! JWKS (fetched from a configurable URL and cached by `kid`), its issuer,
//! audience and expiry.

use std::collections::HashMap;
use std::sync::RwLock;
use std::time::{Duration, Instant};

use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;

use crate::config::AuthConfig;

/// An unknown `kid` refetches the key set, but not more often than this, so
/// forged tokens cannot make Kith hammer the JWKS endpoint. Keys are also
/// kept at least this long whatever `max-age` says.
const MIN_REFETCH: Duration = Duration::from_secs(30);
/// How long keys are kept when the answer has no `max-age`, and at most.
const DEFAULT_TTL: Duration = Duration::from_secs(3600);
const MAX_TTL: Duration = Duration::from_secs(24 * 3600);
/// After a failed fetch, wait this long, doubling per failure up to the cap.
const FIRST_BACKOFF: Duration = Duration::from_secs(1);
const MAX_BACKOFF: Duration = Duration::from_secs(300);

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

/// The keys last fetched and when to fetch again. Only read and written
/// between awaits, so verifications never wait behind a fetch in flight.
#[derive(Default)]
struct KeyCache {
    keys: HashMap<String, DecodingKey>,
    /// When the keys stop being valid (`Cache-Control: max-age`).
    expires_at: Option<Instant>,
    /// No fetch before this: the refetch spacing, or the backoff after a
    /// failure.
    next_fetch: Option<Instant>,
    failures: u32,
}

impl KeyCache {
    fn fresh_key(&self, kid: &str, now: Instant) -> Option<DecodingKey> {
        let fresh = self.expires_at.is_some_and(|t| now < t);
        fresh.then(|| self.keys.get(kid).cloned()).flatten()
    }

    fn may_fetch(&self, now: Instant) -> bool {
        self.next_fetch.is_none_or(|t| now >= t)
    }

    fn fetched(&mut self, keys: HashMap<String, DecodingKey>, ttl: Duration, now: Instant) {
        self.keys = keys;
        self.expires_at = Some(now + ttl);
        self.next_fetch = Some(now + MIN_REFETCH);
        self.failures = 0;
    }

    fn failed(&mut self, now: Instant) {
        self.failures = self.failures.saturating_add(1);
        self.next_fetch = Some(now + backoff(self.failures));
    }
}

/// The wait after `failures` failed fetches in a row.
fn backoff(failures: u32) -> Duration {
    let doublings = failures.saturating_sub(1).min(16);
    (FIRST_BACKOFF * 2u32.pow(doublings)).min(MAX_BACKOFF)
}

/// How long an answer's keys may be used: its `max-age`, within bounds.
fn keys_ttl(cache_control: Option<&str>) -> Duration {
    let max_age = cache_control.and_then(|value| {
        value.split(',').find_map(|directive| {
            let (name, seconds) = directive.trim().split_once('=')?;
            name.trim()
                .eq_ignore_ascii_case("max-age")
                .then(|| seconds.trim().trim_matches('"').parse::<u64>().ok())
                .flatten()
        })
    });
    max_age
        .map(Duration::from_secs)
        .unwrap_or(DEFAULT_TTL)
        .clamp(MIN_REFETCH, MAX_TTL)
}

pub struct GoogleVerifier {
    http: reqwest::Client,
    jwks_url: String,
    issuers: Vec<String>,
    client_ids: Vec<String>,
    cache: RwLock<KeyCache>,
    /// Held while fetching, so one fetch runs at a time.
    fetching: tokio::sync::Mutex<()>,
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
            cache: RwLock::new(KeyCache::default()),
            fetching: tokio::sync::Mutex::new(()),
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

    fn cache(&self) -> std::sync::RwLockReadGuard<'_, KeyCache> {
        self.cache.read().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn cache_mut(&self) -> std::sync::RwLockWriteGuard<'_, KeyCache> {
        self.cache.write().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    async fn key(&self, kid: &str) -> Result<DecodingKey, GoogleError> {
        if let Some(key) = self.cache().fresh_key(kid, Instant::now()) {
            return Ok(key);
        }
        let _fetching = self.fetching.lock().await;
        // Whoever held the lock before may have fetched what we need.
        let now = Instant::now();
        if let Some(key) = self.cache().fresh_key(kid, now) {
            return Ok(key);
        }
        if !self.cache().may_fetch(now) {
            return Err(self.not_fetched());
        }
        match self.fetch().await {
            Ok((keys, ttl)) => self.cache_mut().fetched(keys, ttl, Instant::now()),
            Err(err) => {
                self.cache_mut().failed(Instant::now());
                return Err(err);
            }
        }
        self.cache()
            .fresh_key(kid, Instant::now())
            .ok_or_else(|| GoogleError::Invalid("unknown signing key".into()))
    }

    /// Why a key is missing when no fetch is allowed yet.
    fn not_fetched(&self) -> GoogleError {
        let cache = self.cache();
        if cache.failures > 0 {
            GoogleError::KeysUnavailable("the last fetch failed; retrying later".into())
        } else {
            GoogleError::Invalid("unknown signing key".into())
        }
    }

    /// The key set and how long it may be used.
    async fn fetch(&self) -> Result<(HashMap<String, DecodingKey>, Duration), GoogleError> {
        let unavailable = |e: reqwest::Error| GoogleError::KeysUnavailable(e.to_string());
        let response = self
            .http
            .get(&self.jwks_url)
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(unavailable)?;
        let cache_control = response.headers().get(reqwest::header::CACHE_CONTROL);
        let ttl = keys_ttl(cache_control.and_then(|v| v.to_str().ok()));
        let set: JwkSet = response.json().await.map_err(unavailable)?;
        let mut keys = HashMap::new();
        for jwk in &set.keys {
            if let (Some(kid), Ok(key)) = (jwk.common.key_id.clone(), DecodingKey::from_jwk(jwk)) {
                keys.insert(kid, key);
            }
        }
        tracing::debug!(count = keys.len(), ?ttl, "fetched Google signing keys");
        Ok((keys, ttl))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_age_sets_how_long_keys_live() {
        let s = Duration::from_secs;
        assert_eq!(
            keys_ttl(Some("public, max-age=21152, must-revalidate, no-transform")),
            s(21152)
        );
        assert_eq!(keys_ttl(Some("Max-Age = 600")), s(600));
        assert_eq!(keys_ttl(None), DEFAULT_TTL);
        assert_eq!(keys_ttl(Some("no-cache")), DEFAULT_TTL);
        assert_eq!(keys_ttl(Some("max-age=abc")), DEFAULT_TTL);
        // Bounded both ways: no refetch storm, no keys kept for a month.
        assert_eq!(keys_ttl(Some("max-age=0")), MIN_REFETCH);
        assert_eq!(keys_ttl(Some("max-age=99999999")), MAX_TTL);
    }

    #[test]
    fn keys_expire_and_fetches_back_off() {
        let t0 = Instant::now();
        let mut cache = KeyCache::default();
        assert!(cache.may_fetch(t0));
        let key = DecodingKey::from_secret(b"k");
        cache.fetched(HashMap::from([("a".to_owned(), key)]), Duration::from_secs(60), t0);
        assert!(cache.fresh_key("a", t0 + Duration::from_secs(59)).is_some());
        assert!(cache.fresh_key("b", t0).is_none());
        // An unknown kid does not refetch at once...
        assert!(!cache.may_fetch(t0 + Duration::from_secs(1)));
        // ...and expired keys are not used.
        assert!(cache.fresh_key("a", t0 + Duration::from_secs(60)).is_none());
        assert!(cache.may_fetch(t0 + Duration::from_secs(60)));

        let t1 = t0 + Duration::from_secs(60);
        cache.failed(t1);
        assert!(!cache.may_fetch(t1 + Duration::from_millis(999)));
        assert!(cache.may_fetch(t1 + Duration::from_secs(1)));
        cache.failed(t1);
        cache.failed(t1);
        assert!(!cache.may_fetch(t1 + Duration::from_secs(3)));
        assert!(cache.may_fetch(t1 + Duration::from_secs(4)));
        assert_eq!(backoff(100), MAX_BACKOFF);
        // A success resets the backoff.
        cache.fetched(HashMap::new(), Duration::from_secs(60), t1);
        assert_eq!(cache.failures, 0);
    }
}
