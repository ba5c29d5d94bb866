//! The nightly section of `make bench`: every user's nightly work — pattern
//! detection, analytics rollups, the morning conversation and the night's
//! journals (built-in offline generator) — drained by a real `kith worker`
//! process, against the seed's 2–4 hours per 1,000 users.
//!
//! Setup, not measured: synthetic users with a week of usage each are
//! written straight into the tables with binary COPY. The jobs are then
//! enqueued by the schedules' own tick (every schedule's latest slot, as the
//! scheduler's first tick after a night would), and the clock runs from
//! starting `kith worker` until no job is queued or running.

use std::process::Stdio;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use futures::pin_mut;
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::Client;
use uuid::Uuid;

/// Apps in the shared catalogue; each user has `APPS_PER_USER` of them.
const CATALOGUE: usize = 60;
const APPS_PER_USER: usize = 15;
/// Of the user's apps, the laptop uses the first this many (the phone all).
const LAPTOP_APPS: usize = 8;
const DAYS: i64 = 7;
const SESSIONS_PER_DEVICE_DAY: i64 = 30;
/// The seed's nightly run took 2 to 4 hours per 1,000 users.
const SEED_HOURS_PER_1000_USERS: [f64; 2] = [2.0, 4.0];
const TIMEZONES: [&str; 6] = [
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "Asia/Tokyo",
    "America/Los_Angeles",
    "Asia/Kolkata",
];
const CATEGORIES: [&str; 9] = [
    "social",
    "entertainment",
    "productivity",
    "games",
    "education",
    "health",
    "communication",
    "news",
    "utilities",
];
const APP_PERSONALITIES: [&str; 8] = [
    "attention_seeking",
    "addictive",
    "productive",
    "time_waster",
    "educational",
    "social_butterfly",
    "zen",
    "needy",
];
const DEVICE_PERSONALITIES: [&str; 6] = ["snarky", "logical", "chaotic", "supportive", "dramatic", "gen_z"];

#[derive(Clone)]
pub struct Options {
    pub users: usize,
    /// KITH_WORKER_CONCURRENCY of the worker process.
    pub concurrency: usize,
}

/// splitmix64: fixed pseudo-random numbers from a counter.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

struct User {
    id: Uuid,
    /// Phone, laptop.
    devices: [Uuid; 2],
    /// Indexes into the catalogue, most used first.
    apps: [usize; APPS_PER_USER],
    night_owl: bool,
}

fn users(n: usize) -> Vec<User> {
    (0..n)
        .map(|i| {
            let first = mix(i as u64) as usize % CATALOGUE;
            // 7 is coprime with 60, so the 15 steps land on 15 different apps.
            let apps = std::array::from_fn(|j| (first + j * 7) % CATALOGUE);
            User {
                id: Uuid::now_v7(),
                devices: [Uuid::now_v7(), Uuid::now_v7()],
                apps,
                night_owl: i % 4 == 0,
            }
        })
        .collect()
}

struct Session {
    start: DateTime<Utc>,
    app: usize,
    duration_ms: i32,
    launches: i32,
    notifications: i32,
}

/// One device's sessions of one (UTC) day: 06:00 to about 23:00, 34 minutes
/// apart, the user's first apps the most used; night owls' phones go on
/// until midnight.
fn sessions(user: &User, u: usize, device: usize, day: NaiveDate, d: i64) -> impl Iterator<Item = Session> + '_ {
    let six = day.and_time(NaiveTime::from_hms_opt(6, 0, 0).expect("06:00")).and_utc();
    let used = if device == 0 { APPS_PER_USER } else { LAPTOP_APPS };
    (0..SESSIONS_PER_DEVICE_DAY).map(move |k| {
        let h = mix(((u as u64) << 20) ^ ((device as u64) << 16) ^ ((d as u64) << 8) ^ k as u64);
        let start = if user.night_owl && device == 0 && k >= 27 {
            six + chrono::Duration::minutes(17 * 60 + 5 + (k - 27) * 25) + chrono::Duration::seconds((h % 20) as i64)
        } else {
            six + chrono::Duration::minutes(k * 34) + chrono::Duration::seconds((h % 1200) as i64)
        };
        // Squared, so the first apps get most of the sessions.
        let r = (h >> 20) % 1000;
        let app = user.apps[(r * r * used as u64 / 1_000_000) as usize];
        Session {
            start,
            app,
            duration_ms: 60_000 + ((h >> 8) % 780_000) as i32,
            launches: 1 + ((h >> 40) % 3) as i32,
            notifications: ((h >> 44) % 5) as i32,
        }
    })
}

