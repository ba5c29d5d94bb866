//! The shared engines under attack: the AI hourly limit against a burst of
//! concurrent calls, WatchJob's wake-ups, per-user cap and clean-up when a
//! client leaves, and what a member may see of their own jobs.

use std::time::Duration;

use kith::jobs::{self, NewJob};
use kith::proto::chat::v1 as chat_pb;
use kith::proto::jobs::v1 as pb;
use pb::job_service_client::JobServiceClient;
use tonic::transport::Channel;
use tonic::Code;
use uuid::Uuid;

use crate::harness::{authed, reason, TestApp};

fn job_client(app: &TestApp) -> JobServiceClient<Channel> {
    JobServiceClient::new(app.channel.clone())
}

/// A job of `user_id`, queued and never run (no worker in these tests).
async fn queued_job(app: &TestApp, user_id: &str, payload: serde_json::Value) -> String {
    let mut conn = kith::db::conn(&app.state.pool).await.unwrap();
    let user_id: Uuid = user_id.parse().unwrap();
    jobs::enqueue(&mut conn, NewJob::new("detect_patterns", payload).for_user(user_id))
        .await
        .unwrap()
        .unwrap()
        .to_string()
}

async fn watch(
    app: &TestApp,
    token: &str,
    job_id: &str,
) -> Result<tonic::Streaming<pb::WatchJobResponse>, tonic::Status> {
    let request = authed(
        pb::WatchJobRequest {
            job_id: job_id.to_owned(),
        },
        token,
    );
    job_client(app)
        .watch_job(request)
        .await
        .map(tonic::Response::into_inner)
}

