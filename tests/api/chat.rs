//! Chat threads and SendMessage through the real server: the offline
//! generator, and an OpenAI-compatible provider played by the fake server.

use std::time::Duration;

use kith::proto::chat::v1 as pb;
use pb::chat_service_client::ChatServiceClient;
use pb::send_message_response::Event;
use tonic::transport::Channel;
use tonic::{Code, Status};

use crate::fake_openai::{cut_chunks, FakeOpenAi, Reply};
use crate::harness::{authed, device_with, grpc_web_frame, reason, violated_fields, TestApp};

fn chat(app: &TestApp) -> ChatServiceClient<Channel> {
    ChatServiceClient::new(app.channel.clone())
}

/// An app on `device_id` with an hour of use yesterday; returns the device app's id.
async fn device_app(app: &TestApp, user_id: &str, device_id: &str, name: &str) -> String {
    let id = uuid::Uuid::now_v7().to_string();
    let bundle = format!("com.example.{}", name.to_lowercase());
    app.sql()
        .await
        .batch_execute(&format!(
            "INSERT INTO apps (id, bundle_id, name, category, default_personality)
             VALUES (gen_random_uuid(), '{bundle}', '{name}', 'social', 'social_butterfly');
             INSERT INTO device_apps (id, user_id, device_id, app_id)
             SELECT '{id}', '{user_id}', '{device_id}', id FROM apps WHERE bundle_id = '{bundle}';
             INSERT INTO app_sessions (user_id, device_id, started_at, app_id, duration_ms, launches, notifications)
             SELECT '{user_id}', '{device_id}', now() - interval '1 day', id, 3600000, 4, 2 FROM apps WHERE bundle_id = '{bundle}';"
        ))
        .await
        .unwrap();
    id
}

fn on_device(device_id: &str) -> Option<pb::Counterpart> {
    Some(pb::Counterpart {
        counterpart: Some(pb::counterpart::Counterpart::DeviceId(device_id.into())),
        ..Default::default()
    })
}

async fn create_thread(app: &TestApp, token: &str, counterpart: Option<pb::Counterpart>) -> pb::Thread {
    let request = pb::CreateThreadRequest {
        counterpart,
        ..Default::default()
    };
    chat(app)
        .create_thread(authed(request, token))
        .await
        .expect("create thread")
        .into_inner()
        .thread
        .unwrap()
}

/// A user with a device and a thread with it: (token, device id, thread).
async fn user_with_thread(app: &TestApp, email: &str) -> (String, String, pb::Thread) {
    let (user, session) = app.register(email).await;
    let phone = device_with(app, &user.id, "Pixel", "snarky", false).await;
    let thread = create_thread(app, &session.access_token, on_device(&phone)).await;
    (session.access_token, phone, thread)
}

fn send_request(thread_id: &str, text: &str, request_id: &str) -> pb::SendMessageRequest {
    pb::SendMessageRequest {
        thread_id: thread_id.into(),
        text: text.into(),
        request_id: request_id.into(),
    }
}

/// Every event of a SendMessage call, and the status it ended with if not OK.
async fn send(app: &TestApp, token: &str, request: pb::SendMessageRequest) -> (Vec<Event>, Option<Status>) {
    let mut stream = match chat(app).send_message(authed(request, token)).await {
        Ok(response) => response.into_inner(),
        Err(status) => return (Vec::new(), Some(status)),
    };
    let mut events = Vec::new();
    loop {
        match stream.message().await {
            Ok(Some(message)) => events.push(message.event.expect("an event")),
            Ok(None) => return (events, None),
            Err(status) => return (events, Some(status)),
        }
    }
}

