//! One push: the notification as an FCM HTTP v1 message, POSTed to
//! `{fcm_url}/v1/projects/{project_id}/messages:send` with the configured
//! bearer token, following no redirect. A token the push service does not
//! know (any more) is removed and the job ends; a busy or failing service is
//! retried by the job queue with backoff.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use uuid::Uuid;

use super::Outgoing;
use crate::config::PushTarget;
use crate::jobs::{JobContext, JobError, JobResult, Kind};

pub const DELIVER: Kind<Delivery> = Kind::new("push_delivery");

#[derive(Debug, Serialize, Deserialize)]
pub struct Delivery {
    pub notification_id: Uuid,
    pub token_id: Uuid,
}

/// FCM refuses a message whose data passes 4 KB, as INVALID_ARGUMENT,
/// which would read as a bad token; larger notification data stays out
/// (the app reads the notification by its id).
pub const MAX_DATA_BYTES: usize = 3072;

/// The FCM message: a title for the device to show, and for the app the
/// notification's id, kind and data (FCM data values are strings, so the
/// data is JSON text).
pub fn message(notification_id: Uuid, out: &Outgoing) -> Value {
    let mut data = json!({
        "notification_id": notification_id.to_string(),
        "kind": out.kind,
    });
    let text = out.data.to_string();
    if text.len() <= MAX_DATA_BYTES {
        data["data"] = Value::String(text);
    }
    json!({
        "message": {
            "token": out.token,
            "notification": { "title": out.title },
            "data": data,
        }
    })
}

/// What an answer of the push service means for the delivery.
#[derive(Debug, PartialEq, Eq)]
pub enum Answer {
    /// Accepted.
    Sent,
    /// The token is unregistered or not a token: remove it, retrying cannot
    /// help.
    TokenInvalid,
    /// Anything else (throttled, down, refused our credentials): why, to be
    /// retried.
    Failed(String),
}

/// Reads an answer by its status and FCM's error body
/// (`{"error": {"status": ..., "details": [{"errorCode": ...}]}}`).
pub fn answer(status: u16, body: &[u8]) -> Answer {
    if (200..300).contains(&status) {
        return Answer::Sent;
    }
    let error = serde_json::from_slice::<Value>(body)
        .ok()
        .map(|mut body| body["error"].take())
        .unwrap_or(Value::Null);
    let error_status = error["status"].as_str();
    let codes: Vec<&str> = (error["details"].as_array().into_iter().flatten())
        .filter_map(|detail| detail["errorCode"].as_str())
        .collect();
    let token_invalid = status == 404
        || status == 400 && codes.iter().any(|c| matches!(*c, "UNREGISTERED" | "INVALID_ARGUMENT"))
        || (400..500).contains(&status) && status != 429 && matches!(error_status, Some("NOT_FOUND" | "UNREGISTERED"));
    if token_invalid {
        return Answer::TokenInvalid;
    }
    // FCM's status names are short fixed words; anything else is left out.
    let named = error_status.filter(|s| s.len() <= 40 && s.chars().all(|c| c.is_ascii_uppercase() || c == '_'));
    Answer::Failed(match named {
        Some(name) => format!("answered HTTP {status} ({name})"),
        None => format!("answered HTTP {status}"),
    })
}

/// The job handler.
pub async fn job(
    ctx: JobContext,
    Delivery {
        notification_id,
        token_id,
    }: Delivery,
) -> JobResult {
    let Some(target) = ctx.config.push.target() else {
        return Ok(Some(json!({ "skipped": "push is not configured" })));
    };
    let mut conn = crate::db::conn(&ctx.pool).await?;
    let Some(out) = super::outgoing(&mut conn, notification_id, token_id).await? else {
        // The token was deleted or moved to another user, or the
        // notification is gone.
        return Ok(Some(json!({ "skipped": "the token or the notification is gone" })));
    };
    drop(conn);
    let (status, body) = send(&target, &message(notification_id, &out)).await?;
    match answer(status, &body) {
        Answer::Sent => {
            crate::metrics::notification_delivered("push");
            Ok(Some(json!({ "status": status })))
        }
        Answer::TokenInvalid => {
            let mut conn = crate::db::conn(&ctx.pool).await?;
            let removed = super::forget(&mut conn, token_id).await?;
            tracing::info!(%token_id, status, "push token removed: the push service does not know it");
            Ok(Some(json!({ "status": status, "token_removed": removed })))
        }
        Answer::Failed(why) => Err(JobError::Failed(why)),
    }
}

