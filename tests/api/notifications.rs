//! Live notifications through the real server: the backlog after a cursor,
//! then each new one as it commits, whoever stored it; reconnects that lose
//! nothing; the listener's reconnect; the per-user cap; MarkAll.

use std::time::Duration;

use kith::notify::Notice;
use kith::proto::notifications::v1 as pb;
use kith::proto::social::v1 as social_pb;
use pb::notification_service_client::NotificationServiceClient;
use serde_json::json;
use tonic::transport::Channel;
use tonic::{Code, Streaming};
use uuid::Uuid;

use crate::harness::{authed, reason, violated_fields, TestApp};

fn client(app: &TestApp) -> NotificationServiceClient<Channel> {
    NotificationServiceClient::new(app.channel.clone())
}

async fn watch(app: &TestApp, token: &str, after: &str) -> Streaming<pb::WatchNotificationsResponse> {
    let request = pb::WatchNotificationsRequest {
        after_notification_id: after.into(),
    };
    client(app)
        .watch_notifications(authed(request, token))
        .await
        .unwrap()
        .into_inner()
}

async fn next(stream: &mut Streaming<pb::WatchNotificationsResponse>) -> pb::Notification {
    tokio::time::timeout(Duration::from_secs(10), stream.message())
        .await
        .expect("a notification within 10 s")
        .unwrap()
        .expect("the stream is open")
        .notification
        .unwrap()
}

/// Nothing more arrives within a short while.
async fn quiet(stream: &mut Streaming<pb::WatchNotificationsResponse>) {
    if let Ok(message) = tokio::time::timeout(Duration::from_millis(700), stream.message()).await {
        panic!("expected nothing, got {message:?}");
    }
}

