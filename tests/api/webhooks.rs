//! Webhooks through the real server and the real job worker: a notification
//! reaches a local receiver as signed JSON; failures are retried and end
//! dead with the last status; endpoints on private addresses, other users'
//! endpoints and too many endpoints are refused.

use std::time::Duration;

use hmac::{Hmac, Mac};
use kith::jobs::{JobKind, Registry};
use kith::notify::webhooks::deliver;
use kith::notify::Notice;
use kith::proto::notifications::v1 as pb;
use pb::webhook_service_client::WebhookServiceClient;
use serde_json::{json, Value};
use sha2::Sha256;
use tonic::transport::Channel;
use tonic::Code;
use uuid::Uuid;

use crate::harness::{authed, reason, violated_fields, TestApp, TestWorker};
use crate::receiver::Receiver;

/// The receiver's endpoint URL.
fn hook_url(receiver: &Receiver) -> String {
    format!("{}/hooks/kith", receiver.base_url())
}

fn client(app: &TestApp) -> WebhookServiceClient<Channel> {
    WebhookServiceClient::new(app.channel.clone())
}

async fn create(
    app: &TestApp,
    token: &str,
    url: &str,
    kinds: &[&str],
) -> Result<pb::CreateWebhookResponse, tonic::Status> {
    let request = pb::CreateWebhookRequest {
        url: url.into(),
        kinds: kinds.iter().map(|k| k.to_string()).collect(),
        system: false,
    };
    Ok(client(app).create_webhook(authed(request, token)).await?.into_inner())
}

async fn deliveries(app: &TestApp, token: &str, webhook_id: &str) -> Result<Vec<pb::WebhookDelivery>, tonic::Status> {
    let request = pb::ListWebhookDeliveriesRequest {
        webhook_id: webhook_id.into(),
        ..Default::default()
    };
    Ok(client(app)
        .list_webhook_deliveries(authed(request, token))
        .await?
        .into_inner()
        .deliveries)
}

async fn emit(app: &TestApp, user_id: &str, kind: &'static str, title: &str) {
    let mut conn = kith::db::conn(&app.state.pool).await.unwrap();
    let notice = Notice::new(user_id.parse::<Uuid>().unwrap(), kind, title, json!({ "n": 1 }));
    assert!(kith::notify::emit(&mut conn, notice).await.unwrap());
}