/// The next update of a watch, failing the test after 5 s.
async fn next(updates: &mut tonic::Streaming<pb::WatchJobResponse>) -> Option<pb::Job> {
    tokio::time::timeout(Duration::from_secs(5), updates.message())
        .await
        .expect("an update within 5 s")
        .unwrap()
        .map(|u| u.job.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thirty_concurrent_replies_get_exactly_the_hourly_limit_of_two() {
    let app = TestApp::spawn_with(|c| c.ai.max_per_hour = 2).await;
    let (user, session) = app.register("burst@example.com").await;
    let device = crate::harness::device(&app, &user.id, "Pixel").await;
    let mut chat = chat_pb::chat_service_client::ChatServiceClient::new(app.channel.clone());
    let counterpart = chat_pb::Counterpart {
        counterpart: Some(chat_pb::counterpart::Counterpart::DeviceId(device)),
        ..Default::default()
    };
    let thread = chat
        .create_thread(authed(
            chat_pb::CreateThreadRequest {
                counterpart: Some(counterpart),
                ..Default::default()
            },
            &session.access_token,
        ))
        .await
        .unwrap()
        .into_inner()
        .thread
        .unwrap();

    // Thirty replies asked at once, each to the end of its stream.
    let calls = (0..30).map(|i| {
        let mut chat = chat.clone();
        let request = authed(
            chat_pb::SendMessageRequest {
                thread_id: thread.id.clone(),
                text: format!("Question {i}"),
                request_id: format!("burst-{i}"),
            },
            &session.access_token,
        );
        async move {
            let mut stream = chat.send_message(request).await?.into_inner();
            while stream.message().await?.is_some() {}
            Ok::<(), tonic::Status>(())
        }
    });
    let results = futures::future::join_all(calls).await;
    let ok = results.iter().filter(|r| r.is_ok()).count();
    let limited: Vec<&tonic::Status> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!(ok, 2, "{limited:?}");
    assert_eq!(limited.len(), 28);
    for status in limited {
        assert_eq!(
            (status.code(), reason(status).as_str()),
            (Code::ResourceExhausted, "AI_RATE_LIMITED")
        );
    }
    // Every call is recorded: the two generations (completed once their
    // streams ended) and the 28 refusals.
    let sql = app.sql().await;
    let mut outcomes = Vec::new();
    for _ in 0..100 {
        outcomes = sql
            .query(
                "SELECT outcome, count(*) FROM ai_generations GROUP BY outcome ORDER BY outcome",
                &[],
            )
            .await
            .unwrap()
            .iter()
            .map(|r| (r.get::<_, String>(0), r.get::<_, i64>(1)))
            .collect::<Vec<_>>();
        if outcomes.iter().all(|(o, _)| o != "pending") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(outcomes, [("ok".to_owned(), 2), ("rate_limited".to_owned(), 28)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_watcher_wakes_on_the_queues_notifications_without_polling() {
    let app = TestApp::spawn().await;
    let (user, session) = app.register("ada@example.com").await;
    let job_id = queued_job(&app, &user.id, serde_json::json!({ "user_id": user.id })).await;
    let mut updates = watch(&app, &session.access_token, &job_id).await.unwrap();
    assert_eq!(next(&mut updates).await.unwrap().state(), pb::JobState::Queued);

    // A change nobody announces is not seen: the watcher does not poll.
    let sql = app.sql().await;
    sql.execute(
        "UPDATE jobs SET priority = 5, updated_at = now() WHERE id = $1::text::uuid",
        &[&job_id],
    )
    .await
    .unwrap();
    let quiet = tokio::time::timeout(Duration::from_secs(2), updates.message()).await;
    assert!(quiet.is_err(), "an unannounced change was picked up: {quiet:?}");

    // The queue announces each state change as it commits: the watcher
    // follows a worker's claim and success at once.
    let id: Uuid = job_id.parse().unwrap();
    let mut conn = kith::db::conn(&app.state.pool).await.unwrap();
    let claimed = jobs::queue::claim(&mut conn, "w", &["detect_patterns".into()], 1, Duration::from_secs(60))
        .await
        .unwrap();
    assert_eq!(next(&mut updates).await.unwrap().state(), pb::JobState::Running);
    let token = claimed[0].lease_token.unwrap();
    let started = std::time::Instant::now();
    assert!(jobs::queue::succeed(&mut conn, id, token, None).await.unwrap());
    assert_eq!(next(&mut updates).await.unwrap().state(), pb::JobState::Succeeded);
    assert!(next(&mut updates).await.is_none(), "the stream ends with the job");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watchers_are_capped_per_user_and_freed_when_their_clients_leave() {
    let app = TestApp::spawn().await;
    let (ada, ada_session) = app.register("ada@example.com").await;
    let (bob, bob_session) = app.register("bob@example.com").await;
    let token = ada_session.access_token;
    let job_id = queued_job(&app, &ada.id, serde_json::json!({})).await;

    let mut open = Vec::new();
    for _ in 0..10 {
        let mut updates = watch(&app, &token, &job_id).await.unwrap();
        next(&mut updates).await.unwrap();
        open.push(updates);
    }
    let status = watch(&app, &token, &job_id).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status).as_str()),
        (Code::ResourceExhausted, "TOO_MANY_WATCHERS")
    );
    // The cap is per user.
    let bobs = queued_job(&app, &bob.id, serde_json::json!({})).await;
    watch(&app, &bob_session.access_token, &bobs).await.unwrap();

    // The clients leave while the job is still queued: each server-side
    // watcher ends and frees its slot, so ten new watches fit again.
    drop(open);
    let mut reopened = Vec::new();
    for _ in 0..10 {
        let mut attempt = 0;
        let updates = loop {
            match watch(&app, &token, &job_id).await {
                Ok(updates) => break updates,
                Err(status) if status.code() == Code::ResourceExhausted && attempt < 100 => {
                    attempt += 1;
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(status) => panic!("the watchers that were left still hold their slots: {status:?}"),
            }
        };
        reopened.push(updates);
    }
    assert_eq!(reopened.len(), 10);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_sees_a_failed_jobs_state_but_not_its_internals() {
    let app = TestApp::spawn().await;
    let (_, admin) = app.admin_token().await;
    let (user, session) = app.register("ada@example.com").await;
    let job_id = queued_job(
        &app,
        &user.id,
        serde_json::json!({ "user_id": user.id, "internal": "shard-7" }),
    )
    .await;
    app.sql()
        .await
        .execute(
            "UPDATE jobs SET state = 'dead', attempts = 5, worker = 'db-host-3:4242',
                    last_error = 'connection to 10.0.0.7 refused', finished_at = now()
             WHERE id = $1::text::uuid",
            &[&job_id],
        )
        .await
        .unwrap();
    let get = |token: &str| authed(pb::GetJobRequest { job_id: job_id.clone() }, token);

    let mine = job_client(&app)
        .get_job(get(&session.access_token))
        .await
        .unwrap()
        .into_inner()
        .job
        .unwrap();
    let mut watched = watch(&app, &session.access_token, &job_id).await.unwrap();
    let watched = next(&mut watched).await.unwrap();
    for job in [&mine, &watched] {
        assert_eq!(job.state(), pb::JobState::Dead);
        assert_eq!(job.message, "failed; an administrator can see why");
        assert_eq!((job.last_error.as_str(), job.worker.as_str()), ("", ""), "{job:?}");
        assert!(job.payload.is_none(), "{job:?}");
        assert_eq!((job.attempts, job.max_attempts, job.unique_key.as_str()), (0, 0, ""));
    }

    let full = job_client(&app)
        .get_job(get(&admin))
        .await
        .unwrap()
        .into_inner()
        .job
        .unwrap();
    assert_eq!(full.last_error, "connection to 10.0.0.7 refused");
    assert_eq!(full.worker, "db-host-3:4242");
    assert!(full.payload.unwrap().fields.contains_key("internal"));
    assert_eq!(full.message, mine.message);
}

async fn recv(subscription: &mut kith::db::listen::Subscription) -> Option<kith::db::listen::Notice> {
    tokio::time::timeout(Duration::from_secs(5), subscription.recv())
        .await
        .expect("a notice within 5 s")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_listener_reconnects_and_tells_subscribers_to_resync() {
    use kith::db::listen::{Notice, APPLICATION_NAME};
    let app = TestApp::spawn().await;
    let listener = kith::db::Listener::new(app.db_url.clone());
    let mut first = listener.subscribe("engine_test").await;
    let mut second = listener.subscribe("engine_test").await;
    let sql = app.sql().await;
    sql.execute("SELECT pg_notify('engine_test', 'one')", &[])
        .await
        .unwrap();
    for sub in [&mut first, &mut second] {
        assert_eq!(recv(sub).await, Some(Notice::Payload("one".into())));
    }

    // The database drops the connection (as in a restart): both are told to
    // resync once the listener is back, and notifications flow again.
    let ended: i64 = sql
        .query_one(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
              WHERE application_name = $1 AND datname = current_database()) t",
            &[&APPLICATION_NAME],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(ended, 1, "one listener connection per process");
    for sub in [&mut first, &mut second] {
        assert_eq!(recv(sub).await, Some(Notice::Resync));
    }
    sql.execute("SELECT pg_notify('engine_test', 'two')", &[])
        .await
        .unwrap();
    for sub in [&mut first, &mut second] {
        assert_eq!(recv(sub).await, Some(Notice::Payload("two".into())));
    }
}
