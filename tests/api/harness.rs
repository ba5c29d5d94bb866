//! Test harness: one migrated template database per run, a fresh database per
//! test cloned from it and dropped afterwards, and a `TestApp` running the
//! real server on port 0.
//!
//! Uses `TEST_DATABASE_URL` (a server URL, e.g.
//! `postgres://postgres@127.0.0.1:5432/postgres`) when set; otherwise the same
//! embedded PostgreSQL launcher as `kith serve`, in `target/tmp`, left running
//! for the next run.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use kith::app;
use kith::config::Config;
use kith::db::{EmbeddedOptions, EmbeddedPostgres};
use kith::proto::identity::v1 as pb;
use kith::proto::usage::v1::usage_service_client::UsageServiceClient;
use kith::state::AppState;
use pb::admin_service_client::AdminServiceClient;
use pb::auth_service_client::AuthServiceClient;
use pb::user_service_client::UserServiceClient;
use tokio::sync::OnceCell;
use tonic::transport::Channel;

pub const TEST_SECRET: &str = "test-secret-test-secret-test-secret-0123";
pub const PASSWORD: &str = "correct horse battery";

/// A device of `user_id` made directly in the database: an Android
/// smartphone with a snarky personality.
pub async fn device(app: &TestApp, user_id: &str, name: &str) -> String {
    device_with(app, user_id, name, "snarky", false).await
}

/// A device of `user_id` made directly in the database, with its
/// personality and whether it is the primary one.
pub async fn device_with(app: &TestApp, user_id: &str, name: &str, personality: &str, is_primary: bool) -> String {
    let id = uuid::Uuid::now_v7().to_string();
    app.sql()
        .await
        .execute(
            "INSERT INTO devices (id, user_id, name, platform, device_type, personality, is_primary)
             VALUES ($1::text::uuid, $2::text::uuid, $3, 'android', 'smartphone', $4, $5)",
            &[&id, &user_id, &name, &personality, &is_primary],
        )
        .await
        .unwrap();
    id
}

/// The one number `sql` selects.
pub async fn count(app: &TestApp, sql: &str) -> i64 {
    app.sql().await.query_one(sql, &[]).await.unwrap().get(0)
}

pub fn usage(app: &TestApp) -> UsageServiceClient<Channel> {
    UsageServiceClient::new(app.channel.clone())
}

/// Where test databases live.
enum Server {
    Url(String),
    Embedded(String),
}

impl Server {
    fn url(&self, db: &str) -> String {
        match self {
            Server::Url(base) => replace_db(base, db),
            Server::Embedded(base) => replace_db(base, db),
        }
    }
}

/// Swaps the database name of a `postgres://…/name?params` URL.
pub fn replace_db(url: &str, db: &str) -> String {
    let (head, query) = url.split_once('?').map_or((url, None), |(h, q)| (h, Some(q)));
    let scheme_end = head.find("://").map_or(0, |i| i + 3);
    let base = match head[scheme_end..].find('/') {
        Some(i) => &head[..scheme_end + i],
        None => head,
    };
    match query {
        Some(q) => format!("{base}/{db}?{q}"),
        None => format!("{base}/{db}"),
    }
}

/// The embedded server's data folder, shared by every test process.
pub fn embedded_data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("kith-test-pg")
}

async fn server() -> &'static Server {
    static SERVER: OnceCell<Server> = OnceCell::const_new();
    SERVER
        .get_or_init(|| async {
            if let Ok(url) = std::env::var("TEST_DATABASE_URL") {
                return Server::Url(url);
            }
            let options = EmbeddedOptions {
                data_dir: embedded_data_dir(),
                fast: true,
            };
            let mut pg = EmbeddedPostgres::start(options, "postgres")
                .await
                .expect("embedded PostgreSQL for tests");
            pg.detach();
            Server::Embedded(pg.database_url("postgres"))
        })
        .await
}

async fn admin_client(server: &Server) -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(&server.url("postgres"), tokio_postgres::NoTls)
        .await
        .expect("connect to the test PostgreSQL server");
    tokio::spawn(connection);
    client
}

