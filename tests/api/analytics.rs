//! Analytics over a known dataset (rollups by the analytics_rollup job, then
//! every read checked against figures worked out by hand), and pattern
//! detection through DetectPatterns and a worker.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use kith::jobs::NewJob;
use kith::proto::analytics::v1 as pb;
use kith::proto::apps::v1::AppCategory;
use kith::proto::usage::v1 as usage_pb;
use pb::analytics_service_client::AnalyticsServiceClient;
use tonic::transport::Channel;
use uuid::Uuid;

use crate::harness::{authed, device, enqueue, run_jobs, usage, TestApp};

const MIN: i64 = 60_000;
/// The day every read below is for: Thursday 2026-11-12 in Asia/Kolkata.
const DAY: &str = "2026-11-12";

fn analytics(app: &TestApp) -> AnalyticsServiceClient<Channel> {
    AnalyticsServiceClient::new(app.channel.clone())
}

async fn get_stats(app: &TestApp, token: &str) -> pb::Stats {
    let request = pb::GetStatsRequest {
        day: DAY.into(),
        window_days: 30,
    };
    analytics(app)
        .get_stats(authed(request, token))
        .await
        .unwrap()
        .into_inner()
        .stats
        .unwrap()
}

/// A local time in Asia/Kolkata (UTC+05:30, no daylight saving).
fn kolkata(day: &str, hour: u32, minute: u32) -> DateTime<Utc> {
    let local = day.parse::<NaiveDate>().unwrap().and_hms_opt(hour, minute, 0).unwrap();
    local.and_utc() - Duration::minutes(5 * 60 + 30)
}

fn session(device: &str, app: &str, start: DateTime<Utc>, minutes: i64, launches: i32) -> usage_pb::UsageRecord {
    let category = match app {
        "notes" => AppCategory::Productivity,
        "social" => AppCategory::Social,
        _ => AppCategory::Games,
    };
    usage_pb::UsageRecord {
        record: Some(usage_pb::usage_record::Record::Session(usage_pb::AppSession {
            device_id: device.into(),
            bundle_id: format!("com.example.{app}"),
            app_name: app.into(),
            category: category as i32,
            start_time: Some(kith::proto::timestamp(start)),
            duration_ms: minutes * MIN,
            launches,
            notifications: 1,
        })),
    }
}

fn daily(
    device: &str,
    day: &str,
    minutes: i64,
    unlocks: i32,
    pickups: i32,
    notifications: i32,
    first: &str,
) -> usage_pb::UsageRecord {
    usage_pb::UsageRecord {
        record: Some(usage_pb::usage_record::Record::Daily(usage_pb::DailyDeviceUsage {
            device_id: device.into(),
            day: day.into(),
            screen_time_ms: minutes * MIN,
            unlocks,
            pickups,
            notifications,
            first_pickup_time: first.into(),
        })),
    }
}

async fn batch(app: &TestApp, token: &str, records: Vec<usage_pb::UsageRecord>) {
    let counts = usage(app)
        .batch_create_usage(authed(usage_pb::BatchCreateUsageRequest { records }, token))
        .await
        .unwrap()
        .into_inner()
        .counts
        .unwrap();
    assert_eq!(counts.rejected, 0);
}

