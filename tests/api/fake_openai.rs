//! A local OpenAI-compatible server for tests: `POST /v1/chat/completions`
//! answered the way each test scripts it, recording every request.
//!
//! ```ignore
//! let fake = FakeOpenAi::start([Reply::stream(["Hel", "lo"])]).await;
//! let app = TestApp::spawn_with(|c| c.ai.base_url = Some(fake.base_url())).await;
//! // ... call the server ...
//! assert_eq!(fake.requests()[0].model(), "gpt-4o-mini");
//! ```
//!
//! Replies are used in order, one per request; the last one repeats once the
//! script runs out (so `[Reply::Status(500)]` fails every retry). A reply
//! answers either kind of request: a `Stream` asked for without `stream`
//! comes back as one JSON completion, a `Json` asked for as a stream comes
//! back as one chunk.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};
use tokio_stream::wrappers::ReceiverStream;

/// How the fake answers one request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// Server-sent events: one `choices[0].delta.content` event per chunk
    /// (`delay` before each), a last event with `usage` (prompt, completion
    /// tokens), then `data: [DONE]`.
    Stream {
        chunks: Vec<String>,
        usage: (u32, u32),
        delay: Duration,
    },
    /// A non-streamed completion.
    Json { text: String, usage: (u32, u32) },
    /// That HTTP status, with an OpenAI-style error body.
    Status(u16),
    /// Never answers (the client's timeout has to end it).
    Hang,
    /// A stream whose first chunk is "Hello" and whose next event's data is
    /// not JSON; as a completion, a body that is not JSON.
    Malformed,
    /// Sends the first `n` of [`cut_chunks`] then closes the connection
    /// without finishing the stream (no usage, no `[DONE]`).
    CutAfter(usize),
}

impl Reply {
    /// A stream of `chunks` without delay, with usage (11, 7).
    pub fn stream<S: Into<String>>(chunks: impl IntoIterator<Item = S>) -> Reply {
        Reply::Stream {
            chunks: chunks.into_iter().map(Into::into).collect(),
            usage: (11, 7),
            delay: Duration::ZERO,
        }
    }
}

/// The chunks [`Reply::CutAfter`] sends: "part 0. ", "part 1. ", ...
pub fn cut_chunks(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("part {i}. ")).collect()
}

/// One request as the fake received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub path: String,
    /// The `authorization` header, if any.
    pub authorization: Option<String>,
    pub body: Value,
}

impl Received {
    pub fn model(&self) -> &str {
        self.body["model"].as_str().unwrap_or_default()
    }

    pub fn streamed(&self) -> bool {
        self.body["stream"].as_bool().unwrap_or(false)
    }

    /// `(role, content)` of every prompt message, in order.
    pub fn messages(&self) -> Vec<(String, String)> {
        let messages = self.body["messages"].as_array().cloned().unwrap_or_default();
        messages
            .iter()
            .map(|m| {
                let field = |name: &str| m[name].as_str().unwrap_or_default().to_owned();
                (field("role"), field("content"))
            })
            .collect()
    }
}

#[derive(Default)]
struct Script {
    replies: VecDeque<Reply>,
    last: Option<Reply>,
    received: Vec<Received>,
}

/// The running fake; it stops with the test's runtime.
#[derive(Clone)]
pub struct FakeOpenAi {
    addr: std::net::SocketAddr,
    script: Arc<Mutex<Script>>,
}

type Body = BoxBody<Bytes, std::io::Error>;