/// Creates a database for one test from the migrated template, building the
/// template first if this migration set has none yet.
async fn create_test_database() -> (String, String) {
    let server = server().await;
    let admin = admin_client(server).await;
    let template = format!("kith_tmpl_{}", env!("KITH_MIGRATIONS_HASH"));
    // Test processes run in parallel: one builds the template, the rest wait.
    admin.execute("SELECT pg_advisory_lock(727274)", &[]).await.unwrap();
    let exists = admin
        .query_opt("SELECT 1 FROM pg_database WHERE datname = $1", &[&template])
        .await
        .unwrap()
        .is_some();
    if !exists {
        let building = format!("{template}_building");
        admin
            .execute(&format!("DROP DATABASE IF EXISTS \"{building}\""), &[])
            .await
            .unwrap();
        admin
            .execute(&format!("CREATE DATABASE \"{building}\""), &[])
            .await
            .unwrap();
        kith::db::run_migrations(&server.url(&building))
            .await
            .expect("migrations apply");
        admin
            .execute(&format!("ALTER DATABASE \"{building}\" RENAME TO \"{template}\""), &[])
            .await
            .unwrap();
    }
    admin.execute("SELECT pg_advisory_unlock(727274)", &[]).await.unwrap();
    let name = format!("kith_test_{}", uuid::Uuid::new_v4().simple());
    admin
        .execute(&format!("CREATE DATABASE \"{name}\" TEMPLATE \"{template}\""), &[])
        .await
        .unwrap();
    let url = server.url(&name);
    (name, url)
}

fn drop_database(name: String) {
    // Drop runs outside any runtime guarantee, so use a runtime of its own.
    let _ = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let admin = admin_client(server().await).await;
            let _ = admin
                .execute(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"), &[])
                .await;
        });
    })
    .join();
}

pub fn init_logs() {
    if std::env::var_os("TEST_LOG").is_some() {
        let _ = kith::telemetry::init(kith::config::LogFormat::Text, None);
    }
}

