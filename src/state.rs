//! What every service shares: the database pool, token keys, the AI
//! gateway, the process's LISTEN connection and the settings. Built once per
//! process (`serve`, `worker` and the tests alike). It depends only on the
//! engines below the domains, so any domain or engine may take it without a
//! loop; a domain's own resources (usage's COPY connections) stay in the
//! domain.

use std::sync::Arc;

use secrecy::ExposeSecret;

use crate::ai::AiGateway;
use crate::auth::google::GoogleVerifier;
use crate::auth::tokens::TokenKeys;
use crate::config::{AuthConfig, Config};
use crate::db::{Listener, Pool};
use crate::pagination::PageTokens;

pub struct AppState {
    pub pool: Pool,
    pub tokens: Arc<TokenKeys>,
    pub google: GoogleVerifier,
    pub page_tokens: PageTokens,
    pub auth: AuthConfig,
    pub ai: AiGateway,
    /// The process's one LISTEN connection (connects on first subscription).
    pub listener: Listener,
    /// Settings jobs and domains read at run time (retention, limits, ...).
    pub config: Config,
    /// Keys hashes of what must not be stored as sent (survey respondents'
    /// fingerprints); derived from the server secret, so a database copy
    /// alone cannot reverse or match them.
    pub hash_key: [u8; 32],
}

/// A key of its own for keyed hashes, derived from the server secret.
fn derive_hash_key(secret: &[u8]) -> [u8; 32] {
    use hmac::{Hmac, Mac};
    let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(b"kith keyed hashes v1");
    mac.finalize().into_bytes().into()
}

impl AppState {
    pub fn new(config: &Config, pool: Pool, secret: &[u8]) -> Self {
        let retired: Vec<(String, String)> = (config.auth.jwt_retired.iter())
            .map(|(kid, secret)| (kid.clone(), secret.expose_secret().to_owned()))
            .collect();
        Self {
            tokens: Arc::new(TokenKeys::hs256(
                secret,
                &config.auth.jwt_kid,
                &retired,
                config.auth.access_ttl,
                config.auth.refresh_ttl,
            )),
            google: GoogleVerifier::new(&config.auth),
            page_tokens: PageTokens::new(secret),
            auth: config.auth.clone(),
            ai: AiGateway::new(crate::ai::provider(&config.ai), pool.clone(), config.ai.max_per_hour),
            listener: Listener::new(config.database_url_or_empty()),
            pool,
            config: config.clone(),
            hash_key: derive_hash_key(secret),
        }
    }
}
