//! `make bench`: usage ingest and summary reads through the real release
//! server, each against a baseline measured in the same run.
//!
//! 1. Starts `kith serve` (release) as its own process on a fresh database
//!    (on DATABASE_URL's server, or an embedded PostgreSQL in target/bench-pg).
//! 2. Streams N deterministic app sessions through UploadUsage and times it;
//!    reads the server's peak RSS.
//! 3. Truncates app_sessions and loads the same rows with one binary COPY:
//!    the ceiling for getting these rows into this table.
//! 4. GetUsageSummary p50 over 200 calls vs the same queries run directly.
//! 5. Chat against a local OpenAI-compatible responder: SendMessage's time to
//!    the first chunk and to the stored reply vs reading the responder
//!    directly, and the server's memory with 1,000 reply streams open.
//! 6. Notifications across two replicas: SendUtility on this server, a
//!    WatchNotifications stream on a second `kith serve`; delivered per
//!    second, latency, and the second one's memory with 10,000 streams.
//! 7. Coaching dashboards (GetSummary, GetAdherence, GetRisk) of a member
//!    with a year of daily check-ins on 10 habits, p50, vs reading those
//!    check-ins directly.
//! 8. Public SubmitResponse answers a second from 8 anonymous respondents
//!    at once, vs single-row INSERTs of the same rows on 8 connections.
//! 9. Cases: UploadImage MB/s vs writing the same bytes to files, and
//!    SearchByImage p50 over 10,000 stored photos vs reading and ranking
//!    their features directly.
//! 10. ExportMe of the demo user's data scaled to a year of usage, then of
//!     the bench user's N sessions: MiB/s of JSON archived and the server's
//!     peak RSS while it streams (target: flat).
//! 11. The nightly run on a database of its own: BENCH_NIGHTLY_USERS (10,000)
//!     synthetic users' pattern detection, rollups, conversations and journals,
//!     drained by a `kith worker` process, vs the seed's 2–4 h per 1,000 users.
//!
//! BENCH_ONLY=api runs 1–10, BENCH_ONLY=nightly runs 11 alone.

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use futures::pin_mut;
use kith::proto::identity::v1 as identity_pb;
use kith::proto::usage::v1 as pb;
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{ToSql, Type};
use tonic::transport::Channel;
use uuid::Uuid;

#[path = "bench/cases.rs"]
mod cases;
#[path = "bench/chat.rs"]
mod chat;
#[path = "bench/coaching.rs"]
mod coaching;
#[path = "bench/export.rs"]
mod export;
#[path = "bench/fake_provider.rs"]
mod fake_provider;
#[path = "bench/nightly.rs"]
mod nightly;
#[path = "bench/notify.rs"]
mod notify;
#[path = "bench/personas.rs"]
mod personas;

const BATCH: usize = 5_000;
const DEVICES: usize = 4;
const APPS: usize = 40;
const SUMMARY_CALLS: usize = 200;

fn authed<T>(message: T, token: &str) -> tonic::Request<T> {
    let mut request = tonic::Request::new(message);
    request
        .metadata_mut()
        .insert("authorization", format!("Bearer {token}").parse().unwrap());
    request
}

/// The i-th session: devices take turns, each device's sessions 20 s apart,
/// ending well before now, with pseudo-random but fixed lengths and apps.
fn session(i: usize, devices: &[String], base: DateTime<Utc>) -> (usize, String, DateTime<Utc>, i64, i32, i32) {
    let device = i % devices.len();
    let slot = (i / devices.len()) as i64;
    let mix = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 33;
    let start = base + chrono::Duration::seconds(slot * 20) + chrono::Duration::milliseconds((mix % 1000) as i64);
    let app = format!("com.bench.app{:02}", mix % APPS as u64);
    let duration_ms = 1_000 + (mix % 900_000) as i64;
    (device, app, start, duration_ms, (mix % 4) as i32 + 1, (mix % 3) as i32)
}

fn record(i: usize, devices: &[String], base: DateTime<Utc>) -> pb::UsageRecord {
    let (device, app, start, duration_ms, launches, notifications) = session(i, devices, base);
    pb::UsageRecord {
        record: Some(pb::usage_record::Record::Session(pb::AppSession {
            device_id: devices[device].clone(),
            bundle_id: app,
            app_name: String::new(),
            category: 0,
            start_time: Some(kith::proto::timestamp(start)),
            duration_ms,
            launches,
            notifications,
        })),
    }
}

fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
}

fn p50(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// A bar on stderr for long steps; hidden (and free) when stderr is not a
/// terminal, so logs and CI output keep only the figures.
fn progress_bar(len: u64, what: &str) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(len).with_style(
        indicatif::ProgressStyle::with_template("  {msg}: {wide_bar} {human_pos}/{human_len} ({per_sec}, {eta} left)")
            .expect("a valid template"),
    );
    bar.set_message(what.to_owned());
    bar
}

async fn pg(url: &str) -> anyhow::Result<tokio_postgres::Client> {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await?;
    tokio::spawn(connection);
    Ok(client)
}

fn env_number(name: &str, default: usize) -> anyhow::Result<usize> {
    match std::env::var(name) {
        Ok(v) => v
            .parse()
            .map_err(|_| anyhow::anyhow!("{name}: {v:?} is not a whole number")),
        Err(_) => Ok(default),
    }
}

fn with_db(url: &str, db: &str) -> String {
    let (head, query) = url.split_once('?').map_or((url, None), |(h, q)| (h, Some(q)));
    let scheme_end = head.find("://").map_or(0, |i| i + 3);
    let base = head[scheme_end..].find('/').map_or(head, |i| &head[..scheme_end + i]);
    match query {
        Some(q) => format!("{base}/{db}?{q}"),
        None => format!("{base}/{db}"),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    let (api, nightly) = match only.as_str() {
        "" => (true, true),
        "api" => (true, false),
        "nightly" => (false, true),
        other => anyhow::bail!("BENCH_ONLY: {other:?} is neither \"api\" nor \"nightly\""),
    };
    let rows = env_number("BENCH_ROWS", 1_000_000)?;
    let nightly_options = nightly::Options {
        users: env_number("BENCH_NIGHTLY_USERS", 10_000)?,
        concurrency: env_number("BENCH_NIGHTLY_CONCURRENCY", 8)?.max(1),
    };
    let (api, nightly) = (api && rows > 0, nightly && nightly_options.users > 0);
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let parts: Vec<String> = [
        api.then(|| format!("{rows} usage records")),
        nightly.then(|| format!("the nightly run of {} users", nightly_options.users)),
    ]
    .into_iter()
    .flatten()
    .collect();
    println!("kith bench: {}, {cores} cores", parts.join(" and "));

    // A fresh database for this run.
    let (server_url, embedded) = match std::env::var("DATABASE_URL") {
        Ok(url) => (url, None),
        Err(_) => {
            let options = kith::db::EmbeddedOptions {
                data_dir: "target/bench-pg".into(),
                fast: false,
            };
            let pg = kith::db::EmbeddedPostgres::start(options, "postgres").await?;
            (pg.database_url("postgres"), Some(pg))
        }
    };
    let admin = pg(&server_url).await?;
    let mut result = Ok(());
    // Each part on a fresh database of its own.
    for (part, wanted) in [("api", api), ("nightly", nightly)] {
        if !wanted || result.is_err() {
            continue;
        }
        let db = format!("kith_bench_{}_{part}", std::process::id());
        admin.execute(&format!("CREATE DATABASE {db}"), &[]).await?;
        let url = with_db(&server_url, &db);
        result = match part {
            "api" => run(rows, &url).await,
            _ => nightly::run(&url, nightly_options.clone()).await,
        };
        admin.execute(&format!("DROP DATABASE {db} WITH (FORCE)"), &[]).await?;
    }
    if let Some(pg) = embedded {
        pg.stop().await?;
    }
    result
}

async fn run(rows: usize, url: &str) -> anyhow::Result<()> {
    let exe = std::env::current_exe()?.with_file_name("kith");
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let provider = fake_provider::start().await?;
    let image_dir = std::env::current_dir()?.join("target/bench-case-images");
    // No background worker: scheduled jobs firing mid-run would skew the figures.
    let mut server = tokio::process::Command::new(&exe)
        .args(["serve", "--no-worker"])
        .env("DATABASE_URL", url)
        .env("KITH_ADDR", format!("127.0.0.1:{port}"))
        .env("KITH_JWT_SECRET", "bench-secret-bench-secret-bench-secret")
        .env("KITH_MAX_UPLOAD_RECORDS", (rows + 1).to_string())
        .env("KITH_AI_BASE_URL", format!("http://{provider}/v1"))
        .env("KITH_AI_MAX_PER_HOUR", "1000000")
        // The chat figures hold 1,000 streams open at once.
        .env("KITH_MAX_CONCURRENT_CALLS", "5000")
        // Every SubmitResponse comes from this one address.
        .env("KITH_SURVEY_PER_MINUTE", "1000000")
        .env("KITH_CASES_IMAGE_DIR", &image_dir)
        .env("RUST_LOG", "warn")
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| anyhow::anyhow!("starting {}: {e} (run `cargo build --release` first)", exe.display()))?;
    let pid = server.id().unwrap_or_default();
    let channel = loop {
        if let Ok(channel) = Channel::from_shared(format!("http://127.0.0.1:{port}"))?
            .connect()
            .await
        {
            break channel;
        }
        if server.try_wait()?.is_some() {
            anyhow::bail!("kith exited during start-up");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };

    let mut auth = identity_pb::auth_service_client::AuthServiceClient::new(channel.clone());
    let registered = auth
        .register(identity_pb::RegisterRequest {
            email: "bench@kith.dev".into(),
            password: "bench password".into(),
            display_name: "Bench".into(),
            ..Default::default()
        })
        .await?
        .into_inner();
    let token = registered.session.unwrap_or_default().access_token;
    let user_id = registered.user.unwrap_or_default().id;
    let sql = pg(url).await?;
    let mut devices = Vec::new();
    for d in 0..DEVICES {
        let id = Uuid::now_v7().to_string();
        sql.execute(
            "INSERT INTO devices (id, user_id, name, platform, device_type, personality)
             VALUES ($1::text::uuid, $2::text::uuid, $3, 'android', 'smartphone', 'logical')",
            &[&id, &user_id, &format!("bench device {d}")],
        )
        .await?;
        devices.push(id);
    }
    let base = Utc::now() - chrono::Duration::seconds((rows / DEVICES) as i64 * 20 + 86_400);

    // 1. UploadUsage: batches are generated as the stream asks for them, so the
    //    client holds one batch at a time as well.
    let mut usage = pb::usage_service_client::UsageServiceClient::new(channel.clone())
        .max_decoding_message_size(64 << 20)
        .max_encoding_message_size(64 << 20);
    let device_ids = devices.clone();
    let progress = progress_bar(rows as u64, "UploadUsage rows");
    let sent = progress.clone();
    let batches = futures::stream::iter((0..rows.div_ceil(BATCH)).map(move |b| {
        sent.inc(((b + 1) * BATCH).min(rows) as u64 - (b * BATCH) as u64);
        pb::UploadUsageRequest {
            upload_id: "bench".into(),
            batch_index: b as i64,
            records: (b * BATCH..((b + 1) * BATCH).min(rows))
                .map(|i| record(i, &device_ids, base))
                .collect(),
        }
    }));
    let started = Instant::now();
    let uploaded = usage.upload_usage(authed(batches, &token)).await?.into_inner();
    let upload_time = started.elapsed();
    progress.finish_and_clear();
    let counts = uploaded.counts.unwrap_or_default();
    anyhow::ensure!(counts.inserted == rows as i64, "inserted {} of {rows}", counts.inserted);
    let rss = peak_rss_kib(pid);

    // 2. The same rows with one binary COPY into the emptied table.
    let app_ids: std::collections::HashMap<String, Uuid> = sql
        .query("SELECT bundle_id, id FROM apps", &[])
        .await?
        .into_iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let device_uuids: Vec<Uuid> = devices.iter().map(|d| d.parse().unwrap()).collect();
    let owner: Uuid = sql
        .query_one("SELECT user_id FROM devices WHERE id = $1", &[&device_uuids[0]])
        .await?
        .get(0);
    sql.execute("TRUNCATE app_sessions", &[]).await?;
    let started = Instant::now();
    let sink = sql
        .copy_in(
            "COPY app_sessions (user_id, device_id, started_at, app_id, duration_ms, launches, notifications) \
             FROM STDIN BINARY",
        )
        .await?;
    let types = [
        Type::UUID,
        Type::UUID,
        Type::TIMESTAMPTZ,
        Type::UUID,
        Type::INT4,
        Type::INT4,
        Type::INT4,
    ];
    let writer = BinaryCopyInWriter::new(sink, &types);
    pin_mut!(writer);
    for i in 0..rows {
        let (device, app, start, duration_ms, launches, notifications) = session(i, &devices, base);
        let start = DateTime::from_timestamp_micros(start.timestamp_micros()).unwrap();
        let duration_ms = duration_ms as i32;
        let row: [&(dyn ToSql + Sync); 7] = [
            &owner,
            &device_uuids[device],
            &start,
            &app_ids[&app],
            &duration_ms,
            &launches,
            &notifications,
        ];
        writer.as_mut().write(&row).await?;
    }
    let copied = writer.finish().await?;
    let copy_time = started.elapsed();
    anyhow::ensure!(copied == rows as u64, "copied {copied} of {rows}");

    let upload_rate = rows as f64 / upload_time.as_secs_f64();
    let copy_rate = rows as f64 / copy_time.as_secs_f64();
    println!(
        "UploadUsage (gRPC stream, validate, one upsert per {BATCH}-row batch):    {upload_rate:>9.0} rows/s ({:.1} s)",
        upload_time.as_secs_f64()
    );
    println!(
        "COPY (one binary COPY into the same table):                           {copy_rate:>9.0} rows/s ({:.1} s)",
        copy_time.as_secs_f64()
    );
    println!(
        "ratio UploadUsage / COPY: {:.2} (target >= 0.90)",
        upload_rate / copy_rate
    );
    match rss {
        Some(kib) => println!("server peak RSS during the upload: {:.1} MiB", kib as f64 / 1024.0),
        None => println!("server peak RSS: unavailable (no /proc)"),
    }

    // 3. Summary reads: through Kith vs the same queries on one connection.
    let end = Utc::now().date_naive();
    let start = end - chrono::Duration::days(29);
    let range = pb::DayRange {
        start_day: start.to_string(),
        end_day: end.to_string(),
    };
    let mut through_kith = Vec::with_capacity(SUMMARY_CALLS);
    for _ in 0..SUMMARY_CALLS {
        let request = pb::GetUsageSummaryRequest {
            range: Some(range.clone()),
            device_id: String::new(),
        };
        let t = Instant::now();
        usage.get_usage_summary(authed(request, &token)).await?;
        through_kith.push(t.elapsed());
    }
    let mut conn = AsyncPgConnection::establish(url).await?;
    let span = kith::usage::repo::Span {
        start,
        end,
        timezone: "UTC",
    };
    let previous = kith::usage::repo::Span {
        start: start - chrono::Duration::days(30),
        end: start - chrono::Duration::days(1),
        timezone: "UTC",
    };
    let owned = kith::usage::repo::Devices::of(owner, &device_uuids);
    let mut direct = Vec::with_capacity(SUMMARY_CALLS);
    for _ in 0..SUMMARY_CALLS {
        let t = Instant::now();
        kith::usage::repo::day_totals(&mut conn, owned, span).await?;
        kith::usage::repo::day_totals(&mut conn, owned, previous).await?;
        kith::usage::repo::category_totals(&mut conn, owned, span).await?;
        direct.push(t.elapsed());
    }
    let (kith_p50, direct_p50) = (p50(through_kith), p50(direct));
    println!(
        "GetUsageSummary (30 days, {rows} sessions) p50: {:.2} ms through Kith, {:.2} ms for the same SQL directly (x{:.2})",
        kith_p50.as_secs_f64() * 1e3,
        direct_p50.as_secs_f64() * 1e3,
        kith_p50.as_secs_f64() / direct_p50.as_secs_f64()
    );

    chat::run(chat::Setup {
        server: format!("http://127.0.0.1:{port}"),
        pid,
        token: &token,
        user_id: &user_id,
        sql: &sql,
        provider,
    })
    .await?;

    notify::run(&format!("http://127.0.0.1:{port}"), url, &sql).await?;

    coaching::run(channel.clone(), &sql).await?;

    personas::run(channel.clone(), url).await?;

    cases::run(channel.clone(), &sql, &image_dir).await?;
    let _ = tokio::fs::remove_dir_all(&image_dir).await;

    export::run(&format!("http://127.0.0.1:{port}"), pid, &sql).await?;
    // The bench user's sessions: far more than a year, for the memory.
    export::measure(
        &format!("http://127.0.0.1:{port}"),
        pid,
        &token,
        &format!("the bench user: {rows} sessions"),
    )
    .await?;

    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid as i32),
        nix::sys::signal::Signal::SIGTERM,
    )?;
    server.wait().await?;
    Ok(())
}
