//! Conversations and journals through the real server, written by the
//! offline generator (no AI provider is configured) unless a test points
//! the server at a fake OpenAI-compatible one.

use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use kith::config::Config;
use kith::proto::apps::v1 as apps_pb;
use kith::proto::conversations::v1 as pb;
use kith::proto::usage::v1 as usage_pb;
use pb::conversation_service_client::ConversationServiceClient;
use pb::generate_conversation_response::Event;
use pb::participant::Participant as P;
use tonic::transport::Channel;
use tonic::{Code, Status};

use crate::harness::{
    authed, count, device_with, fake_http_server, grpc_web_frame, grpc_web_parse, reason, violated_fields, TestApp,
};

const DAY: &str = "2026-11-10";

async fn spawn() -> TestApp {
    spawn_with(|_| {}).await
}

/// A server whose offline generator streams without pauses.
async fn spawn_with(customise: impl FnOnce(&mut Config)) -> TestApp {
    TestApp::spawn_with(|c| {
        c.ai.offline_chunk_delay = Duration::ZERO;
        customise(c);
    })
    .await
}

fn client(app: &TestApp) -> ConversationServiceClient<Channel> {
    ConversationServiceClient::new(app.channel.clone())
}

/// One user's unary calls to ConversationService.
struct Calls<'a> {
    client: ConversationServiceClient<Channel>,
    token: &'a str,
}

impl<'a> Calls<'a> {
    fn new(app: &TestApp, token: &'a str) -> Self {
        Calls {
            client: client(app),
            token,
        }
    }

    fn req<T>(&self, message: T) -> tonic::Request<T> {
        authed(message, self.token)
    }

    async fn list(&self, request: pb::ListConversationsRequest) -> Result<pb::ListConversationsResponse, Status> {
        Ok(self
            .client
            .clone()
            .list_conversations(self.req(request))
            .await?
            .into_inner())
    }

    async fn get(&self, id: &str) -> Result<pb::Conversation, Status> {
        let request = pb::GetConversationRequest {
            conversation_id: id.into(),
        };
        let response = self.client.clone().get_conversation(self.req(request)).await?;
        Ok(response.into_inner().conversation.unwrap())
    }

    async fn toggle(&self, id: &str) -> Result<pb::Conversation, Status> {
        let request = pb::ToggleFavoriteRequest {
            conversation_id: id.into(),
        };
        let response = self.client.clone().toggle_favorite(self.req(request)).await?;
        Ok(response.into_inner().conversation.unwrap())
    }

    async fn rate(&self, id: &str, rating: i32) -> Result<pb::Conversation, Status> {
        let request = pb::RateConversationRequest {
            conversation_id: id.into(),
            rating,
        };
        let response = self.client.clone().rate_conversation(self.req(request)).await?;
        Ok(response.into_inner().conversation.unwrap())
    }

    async fn feedback(&self, id: &str, feedback: &str) -> Result<pb::Conversation, Status> {
        let request = pb::SubmitFeedbackRequest {
            conversation_id: id.into(),
            feedback: feedback.into(),
        };
        let response = self.client.clone().submit_feedback(self.req(request)).await?;
        Ok(response.into_inner().conversation.unwrap())
    }

    async fn delete(&self, id: &str) -> Result<(), Status> {
        let request = pb::DeleteConversationRequest {
            conversation_id: id.into(),
        };
        self.client.clone().delete_conversation(self.req(request)).await?;
        Ok(())
    }

    /// The ids of ListRecent.
    async fn recent(&self, limit: i32) -> Result<Vec<String>, Status> {
        let response = self
            .client
            .clone()
            .list_recent(self.req(pb::ListRecentRequest { limit }))
            .await?;
        Ok(response.into_inner().conversations.into_iter().map(|c| c.id).collect())
    }

    async fn write_journal(&self, request: pb::GenerateJournalRequest) -> Result<pb::Journal, Status> {
        let response = self.client.clone().generate_journal(self.req(request)).await?;
        Ok(response.into_inner().journal.unwrap())
    }

    async fn journals(&self, request: pb::ListJournalsRequest) -> Result<pb::ListJournalsResponse, Status> {
        Ok(self.client.clone().list_journals(self.req(request)).await?.into_inner())
    }

    async fn journal(&self, id: &str) -> Result<pb::Journal, Status> {
        let request = pb::GetJournalRequest { journal_id: id.into() };
        let response = self.client.clone().get_journal(self.req(request)).await?;
        Ok(response.into_inner().journal.unwrap())
    }
}

/// A member with a tablet, a primary phone, and three apps on the phone.
struct Home {
    user_id: String,
    token: String,
    phone: String,
    tablet: String,
    instagram: String,
    notes: String,
    chess: String,
}

async fn device_app(
    app: &TestApp,
    token: &str,
    device_id: &str,
    bundle_id: &str,
    name: &str,
    category: apps_pb::AppCategory,
    nickname: &str,
) -> String {
    let request = apps_pb::AddDeviceAppRequest {
        device_id: device_id.into(),
        bundle_id: bundle_id.into(),
        name: name.into(),
        category: category as i32,
        nickname: nickname.into(),
        ..Default::default()
    };
    apps_pb::app_service_client::AppServiceClient::new(app.channel.clone())
        .add_device_app(authed(request, token))
        .await
        .expect("add device app")
        .into_inner()
        .device_app
        .unwrap()
        .id
}