/// Runs the delivery jobs (retrying after `backoff`) until `done` holds for
/// the webhook's deliveries, or 30 s pass.
async fn deliver_until(
    app: &TestApp,
    token: &str,
    webhook_id: &str,
    backoff: Duration,
    done: impl Fn(&[pb::WebhookDelivery]) -> bool,
) -> Vec<pb::WebhookDelivery> {
    let registry = Registry::new().register(JobKind::new(deliver::DELIVER, deliver::job).backoff(backoff));
    let worker = TestWorker::start(app, "webhook-test", registry);
    let mut seen = Vec::new();
    for _ in 0..600 {
        seen = deliveries(app, token, webhook_id).await.unwrap();
        if done(&seen) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    worker.stop().await;
    seen
}

fn verify(secret: &str, signature: &str, body: &[u8]) -> bool {
    let Some((t, v1)) = signature.strip_prefix("t=").and_then(|s| s.split_once(",v1=")) else {
        return false;
    };
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{t}.").as_bytes());
    mac.update(body);
    mac.verify_slice(&hex::decode(v1).unwrap_or_default()).is_ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_notification_reaches_the_endpoint_signed_and_is_logged() {
    let app = TestApp::spawn_with(|c| c.webhooks.allow_private = true).await;
    let receiver = Receiver::answering(&[200]).await;
    let (ada, session) = app.register("ada@example.com").await;
    let token = session.access_token;
    let created = create(&app, &token, &hook_url(&receiver), &[]).await.unwrap();
    let webhook = created.webhook.unwrap();
    assert!(created.secret.starts_with("whsec_"));
    assert_eq!(webhook.url, hook_url(&receiver));

    // An endpoint for one kind only gets that kind.
    let only_friends = create(&app, &token, &hook_url(&receiver), &["friend_request_received"])
        .await
        .unwrap()
        .webhook
        .unwrap();

    emit(&app, &ada.id, "test_news", "Your phone misses you").await;
    let log = deliver_until(&app, &token, &webhook.id, Duration::from_millis(50), |d| {
        d.len() == 1 && d[0].state == "delivered"
    })
    .await;
    assert_eq!(log.len(), 1, "{log:?}");
    assert_eq!((log[0].attempts, log[0].last_status), (1, 200));
    assert!(log[0].deliver_time.is_some());
    assert!(deliveries(&app, &token, &only_friends.id).await.unwrap().is_empty());

    let hits = receiver.hits();
    assert_eq!(hits.len(), 1);
    let hit = &hits[0];
    assert_eq!(hit.path, "/hooks/kith");
    assert_eq!(hit.header("x-kith-delivery"), log[0].id);
    let signature = hit.header("x-kith-signature");
    assert!(verify(&created.secret, signature, &hit.body), "{hit:?}");
    assert!(!verify("whsec_wrong", signature, &hit.body));
    let body: Value = serde_json::from_slice(&hit.body).unwrap();
    assert_eq!(body["notification"]["title"], "Your phone misses you");
    assert_eq!(body["notification"]["kind"], "test_news");
    assert_eq!(body["notification"]["user_id"], ada.id.as_str());
    assert_eq!(body["notification"]["data"], json!({ "n": 1 }));

    // Listed without the secret; deleting removes it and its log.
    let listed = client(&app)
        .list_webhooks(authed(pb::ListWebhooksRequest::default(), &token))
        .await
        .unwrap()
        .into_inner()
        .webhooks;
    assert_eq!(listed.len(), 2);
    client(&app)
        .delete_webhook(authed(
            pb::DeleteWebhookRequest {
                webhook_id: webhook.id.clone(),
            },
            &token,
        ))
        .await
        .unwrap();
    let status = deliveries(&app, &token, &webhook.id).await.unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_deliveries_are_retried_then_dead_with_the_last_status() {
    let app = TestApp::spawn_with(|c| c.webhooks.allow_private = true).await;
    let (ada, session) = app.register("ada@example.com").await;
    let token = session.access_token;

    // Fails once, then succeeds: delivered on the second attempt.
    let flaky = Receiver::answering(&[503, 200]).await;
    let hook = create(&app, &token, &hook_url(&flaky), &[])
        .await
        .unwrap()
        .webhook
        .unwrap();
    emit(&app, &ada.id, "test_news", "one").await;
    let log = deliver_until(&app, &token, &hook.id, Duration::from_millis(20), |d| {
        d.first().is_some_and(|d| d.state == "delivered")
    })
    .await;
    assert_eq!(
        (log[0].state.as_str(), log[0].attempts, log[0].last_status),
        ("delivered", 2, 200)
    );
    assert_eq!(flaky.hits().len(), 2);
    client(&app)
        .delete_webhook(authed(pb::DeleteWebhookRequest { webhook_id: hook.id }, &token))
        .await
        .unwrap();

    // Always failing: every attempt is made, then it is dead.
    let broken = Receiver::answering(&[500]).await;
    let hook = create(&app, &token, &hook_url(&broken), &[])
        .await
        .unwrap()
        .webhook
        .unwrap();
    emit(&app, &ada.id, "test_news", "two").await;
    let log = deliver_until(&app, &token, &hook.id, Duration::from_millis(10), |d| {
        d.first().is_some_and(|d| d.state == "dead")
    })
    .await;
    let dead = &log[0];
    assert_eq!(dead.state, "dead", "{log:?}");
    assert_eq!(dead.attempts, kith::notify::webhooks::MAX_ATTEMPTS);
    assert_eq!((dead.last_status, dead.last_error.as_str()), (500, "answered HTTP 500"));
    assert_eq!(broken.hits().len(), kith::notify::webhooks::MAX_ATTEMPTS as usize);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn private_addresses_other_users_and_too_many_are_refused() {
    let app = TestApp::spawn().await;
    let (_, session) = app.register("ada@example.com").await;
    let token = session.access_token;
    for (url, why) in [
        ("http://hooks.example.com/x", "must be an https:// URL"),
        (
            "https://127.0.0.1/x",
            "resolves to a loopback, private or link-local address",
        ),
        (
            "https://localhost:8443/x",
            "resolves to a loopback, private or link-local address",
        ),
        (
            "https://10.0.0.7/x",
            "resolves to a loopback, private or link-local address",
        ),
        (
            "https://[::1]/x",
            "resolves to a loopback, private or link-local address",
        ),
        ("https://user:pw@example.com/x", "must not carry credentials"),
    ] {
        let status = create(&app, &token, url, &[]).await.unwrap_err();
        assert_eq!(status.code(), Code::InvalidArgument, "{url}");
        assert_eq!(violated_fields(&status), ["url"], "{url}");
        assert!(status.message().contains(why), "{url}: {}", status.message());
    }
    let long = format!("https://example.com/{}", "a".repeat(2000));
    assert_eq!(
        violated_fields(&create(&app, &token, &long, &[]).await.unwrap_err()),
        ["url"]
    );

    // System endpoints are for admins.
    let status = client(&app)
        .create_webhook(authed(
            pb::CreateWebhookRequest {
                url: "https://93.184.216.34/x".into(),
                system: true,
                ..Default::default()
            },
            &token,
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::PermissionDenied);

    let app = TestApp::spawn_with(|c| c.webhooks.allow_private = true).await;
    let (_, ada) = app.register("ada@example.com").await;
    let (_, bob) = app.register("bob@example.com").await;
    let adas = create(&app, &ada.access_token, "http://127.0.0.1:9/x", &[])
        .await
        .unwrap()
        .webhook
        .unwrap();
    // Bob cannot read, list or delete Ada's endpoint: it is not there for him.
    let status = deliveries(&app, &bob.access_token, &adas.id).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status).as_str()),
        (Code::NotFound, "WEBHOOK_NOT_FOUND")
    );
    let status = client(&app)
        .delete_webhook(authed(
            pb::DeleteWebhookRequest {
                webhook_id: adas.id.clone(),
            },
            &bob.access_token,
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    let bobs = client(&app)
        .list_webhooks(authed(pb::ListWebhooksRequest::default(), &bob.access_token))
        .await
        .unwrap()
        .into_inner()
        .webhooks;
    assert!(bobs.is_empty());

    for _ in 1..kith::notify::webhooks::MAX_PER_USER {
        create(&app, &ada.access_token, "http://127.0.0.1:9/x", &[])
            .await
            .unwrap();
    }
    let status = create(&app, &ada.access_token, "http://127.0.0.1:9/x", &[])
        .await
        .unwrap_err();
    assert_eq!(
        (status.code(), reason(&status).as_str()),
        (Code::ResourceExhausted, "TOO_MANY_WEBHOOKS")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhooks_follow_the_kind_switch_and_wait_out_quiet_hours() {
    use chrono::{Duration as ChronoDuration, Utc};
    let app = TestApp::spawn_with(|c| c.webhooks.allow_private = true).await;
    let receiver = Receiver::answering(&[200]).await;
    let (ada, session) = app.register("ada@example.com").await;
    let token = session.access_token;
    let hook = create(&app, &token, &hook_url(&receiver), &[])
        .await
        .unwrap()
        .webhook
        .unwrap();
    let now = Utc::now();
    let hhmm = |t: chrono::DateTime<Utc>| t.format("%H:%M").to_string();
    let request = pb::UpdateNotificationPreferencesRequest {
        preferences: Some(pb::NotificationPreferences {
            kinds: vec![pb::KindPreference {
                kind: "muted_news".into(),
                in_app: true,
                webhook: false,
                push: true,
            }],
            // Quiet from an hour ago to an hour from now (Ada's zone is UTC).
            quiet_hours: Some(pb::QuietHours {
                start: hhmm(now - ChronoDuration::hours(1)),
                end: hhmm(now + ChronoDuration::hours(1)),
            }),
        }),
        update_mask: Some(prost_types::FieldMask {
            paths: vec!["kinds".into(), "quiet_hours".into()],
        }),
    };
    pb::notification_service_client::NotificationServiceClient::new(app.channel.clone())
        .update_notification_preferences(authed(request, &token))
        .await
        .unwrap();

    emit(&app, &ada.id, "muted_news", "not by webhook").await;
    emit(&app, &ada.id, "test_news", "after the quiet").await;
    let log = deliveries(&app, &token, &hook.id).await.unwrap();
    assert_eq!(log.len(), 1, "only the kind not switched off: {log:?}");
    assert_eq!(log[0].state, "pending");
    // Held, not dropped: its job runs when the quiet hours end.
    let run_at: chrono::DateTime<Utc> = app
        .sql()
        .await
        .query_one("SELECT run_at FROM jobs WHERE kind = 'webhook_delivery'", &[])
        .await
        .unwrap()
        .get(0);
    let wait = run_at - now;
    assert!(
        wait > ChronoDuration::minutes(58) && wait <= ChronoDuration::minutes(60),
        "{wait:?}"
    );
    assert!(receiver.hits().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quiet_hours_hold_in_utc_plus_14_and_minus_10_then_release() {
    use chrono::{Duration as ChronoDuration, Utc};
    let app = TestApp::spawn_with(|c| c.webhooks.allow_private = true).await;
    let receiver = Receiver::answering(&[200]).await;
    let now = Utc::now();
    let mut hooks = Vec::new();
    for (email, zone) in [
        ("kiri@example.com", "Pacific/Kiritimati"),
        ("hono@example.com", "Pacific/Honolulu"),
    ] {
        let (user, session) = app.register(email).await;
        let token = session.access_token;
        app.sql()
            .await
            .execute(
                "UPDATE users SET timezone = $2 WHERE id = $1::text::uuid",
                &[&user.id, &zone],
            )
            .await
            .unwrap();
        let hook = create(&app, &token, &hook_url(&receiver), &[])
            .await
            .unwrap()
            .webhook
            .unwrap();
        // Quiet from an hour ago to an hour from now on the user's own clock,
        // 14 hours ahead of UTC or 10 behind it: read in UTC, "now" would
        // fall outside them.
        let tz: chrono_tz::Tz = zone.parse().unwrap();
        let local = |t: chrono::DateTime<Utc>| t.with_timezone(&tz).format("%H:%M").to_string();
        let request = pb::UpdateNotificationPreferencesRequest {
            preferences: Some(pb::NotificationPreferences {
                kinds: vec![],
                quiet_hours: Some(pb::QuietHours {
                    start: local(now - ChronoDuration::hours(1)),
                    end: local(now + ChronoDuration::hours(1)),
                }),
            }),
            update_mask: Some(prost_types::FieldMask {
                paths: vec!["quiet_hours".into()],
            }),
        };
        pb::notification_service_client::NotificationServiceClient::new(app.channel.clone())
            .update_notification_preferences(authed(request, &token))
            .await
            .unwrap();
        emit(&app, &user.id, "test_news", zone).await;
        hooks.push((user.id, token, hook.id));
    }
    // Held until the end of each user's quiet hours, an hour from now.
    let sql = app.sql().await;
    let held = sql
        .query("SELECT run_at FROM jobs WHERE kind = 'webhook_delivery'", &[])
        .await
        .unwrap();
    assert_eq!(held.len(), 2);
    for row in &held {
        let run_at: chrono::DateTime<Utc> = row.get(0);
        let wait = run_at - now;
        assert!(
            wait > ChronoDuration::minutes(58) && wait <= ChronoDuration::minutes(60),
            "{wait:?}"
        );
    }
    let (_, token, hook_id) = &hooks[0];
    assert_eq!(deliveries(&app, token, hook_id).await.unwrap()[0].state, "pending");
    assert!(receiver.hits().is_empty());

    // The hour passes: the held deliveries go out, none dropped.
    sql.execute("UPDATE jobs SET run_at = now() WHERE kind = 'webhook_delivery'", &[])
        .await
        .unwrap();
    for (_, token, hook_id) in &hooks {
        let log = deliver_until(&app, token, hook_id, Duration::from_millis(50), |d| {
            d.len() == 1 && d[0].state == "delivered"
        })
        .await;
        assert_eq!(log[0].state, "delivered", "{log:?}");
    }
    let mut titles: Vec<String> = receiver
        .hits()
        .iter()
        .map(|hit| {
            hit.json()["notification"]["title"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    titles.sort();
    assert_eq!(titles, ["Pacific/Honolulu", "Pacific/Kiritimati"]);
}
