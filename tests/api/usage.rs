//! Usage ingest (streaming and unary), reads, goals and patterns through the
//! real server.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use kith::proto::apps::v1::AppCategory;
use kith::proto::usage::v1 as pb;
use tokio_stream::wrappers::ReceiverStream;
use tonic::Code;

use crate::harness::{authed, count, device, grpc_web_frame, grpc_web_parse, usage, violated_fields, TestApp};

fn session(device: &str, bundle: &str, start: DateTime<Utc>, minutes: i64, launches: i32) -> pb::UsageRecord {
    pb::UsageRecord {
        record: Some(pb::usage_record::Record::Session(pb::AppSession {
            device_id: device.into(),
            bundle_id: bundle.into(),
            app_name: bundle.rsplit('.').next().unwrap().into(),
            category: if bundle.contains("social") {
                AppCategory::Social
            } else {
                AppCategory::Productivity
            } as i32,
            start_time: Some(kith::proto::timestamp(start)),
            duration_ms: minutes * 60_000,
            launches,
            notifications: 1,
        })),
    }
}

fn daily(device: &str, day: &str, minutes: i64, unlocks: i32) -> pb::UsageRecord {
    pb::UsageRecord {
        record: Some(pb::usage_record::Record::Daily(pb::DailyDeviceUsage {
            device_id: device.into(),
            day: day.into(),
            screen_time_ms: minutes * 60_000,
            unlocks,
            pickups: unlocks + 2,
            notifications: 10,
            first_pickup_time: "07:15".into(),
        })),
    }
}

fn at(day: &str, hour: u32) -> DateTime<Utc> {
    let day: NaiveDate = day.parse().unwrap();
    Utc.from_utc_datetime(&day.and_hms_opt(hour, 0, 0).unwrap())
}

fn batch(upload_id: &str, index: i64, records: Vec<pb::UsageRecord>) -> pb::UploadUsageRequest {
    pb::UploadUsageRequest {
        upload_id: upload_id.into(),
        batch_index: index,
        records,
    }
}

/// `count` sessions a minute apart, starting at `start`.
fn sessions(device: &str, start: DateTime<Utc>, count: usize) -> Vec<pb::UsageRecord> {
    (0..count)
        .map(|i| session(device, "com.example.social", start + Duration::minutes(i as i64), 1, 1))
        .collect()
}

