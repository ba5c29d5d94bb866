//! Engagement through the real server: activity builds a profile, the
//! re-engagement run messages dormant users once (even when two runs race),
//! a dry run writes nothing, statuses move forward and feed the metrics,
//! utility messages render, dedupe and name what is missing; other users'
//! data is NOT_FOUND.

use std::collections::HashMap;

use chrono::{Duration as ChronoDuration, Utc};
use kith::proto::engagement::v1 as pb;
use kith::proto::notifications::v1 as npb;
use pb::activity_service_client::ActivityServiceClient;
use pb::engagement_service_client::EngagementServiceClient;
use pb::utility_service_client::UtilityServiceClient;
use tonic::transport::Channel;
use tonic::Code;

use crate::harness::{authed, count, reason, violated_fields, TestApp, TestWorker};

fn activity(app: &TestApp) -> ActivityServiceClient<Channel> {
    ActivityServiceClient::new(app.channel.clone())
}

fn engagement(app: &TestApp) -> EngagementServiceClient<Channel> {
    EngagementServiceClient::new(app.channel.clone())
}

fn utility(app: &TestApp) -> UtilityServiceClient<Channel> {
    UtilityServiceClient::new(app.channel.clone())
}

fn event(name: &str, hours_ago: i64) -> pb::ActivityEvent {
    pb::ActivityEvent {
        name: name.into(),
        properties: None,
        time: Some(kith::proto::timestamp(Utc::now() - ChronoDuration::hours(hours_ago))),
    }
}

/// A user who signed in `days_ago` days ago and not since.
async fn lapsed_user(app: &TestApp, email: &str, days_ago: i64) -> (String, String) {
    let (user, session) = app.register(email).await;
    activity(app)
        .record_login(authed(pb::RecordLoginRequest {}, &session.access_token))
        .await
        .unwrap();
    app.sql()
        .await
        .execute(
            "UPDATE engagement_profiles SET last_active_at = now() - make_interval(days => $2),
                    first_seen_at = now() - make_interval(days => $2 + 30)
             WHERE user_id = $1::text::uuid",
            &[&user.id, &(days_ago as i32)],
        )
        .await
        .unwrap();
    (user.id, session.access_token)
}

async fn run(app: &TestApp, admin: &str, dry_run: bool) -> pb::RunEngagementResponse {
    engagement(app)
        .run_engagement(authed(pb::RunEngagementRequest { dry_run }, admin))
        .await
        .unwrap()
        .into_inner()
}