impl FakeOpenAi {
    pub async fn start(replies: impl IntoIterator<Item = Reply>) -> FakeOpenAi {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let fake = FakeOpenAi {
            addr: listener.local_addr().unwrap(),
            script: Arc::new(Mutex::new(Script {
                replies: replies.into_iter().collect(),
                ..Script::default()
            })),
        };
        let server = fake.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let server = server.clone();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |request| {
                        let server = server.clone();
                        async move { Ok::<_, Infallible>(server.answer(request).await) }
                    });
                    // A cut or abandoned connection ends here with an error.
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(socket), service)
                        .await;
                });
            }
        });
        fake
    }

    /// The base URL a client is configured with, e.g. "http://127.0.0.1:4321/v1".
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<Received> {
        self.script.lock().unwrap().received.clone()
    }

    async fn answer(&self, request: Request<Incoming>) -> Response<Body> {
        let path = request.uri().path().to_owned();
        let authorization = request
            .headers()
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = request
            .into_body()
            .collect()
            .await
            .map(|b| b.to_bytes())
            .unwrap_or_default();
        let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        let streamed = body["stream"].as_bool().unwrap_or(false);
        let reply = {
            let mut script = self.script.lock().unwrap();
            script.received.push(Received {
                path: path.clone(),
                authorization,
                body,
            });
            let next = script.replies.pop_front().or_else(|| script.last.clone());
            script.last = next.clone();
            next
        };
        if path != "/v1/chat/completions" {
            return error(404);
        }
        match (reply, streamed) {
            (None, _) => error(500),
            (Some(Reply::Status(code)), _) => error(code),
            (Some(Reply::Hang), _) => futures::future::pending().await,
            (Some(Reply::Json { text, usage }), false) => json_response(&text, usage),
            (Some(Reply::Json { text, usage }), true) => {
                sse(vec![delta(&text), usage_event(usage)], Duration::ZERO, true)
            }
            (Some(Reply::Stream { chunks, usage, .. }), false) => json_response(&chunks.concat(), usage),
            (Some(Reply::Stream { chunks, usage, delay }), true) => {
                let mut events: Vec<String> = chunks.iter().map(|c| delta(c)).collect();
                events.push(usage_event(usage));
                sse(events, delay, true)
            }
            (Some(Reply::Malformed), false) => response(200, "application/json", "{\"choices\": [oops"),
            (Some(Reply::Malformed), true) => {
                sse(vec![delta("Hello"), "this is not JSON".into()], Duration::ZERO, true)
            }
            (Some(Reply::CutAfter(_)), false) => response(200, "application/json", "{\"choices\": ["),
            (Some(Reply::CutAfter(n)), true) => {
                sse(cut_chunks(n).iter().map(|c| delta(c)).collect(), Duration::ZERO, false)
            }
        }
    }
}

fn delta(text: &str) -> String {
    json!({
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": null}],
        "usage": null,
    })
    .to_string()
}

fn usage_event((prompt, completion): (u32, u32)) -> String {
    json!({
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "choices": [],
        "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion},
    })
    .to_string()
}

fn response(status: u16, content_type: &str, body: impl Into<Bytes>) -> Response<Body> {
    Response::builder()
        .status(status)
        .header("content-type", content_type)
        .body(Full::new(body.into()).map_err(|never| match never {}).boxed())
        .unwrap()
}

fn error(status: u16) -> Response<Body> {
    let body = json!({"error": {"message": format!("fake error {status}"), "type": "server_error"}});
    response(status, "application/json", body.to_string())
}

fn json_response(text: &str, (prompt, completion): (u32, u32)) -> Response<Body> {
    let body = json!({
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion},
    });
    response(200, "application/json", body.to_string())
}

/// `data:` events, `delay` before each; `finish` ends with `[DONE]`, else the
/// connection is cut after the last event.
fn sse(events: Vec<String>, delay: Duration, finish: bool) -> Response<Body> {
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Frame<Bytes>, std::io::Error>>(4);
    tokio::spawn(async move {
        for event in events {
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            if tx
                .send(Ok(Frame::data(format!("data: {event}\n\n").into())))
                .await
                .is_err()
            {
                return; // the client went away
            }
        }
        let last = if finish {
            Ok(Frame::data(Bytes::from_static(b"data: [DONE]\n\n")))
        } else {
            // A body error makes hyper drop the connection mid-body, without
            // writing what it still buffers: let the chunks go out first.
            tokio::time::sleep(Duration::from_millis(50)).await;
            Err(std::io::Error::new(std::io::ErrorKind::ConnectionReset, "cut"))
        };
        let _ = tx.send(last).await;
    });
    Response::builder()
        .status(200)
        .header("content-type", "text/event-stream")
        .body(StreamBody::new(ReceiverStream::new(rx)).boxed())
        .unwrap()
}