fn chunks(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Chunk(text) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

fn reply_of(events: &[Event]) -> pb::Message {
    match events.last() {
        Some(Event::Reply(reply)) => reply.clone(),
        other => panic!("the last event is not the reply: {other:?}"),
    }
}

fn user_message_of(events: &[Event]) -> pb::Message {
    match events.first() {
        Some(Event::UserMessage(message)) => message.clone(),
        other => panic!("the first event is not the user's message: {other:?}"),
    }
}

async fn messages(app: &TestApp, token: &str, thread_id: &str) -> Vec<pb::Message> {
    let request = pb::ListMessagesRequest {
        thread_id: thread_id.into(),
        page_size: 500,
        ..Default::default()
    };
    chat(app)
        .list_messages(authed(request, token))
        .await
        .unwrap()
        .into_inner()
        .messages
}

async fn get_thread(app: &TestApp, token: &str, thread_id: &str) -> Result<pb::Thread, Status> {
    let request = pb::GetThreadRequest {
        thread_id: thread_id.into(),
    };
    Ok(chat(app)
        .get_thread(authed(request, token))
        .await?
        .into_inner()
        .thread
        .unwrap())
}

/// Every thread id, following page tokens with `page_size`.
async fn all_thread_ids(app: &TestApp, token: &str, page_size: i32) -> Vec<String> {
    let (mut ids, mut page_token) = (Vec::new(), String::new());
    loop {
        let request = pb::ListThreadsRequest {
            page_size,
            page_token: page_token.clone(),
        };
        let page = chat(app)
            .list_threads(authed(request, token))
            .await
            .unwrap()
            .into_inner();
        assert!(page.threads.len() <= page_size as usize);
        ids.extend(page.threads.into_iter().map(|t| t.id));
        if page.next_page_token.is_empty() {
            return ids;
        }
        page_token = page.next_page_token;
    }
}

/// Messages of every thread.
async fn stored_messages(app: &TestApp) -> i64 {
    let row = app
        .sql()
        .await
        .query_one("SELECT count(*) FROM chat_messages", &[])
        .await;
    row.unwrap().get(0)
}

async fn generations(app: &TestApp) -> Vec<(String, String, String, i32, i32, f64, String)> {
    app.sql()
        .await
        .query(
            "SELECT purpose, provider, model, prompt_tokens, completion_tokens, cost_usd, outcome
             FROM ai_generations ORDER BY created_at",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6)))
        .collect()
}

#[tokio::test]
async fn threads_are_created_listed_read_and_deleted() {
    let app = TestApp::spawn_with(|c| c.ai.offline_chunk_delay = Duration::ZERO).await;
    let (user, session) = app.register("ada@example.com").await;
    let token = &session.access_token;
    let phone = device_with(&app, &user.id, "Pixel", "gen_z", false).await;
    let instagram = device_app(&app, &user.id, &phone, "Instagram").await;

    let request = pb::CreateThreadRequest {
        counterpart: on_device(&phone),
        title: "  late nights  ".into(),
        request_id: "thread-1".into(),
    };
    let first = chat(&app)
        .create_thread(authed(request.clone(), token))
        .await
        .unwrap()
        .into_inner()
        .thread
        .unwrap();
    let counterpart = first.counterpart.clone().unwrap();
    assert_eq!(
        (counterpart.name.as_str(), counterpart.personality.as_str()),
        ("Pixel", "gen_z")
    );
    assert_eq!(first.title, "late nights");
    assert_eq!(first.message_count, 0);
    let again = chat(&app)
        .create_thread(authed(request, token))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        again.thread.unwrap().id,
        first.id,
        "the request_id makes a retry return the first thread"
    );

    let with_app = create_thread(
        &app,
        token,
        Some(pb::Counterpart {
            counterpart: Some(pb::counterpart::Counterpart::DeviceAppId(instagram.clone())),
            ..Default::default()
        }),
    )
    .await;
    let counterpart = with_app.counterpart.unwrap();
    assert_eq!(
        counterpart.counterpart,
        Some(pb::counterpart::Counterpart::DeviceAppId(instagram))
    );
    assert_eq!(
        (counterpart.name.as_str(), counterpart.personality.as_str()),
        ("Instagram", "social_butterfly")
    );
    let third = create_thread(&app, token, on_device(&phone)).await;

    // Most recently active first: a message moves a thread to the top.
    assert_eq!(
        all_thread_ids(&app, token, 50).await,
        [third.id.as_str(), &with_app.id, &first.id]
    );
    let (events, status) = send(&app, token, send_request(&first.id, "hello?", "")).await;
    assert!(status.is_none(), "{status:?}");
    assert_eq!(
        all_thread_ids(&app, token, 1).await,
        [first.id.as_str(), &third.id, &with_app.id]
    );
    let read = get_thread(&app, token, &first.id).await.unwrap();
    assert_eq!(read.message_count, 2);
    let seconds = |t: &pb::Thread| t.update_time.as_ref().map(|ts| (ts.seconds, ts.nanos));
    assert!(seconds(&read) > seconds(&first));
    assert_eq!(reply_of(&events).thread_id, first.id);

    chat(&app)
        .delete_thread(authed(
            pb::DeleteThreadRequest {
                thread_id: first.id.clone(),
            },
            token,
        ))
        .await
        .unwrap();
    let gone = get_thread(&app, token, &first.id).await.unwrap_err();
    assert_eq!(
        (gone.code(), reason(&gone).as_str()),
        (Code::NotFound, "CHAT_THREAD_NOT_FOUND")
    );
    assert_eq!(stored_messages(&app).await, 0, "messages go with their thread");
    assert_eq!(all_thread_ids(&app, token, 50).await, [third.id.as_str(), &with_app.id]);
}

#[tokio::test]
async fn another_users_threads_and_counterparts_are_not_found() {
    let app = TestApp::spawn_with(|c| c.ai.offline_chunk_delay = Duration::ZERO).await;
    let (_, phone, thread) = user_with_thread(&app, "ada@example.com").await;
    let (eve, eve_session) = app.register("eve@example.com").await;
    let eve_token = &eve_session.access_token;
    let not_found = |result: Result<(), Status>, what: &str| {
        let status = result.expect_err(what);
        assert_eq!(status.code(), Code::NotFound, "{what}: {status:?}");
    };

    let request = pb::GetThreadRequest {
        thread_id: thread.id.clone(),
    };
    not_found(
        chat(&app).get_thread(authed(request, eve_token)).await.map(drop),
        "GetThread",
    );
    let request = pb::ListMessagesRequest {
        thread_id: thread.id.clone(),
        ..Default::default()
    };
    not_found(
        chat(&app).list_messages(authed(request, eve_token)).await.map(drop),
        "ListMessages",
    );
    let (events, status) = send(&app, eve_token, send_request(&thread.id, "hi", "")).await;
    assert!(events.is_empty());
    not_found(status.map_or(Ok(()), Err), "SendMessage");
    let request = pb::DeleteThreadRequest {
        thread_id: thread.id.clone(),
    };
    not_found(
        chat(&app).delete_thread(authed(request, eve_token)).await.map(drop),
        "DeleteThread",
    );
    let request = pb::CreateThreadRequest {
        counterpart: on_device(&phone),
        ..Default::default()
    };
    let status = chat(&app).create_thread(authed(request, eve_token)).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status).as_str()),
        (Code::NotFound, "COUNTERPART_NOT_FOUND")
    );
    let eves_phone = device_with(&app, &eve.id, "Eve's phone", "chaotic", false).await;
    create_thread(&app, eve_token, on_device(&eves_phone)).await;
    assert_eq!(
        all_thread_ids(&app, eve_token, 50).await.len(),
        1,
        "only her own thread"
    );
    assert_eq!(stored_messages(&app).await, 0, "nothing was written into Ada's thread");
}

