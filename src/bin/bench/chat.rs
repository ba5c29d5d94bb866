//! The chat section of `make bench`: SendMessage through Kith against the
//! same stream read from the provider directly (the difference is Kith's
//! overhead), then the server's memory with many reply streams open at once.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use kith::proto::chat::v1 as pb;
use pb::chat_service_client::ChatServiceClient;
use pb::send_message_response::Event;
use tonic::transport::Channel;

use super::fake_provider::{FAST_CHUNKS, FAST_EVERY, HOLD, SLOW_EVERY};
use super::{authed, p50};

const LATENCY_CALLS: usize = 50;
const CONNECTIONS: usize = 10;
const STREAMS_PER_CONNECTION: usize = 100;
const THREADS: usize = 100;

/// What the chat section needs from the run.
pub struct Setup<'a> {
    /// e.g. "http://127.0.0.1:4321".
    pub server: String,
    pub pid: u32,
    pub token: &'a str,
    pub user_id: &'a str,
    pub sql: &'a tokio_postgres::Client,
    pub provider: SocketAddr,
}

fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// A phone with a plausible week (60 sessions a day over five apps) and
/// `THREADS` threads with it.
async fn threads(setup: &Setup<'_>, chat: &mut ChatServiceClient<Channel>) -> anyhow::Result<Vec<String>> {
    let device = uuid::Uuid::now_v7().to_string();
    setup
        .sql
        .execute(
            "INSERT INTO devices (id, user_id, name, platform, device_type, personality)
             VALUES ($1::text::uuid, $2::text::uuid, 'Chat phone', 'android', 'smartphone', 'snarky')",
            &[&device, &setup.user_id],
        )
        .await?;
    setup
        .sql
        .execute(
            "INSERT INTO app_sessions (user_id, device_id, started_at, app_id, duration_ms, launches, notifications)
             SELECT $2::text::uuid, $1::text::uuid, now() - s * interval '24 minutes', a.id, 300000, 1, 1
             FROM generate_series(1, 420) s,
                  LATERAL (SELECT id FROM apps ORDER BY bundle_id OFFSET s % 5 LIMIT 1) a",
            &[&device, &setup.user_id],
        )
        .await?;
    let mut ids = Vec::with_capacity(THREADS);
    for _ in 0..THREADS {
        let request = pb::CreateThreadRequest {
            counterpart: Some(pb::Counterpart {
                counterpart: Some(pb::counterpart::Counterpart::DeviceId(device.clone())),
                ..Default::default()
            }),
            ..Default::default()
        };
        let thread = chat
            .create_thread(authed(request, setup.token))
            .await?
            .into_inner()
            .thread;
        ids.push(thread.unwrap_or_default().id);
    }
    Ok(ids)
}

/// Time to the first chunk and to the stored reply of one SendMessage.
async fn send_once(
    chat: &mut ChatServiceClient<Channel>,
    token: &str,
    thread_id: &str,
) -> anyhow::Result<(Duration, Duration)> {
    let request = pb::SendMessageRequest {
        thread_id: thread_id.into(),
        text: "How was my week?".into(),
        request_id: String::new(),
    };
    let started = Instant::now();
    let mut stream = chat.send_message(authed(request, token)).await?.into_inner();
    let mut first_chunk = None;
    while let Some(message) = stream.message().await? {
        match message.event {
            Some(Event::Chunk(_)) if first_chunk.is_none() => first_chunk = Some(started.elapsed()),
            Some(Event::Reply(_)) => {
                let first = first_chunk.ok_or_else(|| anyhow::anyhow!("a reply without chunks"))?;
                return Ok((first, started.elapsed()));
            }
            _ => {}
        }
    }
    anyhow::bail!("SendMessage ended without its reply")
}

/// The same timings reading the provider's stream directly.
async fn direct_once(http: &reqwest::Client, provider: SocketAddr) -> anyhow::Result<(Duration, Duration)> {
    let body = serde_json::json!({
        "model": "gpt-4o-mini",
        "messages": [
            {"role": "system", "content": "You are Chat phone, their smartphone."},
            {"role": "user", "content": "How was my week?"},
        ],
        "max_tokens": 400,
        "stream": true,
        "stream_options": {"include_usage": true},
    });
    let started = Instant::now();
    let response = http
        .post(format!("http://{provider}/v1/chat/completions"))
        .json(&body)
        .send()
        .await?
        .error_for_status()?;
    let mut bytes = response.bytes_stream();
    let (mut first_chunk, mut seen) = (None, Vec::new());
    while let Some(part) = bytes.next().await {
        seen.extend_from_slice(&part?);
        if first_chunk.is_none() && seen.windows(7).any(|w| w == b"content") {
            first_chunk = Some(started.elapsed());
        }
    }
    anyhow::ensure!(
        seen.ends_with(b"data: [DONE]\n\n"),
        "the provider's stream did not finish"
    );
    Ok((first_chunk.unwrap_or_default(), started.elapsed()))
}