async fn home_of(app: &TestApp, email: &str) -> Home {
    let (user, session) = app.register(email).await;
    let token = session.access_token;
    let tablet = device_with(app, &user.id, "Tablet", "snarky", false).await;
    let phone = device_with(app, &user.id, "Phone", "snarky", true).await;
    let social = apps_pb::AppCategory::Social;
    let instagram = device_app(app, &token, &phone, "com.instagram.android", "Instagram", social, "").await;
    let productivity = apps_pb::AppCategory::Productivity;
    let notes = device_app(
        app,
        &token,
        &phone,
        "com.example.notes",
        "Notes",
        productivity,
        "Scribbles",
    )
    .await;
    let games = apps_pb::AppCategory::Games;
    let chess = device_app(app, &token, &phone, "com.example.chess", "Chess", games, "").await;
    Home {
        user_id: user.id,
        token,
        phone,
        tablet,
        instagram,
        notes,
        chess,
    }
}

fn day(raw: &str) -> NaiveDate {
    raw.parse().unwrap()
}

/// Noon plus `minutes` of `day` in `tz`.
fn local_noon(day: NaiveDate, tz: Tz, minutes: i64) -> DateTime<Utc> {
    let noon = day.and_hms_opt(12, 0, 0).unwrap() + chrono::Duration::minutes(minutes);
    tz.from_local_datetime(&noon).unwrap().with_timezone(&Utc)
}

fn session(device: &str, bundle: &str, start: DateTime<Utc>, minutes: i64, launches: i32) -> usage_pb::UsageRecord {
    usage_pb::UsageRecord {
        record: Some(usage_pb::usage_record::Record::Session(usage_pb::AppSession {
            device_id: device.into(),
            bundle_id: bundle.into(),
            start_time: Some(kith::proto::timestamp(start)),
            duration_ms: minutes * 60_000,
            launches,
            notifications: 1,
            ..Default::default()
        })),
    }
}

fn daily(device: &str, day: NaiveDate, minutes: i64) -> usage_pb::UsageRecord {
    usage_pb::UsageRecord {
        record: Some(usage_pb::usage_record::Record::Daily(usage_pb::DailyDeviceUsage {
            device_id: device.into(),
            day: day.format("%Y-%m-%d").to_string(),
            screen_time_ms: minutes * 60_000,
            unlocks: 40,
            pickups: 42,
            notifications: 10,
            first_pickup_time: "07:15".into(),
        })),
    }
}

/// The day before: 5 hours on the phone. The day: 125 minutes in apps,
/// Instagram first (opened 48 times), then Notes, then Chess.
async fn record_usage(app: &TestApp, home: &Home, the_day: NaiveDate, tz: Tz) {
    let records = vec![
        daily(&home.phone, the_day.pred_opt().unwrap(), 300),
        daily(&home.phone, the_day, 100),
        session(&home.phone, "com.instagram.android", local_noon(the_day, tz, 0), 90, 48),
        session(&home.phone, "com.example.notes", local_noon(the_day, tz, 100), 30, 3),
        session(&home.phone, "com.example.chess", local_noon(the_day, tz, 140), 5, 1),
    ];
    usage_pb::usage_service_client::UsageServiceClient::new(app.channel.clone())
        .batch_create_usage(authed(usage_pb::BatchCreateUsageRequest { records }, &home.token))
        .await
        .expect("record usage");
}

fn on_device(id: &str) -> pb::Participant {
    pb::Participant {
        participant: Some(P::DeviceId(id.into())),
        ..Default::default()
    }
}

fn on_app(id: &str) -> pb::Participant {
    pb::Participant {
        participant: Some(P::DeviceAppId(id.into())),
        ..Default::default()
    }
}

fn participant_id(p: &pb::Participant) -> &str {
    match p.participant.as_ref().expect("linked participant") {
        P::DeviceId(id) | P::DeviceAppId(id) => id,
    }
}

fn request(participants: Vec<pb::Participant>) -> pb::GenerateConversationRequest {
    pb::GenerateConversationRequest {
        participants,
        day: DAY.into(),
        ..Default::default()
    }
}

/// The streamed lines and the stored conversation, which must come last.
async fn try_generate(
    app: &TestApp,
    token: &str,
    request: pb::GenerateConversationRequest,
) -> Result<(Vec<pb::Line>, pb::Conversation), Status> {
    let mut stream = client(app)
        .generate_conversation(authed(request, token))
        .await?
        .into_inner();
    let mut lines = Vec::new();
    while let Some(message) = stream.message().await? {
        match message.event.expect("an event") {
            Event::Line(line) => lines.push(line),
            Event::Conversation(conversation) => {
                assert!(
                    stream.message().await?.is_none(),
                    "the conversation is the last message"
                );
                return Ok((lines, conversation));
            }
        }
    }
    panic!("the stream ended without the stored conversation");
}

async fn generate(app: &TestApp, token: &str, request: pb::GenerateConversationRequest) -> pb::Conversation {
    try_generate(app, token, request).await.expect("generate").1
}