/// The real `OpenAiProvider` against the fake.
mod openai_provider {
    use std::collections::HashMap;
    use std::time::{Duration, Instant};

    use futures::StreamExt;
    use kith::ai::openai::{OpenAiConfig, OpenAiProvider};
    use kith::ai::{AiError, Brief, Event, Message, Provider, Purpose, Request, Role, TokenUsage};

    use super::{cut_chunks, FakeOpenAi, Reply};

    fn provider(fake: &FakeOpenAi, retries: u32) -> OpenAiProvider {
        OpenAiProvider::new(OpenAiConfig {
            base_url: fake.base_url(),
            api_key: Some("sk-test".into()),
            model: "gpt-4o-mini".into(),
            models: HashMap::from([(Purpose::Journal, "gpt-4o".to_owned())]),
            timeout: Duration::from_millis(300),
            retries,
        })
    }

    fn request(purpose: Purpose) -> Request {
        Request {
            purpose,
            messages: vec![
                Message::new(Role::System, "You are a phone."),
                Message::new(Role::User, "How was my day?"),
            ],
            brief: Brief::default(),
            max_tokens: 100,
            seed: 1,
        }
    }

    async fn stream_all(provider: &OpenAiProvider) -> Result<Vec<Result<Event, AiError>>, AiError> {
        Ok(provider.stream(&request(Purpose::Chat)).await?.collect().await)
    }

    #[tokio::test]
    async fn complete_sends_the_prompt_model_and_key_and_reads_usage() {
        let fake = FakeOpenAi::start([Reply::Json {
            text: "A fine day.".into(),
            usage: (42, 5),
        }])
        .await;
        let done = provider(&fake, 0).complete(&request(Purpose::Journal)).await.unwrap();
        assert_eq!(done.text, "A fine day.");
        assert_eq!(done.model, "gpt-4o", "the per-purpose model");
        assert_eq!(
            done.usage,
            TokenUsage {
                prompt_tokens: 42,
                completion_tokens: 5
            }
        );
        let received = &fake.requests()[0];
        assert_eq!(received.authorization.as_deref(), Some("Bearer sk-test"));
        assert_eq!(received.model(), "gpt-4o");
        assert!(!received.streamed());
        assert_eq!(received.body["max_tokens"], 100);
        assert_eq!(
            received.messages(),
            [
                ("system".to_owned(), "You are a phone.".to_owned()),
                ("user".to_owned(), "How was my day?".to_owned())
            ]
        );
    }

    #[tokio::test]
    async fn complete_retries_a_server_error_then_is_unavailable() {
        let fake = FakeOpenAi::start([Reply::Status(500)]).await;
        let err = provider(&fake, 2).complete(&request(Purpose::Chat)).await.unwrap_err();
        assert!(
            matches!(err, AiError::Unavailable(ref m) if m.contains("500")),
            "{err:?}"
        );
        assert_eq!(fake.requests().len(), 3, "the first call and two retries");

        let fake = FakeOpenAi::start([
            Reply::Status(503),
            Reply::Json {
                text: "Back.".into(),
                usage: (1, 1),
            },
        ])
        .await;
        let done = provider(&fake, 2).complete(&request(Purpose::Chat)).await.unwrap();
        assert_eq!((done.text.as_str(), fake.requests().len()), ("Back.", 2));
    }

