//! The notifications section of `make bench`: a second `kith serve` replica
//! on the same database; utility messages sent through the first reach a
//! `WatchNotifications` stream on the second. Measured: notifications per
//! second from commit to the watching client, and latency against a plain
//! LISTEN connection receiving the same NOTIFYs (the baseline: PostgreSQL's
//! own delivery); then the second replica's memory with 10,000 open streams.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::StreamExt;
use kith::proto::engagement::v1 as epb;
use kith::proto::identity::v1 as identity_pb;
use kith::proto::notifications::v1 as npb;
use tonic::transport::Channel;

use super::authed;

const MESSAGES: usize = 2_000;
const IN_FLIGHT: usize = 16;
const STREAMS: usize = 10_000;
const STREAMS_PER_CONNECTION: usize = 100;

fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
}

fn pct(samples: &mut [Duration], p: f64) -> f64 {
    samples.sort();
    let i = ((samples.len() as f64 * p) as usize).min(samples.len() - 1);
    samples[i].as_secs_f64() * 1e3
}

async fn connect(url: &str) -> anyhow::Result<Channel> {
    for _ in 0..200 {
        if let Ok(channel) = Channel::from_shared(url.to_owned())?.connect().await {
            return Ok(channel);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    anyhow::bail!("{url} did not come up")
}

async fn register(channel: &Channel, email: &str) -> anyhow::Result<(String, String)> {
    let registered = identity_pb::auth_service_client::AuthServiceClient::new(channel.clone())
        .register(identity_pb::RegisterRequest {
            email: email.into(),
            password: "bench password".into(),
            display_name: "Bench".into(),
            ..Default::default()
        })
        .await?
        .into_inner();
    Ok((
        registered.user.unwrap_or_default().id,
        registered.session.unwrap_or_default().access_token,
    ))
}

pub async fn run(first: &str, url: &str, sql: &tokio_postgres::Client) -> anyhow::Result<()> {
    // The second replica, with room for every bench stream under one user.
    let exe = std::env::current_exe()?.with_file_name("kith");
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let mut replica = tokio::process::Command::new(&exe)
        .args(["serve", "--no-worker"])
        .env("DATABASE_URL", url)
        .env("KITH_ADDR", format!("127.0.0.1:{port}"))
        .env("KITH_JWT_SECRET", "bench-secret-bench-secret-bench-secret")
        .env("KITH_NOTIFICATION_WATCHERS_PER_USER", (STREAMS + 10).to_string())
        .env("KITH_MAX_CONCURRENT_CALLS", (STREAMS + 1000).to_string())
        .env("RUST_LOG", "warn")
        .kill_on_drop(true)
        .spawn()?;
    let pid = replica.id().unwrap_or_default();
    let second = format!("http://127.0.0.1:{port}");
    let a = connect(first).await?;
    let b = connect(&second).await?;

    let (admin_id, _) = register(&a, "notify-admin@kith.dev").await?;
    sql.execute(
        "UPDATE users SET role = 'admin' WHERE id = $1::text::uuid",
        &[&admin_id],
    )
    .await?;
    let admin = identity_pb::auth_service_client::AuthServiceClient::new(a.clone())
        .login(identity_pb::LoginRequest {
            email: "notify-admin@kith.dev".into(),
            password: "bench password".into(),
        })
        .await?
        .into_inner()
        .session
        .unwrap_or_default()
        .access_token;
    let (watcher_id, watcher) = register(&a, "notify-watcher@kith.dev").await?;

    // The baseline: a plain LISTEN connection on the channel Kith announces on.
    let (listen, mut connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await?;
    let raw_seen: Arc<Mutex<Vec<Instant>>> = Arc::default();
    let raw = raw_seen.clone();
    tokio::spawn(async move {
        let mut messages = futures::stream::poll_fn(move |cx| connection.poll_message(cx));
        while let Some(Ok(message)) = messages.next().await {
            if let tokio_postgres::AsyncMessage::Notification(_) = message {
                raw.lock().unwrap().push(Instant::now());
            }
        }
    });
    listen.batch_execute("LISTEN kith_notifications").await?;

    // The watching client on the second replica.
    let mut stream = npb::notification_service_client::NotificationServiceClient::new(b.clone())
        .watch_notifications(authed(npb::WatchNotificationsRequest::default(), &watcher))
        .await?
        .into_inner();
    let arrived: Arc<Mutex<HashMap<String, Instant>>> = Arc::default();
    let seen = arrived.clone();
    let reader = tokio::spawn(async move {
        while let Some(Ok(message)) = stream.next().await {
            let data = message.notification.and_then(|n| n.data).unwrap_or_default();
            if let Some(prost_types::value::Kind::StringValue(id)) =
                data.fields.get("message_id").and_then(|v| v.kind.clone())
            {
                let mut seen = seen.lock().unwrap();
                seen.insert(id, Instant::now());
                if seen.len() == MESSAGES {
                    break;
                }
            }
        }
    });

    // Sent through the first replica, IN_FLIGHT at a time.
    let utility = epb::utility_service_client::UtilityServiceClient::new(a.clone());
    let started = Instant::now();
    let committed: Vec<(String, Instant)> = futures::stream::iter(0..MESSAGES)
        .map(|i| {
            let mut utility = utility.clone();
            let request = authed(
                epb::SendUtilityRequest {
                    user_id: watcher_id.clone(),
                    kind: "goal_reminder".into(),
                    data: HashMap::from([("goal".to_owned(), format!("bench {i}"))]),
                    dedupe_key: String::new(),
                },
                &admin,
            );
            async move {
                let sent = utility.send_utility(request).await?.into_inner();
                anyhow::Ok((sent.message.unwrap_or_default().id, Instant::now()))
            }
        })
        .buffer_unordered(IN_FLIGHT)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect::<anyhow::Result<_>>()?;
    let send_time = started.elapsed();
    tokio::time::timeout(Duration::from_secs(60), reader).await??;
    let all_time = started.elapsed();
    let arrived = arrived.lock().unwrap().clone();
    let mut latency: Vec<Duration> = committed
        .iter()
        .filter_map(|(id, at)| arrived.get(id).map(|got| got.saturating_duration_since(*at)))
        .collect();
    anyhow::ensure!(latency.len() == MESSAGES, "{} of {MESSAGES} arrived", latency.len());
    let raw_count = raw_seen.lock().unwrap().len();
    println!(
        "notifications across two replicas ({MESSAGES} SendUtility on one, WatchNotifications on the other): \
         {:.0}/s sent, {:.0}/s delivered to the watching client; latency from the sender's answer to arrival \
         p50 {:.2} ms, p99 {:.2} ms; a plain LISTEN connection got {raw_count} NOTIFYs (the database's own delivery)",
        MESSAGES as f64 / send_time.as_secs_f64(),
        MESSAGES as f64 / all_time.as_secs_f64(),
        pct(&mut latency, 0.5),
        pct(&mut latency, 0.99),
    );

    // Memory: STREAMS idle streams of another user on the second replica.
    let (_, idle) = register(&a, "notify-idle@kith.dev").await?;
    let before = rss_kib(pid);
    let mut held = Vec::with_capacity(STREAMS);
    let started = Instant::now();
    for _ in 0..STREAMS / STREAMS_PER_CONNECTION {
        let channel = Channel::from_shared(second.clone())?.connect().await?;
        let client = npb::notification_service_client::NotificationServiceClient::new(channel);
        let opened = futures::future::try_join_all((0..STREAMS_PER_CONNECTION).map(|_| {
            let mut client = client.clone();
            let request = authed(npb::WatchNotificationsRequest::default(), &idle);
            async move { client.watch_notifications(request).await }
        }))
        .await?;
        held.extend(opened.into_iter().map(|r| r.into_inner()));
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let after = rss_kib(pid);
    match (before, after) {
        (Some(before), Some(after)) => println!(
            "server memory with {STREAMS} open WatchNotifications streams ({} connections, opened in {:.1} s): \
             {:.1} MiB -> {:.1} MiB, {:.1} KiB a stream (target <= 30 KiB)",
            STREAMS / STREAMS_PER_CONNECTION,
            started.elapsed().as_secs_f64(),
            before as f64 / 1024.0,
            after as f64 / 1024.0,
            after.saturating_sub(before) as f64 / STREAMS as f64,
        ),
        _ => println!("server memory: unavailable (no /proc)"),
    }
    drop(held);
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid as i32),
        nix::sys::signal::Signal::SIGTERM,
    )?;
    replica.wait().await?;
    Ok(())
}
