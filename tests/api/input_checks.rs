//! Request checks that come before any work: message size per method, caps
//! on repeated fields, bounded days and times, and strings a database would
//! refuse. A client's bad input is INVALID_ARGUMENT (or RESOURCE_EXHAUSTED
//! for size), never INTERNAL and never a long stall.

use std::time::{Duration, Instant};

use kith::proto::analytics::v1 as analytics_pb;
use kith::proto::apps::v1 as apps_pb;
use kith::proto::conversations::v1 as conversations_pb;
use kith::proto::usage::v1 as usage_pb;
use tonic::Code;

use crate::harness::{authed, grpc_web_frame, grpc_web_parse, reason, violated_fields, TestApp};

fn participants(n: usize) -> Vec<conversations_pb::Participant> {
    use conversations_pb::participant::Participant as P;
    (0..n)
        .map(|_| conversations_pb::Participant {
            participant: Some(P::DeviceId(uuid::Uuid::new_v4().to_string())),
            ..Default::default()
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_huge_participant_list_is_refused_at_once_while_others_are_served() {
    let app = TestApp::spawn().await;
    let (_, attacker) = app.register("attacker@kith.test").await;
    let (_, bystander) = app.register("bystander@kith.test").await;

    // About 16 MB: under the configured maximum, far over this method's.
    let request = conversations_pb::GenerateConversationRequest {
        participants: participants(400_000),
        ..Default::default()
    };
    let mut client = conversations_pb::conversation_service_client::ConversationServiceClient::new(app.channel.clone());
    let token = attacker.access_token.clone();
    // Most of the time below is the client building its 16 MB message.
    let encoding = {
        let started = Instant::now();
        prost::Message::encode_to_vec(&request);
        started.elapsed()
    };
    let started = Instant::now();
    let attack = tokio::spawn(async move {
        let result = client.generate_conversation(authed(request, &token)).await;
        (result.map(|_| ()), started.elapsed())
    });

    // Another client on its own connection keeps being served meanwhile.
    let other = tonic::transport::Channel::from_shared(format!("http://{}", app.addr))
        .unwrap()
        .connect()
        .await
        .unwrap();
    let mut slowest = Duration::ZERO;
    for _ in 0..5 {
        let asked = Instant::now();
        let response = kith::proto::identity::v1::user_service_client::UserServiceClient::new(other.clone())
            .get_me(authed(
                kith::proto::identity::v1::GetMeRequest {},
                &bystander.access_token,
            ))
            .await;
        assert!(response.is_ok(), "{response:?}");
        assert!(
            asked.elapsed() < Duration::from_secs(3),
            "GetMe took {:?}",
            asked.elapsed()
        );
        slowest = slowest.max(asked.elapsed());
    }

    let (result, elapsed) = attack.await.unwrap();
    let status = result.expect_err("refused");
    eprintln!(
        "400,000 participants answered {:?} in {elapsed:?} (encoding it alone takes {encoding:?}); \
         slowest GetMe meanwhile {slowest:?}",
        status.code()
    );
    assert!(
        matches!(status.code(), Code::ResourceExhausted | Code::InvalidArgument),
        "{status:?}"
    );
    assert!(elapsed < Duration::from_secs(5), "took {elapsed:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_over_its_methods_size_is_refused_over_grpc_and_grpc_web() {
    let app = TestApp::spawn().await;
    let (_, session) = app.register("size@kith.test").await;
    // 20 KiB of query: past an ordinary call's 16 KiB.
    let search = apps_pb::SearchAppsRequest {
        query: "a".repeat(20 * 1024),
        ..Default::default()
    };
    let status = apps_pb::app_service_client::AppServiceClient::new(app.channel.clone())
        .search_apps(authed(search.clone(), &session.access_token))
        .await
        .expect_err("too large");
    assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
    assert_eq!(reason(&status), "MESSAGE_TOO_LARGE");

    let response = reqwest::Client::builder()
        .http1_only()
        .build()
        .unwrap()
        .post(format!("http://{}/kith.apps.v1.AppService/SearchApps", app.addr))
        .header("content-type", "application/grpc-web+proto")
        .header("x-grpc-web", "1")
        .header("authorization", format!("Bearer {}", session.access_token))
        .body(grpc_web_frame(&search))
        .send()
        .await
        .unwrap();
    let status_header = response
        .headers()
        .get("grpc-status")
        .map(|v| v.to_str().unwrap().to_owned());
    let body = response.bytes().await.unwrap();
    let (_, trailers) = grpc_web_parse(&body);
    let code = status_header.unwrap_or_else(|| trailers.clone());
    assert!(
        code == "8" || trailers.contains("grpc-status:8"),
        "grpc-web answered {code:?} / {trailers:?}"
    );

    // The upload methods take the configured maximum: 1,000 records (well
    // over 16 KiB) are validated, not refused for size.
    let records: Vec<usage_pb::UsageRecord> = (0..1000)
        .map(|i| usage_pb::UsageRecord {
            record: Some(usage_pb::usage_record::Record::Daily(usage_pb::DailyDeviceUsage {
                device_id: uuid::Uuid::new_v4().to_string(),
                day: format!("2026-01-{:02}", i % 28 + 1),
                ..Default::default()
            })),
        })
        .collect();
    let response = usage_pb::usage_service_client::UsageServiceClient::new(app.channel.clone())
        .batch_create_usage(authed(
            usage_pb::BatchCreateUsageRequest { records },
            &session.access_token,
        ))
        .await
        .expect("accepted for validation")
        .into_inner();
    assert_eq!(response.rejections.len(), 100);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn extreme_days_are_invalid_arguments_not_panics() {
    let app = TestApp::spawn().await;
    let (_, session) = app.register("days@kith.test").await;
    let token = &session.access_token;
    let analytics = analytics_pb::analytics_service_client::AnalyticsServiceClient::new(app.channel.clone());
    let usage = usage_pb::usage_service_client::UsageServiceClient::new(app.channel.clone());
    for day in ["-262144-01-05", "+262143-12-31", "1969-12-31", "2201-01-01"] {
        let status = analytics
            .clone()
            .get_stats(authed(
                analytics_pb::GetStatsRequest {
                    day: day.into(),
                    ..Default::default()
                },
                token,
            ))
            .await
            .expect_err(day);
        assert_eq!(status.code(), Code::InvalidArgument, "{day}: {status:?}");
        assert_eq!(violated_fields(&status), ["day"]);

        let status = usage
            .clone()
            .get_usage_summary(authed(
                usage_pb::GetUsageSummaryRequest {
                    range: Some(usage_pb::DayRange {
                        start_day: day.into(),
                        end_day: day.into(),
                    }),
                    ..Default::default()
                },
                token,
            ))
            .await
            .expect_err(day);
        assert_eq!(status.code(), Code::InvalidArgument, "{day}: {status:?}");
    }
    // The bounds themselves are fine.
    for day in ["1970-01-01", "2200-12-31"] {
        analytics
            .clone()
            .get_stats(authed(
                analytics_pb::GetStatsRequest {
                    day: day.into(),
                    ..Default::default()
                },
                token,
            ))
            .await
            .unwrap_or_else(|s| panic!("{day}: {s:?}"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn strings_with_nul_or_control_characters_are_invalid_arguments() {
    let app = TestApp::spawn().await;
    let (_, session) = app.register("nul@kith.test").await;
    let token = &session.access_token;

    let status = apps_pb::app_service_client::AppServiceClient::new(app.channel.clone())
        .search_apps(authed(
            apps_pb::SearchAppsRequest {
                query: "sla\0ck".into(),
                ..Default::default()
            },
            token,
        ))
        .await
        .expect_err("refused");
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
    assert_eq!(violated_fields(&status), ["query"]);

    let status = usage_pb::usage_service_client::UsageServiceClient::new(app.channel.clone())
        .get_upload_status(authed(
            usage_pb::GetUploadStatusRequest {
                upload_id: "up\0load".into(),
            },
            token,
        ))
        .await
        .expect_err("refused");
    assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
    assert_eq!(violated_fields(&status), ["upload_id"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_fields_past_their_caps_are_refused_as_a_whole() {
    use kith::proto::identity::v1 as identity_pb;
    use kith::proto::notifications::v1 as notifications_pb;
    let app = TestApp::spawn().await;
    let (_, session) = app.register("caps@kith.test").await;
    let token = &session.access_token;

    // 501 ids, none of them a UUID: one violation for the count, none for
    // the elements, which are not read.
    let status = notifications_pb::notification_service_client::NotificationServiceClient::new(app.channel.clone())
        .mark_notifications_read(authed(
            notifications_pb::MarkNotificationsReadRequest {
                notification_ids: vec!["x".into(); 501],
            },
            token,
        ))
        .await
        .expect_err("refused");
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&status), ["notification_ids"]);

    let status = app
        .users()
        .update_me(authed(
            identity_pb::UpdateMeRequest {
                user: None,
                update_mask: Some(prost_types::FieldMask {
                    paths: vec!["nonsense".into(); 21],
                }),
            },
            token,
        ))
        .await
        .expect_err("refused");
    assert_eq!(status.code(), Code::InvalidArgument);
    assert!(
        violated_fields(&status).iter().all(|f| f == "update_mask"),
        "{status:?}"
    );

    // An enum number the server does not know names its field.
    let status = usage_pb::usage_service_client::UsageServiceClient::new(app.channel.clone())
        .create_goal(authed(
            usage_pb::CreateGoalRequest {
                goal: Some(usage_pb::Goal {
                    kind: 999,
                    target: 60,
                    period: usage_pb::GoalPeriod::Daily as i32,
                    ..Default::default()
                }),
                ..Default::default()
            },
            token,
        ))
        .await
        .expect_err("refused");
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&status), ["goal.kind"]);
    assert!(status.message().contains("999"), "{}", status.message());
}