pub async fn run(setup: Setup<'_>) -> anyhow::Result<()> {
    let channel = Channel::from_shared(setup.server.clone())?.connect().await?;
    let mut chat = ChatServiceClient::new(channel);
    let threads = threads(&setup, &mut chat).await?;

    // 1. One reply at a time: through Kith, then straight from the provider.
    for _ in 0..5 {
        send_once(&mut chat, setup.token, &threads[0]).await?;
    }
    let mut kith = Vec::with_capacity(LATENCY_CALLS);
    for _ in 0..LATENCY_CALLS {
        kith.push(send_once(&mut chat, setup.token, &threads[0]).await?);
    }
    let http = reqwest::Client::new();
    for _ in 0..5 {
        direct_once(&http, setup.provider).await?;
    }
    let mut direct = Vec::with_capacity(LATENCY_CALLS);
    for _ in 0..LATENCY_CALLS {
        direct.push(direct_once(&http, setup.provider).await?);
    }
    let first = |samples: &[(Duration, Duration)]| p50(samples.iter().map(|s| s.0).collect());
    let whole = |samples: &[(Duration, Duration)]| p50(samples.iter().map(|s| s.1).collect());
    let (kith_first, direct_first, kith_whole, direct_whole) =
        (first(&kith), first(&direct), whole(&kith), whole(&direct));
    println!(
        "SendMessage p50 over {LATENCY_CALLS} calls (provider: {FAST_CHUNKS} chunks {} ms apart): first chunk {:.1} ms \
         through Kith vs {:.1} ms direct (+{:.1} ms); whole reply {:.1} ms vs {:.1} ms (+{:.1} ms)",
        FAST_EVERY.as_millis(),
        ms(kith_first),
        ms(direct_first),
        ms(kith_first.saturating_sub(direct_first)),
        ms(kith_whole),
        ms(direct_whole),
        ms(kith_whole.saturating_sub(direct_whole)),
    );

    // 2. Many replies open at once over a few HTTP/2 connections, the
    //    provider writing a chunk every SLOW_EVERY.
    let streams = CONNECTIONS * STREAMS_PER_CONNECTION;
    let before = rss_kib(setup.pid);
    let opened = Arc::new(AtomicUsize::new(0));
    let (leave, left) = tokio::sync::watch::channel(false);
    let started = Instant::now();
    let mut tasks = Vec::with_capacity(streams);
    for c in 0..CONNECTIONS {
        let channel = Channel::from_shared(setup.server.clone())?.connect().await?;
        for s in 0..STREAMS_PER_CONNECTION {
            let mut chat = ChatServiceClient::new(channel.clone());
            let request = pb::SendMessageRequest {
                thread_id: threads[(c * STREAMS_PER_CONNECTION + s) % threads.len()].clone(),
                text: format!("Please {HOLD}."),
                request_id: String::new(),
            };
            let request = authed(request, setup.token);
            let (opened, mut left) = (opened.clone(), left.clone());
            tasks.push(tokio::spawn(async move {
                let mut stream = chat.send_message(request).await?.into_inner();
                let mut counted = false;
                loop {
                    tokio::select! {
                        _ = left.changed() => return anyhow::Ok(()),
                        message = stream.message() => match message?.and_then(|m| m.event) {
                            Some(Event::Chunk(_)) if !counted => {
                                counted = true;
                                opened.fetch_add(1, Ordering::SeqCst);
                            }
                            None => anyhow::bail!("a held reply ended"),
                            _ => {}
                        },
                    }
                }
            }));
        }
    }
    let deadline = Instant::now() + Duration::from_secs(120);
    while opened.load(Ordering::SeqCst) < streams {
        if Instant::now() > deadline || tasks.iter().any(|t| t.is_finished()) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let all_open = started.elapsed();
    let open_now = opened.load(Ordering::SeqCst);
    // A few more chunks through every stream, then the reading.
    tokio::time::sleep(SLOW_EVERY * 4).await;
    let during = rss_kib(setup.pid);
    let _ = leave.send(true);
    let mut failures = Vec::new();
    for task in tasks {
        if let Err(err) = task.await? {
            failures.push(err.to_string());
        }
    }
    let left_at = Instant::now();
    let mut cut_off: i64 = 0;
    while left_at.elapsed() < Duration::from_secs(60) {
        cut_off = setup
            .sql
            .query_one("SELECT count(*) FROM chat_messages WHERE state = 'cut_off'", &[])
            .await?
            .get(0);
        if cut_off >= open_now as i64 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let stored_after = left_at.elapsed();
    match (before, during) {
        (Some(before), Some(during)) => println!(
            "{open_now} of {streams} SendMessage streams open at once ({CONNECTIONS} connections x {STREAMS_PER_CONNECTION}, \
             all replying after {:.1} s): server VmRSS {:.1} MiB, {:.1} MiB before (+{:.0} KiB a stream)",
            all_open.as_secs_f64(),
            during as f64 / 1024.0,
            before as f64 / 1024.0,
            (during as f64 - before as f64) / open_now.max(1) as f64,
        ),
        _ => println!("server VmRSS: unavailable (no /proc)"),
    }
    println!(
        "after the clients left: {cut_off} replies stored as cut off within {:.2} s",
        stored_after.as_secs_f64()
    );
    if !failures.is_empty() {
        println!("{} streams failed, e.g. {}", failures.len(), failures[0]);
    }
    Ok(())
}
