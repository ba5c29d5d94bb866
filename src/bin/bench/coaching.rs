//! The coaching section of `make bench`: the dashboards of a member with a
//! year of daily check-ins on 10 habits, p50 of 200 calls each through Kith
//! (reading the stored rollups after the first), against reading the same
//! check-ins with one query directly.

use std::time::{Duration, Instant};

use kith::proto::coaching::v1 as pb;
use kith::proto::identity::v1 as identity_pb;
use pb::dashboard_service_client::DashboardServiceClient;
use tonic::transport::Channel;

use super::{authed, p50};

const HABITS: i32 = 10;
const DAYS: i32 = 365;
const CALLS: usize = 200;

pub async fn run(channel: Channel, sql: &tokio_postgres::Client) -> anyhow::Result<()> {
    let mut auth = identity_pb::auth_service_client::AuthServiceClient::new(channel.clone());
    let registered = auth
        .register(identity_pb::RegisterRequest {
            email: "coached@kith.dev".into(),
            password: "bench password".into(),
            display_name: "Coached".into(),
            ..Default::default()
        })
        .await?
        .into_inner();
    let token = registered.session.unwrap_or_default().access_token;
    let user_id = registered.user.unwrap_or_default().id;
    // One goal, 10 daily habits begun a year ago, a check-in every day on
    // each (one in seven missed).
    sql.batch_execute(&format!(
        "INSERT INTO coaching_goals (id, user_id, title, theme, plan_status)
           VALUES (gen_random_uuid(), '{user_id}', 'A year of habits', 'health', 'ready');
         INSERT INTO coaching_habits (id, goal_id, user_id, title, created_at)
           SELECT gen_random_uuid(), g.id, g.user_id, 'Habit ' || n, now() - interval '{DAYS} days'
           FROM coaching_goals g, generate_series(1, {HABITS}) n WHERE g.user_id = '{user_id}';
         INSERT INTO coaching_check_ins (id, habit_id, goal_id, user_id, day, completed)
           SELECT gen_random_uuid(), h.id, h.goal_id, h.user_id, current_date - d, (d + length(h.title)) % 7 <> 0
           FROM coaching_habits h, generate_series(0, {DAYS}) d WHERE h.user_id = '{user_id}';
         ANALYZE coaching_check_ins;"
    ))
    .await?;
    let mut client = DashboardServiceClient::new(channel);
    // The first read finds no rollup and computes it from the year of
    // check-ins; the rest read the stored rollups plus today.
    let started = Instant::now();
    client.get_summary(authed(pb::GetSummaryRequest {}, &token)).await?;
    let first = started.elapsed();
    let times = |label: &'static str| (label, Vec::with_capacity(CALLS));
    let (mut summary, mut adherence, mut risk) = (times("GetSummary"), times("GetAdherence"), times("GetRisk"));
    for _ in 0..CALLS {
        let started = Instant::now();
        let s = client
            .get_summary(authed(pb::GetSummaryRequest {}, &token))
            .await?
            .into_inner();
        summary.1.push(started.elapsed());
        anyhow::ensure!(
            s.habits.len() == HABITS as usize,
            "{} habits in the summary",
            s.habits.len()
        );
        let started = Instant::now();
        client.get_adherence(authed(pb::GetAdherenceRequest {}, &token)).await?;
        adherence.1.push(started.elapsed());
        let started = Instant::now();
        client.get_risk(authed(pb::GetRiskRequest {}, &token)).await?;
        risk.1.push(started.elapsed());
    }
    let mut direct = Vec::with_capacity(CALLS);
    for _ in 0..CALLS {
        let started = Instant::now();
        let rows = sql
            .query(
                "SELECT habit_id, day, completed FROM coaching_check_ins
                 WHERE user_id = $1::text::uuid AND day >= current_date - 366",
                &[&user_id],
            )
            .await?;
        direct.push(started.elapsed());
        anyhow::ensure!(rows.len() == (HABITS * (DAYS + 1)) as usize, "{} check-ins", rows.len());
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let base = p50(direct);
    println!(
        "GetSummary's first read, computing the rollups from the year of check-ins: {:.2} ms",
        ms(first)
    );
    for (label, samples) in [summary, adherence, risk] {
        println!(
            "{label} for a member with {DAYS} days of check-ins on {HABITS} habits, p50 of {CALLS}: {:.2} ms \
             (target <= 5 ms); reading the year of check-ins directly: {:.2} ms",
            ms(p50(samples)),
            ms(base)
        );
    }
    Ok(())
}