#[tokio::test]
async fn send_message_streams_chunks_then_the_stored_reply() {
    let app = TestApp::spawn_with(|c| c.ai.offline_chunk_delay = Duration::ZERO).await;
    let (token, _, thread) = user_with_thread(&app, "ada@example.com").await;

    let (events, status) = send(&app, &token, send_request(&thread.id, "  Why am I so tired?  ", "")).await;
    assert!(status.is_none(), "{status:?}");
    let user = user_message_of(&events);
    assert_eq!(user.text, "Why am I so tired?");
    assert_eq!(
        (user.author(), user.state()),
        (pb::Author::User, pb::MessageState::Complete)
    );
    let chunks = chunks(&events);
    assert!(chunks.len() >= 3, "several chunks: {chunks:?}");
    assert_eq!(events.len(), chunks.len() + 2);
    let reply = reply_of(&events);
    assert_eq!(reply.text, chunks.concat());
    assert!(reply.text.contains("tired"), "answers what was asked: {}", reply.text);
    assert_eq!(
        (reply.author(), reply.state()),
        (pb::Author::Counterpart, pb::MessageState::Complete)
    );
    assert!(reply.prompt_tokens > 0 && reply.completion_tokens > 0, "{reply:?}");

    let stored = messages(&app, &token, &thread.id).await;
    assert_eq!(stored, [reply.clone(), user], "stored, newest first");
    let generations = generations(&app).await;
    assert_eq!(generations.len(), 1);
    let (purpose, provider, _, prompt, completion, _, outcome) = &generations[0];
    assert_eq!(
        (purpose.as_str(), provider.as_str(), outcome.as_str()),
        ("chat", "offline", "ok")
    );
    assert_eq!((*prompt, *completion), (reply.prompt_tokens, reply.completion_tokens));
}