async fn messages(app: &TestApp, token: &str) -> Vec<pb::MessageLog> {
    engagement(app)
        .list_message_logs(authed(pb::ListMessageLogsRequest::default(), token))
        .await
        .unwrap()
        .into_inner()
        .messages
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn activity_builds_a_profile_and_bad_events_name_their_fields() {
    let app = TestApp::spawn().await;
    let (ada, session) = app.register("ada@example.com").await;
    let token = session.access_token;
    let recorded = activity(&app)
        .record_events(authed(
            pb::RecordEventsRequest {
                events: vec![
                    event("viewed_menu", 0),
                    event("opened_chat", 30),
                    event("login", 24 * 9),
                ],
            },
            &token,
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(recorded.recorded, 3);

    // Not computed until asked (or the nightly run).
    let profile = engagement(&app)
        .get_engagement_profile(authed(
            pb::GetEngagementProfileRequest {
                user_id: String::new(),
                recompute: true,
            },
            &token,
        ))
        .await
        .unwrap()
        .into_inner()
        .profile
        .unwrap();
    assert_eq!(profile.user_id, ada.id);
    // First seen 9 days ago (not new), active on 3 of the last 28 days.
    assert_eq!(profile.segment(), pb::Segment::Casual, "{profile:?}");
    assert_eq!((profile.active_days_7, profile.active_days_28), (2, 3));
    // 0.5 × 0 + 0.3 × (1 − 3/20) + 0.2 × (1 − (2/7 − 1/21)) / 2
    assert_eq!(profile.churn_risk_score, 0.331);

    // A bad batch names every bad event and stores none of it.
    let before = count(&app, "SELECT count(*) FROM activity_events").await;
    let mut nan = prost_types::Struct::default();
    nan.fields.insert(
        "x".into(),
        prost_types::Value {
            kind: Some(prost_types::value::Kind::NumberValue(f64::NAN)),
        },
    );
    let err = activity(&app)
        .record_events(authed(
            pb::RecordEventsRequest {
                events: vec![
                    event("Viewed Menu", 0),
                    pb::ActivityEvent {
                        time: Some(kith::proto::timestamp(Utc::now() + ChronoDuration::hours(2))),
                        ..event("fine", 0)
                    },
                    pb::ActivityEvent {
                        properties: Some(nan),
                        ..event("fine", 0)
                    },
                    event("too_old", 24 * 31),
                    event("ok", 0),
                ],
            },
            &token,
        ))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::InvalidArgument);
    assert_eq!(
        violated_fields(&err),
        [
            "events[0].name",
            "events[1].time",
            "events[2].properties",
            "events[3].time"
        ]
    );
    assert_eq!(count(&app, "SELECT count(*) FROM activity_events").await, before);

    let too_many = pb::RecordEventsRequest {
        events: (0..101).map(|_| event("x", 0)).collect(),
    };
    let err = activity(&app)
        .record_events(authed(too_many, &token))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&err), ["events"]);
    let err = activity(&app)
        .record_event(authed(pb::RecordEventRequest { event: None }, &token))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&err), ["event"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_messages_dormant_users_and_skips_with_reasons() {
    let app = TestApp::spawn().await;
    let (_, admin) = app.admin_token().await;
    let (dormant_id, dormant) = lapsed_user(&app, "dormant@example.com", 10).await;
    let (_, _active) = lapsed_user(&app, "active@example.com", 1).await;
    let (quiet_id, quiet) = lapsed_user(&app, "quiet@example.com", 12).await;
    let (muted_id, muted) = lapsed_user(&app, "muted@example.com", 40).await;
    let now = Utc::now();
    let hhmm = |t: chrono::DateTime<Utc>| t.format("%H:%M").to_string();
    let notifications = || npb::notification_service_client::NotificationServiceClient::new(app.channel.clone());
    notifications()
        .update_notification_preferences(authed(
            npb::UpdateNotificationPreferencesRequest {
                preferences: Some(npb::NotificationPreferences {
                    kinds: vec![],
                    quiet_hours: Some(npb::QuietHours {
                        start: hhmm(now - ChronoDuration::hours(1)),
                        end: hhmm(now + ChronoDuration::hours(1)),
                    }),
                }),
                update_mask: Some(prost_types::FieldMask {
                    paths: vec!["quiet_hours".into()],
                }),
            },
            &quiet,
        ))
        .await
        .unwrap();
    notifications()
        .update_notification_preferences(authed(
            npb::UpdateNotificationPreferencesRequest {
                preferences: Some(npb::NotificationPreferences {
                    kinds: vec![npb::KindPreference {
                        kind: "engagement_message".into(),
                        in_app: false,
                        webhook: false,
                        push: false,
                    }],
                    quiet_hours: None,
                }),
                update_mask: Some(prost_types::FieldMask {
                    paths: vec!["kinds".into()],
                }),
            },
            &muted,
        ))
        .await
        .unwrap();

    // A dry run decides for everyone and writes nothing.
    let dry = run(&app, &admin, true).await;
    assert!(dry.dry_run);
    assert_eq!((dry.candidates, dry.sent, dry.skipped), (3, 1, 2), "{dry:?}");
    let decision = |r: &pb::RunEngagementResponse, id: &str| r.decisions.iter().find(|d| d.user_id == id).cloned();
    let d = decision(&dry, &dormant_id).unwrap();
    assert!(d.send && d.reason.starts_with("dormant 10 days"), "{d:?}");
    assert_eq!(d.segment(), pb::Segment::Dormant);
    assert_eq!(decision(&dry, &quiet_id).unwrap().reason, "quiet_hours");
    let m = decision(&dry, &muted_id).unwrap();
    assert_eq!((m.reason.as_str(), m.segment()), ("opted_out", pb::Segment::Churned));
    for table in ["engagement_messages", "notifications", "ai_generations"] {
        assert_eq!(
            count(&app, &format!("SELECT count(*) FROM {table}")).await,
            0,
            "{table}"
        );
    }
    // ... not even the profile it computed.
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM engagement_profiles WHERE segment = 'dormant'"
        )
        .await,
        0
    );

    // The real run sends one AI-written message, as a notification.
    let real = run(&app, &admin, false).await;
    assert_eq!((real.sent, real.skipped), (1, 2), "{real:?}");
    let sent = decision(&real, &dormant_id).unwrap();
    assert!(!sent.reason.contains("AI unavailable"), "{sent:?}");
    let logs = messages(&app, &dormant).await;
    assert_eq!(logs.len(), 1);
    let log = &logs[0];
    assert_eq!(log.id, sent.message_id);
    assert_eq!(log.kind(), pb::MessageKind::ClientEngagement);
    assert_eq!(log.template, "ai_reengage");
    assert_eq!(log.status(), pb::MessageStatus::Sent);
    assert!(
        log.content.contains("Test User") && log.content.contains("10 days"),
        "the offline writer names the user and the time away: {}",
        log.content
    );
    let inbox = notifications()
        .list_notifications(authed(npb::ListNotificationsRequest::default(), &dormant))
        .await
        .unwrap()
        .into_inner()
        .notifications;
    assert_eq!(inbox.len(), 1);
    assert_eq!(
        (inbox[0].kind.as_str(), &inbox[0].title),
        ("engagement_message", &log.content)
    );
    assert_eq!(log.notification_id, inbox[0].id);
    assert_eq!(
        count(&app, "SELECT count(*) FROM ai_generations WHERE purpose = 'engagement'").await,
        1
    );

    // Within the frequency cap the next run leaves them alone.
    let again = run(&app, &admin, false).await;
    assert_eq!(again.sent, 0, "{again:?}");
    assert_eq!(again.skipped_by_reason.get("frequency_cap"), Some(&1));
    assert_eq!(messages(&app, &dormant).await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn racing_runs_message_each_user_once() {
    let app = TestApp::spawn_with(|c| c.engagement.ai_messages = false).await;
    let (_, admin) = app.admin_token().await;
    for i in 0..6 {
        lapsed_user(&app, &format!("u{i}@example.com"), 8 + i).await;
    }
    let (a, b) = tokio::join!(run(&app, &admin, false), run(&app, &admin, false));
    assert_eq!(a.sent + b.sent, 6, "{a:?} {b:?}");
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM (SELECT user_id FROM engagement_messages GROUP BY user_id HAVING count(*) > 1) x"
        )
        .await,
        0
    );
    assert_eq!(count(&app, "SELECT count(*) FROM engagement_messages").await, 6);
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM notifications WHERE kind = 'engagement_message'"
        )
        .await,
        6
    );
    // Templates by segment when the AI is off.
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM engagement_messages WHERE template = 'reengage_dormant'"
        )
        .await,
        6
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_ai_falls_back_to_the_template() {
    let app = TestApp::spawn_with(|c| {
        c.ai.base_url = Some("http://127.0.0.1:9/v1".into());
        c.ai.retries = 0;
    })
    .await;
    let (_, admin) = app.admin_token().await;
    let (id, token) = lapsed_user(&app, "gone@example.com", 45).await;
    let report = run(&app, &admin, false).await;
    let d = report.decisions.iter().find(|d| d.user_id == id).unwrap();
    assert!(d.send && d.reason.ends_with("(template: AI unavailable)"), "{d:?}");
    assert_eq!(d.template, "reengage_churned");
    assert_eq!(messages(&app, &token).await[0].template, "reengage_churned");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn statuses_move_forward_and_feed_the_metrics() {
    let app = TestApp::spawn_with(|c| c.engagement.ai_messages = false).await;
    let (_, admin) = app.admin_token().await;
    let (_, token) = lapsed_user(&app, "back@example.com", 9).await;
    let (_, other) = lapsed_user(&app, "other@example.com", 9).await;
    run(&app, &admin, false).await;
    let mine = messages(&app, &token).await.remove(0);

    let update = |id: &str, status: pb::MessageStatus| pb::UpdateMessageStatusRequest {
        message_id: id.into(),
        status: status as i32,
    };
    // Another user's message is not found; bad input names its field.
    let err = engagement(&app)
        .update_message_status(authed(update(&mine.id, pb::MessageStatus::Clicked), &other))
        .await
        .unwrap_err();
    assert_eq!(
        (err.code(), reason(&err).as_str()),
        (Code::NotFound, "MESSAGE_NOT_FOUND")
    );
    let err = engagement(&app)
        .update_message_status(authed(update(&mine.id, pb::MessageStatus::Failed), &token))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&err), ["status"]);
    let err = engagement(&app)
        .update_message_status(authed(update("nope", pb::MessageStatus::Clicked), &token))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&err), ["message_id"]);

    let clicked = engagement(&app)
        .update_message_status(authed(update(&mine.id, pb::MessageStatus::Clicked), &token))
        .await
        .unwrap()
        .into_inner()
        .message
        .unwrap();
    let steps: Vec<_> = clicked.history.iter().map(|h| h.status()).collect();
    assert_eq!(
        steps,
        [
            pb::MessageStatus::Sent,
            pb::MessageStatus::Delivered,
            pb::MessageStatus::Clicked
        ]
    );
    // A late delivery receipt does not move it back.
    let late = engagement(&app)
        .update_message_status(authed(update(&mine.id, pb::MessageStatus::Delivered), &admin))
        .await
        .unwrap()
        .into_inner()
        .message
        .unwrap();
    assert_eq!((late.status(), late.history.len()), (pb::MessageStatus::Clicked, 3));

    // Filters: the caller's clicked messages.
    let filtered = engagement(&app)
        .list_message_logs(authed(
            pb::ListMessageLogsRequest {
                status: pb::MessageStatus::Clicked as i32,
                ..Default::default()
            },
            &admin,
        ))
        .await
        .unwrap()
        .into_inner()
        .messages;
    assert_eq!(filtered.len(), 1);

    let metrics = engagement(&app)
        .get_engagement_metrics(authed(pb::GetEngagementMetricsRequest::default(), &admin))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(metrics.rows.len(), 1, "{metrics:?}");
    let row = &metrics.rows[0];
    assert_eq!(
        (row.segment(), row.template.as_str()),
        (pb::Segment::Dormant, "reengage_dormant")
    );
    assert_eq!((row.sent, row.delivered, row.clicked), (2, 1, 1));
    assert_eq!((row.delivery_rate, row.click_rate), (0.5, 0.5));
    let err = engagement(&app)
        .get_engagement_metrics(authed(pb::GetEngagementMetricsRequest::default(), &token))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::PermissionDenied);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn other_users_engagement_data_is_not_found_and_runs_are_for_admins() {
    let app = TestApp::spawn().await;
    let (ada, ada_session) = app.register("ada@example.com").await;
    let (_, bob_session) = app.register("bob@example.com").await;
    activity(&app)
        .record_login(authed(pb::RecordLoginRequest {}, &ada_session.access_token))
        .await
        .unwrap();
    let bob = bob_session.access_token;
    let err = engagement(&app)
        .get_engagement_profile(authed(
            pb::GetEngagementProfileRequest {
                user_id: ada.id.clone(),
                recompute: false,
            },
            &bob,
        ))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::NotFound);
    let err = engagement(&app)
        .list_message_logs(authed(
            pb::ListMessageLogsRequest {
                user_id: ada.id.clone(),
                ..Default::default()
            },
            &bob,
        ))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::NotFound);
    // Bob never recorded anything.
    let err = engagement(&app)
        .get_engagement_profile(authed(pb::GetEngagementProfileRequest::default(), &bob))
        .await
        .unwrap_err();
    assert_eq!(reason(&err), "PROFILE_NOT_FOUND");
    let err = engagement(&app)
        .run_engagement(authed(pb::RunEngagementRequest { dry_run: true }, &bob))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::PermissionDenied);
    let err = utility(&app)
        .send_utility(authed(pb::SendUtilityRequest::default(), &bob))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::PermissionDenied);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn utility_messages_render_dedupe_and_name_what_is_missing() {
    let app = TestApp::spawn().await;
    let (_, admin) = app.admin_token().await;
    let (ada, session) = app.register("ada@example.com").await;
    let send = |data: &[(&str, &str)], kind: &str, key: &str| pb::SendUtilityRequest {
        user_id: ada.id.clone(),
        kind: kind.into(),
        data: data
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<HashMap<_, _>>(),
        dedupe_key: key.into(),
    };
    let first = utility(&app)
        .send_utility(authed(
            send(&[("time", "10am")], "appointment_reminder", "appt-1"),
            &admin,
        ))
        .await
        .unwrap()
        .into_inner();
    assert!(first.sent);
    let message = first.message.unwrap();
    assert_eq!(message.content, "Reminder: your appointment is at 10am.");
    assert_eq!(message.kind(), pb::MessageKind::UserUtility);
    // A retried call with the same key sends nothing more.
    let again = utility(&app)
        .send_utility(authed(
            send(&[("time", "10am")], "appointment_reminder", "appt-1"),
            &admin,
        ))
        .await
        .unwrap()
        .into_inner();
    assert!(!again.sent);
    assert_eq!(again.message.unwrap().id, message.id);
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM notifications WHERE kind = 'appointment_reminder'"
        )
        .await,
        1
    );
    // No frequency cap: another reminder goes out at once.
    let other = utility(&app)
        .send_utility(authed(send(&[("time", "3pm")], "appointment_reminder", ""), &admin))
        .await
        .unwrap()
        .into_inner();
    assert!(other.sent);
    assert_eq!(messages(&app, &session.access_token).await.len(), 2);

    let err = utility(&app)
        .send_utility(authed(send(&[], "appointment_reminder", ""), &admin))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&err), ["data.time"]);
    let err = utility(&app)
        .send_utility(authed(send(&[], "launch", ""), &admin))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&err), ["kind"]);
    let long = "x".repeat(501);
    let err = utility(&app)
        .send_utility(authed(send(&[("time", &long)], "appointment_reminder", ""), &admin))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&err), ["data.time"]);
    let mut nobody = send(&[("time", "1")], "appointment_reminder", "");
    nobody.user_id = uuid::Uuid::now_v7().to_string();
    let err = utility(&app).send_utility(authed(nobody, &admin)).await.unwrap_err();
    assert_eq!(err.code(), Code::NotFound);
}

