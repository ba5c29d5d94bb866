//! Push through the real server, the real job worker and a local stand-in
//! for FCM: a notification reaches each device as an FCM HTTP v1 message
//! with the bearer token; a token FCM no longer knows is removed; a busy
//! FCM is retried; the kind switch and quiet hours are honoured; tokens are
//! checked, capped, private to their user and move when another user
//! registers them.

use std::time::Duration;

use chrono::{DateTime, Utc};
use kith::jobs::{JobKind, Registry};
use kith::notify::push::{deliver, MAX_PER_USER};
use kith::notify::Notice;
use kith::proto::notifications::v1 as pb;
use pb::notification_service_client::NotificationServiceClient;
use pb::PushPlatform;
use serde_json::{json, Value};
use tonic::transport::Channel;
use tonic::Code;
use uuid::Uuid;

use crate::harness::{authed, reason, violated_fields, TestApp, TestWorker};
use crate::receiver::{Receiver, Reply};

const PROJECT: &str = "kith-test";
const ACCESS_TOKEN: &str = "ya29.test-access-token";

/// A server whose push goes to `fcm`.
async fn spawn(fcm: &Receiver) -> TestApp {
    let url = fcm.base_url();
    TestApp::spawn_with(move |c| {
        c.push.fcm_url = Some(url);
        c.push.project_id = Some(PROJECT.into());
        c.push.access_token = Some(ACCESS_TOKEN.into());
    })
    .await
}

fn client(app: &TestApp) -> NotificationServiceClient<Channel> {
    NotificationServiceClient::new(app.channel.clone())
}

async fn register(
    app: &TestApp,
    session: &str,
    token: &str,
    platform: PushPlatform,
) -> Result<pb::PushToken, tonic::Status> {
    let request = pb::RegisterPushTokenRequest {
        token: token.into(),
        platform: platform.into(),
    };
    Ok(client(app)
        .register_push_token(authed(request, session))
        .await?
        .into_inner()
        .push_token
        .expect("a push token"))
}

async fn list(app: &TestApp, session: &str) -> Vec<pb::PushToken> {
    client(app)
        .list_push_tokens(authed(pb::ListPushTokensRequest::default(), session))
        .await
        .unwrap()
        .into_inner()
        .push_tokens
}

async fn delete(app: &TestApp, session: &str, id: &str) -> Result<(), tonic::Status> {
    let request = pb::DeletePushTokenRequest {
        push_token_id: id.into(),
    };
    client(app).delete_push_token(authed(request, session)).await?;
    Ok(())
}

async fn emit(app: &TestApp, user_id: &str, kind: &'static str, title: &str) -> Uuid {
    let mut conn = kith::db::conn(&app.state.pool).await.unwrap();
    let notice = Notice::new(user_id.parse().unwrap(), kind, title, json!({ "n": 1, "who": "ada" }));
    assert!(kith::notify::emit(&mut conn, notice).await.unwrap());
    let id: Uuid = app
        .sql()
        .await
        .query_one("SELECT id FROM notifications ORDER BY id DESC LIMIT 1", &[])
        .await
        .unwrap()
        .get(0);
    id
}

/// A push job as the jobs table holds it.
#[derive(Debug)]
struct PushJob {
    state: String,
    attempts: i32,
    max_attempts: i32,
    run_at: DateTime<Utc>,
    unique_key: String,
    user_id: Uuid,
    payload: Value,
    result: Option<Value>,
}

async fn push_jobs(app: &TestApp) -> Vec<PushJob> {
    let rows = app
        .sql()
        .await
        .query(
            "SELECT state, attempts, max_attempts, run_at, unique_key, user_id, payload, result FROM jobs
             WHERE kind = 'push_delivery' ORDER BY id",
            &[],
        )
        .await
        .unwrap();
    rows.iter()
        .map(|r| PushJob {
            state: r.get(0),
            attempts: r.get(1),
            max_attempts: r.get(2),
            run_at: r.get(3),
            unique_key: r.get(4),
            user_id: r.get(5),
            payload: r.get(6),
            result: r.get(7),
        })
        .collect()
}

