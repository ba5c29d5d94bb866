//! Account security through the real server: Google identities never land in
//! an account whose email nobody proved, the login limiter counts parallel
//! guesses and keeps the owner's own address open, access tokens and open
//! streams end with the session, and logs carry no emails or peers.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use kith::config::Config;
use kith::proto::identity::v1 as pb;
use kith::proto::jobs::v1 as jobs_pb;
use kith::proto::usage::v1 as usage_pb;
use pb::auth_service_client::AuthServiceClient;
use tonic::transport::{Channel, Endpoint};
use tonic::Code;

use crate::harness::{authed, count, fake_http_server, reason, violated_fields, TestApp, PASSWORD};
use crate::identity::google_token;

const CLIENT_ID: &str = "kith-web.apps.example";

/// A server that verifies Google ID tokens against the test key set.
async fn google_app(customise: impl FnOnce(&mut Config)) -> TestApp {
    let jwks = include_str!("fixtures/google_test_jwks.json").to_owned();
    let (jwks_addr, _) = fake_http_server(jwks).await;
    TestApp::spawn_with(|c| {
        c.auth.google_jwks_url = format!("http://{jwks_addr}/certs");
        c.auth.google_client_ids = vec![CLIENT_ID.into()];
        customise(c);
    })
    .await
}

/// A Google ID token for `sub` and `email`, issued `age_secs` ago.
fn google(sub: &str, email: &str, verified: bool, age_secs: i64) -> String {
    let now = chrono::Utc::now().timestamp();
    google_token(&serde_json::json!({
        "sub": sub, "aud": CLIENT_ID, "iss": "https://accounts.google.com",
        "iat": now - age_secs, "exp": now - age_secs + 3600,
        "email": email, "email_verified": verified, "name": "Vic Tim",
    }))
}

async fn sign_in(app: &TestApp, id_token: String) -> Result<pb::SignInWithGoogleResponse, tonic::Status> {
    app.auth()
        .sign_in_with_google(pb::SignInWithGoogleRequest { id_token })
        .await
        .map(tonic::Response::into_inner)
}

