//! The coaching warehouse export through the real server: the 5-minute
//! job's gzip CSV files and the admin's ExportChanges stream each send a
//! row once per change, deletions by id (an erased user by key), and never
//! journal text.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use kith::coaching::export;
use kith::jobs::{JobKind, SystemSlot};
use kith::proto::coaching::v1 as pb;
use pb::export_service_client::ExportServiceClient;
use pb::journal_service_client::JournalServiceClient;
use tonic::transport::Channel;
use tonic::Code;

use crate::coaching::{self, create, goals};
use crate::harness::{authed, violated_fields, TestApp};

type Row = HashMap<String, String>;

fn exports(app: &TestApp) -> ExportServiceClient<Channel> {
    ExportServiceClient::new(app.channel.clone())
}

async fn new_goal(app: &TestApp, token: &str, title: &str) -> pb::Goal {
    create(app, token, coaching::new_goal(title, pb::Theme::Fitness))
        .await
        .unwrap()
}

async fn check_in(app: &TestApp, token: &str, habit_id: &str, day: &str) -> pb::CheckIn {
    let request = pb::LogCheckInRequest {
        habit_id: habit_id.into(),
        day: day.into(),
        completed: true,
        note: "a private note".into(),
        ..Default::default()
    };
    goals(app)
        .log_check_in(authed(request, token))
        .await
        .unwrap()
        .into_inner()
        .check_in
        .unwrap()
}

/// Every row of every file of `table` in the export folder.
fn read_rows(dir: &Path, table: &str) -> Vec<Row> {
    let folder = dir.join(table);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut rows = Vec::new();
    for path in files {
        assert!(path.to_string_lossy().ends_with(".csv.gz"), "{path:?}");
        let mut text = String::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap())
            .read_to_string(&mut text)
            .unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let headers = reader.headers().unwrap().clone();
        for record in reader.records() {
            let record = record.unwrap();
            rows.push(
                headers
                    .iter()
                    .zip(record.iter())
                    .map(|(h, v)| (h.to_owned(), v.to_owned()))
                    .collect(),
            );
        }
    }
    rows
}

fn ids<'a>(rows: &'a [Row], column: &str) -> Vec<&'a str> {
    rows.iter().map(|r| r[column].as_str()).collect()
}

/// Runs the file export once; its result.
async fn run_export(app: &TestApp) -> serde_json::Value {
    let job = export::JOB.job(&SystemSlot { day: None });
    crate::harness::run_job(app, job, JobKind::new(export::JOB, export::job)).await
}