/// Runs the push jobs (retrying after `backoff`) until none that is due
/// within a minute is left unfinished, or 30 s pass.
async fn deliver(app: &TestApp, backoff: Duration) -> Vec<PushJob> {
    let registry = Registry::new().register(JobKind::new(deliver::DELIVER, deliver::job).backoff(backoff));
    let worker = TestWorker::start(app, "push-test", registry);
    let soon = Utc::now() + chrono::Duration::minutes(1);
    let mut seen = Vec::new();
    for _ in 0..600 {
        seen = push_jobs(app).await;
        if seen
            .iter()
            .all(|j| !matches!(j.state.as_str(), "queued" | "running") || j.run_at > soon)
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    worker.stop().await;
    seen
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_notification_reaches_each_device_as_an_fcm_message() {
    let fcm = Receiver::start([Reply::json(200, json!({ "name": "projects/kith-test/messages/1" }))]).await;
    let app = spawn(&fcm).await;
    let (ada, session) = app.register("ada@example.com").await;
    let token = session.access_token;

    let phone = register(&app, &token, "ada-phone-token", PushPlatform::Android)
        .await
        .unwrap();
    assert_eq!(phone.platform, PushPlatform::Android as i32);
    assert!(phone.create_time.is_some());
    // Registering again (each app start) is the same device, seen again.
    let again = register(&app, &token, "ada-phone-token", PushPlatform::Android)
        .await
        .unwrap();
    assert_eq!(again.id, phone.id);
    assert_eq!(again.create_time, phone.create_time);
    assert!(again.last_seen_time.unwrap().seconds >= phone.last_seen_time.unwrap().seconds);
    let browser = register(&app, &token, "ada-browser-token", PushPlatform::Web)
        .await
        .unwrap();
    let listed = list(&app, &token).await;
    assert_eq!(
        listed.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
        [browser.id.as_str(), phone.id.as_str()],
        "newest first"
    );

    let notification_id = emit(&app, &ada.id, "test_news", "Your phone misses you").await;
    let done = deliver(&app, Duration::from_millis(50)).await;
    assert_eq!(done.len(), 2, "one job per device: {done:?}");
    for job in &done {
        assert_eq!(
            (job.state.as_str(), job.attempts, job.max_attempts),
            ("succeeded", 1, 5)
        );
        assert_eq!(job.result, Some(json!({ "status": 200 })));
        assert_eq!(job.user_id.to_string(), ada.id);
        let token_id = job.payload["token_id"].as_str().unwrap();
        assert_eq!(job.payload["notification_id"], notification_id.to_string());
        assert_eq!(job.unique_key, format!("push_delivery:{notification_id}:{token_id}"));
    }

    let mut hits = fcm.hits();
    assert_eq!(hits.len(), 2);
    hits.sort_by_key(|h| h.json()["message"]["token"].as_str().unwrap().to_owned());
    for hit in &hits {
        assert_eq!(hit.path, format!("/v1/projects/{PROJECT}/messages:send"));
        assert_eq!(hit.header("authorization"), format!("Bearer {ACCESS_TOKEN}"));
        assert_eq!(hit.header("content-type"), "application/json");
    }
    let (browser_hit, phone_hit) = (hits[0].json(), hits[1].json());
    assert_eq!(browser_hit["message"]["token"], "ada-browser-token");
    let message = &phone_hit["message"];
    assert_eq!(message["token"], "ada-phone-token");
    assert_eq!(message["notification"], json!({ "title": "Your phone misses you" }));
    let data = &message["data"];
    assert_eq!(data["notification_id"], notification_id.to_string());
    assert_eq!(data["kind"], "test_news");
    // FCM data values are strings: the notification's data as JSON text.
    let inner: Value = serde_json::from_str(data["data"].as_str().unwrap()).unwrap();
    assert_eq!(inner, json!({ "n": 1, "who": "ada" }));
    assert!(data.as_object().unwrap().values().all(Value::is_string), "{data}");

    // A deleted device gets nothing more.
    delete(&app, &token, &browser.id).await.unwrap();
    assert_eq!(list(&app, &token).await.len(), 1);
    emit(&app, &ada.id, "test_news", "only the phone").await;
    deliver(&app, Duration::from_millis(50)).await;
    let hits = fcm.hits();
    assert_eq!(hits.len(), 3);
    assert_eq!(hits[2].json()["message"]["token"], "ada-phone-token");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unregistered_token_is_removed_and_a_busy_fcm_is_retried() {
    let unregistered = json!({ "error": {
        "code": 404,
        "message": "Requested entity was not found.",
        "status": "NOT_FOUND",
        "details": [{
            "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError",
            "errorCode": "UNREGISTERED",
        }],
    }});
    let fcm = Receiver::start([
        Reply::json(404, unregistered),
        Reply::json(503, json!({ "error": { "code": 503, "status": "UNAVAILABLE" } })),
        Reply::json(200, json!({ "name": "projects/kith-test/messages/2" })),
    ])
    .await;
    let app = spawn(&fcm).await;
    let (ada, session) = app.register("ada@example.com").await;
    let token = session.access_token;

    // The app was uninstalled: FCM says so, the token goes, no retry.
    register(&app, &token, "uninstalled-app-token", PushPlatform::Ios)
        .await
        .unwrap();
    emit(&app, &ada.id, "test_news", "one").await;
    let done = deliver(&app, Duration::from_millis(20)).await;
    assert_eq!((done[0].state.as_str(), done[0].attempts), ("succeeded", 1));
    assert_eq!(done[0].result, Some(json!({ "status": 404, "token_removed": true })));
    assert!(list(&app, &token).await.is_empty());
    assert_eq!(fcm.hits().len(), 1);

    // FCM is busy once, then takes it: delivered on the second attempt.
    register(&app, &token, "ada-phone-token", PushPlatform::Android)
        .await
        .unwrap();
    emit(&app, &ada.id, "test_news", "two").await;
    let done = deliver(&app, Duration::from_millis(20)).await;
    let job = &done[1];
    assert_eq!((job.state.as_str(), job.attempts), ("succeeded", 2), "{done:?}");
    assert_eq!(job.result, Some(json!({ "status": 200 })));
    let last_error: Option<String> = app
        .sql()
        .await
        .query_one(
            "SELECT last_error FROM jobs WHERE kind = 'push_delivery' ORDER BY id DESC LIMIT 1",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(last_error.as_deref(), Some("answered HTTP 503 (UNAVAILABLE)"));
    let hits = fcm.hits();
    assert_eq!(hits.len(), 3);
    assert_eq!(hits[1].body, hits[2].body, "the retry sends the same message");
    assert_eq!(list(&app, &token).await.len(), 1, "a busy FCM removes nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn push_follows_the_kind_switch_and_waits_out_quiet_hours() {
    use chrono::Duration as ChronoDuration;
    let fcm = Receiver::answering(&[200]).await;
    let app = spawn(&fcm).await;
    let (ada, session) = app.register("ada@example.com").await;
    let token = session.access_token;
    register(&app, &token, "ada-phone-token", PushPlatform::Android)
        .await
        .unwrap();

    let preferences = |quiet_hours| pb::UpdateNotificationPreferencesRequest {
        preferences: Some(pb::NotificationPreferences {
            kinds: vec![pb::KindPreference {
                kind: "muted_news".into(),
                in_app: true,
                webhook: true,
                push: false,
            }],
            quiet_hours,
        }),
        update_mask: Some(prost_types::FieldMask {
            paths: vec!["kinds".into(), "quiet_hours".into()],
        }),
    };
    client(&app)
        .update_notification_preferences(authed(preferences(None), &token))
        .await
        .unwrap();
    // Push is off for this kind: no job at all.
    emit(&app, &ada.id, "muted_news", "not by push").await;
    assert!(push_jobs(&app).await.is_empty());

    // Quiet from an hour ago to an hour from now (Ada's zone is UTC).
    let now = Utc::now();
    let hhmm = |t: DateTime<Utc>| t.format("%H:%M").to_string();
    let quiet = pb::QuietHours {
        start: hhmm(now - ChronoDuration::hours(1)),
        end: hhmm(now + ChronoDuration::hours(1)),
    };
    client(&app)
        .update_notification_preferences(authed(preferences(Some(quiet)), &token))
        .await
        .unwrap();
    emit(&app, &ada.id, "test_news", "after the quiet").await;
    // Held, not dropped: its job runs when the quiet hours end.
    let held = push_jobs(&app).await;
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!(held[0].state, "queued");
    let wait = held[0].run_at - now;
    assert!(
        wait > ChronoDuration::minutes(58) && wait <= ChronoDuration::minutes(60),
        "{wait:?}"
    );
    // A worker running now leaves it alone.
    let after = deliver(&app, Duration::from_millis(20)).await;
    assert_eq!((after[0].state.as_str(), after[0].attempts), ("queued", 0));
    assert!(fcm.hits().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_push_configured_tokens_register_and_deliveries_are_skipped() {
    let app = TestApp::spawn().await;
    let (ada, session) = app.register("ada@example.com").await;
    let token = session.access_token;
    register(&app, &token, "ada-phone-token", PushPlatform::Android)
        .await
        .unwrap();
    emit(&app, &ada.id, "test_news", "nowhere to send").await;
    let done = deliver(&app, Duration::from_millis(20)).await;
    assert_eq!(done.len(), 1);
    assert_eq!(done[0].state, "succeeded");
    assert_eq!(done[0].result, Some(json!({ "skipped": "push is not configured" })));
    assert_eq!(list(&app, &token).await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_registered_by_another_user_moves_and_takes_no_old_news_along() {
    let fcm = Receiver::answering(&[200]).await;
    let app = spawn(&fcm).await;
    let (ada, ada_session) = app.register("ada@example.com").await;
    let (_, bob_session) = app.register("bob@example.com").await;
    let (ada_token, bob_token) = (ada_session.access_token, bob_session.access_token);

    let adas = register(&app, &ada_token, "shared-phone-token", PushPlatform::Android)
        .await
        .unwrap();
    // Ada's news is queued for the phone, then the phone changes hands.
    emit(&app, &ada.id, "test_news", "for ada only").await;
    let bobs = register(&app, &bob_token, "shared-phone-token", PushPlatform::Android)
        .await
        .unwrap();
    assert_ne!(bobs.id, adas.id, "a moved token gets a new id");
    assert!(list(&app, &ada_token).await.is_empty());
    assert_eq!(
        list(&app, &bob_token)
            .await
            .iter()
            .map(|t| t.id.as_str())
            .collect::<Vec<_>>(),
        [bobs.id.as_str()]
    );
    // Ada's old id is no longer hers, nor Bob's.
    for session in [&ada_token, &bob_token] {
        let status = delete(&app, session, &adas.id).await.unwrap_err();
        assert_eq!(
            (status.code(), reason(&status).as_str()),
            (Code::NotFound, "PUSH_TOKEN_NOT_FOUND")
        );
    }

    let done = deliver(&app, Duration::from_millis(20)).await;
    assert_eq!(
        done[0].result,
        Some(json!({ "skipped": "the token or the notification is gone" }))
    );
    assert!(fcm.hits().is_empty(), "Ada's news never reached Bob's phone");

    // Bob cannot delete Ada's device, nor an id that does not exist.
    let adas_laptop = register(&app, &ada_token, "ada-laptop-token", PushPlatform::Web)
        .await
        .unwrap();
    for id in [adas_laptop.id.clone(), Uuid::now_v7().to_string()] {
        let status = delete(&app, &bob_token, &id).await.unwrap_err();
        assert_eq!(
            (status.code(), reason(&status).as_str()),
            (Code::NotFound, "PUSH_TOKEN_NOT_FOUND")
        );
    }
    assert_eq!(list(&app, &ada_token).await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_names_its_fields() {
    let app = TestApp::spawn().await;
    let (_, session) = app.register("ada@example.com").await;
    let token = session.access_token;
    let cases: [(&str, i32, &[&str]); 5] = [
        ("", PushPlatform::Unspecified as i32, &["token", "platform"]),
        ("ok-token", PushPlatform::Unspecified as i32, &["platform"]),
        ("ok-token", 99, &["platform"]),
        ("line\nbreak", PushPlatform::Ios as i32, &["token"]),
        ("nul\0byte", PushPlatform::Ios as i32, &["token"]),
    ];
    for (raw, platform, fields) in cases {
        let request = pb::RegisterPushTokenRequest {
            token: raw.into(),
            platform,
        };
        let status = client(&app)
            .register_push_token(authed(request, &token))
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::InvalidArgument, "{raw:?}");
        assert_eq!(violated_fields(&status), fields, "{raw:?}");
    }
    let longest = "t".repeat(kith::notify::push::MAX_TOKEN_CHARS);
    register(&app, &token, &longest, PushPlatform::Web).await.unwrap();
    let status = register(&app, &token, &format!("{longest}t"), PushPlatform::Web)
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), ["token"]);

    for id in ["", "not-a-uuid"] {
        let status = delete(&app, &token, id).await.unwrap_err();
        assert_eq!(status.code(), Code::InvalidArgument);
        assert_eq!(violated_fields(&status), ["push_token_id"]);
    }
    let status = client(&app)
        .list_push_tokens(authed(
            pb::ListPushTokensRequest {
                page_size: -1,
                page_token: "bogus".into(),
            },
            &token,
        ))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), ["page_size", "page_token"]);

    // Without a session there are no tokens to touch.
    let status = client(&app)
        .list_push_tokens(pb::ListPushTokensRequest::default())
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_user_has_at_most_twenty_tokens_even_when_registering_at_once() {
    let app = TestApp::spawn().await;
    let (_, ada) = app.register("ada@example.com").await;
    let (_, bob) = app.register("bob@example.com").await;
    let ada = ada.access_token;

    // Registered concurrently, the cap still holds exactly.
    let attempts = (0..MAX_PER_USER + 5).map(|i| {
        let app = &app;
        let ada = &ada;
        async move { register(app, ada, &format!("ada-device-{i}"), PushPlatform::Android).await }
    });
    let outcomes = futures::future::join_all(attempts).await;
    let refused: Vec<_> = outcomes.iter().filter_map(|o| o.as_ref().err()).collect();
    assert_eq!(refused.len(), 5, "{refused:?}");
    for status in refused {
        assert_eq!(
            (status.code(), reason(status).as_str()),
            (Code::ResourceExhausted, "TOO_MANY_PUSH_TOKENS")
        );
    }
    let first_kept = outcomes.iter().position(Result::is_ok).unwrap();
    let registered: Vec<String> = outcomes.into_iter().filter_map(Result::ok).map(|t| t.id).collect();
    assert_eq!(registered.len() as i64, MAX_PER_USER);

    // At the cap, a device already registered is still refreshed...
    let again = register(&app, &ada, &format!("ada-device-{first_kept}"), PushPlatform::Android)
        .await
        .unwrap();
    assert_eq!(again.id, registered[0]);
    // ...but a token of Bob's cannot move to Ada, and stays Bob's.
    register(&app, &bob.access_token, "bobs-phone", PushPlatform::Ios)
        .await
        .unwrap();
    let status = register(&app, &ada, "bobs-phone", PushPlatform::Ios).await.unwrap_err();
    assert_eq!(status.code(), Code::ResourceExhausted);
    assert_eq!(list(&app, &bob.access_token).await.len(), 1);

    // Every device, page by page, once.
    let mut seen = Vec::new();
    let mut page_token = String::new();
    loop {
        let page = client(&app)
            .list_push_tokens(authed(
                pb::ListPushTokensRequest {
                    page_size: 7,
                    page_token: page_token.clone(),
                },
                &ada,
            ))
            .await
            .unwrap()
            .into_inner();
        seen.extend(page.push_tokens.into_iter().map(|t| t.id));
        if page.next_page_token.is_empty() {
            break;
        }
        page_token = page.next_page_token;
    }
    seen.sort();
    let mut expected = registered.clone();
    expected.sort();
    assert_eq!(seen, expected);
}