/// Waits until `sql` counts `expected` rows (records are written in the
/// background), failing after a few seconds.
async fn wait_for_count(app: &TestApp, sql: &str, expected: i64) {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let n = count(app, sql).await;
        if n == expected {
            return;
        }
        assert!(Instant::now() < deadline, "{sql}: {n}, expected {expected}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn is_not_found(result: Result<impl std::fmt::Debug, Status>, expected_reason: &str) {
    let status = result.expect_err("not found");
    assert_eq!(status.code(), Code::NotFound, "{status:?}");
    assert_eq!(reason(&status), expected_reason);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generation_streams_lines_then_the_stored_conversation() {
    let app = spawn().await;
    let home = home_of(&app, "ada@example.com").await;
    record_usage(&app, &home, day(DAY), chrono_tz::UTC).await;
    let request = pb::GenerateConversationRequest {
        mood: pb::Mood::Wholesome as i32,
        ..request(vec![on_device(&home.phone), on_app(&home.notes)])
    };
    let (lines, conversation) = try_generate(&app, &home.token, request).await.unwrap();

    assert!(lines.len() >= 6, "{lines:?}");
    assert_eq!(conversation.lines, lines, "the stored lines are the streamed ones");
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line.index, i as i32);
        assert!(["Phone", "Scribbles"].contains(&line.speaker.as_str()), "{line:?}");
        assert!(!line.text.is_empty());
    }
    let told = ["screen time", "Instagram", "unlocked", "notifications", "social apps"];
    assert!(
        lines.iter().any(|l| told.iter().any(|fact| l.text.contains(fact))),
        "the lines use the day's usage: {lines:?}"
    );
    let cast: Vec<(&str, &str, &str)> = conversation
        .participants
        .iter()
        .map(|p| (participant_id(p), p.name.as_str(), p.personality.as_str()))
        .collect();
    assert_eq!(
        cast,
        [
            (home.phone.as_str(), "Phone", "snarky"),
            (home.notes.as_str(), "Scribbles", "productive")
        ]
    );
    assert_eq!(conversation.mood, pb::Mood::Wholesome as i32);
    assert_eq!(conversation.trigger, pb::Trigger::OnDemand as i32);
    assert_eq!(conversation.day, DAY);
    assert_eq!((conversation.rating, conversation.is_favorite), (0, false));
    let generation = conversation.generation.clone().unwrap();
    assert_eq!(
        (generation.provider.as_str(), generation.model.as_str()),
        ("offline", "kith-offline-1")
    );
    assert!(generation.prompt_tokens > 0 && generation.completion_tokens > 0);

    let got = Calls::new(&app, &home.token).get(&conversation.id).await.unwrap();
    assert_eq!(got, conversation);
    assert_eq!(count(&app, "SELECT count(*) FROM conversations").await, 1);
    assert_eq!(
        count(&app, "SELECT count(*) FROM conversation_lines").await,
        lines.len() as i64
    );
    wait_for_count(
        &app,
        "SELECT count(*) FROM ai_generations WHERE purpose = 'conversation' AND outcome = 'ok'",
        1,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lines_arrive_one_at_a_time_as_they_are_written() {
    let delay = Duration::from_millis(15);
    let app = TestApp::spawn_with(|c| c.ai.offline_chunk_delay = delay).await;
    let home = home_of(&app, "ada@example.com").await;
    let request = request(vec![on_device(&home.phone), on_device(&home.tablet)]);
    let started = Instant::now();
    let mut stream = client(&app)
        .generate_conversation(authed(request, &home.token))
        .await
        .unwrap()
        .into_inner();
    let mut arrivals = Vec::new();
    while let Some(message) = stream.message().await.unwrap() {
        arrivals.push((Instant::now(), matches!(message.event, Some(Event::Line(_)))));
    }
    let (last, stored) = arrivals.pop().unwrap();
    assert!(!stored, "the conversation comes last");
    assert!(arrivals.len() >= 6 && arrivals.iter().all(|(_, line)| *line));
    // Every line takes at least one chunk, so lines written one at a time
    // arrive spread over the generation rather than all at its end.
    let first = arrivals[0].0;
    let spread = arrivals.last().unwrap().0 - first;
    assert!(
        spread >= delay * (arrivals.len() as u32 - 1) / 2,
        "lines arrived within {spread:?}"
    );
    assert!(
        first - started < (last - started) / 2,
        "the first line came long before the rest was written"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_choices_the_cast_kind_mood_and_day_come_from_the_data() {
    let app = spawn().await;
    let home = home_of(&app, "ada@example.com").await;
    // UTC+14: "yesterday" there is not yesterday in UTC for most of the day.
    let tz = chrono_tz::Pacific::Kiritimati;
    let yesterday = Utc::now().with_timezone(&tz).date_naive().pred_opt().unwrap();
    let sql = app.sql().await;
    sql.execute(
        "UPDATE users SET timezone = 'Pacific/Kiritimati', preferred_moods = '{sarcastic,gossipy}'
         WHERE id = $1::text::uuid",
        &[&home.user_id],
    )
    .await
    .unwrap();
    record_usage(&app, &home, yesterday, tz).await;
    sql.execute(
        "INSERT INTO usage_patterns (id, user_id, kind, severity, confidence)
         VALUES (gen_random_uuid(), $1::text::uuid, 'night_owl', 0.4, 0.9)",
        &[&home.user_id],
    )
    .await
    .unwrap();

    let empty = pb::GenerateConversationRequest::default();
    let (lines, conversation) = try_generate(&app, &home.token, empty.clone()).await.unwrap();
    assert!(lines.len() >= 6);
    let cast: Vec<&str> = conversation.participants.iter().map(participant_id).collect();
    assert_eq!(
        cast,
        [home.phone.as_str(), home.instagram.as_str(), home.notes.as_str()],
        "the primary device and the day's two most used apps"
    );
    assert_eq!(conversation.day, yesterday.format("%Y-%m-%d").to_string());
    assert_eq!(
        conversation.mood,
        pb::Mood::Sarcastic as i32,
        "the first preferred mood"
    );
    // An open night-owl pattern calls an emergency meeting.
    assert_eq!(conversation.kind, pb::ConversationKind::EmergencyMeeting as i32);

    // Without the pattern, screen time down from 5h to about 2h calls for a
    // celebration.
    sql.execute("UPDATE usage_patterns SET resolved_at = now()", &[])
        .await
        .unwrap();
    let conversation = generate(&app, &home.token, empty).await;
    assert_eq!(conversation.kind, pb::ConversationKind::MilestoneCelebration as i32);

    // A caller's choice wins over the data.
    let chosen = pb::GenerateConversationRequest {
        kind: pb::ConversationKind::DeviceGossip as i32,
        mood: pb::Mood::Dramatic as i32,
        ..Default::default()
    };
    let conversation = generate(&app, &home.token, chosen).await;
    assert_eq!(conversation.kind, pb::ConversationKind::DeviceGossip as i32);
    assert_eq!(conversation.mood, pb::Mood::Dramatic as i32);

    // Someone with one device and no apps has no one to talk to.
    let (loner, session) = app.register("solo@example.com").await;
    device_with(&app, &loner.id, "Only phone", "snarky", true).await;
    let status = try_generate(&app, &session.access_token, pb::GenerateConversationRequest::default())
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::FailedPrecondition);
    assert_eq!(reason(&status), "NOT_ENOUGH_PARTICIPANTS");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retry_with_the_same_request_id_returns_the_stored_conversation() {
    let app = spawn().await;
    let home = home_of(&app, "ada@example.com").await;
    let request = pb::GenerateConversationRequest {
        request_id: "morning-1".into(),
        ..request(vec![on_device(&home.phone), on_app(&home.chess)])
    };
    let (lines, first) = try_generate(&app, &home.token, request.clone()).await.unwrap();
    let (again, retried) = try_generate(&app, &home.token, request).await.unwrap();
    assert_eq!(retried, first);
    assert_eq!(again, lines, "a retry streams the stored lines again");
    assert_eq!(count(&app, "SELECT count(*) FROM conversations").await, 1);
    assert_eq!(
        count(&app, "SELECT count(*) FROM conversation_lines").await,
        lines.len() as i64
    );
    wait_for_count(&app, "SELECT count(*) FROM ai_generations", 1).await;

    // The key is the caller's own: another user's same key is a new one.
    let other = home_of_two(&app, "bob@example.com").await;
    let request = pb::GenerateConversationRequest {
        request_id: "morning-1".into(),
        ..request_of(&other)
    };
    assert_ne!(generate(&app, &other.1, request).await.id, first.id);
}

/// A member with two devices: (user id, token, devices).
async fn home_of_two(app: &TestApp, email: &str) -> (String, String, [String; 2]) {
    let (user, session) = app.register(email).await;
    let a = device_with(app, &user.id, "Laptop", "snarky", true).await;
    let b = device_with(app, &user.id, "Watch", "snarky", false).await;
    (user.id, session.access_token, [a, b])
}

fn request_of(home: &(String, String, [String; 2])) -> pb::GenerateConversationRequest {
    request(home.2.iter().map(|d| on_device(d)).collect())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn participants_must_be_the_callers_own() {
    let app = spawn().await;
    let home = home_of(&app, "ada@example.com").await;
    let eve = home_of_two(&app, "eve@example.com").await;
    let missing = uuid::Uuid::now_v7().to_string();
    for participants in [
        vec![on_device(&home.phone), on_device(&eve.2[0])],
        vec![on_device(&eve.2[1]), on_app(&home.notes)],
        vec![on_device(&home.phone), on_app(&missing)],
    ] {
        let status = try_generate(&app, &eve.1, request(participants.clone()))
            .await
            .map(|_| ())
            .expect_err("not theirs");
        assert_eq!(status.code(), Code::NotFound, "{participants:?}");
        assert_eq!(reason(&status), "PARTICIPANT_NOT_FOUND");
    }
    // Eve's own request with Ada's app names the field of the stranger.
    let status = try_generate(&app, &eve.1, request(vec![on_device(&eve.2[0]), on_app(&home.notes)]))
        .await
        .unwrap_err();
    use tonic_types::StatusExt;
    let info = status.get_error_details().error_info().cloned().unwrap();
    assert_eq!(info.metadata.get("field").map(String::as_str), Some("participants[1]"));
    assert_eq!(count(&app, "SELECT count(*) FROM conversations").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_names_every_wrong_field() {
    let app = spawn().await;
    let home = home_of(&app, "ada@example.com").await;
    let token = &home.token;
    let calls = Calls::new(&app, token);
    let fields = |result: Result<_, Status>| -> Vec<String> {
        let status = result.map(|_: ()| ()).expect_err("invalid");
        assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
        violated_fields(&status)
    };
    let generated = |result: Result<_, Status>| fields(result.map(|_: (Vec<pb::Line>, pb::Conversation)| ()));

    let bad = pb::GenerateConversationRequest {
        participants: vec![
            on_device("not-a-uuid"),
            pb::Participant::default(),
            on_device(&home.phone),
        ],
        kind: 99,
        mood: -1,
        day: "yesterday".into(),
        request_id: "k".repeat(101),
    };
    assert_eq!(
        generated(try_generate(&app, token, bad).await),
        [
            "participants[0].device_id",
            "participants[1]",
            "kind",
            "mood",
            "day",
            "request_id"
        ]
    );
    let six = (0..6).map(|_| on_device(&uuid::Uuid::now_v7().to_string())).collect();
    assert_eq!(
        generated(try_generate(&app, token, request(six)).await),
        ["participants"]
    );
    let one = request(vec![on_device(&home.phone)]);
    assert_eq!(generated(try_generate(&app, token, one).await), ["participants"]);

    let list = pb::ListConversationsRequest {
        page_size: -1,
        page_token: "forged".into(),
        kind: 42,
        mood: 42,
        is_favorite: None,
        start_day: "2026-11-10".into(),
        end_day: "2026-11-09".into(),
    };
    assert_eq!(
        fields(calls.list(list).await.map(|_| ())),
        ["kind", "mood", "end_day", "page_size", "page_token"]
    );
    assert_eq!(
        fields(calls.rate("x", 6).await.map(|_| ())),
        ["conversation_id", "rating"]
    );
    let id = uuid::Uuid::now_v7().to_string();
    assert_eq!(fields(calls.rate(&id, 0).await.map(|_| ())), ["rating"]);
    assert_eq!(
        fields(calls.feedback("", &"x".repeat(2001)).await.map(|_| ())),
        ["conversation_id", "feedback"]
    );
    assert_eq!(fields(calls.recent(-1).await.map(|_| ())), ["limit"]);
    assert_eq!(fields(calls.get("").await.map(|_| ())), ["conversation_id"]);
    assert_eq!(fields(calls.toggle("nope").await.map(|_| ())), ["conversation_id"]);
    assert_eq!(fields(calls.delete("").await), ["conversation_id"]);

    let journal = pb::GenerateJournalRequest {
        author: None,
        day: "2026-02-30".into(),
        mood: 11,
    };
    assert_eq!(
        fields(calls.write_journal(journal).await.map(|_| ())),
        ["author", "day", "mood"]
    );
    let journal = pb::GenerateJournalRequest {
        author: Some(on_app("")),
        ..Default::default()
    };
    assert_eq!(
        fields(calls.write_journal(journal).await.map(|_| ())),
        ["author.device_app_id"]
    );
    let list = pb::ListJournalsRequest {
        page_size: 0,
        page_token: "forged".into(),
        author: Some(pb::Participant::default()),
    };
    assert_eq!(fields(calls.journals(list).await.map(|_| ())), ["author", "page_token"]);
    assert_eq!(fields(calls.journal("1").await.map(|_| ())), ["journal_id"]);
    assert_eq!(count(&app, "SELECT count(*) FROM ai_generations").await, 0);
}

/// Every page of a listing, two at a time, in order.
async fn list_all(calls: &Calls<'_>, filter: pb::ListConversationsRequest) -> Vec<String> {
    let mut ids = Vec::new();
    let mut page_token = String::new();
    loop {
        let request = pb::ListConversationsRequest {
            page_size: 2,
            page_token,
            ..filter.clone()
        };
        let page = calls.list(request).await.unwrap();
        assert!(page.conversations.len() <= 2);
        ids.extend(page.conversations.into_iter().map(|c| c.id));
        if page.next_page_token.is_empty() {
            return ids;
        }
        page_token = page.next_page_token;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn conversations_are_listed_filtered_rated_favourited_and_deleted() {
    let app = spawn().await;
    let home = home_of(&app, "ada@example.com").await;
    let calls = Calls::new(&app, &home.token);
    let mut ids = Vec::new();
    for (kind, mood, day) in [
        (pb::ConversationKind::DailyRecap, pb::Mood::Humorous, "2026-11-01"),
        (pb::ConversationKind::AppDrama, pb::Mood::Dramatic, "2026-11-02"),
        (pb::ConversationKind::DailyRecap, pb::Mood::Dramatic, "2026-11-03"),
        (pb::ConversationKind::GoalCheckIn, pb::Mood::Supportive, "2026-11-04"),
        (pb::ConversationKind::DailyRecap, pb::Mood::Humorous, "2026-11-05"),
    ] {
        let request = pb::GenerateConversationRequest {
            participants: vec![on_device(&home.phone), on_app(&home.instagram)],
            kind: kind as i32,
            mood: mood as i32,
            day: day.into(),
            request_id: String::new(),
        };
        ids.push(generate(&app, &home.token, request).await.id);
    }
    let pick = |which: &[usize]| which.iter().map(|&i| ids[i].clone()).collect::<Vec<_>>();
    let filter =
        |kind: pb::ConversationKind, mood: pb::Mood, favorite, start: &str, end: &str| pb::ListConversationsRequest {
            kind: kind as i32,
            mood: mood as i32,
            is_favorite: favorite,
            start_day: start.into(),
            end_day: end.into(),
            ..Default::default()
        };
    let any_kind = pb::ConversationKind::Unspecified;
    let any_mood = pb::Mood::Unspecified;
    let recap = pb::ConversationKind::DailyRecap;

    assert_eq!(list_all(&calls, Default::default()).await, pick(&[4, 3, 2, 1, 0]));
    let recaps = filter(recap, any_mood, None, "", "");
    assert_eq!(list_all(&calls, recaps.clone()).await, pick(&[4, 2, 0]));
    let dramatic_recaps = filter(recap, pb::Mood::Dramatic, None, "", "");
    assert_eq!(list_all(&calls, dramatic_recaps).await, pick(&[2]));
    let range = filter(any_kind, any_mood, None, "2026-11-02", "2026-11-04");
    assert_eq!(list_all(&calls, range).await, pick(&[3, 2, 1]));
    let from = filter(any_kind, any_mood, None, "2026-11-04", "");
    assert_eq!(list_all(&calls, from).await, pick(&[4, 3]));

    // A page token is bound to its filters.
    let first_page = calls
        .list(pb::ListConversationsRequest { page_size: 1, ..recaps })
        .await
        .unwrap();
    let replayed = pb::ListConversationsRequest {
        page_token: first_page.next_page_token,
        ..Default::default()
    };
    let status = calls.list(replayed).await.unwrap_err();
    assert_eq!(violated_fields(&status), ["page_token"]);

    // Favourites, ratings and feedback.
    assert!(calls.toggle(&ids[1]).await.unwrap().is_favorite);
    for id in [&ids[3], &ids[3], &ids[0]] {
        calls.toggle(id).await.unwrap();
    }
    let favourites = filter(any_kind, any_mood, Some(true), "", "");
    assert_eq!(list_all(&calls, favourites).await, pick(&[1, 0]));
    let others = filter(any_kind, any_mood, Some(false), "", "");
    assert_eq!(list_all(&calls, others).await, pick(&[4, 3, 2]));
    let rated = calls.rate(&ids[2], 4).await.unwrap();
    assert_eq!(rated.rating, 4);
    let commented = calls.feedback(&ids[2], "  Instagram was spot on.  ").await.unwrap();
    assert_eq!(
        (commented.rating, commented.feedback.as_str()),
        (4, "Instagram was spot on.")
    );
    assert_eq!(commented.lines, rated.lines);
    calls.feedback(&ids[2], &"é".repeat(2000)).await.unwrap();

    // Recent: newest first, 10 by default, at most 50.
    assert_eq!(calls.recent(0).await.unwrap(), pick(&[4, 3, 2, 1, 0]));
    assert_eq!(calls.recent(2).await.unwrap(), pick(&[4, 3]));
    assert_eq!(calls.recent(1000).await.unwrap().len(), 5);

    // Another user sees none of it and can change none of it.
    let eve = home_of_two(&app, "eve@example.com").await;
    let as_eve = Calls::new(&app, &eve.1);
    let id = ids[2].as_str();
    let not_found = "CONVERSATION_NOT_FOUND";
    is_not_found(as_eve.get(id).await, not_found);
    is_not_found(as_eve.rate(id, 1).await, not_found);
    is_not_found(as_eve.toggle(id).await, not_found);
    is_not_found(as_eve.feedback(id, "meh").await, not_found);
    is_not_found(as_eve.delete(id).await, not_found);
    assert!(list_all(&as_eve, Default::default()).await.is_empty());
    assert!(as_eve.recent(0).await.unwrap().is_empty());
    let unchanged = calls.get(id).await.unwrap();
    assert_eq!((unchanged.rating, unchanged.is_favorite), (4, false));

    // Deleting takes the lines and participants with it.
    calls.delete(id).await.unwrap();
    is_not_found(calls.get(id).await, not_found);
    is_not_found(calls.delete(id).await, not_found);
    let orphans = "SELECT count(*) FROM conversation_lines WHERE conversation_id NOT IN (SELECT id FROM conversations)";
    assert_eq!(count(&app, orphans).await, 0);
    assert_eq!(list_all(&calls, Default::default()).await, pick(&[4, 3, 1, 0]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deleted_participant_leaves_its_lines_behind_unlinked() {
    let app = spawn().await;
    let home = home_of(&app, "ada@example.com").await;
    let cast = vec![on_device(&home.tablet), on_app(&home.chess)];
    let conversation = generate(&app, &home.token, request(cast)).await;
    app.sql()
        .await
        .execute("DELETE FROM devices WHERE id = $1::text::uuid", &[&home.tablet])
        .await
        .unwrap();
    let kept = Calls::new(&app, &home.token).get(&conversation.id).await.unwrap();
    assert_eq!(kept.lines, conversation.lines);
    assert_eq!(kept.participants[0].participant, None);
    assert_eq!(kept.participants[0].name, "Tablet");
    assert_eq!(participant_id(&kept.participants[1]), home.chess);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn journals_are_written_listed_and_private() {
    let app = spawn().await;
    let home = home_of(&app, "ada@example.com").await;
    record_usage(&app, &home, day(DAY), chrono_tz::UTC).await;
    let calls = Calls::new(&app, &home.token);
    let write = |author: pb::Participant, day: &str, mood: pb::Mood| pb::GenerateJournalRequest {
        author: Some(author),
        day: day.into(),
        mood: mood as i32,
    };

    let phone = calls
        .write_journal(write(on_device(&home.phone), DAY, pb::Mood::Unspecified))
        .await
        .unwrap();
    assert!(phone.text.starts_with("Dear diary,"), "{}", phone.text);
    assert_eq!(phone.day, DAY);
    assert_eq!(phone.mood, pb::Mood::Humorous as i32, "no preferred moods: humorous");
    let author = phone.author.clone().unwrap();
    assert_eq!(
        (participant_id(&author), author.name.as_str()),
        (home.phone.as_str(), "Phone")
    );
    assert_eq!(phone.facts[0], "screen time was 2h 5m, down 58% on the day before");
    assert!(
        phone.facts.contains(&"\"Instagram\" was opened 48 times".to_owned()),
        "{:?}",
        phone.facts
    );
    assert_eq!(phone.generation.as_ref().unwrap().provider, "offline");

    let notes = calls
        .write_journal(write(on_app(&home.notes), DAY, pb::Mood::Philosophical))
        .await
        .unwrap();
    assert_eq!(notes.mood, pb::Mood::Philosophical as i32);
    assert_eq!(notes.author.as_ref().unwrap().personality, "productive");
    assert_eq!(
        notes.facts,
        [
            "\"Scribbles\" was used for 30m over 1 session",
            "\"Scribbles\" was opened 3 times",
            "\"Scribbles\" was number 2 among the apps on its device",
        ]
    );
    let chess = calls
        .write_journal(write(on_app(&home.chess), "2026-11-09", pb::Mood::Unspecified))
        .await
        .unwrap();
    assert_eq!(chess.facts, ["\"Chess\" was not opened at all"]);

    // Newest first, by author, a page at a time.
    let all = calls.journals(Default::default()).await.unwrap();
    assert_eq!(all.journals, [chess.clone(), notes.clone(), phone.clone()]);
    let by_notes = pb::ListJournalsRequest {
        author: Some(on_app(&home.notes)),
        ..Default::default()
    };
    assert_eq!(
        calls.journals(by_notes.clone()).await.unwrap().journals,
        std::slice::from_ref(&notes)
    );
    let first = pb::ListJournalsRequest {
        page_size: 2,
        ..Default::default()
    };
    let first = calls.journals(first).await.unwrap();
    assert_eq!(first.journals, [chess, notes.clone()]);
    let second = pb::ListJournalsRequest {
        page_size: 2,
        page_token: first.next_page_token,
        author: None,
    };
    let second = calls.journals(second).await.unwrap();
    assert_eq!((second.journals, second.next_page_token.as_str()), (vec![phone], ""));
    assert_eq!(calls.journal(&notes.id).await.unwrap(), notes);

    // Another user can neither read them nor write as Ada's devices.
    let eve = home_of_two(&app, "eve@example.com").await;
    let as_eve = Calls::new(&app, &eve.1);
    is_not_found(as_eve.journal(&notes.id).await, "JOURNAL_NOT_FOUND");
    let as_ada_phone = write(on_device(&home.phone), "", pb::Mood::Gossipy);
    is_not_found(as_eve.write_journal(as_ada_phone).await, "PARTICIPANT_NOT_FOUND");
    is_not_found(as_eve.journals(by_notes).await, "PARTICIPANT_NOT_FOUND");
    assert!(as_eve.journals(Default::default()).await.unwrap().journals.is_empty());
    assert_eq!(count(&app, "SELECT count(*) FROM journals").await, 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generations_past_the_hourly_limit_are_resource_exhausted() {
    let app = spawn_with(|c| c.ai.max_per_hour = 1).await;
    let home = home_of(&app, "ada@example.com").await;
    let cast = || request(vec![on_device(&home.phone), on_app(&home.instagram)]);
    generate(&app, &home.token, cast()).await;
    wait_for_count(&app, "SELECT count(*) FROM ai_generations WHERE outcome = 'ok'", 1).await;

    let status = try_generate(&app, &home.token, cast()).await.unwrap_err();
    assert_eq!(status.code(), Code::ResourceExhausted);
    assert_eq!(reason(&status), "AI_RATE_LIMITED");
    let status = Calls::new(&app, &home.token)
        .write_journal(phone_journal(&home))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::ResourceExhausted);
    assert_eq!(count(&app, "SELECT count(*) FROM conversations").await, 1);
    assert_eq!(count(&app, "SELECT count(*) FROM journals").await, 0);

    // The limit is per user.
    let bob = home_of_two(&app, "bob@example.com").await;
    generate(&app, &bob.1, request_of(&bob)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_goes_away_mid_generation_leaves_nothing_stored() {
    let app = TestApp::spawn_with(|c| c.ai.offline_chunk_delay = Duration::from_millis(30)).await;
    let home = home_of(&app, "ada@example.com").await;
    let request = request(vec![on_device(&home.phone), on_app(&home.notes)]);
    let mut stream = client(&app)
        .generate_conversation(authed(request, &home.token))
        .await
        .unwrap()
        .into_inner();
    let first = stream.message().await.unwrap().unwrap();
    assert!(matches!(first.event, Some(Event::Line(_))));
    drop(stream);
    // The generation stops and is recorded as cancelled; no conversation.
    wait_for_count(
        &app,
        "SELECT count(*) FROM ai_generations WHERE outcome = 'cancelled'",
        1,
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(count(&app, "SELECT count(*) FROM conversations").await, 0);
    assert_eq!(count(&app, "SELECT count(*) FROM conversation_lines").await, 0);
}

/// Splits a gRPC-Web body into its frames: (is trailers, payload).
fn web_frames(mut body: &[u8]) -> Vec<(bool, Vec<u8>)> {
    let mut frames = Vec::new();
    while body.len() >= 5 {
        let len = u32::from_be_bytes(body[1..5].try_into().unwrap()) as usize;
        frames.push((body[0] & 0x80 != 0, body[5..5 + len].to_vec()));
        body = &body[5 + len..];
    }
    frames
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generation_streams_over_grpc_web() {
    use prost::Message;
    let app = spawn().await;
    let home = home_of(&app, "ada@example.com").await;
    let body = grpc_web_frame(&request(vec![on_device(&home.phone), on_app(&home.instagram)]));
    let response = reqwest::Client::builder()
        .http1_only()
        .build()
        .unwrap()
        .post(format!(
            "http://{}/kith.conversations.v1.ConversationService/GenerateConversation",
            app.addr
        ))
        .header("origin", "http://localhost:5173")
        .header("content-type", "application/grpc-web+proto")
        .header("x-grpc-web", "1")
        .header("authorization", format!("Bearer {}", home.token))
        .body(body)
        .send()
        .await
        .unwrap();
    let body = response.bytes().await.unwrap();
    let (last, trailers) = grpc_web_parse(&body);
    assert!(trailers.contains("grpc-status:0"), "{trailers}");
    let messages: Vec<pb::GenerateConversationResponse> = web_frames(&body)
        .into_iter()
        .filter(|(is_trailers, _)| !is_trailers)
        .map(|(_, data)| pb::GenerateConversationResponse::decode(data.as_slice()).unwrap())
        .collect();
    assert!(messages.len() >= 7, "six lines or more, then the conversation");
    let lines: Vec<pb::Line> = messages
        .iter()
        .filter_map(|m| match &m.event {
            Some(Event::Line(line)) => Some(line.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(lines.len(), messages.len() - 1);
    let Some(Event::Conversation(conversation)) =
        pb::GenerateConversationResponse::decode(last.as_slice()).unwrap().event
    else {
        panic!("the last frame is the conversation");
    };
    assert_eq!(conversation.lines, lines);
}

/// A fake OpenAI-compatible provider answering every call with `events` as
/// server-sent events.
async fn fake_provider(events: &[String]) -> String {
    let body: String = events.iter().map(|e| format!("data: {e}\n\n")).collect();
    let (addr, _) = fake_http_server(body).await;
    format!("http://{addr}/v1")
}

fn delta(text: &str) -> String {
    serde_json::json!({"choices": [{"delta": {"content": text}}]}).to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_models_stray_formatting_is_read_line_by_line() {
    let usage = serde_json::json!({"choices": [], "usage": {"prompt_tokens": 1200, "completion_tokens": 300}});
    let events = [
        delta("**Phone:** Did you see"),
        delta(" the numbers?\n\n- **Insta**: *sighs* Yes"),
        delta(".\n2. phone: Two hours!\nThe end."),
        delta("\nNarrator: Fin"),
        usage.to_string(),
        "[DONE]".to_owned(),
    ];
    let base_url = fake_provider(&events).await;
    let app = spawn_with(|c| {
        c.ai.base_url = Some(base_url);
        c.ai.model = "gpt-4o-mini".into();
    })
    .await;
    let (user, session) = app.register("ada@example.com").await;
    let phone = device_with(&app, &user.id, "Phone", "snarky", true).await;
    let insta = device_app(
        &app,
        &session.access_token,
        &phone,
        "com.instagram.android",
        "Instagram",
        apps_pb::AppCategory::Social,
        "Insta",
    )
    .await;
    let (lines, conversation) = try_generate(
        &app,
        &session.access_token,
        request(vec![on_device(&phone), on_app(&insta)]),
    )
    .await
    .unwrap();
    let said: Vec<(i32, &str, &str)> = lines
        .iter()
        .map(|l| (l.index, l.speaker.as_str(), l.text.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            (0, "Phone", "Did you see the numbers?"),
            (1, "Insta", "*sighs* Yes."),
            (2, "Phone", "Two hours!"),
            (3, "Narrator", "Fin"),
        ]
    );
    assert_eq!(conversation.lines, lines);
    let generation = conversation.generation.unwrap();
    assert_eq!(generation.provider, "openai-compatible");
    assert_eq!(generation.model, "gpt-4o-mini");
    assert_eq!((generation.prompt_tokens, generation.completion_tokens), (1200, 300));
    assert!((generation.cost_usd - (1200.0 * 0.15 + 300.0 * 0.60) / 1e6).abs() < 1e-12);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_provider_failure_ends_the_stream_unavailable_and_stores_nothing() {
    // Down before the first line: the call itself fails.
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base_url = format!("http://{}/v1", closed.local_addr().unwrap());
    drop(closed);
    let app = spawn_with(|c| {
        c.ai.base_url = Some(base_url);
        c.ai.retries = 0;
    })
    .await;
    let home = home_of(&app, "ada@example.com").await;
    let cast = || request(vec![on_device(&home.phone), on_app(&home.instagram)]);
    let status = try_generate(&app, &home.token, cast()).await.unwrap_err();
    assert_eq!(status.code(), Code::Unavailable);
    assert_eq!(reason(&status), "AI_UNAVAILABLE");
    let status = Calls::new(&app, &home.token)
        .write_journal(phone_journal(&home))
        .await
        .unwrap_err();
    assert_eq!(reason(&status), "AI_UNAVAILABLE");
    drop(app);

    // Broken after a line: the line arrives, then the stream ends.
    let events = [delta("Phone: hello\n"), "{not json".to_owned()];
    let base_url = fake_provider(&events).await;
    let app = spawn_with(|c| c.ai.base_url = Some(base_url)).await;
    let home = home_of(&app, "ada@example.com").await;
    let mut stream = client(&app)
        .generate_conversation(authed(cast_of(&home), &home.token))
        .await
        .unwrap()
        .into_inner();
    let first = stream.message().await.unwrap().unwrap();
    assert!(matches!(first.event, Some(Event::Line(ref l)) if l.text == "hello"));
    let status = stream.message().await.unwrap_err();
    assert_eq!(status.code(), Code::Unavailable);
    assert_eq!(reason(&status), "AI_UNAVAILABLE");
    assert_eq!(count(&app, "SELECT count(*) FROM conversations").await, 0);

    // Text that is no conversation at all is the provider's fault too.
    let events = [delta("I'm sorry, I can't help with that."), "[DONE]".to_owned()];
    let base_url = fake_provider(&events).await;
    let app = spawn_with(|c| c.ai.base_url = Some(base_url)).await;
    let home = home_of(&app, "ada@example.com").await;
    let status = try_generate(&app, &home.token, cast_of(&home)).await.unwrap_err();
    assert_eq!(status.code(), Code::Unavailable);
    assert_eq!(count(&app, "SELECT count(*) FROM conversations").await, 0);
}

fn phone_journal(home: &Home) -> pb::GenerateJournalRequest {
    pb::GenerateJournalRequest {
        author: Some(on_device(&home.phone)),
        ..Default::default()
    }
}

fn cast_of(home: &Home) -> pb::GenerateConversationRequest {
    request(vec![on_device(&home.phone), on_app(&home.instagram)])
}