async fn copy_in(sql: &Client, statement: &str, types: &[Type]) -> anyhow::Result<BinaryCopyInWriter> {
    let sink = sql.copy_in(statement).await?;
    Ok(BinaryCopyInWriter::new(sink, types))
}

/// Writes the catalogue, the users, their devices, device apps, daily rows
/// and sessions; returns the session count.
async fn load(sql: &Client, users: &[User], today: NaiveDate) -> anyhow::Result<u64> {
    let app_ids: Vec<Uuid> = (0..CATALOGUE).map(|_| Uuid::now_v7()).collect();
    for (i, id) in app_ids.iter().enumerate() {
        sql.execute(
            "INSERT INTO apps (id, bundle_id, name, category, default_personality) VALUES ($1, $2, $3, $4, $5)",
            &[
                id,
                &format!("com.bench.nightly.app{i:02}"),
                &format!("App {i:02}"),
                &CATEGORIES[i % CATEGORIES.len()],
                &APP_PERSONALITIES[i % APP_PERSONALITIES.len()],
            ],
        )
        .await?;
    }

    let writer = copy_in(
        sql,
        "COPY users (id, email, display_name, password_hash, timezone) FROM STDIN BINARY",
        &[Type::UUID, Type::TEXT, Type::TEXT, Type::TEXT, Type::TEXT],
    )
    .await?;
    pin_mut!(writer);
    for (i, user) in users.iter().enumerate() {
        let email = format!("nightly{i}@bench.kith.dev");
        let name = format!("Nightly {i}");
        let row: [&(dyn ToSql + Sync); 5] = [&user.id, &email, &name, &"bench: no sign-in", &TIMEZONES[i % 6]];
        writer.as_mut().write(&row).await?;
    }
    writer.finish().await?;

    let writer = copy_in(
        sql,
        "COPY devices (id, user_id, name, platform, device_type, personality, is_primary) FROM STDIN BINARY",
        &[
            Type::UUID,
            Type::UUID,
            Type::TEXT,
            Type::TEXT,
            Type::TEXT,
            Type::TEXT,
            Type::BOOL,
        ],
    )
    .await?;
    pin_mut!(writer);
    for (i, user) in users.iter().enumerate() {
        let personality = DEVICE_PERSONALITIES[i % DEVICE_PERSONALITIES.len()];
        let other = DEVICE_PERSONALITIES[(i + 1) % DEVICE_PERSONALITIES.len()];
        let phone: [&(dyn ToSql + Sync); 7] = [
            &user.devices[0],
            &user.id,
            &"Phone",
            &"android",
            &"smartphone",
            &personality,
            &true,
        ];
        writer.as_mut().write(&phone).await?;
        let laptop: [&(dyn ToSql + Sync); 7] = [
            &user.devices[1],
            &user.id,
            &"Laptop",
            &"linux",
            &"laptop",
            &other,
            &false,
        ];
        writer.as_mut().write(&laptop).await?;
    }
    writer.finish().await?;

    let writer = copy_in(
        sql,
        "COPY device_apps (id, user_id, device_id, app_id) FROM STDIN BINARY",
        &[Type::UUID, Type::UUID, Type::UUID, Type::UUID],
    )
    .await?;
    pin_mut!(writer);
    for user in users {
        for (device, used) in [(0, APPS_PER_USER), (1, LAPTOP_APPS)] {
            for &app in &user.apps[..used] {
                let row: [&(dyn ToSql + Sync); 4] = [&Uuid::now_v7(), &user.id, &user.devices[device], &app_ids[app]];
                writer.as_mut().write(&row).await?;
            }
        }
    }
    writer.finish().await?;

    let days: Vec<NaiveDate> = (1..=DAYS).rev().map(|d| today - chrono::Duration::days(d)).collect();
    let writer = copy_in(
        sql,
        "COPY daily_device_usage (user_id, device_id, day, screen_time_ms, unlocks, pickups, notifications,
                                 first_pickup_time)
         FROM STDIN BINARY",
        &[
            Type::UUID,
            Type::UUID,
            Type::DATE,
            Type::INT8,
            Type::INT4,
            Type::INT4,
            Type::INT4,
            Type::TIME,
        ],
    )
    .await?;
    pin_mut!(writer);
    for (u, user) in users.iter().enumerate() {
        for device in 0..2 {
            for (d, &day) in days.iter().enumerate() {
                let (time, notified) = sessions(user, u, device, day, d as i64).fold((0i64, 0i32), |(t, n), s| {
                    (t + i64::from(s.duration_ms), n + s.notifications)
                });
                let h = mix(((u as u64) << 24) ^ ((device as u64) << 12) ^ d as u64);
                let screen_time_ms = time + (h % 1_800_000) as i64;
                let unlocks = 30 + ((h >> 24) % 80) as i32;
                let pickups = unlocks + ((h >> 32) % 15) as i32;
                let notifications = notified + ((h >> 40) % 50) as i32;
                let first = NaiveTime::from_hms_opt(6, ((h >> 48) % 50) as u32, 0).expect("a time");
                let row: [&(dyn ToSql + Sync); 8] = [
                    &user.id,
                    &user.devices[device],
                    &day,
                    &screen_time_ms,
                    &unlocks,
                    &pickups,
                    &notifications,
                    &first,
                ];
                writer.as_mut().write(&row).await?;
            }
        }
    }
    writer.finish().await?;

    let writer = copy_in(
        sql,
        "COPY app_sessions (user_id, device_id, started_at, app_id, duration_ms, launches, notifications)
         FROM STDIN BINARY",
        &[
            Type::UUID,
            Type::UUID,
            Type::TIMESTAMPTZ,
            Type::UUID,
            Type::INT4,
            Type::INT4,
            Type::INT4,
        ],
    )
    .await?;
    pin_mut!(writer);
    for (u, user) in users.iter().enumerate() {
        for device in 0..2 {
            for (d, &day) in days.iter().enumerate() {
                for s in sessions(user, u, device, day, d as i64) {
                    let row: [&(dyn ToSql + Sync); 7] = [
                        &user.id,
                        &user.devices[device],
                        &s.start,
                        &app_ids[s.app],
                        &s.duration_ms,
                        &s.launches,
                        &s.notifications,
                    ];
                    writer.as_mut().write(&row).await?;
                }
            }
        }
    }
    let sessions = writer.finish().await?;
    // Fresh tables have no statistics yet; a live database would. The
    // checkpoint writes the load out now rather than during the measured run.
    sql.batch_execute("VACUUM ANALYZE users, devices, apps, device_apps, daily_device_usage, app_sessions")
        .await?;
    if let Err(error) = sql.batch_execute("CHECKPOINT").await {
        println!("  (no CHECKPOINT before the run: {error})");
    }
    Ok(sessions)
}