/// Stores a notification the way another `kith` process would: on its own
/// connection and transaction, not this server's.
async fn emit_elsewhere(app: &TestApp, user_id: &str, title: &str) {
    use diesel_async::AsyncConnection;
    let mut conn = diesel_async::AsyncPgConnection::establish(&app.db_url).await.unwrap();
    let notice = Notice::new(user_id.parse::<Uuid>().unwrap(), "test_news", title, json!({}));
    assert!(kith::notify::emit(&mut conn, notice).await.unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_watch_sends_the_backlog_then_news_from_any_process() {
    let app = TestApp::spawn().await;
    let (ada, session) = app.register("ada@example.com").await;
    let (bob, bob_session) = app.register("bob@example.com").await;
    emit_elsewhere(&app, &ada.id, "before one").await;
    emit_elsewhere(&app, &ada.id, "before two").await;
    emit_elsewhere(&app, &bob.id, "for bob").await;

    let mut stream = watch(&app, &session.access_token, "").await;
    assert_eq!(next(&mut stream).await.title, "before one");
    assert_eq!(next(&mut stream).await.title, "before two");

    // Stored by another process: announced on commit, sent at once.
    emit_elsewhere(&app, &ada.id, "live").await;
    let live = next(&mut stream).await;
    assert_eq!((live.title.as_str(), live.kind.as_str()), ("live", "test_news"));

    // A friend request (the social domain) arrives the same way.
    let request = social_pb::SendFriendRequestRequest {
        to: Some(social_pb::send_friend_request_request::To::UserId(ada.id.clone())),
    };
    social_pb::social_service_client::SocialServiceClient::new(app.channel.clone())
        .send_friend_request(authed(request, &bob_session.access_token))
        .await
        .unwrap();
    assert_eq!(next(&mut stream).await.kind, "friend_request_received");
    // Nobody else's news.
    emit_elsewhere(&app, &bob.id, "bob again").await;
    quiet(&mut stream).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn news_made_through_one_replica_reaches_a_watch_on_another_within_a_second() {
    // Replica B is the test's server; replica A a `kith serve` process of
    // its own on the same database.
    let b = TestApp::spawn().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let _process = tokio::process::Command::new(env!("CARGO_BIN_EXE_kith"))
        .args(["serve", "--no-worker"])
        .env_remove("KITH_CONFIG")
        .env("DATABASE_URL", &b.db_url)
        .env("KITH_ADDR", format!("127.0.0.1:{port}"))
        .env("KITH_JWT_SECRET", crate::harness::TEST_SECRET)
        .env("RUST_LOG", "warn")
        .kill_on_drop(true)
        .stdin(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let a = loop {
        let endpoint = tonic::transport::Channel::from_shared(format!("http://127.0.0.1:{port}")).unwrap();
        if let Ok(channel) = endpoint.connect().await {
            break channel;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    let (ada, session) = b.register("ada@example.com").await;
    let (_, bob_session) = b.register("bob@example.com").await;
    let mut stream = watch(&b, &session.access_token, "").await;
    // Bob's friend request, handled by replica A.
    let request = social_pb::SendFriendRequestRequest {
        to: Some(social_pb::send_friend_request_request::To::UserId(ada.id.clone())),
    };
    let sent = std::time::Instant::now();
    social_pb::social_service_client::SocialServiceClient::new(a)
        .send_friend_request(authed(request, &bob_session.access_token))
        .await
        .unwrap();
    let got = tokio::time::timeout(std::time::Duration::from_secs(1), stream.message())
        .await
        .expect("within a second")
        .unwrap()
        .unwrap()
        .notification
        .unwrap();
    assert_eq!(got.kind, "friend_request_received");
    assert!(sent.elapsed() < std::time::Duration::from_secs(1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_larger_than_a_page_arrives_whole_and_once() {
    let app = TestApp::spawn().await;
    let (ada, session) = app.register("ada@example.com").await;
    let mut stream = watch(&app, &session.access_token, "").await;
    emit_elsewhere(&app, &ada.id, "first").await;
    assert_eq!(next(&mut stream).await.title, "first");
    // 250 in a few hundred milliseconds: well over a page within the
    // look-back the stream re-reads.
    let mut conn = kith::db::conn(&app.state.pool).await.unwrap();
    for i in 0..250 {
        let notice = Notice::new(
            ada.id.parse::<Uuid>().unwrap(),
            "test_news",
            format!("burst {i}"),
            json!({}),
        );
        assert!(kith::notify::emit(&mut conn, notice).await.unwrap());
    }
    let mut titles = Vec::new();
    for _ in 0..250 {
        titles.push(next(&mut stream).await.title);
    }
    let expected: Vec<String> = (0..250).map(|i| format!("burst {i}")).collect();
    assert_eq!(titles, expected);
    quiet(&mut stream).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reconnect_with_the_last_id_misses_nothing_and_repeats_nothing() {
    let app = TestApp::spawn().await;
    let (ada, session) = app.register("ada@example.com").await;
    let token = session.access_token;
    let mut stream = watch(&app, &token, "").await;
    emit_elsewhere(&app, &ada.id, "one").await;
    let one = next(&mut stream).await;
    drop(stream);

    // Stored while the client was away.
    emit_elsewhere(&app, &ada.id, "two").await;
    emit_elsewhere(&app, &ada.id, "three").await;
    let mut stream = watch(&app, &token, &one.id).await;
    assert_eq!(next(&mut stream).await.title, "two");
    assert_eq!(next(&mut stream).await.title, "three");
    quiet(&mut stream).await;

    // Read notifications are not sent again.
    let marked = client(&app)
        .mark_all_notifications_read(authed(pb::MarkAllNotificationsReadRequest {}, &token))
        .await
        .unwrap()
        .into_inner()
        .marked;
    assert_eq!(marked, 3);
    let mut fresh = watch(&app, &token, "").await;
    quiet(&mut fresh).await;
    emit_elsewhere(&app, &ada.id, "four").await;
    assert_eq!(next(&mut fresh).await.title, "four");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_watch_catches_up_after_the_database_drops_the_listener() {
    use kith::db::listen::APPLICATION_NAME;
    let app = TestApp::spawn().await;
    let (ada, session) = app.register("ada@example.com").await;
    let mut stream = watch(&app, &session.access_token, "").await;
    emit_elsewhere(&app, &ada.id, "before").await;
    assert_eq!(next(&mut stream).await.title, "before");

    let sql = app.sql().await;
    sql.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = $1 AND datname = current_database()",
        &[&APPLICATION_NAME],
    )
    .await
    .unwrap();
    // Stored while the listener may be down: the reconnect's resync reads it.
    emit_elsewhere(&app, &ada.id, "during").await;
    assert_eq!(next(&mut stream).await.title, "during");
    emit_elsewhere(&app, &ada.id, "after").await;
    assert_eq!(next(&mut stream).await.title, "after");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watches_are_capped_per_user_and_check_their_cursor() {
    let app = TestApp::spawn_with(|c| c.notification_watchers_per_user = 2).await;
    let (_, session) = app.register("ada@example.com").await;
    let (_, other) = app.register("bob@example.com").await;
    let token = session.access_token;
    let _one = watch(&app, &token, "").await;
    let _two = watch(&app, &token, "").await;
    let status = client(&app)
        .watch_notifications(authed(pb::WatchNotificationsRequest::default(), &token))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::ResourceExhausted);
    assert_eq!(reason(&status), "TOO_MANY_WATCHERS");
    // Another user is not affected.
    let _bobs = watch(&app, &other.access_token, "").await;

    let status = client(&app)
        .watch_notifications(authed(
            pb::WatchNotificationsRequest {
                after_notification_id: "not-an-id".into(),
            },
            &other.access_token,
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&status), ["after_notification_id"]);

    // A closed stream frees its slot.
    drop(_one);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let _three = watch(&app, &token, "").await;

    let status = client(&app)
        .watch_notifications(pb::WatchNotificationsRequest::default())
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
}

fn kind(kind: &str, in_app: bool, webhook: bool) -> pb::KindPreference {
    pb::KindPreference {
        kind: kind.into(),
        in_app,
        webhook,
        push: true,
    }
}

async fn update_preferences(
    app: &TestApp,
    token: &str,
    preferences: pb::NotificationPreferences,
    paths: &[&str],
) -> Result<pb::NotificationPreferences, tonic::Status> {
    let request = pb::UpdateNotificationPreferencesRequest {
        preferences: Some(preferences),
        update_mask: Some(prost_types::FieldMask {
            paths: paths.iter().map(|p| p.to_string()).collect(),
        }),
    };
    Ok(client(app)
        .update_notification_preferences(authed(request, token))
        .await?
        .into_inner()
        .preferences
        .unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kind_turned_off_in_app_is_neither_listed_nor_streamed() {
    let app = TestApp::spawn().await;
    let (ada, session) = app.register("ada@example.com").await;
    let token = session.access_token;
    let empty = client(&app)
        .get_notification_preferences(authed(pb::GetNotificationPreferencesRequest {}, &token))
        .await
        .unwrap()
        .into_inner()
        .preferences
        .unwrap();
    assert_eq!(empty, pb::NotificationPreferences::default());

    let set = pb::NotificationPreferences {
        kinds: vec![kind("muted_news", false, true)],
        quiet_hours: Some(pb::QuietHours {
            start: "22:00".into(),
            end: "07:00".into(),
        }),
    };
    let saved = update_preferences(&app, &token, set.clone(), &["kinds", "quiet_hours"])
        .await
        .unwrap();
    assert_eq!(saved, set);

    let mut stream = watch(&app, &token, "").await;
    emit_elsewhere_kind(&app, &ada.id, "muted_news", "hidden").await;
    emit_elsewhere_kind(&app, &ada.id, "test_news", "shown").await;
    assert_eq!(next(&mut stream).await.title, "shown");
    quiet(&mut stream).await;
    let listed = client(&app)
        .list_notifications(authed(pb::ListNotificationsRequest::default(), &token))
        .await
        .unwrap()
        .into_inner()
        .notifications;
    let titles: Vec<&str> = listed.iter().map(|n| n.title.as_str()).collect();
    assert_eq!(titles, ["shown"]);

    // Only the named path changes; an unset quiet_hours clears them.
    let cleared = update_preferences(&app, &token, pb::NotificationPreferences::default(), &["quiet_hours"])
        .await
        .unwrap();
    assert_eq!(cleared.kinds, set.kinds);
    assert_eq!(cleared.quiet_hours, None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn preference_updates_name_every_bad_field() {
    let app = TestApp::spawn().await;
    let (_, session) = app.register("ada@example.com").await;
    let token = session.access_token;
    let bad = pb::NotificationPreferences {
        kinds: vec![kind("a", true, true), kind("a", false, false), kind("", true, true)],
        quiet_hours: Some(pb::QuietHours {
            start: "25:00".into(),
            end: "7pm".into(),
        }),
    };
    let status = update_preferences(&app, &token, bad, &["kinds", "quiet_hours", "email"])
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    let mut fields = violated_fields(&status);
    fields.sort();
    assert_eq!(
        fields,
        [
            "preferences.kinds[1].kind",
            "preferences.kinds[2].kind",
            "preferences.quiet_hours.end",
            "preferences.quiet_hours.start",
            "update_mask"
        ]
    );
    let same = pb::NotificationPreferences {
        quiet_hours: Some(pb::QuietHours {
            start: "08:00".into(),
            end: "08:00".into(),
        }),
        ..Default::default()
    };
    let status = update_preferences(&app, &token, same, &["quiet_hours"])
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), ["preferences.quiet_hours.end"]);
    let too_many = pb::NotificationPreferences {
        kinds: (0..51).map(|i| kind(&format!("k{i}"), true, true)).collect(),
        ..Default::default()
    };
    let status = update_preferences(&app, &token, too_many, &["kinds"])
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), ["preferences.kinds"]);
    // Nothing was stored by the refused updates.
    let stored = client(&app)
        .get_notification_preferences(authed(pb::GetNotificationPreferencesRequest {}, &token))
        .await
        .unwrap()
        .into_inner()
        .preferences
        .unwrap();
    assert_eq!(stored, pb::NotificationPreferences::default());
}

async fn emit_elsewhere_kind(app: &TestApp, user_id: &str, kind: &'static str, title: &str) {
    use diesel_async::AsyncConnection;
    let mut conn = diesel_async::AsyncPgConnection::establish(&app.db_url).await.unwrap();
    let notice = Notice::new(user_id.parse::<Uuid>().unwrap(), kind, title, json!({}));
    assert!(kith::notify::emit(&mut conn, notice).await.unwrap());
}
