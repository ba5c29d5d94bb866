//! Limits every caller meets before any handler: per-address rates on the
//! public methods, the server's concurrency cap and unary timeout, and a
//! signing secret that is safe to start with.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use kith::proto::identity::v1 as pb;
use kith::proto::usage::v1 as usage_pb;
use tokio_stream::wrappers::ReceiverStream;
use tonic::Code;
use tonic_health::pb::health_client::HealthClient;
use tonic_health::pb::HealthCheckRequest;
use usage_pb::usage_service_client::UsageServiceClient;

use crate::harness::{authed, grpc_web_frame, reason, TestApp, PASSWORD};

fn register_request(email: &str) -> pb::RegisterRequest {
    pb::RegisterRequest {
        email: email.into(),
        password: PASSWORD.into(),
        display_name: "Limited".into(),
        ..Default::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_registers_from_one_address_are_rate_limited_while_other_calls_work() {
    let app = TestApp::spawn_with(|c| c.limits.register_per_minute = 4).await;
    let (user, session) = app.register("ada@example.com").await;

    // Eight at once from one address: the three left of the allowance pass,
    // the rest are refused before any password is hashed. Meanwhile the same
    // address signs in and makes an authenticated call.
    let calls = (0..8).map(|i| {
        let mut auth = app.auth();
        async move { auth.register(register_request(&format!("burst{i}@example.com"))).await }
    });
    let (results, signed_in, me) = tokio::join!(
        futures::future::join_all(calls),
        app.try_login(&user.email, PASSWORD),
        app.get_me(&session.access_token),
    );
    signed_in.expect("login works while Register is limited");
    me.expect("an authenticated call works while Register is limited");
    let passed = results.iter().filter(|r| r.is_ok()).count();
    let refused: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!(passed, 3, "{refused:?}");
    for status in &refused {
        assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
        assert_eq!(reason(status), "RATE_LIMITED");
    }

    // Browsers over gRPC-Web meet the same limit, with a readable status.
    let response = reqwest::Client::builder()
        .http1_only()
        .build()
        .unwrap()
        .post(format!("http://{}/kith.identity.v1.AuthService/Register", app.addr))
        .header("content-type", "application/grpc-web+proto")
        .header("x-grpc-web", "1")
        .body(grpc_web_frame(&register_request("web@example.com")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["grpc-status"], "8");
    app.try_refresh(&session.refresh_token).await.expect("refresh");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registers_per_hour_are_counted_in_the_database_for_every_replica() {
    let app = TestApp::spawn_with(|c| c.limits.register_per_hour = 3).await;
    app.register("first@example.com").await;
    let count: i32 = app
        .sql()
        .await
        .query_one(
            "SELECT count FROM peer_counters WHERE bucket = 'register' AND peer = '127.0.0.1'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(count, 1);

    // Another replica counted two more from this address this hour.
    app.sql()
        .await
        .execute("UPDATE peer_counters SET count = count + 2", &[])
        .await
        .unwrap();
    let status = app
        .auth()
        .register(register_request("second@example.com"))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::ResourceExhausted);
    assert_eq!(reason(&status), "RATE_LIMITED");
    assert!(status.message().contains("retry in"), "{}", status.message());
    app.login("first@example.com", PASSWORD).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_methods_are_limited_each_on_its_own() {
    let app = TestApp::spawn_with(|c| c.limits.sign_in_per_minute = 2).await;
    let (_, session) = app.register("ada@example.com").await;
    app.login("ada@example.com", PASSWORD).await;
    app.login("ada@example.com", PASSWORD).await;
    let status = app.try_login("ada@example.com", PASSWORD).await.unwrap_err();
    assert_eq!(status.code(), Code::ResourceExhausted);
    assert_eq!(reason(&status), "RATE_LIMITED");
    // Refresh has its own allowance.
    app.try_refresh(&session.refresh_token).await.expect("refresh");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_past_the_concurrency_limit_are_refused_not_queued() {
    let app = TestApp::spawn_with(|c| c.limits.max_concurrent_calls = 1).await;
    let (_, session) = app.register("ada@example.com").await;
    let token = session.access_token.clone();

    // An upload left open holds the one slot. It may itself be refused when
    // it arrives while a GetMe holds the slot: then it is started again.
    let start_upload = || {
        let (tx, rx) = tokio::sync::mpsc::channel::<usage_pb::UploadUsageRequest>(1);
        let mut usage = UsageServiceClient::new(app.channel.clone());
        let token = token.clone();
        let upload = tokio::spawn(async move { usage.upload_usage(authed(ReceiverStream::new(rx), &token)).await });
        (tx, upload)
    };
    let (mut tx, mut upload) = start_upload();
    let mut refused = None;
    for _ in 0..200 {
        if upload.is_finished() {
            (tx, upload) = start_upload();
        }
        match app.get_me(&session.access_token).await {
            Ok(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            Err(status) => {
                refused = Some(status);
                break;
            }
        }
    }
    let status = refused.expect("a second call is refused while the first runs");
    assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
    assert_eq!(reason(&status), "OVERLOADED");
    // Health answers whatever the load.
    HealthClient::new(app.channel.clone())
        .check(HealthCheckRequest::default())
        .await
        .expect("health is never shed");

    drop(tx);
    let _ = upload.await.unwrap();
    app.get_me(&session.access_token).await.expect("the slot is free again");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unary_calls_time_out_but_streams_run_on() {
    let app = TestApp::spawn_with(|c| c.limits.unary_timeout = Duration::from_secs(1)).await;
    let (_, session) = app.register("ada@example.com").await;

    // An upload open longer than the unary timeout is not cut.
    let (tx, rx) = tokio::sync::mpsc::channel::<usage_pb::UploadUsageRequest>(1);
    let mut usage = UsageServiceClient::new(app.channel.clone());
    let token = session.access_token.clone();
    let upload = tokio::spawn(async move { usage.upload_usage(authed(ReceiverStream::new(rx), &token)).await });

    // A unary call stuck behind a lock is ended by the server.
    let sql = app.sql().await;
    sql.batch_execute("BEGIN; LOCK TABLE users IN ACCESS EXCLUSIVE MODE")
        .await
        .unwrap();
    let stuck = tokio::time::timeout(Duration::from_secs(15), app.get_me(&session.access_token)).await;
    sql.batch_execute("COMMIT").await.unwrap();
    let status = stuck.expect("the server ends the call").unwrap_err();
    assert_eq!(status.code(), Code::DeadlineExceeded, "{status:?}");

    tx.send(usage_pb::UploadUsageRequest {
        upload_id: "slow-phone".into(),
        ..Default::default()
    })
    .await
    .unwrap();
    drop(tx);
    upload.await.unwrap().expect("the upload finishes");
}

/// `kith serve` with its signing secret kept in `data_dir/jwt-secret`.
async fn serve_with_secret_file(contents: &str, mode: u32) -> std::process::Output {
    let data_dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("kith-secret-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&data_dir).unwrap();
    let path = data_dir.join("jwt-secret");
    std::fs::write(&path, contents).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_kith"))
        .arg("serve")
        .env_remove("KITH_JWT_SECRET")
        .env_remove("KITH_CONFIG")
        .env("KITH_DATA_DIR", &data_dir)
        .env("KITH_ADDR", format!("127.0.0.1:{port}"))
        // Nothing listens there: a server that got past the secret stops at
        // the database instead, with another message.
        .env("DATABASE_URL", "postgres://kith@127.0.0.1:1/kith")
        .env("KITH_DB_POOL_TIMEOUT_MS", "500")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(Duration::from_secs(60), output)
        .await
        .expect("kith exits")
        .unwrap();
    let _ = std::fs::remove_dir_all(&data_dir);
    output
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unsafe_jwt_secret_file_stops_start_up_in_one_line() {
    let long = "0123456789abcdef0123456789abcdef0123456789abcdef";
    for (contents, mode, expected) in [
        (long, 0o644, "readable by group or others"),
        (long, 0o640, "readable by group or others"),
        ("short-secret\n", 0o600, "shorter than 32 bytes"),
        ("", 0o600, "shorter than 32 bytes"),
    ] {
        let output = serve_with_secret_file(contents, mode).await;
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{mode:o} {contents:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.starts_with("error: ") && stderr.contains("jwt-secret"),
            "{stderr}"
        );
        assert!(stderr.contains(expected), "{mode:o} {contents:?}: {stderr}");
        assert!(!stderr.contains(long), "{stderr}");
    }
}