async fn upload(
    app: &TestApp,
    token: &str,
    batches: Vec<pb::UploadUsageRequest>,
) -> Result<pb::UploadUsageResponse, tonic::Status> {
    let stream = tokio_stream::iter(batches);
    usage(app)
        .upload_usage(authed(stream, token))
        .await
        .map(|r| r.into_inner())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upload_validates_each_record_and_resending_changes_nothing() {
    let app = TestApp::spawn().await;
    let (user, session_tokens) = app.register("ada@example.com").await;
    let token = session_tokens.access_token;
    let phone = device(&app, &user.id, "Phone").await;
    let (stranger, _) = app.register("eve@example.com").await;
    let strangers_phone = device(&app, &stranger.id, "Eve's phone").await;

    let good = vec![
        daily(&phone, "2026-11-02", 180, 40),
        session(&phone, "com.example.social", at("2026-11-02", 9), 30, 3),
        session(&phone, "com.example.notes", at("2026-11-02", 10), 15, 1),
    ];
    let mut bad = vec![
        session(&strangers_phone, "com.example.social", at("2026-11-02", 9), 30, 3),
        session(&phone, "com.example.social", Utc::now() + Duration::hours(2), 1, 1),
        daily(&phone, "2026-11-03", 25 * 60, 1),
        daily(&phone, "2026-11-04", 10, -1),
    ];
    bad.push(pb::UsageRecord { record: None });
    let first = upload(&app, &token, vec![batch("", 0, good.clone()), batch("", 0, bad)])
        .await
        .unwrap();
    let counts = first.counts.unwrap();
    assert_eq!((counts.received, counts.inserted, counts.rejected), (8, 3, 5));
    assert_eq!(first.new_apps, 2, "unknown apps join the catalogue");
    let rejected: Vec<(i64, i32, &str)> = first
        .rejections
        .iter()
        .map(|r| (r.batch_index, r.record_index, r.field.as_str()))
        .collect();
    assert_eq!(
        rejected,
        [
            (1, 0, "session.device_id"),
            (1, 1, "session.start_time"),
            (1, 2, "daily.screen_time_ms"),
            (1, 3, "daily.unlocks"),
            (1, 4, "record"),
        ]
    );
    assert_eq!(
        count(&app, "SELECT count(*) FROM app_sessions").await,
        2,
        "another user's device got nothing"
    );

    let again = upload(&app, &token, vec![batch("", 0, good.clone())])
        .await
        .unwrap()
        .counts
        .unwrap();
    assert_eq!((again.inserted, again.updated, again.unchanged), (0, 0, 3));
    let mut changed = good;
    changed[0] = daily(&phone, "2026-11-02", 200, 41);
    let third = upload(&app, &token, vec![batch("", 0, changed)])
        .await
        .unwrap()
        .counts
        .unwrap();
    assert_eq!((third.inserted, third.updated, third.unchanged), (0, 1, 2));
    assert_eq!(count(&app, "SELECT count(*) FROM daily_device_usage").await, 1);
}

/// Batches of many sessions are stored as fresh rows first and upserted only
/// when one is already stored: the counts, the rows and the refusals are
/// those of an upsert either way.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_batches_count_fresh_changed_and_unchanged_sessions_alike() {
    let app = TestApp::spawn().await;
    let (user, session_tokens) = app.register("ada@example.com").await;
    let token = session_tokens.access_token;
    let phone = device(&app, &user.id, "Phone").await;
    let start = at("2026-11-02", 6);

    let mut first = sessions(&phone, start, 300);
    first.push(daily(&phone, "2026-11-02", 180, 40));
    let counts = upload(&app, &token, vec![batch("", 0, first.clone())])
        .await
        .unwrap()
        .counts
        .unwrap();
    assert_eq!((counts.inserted, counts.updated, counts.unchanged), (301, 0, 0));

    // The same batch again, with 10 sessions changed and 5 new ones: the
    // fresh insert meets stored rows, so the batch is upserted instead.
    let mut again = first.clone();
    for record in again.iter_mut().take(10) {
        if let Some(pb::usage_record::Record::Session(s)) = &mut record.record {
            s.launches = 7;
        }
    }
    again.extend(sessions(&phone, start + Duration::minutes(300), 5));
    let counts = upload(&app, &token, vec![batch("", 0, again)])
        .await
        .unwrap()
        .counts
        .unwrap();
    assert_eq!(
        (counts.received, counts.inserted, counts.updated, counts.unchanged),
        (306, 5, 10, 291)
    );
    assert_eq!(count(&app, "SELECT count(*) FROM app_sessions").await, 305);
    assert_eq!(
        count(&app, "SELECT count(*) FROM app_sessions WHERE launches = 7").await,
        10
    );

    // A fresh batch whose day row is already stored stays on the fresh path
    // (day rows are upserted there too) and changes that row.
    let mut later = sessions(&phone, start + Duration::hours(8), 250);
    later.push(daily(&phone, "2026-11-02", 240, 50));
    let counts = upload(&app, &token, vec![batch("", 0, later)])
        .await
        .unwrap()
        .counts
        .unwrap();
    assert_eq!((counts.inserted, counts.updated, counts.unchanged), (250, 1, 0));
    assert_eq!(count(&app, "SELECT count(*) FROM app_sessions").await, 555);
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM daily_device_usage WHERE screen_time_ms = 240 * 60000"
        )
        .await,
        1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cut_stream_keeps_committed_batches_and_resumes() {
    let app = TestApp::spawn().await;
    let (user, tokens) = app.register("ada@example.com").await;
    let token = tokens.access_token.clone();
    let phone = device(&app, &user.id, "Phone").await;
    let start = at("2026-11-01", 8);
    let all: Vec<Vec<pb::UsageRecord>> = (0..4)
        .map(|b| sessions(&phone, start + Duration::hours(b), 50))
        .collect();

    // Send two batches, wait until the server has committed them, then cut
    // the call as a dying phone would.
    let (tx, rx) = tokio::sync::mpsc::channel(4);
    let mut client = usage(&app);
    let request = authed(ReceiverStream::new(rx), &token);
    let call = tokio::spawn(async move { client.upload_usage(request).await });
    tx.send(batch("phone-sync-1", 0, all[0].clone())).await.unwrap();
    tx.send(batch("phone-sync-1", 1, all[1].clone())).await.unwrap();
    let status = |app: &TestApp| {
        let mut client = usage(app);
        let request = authed(
            pb::GetUploadStatusRequest {
                upload_id: "phone-sync-1".into(),
            },
            &token,
        );
        async move { client.get_upload_status(request).await.map(|r| r.into_inner()) }
    };
    let mut committed = -1;
    for _ in 0..200 {
        committed = status(&app).await.map(|s| s.last_batch_index).unwrap_or(-1);
        if committed == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    assert_eq!(committed, 1);
    call.abort();
    drop(tx);
    let _ = call.await;
    assert_eq!(
        count(&app, "SELECT count(*) FROM app_sessions").await,
        100,
        "both committed batches stay"
    );

    // Resume: the whole upload again under the same id skips what is stored.
    let batches = all
        .iter()
        .enumerate()
        .map(|(i, r)| batch("phone-sync-1", i as i64, r.clone()))
        .collect();
    let resumed = upload(&app, &token, batches).await.unwrap();
    assert_eq!(resumed.skipped_batches, 2);
    assert_eq!(resumed.counts.unwrap().inserted, 100);
    assert_eq!(count(&app, "SELECT count(*) FROM app_sessions").await, 200);
    let status = status(&app).await.unwrap();
    assert_eq!(status.last_batch_index, 3);
    assert_eq!(status.counts.unwrap().inserted, 200);

    // Everything again without an upload id: no duplicates, nothing changes.
    let batches = all.into_iter().map(|r| batch("", 0, r)).collect();
    let replay = upload(&app, &token, batches).await.unwrap().counts.unwrap();
    assert_eq!((replay.inserted, replay.updated, replay.unchanged), (0, 0, 200));
    assert_eq!(count(&app, "SELECT count(*) FROM app_sessions").await, 200);

    // A named upload must number its batches consecutively.
    let status = upload(
        &app,
        &token,
        vec![batch("phone-sync-2", 0, vec![]), batch("phone-sync-2", 5, vec![])],
    )
    .await
    .unwrap_err();
    assert_eq!(violated_fields(&status), ["batch_index"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_long_uploads_are_resource_exhausted() {
    let app = TestApp::spawn_with(|c| c.max_upload_records = 100).await;
    let (user, tokens) = app.register("ada@example.com").await;
    let phone = device(&app, &user.id, "Phone").await;
    let start = at("2026-11-01", 8);
    let batches = (0..3)
        .map(|b| batch("", 0, sessions(&phone, start + Duration::hours(b), 40)))
        .collect();
    let status = upload(&app, &tokens.access_token, batches).await.unwrap_err();
    assert_eq!(status.code(), Code::ResourceExhausted);
    assert_eq!(
        count(&app, "SELECT count(*) FROM app_sessions").await,
        80,
        "batches before the limit stay committed"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn batch_create_and_record_usage() {
    let app = TestApp::spawn().await;
    let (user, tokens) = app.register("ada@example.com").await;
    let token = tokens.access_token;
    let phone = device(&app, &user.id, "Phone").await;
    let records = sessions(&phone, at("2026-11-01", 8), 1001);
    let status = usage(&app)
        .batch_create_usage(authed(pb::BatchCreateUsageRequest { records }, &token))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), ["records"]);
    let records = sessions(&phone, at("2026-11-01", 8), 1000);
    let created = usage(&app)
        .batch_create_usage(authed(pb::BatchCreateUsageRequest { records }, &token))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(created.counts.unwrap().inserted, 1000);

    let bad = pb::RecordUsageRequest {
        record: Some(session(&phone, "com.example.social", at("2026-11-02", 8), 25 * 60, 1)),
    };
    let status = usage(&app).record_usage(authed(bad, &token)).await.unwrap_err();
    assert_eq!(violated_fields(&status), ["record.session.duration_ms"]);
    let good = pb::RecordUsageRequest {
        record: Some(daily(&phone, "2026-11-02", 60, 5)),
    };
    let counts = usage(&app)
        .record_usage(authed(good, &token))
        .await
        .unwrap()
        .into_inner()
        .counts
        .unwrap();
    assert_eq!(counts.inserted, 1);
}

/// Two devices, two apps, two days, and one day of the week before.
async fn known_week(app: &TestApp) -> (String, String, String) {
    let (user, tokens) = app.register("ada@example.com").await;
    let phone = device(app, &user.id, "Phone").await;
    let laptop = device(app, &user.id, "Laptop").await;
    let records = vec![
        daily(&phone, "2026-11-02", 200, 50),
        daily(&laptop, "2026-11-02", 100, 5),
        daily(&phone, "2026-11-03", 120, 30),
        daily(&phone, "2026-10-27", 150, 20),
        session(&phone, "com.example.social", at("2026-11-02", 9), 60, 5),
        session(&phone, "com.example.social", at("2026-11-03", 9), 30, 4),
        session(&laptop, "com.example.notes", at("2026-11-02", 14), 80, 1),
        session(&phone, "com.example.notes", at("2026-10-27", 14), 10, 1),
    ];
    let counts = usage(app)
        .batch_create_usage(authed(pb::BatchCreateUsageRequest { records }, &tokens.access_token))
        .await
        .unwrap()
        .into_inner()
        .counts
        .unwrap();
    assert_eq!(counts.inserted, 8);
    (tokens.access_token, phone, laptop)
}

fn range(start: &str, end: &str) -> Option<pb::DayRange> {
    Some(pb::DayRange {
        start_day: start.into(),
        end_day: end.into(),
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn summary_and_top_apps_on_known_data() {
    let app = TestApp::spawn().await;
    let (token, phone, _) = known_week(&app).await;
    let summary = usage(&app)
        .get_usage_summary(authed(
            pb::GetUsageSummaryRequest {
                range: range("2026-11-02", "2026-11-08"),
                device_id: String::new(),
            },
            &token,
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(summary.days.len(), 7, "every day of the range, empty ones too");
    assert_eq!(summary.days[0].screen_time_ms, 300 * 60_000);
    assert_eq!(summary.days[0].unlocks, 55);
    assert_eq!(summary.days[0].app_time_ms, 140 * 60_000);
    assert_eq!(summary.days[2].screen_time_ms, 0);
    let totals = summary.totals.unwrap();
    assert_eq!(totals.screen_time_ms, 420 * 60_000);
    assert_eq!(totals.app_time_ms, 170 * 60_000);
    assert_eq!(summary.previous_totals.unwrap().screen_time_ms, 150 * 60_000);
    assert!(
        (summary.screen_time_change_percent - 180.0).abs() < 1e-9,
        "420 vs 150 minutes is +180%"
    );
    let categories: Vec<(i32, i64)> = summary.categories.iter().map(|c| (c.category, c.app_time_ms)).collect();
    assert_eq!(
        categories,
        [
            (AppCategory::Social as i32, 90 * 60_000),
            (AppCategory::Productivity as i32, 80 * 60_000)
        ]
    );

    let top = |order: pb::TopAppsOrder, device: &str| {
        let mut client = usage(&app);
        let request = authed(
            pb::ListTopAppsRequest {
                range: range("2026-11-02", "2026-11-08"),
                order: order as i32,
                limit: 0,
                device_id: device.into(),
            },
            &token,
        );
        async move { client.list_top_apps(request).await.map(|r| r.into_inner().apps) }
    };
    let by_time = top(pb::TopAppsOrder::Time, "").await.unwrap();
    let names: Vec<&str> = by_time
        .iter()
        .map(|t| t.app.as_ref().unwrap().bundle_id.as_str())
        .collect();
    assert_eq!(names, ["com.example.social", "com.example.notes"]);
    assert_eq!(
        (by_time[0].app_time_ms, by_time[0].launches, by_time[0].sessions),
        (90 * 60_000, 9, 2)
    );
    let phone_only = top(pb::TopAppsOrder::Launches, &phone).await.unwrap();
    assert_eq!(phone_only.len(), 1, "the laptop's notes are not the phone's");

    let (_, other) = app.register("eve@example.com").await;
    let mut client = usage(&app);
    let status = client
        .list_top_apps(authed(
            pb::ListTopAppsRequest {
                range: range("2026-11-02", "2026-11-08"),
                device_id: phone.clone(),
                ..Default::default()
            },
            &other.access_token,
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound, "another user's device is not found");
    let status = client
        .get_usage_summary(authed(
            pb::GetUsageSummaryRequest {
                range: range("2026-11-08", "2026-11-02"),
                device_id: "nope".into(),
            },
            &token,
        ))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), ["range.end_day", "device_id"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_usage_pages_newest_first() {
    let app = TestApp::spawn().await;
    let (token, _, laptop) = known_week(&app).await;
    let list = |page_token: String, device: String| {
        let mut client = usage(&app);
        let request = authed(
            pb::ListUsageRequest {
                range: range("2026-10-01", "2026-11-30"),
                device_id: device,
                bundle_id: String::new(),
                page_size: 2,
                page_token,
            },
            &token,
        );
        async move { client.list_usage(request).await.map(|r| r.into_inner()) }
    };
    let mut starts = Vec::new();
    let mut token_ = String::new();
    loop {
        let page = list(token_.clone(), String::new()).await.unwrap();
        starts.extend(page.sessions.iter().map(|s| s.start_time.unwrap().seconds));
        if page.next_page_token.is_empty() {
            break;
        }
        token_ = page.next_page_token;
        let status = list(token_.clone(), laptop.clone()).await.unwrap_err();
        assert_eq!(violated_fields(&status), ["page_token"]);
    }
    assert_eq!(starts.len(), 4);
    assert!(starts.windows(2).all(|w| w[0] >= w[1]), "newest first: {starts:?}");

    let days = usage(&app)
        .list_daily_usage(authed(
            pb::ListDailyUsageRequest {
                range: range("2026-10-01", "2026-11-30"),
                device_id: laptop,
                ..Default::default()
            },
            &token,
        ))
        .await
        .unwrap()
        .into_inner()
        .days;
    assert_eq!(days.len(), 1);
    assert_eq!(days[0].first_pickup_time, "07:15:00");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn goals_track_progress_from_usage() {
    let app = TestApp::spawn().await;
    let (user, tokens) = app.register("ada@example.com").await;
    let token = tokens.access_token;
    let phone = device(&app, &user.id, "Phone").await;
    let today = Utc::now().date_naive();
    let yesterday = today - Duration::days(1);
    let records = vec![
        daily(&phone, &today.to_string(), 90, 10),
        daily(&phone, &yesterday.to_string(), 150, 10),
        daily(&phone, &(today - Duration::days(2)).to_string(), 60, 10),
    ];
    usage(&app)
        .batch_create_usage(authed(pb::BatchCreateUsageRequest { records }, &token))
        .await
        .unwrap();
    let create = |goal: pb::Goal, request_id: &str| {
        let mut client = usage(&app);
        let request = authed(
            pb::CreateGoalRequest {
                goal: Some(goal),
                request_id: request_id.into(),
            },
            &token,
        );
        async move { client.create_goal(request).await.map(|r| r.into_inner().goal.unwrap()) }
    };
    let screen = pb::Goal {
        kind: pb::GoalKind::DailyScreenTime as i32,
        target: 120 * 60_000,
        period: pb::GoalPeriod::Daily as i32,
        ..Default::default()
    };
    let goal = create(screen.clone(), "goal-1").await.unwrap();
    let retry = create(screen, "goal-1").await.unwrap();
    assert_eq!(goal.id, retry.id, "a retried create returns the first goal");

    let progress = usage(&app)
        .get_goal_progress(authed(
            pb::GetGoalProgressRequest {
                goal_id: goal.id.clone(),
                history_periods: 3,
            },
            &token,
        ))
        .await
        .unwrap()
        .into_inner();
    let current = progress.current.unwrap();
    assert_eq!((current.actual, current.achieved), (90 * 60_000, true));
    let history: Vec<(i64, bool)> = progress.history.iter().map(|p| (p.actual, p.achieved)).collect();
    assert_eq!(history, [(150 * 60_000, false), (60 * 60_000, true), (0, true)]);
    assert_eq!(progress.streak, 0, "yesterday was over the limit");

    let status = create(
        pb::Goal {
            kind: pb::GoalKind::AppLimit as i32,
            target: 0,
            period: pb::GoalPeriod::Unspecified as i32,
            ..Default::default()
        },
        "",
    )
    .await
    .unwrap_err();
    assert_eq!(
        violated_fields(&status),
        ["goal.period", "goal.target", "goal.bundle_id"]
    );
    let app_goal = create(
        pb::Goal {
            kind: pb::GoalKind::AppLimit as i32,
            target: 30 * 60_000,
            period: pb::GoalPeriod::Weekly as i32,
            bundle_id: "com.example.social".into(),
            ..Default::default()
        },
        "",
    )
    .await
    .unwrap();
    assert_eq!(app_goal.bundle_id, "com.example.social");

    let (_, other) = app.register("eve@example.com").await;
    let status = usage(&app)
        .get_goal(authed(
            pb::GetGoalRequest {
                goal_id: goal.id.clone(),
            },
            &other.access_token,
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    let status = usage(&app)
        .delete_goal(authed(
            pb::DeleteGoalRequest {
                goal_id: goal.id.clone(),
            },
            &other.access_token,
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);

    let updated = usage(&app)
        .update_goal(authed(
            pb::UpdateGoalRequest {
                goal: Some(pb::Goal {
                    id: goal.id.clone(),
                    is_active: false,
                    target: 1,
                    ..Default::default()
                }),
                update_mask: Some(prost_types::FieldMask {
                    paths: vec!["is_active".into()],
                }),
            },
            &token,
        ))
        .await
        .unwrap()
        .into_inner()
        .goal
        .unwrap();
    assert!(!updated.is_active);
    assert_eq!(updated.target, 120 * 60_000, "target was not in the mask");
    let active = usage(&app)
        .list_goals(authed(
            pb::ListGoalsRequest {
                is_active: Some(true),
                ..Default::default()
            },
            &token,
        ))
        .await
        .unwrap()
        .into_inner()
        .goals;
    assert_eq!(active.len(), 1);
    usage(&app)
        .delete_goal(authed(pb::DeleteGoalRequest { goal_id: goal.id }, &token))
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn patterns_are_listed_and_resolved_by_their_owner_only() {
    let app = TestApp::spawn().await;
    let (user, tokens) = app.register("ada@example.com").await;
    let id = uuid::Uuid::now_v7().to_string();
    app.sql()
        .await
        .execute(
            "INSERT INTO usage_patterns (id, user_id, kind, severity, confidence, metadata)
             VALUES ($1::text::uuid, $2::text::uuid, 'night_owl', 0.7, 0.9, '{\"late_minutes\": \"95\"}')",
            &[&id, &user.id],
        )
        .await
        .unwrap();
    let mut client = usage(&app);
    let listed = client
        .list_patterns(authed(pb::ListPatternsRequest::default(), &tokens.access_token))
        .await
        .unwrap()
        .into_inner()
        .patterns;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].kind, pb::PatternKind::NightOwl as i32);
    assert_eq!(listed[0].metadata["late_minutes"], "95");

    let (_, other) = app.register("eve@example.com").await;
    let status = client
        .resolve_pattern(authed(
            pb::ResolvePatternRequest { pattern_id: id.clone() },
            &other.access_token,
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    let resolved = client
        .resolve_pattern(authed(
            pb::ResolvePatternRequest { pattern_id: id },
            &tokens.access_token,
        ))
        .await
        .unwrap()
        .into_inner()
        .pattern
        .unwrap();
    assert!(resolved.resolved_at.is_some());
    let open = client
        .list_patterns(authed(pb::ListPatternsRequest::default(), &tokens.access_token))
        .await
        .unwrap()
        .into_inner()
        .patterns;
    assert!(open.is_empty(), "resolved patterns are hidden unless asked for");
    let job = client
        .detect_patterns(authed(pb::DetectPatternsRequest {}, &tokens.access_token))
        .await
        .unwrap()
        .into_inner();
    assert!(
        uuid::Uuid::parse_str(&job.job_id).is_ok(),
        "detection is enqueued as a job"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn batch_create_usage_works_over_grpc_web() {
    use prost::Message;
    let app = TestApp::spawn().await;
    let (user, tokens) = app.register("ada@example.com").await;
    let phone = device(&app, &user.id, "Phone").await;
    let body = grpc_web_frame(&pb::BatchCreateUsageRequest {
        records: sessions(&phone, at("2026-11-01", 8), 20),
    });
    let response = reqwest::Client::builder()
        .http1_only()
        .build()
        .unwrap()
        .post(format!(
            "http://{}/kith.usage.v1.UsageService/BatchCreateUsage",
            app.addr
        ))
        .header("origin", "http://localhost:5173")
        .header("content-type", "application/grpc-web+proto")
        .header("x-grpc-web", "1")
        .header("authorization", format!("Bearer {}", tokens.access_token))
        .body(body)
        .send()
        .await
        .unwrap();
    let (message, trailers) = grpc_web_parse(&response.bytes().await.unwrap());
    assert!(trailers.contains("grpc-status:0"), "{trailers}");
    let created = pb::BatchCreateUsageResponse::decode(message.as_slice()).unwrap();
    assert_eq!(created.counts.unwrap().inserted, 20);
    assert_eq!(count(&app, "SELECT count(*) FROM app_sessions").await, 20);
}
