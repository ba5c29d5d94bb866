//! The job queue, workers and schedules against a real database, and the
//! admin JobService through the server.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{TimeZone, Utc};
use kith::jobs::{self, JobKind, Kind, NewJob, Registry, WorkerOptions};
use kith::proto::jobs::v1 as pb;
use pb::job_service_client::JobServiceClient;
use tonic::Code;
use uuid::Uuid;

use crate::harness::{authed, TestApp};

fn options(name: &str, concurrency: usize) -> WorkerOptions {
    WorkerOptions {
        name: name.into(),
        concurrency,
        poll: Duration::from_millis(20),
        shutdown_grace: Duration::from_secs(5),
    }
}

async fn enqueue(app: &TestApp, job: NewJob) -> Option<Uuid> {
    let mut conn = kith::db::conn(&app.state.pool).await.unwrap();
    jobs::enqueue(&mut conn, job).await.unwrap()
}

async fn states(app: &TestApp) -> HashMap<String, i64> {
    app.sql()
        .await
        .query("SELECT state, count(*) FROM jobs GROUP BY state", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
}

/// Waits (up to 20 s) until `done` holds for the job states.
async fn wait_for(app: &TestApp, done: impl Fn(&HashMap<String, i64>) -> bool) -> HashMap<String, i64> {
    for _ in 0..400 {
        let now = states(app).await;
        if done(&now) {
            return now;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    states(app).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_workers_never_finish_one_job_twice() {
    let app = TestApp::spawn().await;
    let runs: Arc<Mutex<HashMap<Uuid, usize>>> = Arc::default();
    let counted = runs.clone();
    let registry = Arc::new(Registry::new().register(JobKind::new(
        Kind::<serde_json::Value>::new("count"),
        move |ctx, _| {
            let runs = counted.clone();
            async move {
                tokio::time::sleep(Duration::from_millis(5)).await;
                *runs.lock().unwrap().entry(ctx.job.id).or_default() += 1;
                Ok(None)
            }
        },
    )));
    let mut ids = Vec::new();
    for i in 0..60 {
        ids.push(
            enqueue(&app, NewJob::new("count", serde_json::json!({ "i": i })))
                .await
                .unwrap(),
        );
    }
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let a = tokio::spawn(jobs::run_worker(
        app.state.clone(),
        registry.clone(),
        options("a", 4),
        stopped.clone(),
    ));
    let b = tokio::spawn(jobs::run_worker(
        app.state.clone(),
        registry.clone(),
        options("b", 4),
        stopped,
    ));
    let done = wait_for(&app, |s| s.get("succeeded") == Some(&60)).await;
    stop.send(true).unwrap();
    a.await.unwrap();
    b.await.unwrap();
    assert_eq!(done.get("succeeded"), Some(&60), "{done:?}");
    let runs = runs.lock().unwrap().clone();
    assert_eq!(runs.len(), 60);
    assert!(runs.values().all(|&n| n == 1), "a job ran twice: {runs:?}");
    let workers: Vec<String> = app
        .sql()
        .await
        .query("SELECT DISTINCT worker FROM jobs", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(workers.len(), 2, "both workers took jobs: {workers:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dead_workers_job_is_picked_up_after_its_lease() {
    let app = TestApp::spawn().await;
    let id = enqueue(&app, NewJob::new("work", serde_json::json!({}))).await.unwrap();
    // A worker claims it with a short lease and dies without a word.
    let mut conn = kith::db::conn(&app.state.pool).await.unwrap();
    let claimed = jobs::queue::claim(&mut conn, "doomed", &["work".into()], 10, Duration::from_millis(300))
        .await
        .unwrap();
    assert_eq!(claimed.len(), 1);
    let again = jobs::queue::claim(&mut conn, "other", &["work".into()], 10, Duration::from_secs(60))
        .await
        .unwrap();
    assert!(again.is_empty(), "a live lease keeps the job");
    drop(conn);

    let registry = Arc::new(
        Registry::new().register(JobKind::new(Kind::<serde_json::Value>::new("work"), |_, _| async {
            Ok(Some(serde_json::json!({"ok": true})))
        })),
    );
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(jobs::run_worker(
        app.state.clone(),
        registry,
        options("rescuer", 2),
        stopped,
    ));
    wait_for(&app, |s| s.get("succeeded") == Some(&1)).await;
    stop.send(true).unwrap();
    worker.await.unwrap();
    let row = app
        .sql()
        .await
        .query_one(
            "SELECT state, attempts, worker FROM jobs WHERE id = $1::text::uuid",
            &[&id.to_string()],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "succeeded");
    assert_eq!(row.get::<_, i32>(1), 2, "the dead worker's attempt counts");
    assert_eq!(row.get::<_, String>(2), "rescuer");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_job_backs_off_and_ends_dead_with_its_error() {
    let app = TestApp::spawn().await;
    let attempts_at: Arc<Mutex<Vec<std::time::Instant>>> = Arc::default();
    let seen = attempts_at.clone();
    let registry = Arc::new(
        Registry::new().register(
            JobKind::new(Kind::<serde_json::Value>::new("flaky"), move |_, _| {
                let seen = seen.clone();
                async move {
                    seen.lock().unwrap().push(std::time::Instant::now());
                    Err("the printer is on fire".into())
                }
            })
            .backoff(Duration::from_millis(200)),
        ),
    );
    let id = enqueue(&app, NewJob::new("flaky", serde_json::json!({})).attempts(3))
        .await
        .unwrap();
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(jobs::run_worker(app.state.clone(), registry, options("w", 2), stopped));
    wait_for(&app, |s| s.get("dead") == Some(&1)).await;
    stop.send(true).unwrap();
    worker.await.unwrap();
    let row = app
        .sql()
        .await
        .query_one(
            "SELECT state, attempts, last_error FROM jobs WHERE id = $1::text::uuid",
            &[&id.to_string()],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "dead");
    assert_eq!(row.get::<_, i32>(1), 3);
    assert_eq!(row.get::<_, String>(2), "the printer is on fire");
    let at = attempts_at.lock().unwrap();
    assert_eq!(at.len(), 3);
    // Backoff 200 ms then 400 ms, each with jitter down to half.
    assert!(at[1] - at[0] >= Duration::from_millis(100), "{:?}", at[1] - at[0]);
    assert!(at[2] - at[1] >= Duration::from_millis(200), "{:?}", at[2] - at[1]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unique_keys_enqueue_once() {
    let app = TestApp::spawn().await;
    let first = enqueue(&app, NewJob::new("x", serde_json::json!({})).unique("slot:2026-11-23")).await;
    let second = enqueue(&app, NewJob::new("x", serde_json::json!({})).unique("slot:2026-11-23")).await;
    assert!(first.is_some());
    assert!(second.is_none());
    assert_eq!(states(&app).await.get("queued"), Some(&1));
}

async fn user_in(app: &TestApp, email: &str, timezone: &str) -> String {
    let (user, _) = app.register(email).await;
    app.sql()
        .await
        .execute(
            "UPDATE users SET timezone = $1 WHERE id = $2::text::uuid",
            &[&timezone, &user.id],
        )
        .await
        .unwrap();
    user.id
}

async fn unique_keys(app: &TestApp) -> Vec<String> {
    let mut keys: Vec<String> = app
        .sql()
        .await
        .query("SELECT unique_key FROM jobs WHERE kind = 'daily_conversation'", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    keys.sort();
    keys
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn six_am_comes_in_each_users_own_timezone() {
    let app = TestApp::spawn().await;
    let east = user_in(&app, "kiritimati@example.com", "Pacific/Kiritimati").await; // UTC+14
    let west = user_in(&app, "honolulu@example.com", "Pacific/Honolulu").await; // UTC-10
    let kinds = kith::app::jobs::registry().schedules_of(&["daily_conversation"]);
    let mut conn = kith::db::conn(&app.state.pool).await.unwrap();
    let tick = |h: u32, m: u32| Utc.with_ymd_and_hms(2026, 11, 23, h, m, 0).unwrap();

    // 15:59 UTC: 05:59 on the 24th in Kiritimati, 05:59 on the 23rd in Honolulu.
    jobs::schedule::tick(&mut conn, tick(15, 59), &kinds, None)
        .await
        .unwrap();
    assert_eq!(
        unique_keys(&app).await,
        sorted([
            format!("daily_conversation:{east}:2026-11-23"),
            format!("daily_conversation:{west}:2026-11-22")
        ])
    );
    // 16:00 UTC is 06:00 for both, on different local days.
    let created = jobs::schedule::tick(&mut conn, tick(16, 0), &kinds, None)
        .await
        .unwrap();
    assert_eq!(created, 2);
    assert_eq!(
        unique_keys(&app).await,
        sorted([
            format!("daily_conversation:{east}:2026-11-23"),
            format!("daily_conversation:{east}:2026-11-24"),
            format!("daily_conversation:{west}:2026-11-22"),
            format!("daily_conversation:{west}:2026-11-23"),
        ])
    );
    // Ticking again (another replica, or a restart) adds nothing.
    assert_eq!(
        jobs::schedule::tick(&mut conn, tick(16, 30), &kinds, None)
            .await
            .unwrap(),
        0
    );
    // A schedule whose kind is not registered here enqueues nothing.
    assert_eq!(
        jobs::schedule::tick(&mut conn, tick(23, 30), &[], None).await.unwrap(),
        0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_scheduled_jobs_refreshes_the_queue_statistics() {
    let app = TestApp::spawn().await;
    let sql = app.sql().await;
    let analysed = || async {
        sql.query_one(
            "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'jobs'",
            &[],
        )
        .await
        .unwrap()
        .get::<_, bool>(0)
    };
    let mut conn = kith::db::conn(&app.state.pool).await.unwrap();
    let kinds = kith::app::jobs::registry().schedules_of(&["detect_patterns"]);
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap();
    user_in(&app, "few@example.com", "UTC").await;
    assert_eq!(jobs::schedule::tick(&mut conn, now, &kinds, None).await.unwrap(), 1);
    assert!(!analysed().await, "a small tick leaves the statistics to autovacuum");

    sql.execute(
        "INSERT INTO users (id, email, display_name, password_hash)
         SELECT gen_random_uuid(), 'many' || i || '@example.com', 'Many', 'x' FROM generate_series(1, 1000) i",
        &[],
    )
    .await
    .unwrap();
    let tomorrow = now + chrono::Duration::days(1);
    assert_eq!(
        jobs::schedule::tick(&mut conn, tomorrow, &kinds, None).await.unwrap(),
        1001
    );
    assert!(analysed().await, "claims plan with the queue as it now is");
}

fn sorted<const N: usize>(keys: [String; N]) -> Vec<String> {
    let mut keys = keys.to_vec();
    keys.sort();
    keys
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admins_see_trigger_watch_cancel_and_retry_jobs() {
    let app = TestApp::spawn().await;
    let (_, admin) = app.admin_token().await;
    let (_, member) = app.register("member@example.com").await;
    let mut client = JobServiceClient::new(app.channel.clone());
    let status = client
        .list_jobs(authed(pb::ListJobsRequest::default(), &member.access_token))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::PermissionDenied);

    let schedules = client
        .list_schedules(authed(pb::ListSchedulesRequest {}, &admin))
        .await
        .unwrap()
        .into_inner()
        .schedules;
    let names: Vec<&str> = schedules.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "daily_conversation",
            "nightly_journals",
            "pattern_detection",
            "analytics",
            "coaching_reminder",
            "coaching_weekly_review",
            "coaching_monthly_report",
            "coaching_suggestions",
            "coaching_adherence_rollups",
            "coaching_risk_rollups",
            "coaching_warehouse_export",
            "engagement_run",
            "engagement_profiles",
            "cleanup",
            "cases_image_cleanup",
            "case_sources_sync",
            "finish_challenges"
        ]
    );

    // Old usage and an old resolved pattern for the cleanup to remove.
    let (user, _) = app.register("old@example.com").await;
    let sql = app.sql().await;
    sql.batch_execute(&format!(
        "INSERT INTO devices (id, user_id, name, platform, device_type, personality)
           VALUES ('{d}', '{u}', 'Old phone', 'ios', 'smartphone', 'boomer');
         INSERT INTO daily_device_usage (user_id, device_id, day, screen_time_ms, unlocks, pickups, notifications)
           VALUES ('{u}', '{d}', current_date - 100, 1000, 1, 1, 1), ('{u}', '{d}', current_date - 5, 1000, 1, 1, 1);
         INSERT INTO usage_patterns (id, user_id, kind, severity, confidence, resolved_at)
           VALUES (gen_random_uuid(), '{u}', 'night_owl', 0.5, 0.5, now() - interval '40 days');
         INSERT INTO login_attempts (email, peer, succeeded, attempted_at)
           VALUES ('old@example.com', 'p', false, now() - interval '2 days'),
                  ('old@example.com', 'p', false, now() - interval '1 hour');",
        d = Uuid::now_v7(),
        u = user.id
    ))
    .await
    .unwrap();
    let triggered = client
        .trigger_schedule(authed(pb::TriggerScheduleRequest { name: "cleanup".into() }, &admin))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(triggered.jobs_enqueued, 1);
    let again = client
        .trigger_schedule(authed(pb::TriggerScheduleRequest { name: "cleanup".into() }, &admin))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(again.jobs_enqueued, 0, "one run per slot");
    let listed = client
        .list_jobs(authed(
            pb::ListJobsRequest {
                kind: "cleanup".into(),
                ..Default::default()
            },
            &admin,
        ))
        .await
        .unwrap()
        .into_inner()
        .jobs;
    assert_eq!(listed.len(), 1);
    let job_id = listed[0].id.clone();

    // Watch it while a worker runs it.
    let updates = client
        .watch_job(authed(pb::WatchJobRequest { job_id: job_id.clone() }, &admin))
        .await
        .unwrap()
        .into_inner();
    let seen = watch_while_a_worker_runs(&app, updates).await;
    assert_eq!(seen.first().unwrap().state, pb::JobState::Queued as i32);
    let last = seen.last().unwrap();
    assert_eq!(last.state, pb::JobState::Succeeded as i32);
    let result = last.result.clone().unwrap();
    let removed = |k: &str| match result.fields[k].kind {
        Some(prost_types::value::Kind::NumberValue(n)) => n,
        _ => -1.0,
    };
    assert_eq!(
        (
            removed("daily_rows_removed"),
            removed("patterns_removed"),
            removed("login_attempts_removed")
        ),
        (1.0, 1.0, 1.0)
    );

    // Cancel a queued job, retry it, and get NOT_FOUND for a missing one.
    let queued = enqueue(&app, NewJob::new("cleanup", serde_json::json!({})))
        .await
        .unwrap()
        .to_string();
    let cancelled = client
        .cancel_job(authed(pb::CancelJobRequest { job_id: queued.clone() }, &admin))
        .await
        .unwrap()
        .into_inner()
        .job
        .unwrap();
    assert_eq!(cancelled.state, pb::JobState::Cancelled as i32);
    let retried = client
        .retry_job(authed(pb::RetryJobRequest { job_id: queued }, &admin))
        .await
        .unwrap()
        .into_inner()
        .job
        .unwrap();
    assert_eq!(retried.state, pb::JobState::Queued as i32);
    let status = client
        .get_job(authed(
            pb::GetJobRequest {
                job_id: Uuid::now_v7().to_string(),
            },
            &admin,
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    let status = client
        .retry_job(authed(pb::RetryJobRequest { job_id: job_id.clone() }, &admin))
        .await
        .unwrap_err();
    assert_eq!(
        status.code(),
        Code::FailedPrecondition,
        "a succeeded job is not retried"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schedules_write_the_morning_conversation_and_nightly_journals() {
    let app = TestApp::spawn_with(|c| c.ai.offline_chunk_delay = Duration::ZERO).await;
    let (_, admin) = app.admin_token().await;
    let (user, _) = app.register("sleepy@example.com").await;
    let sql = app.sql().await;
    let (phone, laptop) = (Uuid::now_v7(), Uuid::now_v7());
    sql.batch_execute(&format!(
        "INSERT INTO devices (id, user_id, name, platform, device_type, personality, is_primary) VALUES
           ('{phone}', '{u}', 'Pixel', 'android', 'smartphone', 'snarky', true),
           ('{laptop}', '{u}', 'ThinkPad', 'linux', 'laptop', 'corporate', false);
         INSERT INTO daily_device_usage (user_id, device_id, day, screen_time_ms, unlocks, pickups, notifications)
           SELECT '{u}', '{phone}', current_date - d, 3600000 * (3 + d), 40, 50, 60 FROM generate_series(0, 3) d;",
        u = user.id
    ))
    .await
    .unwrap();
    let mut client = JobServiceClient::new(app.channel.clone());
    for name in ["daily_conversation", "nightly_journals"] {
        let enqueued = client
            .trigger_schedule(authed(pb::TriggerScheduleRequest { name: name.into() }, &admin))
            .await
            .unwrap()
            .into_inner()
            .jobs_enqueued;
        assert_eq!(
            enqueued, 2,
            "{name}: one job per active user (the admin and the sleepy one)"
        );
    }
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(jobs::run_worker(
        app.state.clone(),
        Arc::new(kith::app::jobs::registry()),
        options("w", 2),
        stopped,
    ));
    let done = wait_for(&app, |s| s.get("succeeded") == Some(&4)).await;
    stop.send(true).unwrap();
    worker.await.unwrap();
    assert_eq!(done.get("succeeded"), Some(&4), "{done:?}");

    let conversations: Vec<(String, String)> = sql
        .query("SELECT trigger, user_id::text FROM conversations", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(
        conversations,
        [("scheduled".to_owned(), user.id.clone())],
        "the admin has no devices to talk"
    );
    let journals: i64 = sql
        .query_one(
            "SELECT count(*) FROM journals WHERE user_id = $1::text::uuid",
            &[&user.id],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(journals, 2, "one journal per active device");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn members_read_and_watch_only_their_own_jobs() {
    use kith::proto::usage::v1 as usage_pb;
    let app = TestApp::spawn().await;
    let (_, admin) = app.admin_token().await;
    let (ada, ada_session) = app.register("ada@example.com").await;
    let (_, eve_session) = app.register("eve@example.com").await;
    let (ada_token, eve_token) = (ada_session.access_token, eve_session.access_token);
    let mut client = JobServiceClient::new(app.channel.clone());

    let job_id = usage_pb::usage_service_client::UsageServiceClient::new(app.channel.clone())
        .detect_patterns(authed(usage_pb::DetectPatternsRequest {}, &ada_token))
        .await
        .unwrap()
        .into_inner()
        .job_id;
    let get = |token: &str, id: &str| authed(pb::GetJobRequest { job_id: id.to_owned() }, token);
    let watch = |token: &str, id: &str| authed(pb::WatchJobRequest { job_id: id.to_owned() }, token);

    let own = client
        .get_job(get(&ada_token, &job_id))
        .await
        .unwrap()
        .into_inner()
        .job
        .unwrap();
    assert_eq!(
        (own.id.as_str(), own.kind.as_str()),
        (job_id.as_str(), "detect_patterns")
    );
    assert_eq!(own.user_id, ada.id);
    let as_admin = client
        .get_job(get(&admin, &job_id))
        .await
        .unwrap()
        .into_inner()
        .job
        .unwrap();
    assert_eq!(as_admin.id, job_id, "admins read every job");

    // Another member cannot tell ada's job from a job that does not exist.
    let missing = client
        .get_job(get(&eve_token, &Uuid::now_v7().to_string()))
        .await
        .unwrap_err();
    let theirs = client.get_job(get(&eve_token, &job_id)).await.unwrap_err();
    assert_eq!(missing.code(), Code::NotFound);
    let same = |s: &tonic::Status| (s.code(), s.message().to_owned(), crate::harness::reason(s));
    assert_eq!(same(&theirs), same(&missing));
    let watched = client.watch_job(watch(&eve_token, &job_id)).await.unwrap_err();
    assert_eq!(same(&watched), same(&missing));

    // The other methods stay admin-only, even on the member's own job.
    let denied = [
        client
            .list_jobs(authed(pb::ListJobsRequest::default(), &ada_token))
            .await
            .unwrap_err(),
        client
            .cancel_job(authed(pb::CancelJobRequest { job_id: job_id.clone() }, &ada_token))
            .await
            .unwrap_err(),
        client
            .retry_job(authed(pb::RetryJobRequest { job_id: job_id.clone() }, &ada_token))
            .await
            .unwrap_err(),
        client
            .list_schedules(authed(pb::ListSchedulesRequest {}, &ada_token))
            .await
            .unwrap_err(),
        client
            .trigger_schedule(authed(
                pb::TriggerScheduleRequest { name: "cleanup".into() },
                &ada_token,
            ))
            .await
            .unwrap_err(),
    ];
    for status in denied {
        assert_eq!(status.code(), Code::PermissionDenied, "{status:?}");
    }

    // Ada follows her job to the end while a worker runs it.
    let updates = client.watch_job(watch(&ada_token, &job_id)).await.unwrap().into_inner();
    let seen = watch_while_a_worker_runs(&app, updates).await;
    assert_eq!(seen.first().unwrap().state, pb::JobState::Queued as i32);
    let last = seen.last().unwrap();
    assert_eq!(last.state, pb::JobState::Succeeded as i32, "{last:?}");
    assert!(last.result.is_some());

    // A system job belongs to no member.
    let system = enqueue(&app, NewJob::new("cleanup", serde_json::json!({})))
        .await
        .unwrap()
        .to_string();
    let status = client.get_job(get(&ada_token, &system)).await.unwrap_err();
    assert_eq!(same(&status), same(&missing));
    let status = client.watch_job(watch(&ada_token, &system)).await.unwrap_err();
    assert_eq!(same(&status), same(&missing));
    assert!(client.get_job(get(&admin, &system)).await.is_ok());
}

/// Every state a WatchJob stream reports while a worker runs, until the
/// stream ends (the job reached a final state); at most 20 s between updates.
async fn watch_while_a_worker_runs(app: &TestApp, mut updates: tonic::Streaming<pb::WatchJobResponse>) -> Vec<pb::Job> {
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(jobs::run_worker(
        app.state.clone(),
        Arc::new(kith::app::jobs::registry()),
        options("w", 1),
        stopped,
    ));
    let mut seen = Vec::new();
    while let Some(update) = tokio::time::timeout(Duration::from_secs(20), updates.message())
        .await
        .unwrap()
        .unwrap()
    {
        seen.push(update.job.unwrap());
    }
    stop.send(true).unwrap();
    worker.await.unwrap();
    seen
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nightly_journals_stop_at_the_ai_limit_and_keep_the_journals_before_it() {
    let app = TestApp::spawn_with(|c| {
        c.ai.offline_chunk_delay = Duration::ZERO;
        c.ai.max_per_hour = 1;
    })
    .await;
    let (user, _) = app.register("limited@example.com").await;
    let sql = app.sql().await;
    let (phone, laptop) = (Uuid::now_v7(), Uuid::now_v7());
    sql.batch_execute(&format!(
        "INSERT INTO devices (id, user_id, name, platform, device_type, personality, is_primary) VALUES
           ('{phone}', '{u}', 'Pixel', 'android', 'smartphone', 'snarky', true),
           ('{laptop}', '{u}', 'ThinkPad', 'linux', 'laptop', 'corporate', false);",
        u = user.id
    ))
    .await
    .unwrap();
    let day = Utc::now().date_naive();
    let user_id: Uuid = user.id.parse().unwrap();
    let job = NewJob::new(
        "nightly_journals",
        serde_json::json!({ "user_id": user_id, "day": day }),
    )
    .for_user(user_id);
    enqueue(&app, job).await.unwrap();
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(jobs::run_worker(
        app.state.clone(),
        Arc::new(kith::app::jobs::registry()),
        options("w", 1),
        stopped,
    ));
    let mut error = None;
    for _ in 0..400 {
        let row = sql
            .query_one("SELECT last_error FROM jobs WHERE kind = 'nightly_journals'", &[])
            .await
            .unwrap();
        error = row.get::<_, Option<String>>(0);
        if error.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    stop.send(true).unwrap();
    worker.await.unwrap();
    assert!(
        error.as_deref().is_some_and(|e| e.contains("too many AI generations")),
        "{error:?}"
    );
    let journals: i64 = sql
        .query_one(
            "SELECT count(*) FROM journals WHERE user_id = $1::text::uuid",
            &[&user.id],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(journals, 1, "the journal admitted before the limit is kept");
    let outcomes: Vec<(String, i64)> = sql
        .query(
            "SELECT outcome, count(*) FROM ai_generations GROUP BY outcome ORDER BY outcome",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(outcomes, [("ok".to_owned(), 1), ("rate_limited".to_owned(), 1)]);
}