/// Seven days of usage on a phone and a laptop in Asia/Kolkata, goals,
/// patterns, conversations, a journal and a favourite app.
async fn known_dataset(app: &TestApp) -> (String, String) {
    let (user, tokens) = app.register("ada@example.com").await;
    let token = tokens.access_token;
    let sql = app.sql().await;
    sql.execute(
        "UPDATE users SET timezone = 'Asia/Kolkata' WHERE id = $1::text::uuid",
        &[&user.id],
    )
    .await
    .unwrap();
    let phone = device(app, &user.id, "Phone").await;
    let laptop = device(app, &user.id, "Laptop").await;
    let records = vec![
        daily(&phone, "2026-10-05", 120, 30, 40, 50, "07:00"),
        daily(&phone, "2026-11-02", 200, 50, 60, 80, "06:40"),
        daily(&phone, "2026-11-04", 160, 40, 50, 70, "07:20"),
        daily(&phone, "2026-11-09", 240, 60, 90, 100, "06:50"),
        daily(&phone, "2026-11-10", 180, 45, 70, 90, "07:10"),
        daily(&laptop, "2026-11-10", 60, 5, 5, 10, "08:00"),
        daily(&phone, "2026-11-11", 300, 70, 110, 120, "07:30"),
        daily(&phone, DAY, 100, 20, 30, 40, "08:10"),
        session(&phone, "notes", kolkata("2026-11-02", 9, 0), 60, 3),
        session(&phone, "social", kolkata("2026-11-04", 21, 0), 30, 2),
        session(&phone, "notes", kolkata("2026-11-09", 10, 0), 90, 2),
        session(&phone, "social", kolkata("2026-11-09", 23, 30), 60, 1),
        session(&laptop, "notes", kolkata("2026-11-10", 14, 0), 120, 1),
        session(&phone, "game", kolkata("2026-11-10", 20, 0), 30, 4),
        // 00:30 in Kolkata is 19:00 UTC the day before: a night of the 11th.
        session(&phone, "social", kolkata("2026-11-11", 0, 30), 15, 1),
        session(&phone, "social", kolkata("2026-11-11", 22, 0), 60, 5),
        session(&phone, "notes", kolkata(DAY, 8, 30), 30, 1),
    ];
    batch(app, &token, records).await;

    let goal = |kind: usage_pb::GoalKind, target: i64, bundle: &str| usage_pb::CreateGoalRequest {
        goal: Some(usage_pb::Goal {
            kind: kind as i32,
            target,
            period: usage_pb::GoalPeriod::Daily as i32,
            bundle_id: bundle.into(),
            ..Default::default()
        }),
        request_id: String::new(),
    };
    for request in [
        goal(usage_pb::GoalKind::DailyScreenTime, 320 * MIN, ""),
        goal(usage_pb::GoalKind::Unlocks, 60, ""),
        goal(usage_pb::GoalKind::AppLimit, 60 * MIN, "com.example.notes"),
    ] {
        usage(app).create_goal(authed(request, &token)).await.unwrap();
    }
    for (kind, severity) in [("night_owl", 0.6), ("morning_person", 0.9)] {
        sql.execute(
            "INSERT INTO usage_patterns (id, user_id, kind, severity, confidence)
             VALUES (gen_random_uuid(), $1::text::uuid, $2, $3, 0.8)",
            &[&user.id, &kind, &severity],
        )
        .await
        .unwrap();
    }
    for (kind, day, favorite) in [
        ("daily_recap", "2026-11-10", true),
        ("daily_recap", "2026-11-11", false),
        ("emergency_meeting", "2026-11-03", false),
        ("app_drama", "2026-10-05", false),
    ] {
        sql.execute(
            "INSERT INTO conversations (id, user_id, kind, mood, trigger, day, provider, model, is_favorite)
             VALUES (gen_random_uuid(), $1::text::uuid, $2, 'humorous', 'scheduled', $3::text::date, 'offline',
                     'offline', $4)",
            &[&user.id, &kind, &day, &favorite],
        )
        .await
        .unwrap();
    }
    sql.execute(
        "INSERT INTO journals (id, user_id, device_id, author_name, author_personality, day, mood, text, provider, model)
         VALUES (gen_random_uuid(), $1::text::uuid, $2::text::uuid, 'Phone', 'snarky', '2026-11-11', 'dramatic',
                 'Dear diary', 'offline', 'offline')",
        &[&user.id, &phone],
    )
    .await
    .unwrap();
    sql.execute(
        "INSERT INTO device_apps (id, user_id, device_id, app_id, is_favorite)
         SELECT gen_random_uuid(), $1::text::uuid, $2::text::uuid, id, true FROM apps
         WHERE bundle_id = 'com.example.notes'",
        &[&user.id, &phone],
    )
    .await
    .unwrap();
    (user.id, token)
}

async fn rollup_rows(sql: &tokio_postgres::Client) -> Vec<(String, i64, i64, i64)> {
    sql.query(
        "SELECT day::text, screen_time_ms, app_time_ms, night_ms FROM daily_user_rollups ORDER BY day",
        &[],
    )
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
    .collect()
}

