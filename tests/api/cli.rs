//! The `kith` binary itself: configuration errors, `admin create`, the
//! embedded PostgreSQL, and a clean exit on SIGTERM.

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use kith::proto::identity::v1 as pb;
use tokio::process::{Child, Command};
use tonic_health::pb::health_client::HealthClient;
use tonic_health::pb::HealthCheckRequest;

use crate::harness::{authed, TestApp, PASSWORD};

pub(crate) fn kith() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kith"));
    command
        .env_remove("DATABASE_URL")
        .env_remove("TEST_DATABASE_URL")
        .env_remove("KITH_CONFIG")
        .env("RUST_LOG", "warn")
        .kill_on_drop(true)
        .stdin(Stdio::null());
    command
}

pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Waits until the server on `port` reports SERVING.
pub(crate) async fn wait_serving(port: u16, child: &mut Child) {
    for _ in 0..600 {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("kith exited early with {status}");
        }
        if let Ok(channel) = tonic::transport::Channel::from_shared(format!("http://127.0.0.1:{port}"))
            .unwrap()
            .connect()
            .await
        {
            let serving = HealthClient::new(channel)
                .check(HealthCheckRequest::default())
                .await
                .map(|r| r.into_inner().status == 1)
                .unwrap_or(false);
            if serving {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("kith did not become healthy on port {port}");
}

pub(crate) async fn sigterm_exits_zero(mut child: Child) {
    let pid = nix::unistd::Pid::from_raw(child.id().unwrap() as i32);
    nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM).unwrap();
    let status = tokio::time::timeout(Duration::from_secs(60), child.wait())
        .await
        .expect("kith stops after SIGTERM")
        .unwrap();
    assert!(status.success(), "exit status {status}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_setting_is_one_line_naming_it() {
    for (var, value) in [("KITH_ADDR", "not-an-address"), ("KITH_DB_POOL_SIZE", "lots")] {
        let output = kith().arg("serve").env(var, value).output().await.unwrap();
        assert_eq!(output.status.code(), Some(2), "{var}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with(&format!("error: {var}: ")), "{stderr}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_answers_then_exits_zero_on_sigterm() {
    let app = TestApp::spawn().await;
    let port = free_port();
    let mut child = kith()
        .env("DATABASE_URL", &app.db_url)
        .env("KITH_ADDR", format!("127.0.0.1:{port}"))
        .env("KITH_JWT_SECRET", crate::harness::TEST_SECRET)
        .spawn()
        .unwrap();
    wait_serving(port, &mut child).await;
    sigterm_exits_zero(child).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_create_makes_the_first_admin() {
    let app = TestApp::spawn().await;
    let output = kith()
        .args(["admin", "create", "--email", "Boss@Example.com"])
        .env("DATABASE_URL", &app.db_url)
        .env("KITH_ADMIN_PASSWORD", PASSWORD)
        .output()
        .await
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("created admin boss@example.com"));
    let session = app.login("boss@example.com", PASSWORD).await;
    let users = app
        .admin()
        .list_users(authed(pb::ListUsersRequest::default(), &session.access_token))
        .await
        .expect("the new admin may use AdminService")
        .into_inner()
        .users;
    assert_eq!(users.len(), 1);
    assert_eq!(users[0].role, pb::Role::Admin as i32);
}

async fn auth_client(port: u16) -> pb::auth_service_client::AuthServiceClient<tonic::transport::Channel> {
    let channel = tonic::transport::Channel::from_shared(format!("http://127.0.0.1:{port}"))
        .unwrap()
        .connect()
        .await
        .unwrap();
    pb::auth_service_client::AuthServiceClient::new(channel)
}

fn postmaster_running(data_dir: &Path) -> bool {
    data_dir.join("pg/postmaster.pid").exists()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_without_database_url_runs_its_own_postgres() {
    let data_dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("kith-embedded-{}", uuid::Uuid::new_v4().simple()));
    let start = |port: u16| {
        kith()
            .arg("serve")
            .env("KITH_DATA_DIR", &data_dir)
            .env("KITH_ADDR", format!("127.0.0.1:{port}"))
            .env_remove("KITH_JWT_SECRET")
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let port = free_port();
    let mut child = start(port);
    wait_serving(port, &mut child).await;
    assert!(postmaster_running(&data_dir));
    auth_client(port)
        .await
        .register(pb::RegisterRequest {
            email: "first@example.com".into(),
            password: PASSWORD.into(),
            display_name: "First".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    sigterm_exits_zero(child).await;
    assert!(!postmaster_running(&data_dir), "postgres stops with kith");

    // A second start reuses the data folder: the account is still there.
    let port = free_port();
    let mut child = start(port);
    wait_serving(port, &mut child).await;
    auth_client(port)
        .await
        .login(pb::LoginRequest {
            email: "first@example.com".into(),
            password: PASSWORD.into(),
        })
        .await
        .expect("data survives a restart");
    sigterm_exits_zero(child).await;
    let _ = std::fs::remove_dir_all(&data_dir);
}

/// A server logging everything of its own at trace level writes no email
/// address of a user who registers, signs in and mistypes a password. A
/// process of its own, so no other test's logging setup is in the way.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_carry_no_email_address() {
    let app = TestApp::spawn().await;
    let port = free_port();
    let mut child = kith()
        .arg("serve")
        .arg("--no-worker")
        .env("DATABASE_URL", &app.db_url)
        .env("KITH_ADDR", format!("127.0.0.1:{port}"))
        .env("KITH_JWT_SECRET", crate::harness::TEST_SECRET)
        .env("KITH_LOG_FORMAT", "json")
        .env("RUST_LOG", "kith=trace")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read as it comes, so a full pipe never stalls the server.
    let stderr = child.stderr.take().unwrap();
    let reader = tokio::spawn(async move {
        let mut logs = String::new();
        tokio::io::AsyncReadExt::read_to_string(&mut tokio::io::BufReader::new(stderr), &mut logs)
            .await
            .unwrap();
        logs
    });
    wait_serving(port, &mut child).await;
    let channel = tonic::transport::Channel::from_shared(format!("http://127.0.0.1:{port}"))
        .unwrap()
        .connect()
        .await
        .unwrap();
    let mut auth = pb::auth_service_client::AuthServiceClient::new(channel);
    auth.register(pb::RegisterRequest {
        email: "secret.person@example.com".into(),
        password: PASSWORD.into(),
        display_name: "Secret".into(),
        ..Default::default()
    })
    .await
    .expect("register");
    for password in [PASSWORD, "wrong password"] {
        let _ = auth
            .login(pb::LoginRequest {
                email: "secret.person@example.com".into(),
                password: password.into(),
            })
            .await;
    }
    sigterm_exits_zero(child).await;
    let logs = reader.await.unwrap();
    assert!(logs.contains("AuthService/Login"), "the calls were logged: {logs}");
    assert!(!logs.contains("secret.person"), "{logs}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_migrating_at_once_take_turns_and_status_lists_what_is_pending() {
    let app = TestApp::spawn().await;
    // An empty database beside the test's own.
    let name = format!("kith_migrate_{}", uuid::Uuid::new_v4().simple());
    let sql = app.sql().await;
    sql.execute(&format!("CREATE DATABASE {name}"), &[]).await.unwrap();
    let url = crate::harness::replace_db(&app.db_url, &name);

    let status = kith()
        .args(["migrate", "--status"])
        .env("DATABASE_URL", &url)
        .output()
        .await
        .unwrap();
    assert_eq!(status.status.code(), Some(1));
    let stdout = String::from_utf8(status.stdout).unwrap();
    let migrations = std::fs::read_dir("migrations").unwrap().count();
    assert!(stdout.contains(&format!("pending: {migrations}")), "{stdout}");

    let runs: Vec<_> = (0..3)
        .map(|_| kith().arg("migrate").env("DATABASE_URL", &url).output())
        .collect();
    for output in futures::future::join_all(runs).await {
        let output = output.unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    let status = kith()
        .args(["migrate", "--status"])
        .env("DATABASE_URL", &url)
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8(status.stdout).unwrap();
    assert!(status.status.success(), "{stdout}");
    assert!(
        stdout.contains(&format!("applied: {migrations}")) && stdout.contains("pending: 0"),
        "{stdout}"
    );
    sql.execute(&format!("DROP DATABASE {name} WITH (FORCE)"), &[])
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_health_probe_exits_zero_only_for_a_serving_server() {
    let app = TestApp::spawn().await;
    let serving = kith()
        .args(["health", "--addr", &format!("http://{}", app.addr)])
        .output()
        .await
        .unwrap();
    assert!(serving.status.success(), "{}", String::from_utf8_lossy(&serving.stderr));
    assert_eq!(String::from_utf8(serving.stdout).unwrap().trim(), "Serving");
    let nobody = kith()
        .args(["health", "--addr", &format!("http://127.0.0.1:{}", free_port())])
        .output()
        .await
        .unwrap();
    assert_eq!(nobody.status.code(), Some(1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pg_dump_of_the_demo_data_restores_whole() {
    let app = TestApp::spawn().await;
    kith::demo::seed(&format!("http://{}", app.addr)).await.unwrap();
    let dir = std::env::temp_dir().join(format!("kith-backup-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let dump = dir.join("kith.dump");
    // As the README says: a custom-format dump, restored into an empty
    // database with pg_restore.
    let dumped = std::process::Command::new("pg_dump")
        .args(["--format=custom", "--no-owner", "--file"])
        .arg(&dump)
        .arg(&app.db_url)
        .output()
        .unwrap();
    assert!(dumped.status.success(), "{}", String::from_utf8_lossy(&dumped.stderr));
    let name = format!("kith_restore_{}", uuid::Uuid::new_v4().simple());
    let sql = app.sql().await;
    sql.execute(&format!("CREATE DATABASE {name}"), &[]).await.unwrap();
    let url = crate::harness::replace_db(&app.db_url, &name);
    let restored = std::process::Command::new("pg_restore")
        .args(["--no-owner", "--exit-on-error", "--dbname"])
        .arg(&url)
        .arg(&dump)
        .output()
        .unwrap();
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    let (copy, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(connection);
    let tables: Vec<String> = sql
        .query(
            "SELECT table_name::text FROM information_schema.tables
             WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(tables.len() > 50, "{tables:?}");
    for table in &tables {
        let q = format!("SELECT count(*) FROM \"{table}\"");
        let before: i64 = sql.query_one(&q, &[]).await.unwrap().get(0);
        let after: i64 = copy.query_one(&q, &[]).await.unwrap().get(0);
        assert_eq!(before, after, "{table}");
        if ["users", "devices", "app_sessions", "__diesel_schema_migrations"].contains(&table.as_str()) {
            assert!(before > 0, "{table} is empty");
        }
    }
    // The restored copy serves: migrations find nothing left to apply.
    let status = kith()
        .args(["migrate", "--status"])
        .env("DATABASE_URL", &url)
        .output()
        .await
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stdout));
    drop(copy);
    sql.execute(&format!("DROP DATABASE {name} WITH (FORCE)"), &[])
        .await
        .unwrap();
    let _ = std::fs::remove_dir_all(dir);
}