#[tokio::test]
async fn a_retry_with_the_same_request_id_does_not_store_the_message_twice() {
    let app = TestApp::spawn_with(|c| c.ai.offline_chunk_delay = Duration::ZERO).await;
    let (token, _, thread) = user_with_thread(&app, "ada@example.com").await;

    let (first, _) = send(&app, &token, send_request(&thread.id, "Hello phone", "msg-1")).await;
    let (again, status) = send(&app, &token, send_request(&thread.id, "Hello phone", "msg-1")).await;
    assert!(status.is_none(), "{status:?}");
    assert_eq!(user_message_of(&again), user_message_of(&first));
    assert_eq!(
        reply_of(&again),
        reply_of(&first),
        "the complete reply is returned, not written again"
    );
    assert_eq!(messages(&app, &token, &thread.id).await.len(), 2);
    assert_eq!(generations(&app).await.len(), 1);

    let (other, _) = send(&app, &token, send_request(&thread.id, "Hello phone", "msg-2")).await;
    assert_ne!(user_message_of(&other).id, user_message_of(&first).id);
    assert_eq!(messages(&app, &token, &thread.id).await.len(), 4);
}

/// Polls until the newest message is a reply that is no longer being written.
async fn settled_reply(app: &TestApp, token: &str, thread_id: &str) -> pb::Message {
    for _ in 0..100 {
        let newest = messages(app, token, thread_id).await.into_iter().next();
        if let Some(reply) = newest.filter(|m| m.state() != pb::MessageState::Unspecified) {
            return reply;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the reply never settled");
}

#[tokio::test]
async fn a_cancelled_reply_is_stored_as_cut_off() {
    let app = TestApp::spawn_with(|c| c.ai.offline_chunk_delay = Duration::from_millis(50)).await;
    let (token, _, thread) = user_with_thread(&app, "ada@example.com").await;

    let request = send_request(&thread.id, "Tell me about my week", "slow-1");
    let mut stream = chat(&app)
        .send_message(authed(request, &token))
        .await
        .unwrap()
        .into_inner();
    let user = stream.message().await.unwrap().unwrap().event.unwrap();
    assert!(matches!(user, Event::UserMessage(_)), "{user:?}");
    let Some(Event::Chunk(first_chunk)) = stream.message().await.unwrap().unwrap().event else {
        panic!("a chunk follows the user's message");
    };
    drop(stream);

    let cut = settled_reply(&app, &token, &thread.id).await;
    assert_eq!(cut.state(), pb::MessageState::CutOff);
    assert!(cut.text.starts_with(&first_chunk), "{cut:?}");
    // The gateway completes an abandoned generation's row in the background.
    let mut outcomes = Vec::new();
    for _ in 0..100 {
        outcomes = generations(&app).await.into_iter().map(|g| g.6).collect::<Vec<_>>();
        if !outcomes.is_empty() && !outcomes.iter().any(|o| o == "pending") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(outcomes, ["cancelled"]);

    // The same message again: the reply is written in full, and what was
    // stored before is where it was cut.
    let (events, status) = send(
        &app,
        &token,
        send_request(&thread.id, "Tell me about my week", "slow-1"),
    )
    .await;
    assert!(status.is_none(), "{status:?}");
    let full = reply_of(&events);
    assert_eq!(full.state(), pb::MessageState::Complete);
    assert!(
        full.text.starts_with(&cut.text) && full.text.len() > cut.text.len(),
        "{:?} is a prefix of {:?}",
        cut.text,
        full.text
    );
    assert_eq!(
        messages(&app, &token, &thread.id).await.len(),
        3,
        "one user message, two replies"
    );
}

#[tokio::test]
async fn a_retry_while_the_first_reply_is_written_is_aborted() {
    let app = TestApp::spawn_with(|c| c.ai.offline_chunk_delay = Duration::from_millis(30)).await;
    let (token, _, thread) = user_with_thread(&app, "ada@example.com").await;

    let request = send_request(&thread.id, "Are you there?", "retry-1");
    let mut first = chat(&app)
        .send_message(authed(request.clone(), &token))
        .await
        .unwrap()
        .into_inner();
    first.message().await.unwrap(); // the user's message: the reply is being written
    let (events, status) = send(&app, &token, request.clone()).await;
    let status = status.expect("the retry is refused");
    assert!(events.is_empty());
    assert_eq!(
        (status.code(), reason(&status).as_str()),
        (Code::Aborted, "REPLY_IN_PROGRESS")
    );

    let mut reply = None;
    while let Some(message) = first.message().await.unwrap() {
        if let Some(Event::Reply(r)) = message.event {
            reply = Some(r);
        }
    }
    let (again, status) = send(&app, &token, request).await;
    assert!(status.is_none(), "{status:?}");
    assert_eq!(Some(reply_of(&again)), reply, "once written, the retry gets it");
}

/// Every message of a gRPC-Web response body, and its trailers.
fn grpc_web_messages(mut body: &[u8]) -> (Vec<Vec<u8>>, String) {
    let (mut messages, mut trailers) = (Vec::new(), String::new());
    while body.len() >= 5 {
        let len = u32::from_be_bytes(body[1..5].try_into().unwrap()) as usize;
        let data = &body[5..5 + len];
        if body[0] & 0x80 != 0 {
            trailers = String::from_utf8_lossy(data).into_owned();
        } else {
            messages.push(data.to_vec());
        }
        body = &body[5 + len..];
    }
    (messages, trailers)
}

#[tokio::test]
async fn send_message_works_over_grpc_web() {
    use prost::Message;
    let app = TestApp::spawn_with(|c| c.ai.offline_chunk_delay = Duration::ZERO).await;
    let (token, _, thread) = user_with_thread(&app, "ada@example.com").await;
    let response = reqwest::Client::builder()
        .http1_only()
        .build()
        .unwrap()
        .post(format!("http://{}/kith.chat.v1.ChatService/SendMessage", app.addr))
        .header("origin", "http://localhost:5173")
        .header("content-type", "application/grpc-web+proto")
        .header("x-grpc-web", "1")
        .header("authorization", format!("Bearer {token}"))
        .body(grpc_web_frame(&send_request(&thread.id, "hi from the browser", "")))
        .send()
        .await
        .unwrap();
    let (frames, trailers) = grpc_web_messages(&response.bytes().await.unwrap());
    assert!(trailers.contains("grpc-status:0"), "{trailers}");
    let events: Vec<Event> = frames
        .iter()
        .map(|f| pb::SendMessageResponse::decode(f.as_slice()).unwrap().event.unwrap())
        .collect();
    assert_eq!(user_message_of(&events).text, "hi from the browser");
    assert!(chunks(&events).len() >= 3);
    assert_eq!(reply_of(&events).text, chunks(&events).concat());
}

#[tokio::test]
async fn bad_input_names_the_fields() {
    let app = TestApp::spawn().await;
    let (token, _, thread) = user_with_thread(&app, "ada@example.com").await;
    let token = &token;

    let request = pb::CreateThreadRequest {
        counterpart: None,
        title: "t".repeat(201),
        request_id: "r".repeat(101),
    };
    let status = chat(&app).create_thread(authed(request, token)).await.unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&status), ["counterpart", "title", "request_id"]);
    let request = pb::CreateThreadRequest {
        counterpart: Some(pb::Counterpart {
            counterpart: Some(pb::counterpart::Counterpart::DeviceAppId("nope".into())),
            ..Default::default()
        }),
        ..Default::default()
    };
    let status = chat(&app).create_thread(authed(request, token)).await.unwrap_err();
    assert_eq!(violated_fields(&status), ["counterpart.device_app_id"]);

    let texts = [
        (String::new(), true),
        ("   ".to_owned(), true),
        ("x".repeat(4001), true),
        ("é".repeat(4000), false),
    ];
    for (text, field_error) in texts {
        let (_, status) = send(&app, token, send_request(&thread.id, &text, "")).await;
        match (status, field_error) {
            (Some(status), true) => assert_eq!(violated_fields(&status), ["text"]),
            (None, false) => {}
            (status, _) => panic!("{} characters: {status:?}", text.chars().count()),
        }
    }
    let (_, status) = send(&app, token, send_request("not-a-uuid", "", &"r".repeat(101))).await;
    assert_eq!(violated_fields(&status.unwrap()), ["thread_id", "text", "request_id"]);

    let request = pb::ListThreadsRequest {
        page_size: -1,
        page_token: "forged".into(),
    };
    let status = chat(&app).list_threads(authed(request, token)).await.unwrap_err();
    assert_eq!(violated_fields(&status), ["page_size", "page_token"]);
    let request = pb::ListMessagesRequest {
        thread_id: String::new(),
        page_size: 0,
        page_token: "forged".into(),
    };
    let status = chat(&app).list_messages(authed(request, token)).await.unwrap_err();
    assert_eq!(violated_fields(&status), ["thread_id", "page_token"]);
    let request = pb::DeleteThreadRequest { thread_id: "x".into() };
    let status = chat(&app).delete_thread(authed(request, token)).await.unwrap_err();
    assert_eq!(violated_fields(&status), ["thread_id"]);
}

#[tokio::test]
async fn messages_page_newest_first_with_tokens_bound_to_the_thread() {
    let app = TestApp::spawn_with(|c| c.ai.offline_chunk_delay = Duration::ZERO).await;
    let (token, phone, thread) = user_with_thread(&app, "ada@example.com").await;
    for i in 0..3 {
        send(&app, &token, send_request(&thread.id, &format!("message {i}"), "")).await;
    }
    let all = messages(&app, &token, &thread.id).await;
    assert_eq!(all.len(), 6);
    assert!(all.windows(2).all(|w| w[0].id > w[1].id), "newest first");
    let (mut paged, mut page_token) = (Vec::new(), String::new());
    loop {
        let request = pb::ListMessagesRequest {
            thread_id: thread.id.clone(),
            page_size: 4,
            page_token,
        };
        let page = chat(&app)
            .list_messages(authed(request, &token))
            .await
            .unwrap()
            .into_inner();
        paged.extend(page.messages);
        if page.next_page_token.is_empty() {
            break;
        }
        page_token = page.next_page_token;
        // A token of this thread is refused for another.
        let other = create_thread(&app, &token, on_device(&phone)).await;
        let request = pb::ListMessagesRequest {
            thread_id: other.id,
            page_size: 4,
            page_token: page_token.clone(),
        };
        let status = chat(&app).list_messages(authed(request, &token)).await.unwrap_err();
        assert_eq!(violated_fields(&status), ["page_token"]);
    }
    assert_eq!(paged, all);
}

#[tokio::test]
async fn the_ai_limit_is_resource_exhausted_and_stores_nothing() {
    let app = TestApp::spawn_with(|c| {
        c.ai.offline_chunk_delay = Duration::ZERO;
        c.ai.max_per_hour = 1;
    })
    .await;
    let (token, _, thread) = user_with_thread(&app, "ada@example.com").await;
    let (_, status) = send(&app, &token, send_request(&thread.id, "one", "")).await;
    assert!(status.is_none());
    let (events, status) = send(&app, &token, send_request(&thread.id, "two", "")).await;
    let status = status.unwrap();
    assert!(events.is_empty());
    assert_eq!(
        (status.code(), reason(&status).as_str()),
        (Code::ResourceExhausted, "AI_RATE_LIMITED")
    );
    assert_eq!(messages(&app, &token, &thread.id).await.len(), 2);
}

// Through an OpenAI-compatible provider: the fake server.

async fn app_with_provider(fake: &FakeOpenAi, customise: impl FnOnce(&mut kith::config::Config)) -> TestApp {
    let base_url = fake.base_url();
    TestApp::spawn_with(|c| {
        c.ai.base_url = Some(base_url);
        c.ai.api_key = Some("sk-test".into());
        c.ai.timeout = Duration::from_millis(500);
        c.ai.retries = 1;
        customise(c);
    })
    .await
}

#[tokio::test]
async fn a_provider_stream_reaches_the_client_and_is_accounted() {
    let fake = FakeOpenAi::start([Reply::Stream {
        chunks: vec!["Oh, ".into(), "wonderful. ".into(), "Another question.".into()],
        usage: (1200, 300),
        delay: Duration::from_millis(5),
    }])
    .await;
    let app = app_with_provider(&fake, |_| {}).await;
    let (token, _, thread) = user_with_thread(&app, "ada@example.com").await;

    let (events, status) = send(&app, &token, send_request(&thread.id, "Am I on my phone too much?", "")).await;
    assert!(status.is_none(), "{status:?}");
    assert_eq!(chunks(&events), ["Oh, ", "wonderful. ", "Another question."]);
    let reply = reply_of(&events);
    assert_eq!(reply.text, "Oh, wonderful. Another question.");
    assert_eq!((reply.prompt_tokens, reply.completion_tokens), (1200, 300));

    let generations = generations(&app).await;
    let (_, provider, model, prompt, completion, cost, outcome) = &generations[0];
    assert_eq!(
        (
            provider.as_str(),
            model.as_str(),
            *prompt,
            *completion,
            outcome.as_str()
        ),
        ("openai-compatible", "gpt-4o-mini", 1200, 300, "ok")
    );
    let expected = (1200.0 * 0.15 + 300.0 * 0.60) / 1_000_000.0;
    assert!((cost - expected).abs() < 1e-12, "{cost} vs {expected}");

    let received = fake.requests();
    assert_eq!(received.len(), 1);
    let request = &received[0];
    assert_eq!(request.path, "/v1/chat/completions");
    assert_eq!(request.authorization.as_deref(), Some("Bearer sk-test"));
    assert_eq!(request.model(), "gpt-4o-mini");
    assert!(request.streamed());
    let prompt = request.messages();
    assert_eq!(prompt[0].0, "system");
    assert!(
        prompt[0].1.starts_with("You are \"Pixel\", their smartphone"),
        "{}",
        prompt[0].1
    );
    assert!(prompt[0].1.contains("snarky"), "{}", prompt[0].1);
    assert_eq!(
        prompt.last().unwrap(),
        &("user".to_owned(), "Am I on my phone too much?".to_owned())
    );
}

#[tokio::test]
async fn the_prompt_carries_the_newest_history_that_fits_the_budget() {
    let fake = FakeOpenAi::start([
        Reply::stream(["a".repeat(80)]),
        Reply::stream(["b".repeat(80)]),
        Reply::stream(["c"]),
    ])
    .await;
    // Every message is 20 tokens: the newest three fit 65, a fourth does not.
    let app = app_with_provider(&fake, |c| c.chat_history_tokens = 65).await;
    let (token, _, thread) = user_with_thread(&app, "ada@example.com").await;
    for text in ["1".repeat(80), "2".repeat(80), "3".repeat(80)] {
        let (_, status) = send(&app, &token, send_request(&thread.id, &text, "")).await;
        assert!(status.is_none(), "{status:?}");
    }
    let last = fake.requests().pop().unwrap().messages();
    let roles_and_first: Vec<(String, char)> = last
        .iter()
        .skip(1)
        .map(|(role, content)| (role.clone(), content.chars().next().unwrap()))
        .collect();
    assert_eq!(last[0].0, "system");
    let expected = [("user", '2'), ("assistant", 'b'), ("user", '3')];
    assert_eq!(roles_and_first, expected.map(|(role, first)| (role.to_owned(), first)));
}

#[tokio::test]
async fn a_stream_cut_by_the_provider_fails_the_reply_with_its_partial_text() {
    let fake = FakeOpenAi::start([Reply::CutAfter(3)]).await;
    let app = app_with_provider(&fake, |_| {}).await;
    let (token, _, thread) = user_with_thread(&app, "ada@example.com").await;

    let (events, status) = send(&app, &token, send_request(&thread.id, "Hello?", "")).await;
    let status = status.expect("the stream fails");
    assert_eq!(
        (status.code(), reason(&status).as_str()),
        (Code::Unavailable, "AI_UNAVAILABLE")
    );
    assert_eq!(chunks(&events), cut_chunks(3));
    let stored = messages(&app, &token, &thread.id).await;
    assert_eq!(stored[0].state(), pb::MessageState::Failed);
    assert_eq!(stored[0].text, cut_chunks(3).concat());
    assert!(stored[0].completion_tokens > 0);
    assert_eq!(stored[1].id, user_message_of(&events).id);
    assert_eq!(generations(&app).await[0].6, "failed");
}

#[tokio::test]
async fn malformed_events_fail_the_reply() {
    let fake = FakeOpenAi::start([Reply::Malformed]).await;
    let app = app_with_provider(&fake, |_| {}).await;
    let (token, _, thread) = user_with_thread(&app, "ada@example.com").await;
    let (events, status) = send(&app, &token, send_request(&thread.id, "Hello?", "")).await;
    assert_eq!(status.unwrap().code(), Code::Unavailable);
    assert_eq!(chunks(&events), ["Hello"]);
    let reply = &messages(&app, &token, &thread.id).await[0];
    assert_eq!(
        (reply.state(), reply.text.as_str()),
        (pb::MessageState::Failed, "Hello")
    );
}

#[tokio::test]
async fn a_provider_that_does_not_answer_is_unavailable_and_nothing_is_stored() {
    let fake = FakeOpenAi::start([Reply::Hang, Reply::Status(500)]).await;
    let app = app_with_provider(&fake, |c| c.ai.timeout = Duration::from_millis(300)).await;
    let (token, _, thread) = user_with_thread(&app, "ada@example.com").await;

    for expected in ["timed out", "500"] {
        let started = std::time::Instant::now();
        let (events, status) = send(&app, &token, send_request(&thread.id, "Hello?", "same")).await;
        let status = status.expect("fails");
        assert_eq!(
            (status.code(), reason(&status).as_str()),
            (Code::Unavailable, "AI_UNAVAILABLE")
        );
        assert!(events.is_empty());
        assert!(started.elapsed() < Duration::from_secs(5));
        let errors: Vec<Option<String>> = app
            .sql()
            .await
            .query("SELECT error FROM ai_generations ORDER BY created_at DESC LIMIT 1", &[])
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert!(
            errors[0].as_deref().unwrap_or_default().contains(expected),
            "{errors:?}"
        );
    }
    assert_eq!(fake.requests().len(), 2, "a stream is not retried");
    assert!(messages(&app, &token, &thread.id).await.is_empty());
}

#[tokio::test]
async fn a_client_leaving_a_provider_stream_stores_the_reply_cut_off() {
    let fake = FakeOpenAi::start([Reply::Stream {
        chunks: (0..40).map(|i| format!("w{i} ")).collect(),
        usage: (10, 40),
        delay: Duration::from_millis(30),
    }])
    .await;
    let app = app_with_provider(&fake, |_| {}).await;
    let (token, _, thread) = user_with_thread(&app, "ada@example.com").await;
    let request = send_request(&thread.id, "Talk to me", "");
    let mut stream = chat(&app)
        .send_message(authed(request, &token))
        .await
        .unwrap()
        .into_inner();
    stream.message().await.unwrap(); // the user's message
    stream.message().await.unwrap(); // "w0 "
    drop(stream);
    let cut = settled_reply(&app, &token, &thread.id).await;
    assert_eq!(cut.state(), pb::MessageState::CutOff);
    assert!(cut.text.starts_with("w0 ") && !cut.text.contains("w39"), "{}", cut.text);
}

#[tokio::test]
async fn the_coach_talks_about_the_users_goals_check_ins_and_completion() {
    let fake = FakeOpenAi::start([
        // The goal's plan, then the coach's reply.
        Reply::Json {
            text: crate::coaching::PLAN.into(),
            usage: (10, 10),
        },
        Reply::stream(["Nice run ", "today. Stretch ", "tomorrow?"]),
    ])
    .await;
    let app = TestApp::spawn_with(|c| c.ai.base_url = Some(fake.base_url())).await;
    let (_, session) = app.register("ada@example.com").await;
    let token = session.access_token;
    crate::coaching::goal_checked_in_today(&app, &token, Some("Stretch")).await;

    let coach = Some(pb::Counterpart {
        counterpart: Some(pb::counterpart::Counterpart::Coach(true)),
        ..Default::default()
    });
    let thread = create_thread(&app, &token, coach).await;
    let shown = thread.counterpart.unwrap();
    assert_eq!(shown.counterpart, Some(pb::counterpart::Counterpart::Coach(true)));
    assert_eq!(
        (shown.name.as_str(), shown.personality.as_str()),
        ("Coach", "supportive")
    );

    let (events, status) = send(&app, &token, send_request(&thread.id, "How am I doing?", "")).await;
    assert!(status.is_none(), "{status:?}");
    assert_eq!(reply_of(&events).text, "Nice run today. Stretch tomorrow?");
    let request = &fake.requests()[1];
    assert_eq!(request.model(), "gpt-4o-mini");
    let system = &request.messages()[0].1;
    assert!(system.contains("accountability coach"), "{system}");
    assert!(system.contains(r#"goal "Run a 5k" (fitness)"#), "{system}");
    assert!(system.contains(r#""Stretch" done"#), "{system}");
    assert!(
        system.contains("completion over 7 days: 100% (1 of 1 scheduled)"),
        "{system}"
    );

    // `coach: false` names no counterpart.
    let err = chat(&app)
        .create_thread(authed(
            pb::CreateThreadRequest {
                counterpart: Some(pb::Counterpart {
                    counterpart: Some(pb::counterpart::Counterpart::Coach(false)),
                    ..Default::default()
                }),
                ..Default::default()
            },
            &token,
        ))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&err), ["counterpart.coach"]);
}