/// Runs the file export until `seen` holds. Other databases' open
/// transactions on the same server can hold a watermark back a moment: a
/// run then sends less, never anything twice.
async fn export_until(app: &TestApp, dir: &Path, seen: impl Fn(&Path) -> bool) {
    for _ in 0..40 {
        run_export(app).await;
        if seen(dir) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the export never caught up");
}

#[tokio::test]
async fn two_file_exports_send_each_row_once_and_deletions_after_it() {
    let dir = std::env::temp_dir().join(format!("kith-export-{}", uuid::Uuid::new_v4()));
    let folder = dir.clone();
    let app = TestApp::spawn_with(move |c| c.coaching.export_dir = Some(folder)).await;
    let (user, session) = app.register("ada@example.com").await;
    let token = &session.access_token;
    let goal = new_goal(&app, token, "Run a 5k").await;
    let habit = goal.habits[0].id.clone();
    let first_check_in = check_in(&app, token, &habit, "").await;
    let entry = JournalServiceClient::new(app.channel.clone())
        .create_entry(authed(
            pb::CreateEntryRequest {
                text: "A wonderful run with a friend today".into(),
            },
            token,
        ))
        .await
        .unwrap()
        .into_inner()
        .entry
        .unwrap();

    // Run 1: the user, the goal, the check-in and the entry.
    let goal_id = goal.id.clone();
    let check_in_id = first_check_in.id.clone();
    // Each table has its own watermark: wait for both rows, not only one.
    export_until(&app, &dir, |d| {
        ids(&read_rows(d, "dim_goals"), "id").contains(&goal_id.as_str())
            && ids(&read_rows(d, "fact_check_ins"), "id").contains(&check_in_id.as_str())
    })
    .await;
    let users = read_rows(&dir, "dim_users");
    assert_eq!(users.len(), 1, "{users:?}");
    let key = users[0]["key"].clone();
    assert_eq!(key.len(), 64, "a hex hash, not the id");
    assert!(
        !users[0].values().any(|v| v.contains(&user.id) || v.contains("ada@")),
        "{users:?}"
    );
    let check_ins = read_rows(&dir, "fact_check_ins");
    assert_eq!(ids(&check_ins, "id"), [first_check_in.id.as_str()]);
    assert_eq!(check_ins[0]["user_key"], key);
    assert_eq!(
        (check_ins[0]["completed"].as_str(), check_ins[0]["goal_id"].as_str()),
        ("true", goal.id.as_str())
    );
    assert!(!check_ins[0].contains_key("note"));
    let journal = read_rows(&dir, "fact_journal_entries");
    assert_eq!(ids(&journal, "id"), [entry.id.as_str()]);
    assert_eq!(journal[0]["label"], "positive");
    assert_eq!(journal[0]["text_chars"], "35");
    assert!(
        !journal[0].values().any(|v| v.contains("wonderful")),
        "journal text stays home"
    );

    // Changes: the goal renamed, a check-in for yesterday, a second goal
    // with a check-in deleted, and a sign-in (not an exported change).
    let rename = pb::UpdateGoalRequest {
        goal: Some(pb::Goal {
            id: goal.id.clone(),
            title: "Run a 10k".into(),
            ..Default::default()
        }),
        update_mask: Some(prost_types::FieldMask {
            paths: vec!["title".into()],
        }),
    };
    goals(&app).update_goal(authed(rename, token)).await.unwrap();
    let yesterday = (chrono::Utc::now().date_naive() - chrono::Duration::days(1)).to_string();
    let second_check_in = check_in(&app, token, &habit, &yesterday).await;
    let dropped = new_goal(&app, token, "Learn the cello").await;
    let dropped_check_in = check_in(&app, token, &dropped.habits[0].id, "").await;
    goals(&app)
        .delete_goal(authed(
            pb::DeleteGoalRequest {
                goal_id: dropped.id.clone(),
            },
            token,
        ))
        .await
        .unwrap();
    app.login("ada@example.com", crate::harness::PASSWORD).await;

    // Run 2 sends only those: each earlier row still once, the renamed
    // goal once more as it is now, the dropped goal as a deletion that
    // takes its check-in with it.
    let dropped_id = dropped.id.clone();
    export_until(&app, &dir, |d| {
        ids(&read_rows(d, "deletions"), "row_id").contains(&dropped_id.as_str())
    })
    .await;
    let check_ins = read_rows(&dir, "fact_check_ins");
    let mut seen = ids(&check_ins, "id");
    seen.sort_unstable();
    let mut expected = vec![first_check_in.id.as_str(), second_check_in.id.as_str()];
    // The dropped goal's check-in may have been exported before its goal
    // went, never twice.
    if seen.contains(&dropped_check_in.id.as_str()) {
        expected.push(dropped_check_in.id.as_str());
    }
    expected.sort_unstable();
    assert_eq!(seen, expected);
    let all_goals = read_rows(&dir, "dim_goals");
    let goal_rows: Vec<&Row> = all_goals.iter().filter(|r| r["id"] == goal.id).collect();
    assert_eq!(
        goal_rows.iter().map(|r| r["title"].as_str()).collect::<Vec<_>>(),
        ["Run a 5k", "Run a 10k"]
    );
    assert!(
        goal_rows[0]["changed_txid"].parse::<i64>().unwrap() < goal_rows[1]["changed_txid"].parse::<i64>().unwrap()
    );
    assert_eq!(
        read_rows(&dir, "dim_users").len(),
        1,
        "a sign-in is not an exported change"
    );
    assert_eq!(ids(&read_rows(&dir, "fact_journal_entries"), "id"), [entry.id.as_str()]);
    let deletions = read_rows(&dir, "deletions");
    assert_eq!(deletions.len(), 1, "{deletions:?}");
    assert_eq!(
        (deletions[0]["entity"].as_str(), deletions[0]["row_id"].as_str()),
        ("goal", dropped.id.as_str())
    );

    // Nothing changed: a run writes nothing.
    let quiet = run_export(&app).await;
    assert_eq!(quiet["export"]["rows"], serde_json::json!({}), "{quiet}");

    // An erased account becomes one deletion, by key.
    let sql = app.sql().await;
    sql.execute("DELETE FROM users WHERE id = $1::text::uuid", &[&user.id])
        .await
        .unwrap();
    export_until(&app, &dir, |d| read_rows(d, "deletions").len() > 1).await;
    let deletions = read_rows(&dir, "deletions");
    assert_eq!(deletions.len(), 2, "{deletions:?}");
    assert_eq!(
        (deletions[1]["entity"].as_str(), deletions[1]["row_id"].as_str()),
        ("user", key.as_str())
    );
    let runs: i64 = sql
        .query_one(
            "SELECT count(*) FROM warehouse_export_runs WHERE to_txid < from_txid",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(runs, 0);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Everything ExportChanges sends from `since`, and its final watermark.
async fn stream_changes(app: &TestApp, token: &str, since: i64) -> (Vec<pb::ExportChangesResponse>, i64) {
    let mut stream = exports(app)
        .export_changes(authed(pb::ExportChangesRequest { since_watermark: since }, token))
        .await
        .unwrap()
        .into_inner();
    let mut messages = Vec::new();
    while let Some(m) = stream.message().await.unwrap() {
        messages.push(m);
    }
    let last = messages.pop().expect("a final message");
    assert!(last.done && last.watermark >= since, "{last:?}");
    (messages, last.watermark)
}

fn check_in_ids(messages: &[pb::ExportChangesResponse]) -> Vec<String> {
    messages
        .iter()
        .flat_map(|m| m.check_ins.iter().map(|c| c.id.clone()))
        .collect()
}

#[tokio::test]
async fn admins_stream_changes_since_a_watermark_in_batches() {
    let app = TestApp::spawn().await;
    let (user, session) = app.register("ada@example.com").await;
    let token = &session.access_token;
    let (_, admin) = app.admin_token().await;
    let goal = new_goal(&app, token, "Run a 5k").await;
    // 1,500 days of check-ins on one habit: two batches.
    let sql = app.sql().await;
    sql.execute(
        "INSERT INTO coaching_check_ins (id, habit_id, goal_id, user_id, day, completed)
         SELECT gen_random_uuid(), $1::text::uuid, $2::text::uuid, $3::text::uuid, current_date - 1 - n, n % 3 <> 0
         FROM generate_series(0, 1499) AS n",
        &[&goal.habits[0].id, &goal.id, &user.id],
    )
    .await
    .unwrap();

    // Members may not; a bad watermark is named.
    let err = exports(&app)
        .export_changes(authed(pb::ExportChangesRequest { since_watermark: 0 }, token))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Code::PermissionDenied);
    for bad in [-1, i64::MAX] {
        let err = exports(&app)
            .export_changes(authed(pb::ExportChangesRequest { since_watermark: bad }, &admin))
            .await
            .unwrap_err();
        assert_eq!(err.code(), Code::InvalidArgument);
        assert_eq!(violated_fields(&err), ["since_watermark"]);
    }

    let mut all = Vec::new();
    let mut watermark = 0;
    for _ in 0..40 {
        let (messages, next) = stream_changes(&app, &admin, watermark).await;
        all.extend(messages);
        watermark = next;
        if check_in_ids(&all).len() >= 1500 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let ids = check_in_ids(&all);
    let unique: std::collections::HashSet<&String> = ids.iter().collect();
    assert_eq!((ids.len(), unique.len()), (1500, 1500));
    assert!(all.iter().all(|m| m.check_ins.len() <= 1000));
    assert!(
        all.iter().filter(|m| !m.check_ins.is_empty()).count() >= 2,
        "sent in batches"
    );
    // Each message carries one kind of row.
    for m in &all {
        let kinds = [
            !m.users.is_empty(),
            !m.goals.is_empty(),
            !m.check_ins.is_empty(),
            !m.journal_entries.is_empty(),
            !m.deletions.is_empty(),
        ];
        assert_eq!(kinds.iter().filter(|k| **k).count(), 1, "{m:?}");
    }
    assert!(all
        .iter()
        .any(|m| m.goals.iter().any(|g| g.id == goal.id && g.title == "Run a 5k")));

    // From the watermark on, only what changed since.
    let today = check_in(&app, token, &goal.habits[0].id, "").await;
    let mut since = Vec::new();
    for _ in 0..40 {
        let (messages, next) = stream_changes(&app, &admin, watermark).await;
        since.extend(messages);
        watermark = next;
        if !check_in_ids(&since).is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(check_in_ids(&since), [today.id]);
    assert!(
        since.iter().all(|m| m.goals.is_empty() && m.users.is_empty()),
        "{since:?}"
    );
}
