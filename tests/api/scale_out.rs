//! Scaling out: two `kith serve` replicas and one `kith worker`, each a real
//! process, on one database. Jobs split between the three without any job
//! claimed twice, and live streams on one replica see what the others do.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use kith::proto::jobs::v1 as jobs_pb;
use kith::proto::notifications::v1 as notifications_pb;
use kith::proto::social::v1 as social_pb;
use tokio::process::Child;
use tonic::transport::Channel;

use crate::cli::{free_port, kith, sigterm_exits_zero, wait_serving};
use crate::harness::{authed, TestApp};

const JOBS: i64 = 400;

fn start(app: &TestApp, args: &[&str], port: u16, metrics_port: u16) -> Child {
    kith()
        .args(args)
        .env("DATABASE_URL", &app.db_url)
        .env("KITH_ADDR", format!("127.0.0.1:{port}"))
        .env("KITH_METRICS_ADDR", format!("127.0.0.1:{metrics_port}"))
        .env("KITH_JWT_SECRET", crate::harness::TEST_SECRET)
        .spawn()
        .unwrap()
}

async fn channel(port: u16) -> Channel {
    Channel::from_shared(format!("http://127.0.0.1:{port}"))
        .unwrap()
        .connect()
        .await
        .unwrap()
}

/// Waits until a process answers on its metrics port (the worker has no API).
async fn wait_metrics(port: u16, child: &mut Child) {
    for _ in 0..600 {
        assert!(child.try_wait().unwrap().is_none(), "the worker exited early");
        if reqwest::get(format!("http://127.0.0.1:{port}/metrics")).await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the worker did not start");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_and_a_worker_split_jobs_and_share_live_streams() {
    let app = TestApp::spawn().await;
    let (_, admin) = app.admin_token().await;
    let (ada, ada_session) = app.register("ada@kith.test").await;
    let (_, bob_session) = app.register("bob@kith.test").await;

    let (port_a, port_b) = (free_port(), free_port());
    let mut a = start(&app, &["serve"], port_a, free_port());
    let mut b = start(&app, &["serve"], port_b, free_port());
    let worker_metrics = free_port();
    let mut w = start(&app, &["worker"], free_port(), worker_metrics);
    wait_serving(port_a, &mut a).await;
    wait_serving(port_b, &mut b).await;
    wait_metrics(worker_metrics, &mut w).await;
    let (to_a, to_b) = (channel(port_a).await, channel(port_b).await);

    // Live streams: Ada watches on replica A; Bob's request goes through B.
    let mut news = notifications_pb::notification_service_client::NotificationServiceClient::new(to_a.clone())
        .watch_notifications(authed(
            notifications_pb::WatchNotificationsRequest::default(),
            &ada_session.access_token,
        ))
        .await
        .unwrap()
        .into_inner();
    let request = social_pb::SendFriendRequestRequest {
        to: Some(social_pb::send_friend_request_request::To::UserId(ada.id.clone())),
    };
    social_pb::social_service_client::SocialServiceClient::new(to_b.clone())
        .send_friend_request(authed(request, &bob_session.access_token))
        .await
        .unwrap();
    let got = tokio::time::timeout(Duration::from_secs(5), news.message())
        .await
        .expect("B's news reaches A's stream")
        .unwrap()
        .unwrap();
    assert_eq!(got.notification.unwrap().kind, "friend_request_received");

    // A burst of jobs, as a schedule would enqueue them: pattern detection
    // for accounts that are not active, so no schedule adds jobs of its own.
    let sql = app.sql().await;
    sql.batch_execute(&format!(
        "INSERT INTO users (id, email, display_name, password_hash, is_active)
           SELECT gen_random_uuid(), 'load' || n || '@kith.test', 'Load ' || n, 'not a usable hash', false
           FROM generate_series(1, {JOBS}) n;"
    ))
    .await
    .unwrap();
    let started = Instant::now();
    sql.batch_execute(
        "INSERT INTO jobs (id, kind, payload, max_attempts, unique_key, user_id)
           SELECT gen_random_uuid(), 'detect_patterns', jsonb_build_object('user_id', id), 5, 'scale:' || id, id
           FROM users WHERE email LIKE 'load%';
         NOTIFY kith_jobs;",
    )
    .await
    .unwrap();

    // Replica B streams one of them to its end, whoever runs it.
    let watched: String = sql
        .query_one("SELECT id::text FROM jobs WHERE unique_key LIKE 'scale:%' LIMIT 1", &[])
        .await
        .unwrap()
        .get(0);
    let mut watch = jobs_pb::job_service_client::JobServiceClient::new(to_b)
        .watch_job(authed(
            jobs_pb::WatchJobRequest {
                job_id: watched.clone(),
            },
            &admin,
        ))
        .await
        .unwrap()
        .into_inner();
    let mut last = None;
    while let Some(update) = tokio::time::timeout(Duration::from_secs(60), watch.message())
        .await
        .expect("the watched job finishes")
        .unwrap()
    {
        last = update.job;
    }
    assert_eq!(last.unwrap().state(), jobs_pb::JobState::Succeeded);

    let done = loop {
        let row = sql
            .query_one(
                "SELECT count(*) FILTER (WHERE state = 'succeeded'), count(*) FROM jobs WHERE unique_key LIKE 'scale:%'",
                &[],
            )
            .await
            .unwrap();
        let (succeeded, all): (i64, i64) = (row.get(0), row.get(1));
        assert_eq!(all, JOBS);
        if succeeded == JOBS {
            break started.elapsed();
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "{succeeded} of {JOBS} done"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };

    // Each job claimed once (a second claim would count a second attempt),
    // and the work spread over more than one process.
    let twice: i64 = sql
        .query_one(
            "SELECT count(*) FROM jobs WHERE unique_key LIKE 'scale:%' AND attempts <> 1",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(twice, 0, "jobs claimed more than once");
    let split: BTreeMap<String, i64> = sql
        .query(
            "SELECT worker, count(*) FROM jobs WHERE unique_key LIKE 'scale:%' GROUP BY worker",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|row| (row.get(0), row.get(1)))
        .collect();
    assert!(split.len() >= 2, "one process ran every job: {split:?}");
    let pids: Vec<String> = [&a, &b, &w].iter().map(|c| format!("-{}", c.id().unwrap())).collect();
    assert!(
        split.keys().all(|name| pids.iter().any(|pid| name.ends_with(pid))),
        "{split:?}"
    );
    println!(
        "scale-out: {JOBS} jobs in {:.2} s ({:.0} jobs/s) split {:?} over serve A, serve B, worker",
        done.as_secs_f64(),
        JOBS as f64 / done.as_secs_f64(),
        pids.iter()
            .map(|pid| split
                .iter()
                .find(|(k, _)| k.ends_with(pid.as_str()))
                .map_or(0, |(_, n)| *n))
            .collect::<Vec<_>>()
    );

    // Open streams would hold a replica's shutdown for its grace period.
    drop((news, watch));
    for child in [a, b, w] {
        sigterm_exits_zero(child).await;
    }
}