async fn link(app: &TestApp, access_token: &str, id_token: String) -> Result<pb::User, tonic::Status> {
    app.users()
        .link_google(authed(pb::LinkGoogleRequest { id_token }, access_token))
        .await
        .map(|r| r.into_inner().user.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn google_sign_in_never_lands_in_a_password_account_of_the_same_email() {
    let app = google_app(|_| {}).await;
    let (victim, session) = app.register("v@x.com").await;
    assert!(!victim.email_verified, "a password registration proves nothing");

    // Whoever controls a Google account for v@x.com is not let in.
    let status = sign_in(&app, google("g-attacker", "v@x.com", true, 0))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::FailedPrecondition);
    assert_eq!(reason(&status), "ACCOUNT_EXISTS");
    assert!(status.message().contains("link Google"), "{}", status.message());
    let linked = count(&app, "SELECT count(*) FROM users WHERE google_subject IS NOT NULL").await;
    assert_eq!(linked, 0, "nothing was linked");

    // The owner, signed in with the password, links their Google identity.
    let user = link(&app, &session.access_token, google("g-owner", "v@x.com", true, 0))
        .await
        .unwrap();
    assert!(user.google_linked && user.email_verified && user.has_password);
    let again = sign_in(&app, google("g-owner", "v@x.com", true, 0)).await.unwrap();
    assert!(!again.created);
    assert_eq!(again.user.unwrap().id, victim.id);
    let events = count(
        &app,
        "SELECT count(*) FROM audit_events WHERE action = 'user.google_linked'",
    )
    .await;
    assert_eq!(events, 1);

    // A linked identity belongs to one account only; an account has one.
    let (_, other) = app.register("other@x.com").await;
    let status = link(&app, &other.access_token, google("g-owner", "v@x.com", true, 0))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::AlreadyExists);
    assert_eq!(reason(&status), "GOOGLE_IDENTITY_TAKEN");
    let status = link(&app, &session.access_token, google("g-second", "v@x.com", true, 0))
        .await
        .unwrap_err();
    assert_eq!(reason(&status), "GOOGLE_ALREADY_LINKED");
    let status = link(&app, &session.access_token, "x.y.z".into()).await.unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unverified_google_emails_are_refused_even_for_new_accounts() {
    let app = google_app(|_| {}).await;
    let status = sign_in(&app, google("g-new", "new@x.com", false, 0)).await.unwrap_err();
    assert_eq!(status.code(), Code::FailedPrecondition);
    assert_eq!(reason(&status), "GOOGLE_EMAIL_UNVERIFIED");
    assert_eq!(count(&app, "SELECT count(*) FROM users").await, 0);

    let created = sign_in(&app, google("g-new", "new@x.com", true, 0)).await.unwrap();
    assert!(created.created);
    assert!(created.user.unwrap().email_verified, "Google verified it");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_google_only_account_sets_a_password_only_after_a_fresh_google_sign_in() {
    let app = google_app(|_| {}).await;
    let first = sign_in(&app, google("g-grace", "grace@x.com", true, 0)).await.unwrap();
    let token = first.session.unwrap().access_token;
    let change = |google_id_token: String| {
        let mut auth = app.auth();
        let request = authed(
            pb::ChangePasswordRequest {
                current_password: String::new(),
                new_password: "my first password".into(),
                google_id_token,
            },
            &token,
        );
        async move { auth.change_password(request).await.map(|r| r.into_inner()) }
    };
    for (case, id_token) in [
        ("no proof", String::new()),
        ("stale sign-in", google("g-grace", "grace@x.com", true, 600)),
        ("another Google account", google("g-eve", "grace@x.com", true, 0)),
        ("not a token", "x.y.z".into()),
    ] {
        let status = change(id_token).await.unwrap_err();
        assert_eq!(status.code(), Code::InvalidArgument, "{case}");
        assert_eq!(violated_fields(&status), ["google_id_token"], "{case}");
    }
    assert!(app.try_login("grace@x.com", "my first password").await.is_err());

    let fresh = change(google("g-grace", "grace@x.com", true, 5)).await.unwrap();
    assert!(fresh.session.is_some());
    app.login("grace@x.com", "my first password").await;
}

/// A channel to the test server whose connections come from `source`, e.g.
/// 127.0.0.2 (Linux routes all of 127.0.0.0/8 to loopback).
async fn channel_from(app: &TestApp, source: &str) -> Channel {
    let target: SocketAddr = app.addr;
    let source: SocketAddr = format!("{source}:0").parse().unwrap();
    Endpoint::from_shared(format!("http://{target}"))
        .unwrap()
        .connect_with_connector(tower::service_fn(move |_: http::Uri| async move {
            let socket = tokio::net::TcpSocket::new_v4()?;
            socket.bind(source)?;
            let stream = socket.connect(target).await?;
            Ok::<_, std::io::Error>(hyper_util::rt::TokioIo::new(stream))
        }))
        .await
        .unwrap()
}

async fn login_via(channel: &Channel, email: &str, password: &str) -> Result<pb::LoginResponse, tonic::Status> {
    let request = pb::LoginRequest {
        email: email.into(),
        password: password.into(),
    };
    AuthServiceClient::new(channel.clone())
        .login(request)
        .await
        .map(tonic::Response::into_inner)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parallel_wrong_passwords_are_all_counted() {
    let app = TestApp::spawn_with(|c| {
        c.auth.login_max_per_email = 5;
        c.auth.login_max_per_email_global = 1000;
        c.auth.login_max_per_peer = 1000;
        // 200 calls queue for the pool; none may time out waiting.
        c.db_pool_timeout = Duration::from_secs(60);
    })
    .await;
    app.register("ada@example.com").await;
    let guesses = (0..200).map(|i| {
        let channel = app.channel.clone();
        tokio::spawn(async move { login_via(&channel, "ada@example.com", &format!("guess number {i}")).await })
    });
    let codes: Vec<Code> = futures::future::join_all(guesses)
        .await
        .into_iter()
        .map(|r| r.unwrap().unwrap_err().code())
        .collect();
    let wrong = codes.iter().filter(|c| **c == Code::Unauthenticated).count();
    let limited = codes.iter().filter(|c| **c == Code::ResourceExhausted).count();
    assert_eq!((wrong, limited), (5, 195), "{codes:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_owner_still_logs_in_from_another_address_while_an_attacker_is_limited() {
    let app = TestApp::spawn_with(|c| {
        c.auth.login_max_per_email = 3;
        c.auth.login_max_per_email_global = 5;
    })
    .await;
    app.register("ada@example.com").await;
    let attacker = channel_from(&app, "127.0.0.1").await;
    let owner = channel_from(&app, "127.0.0.2").await;
    for _ in 0..3 {
        let status = login_via(&attacker, "ada@example.com", "a wrong guess")
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::Unauthenticated);
    }
    let status = login_via(&attacker, "ada@example.com", PASSWORD).await.unwrap_err();
    assert_eq!(status.code(), Code::ResourceExhausted, "the attacker's pair is spent");
    assert_eq!(reason(&status), "TOO_MANY_LOGIN_ATTEMPTS");

    login_via(&owner, "ada@example.com", PASSWORD)
        .await
        .expect("the owner's own address is not locked out");

    // Guesses spread over addresses still meet the slower per-email limit.
    let third = channel_from(&app, "127.0.0.3").await;
    for _ in 0..2 {
        let status = login_via(&third, "ada@example.com", "a wrong guess").await.unwrap_err();
        assert_eq!(status.code(), Code::Unauthenticated);
    }
    let status = login_via(&owner, "ada@example.com", PASSWORD).await.unwrap_err();
    assert_eq!(
        status.code(),
        Code::ResourceExhausted,
        "5 failures for the email in all"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_overlong_login_password_is_refused_before_any_work() {
    let app = TestApp::spawn().await;
    app.register("ada@example.com").await;
    let started = Instant::now();
    // Under the method's message size, so the field check answers.
    let status = app.try_login("ada@example.com", &"x".repeat(10_000)).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&status), ["password"]);
    // Past it, the message is refused before it is read.
    let status = app
        .try_login("ada@example.com", &"x".repeat(1_000_000))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::ResourceExhausted);
    let status = app.try_login(&"a".repeat(300), PASSWORD).await.unwrap_err();
    assert_eq!(violated_fields(&status), ["email"]);
    assert_eq!(count(&app, "SELECT count(*) FROM login_attempts").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overlong_proofs_of_identity_are_refused_before_any_work() {
    let app = google_app(|_| {}).await;
    let (_, session) = app.register("ada@example.com").await;
    // A token Google signed, but past the cap: refused before verification
    // (under the methods' message size, so the field checks answer).
    let now = chrono::Utc::now().timestamp();
    let padded = google_token(&serde_json::json!({
        "sub": "g-ada", "aud": CLIENT_ID, "iss": "https://accounts.google.com",
        "iat": now, "exp": now + 3600, "email": "ada@example.com",
        "email_verified": true, "name": "x".repeat(4_000),
    }));
    assert!(padded.len() > 4_096 && padded.len() < 10_000);
    let status = link(&app, &session.access_token, padded).await.unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&status), ["id_token"]);
    let status = app
        .auth()
        .change_password(authed(
            pb::ChangePasswordRequest {
                current_password: "x".repeat(5_000),
                google_id_token: "x".repeat(5_000),
                new_password: "a brand new password".into(),
            },
            &session.access_token,
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&status), ["current_password", "google_id_token"]);
    // Nothing changed: the old password still signs in, the session lives.
    app.login("ada@example.com", PASSWORD).await;
    app.get_me(&session.access_token).await.expect("the session survives");
    let linked = count(&app, "SELECT count(*) FROM users WHERE google_subject IS NOT NULL").await;
    assert_eq!(linked, 0);
}

async fn deactivate(app: &TestApp, admin: &str, user_id: &str, active: bool) {
    app.admin()
        .set_user_active(authed(
            pb::SetUserActiveRequest {
                user_id: user_id.into(),
                is_active: active,
            },
            admin,
        ))
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn access_tokens_end_with_logout_everywhere_a_password_change_or_deactivation() {
    let app = TestApp::spawn().await;
    let refused = |status: tonic::Status| {
        assert_eq!(status.code(), Code::Unauthenticated);
        assert_eq!(reason(&status), "UNAUTHENTICATED");
    };

    // Logout everywhere: the other device's access token dies too.
    let (_, phone) = app.register("ada@example.com").await;
    let laptop = app.login("ada@example.com", PASSWORD).await;
    app.auth()
        .logout(authed(
            pb::LogoutRequest {
                refresh_token: String::new(),
                all_sessions: true,
            },
            &phone.access_token,
        ))
        .await
        .unwrap();
    refused(app.get_me(&laptop.access_token).await.unwrap_err());
    refused(app.get_me(&phone.access_token).await.unwrap_err());
    let again = app.login("ada@example.com", PASSWORD).await;
    app.get_me(&again.access_token).await.expect("a new sign-in works");

    // A password change: only the session it returns survives.
    let (_, old) = app.register("bob@example.com").await;
    let other = app.login("bob@example.com", PASSWORD).await;
    let fresh = app
        .auth()
        .change_password(authed(
            pb::ChangePasswordRequest {
                current_password: PASSWORD.into(),
                new_password: "a brand new password".into(),
                google_id_token: String::new(),
            },
            &old.access_token,
        ))
        .await
        .unwrap()
        .into_inner()
        .session
        .unwrap();
    refused(app.get_me(&old.access_token).await.unwrap_err());
    refused(app.get_me(&other.access_token).await.unwrap_err());
    app.get_me(&fresh.access_token)
        .await
        .expect("the returned session works");

    // Deactivation: the token stays dead after reactivation.
    let (_, admin) = app.admin_token().await;
    let (carol, session) = app.register("carol@example.com").await;
    deactivate(&app, &admin, &carol.id, false).await;
    refused(app.get_me(&session.access_token).await.unwrap_err());
    deactivate(&app, &admin, &carol.id, true).await;
    refused(app.get_me(&session.access_token).await.unwrap_err());
    let back = app.login("carol@example.com", PASSWORD).await;
    app.get_me(&back.access_token).await.expect("signing in again works");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_open_watch_job_stream_ends_when_its_user_is_deactivated() {
    let app = TestApp::spawn_with(|c| c.auth.session_recheck = Duration::from_secs(1)).await;
    let (_, admin) = app.admin_token().await;
    let (member, session) = app.register("ada@example.com").await;
    let token = session.access_token;
    // No worker runs in tests, so the job stays queued and the stream open.
    let job_id = usage_pb::usage_service_client::UsageServiceClient::new(app.channel.clone())
        .detect_patterns(authed(usage_pb::DetectPatternsRequest {}, &token))
        .await
        .unwrap()
        .into_inner()
        .job_id;
    let mut updates = jobs_pb::job_service_client::JobServiceClient::new(app.channel.clone())
        .watch_job(authed(jobs_pb::WatchJobRequest { job_id }, &token))
        .await
        .unwrap()
        .into_inner();
    let first = updates.message().await.unwrap().unwrap();
    assert_eq!(first.job.unwrap().state, jobs_pb::JobState::Queued as i32);

    deactivate(&app, &admin, &member.id, false).await;
    let ended = tokio::time::timeout(Duration::from_secs(15), async {
        loop {
            match updates.message().await {
                Ok(Some(_)) => continue,
                other => return other,
            }
        }
    })
    .await
    .expect("the stream ends within a few rechecks");
    let status = ended.unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated, "{status:?}");
}