async fn pending(sql: &Client) -> anyhow::Result<(i64, i64)> {
    let row = sql
        .query_one(
            "SELECT count(*) FILTER (WHERE state IN ('queued', 'running')), count(*) FILTER (WHERE state = 'dead')
             FROM jobs",
            &[],
        )
        .await?;
    Ok((row.get(0), row.get(1)))
}

/// Loads `options.users` users, enqueues their nightly jobs and times a
/// `kith worker` process draining them. `url` is a fresh database.
pub async fn run(url: &str, options: Options) -> anyhow::Result<()> {
    let users_n = options.users;
    println!("nightly: {users_n} users, each with 2 devices, {APPS_PER_USER} apps, {DAYS} days of usage");
    kith::db::run_migrations(url).await?;
    let sql = super::pg(url).await?;
    let today = Utc::now().date_naive();
    let users = users(users_n);
    let started = Instant::now();
    let sessions = load(&sql, &users, today).await?;
    println!(
        "  setup (not measured): {sessions} sessions, {} daily rows by binary COPY in {:.1} s",
        users_n as i64 * 2 * DAYS,
        started.elapsed().as_secs_f64()
    );
    drop(users);

    // Every schedule's latest slot, as the scheduler's tick writes it.
    let mut conn = AsyncPgConnection::establish(url).await?;
    let kinds = kith::app::jobs::registry().schedules();
    let enqueued = kith::jobs::schedule::tick(&mut conn, Utc::now(), &kinds, None).await?;
    drop(conn);

    let exe = std::env::current_exe()?.with_file_name("kith");
    let log_path = std::path::Path::new("target/bench-worker.log");
    let log = std::fs::File::create(log_path)?;
    let start_time: DateTime<Utc> = sql.query_one("SELECT clock_timestamp()", &[]).await?.get(0);
    let started = Instant::now();
    let mut worker = tokio::process::Command::new(&exe)
        .arg("worker")
        .env_remove("KITH_CONFIG")
        .env_remove("KITH_AI_BASE_URL")
        .env("DATABASE_URL", url)
        .env("KITH_JWT_SECRET", "bench-secret-bench-secret-bench-secret")
        .env("KITH_WORKER_CONCURRENCY", options.concurrency.to_string())
        .env("KITH_DB_POOL_SIZE", (options.concurrency + 4).to_string())
        .env("KITH_AI_OFFLINE_CHUNK_DELAY_MS", "0")
        .env("KITH_AI_MAX_PER_HOUR", "1000000")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(log)
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| anyhow::anyhow!("starting {}: {e} (run `cargo build --release` first)", exe.display()))?;
    let mut reported = Instant::now();
    let (queued, _) = pending(&sql).await?;
    let progress = super::progress_bar(queued.max(0) as u64, "nightly jobs");
    loop {
        tokio::time::sleep(Duration::from_millis(500)).await;
        if let Some(exit) = worker.try_wait()? {
            anyhow::bail!("kith worker exited early ({exit}); see {}", log_path.display());
        }
        let (left, _) = pending(&sql).await?;
        progress.set_position(queued.saturating_sub(left).max(0) as u64);
        if left == 0 {
            progress.finish_and_clear();
            break;
        }
        if progress.is_hidden() && reported.elapsed() >= Duration::from_secs(30) {
            reported = Instant::now();
            println!("  ... {left} jobs left after {:.0} s", started.elapsed().as_secs_f64());
        }
    }
    let wall = started.elapsed();
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(worker.id().unwrap_or_default() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )?;
    worker.wait().await?;

    // By kind; jobs are claimed oldest first, and each schedule's slot was
    // written by one statement, so the kinds mostly run one after another.
    let by_kind = sql
        .query(
            "SELECT kind, count(*), count(*) FILTER (WHERE state = 'dead'),
                    extract(epoch FROM min(finished_at) - $1)::float8,
                    extract(epoch FROM max(finished_at) - $1)::float8
             FROM jobs GROUP BY kind ORDER BY min(finished_at)",
            &[&start_time],
        )
        .await?;
    let mut jobs = 0i64;
    let mut dead = 0i64;
    for row in &by_kind {
        let (kind, n, d): (String, i64, i64) = (row.get(0), row.get(1), row.get(2));
        let (first, last): (Option<f64>, Option<f64>) = (row.get(3), row.get(4));
        jobs += n;
        dead += d;
        println!(
            "  {kind:<20} {n:>7} jobs, {d} dead, finished between {:.1} s and {:.1} s",
            first.unwrap_or(0.0),
            last.unwrap_or(0.0)
        );
    }
    let written = sql
        .query_one(
            "SELECT (SELECT count(*) FROM conversations), (SELECT count(*) FROM journals),
                    (SELECT count(*) FROM daily_user_rollups), (SELECT count(*) FROM usage_patterns),
                    (SELECT count(*) FROM ai_generations)",
            &[],
        )
        .await?;
    println!(
        "  wrote {} conversations, {} journals, {} daily user rollups, {} patterns; {} AI generations recorded",
        written.get::<_, i64>(0),
        written.get::<_, i64>(1),
        written.get::<_, i64>(2),
        written.get::<_, i64>(3),
        written.get::<_, i64>(4)
    );

    let secs = wall.as_secs_f64();
    println!(
        "nightly run ({enqueued} jobs enqueued, {jobs} run, {} workers in one `kith worker`): {:.1} s wall, {:.0} jobs/s, {:.1} users/s",
        options.concurrency,
        secs,
        jobs as f64 / secs,
        users_n as f64 / secs
    );
    let [fast, slow] = SEED_HOURS_PER_1000_USERS.map(|h| h * 3600.0 * users_n as f64 / 1000.0 / secs);
    println!(
        "  vs the seed's 2-4 h per 1,000 users ({:.1}-{:.1} h for {users_n}): x{fast:.0} faster than 2 h/1,000, x{slow:.0} faster than 4 h/1,000",
        SEED_HOURS_PER_1000_USERS[0] * users_n as f64 / 1000.0,
        SEED_HOURS_PER_1000_USERS[1] * users_n as f64 / 1000.0,
    );
    if dead > 0 {
        for row in sql
            .query(
                "SELECT kind, left(coalesce(last_error, ''), 300), count(*) FROM jobs WHERE state = 'dead'
                 GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 5",
                &[],
            )
            .await?
        {
            let (kind, error, n): (String, String, i64) = (row.get(0), row.get(1), row.get(2));
            println!("  dead {kind} x{n}: {error}");
        }
        anyhow::bail!("{dead} nightly jobs ended dead (worker log: {})", log_path.display());
    }
    Ok(())
}
