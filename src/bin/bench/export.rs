//! ExportMe of the demo user's data scaled to a year of usage: the archive's
//! throughput and the server's peak memory while it streams, which should
//! stay flat however much there is to export.

use std::time::Instant;

use kith::proto::identity::v1 as pb;
use tonic::transport::Channel;

use super::authed;

/// Weeks of usage the demo's one week is copied into.
const WEEKS: i32 = 52;

fn rss_kib(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
}

pub async fn run(server: &str, pid: u32, sql: &tokio_postgres::Client) -> anyhow::Result<()> {
    let seeded = kith::demo::seed(server).await?;
    // The seeded week, repeated back over a year.
    sql.batch_execute(&format!(
        "INSERT INTO app_sessions (user_id, device_id, started_at, app_id, duration_ms, launches, notifications,
                                   received_at)
         SELECT s.user_id, s.device_id, s.started_at - w * interval '7 days', s.app_id, s.duration_ms, s.launches,
                s.notifications, s.received_at
         FROM app_sessions s JOIN users u ON u.id = s.user_id,
              generate_series(1, {last}) w
         WHERE u.email = '{email}'
         ON CONFLICT DO NOTHING;
         INSERT INTO daily_device_usage (user_id, device_id, day, screen_time_ms, unlocks, pickups, notifications,
                                         first_pickup_time, received_at)
         SELECT s.user_id, s.device_id, s.day - 7 * w, s.screen_time_ms, s.unlocks, s.pickups, s.notifications,
                s.first_pickup_time, s.received_at
         FROM daily_device_usage s JOIN users u ON u.id = s.user_id,
              generate_series(1, {last}) w
         WHERE u.email = '{email}'
         ON CONFLICT DO NOTHING;",
        last = WEEKS - 1,
        email = seeded.email,
    ))
    .await?;
    let sessions: i64 = sql
        .query_one(
            "SELECT count(*) FROM app_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1",
            &[&seeded.email],
        )
        .await?
        .get(0);

    measure(
        server,
        pid,
        &seeded.access_token,
        &format!("the demo user over {WEEKS} weeks: {sessions} sessions"),
    )
    .await
}

/// Streams one ExportMe and prints its throughput and the server's peak RSS.
pub async fn measure(server: &str, pid: u32, token: &str, label: &str) -> anyhow::Result<()> {
    // The peak so far (the upload's) would hide the export's: start afresh.
    let reset = std::fs::write(format!("/proc/{pid}/clear_refs"), "5").is_ok();
    let before = rss_kib(pid, "VmRSS:");
    let channel = Channel::from_shared(server.to_owned())?.connect().await?;
    let mut users = pb::user_service_client::UserServiceClient::new(channel);
    let started = Instant::now();
    let mut stream = users
        .export_me(authed(pb::ExportMeRequest {}, token))
        .await?
        .into_inner();
    let mut archive = Vec::new();
    while let Some(message) = stream.message().await? {
        archive.extend(message.chunk);
    }
    let elapsed = started.elapsed().as_secs_f64();
    // What the archive holds, uncompressed: the JSON the server wrote.
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&archive))?;
    let mut json = 0u64;
    for i in 0..zip.len() {
        json += zip.by_index(i)?.size();
    }
    let mib = |bytes: f64| bytes / (1024.0 * 1024.0);
    println!(
        "ExportMe ({label}): {:.1} MiB of JSON, {:.1} MiB zipped, \
         in {elapsed:.2} s: {:.1} MiB/s of JSON",
        mib(json as f64),
        mib(archive.len() as f64),
        mib(json as f64) / elapsed
    );
    match (reset, before, rss_kib(pid, "VmHWM:")) {
        (true, Some(before), Some(peak)) => println!(
            "server RSS before the export {:.1} MiB, peak during it {:.1} MiB (target: flat)",
            before as f64 / 1024.0,
            peak as f64 / 1024.0
        ),
        _ => println!("server peak RSS during the export: unavailable (no /proc/PID/clear_refs)"),
    }
    Ok(())
}