/// A week's start, minutes of screen time, and (app, minutes) of its top apps.
type WeekSummary = (String, i64, Vec<(String, i64)>);

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stats_score_comparisons_and_trends_on_known_data() {
    let app = TestApp::spawn().await;
    let (user_id, token) = known_dataset(&app).await;
    let sql = app.sql().await;

    // The upload asked for one rollup of the days it touched (session days
    // widened by one for the timezone), due when its minute is over.
    let queued = sql
        .query(
            "SELECT payload->>'from', payload->>'day', run_at > now() FROM jobs
             WHERE kind = 'analytics_rollup' AND user_id = $1::text::uuid",
            &[&user_id],
        )
        .await
        .unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].get::<_, String>(0), "2026-10-05");
    assert_eq!(queued[0].get::<_, String>(1), "2026-11-13");
    assert!(queued[0].get::<_, bool>(2));

    // Before any rollup, reads have nothing to show.
    let empty = get_stats(&app, &token).await;
    assert_eq!((empty.days_with_usage, empty.today_screen_time_ms), (0, 0));

    let payload = serde_json::json!({ "user_id": user_id, "from": "2026-10-01", "day": DAY });
    let first = enqueue(&app, NewJob::new("analytics_rollup", payload.clone())).await;
    run_jobs(&app, &[first]).await;
    let after_first = rollup_rows(&sql).await;
    assert_eq!(after_first.len(), 7, "one row per day with usage: {after_first:?}");
    assert_eq!(
        after_first[5],
        ("2026-11-11".to_owned(), 300 * MIN, 75 * MIN, 15 * MIN),
        "the 00:30 session belongs to the 11th in Kolkata"
    );
    // Recomputing changes nothing.
    let again = enqueue(&app, NewJob::new("analytics_rollup", payload)).await;
    run_jobs(&app, &[again]).await;
    assert_eq!(rollup_rows(&sql).await, after_first);

    let mut client = analytics(&app);
    let stats = get_stats(&app, &token).await;
    // The window is the 30 days before the 12th; 5 of them have usage:
    // the 2nd, 4th, 9th, 10th (phone 180 + laptop 60) and 11th.
    assert_eq!(
        (stats.window_start_day.as_str(), stats.window_end_day.as_str()),
        ("2026-10-13", "2026-11-11")
    );
    assert_eq!(stats.days_with_usage, 5);
    assert_eq!(stats.today_screen_time_ms, 100 * MIN);
    assert_eq!(
        (stats.today_unlocks, stats.today_pickups, stats.today_notifications),
        (20, 30, 40)
    );
    assert_eq!(stats.today_app_time_ms, 30 * MIN);
    // (200 + 160 + 240 + 240 + 300) / 5 = 228 minutes.
    assert_eq!(stats.total_screen_time_ms, 1140 * MIN);
    assert_eq!(stats.average_daily_screen_time_ms, 228 * MIN);
    // 270 / 5, 385 / 5, 470 / 5, 8 sessions / 5.
    assert!(close(stats.average_daily_unlocks, 54.0));
    assert!(close(stats.average_daily_pickups, 77.0));
    assert!(close(stats.average_daily_notifications, 94.0));
    assert!(close(stats.average_daily_sessions, 1.6));
    // notes 60 + 90 + 120, social 30 + 60 + 15 + 60, game 30.
    assert_eq!(stats.total_app_time_ms, 465 * MIN);
    let top = stats.top_app.unwrap();
    assert_eq!(top.app.unwrap().bundle_id, "com.example.notes");
    assert_eq!((top.time_ms, top.launches), (270 * MIN, 6));
    let category = stats.top_category.unwrap();
    assert_eq!(category.category, AppCategory::Productivity as i32);
    assert_eq!(category.time_ms, 270 * MIN);
    assert_eq!(stats.apps_used, 3);
    assert_eq!(stats.longest_session_ms, 120 * MIN);
    // 23:30 (60 min) and 00:30 (15 min) are night.
    assert!(close(stats.night_time_share, 75.0 / 465.0));
    // 06:40, 07:20, 06:50, 07:10 (the earlier device), 07:30.
    assert_eq!(stats.average_first_pickup_time, "07:06");
    // Productivity is productive; social and games waste time.
    assert!(close(stats.productive_share, 270.0 / 465.0));
    assert!(close(stats.time_wasting_share, 195.0 / 465.0));
    assert_eq!(stats.active_devices, 2);
    assert_eq!((stats.conversations, stats.favorite_conversations), (4, 1));
    assert_eq!((stats.favorite_apps, stats.journals), (1, 1));
    assert_eq!(stats.active_patterns, 2);
    // On the 11th: screen time 300 <= 320 min, notes 0 <= 60 min, but 70 unlocks > 60.
    assert_eq!((stats.active_goals, stats.goals_achieved), (3, 2));
    // Every day with usage is within 320 minutes; the 9th to the 11th run unbroken.
    assert_eq!(stats.streak_target_ms, 320 * MIN);
    assert_eq!((stats.current_streak_days, stats.longest_streak_days), (3, 3));
    // Week: 880 min (9th-12th) vs 360 (2nd-5th); month: 1240 vs 120 (Oct 1st-12th).
    assert!(close(
        stats.week_over_week_change_percent,
        (880.0 - 360.0) / 360.0 * 100.0
    ));
    assert!(close(
        stats.month_over_month_change_percent,
        (1240.0 - 120.0) / 120.0 * 100.0
    ));

    // The score reads the 7 days before the 12th: the 9th, 10th and 11th.
    let wellness = client
        .get_wellness_score(authed(pb::GetWellnessScoreRequest { day: DAY.into() }, &token))
        .await
        .unwrap()
        .into_inner()
        .wellness
        .unwrap();
    assert_eq!(wellness, stats.wellness.unwrap());
    assert_eq!(
        (wellness.start_day.as_str(), wellness.end_day.as_str()),
        ("2026-11-05", "2026-11-11")
    );
    assert_eq!(wellness.days_with_usage, 3);
    let values: Vec<(i32, f64)> = wellness.components.iter().map(|c| (c.kind, c.value)).collect();
    let expected = [
        // 260 min a day against the 320-minute goal.
        (pb::WellnessComponentKind::ScreenTime, 1.0),
        // 75 of 375 min at night: 1 - 0.2 / 0.25.
        (pb::WellnessComponentKind::NightTime, 0.2),
        // 91.67 pickups a day: 1 - (91.67 - 50) / 100.
        (pb::WellnessComponentKind::Pickups, 1.0 - (275.0 / 3.0 - 50.0) / 100.0),
        // night_owl's 0.6 of 3 (morning_person is not held against anyone).
        (pb::WellnessComponentKind::Patterns, 0.8),
        // Two of three goals.
        (pb::WellnessComponentKind::Goals, 2.0 / 3.0),
    ];
    assert_eq!(values.len(), expected.len());
    for ((kind, value), (want_kind, want)) in values.iter().zip(expected) {
        assert_eq!(*kind, want_kind as i32);
        assert!(close(*value, want), "{kind}: {value} vs {want}");
    }
    // 100 * (0.35 * 1 + 0.15 * 0.2 + 0.15 * 0.5833 + 0.15 * 0.8 + 0.2 * 0.6667) = 72.08
    assert_eq!(wellness.score, 72);

    let compare = client
        .compare_usage(authed(pb::CompareUsageRequest { day: DAY.into() }, &token))
        .await
        .unwrap()
        .into_inner();
    let week = compare.week.unwrap();
    let (now, before) = (week.current.unwrap(), week.previous.unwrap());
    assert_eq!((now.start_day.as_str(), now.end_day.as_str()), ("2026-11-09", DAY));
    assert_eq!(
        (before.start_day.as_str(), before.end_day.as_str()),
        ("2026-11-02", "2026-11-05")
    );
    assert_eq!((now.screen_time_ms, before.screen_time_ms), (880 * MIN, 360 * MIN));
    assert_eq!((now.days_with_usage, now.average_daily_screen_time_ms), (4, 220 * MIN));
    assert_eq!((now.unlocks, before.unlocks), (200, 90));
    assert!(close(week.unlocks_change_percent, 110.0 / 90.0 * 100.0));
    assert!(close(
        week.screen_time_change_percent,
        stats.week_over_week_change_percent
    ));
    let month = compare.month.unwrap();
    let before = month.previous.unwrap();
    assert_eq!(
        (before.start_day.as_str(), before.end_day.as_str()),
        ("2026-10-01", "2026-10-12")
    );
    assert_eq!(
        (before.screen_time_ms, month.current.unwrap().screen_time_ms),
        (120 * MIN, 1240 * MIN)
    );

    let trends = client
        .get_trends(authed(
            pb::GetTrendsRequest {
                day: DAY.into(),
                weeks: 2,
            },
            &token,
        ))
        .await
        .unwrap()
        .into_inner();
    let weeks: Vec<WeekSummary> = trends
        .weeks
        .iter()
        .map(|w| {
            let apps = w
                .apps
                .iter()
                .map(|a| (a.app.clone().unwrap().name, a.time_ms / MIN))
                .collect();
            (w.start_day.clone(), w.screen_time_ms / MIN, apps)
        })
        .collect();
    assert_eq!(
        weeks,
        [
            (
                "2026-11-09".to_owned(),
                880,
                vec![
                    ("notes".to_owned(), 240),
                    ("social".to_owned(), 135),
                    ("game".to_owned(), 30)
                ]
            ),
            (
                "2026-11-02".to_owned(),
                360,
                vec![("notes".to_owned(), 60), ("social".to_owned(), 30)]
            ),
        ]
    );
    let patterns: Vec<(i32, i32, bool)> = trends
        .patterns
        .iter()
        .map(|p| (p.kind, p.occurrences, p.active))
        .collect();
    assert_eq!(
        patterns,
        [
            (usage_pb::PatternKind::MorningPerson as i32, 1, true),
            (usage_pb::PatternKind::NightOwl as i32, 1, true)
        ]
    );
    use kith::proto::conversations::v1::ConversationKind;
    let topics: Vec<(i32, i32)> = trends.conversation_topics.iter().map(|t| (t.kind, t.count)).collect();
    assert_eq!(
        topics,
        [
            (ConversationKind::DailyRecap as i32, 2),
            (ConversationKind::EmergencyMeeting as i32, 1)
        ],
        "October's conversation is outside the two weeks"
    );

    // Someone else sees none of it.
    let (_, other) = app.register("eve@example.com").await;
    let theirs = get_stats(&app, &other.access_token).await;
    assert_eq!((theirs.days_with_usage, theirs.total_screen_time_ms), (0, 0));
    assert!(theirs.top_app.is_none());
    assert_eq!(
        (theirs.conversations, theirs.active_patterns, theirs.active_goals),
        (0, 0, 0)
    );

    let status = client
        .get_stats(authed(
            pb::GetStatsRequest {
                day: "12/11/2026".into(),
                window_days: 91,
            },
            &token,
        ))
        .await
        .unwrap_err();
    assert_eq!(crate::harness::violated_fields(&status), ["day", "window_days"]);
}

