//! What operators rely on: the Prometheus endpoint's counters move with
//! calls (ended by their trailers, or cancelled by the client), jobs, AI
//! generations, notifications delivered, and the pool and queue gauges.

use std::net::SocketAddr;
use std::time::Duration;

use kith::proto::notifications::v1 as notify_pb;

use crate::harness::{authed, TestApp};

async fn scrape(addr: SocketAddr) -> String {
    let response = reqwest::get(format!("http://{addr}/metrics")).await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(response
        .headers()
        .get("content-type")
        .is_some_and(|v| v.to_str().unwrap().starts_with("text/plain")));
    response.text().await.unwrap()
}

/// The sum of a metric's samples whose labels include every one of `labels`.
fn value(text: &str, name: &str, labels: &[&str]) -> f64 {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let (series, value) = line.rsplit_once(' ')?;
            let (metric, rest) = series.split_once('{').unwrap_or((series, ""));
            (metric == name && labels.iter().all(|l| rest.contains(l))).then(|| value.parse::<f64>().ok())?
        })
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_metrics_endpoint_counts_calls_jobs_ai_and_deliveries() {
    let app = TestApp::spawn().await;
    let addr = kith::metrics::start("127.0.0.1:0".parse().unwrap(), app.state.pool.clone())
        .await
        .unwrap();
    let before = scrape(addr).await;
    let get_me = r#"method="/kith.identity.v1.UserService/GetMe""#;

    // A call that succeeds (its code arrives in trailers) and two refused
    // ones (trailers-only), all counted by method and code.
    let (user, session) = app.register("metrics@example.com").await;
    let token = session.access_token;
    app.get_me(&token).await.unwrap();
    app.get_me("not a token").await.unwrap_err();
    app.get_me("not a token").await.unwrap_err();

    // A server stream the client drops after its headers: cancelled, and no
    // longer open.
    let mut notifications = notify_pb::notification_service_client::NotificationServiceClient::new(app.channel.clone());
    let mut stream = notifications
        .watch_notifications(authed(notify_pb::WatchNotificationsRequest::default(), &token))
        .await
        .unwrap()
        .into_inner();
    let watch = r#"method="/kith.notifications.v1.NotificationService/WatchNotifications""#;
    // The recorder is the process's: other tests running at the same time
    // move the same figures, so what this test did is checked as a lower
    // bound.
    let open = scrape(addr).await;
    assert!(value(&open, "kith_rpc_in_flight", &[watch]) >= 1.0);
    // A notification stored for the watcher is delivered on the stream.
    let mut conn = kith::db::conn(&app.state.pool).await.unwrap();
    let notice = kith::notify::Notice::new(user.id.parse().unwrap(), "test_news", "Hello", serde_json::json!({}));
    kith::notify::emit(&mut conn, notice).await.unwrap();
    drop(conn);
    tokio::time::timeout(Duration::from_secs(10), stream.message())
        .await
        .expect("delivered")
        .unwrap()
        .unwrap();
    drop(stream);
    tokio::time::sleep(Duration::from_millis(300)).await;

    // A job run, one left queued, and an AI generation.
    let job = kith::jobs::NewJob::new(kith::cases::CLEANUP_JOB.name, serde_json::json!({}));
    let handler = kith::jobs::JobKind::new(kith::cases::CLEANUP_JOB, kith::cases::cleanup_job);
    crate::harness::run_job(&app, job, handler).await;
    let mut conn = kith::db::conn(&app.state.pool).await.unwrap();
    kith::jobs::enqueue(
        &mut conn,
        kith::jobs::NewJob::new("metrics_probe", serde_json::json!({})),
    )
    .await
    .unwrap();
    drop(conn);
    let request = kith::ai::Request {
        purpose: kith::ai::Purpose::Chat,
        messages: vec![kith::ai::Message {
            role: kith::ai::Role::User,
            content: "Hello there".into(),
        }],
        brief: kith::ai::Brief::default(),
        max_tokens: 50,
        seed: 1,
    };
    app.state.ai.complete(None, &request).await.unwrap();

    let after = scrape(addr).await;
    let moved = |name: &str, labels: &[&str]| value(&after, name, labels) - value(&before, name, labels);
    assert!(
        moved("kith_rpc_calls_total", &[get_me, r#"code="Ok""#]) >= 1.0,
        "{after}"
    );
    assert!(moved("kith_rpc_calls_total", &[get_me, r#"code="Unauthenticated""#]) >= 2.0);
    assert!(moved("kith_rpc_duration_seconds_count", &[get_me]) >= 3.0);
    assert!(moved("kith_rpc_calls_total", &[watch, r#"code="Cancelled""#]) >= 1.0);
    assert!(moved("kith_notifications_delivered_total", &[r#"channel="stream""#]) >= 1.0);
    assert!(
        moved(
            "kith_jobs_finished_total",
            &[r#"kind="cases_image_cleanup""#, r#"outcome="succeeded""#]
        ) >= 1.0
    );
    // Read from this server's own queue at the scrape: exact.
    assert_eq!(value(&after, "kith_jobs_queued", &[r#"kind="metrics_probe""#]), 1.0);
    assert!(
        moved(
            "kith_ai_tokens_total",
            &[r#"purpose="chat""#, r#"direction="completion""#]
        ) > 0.0
    );
    assert!(value(&after, "kith_db_pool_connections", &[r#"state="idle""#]) >= 0.0);
    assert!(after.contains("kith_db_pool_connections{state=\"in_use\"}"));
    assert!(moved("kith_db_pool_wait_seconds_count", &[]) > 0.0);

    let missing = reqwest::get(format!("http://{addr}/other")).await.unwrap();
    assert_eq!(missing.status(), 404);
}

#[derive(diesel::QueryableByName)]
struct Ssl {
    #[diesel(sql_type = diesel::sql_types::Bool)]
    ssl: bool,
}

const SSL_OF_THIS_CONNECTION: &str = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn database_connections_use_tls_as_sslmode_asks() {
    use diesel_async::RunQueryDsl;
    // A server that offers TLS: the machine's PostgreSQL (Debian turns TLS
    // on with a self-signed certificate), unless KITH_TLS_TEST_URL names
    // another.
    let base =
        std::env::var("KITH_TLS_TEST_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let with = |mode: &str| {
        let sep = if base.contains('?') { '&' } else { '?' };
        format!("{base}{sep}sslmode={mode}")
    };
    let ssl = |url: String| async move {
        let client = kith::db::tls::connect(&url).await?;
        let row = client
            .query_one(SSL_OF_THIS_CONNECTION, &[])
            .await
            .map_err(|e| e.to_string())?;
        Ok::<bool, String>(row.get(0))
    };
    assert_eq!(ssl(base.clone()).await, Ok(false), "no sslmode: plain");
    assert_eq!(ssl(with("disable")).await, Ok(false));
    assert_eq!(
        ssl(with("require")).await,
        Ok(true),
        "{base} must offer TLS for this test (set KITH_TLS_TEST_URL)"
    );
    assert_eq!(ssl(with("prefer")).await, Ok(true));
    // verify-full checks the certificate: a self-signed one is refused.
    let refused = ssl(with("verify-full")).await.unwrap_err();
    assert!(refused.to_lowercase().contains("certificate"), "{refused}");

    // The pool (and so every service) connects the same way.
    let pool = kith::db::connect(&with("require"), 2, Duration::from_secs(5))
        .await
        .unwrap();
    let mut conn = kith::db::conn(&pool).await.unwrap();
    let row: Ssl = diesel::sql_query(SSL_OF_THIS_CONNECTION)
        .get_result(&mut *conn)
        .await
        .unwrap();
    assert!(row.ssl);
    // A mode that does not exist is refused when the pool is built.
    let err = kith::db::connect(&with("sometimes"), 1, Duration::from_secs(5))
        .await
        .err()
        .unwrap();
    assert!(err.to_string().contains("sslmode"), "{err}");
}
