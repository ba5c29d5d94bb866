//! One webhook delivery: the notification as JSON, signed, POSTed to the
//! endpoint at an address checked again now (a name may resolve elsewhere
//! than when it was registered), with no redirects followed. A failure is
//! logged on the delivery and retried by the job queue with backoff; the
//! last attempt's failure marks it dead.

use std::time::Duration;

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::Sha256;
use uuid::Uuid;

use super::address;
use crate::jobs::{JobContext, JobError, JobResult, Kind};

pub const DELIVER: Kind<Delivery> = Kind::new("webhook_delivery");

#[derive(Debug, Serialize, Deserialize)]
pub struct Delivery {
    pub delivery_id: Uuid,
}

/// The signature header's value: `t=<unix seconds>,v1=<hex HMAC-SHA256 of
/// "<t>.<body>">`. Receivers recompute it and reject old timestamps, so a
/// captured delivery cannot be replayed later.
pub fn signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("t={timestamp},v1={}", hex::encode(mac.finalize().into_bytes()))
}

/// A new endpoint secret: 32 random bytes, hex.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
    format!("whsec_{}", hex::encode(bytes))
}

/// The job handler.
pub async fn job(ctx: JobContext, Delivery { delivery_id }: Delivery) -> JobResult {
    let config = &ctx.config.webhooks;
    let mut conn = crate::db::conn(&ctx.pool).await?;
    let Some(out) = super::outgoing(&mut conn, delivery_id).await? else {
        // The endpoint or the notification was deleted meanwhile.
        return Ok(Some(json!({ "skipped": "the delivery is gone" })));
    };
    if out.state != "pending" {
        return Ok(Some(json!({ "skipped": format!("already {}", out.state) })));
    }
    drop(conn);
    let body = serde_json::to_vec(&json!({
        "delivery_id": out.id,
        "notification": {
            "id": out.notification_id,
            "user_id": out.user_id,
            "kind": out.kind,
            "title": out.title,
            "data": out.data,
            "create_time": out.created_at,
        },
    }))
    .expect("JSON");
    let outcome = post(
        &out.url,
        &out.secret,
        out.id,
        body,
        config.allow_private,
        config.timeout,
    )
    .await;
    let last_attempt = ctx.job.attempts >= ctx.job.max_attempts;
    let mut conn = crate::db::conn(&ctx.pool).await?;
    match outcome {
        Ok(status) => {
            super::record_attempt(&mut conn, delivery_id, "delivered", Some(status), None).await?;
            crate::metrics::notification_delivered("webhook");
            Ok(Some(json!({ "status": status })))
        }
        Err((status, error)) => {
            let state = if last_attempt { "dead" } else { "pending" };
            super::record_attempt(&mut conn, delivery_id, state, status, Some(&error)).await?;
            Err(JobError::Failed(error))
        }
    }
}

/// POSTs the body; Ok with a 2xx status, else the status (if any) and why.
async fn post(
    url: &str,
    secret: &str,
    delivery_id: Uuid,
    body: Vec<u8>,
    allow_private: bool,
    timeout: Duration,
) -> Result<i32, (Option<i32>, String)> {
    let url = address::parse(url, allow_private).map_err(|e| (None, format!("url {e}")))?;
    let target = address::resolve(&url, allow_private)
        .await
        .map_err(|e| (None, format!("url {e}")))?;
    // Connect only to the address just checked.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(timeout)
        .resolve_to_addrs(&target.host, &target.addrs)
        .build()
        .map_err(|e| (None, e.to_string()))?;
    let signed = signature(secret, chrono::Utc::now().timestamp(), &body);
    let response = client
        .post(target.url)
        .header("content-type", "application/json")
        .header("user-agent", "kith-webhooks/1")
        .header("x-kith-delivery", delivery_id.to_string())
        .header("x-kith-signature", signed)
        .body(body)
        .send()
        .await
        .map_err(|e| {
            let why = if e.is_timeout() {
                "timed out".to_owned()
            } else {
                "could not connect".to_owned()
            };
            (None, why)
        })?;
    let status = i32::from(response.status().as_u16());
    if response.status().is_success() {
        Ok(status)
    } else {
        Err((Some(status), format!("answered HTTP {status}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_hmac_sha256_over_timestamp_and_body() {
        // Checked against: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        assert_eq!(
            signature("whsec_test", 1_700_000_000, br#"{"a":1}"#),
            "t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789"
        );
        assert_ne!(signature("a", 1, b"x"), signature("b", 1, b"x"));
        assert_ne!(signature("a", 1, b"x"), signature("a", 2, b"x"));
        assert!(new_secret().starts_with("whsec_") && new_secret().len() == 70);
    }
}