/// Three nights of an hour from 23:10, ending a few days ago.
fn late_nights(device: &str) -> Vec<usage_pb::UsageRecord> {
    let today = Utc::now().date_naive();
    (3..6)
        .map(|back| {
            let start = (today - Duration::days(back)).and_hms_opt(23, 10, 0).unwrap().and_utc();
            let mut record = session(device, "notes", start, 60, 1);
            if let Some(usage_pb::usage_record::Record::Session(s)) = &mut record.record {
                s.bundle_id = "com.example.reader".into();
            }
            record
        })
        .collect()
}

async fn open_patterns(app: &TestApp, token: &str, include_resolved: bool) -> Vec<usage_pb::Pattern> {
    usage(app)
        .list_patterns(authed(
            usage_pb::ListPatternsRequest {
                include_resolved,
                ..Default::default()
            },
            token,
        ))
        .await
        .unwrap()
        .into_inner()
        .patterns
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn detection_opens_updates_and_resolves_patterns() {
    let app = TestApp::spawn().await;
    let (user, tokens) = app.register("ada@example.com").await;
    let token = tokens.access_token;
    let phone = device(&app, &user.id, "Phone").await;
    batch(&app, &token, late_nights(&phone)).await;

    let job = usage(&app)
        .detect_patterns(authed(usage_pb::DetectPatternsRequest {}, &token))
        .await
        .unwrap()
        .into_inner()
        .job_id;
    let job: Uuid = job.parse().unwrap();
    run_jobs(&app, &[job]).await;
    let found = open_patterns(&app, &token, false).await;
    let kinds: Vec<i32> = found.iter().map(|p| p.kind).collect();
    assert_eq!(kinds, [usage_pb::PatternKind::NightOwl as i32], "{found:?}");
    let night_owl = &found[0];
    assert_eq!(night_owl.metadata["nights"], "3");
    assert_eq!(night_owl.metadata["average_night_share"], "1.00");
    assert_eq!((night_owl.severity, night_owl.confidence), (1.0, 0.5));

    // Detection again: the open pattern is updated, not repeated.
    let payload = serde_json::json!({ "user_id": user.id });
    let again = enqueue(&app, NewJob::new("detect_patterns", payload.clone())).await;
    run_jobs(&app, &[again]).await;
    let all = open_patterns(&app, &token, true).await;
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].id, night_owl.id);
    assert!(all[0].detected_at.as_ref().unwrap().seconds >= night_owl.detected_at.as_ref().unwrap().seconds);

    // Another user's detection finds nothing and sees nothing.
    let (other, other_tokens) = app.register("eve@example.com").await;
    let theirs = enqueue(
        &app,
        NewJob::new("detect_patterns", serde_json::json!({ "user_id": other.id })),
    )
    .await;
    run_jobs(&app, &[theirs]).await;
    assert!(open_patterns(&app, &other_tokens.access_token, true).await.is_empty());

    // Without the late nights the pattern no longer holds: it is resolved.
    app.sql()
        .await
        .execute("DELETE FROM app_sessions WHERE device_id = $1::text::uuid", &[&phone])
        .await
        .unwrap();
    let last = enqueue(&app, NewJob::new("detect_patterns", payload)).await;
    run_jobs(&app, &[last]).await;
    assert!(open_patterns(&app, &token, false).await.is_empty());
    let all = open_patterns(&app, &token, true).await;
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].id, night_owl.id);
    assert!(all[0].resolved_at.is_some());
}