/// POSTs the message; the status and body of any answer, or why there was
/// none.
async fn send(target: &PushTarget<'_>, message: &Value) -> Result<(u16, Vec<u8>), JobError> {
    use secrecy::ExposeSecret;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(target.timeout)
        .build()
        .map_err(|e| JobError::Failed(format!("push client: {e}")))?;
    let unreachable = |e: reqwest::Error| {
        JobError::Failed(if e.is_timeout() {
            "timed out".to_owned()
        } else {
            "could not connect".to_owned()
        })
    };
    let response = client
        .post(&target.send_url)
        .bearer_auth(target.access_token.expose_secret())
        .header("user-agent", "kith-push/1")
        .json(message)
        .send()
        .await
        .map_err(unreachable)?;
    let status = response.status().as_u16();
    let body = response.bytes().await.map_err(unreachable)?;
    Ok((status, body.to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_tell_a_dead_token_from_a_busy_service() {
        assert_eq!(answer(200, br#"{"name":"projects/p/messages/1"}"#), Answer::Sent);
        let unregistered = br#"{"error":{"code":404,"status":"NOT_FOUND","details":[
            {"@type":"type.googleapis.com/google.firebase.fcm.v1.FcmError","errorCode":"UNREGISTERED"}]}}"#;
        assert_eq!(answer(404, unregistered), Answer::TokenInvalid);
        assert_eq!(answer(404, b"not json"), Answer::TokenInvalid);
        let invalid =
            br#"{"error":{"code":400,"status":"INVALID_ARGUMENT","details":[{"errorCode":"INVALID_ARGUMENT"}]}}"#;
        assert_eq!(answer(400, invalid), Answer::TokenInvalid);
        assert_eq!(
            answer(400, br#"{"error":{"status":"UNREGISTERED"}}"#),
            Answer::TokenInvalid
        );
        // A 400 for another reason is not the token's fault.
        assert_eq!(
            answer(400, br#"{"error":{"status":"FAILED_PRECONDITION"}}"#),
            Answer::Failed("answered HTTP 400 (FAILED_PRECONDITION)".into())
        );
        assert_eq!(answer(503, b""), Answer::Failed("answered HTTP 503".into()));
        assert_eq!(
            answer(429, br#"{"error":{"status":"NOT_FOUND"}}"#),
            Answer::Failed("answered HTTP 429 (NOT_FOUND)".into())
        );
        assert_eq!(
            answer(401, br#"{"error":{"status":"UNAUTHENTICATED"}}"#),
            Answer::Failed("answered HTTP 401 (UNAUTHENTICATED)".into())
        );
        assert_eq!(
            answer(500, br#"{"error":{"status":"secret token abc in here"}}"#),
            Answer::Failed("answered HTTP 500".into())
        );
    }

    #[test]
    fn the_message_carries_strings_only_and_leaves_large_data_out() {
        let id = Uuid::nil();
        let out = Outgoing {
            token: "device-token".into(),
            kind: "friend_request_received".into(),
            title: "Ada wants to be your friend".into(),
            data: json!({ "user_id": "u1", "rank": 2 }),
        };
        let sent = message(id, &out);
        let text = sent["message"]["data"]["data"].as_str().expect("data as JSON text");
        assert_eq!(serde_json::from_str::<Value>(text).unwrap(), out.data);
        assert_eq!(
            sent,
            json!({ "message": {
                "token": "device-token",
                "notification": { "title": "Ada wants to be your friend" },
                "data": {
                    "notification_id": id.to_string(),
                    "kind": "friend_request_received",
                    "data": text,
                },
            }})
        );
        let large = Outgoing {
            data: json!({ "text": "x".repeat(MAX_DATA_BYTES) }),
            ..out
        };
        let data = &message(id, &large)["message"]["data"];
        assert!(data.get("data").is_none() && data["kind"] == "friend_request_received");
    }
}