    #[tokio::test]
    async fn complete_times_out_on_a_provider_that_hangs() {
        let fake = FakeOpenAi::start([Reply::Hang]).await;
        let started = Instant::now();
        let err = provider(&fake, 1).complete(&request(Purpose::Chat)).await.unwrap_err();
        assert_eq!(err, AiError::Timeout(Duration::from_millis(300)));
        assert_eq!(fake.requests().len(), 2, "a timeout is retried too");
        assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
    }

    #[tokio::test]
    async fn complete_refuses_a_body_that_is_not_json_without_retrying() {
        let fake = FakeOpenAi::start([Reply::Malformed]).await;
        let err = provider(&fake, 2).complete(&request(Purpose::Chat)).await.unwrap_err();
        assert!(matches!(err, AiError::Malformed(_)), "{err:?}");
        assert_eq!(fake.requests().len(), 1);
    }

    #[tokio::test]
    async fn stream_yields_deltas_then_the_providers_usage() {
        let fake = FakeOpenAi::start([Reply::stream(["Hel", "lo", "!"])]).await;
        let events = stream_all(&provider(&fake, 0)).await.unwrap();
        let expected = [
            Event::Delta("Hel".into()),
            Event::Delta("lo".into()),
            Event::Delta("!".into()),
            Event::Done(TokenUsage {
                prompt_tokens: 11,
                completion_tokens: 7,
            }),
        ];
        assert_eq!(events, expected.map(Ok));
        let received = &fake.requests()[0];
        assert!(received.streamed());
        assert_eq!(received.body["stream_options"]["include_usage"], true);
    }

    #[tokio::test]
    async fn stream_failures_end_the_stream_with_an_error() {
        let fake = FakeOpenAi::start([Reply::Malformed]).await;
        let events = stream_all(&provider(&fake, 0)).await.unwrap();
        assert_eq!(events[0], Ok(Event::Delta("Hello".into())));
        assert!(matches!(events[1], Err(AiError::Malformed(_))), "{events:?}");
        assert_eq!(events.len(), 2);

        let fake = FakeOpenAi::start([Reply::CutAfter(2)]).await;
        let events = stream_all(&provider(&fake, 0)).await.unwrap();
        let deltas: Vec<_> = cut_chunks(2).into_iter().map(|c| Ok(Event::Delta(c))).collect();
        assert_eq!(events[..2], deltas[..]);
        assert!(matches!(events[2], Err(AiError::Unavailable(_))), "{events:?}");
        assert_eq!(events.len(), 3);
    }

    #[tokio::test]
    async fn stream_start_failures_are_not_retried() {
        let fake = FakeOpenAi::start([Reply::Status(500)]).await;
        let err = stream_all(&provider(&fake, 2)).await.unwrap_err();
        assert!(matches!(err, AiError::Unavailable(_)), "{err:?}");
        assert_eq!(fake.requests().len(), 1);

        let fake = FakeOpenAi::start([Reply::Hang]).await;
        let started = Instant::now();
        let err = stream_all(&provider(&fake, 2)).await.unwrap_err();
        assert_eq!(err, AiError::Timeout(Duration::from_millis(300)));
        assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    }

    #[tokio::test]
    async fn a_stream_that_stalls_midway_times_out() {
        let fake = FakeOpenAi::start([Reply::Stream {
            chunks: vec!["quick ".into(), "then slow".into()],
            usage: (1, 1),
            delay: Duration::from_millis(200),
        }])
        .await;
        // Each pause is within the read timeout.
        let events = stream_all(&provider(&fake, 0)).await.unwrap();
        assert!(events.iter().all(Result::is_ok), "{events:?}");

        let fake = FakeOpenAi::start([Reply::Stream {
            chunks: vec!["quick ".into(), "then slow".into()],
            usage: (1, 1),
            delay: Duration::from_millis(600),
        }])
        .await;
        let events = stream_all(&provider(&fake, 0)).await.unwrap();
        assert_eq!(
            events,
            [Err(AiError::Timeout(Duration::from_millis(300)))],
            "the first event is already late"
        );
    }
}