/// The rollup an upload asks for is written by the upload's own transaction:
/// gone with a rollback, one per minute however many batches, its days
/// widened to cover them all.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upload_rollups_commit_with_the_upload_and_share_a_minute() {
    use kith::analytics::rollup::after_upload;
    use kith::jobs::enqueue_in;
    let app = TestApp::spawn().await;
    let (user, _) = app.register("ada@example.com").await;
    let user_id: Uuid = user.id.parse().unwrap();
    let day = |d: &str| d.parse::<NaiveDate>().unwrap();
    let at = |t: &str| t.parse::<DateTime<Utc>>().unwrap();
    let (mut client, connection) = tokio_postgres::connect(&app.db_url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);

    let tx = client.transaction().await.unwrap();
    let job = after_upload(
        user_id,
        (day("2026-11-01"), day("2026-11-02")),
        at("2026-11-23T10:15:05Z"),
    );
    enqueue_in(&tx, &job).await.unwrap();
    tx.rollback().await.unwrap();
    let rows = |sql: tokio_postgres::Client| async move {
        sql.query(
            "SELECT payload->>'from', payload->>'day', (run_at AT TIME ZONE 'UTC')::text FROM jobs
             WHERE kind = 'analytics_rollup' ORDER BY run_at",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get::<_, String>(0), r.get::<_, String>(1), r.get::<_, String>(2)))
        .collect::<Vec<_>>()
    };
    assert!(rows(app.sql().await).await.is_empty(), "rolled back with the upload");

    for (days, now) in [
        (("2026-11-05", "2026-11-06"), "2026-11-23T10:15:05Z"),
        (("2026-11-01", "2026-11-02"), "2026-11-23T10:15:40Z"),
        (("2026-11-03", "2026-11-03"), "2026-11-23T10:16:01Z"),
    ] {
        let tx = client.transaction().await.unwrap();
        let job = after_upload(user_id, (day(days.0), day(days.1)), at(now));
        enqueue_in(&tx, &job).await.unwrap();
        tx.commit().await.unwrap();
    }
    let queued = rows(app.sql().await).await;
    let expect = |from: &str, to: &str, run_at: &str| (from.to_owned(), to.to_owned(), run_at.to_owned());
    assert_eq!(
        queued,
        [
            expect("2026-11-01", "2026-11-06", "2026-11-23 10:16:00"),
            expect("2026-11-03", "2026-11-03", "2026-11-23 10:17:00"),
        ]
    );
}