/// A running server on its own database.
pub struct TestApp {
    pub addr: SocketAddr,
    pub channel: Channel,
    pub db_name: String,
    pub db_url: String,
    /// The running server's state, for driving workers and jobs directly.
    pub state: Arc<AppState>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        Self::spawn_with(|_| {}).await
    }

    pub async fn spawn_with(customise: impl FnOnce(&mut Config)) -> TestApp {
        init_logs();
        // The recorder is the process's, as in `kith serve`: installed before
        // any server here starts a call, or a stream opened before it and
        // closed after would take the open-calls gauge below zero.
        kith::metrics::handle();
        let (db_name, db_url) = create_test_database().await;
        let mut config = Config {
            addr: "127.0.0.1:0".parse().unwrap(),
            database_url: Some(db_url.clone().into()),
            db_pool_size: 5,
            ..Config::default()
        };
        config.auth.jwt_secret = Some(TEST_SECRET.into());
        // Every test calls from 127.0.0.1, many registering users in a loop;
        // tests of the limits lower them again.
        config.limits.register_per_minute = 1_000_000;
        config.limits.register_per_hour = 1_000_000;
        config.limits.sign_in_per_minute = 1_000_000;
        // Each test's case photos in a folder of its own.
        config.cases.image_dir = Some(std::env::temp_dir().join(format!("kith-test-images-{db_name}")));
        customise(&mut config);
        let pool = kith::db::connect(&db_url, config.db_pool_size, config.db_pool_timeout)
            .await
            .expect("pool");
        let state = Arc::new(AppState::new(&config, pool, TEST_SECRET.as_bytes()));
        let server_state = state.clone();
        let listener = tokio::net::TcpListener::bind(config.addr).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            app::serve(
                &config,
                server_state,
                Arc::new(kith::app::jobs::registry()),
                listener,
                async {
                    let _ = stopped.await;
                },
            )
            .await
            .expect("server runs");
        });
        let channel = Channel::from_shared(format!("http://{addr}"))
            .unwrap()
            .connect()
            .await
            .expect("connect to the test server");
        TestApp {
            addr,
            channel,
            db_name,
            db_url,
            state,
            stop: Some(stop),
        }
    }

    pub fn auth(&self) -> AuthServiceClient<Channel> {
        AuthServiceClient::new(self.channel.clone())
    }

    pub fn users(&self) -> UserServiceClient<Channel> {
        UserServiceClient::new(self.channel.clone())
    }

    pub fn admin(&self) -> AdminServiceClient<Channel> {
        AdminServiceClient::new(self.channel.clone())
    }

    /// Raw SQL on this test's database, for arranging and checking state.
    pub async fn sql(&self) -> tokio_postgres::Client {
        let (client, connection) = tokio_postgres::connect(&self.db_url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(connection);
        client
    }

    /// Registers a member and returns the user and session.
    pub async fn register(&self, email: &str) -> (pb::User, pb::Session) {
        let response = self
            .auth()
            .register(pb::RegisterRequest {
                email: email.into(),
                password: PASSWORD.into(),
                display_name: "Test User".into(),
                ..Default::default()
            })
            .await
            .expect("register")
            .into_inner();
        (response.user.unwrap(), response.session.unwrap())
    }

    /// A signed-in admin's access token.
    pub async fn admin_token(&self) -> (pb::User, String) {
        let (user, _) = self.register("admin@kith.test").await;
        self.sql()
            .await
            .execute("UPDATE users SET role = 'admin' WHERE id = $1::text::uuid", &[&user.id])
            .await
            .unwrap();
        (user, self.login("admin@kith.test", PASSWORD).await.access_token)
    }

    /// A registered user given `role` ("mentor", "investigator", ...),
    /// signed in again so the session carries it: (id, access token).
    pub async fn user_with_role(&self, email: &str, role: &str) -> (String, String) {
        let (user, _) = self.register(email).await;
        self.sql()
            .await
            .execute(
                "UPDATE users SET role = $2 WHERE id = $1::text::uuid",
                &[&user.id, &role],
            )
            .await
            .unwrap();
        (user.id, self.login(email, PASSWORD).await.access_token)
    }

    pub async fn login(&self, email: &str, password: &str) -> pb::Session {
        self.try_login(email, password).await.expect("login").session.unwrap()
    }

    pub async fn try_login(&self, email: &str, password: &str) -> Result<pb::LoginResponse, tonic::Status> {
        let request = pb::LoginRequest {
            email: email.into(),
            password: password.into(),
        };
        self.auth().login(request).await.map(tonic::Response::into_inner)
    }

    pub async fn try_refresh(&self, refresh_token: &str) -> Result<pb::Session, tonic::Status> {
        let request = pb::RefreshRequest {
            refresh_token: refresh_token.into(),
        };
        let response = self.auth().refresh(request).await?.into_inner();
        Ok(response.session.unwrap())
    }

    pub async fn get_me(&self, access_token: &str) -> Result<pb::User, tonic::Status> {
        let response = self.users().get_me(authed(pb::GetMeRequest {}, access_token)).await?;
        Ok(response.into_inner().user.unwrap())
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        drop_database(std::mem::take(&mut self.db_name));
    }
}

/// A request carrying `authorization: Bearer <token>`.
pub fn authed<T>(message: T, token: &str) -> tonic::Request<T> {
    let mut request = tonic::Request::new(message);
    request
        .metadata_mut()
        .insert("authorization", format!("Bearer {token}").parse().unwrap());
    request
}

/// The fields named by an INVALID_ARGUMENT's BadRequest details.
pub fn violated_fields(status: &tonic::Status) -> Vec<String> {
    use tonic_types::StatusExt;
    status
        .get_error_details()
        .bad_request()
        .map(|b| b.field_violations.iter().map(|v| v.field.clone()).collect())
        .unwrap_or_default()
}

/// The ErrorInfo reason of a status.
pub fn reason(status: &tonic::Status) -> String {
    use tonic_types::StatusExt;
    status
        .get_error_details()
        .error_info()
        .map(|i| i.reason.clone())
        .unwrap_or_default()
}

/// A one-route HTTP/1.1 server answering every request with `body`, standing
/// in for an external service (here: Google's JWKS endpoint).
pub async fn fake_http_server(body: String) -> (SocketAddr, Arc<std::sync::atomic::AtomicUsize>) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            counter.fetch_add(1, Ordering::SeqCst);
            let body = body.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 8192];
                let _ = socket.read(&mut buf).await;
                let response = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = socket.write_all(response.as_bytes()).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    (addr, hits)
}

pub fn grpc_web_frame(message: &impl prost::Message) -> Vec<u8> {
    let body = message.encode_to_vec();
    let mut frame = vec![0u8];
    frame.extend((body.len() as u32).to_be_bytes());
    frame.extend(body);
    frame
}