/// Runs every queued job with the server's own registry until none is left.
async fn drain(app: &TestApp) {
    let worker = TestWorker::start(app, "engagement-test", kith::app::jobs::registry());
    for _ in 0..600 {
        let open = count(app, "SELECT count(*) FROM jobs WHERE state IN ('queued', 'running')").await;
        if open == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    worker.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_hourly_and_nightly_schedules_run_through_the_job_queue() {
    use kith::proto::jobs::v1 as jpb;
    let app = TestApp::spawn_with(|c| c.engagement.ai_messages = false).await;
    let (_, admin) = app.admin_token().await;
    let (id, token) = lapsed_user(&app, "lapsed@example.com", 20).await;
    let jobs = || jpb::job_service_client::JobServiceClient::new(app.channel.clone());
    for name in ["engagement_profiles", "engagement_run"] {
        let triggered = jobs()
            .trigger_schedule(authed(jpb::TriggerScheduleRequest { name: name.into() }, &admin))
            .await
            .unwrap()
            .into_inner();
        assert_eq!(triggered.jobs_enqueued, 1, "{name}");
        drain(&app).await;
    }
    // The nightly job stored the profile it computed.
    let profile = engagement(&app)
        .get_engagement_profile(authed(
            pb::GetEngagementProfileRequest {
                user_id: id.clone(),
                recompute: false,
            },
            &admin,
        ))
        .await
        .unwrap()
        .into_inner()
        .profile
        .unwrap();
    assert_eq!(profile.segment(), pb::Segment::Dormant);
    assert!(profile.churn_risk_score > 0.5, "{profile:?}");
    // The hourly run sent the message.
    let logs = messages(&app, &token).await;
    assert_eq!(logs.len(), 1);
    assert_eq!(logs[0].template, "reengage_dormant");
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM jobs WHERE kind LIKE 'engagement%' AND state = 'succeeded'"
        )
        .await,
        2
    );
}