/// Splits a gRPC-Web response body into its message and its trailers.
pub fn grpc_web_parse(mut body: &[u8]) -> (Vec<u8>, String) {
    let (mut message, mut trailers) = (Vec::new(), String::new());
    while body.len() >= 5 {
        let flag = body[0];
        let len = u32::from_be_bytes(body[1..5].try_into().unwrap()) as usize;
        let data = &body[5..5 + len];
        if flag & 0x80 != 0 {
            trailers = String::from_utf8_lossy(data).into_owned();
        } else {
            message = data.to_vec();
        }
        body = &body[5 + len..];
    }
    (message, trailers)
}

/// A job worker for one test: runs `registry`'s kinds against the test's
/// database, polling every 20 ms, until [`TestWorker::stop`].
pub struct TestWorker {
    stop: tokio::sync::watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl TestWorker {
    pub fn start(app: &TestApp, name: &str, registry: kith::jobs::Registry) -> TestWorker {
        let options = kith::jobs::WorkerOptions {
            name: name.into(),
            concurrency: 2,
            poll: std::time::Duration::from_millis(20),
            shutdown_grace: std::time::Duration::from_secs(5),
        };
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let task = tokio::spawn(kith::jobs::run_worker(
            app.state.clone(),
            Arc::new(registry),
            options,
            stopped,
        ));
        TestWorker { stop, task }
    }

    /// Lets running jobs finish, then returns.
    pub async fn stop(self) {
        self.stop.send(true).unwrap();
        self.task.await.unwrap();
    }
}

/// Runs one per-user job for `user_id` to its end.
pub async fn run_user_job(
    app: &TestApp,
    kind: kith::jobs::Kind<kith::jobs::UserDay>,
    handler: kith::jobs::JobKind,
    user_id: &str,
    day: Option<chrono::NaiveDate>,
) {
    let job = kind.job(&kith::jobs::UserDay {
        user_id: user_id.parse().unwrap(),
        day,
    });
    run_job(app, job, handler).await;
}

/// Runs `job` on a worker that knows only `handler`; its result once it
/// succeeded.
pub async fn run_job(app: &TestApp, job: kith::jobs::NewJob, handler: kith::jobs::JobKind) -> serde_json::Value {
    let mut conn = kith::db::conn(&app.state.pool).await.unwrap();
    let id = kith::jobs::enqueue(&mut conn, job).await.unwrap().unwrap();
    drop(conn);
    let worker = TestWorker::start(app, "one-kind", kith::jobs::Registry::new().register(handler));
    let sql = app.sql().await;
    let mut result = None;
    for _ in 0..400 {
        let row = sql
            .query_opt(
                "SELECT result FROM jobs WHERE id = $1::text::uuid AND state = 'succeeded'",
                &[&id.to_string()],
            )
            .await
            .unwrap();
        if let Some(row) = row {
            result = Some(row.get::<_, Option<serde_json::Value>>(0).unwrap_or_default());
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    worker.stop().await;
    result.unwrap_or_else(|| panic!("job {id} did not succeed"))
}

/// Runs a worker with every registered job kind until the given jobs have
/// succeeded (up to 20 s).
pub async fn run_jobs(app: &TestApp, ids: &[uuid::Uuid]) {
    let worker = TestWorker::start(app, "every-kind", kith::app::jobs::registry());
    let ids: Vec<String> = ids.iter().map(uuid::Uuid::to_string).collect();
    let mut states = Vec::new();
    for _ in 0..400 {
        states = app
            .sql()
            .await
            .query(
                "SELECT state, coalesce(last_error, '') FROM jobs WHERE id::text = ANY($1)",
                &[&ids],
            )
            .await
            .unwrap()
            .iter()
            .map(|r| (r.get::<_, String>(0), r.get::<_, String>(1)))
            .collect();
        if states.len() == ids.len() && states.iter().all(|(s, _)| s == "succeeded") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    worker.stop().await;
    assert!(states.iter().all(|(s, _)| s == "succeeded"), "{states:?}");
}

/// Enqueues `job`; its id.
pub async fn enqueue(app: &TestApp, job: kith::jobs::NewJob) -> uuid::Uuid {
    let mut conn = kith::db::conn(&app.state.pool).await.unwrap();
    kith::jobs::enqueue(&mut conn, job).await.unwrap().unwrap()
}
