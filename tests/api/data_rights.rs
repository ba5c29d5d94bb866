//! Data rights through the real server: the registry covers the catalog,
//! ExportMe holds every resource of the caller and nobody else's, DeleteMe
//! closes the account at once and the erase job leaves no row that names
//! the user, while friends' copies are anonymised and the audit chain
//! still verifies; CancelDeletion reopens the account.

use std::collections::BTreeMap;
use std::io::Read;

use kith::proto::identity::v1 as pb;
use kith::proto::social::v1 as social_pb;
use serde_json::Value;
use social_pb::social_service_client::SocialServiceClient;
use tonic::Code;
use uuid::Uuid;

use crate::harness::{authed, grpc_web_frame, reason, run_jobs, violated_fields, TestApp, PASSWORD};

/// The archive ExportMe streams, concatenated.
async fn export(app: &TestApp, token: &str) -> Result<Vec<u8>, tonic::Status> {
    let mut stream = app
        .users()
        .export_me(authed(pb::ExportMeRequest {}, token))
        .await?
        .into_inner();
    let mut archive = Vec::new();
    let mut first = true;
    while let Some(message) = stream.message().await? {
        assert_eq!(
            !message.file_name.is_empty(),
            first,
            "only the first message names the file"
        );
        first = false;
        archive.extend(message.chunk);
    }
    Ok(archive)
}

/// Every file of a zip archive, by name.
fn files(archive: &[u8]) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(archive)).expect("a zip archive");
    let mut files = BTreeMap::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        let mut text = String::new();
        file.read_to_string(&mut text).unwrap();
        files.insert(file.name().unwrap().to_string(), text);
    }
    files
}

/// The manifest's count per resource.
fn manifest_counts(files: &BTreeMap<String, String>) -> BTreeMap<String, u64> {
    let manifest: Value = serde_json::from_str(&files["manifest.json"]).unwrap();
    assert_eq!(manifest["format"], "kith-export/1");
    manifest["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["resource"].as_str().unwrap().to_owned(), r["count"].as_u64().unwrap()))
        .collect()
}

async fn delete_me(app: &TestApp, token: &str, password: &str) -> Result<pb::DeleteMeResponse, tonic::Status> {
    let request = pb::DeleteMeRequest {
        current_password: password.into(),
        ..Default::default()
    };
    Ok(app.users().delete_me(authed(request, token)).await?.into_inner())
}

async fn cancel(app: &TestApp, email: &str, password: &str) -> Result<pb::CancelDeletionResponse, tonic::Status> {
    let request = pb::CancelDeletionRequest {
        email: email.into(),
        password: password.into(),
        ..Default::default()
    };
    Ok(app.users().cancel_deletion(request).await?.into_inner())
}

async fn user_id(app: &TestApp, email: &str) -> String {
    app.sql()
        .await
        .query_one("SELECT id::text FROM users WHERE email = $1", &[&email])
        .await
        .unwrap()
        .get(0)
}

/// The demo's two friends with their week of usage, the visit's
/// conversation written and the rollups computed, as the worker would.
async fn seeded(app: &TestApp) -> kith::demo::Seeded {
    let seeded = kith::demo::seed(&format!("http://{}", app.addr)).await.unwrap();
    let sql = app.sql().await;
    let job: String = sql
        .query_one("SELECT id::text FROM jobs WHERE kind = 'visit_conversation'", &[])
        .await
        .unwrap()
        .get(0);
    run_jobs(app, &[job.parse().unwrap()]).await;
    seeded
}

/// How many rows of each table mention `needle` anywhere (any column, as
/// text): read from the catalog, so a table added later is checked too.
async fn rows_mentioning(app: &TestApp, needles: &[&str]) -> BTreeMap<String, i64> {
    let sql = app.sql().await;
    let tables: Vec<String> = sql
        .query(
            "SELECT table_name::text FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(tables.len() > 30, "{tables:?}");
    let mut found = BTreeMap::new();
    for table in tables {
        for needle in needles {
            let n: i64 = sql
                .query_one(
                    &format!("SELECT count(*) FROM \"{table}\" x WHERE strpos(lower(x::text), lower($1)) > 0"),
                    &[needle],
                )
                .await
                .unwrap()
                .get(0);
            if n > 0 {
                *found.entry(format!("{table} ({needle})")).or_default() += n;
            }
        }
    }
    found
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_user_reference_in_the_catalog_is_declared() {
    let app = TestApp::spawn().await;
    let mut conn = kith::db::conn(&app.state.pool).await.unwrap();
    let problems = kith::privacy::catalog::problems(&mut conn).await.unwrap();
    assert!(problems.is_empty(), "{problems:#?}");

    // A migration adding a user reference nobody declared is caught, by
    // foreign key and by name.
    app.sql()
        .await
        .batch_execute(
            "CREATE TABLE coaching_notes (id uuid PRIMARY KEY, coach uuid REFERENCES users (id), owner_user_id uuid)",
        )
        .await
        .unwrap();
    let problems = kith::privacy::catalog::problems(&mut conn).await.unwrap();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(
        problems.iter().any(|p| p.starts_with("coaching_notes.coach ")),
        "{problems:#?}"
    );
    assert!(
        problems.iter().any(|p| p.starts_with("coaching_notes.owner_user_id ")),
        "{problems:#?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_holds_every_resource_with_its_counts_and_nobody_elses_data() {
    let app = TestApp::spawn().await;
    let demo = seeded(&app).await;
    let (stranger, _) = app.register("stranger@kith.test").await;
    let demo_id = user_id(&app, demo.email).await;

    let archive = export(&app, &demo.access_token).await.unwrap();
    let files = files(&archive);
    let counts = manifest_counts(&files);

    // Every declared resource, each file as long as the manifest says.
    let declared: Vec<String> = kith::privacy::exports().iter().map(|e| e.resource.to_owned()).collect();
    assert_eq!(counts.keys().cloned().collect::<Vec<_>>(), {
        let mut d = declared.clone();
        d.sort();
        d
    });
    for (resource, count) in &counts {
        let text = &files[&format!("{resource}.jsonl")];
        assert_eq!(text.lines().count() as u64, *count, "{resource}");
        for line in text.lines() {
            serde_json::from_str::<Value>(line).unwrap_or_else(|e| panic!("{resource}: {e}: {line}"));
        }
    }

    // The counts agree with the tables.
    let sql = app.sql().await;
    let count = |query: &'static str| {
        let sql = &sql;
        let id = demo_id.clone();
        async move { sql.query_one(query, &[&id]).await.unwrap().get::<_, i64>(0) as u64 }
    };
    let expected = [
        ("account", 1),
        ("devices", count("SELECT count(*) FROM devices WHERE user_id::text = $1").await),
        ("device_apps", count("SELECT count(*) FROM device_apps WHERE user_id::text = $1").await),
        (
            "app_sessions",
            count("SELECT count(*) FROM app_sessions s JOIN devices d ON d.id = s.device_id WHERE d.user_id::text = $1")
                .await,
        ),
        (
            "daily_device_usage",
            count(
                "SELECT count(*) FROM daily_device_usage s JOIN devices d ON d.id = s.device_id WHERE d.user_id::text = $1",
            )
            .await,
        ),
        ("conversations", count("SELECT count(*) FROM conversations WHERE user_id::text = $1").await),
        ("notifications", count("SELECT count(*) FROM notifications WHERE user_id::text = $1").await),
        (
            "friendships",
            count("SELECT count(*) FROM friendships WHERE requester_id::text = $1 OR addressee_id::text = $1").await,
        ),
        ("challenges_joined", count("SELECT count(*) FROM challenge_participants WHERE user_id::text = $1").await),
        (
            "device_visits",
            count("SELECT count(*) FROM device_visits WHERE host_id::text = $1 OR visitor_id::text = $1").await,
        ),
        ("sessions", count("SELECT count(*) FROM refresh_tokens WHERE user_id::text = $1").await),
    ];
    for (resource, n) in expected {
        assert_eq!(counts[resource], n, "{resource}");
    }
    assert_eq!(counts["devices"], 2);
    assert!(counts["app_sessions"] > 200, "{counts:?}");
    assert!(
        counts["conversations"] >= 1 && counts["conversation_lines"] > 0,
        "{counts:?}"
    );
    assert!(counts["audit_events"] >= 1, "{counts:?}");

    // Nobody else's data: not the stranger, not the friend's email.
    let everything: String = files.values().cloned().collect();
    assert!(everything.contains(&demo_id));
    for other in [stranger.id.as_str(), "stranger@kith.test", demo.friend_email] {
        assert!(!everything.contains(other), "{other} appears in the export");
    }
    // The password hash never leaves.
    assert!(!everything.contains("$argon2"), "a password hash was exported");

    // Without a session there is nothing to export.
    let status = app.users().export_me(pb::ExportMeRequest {}).await.unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exports_are_limited_per_hour_and_stream_over_grpc_web() {
    let app = TestApp::spawn_with(|c| c.data_rights.exports_per_hour = 2).await;
    let (_, session) = app.register("web@kith.test").await;

    // gRPC-Web: every message of the stream arrives in the HTTP/1.1 body.
    let response = reqwest::Client::new()
        .post(format!("http://{}/kith.identity.v1.UserService/ExportMe", app.addr))
        .header("content-type", "application/grpc-web+proto")
        .header("x-grpc-web", "1")
        .header("authorization", format!("Bearer {}", session.access_token))
        .body(grpc_web_frame(&pb::ExportMeRequest {}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.version(), reqwest::Version::HTTP_11);
    let body = response.bytes().await.unwrap();
    let (mut archive, mut trailers, mut rest) = (Vec::new(), String::new(), &body[..]);
    while rest.len() >= 5 {
        let len = u32::from_be_bytes(rest[1..5].try_into().unwrap()) as usize;
        let data = &rest[5..5 + len];
        if rest[0] & 0x80 != 0 {
            trailers = String::from_utf8_lossy(data).into_owned();
        } else {
            use prost::Message;
            archive.extend(pb::ExportMeResponse::decode(data).unwrap().chunk);
        }
        rest = &rest[5 + len..];
    }
    assert!(trailers.contains("grpc-status:0"), "{trailers}");
    assert_eq!(manifest_counts(&files(&archive))["account"], 1);

    export(&app, &session.access_token).await.unwrap();
    let status = export(&app, &session.access_token).await.unwrap_err();
    assert_eq!(status.code(), Code::ResourceExhausted);
    assert_eq!(reason(&status), "RATE_LIMITED");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deleted_account_closes_at_once_and_is_erased_without_a_trace() {
    let app = TestApp::spawn_with(|c| c.data_rights.deletion_grace_days = 0).await;
    let demo = seeded(&app).await;
    let demo_id = user_id(&app, demo.email).await;
    let sam = app.login(demo.friend_email, demo.password).await;
    let (_, admin) = app.admin_token().await;
    let social = SocialServiceClient::new(app.channel.clone());
    let friends = |token: String| {
        let mut social = social.clone();
        async move {
            social
                .list_friends(authed(social_pb::ListFriendsRequest {}, &token))
                .await
                .unwrap()
                .into_inner()
                .friends
                .len()
        }
    };
    assert_eq!(friends(sam.access_token.clone()).await, 1);

    // Re-authentication first.
    let status = delete_me(&app, &demo.access_token, "not the password")
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), ["current_password"]);
    assert!(
        app.get_me(&demo.access_token).await.is_ok(),
        "a refused DeleteMe changes nothing"
    );

    let deleted = delete_me(&app, &demo.access_token, demo.password).await.unwrap();
    assert!(deleted.erase_time.is_some());

    // Closed at once: the session, sign-in and the friend's view.
    let status = app.get_me(&demo.access_token).await.unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
    assert!(app.try_login(demo.email, demo.password).await.is_err());
    assert_eq!(friends(sam.access_token.clone()).await, 0);
    // A second DeleteMe (the old token) and a support DeleteUser are harmless.
    let status = delete_me(&app, &demo.access_token, demo.password).await.unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
    let again = app
        .admin()
        .delete_user(authed(
            pb::DeleteUserRequest {
                user_id: demo_id.clone(),
            },
            &admin,
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(again.erase_time, deleted.erase_time);
    let sql = app.sql().await;
    let erase_jobs: Vec<String> = sql
        .query("SELECT id::text FROM jobs WHERE kind = 'erase_account'", &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(erase_jobs.len(), 1);

    // The grace period (none here) over, the job erases.
    run_jobs(&app, &[erase_jobs[0].parse().unwrap()]).await;
    let left = rows_mentioning(&app, &[&demo_id, demo.email]).await;
    assert!(left.is_empty(), "rows still naming the user: {left:?}");

    // The friend keeps their copy of the visit's conversation, anonymised,
    // and the challenge they joined.
    let sam_id = user_id(&app, demo.friend_email).await;
    let names: Vec<String> = sql
        .query(
            "SELECT p.name FROM conversation_participants p JOIN conversations c ON c.id = p.conversation_id
             WHERE c.user_id::text = $1",
            &[&sam_id],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(names.iter().any(|n| n == "A former member's device"), "{names:?}");
    assert!(!names.iter().any(|n| n == "Pixel" || n == "ThinkPad"), "{names:?}");
    let lines: i64 = sql
        .query_one(
            "SELECT count(*) FROM conversation_lines l JOIN conversations c ON c.id = l.conversation_id
             WHERE c.user_id::text = $1 AND (l.text LIKE '%Pixel%' OR l.speaker = 'Pixel')",
            &[&sam_id],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(lines, 0);
    let creator: String = sql
        .query_one("SELECT creator_id::text FROM challenges", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(creator, sam_id);
    assert!(app.get_me(&sam.access_token).await.is_ok());

    // The trail keeps its chain.
    let chain = app
        .admin()
        .verify_audit_chain(authed(pb::VerifyAuditChainRequest {}, &admin))
        .await
        .unwrap()
        .into_inner();
    assert!(chain.valid, "{chain:?}");
    assert!(chain.events_checked > 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_deletion_restores_the_account() {
    let app = TestApp::spawn().await;
    let (user, session) = app.register("back@kith.test").await;
    delete_me(&app, &session.access_token, PASSWORD).await.unwrap();

    // Wrong credentials look like a failed login.
    let status = cancel(&app, "back@kith.test", "wrong password").await.unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);

    let restored = cancel(&app, "back@kith.test", PASSWORD).await.unwrap();
    let token = restored.session.unwrap().access_token;
    let me = app.get_me(&token).await.unwrap();
    assert_eq!(me.id, user.id);
    assert!(me.is_active);
    let sql = app.sql().await;
    let state: String = sql
        .query_one("SELECT state FROM jobs WHERE kind = 'erase_account'", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(state, "cancelled");
    let pending: i64 = sql
        .query_one("SELECT count(*) FROM account_deletions", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(pending, 0);

    // Nothing left to cancel.
    let status = cancel(&app, "back@kith.test", PASSWORD).await.unwrap_err();
    assert_eq!(status.code(), Code::FailedPrecondition);
    assert_eq!(reason(&status), "NO_PENDING_DELETION");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_admins_delete_other_accounts_and_support_deletions_cannot_be_cancelled() {
    let app = TestApp::spawn().await;
    let (member, session) = app.register("member@kith.test").await;
    let (other, _) = app.register("other@kith.test").await;
    let status = app
        .admin()
        .delete_user(authed(
            pb::DeleteUserRequest {
                user_id: other.id.clone(),
            },
            &session.access_token,
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::PermissionDenied);
    assert!(app.try_login("other@kith.test", PASSWORD).await.is_ok());

    let (_, admin) = app.admin_token().await;
    let status = app
        .admin()
        .delete_user(authed(
            pb::DeleteUserRequest {
                user_id: Uuid::now_v7().to_string(),
            },
            &admin,
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    app.admin()
        .delete_user(authed(
            pb::DeleteUserRequest {
                user_id: member.id.clone(),
            },
            &admin,
        ))
        .await
        .unwrap();
    assert_eq!(
        app.get_me(&session.access_token).await.unwrap_err().code(),
        Code::Unauthenticated
    );
    let status = cancel(&app, "member@kith.test", PASSWORD).await.unwrap_err();
    assert_eq!(reason(&status), "NO_PENDING_DELETION");
    // Nor does reactivating it reopen an account waiting to be erased.
    let request = pb::SetUserActiveRequest {
        user_id: member.id.clone(),
        is_active: true,
    };
    let status = app.admin().set_user_active(authed(request, &admin)).await.unwrap_err();
    assert_eq!(status.code(), Code::FailedPrecondition);
    assert_eq!(reason(&status), "ACCOUNT_CLOSED");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_export_writes_the_same_archive_to_a_file() {
    let app = TestApp::spawn().await;
    let (user, session) = app.register("cli@kith.test").await;
    let dir = std::env::temp_dir().join(format!("kith-export-{}", Uuid::now_v7()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("cli.zip");
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_kith"))
        .args(["admin", "export", "--email", "CLI@kith.test", "--output"])
        .arg(&path)
        .env_remove("TEST_DATABASE_URL")
        .env_remove("KITH_CONFIG")
        .env("DATABASE_URL", &app.db_url)
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::null())
        .output()
        .await
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains(&user.id));
    let from_cli = files(&std::fs::read(&path).unwrap());
    let from_api = files(&export(&app, &session.access_token).await.unwrap());
    assert_eq!(manifest_counts(&from_cli), manifest_counts(&from_api));
    assert_eq!(from_cli["devices.jsonl"], from_api["devices.jsonl"]);
    assert!(from_cli["account.jsonl"].contains("cli@kith.test"));
    std::fs::remove_dir_all(&dir).unwrap();

    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_kith"))
        .args(["admin", "export", "--email", "nobody@kith.test"])
        .env_remove("TEST_DATABASE_URL")
        .env("DATABASE_URL", &app.db_url)
        .output()
        .await
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no account has this email"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_weekly_cleanup_keeps_nothing_past_its_retention() {
    let app = TestApp::spawn().await;
    let (user, _) = app.register("kept@kith.test").await;
    let sql = app.sql().await;
    // For each kind of row, one past its retention (default settings) and
    // one still within it.
    sql.batch_execute(&format!(
        "INSERT INTO ai_generations (id, user_id, purpose, provider, model, outcome, created_at) VALUES
             (gen_random_uuid(), '{u}', 'chat', 'offline', 'm', 'ok', now() - interval '400 days'),
             (gen_random_uuid(), '{u}', 'chat', 'offline', 'm', 'ok', now() - interval '300 days');
         INSERT INTO jobs (id, kind, payload, state, max_attempts, finished_at) VALUES
             (gen_random_uuid(), 'old', '{{}}', 'succeeded', 1, now() - interval '31 days'),
             (gen_random_uuid(), 'old', '{{}}', 'dead', 1, now() - interval '31 days'),
             (gen_random_uuid(), 'recent', '{{}}', 'succeeded', 1, now() - interval '29 days');
         INSERT INTO notifications (id, user_id, kind, title, read_at) VALUES
             (gen_random_uuid(), '{u}', 'old', 'read long ago', now() - interval '91 days'),
             (gen_random_uuid(), '{u}', 'recent', 'read lately', now() - interval '89 days'),
             (gen_random_uuid(), '{u}', 'unread', 'never read', NULL);
         UPDATE notifications SET created_at = now() - interval '200 days' WHERE kind = 'unread';
         INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, expires_at) VALUES
             (gen_random_uuid(), '{u}', gen_random_uuid(), 'a', now() - interval '31 days'),
             (gen_random_uuid(), '{u}', gen_random_uuid(), 'b', now() - interval '29 days');
         INSERT INTO login_attempts (email, peer, succeeded, attempted_at) VALUES
             ('kept@kith.test', '10.0.0.1', false, now() - interval '2 days'),
             ('kept@kith.test', '10.0.0.1', false, now() - interval '1 minute');
         INSERT INTO devices (id, user_id, name, platform, device_type, personality, is_active) VALUES
             ('00000000-0000-7000-8000-000000000001', '{u}', 'Old', 'ios', 'smartphone', 'snarky', false),
             ('00000000-0000-7000-8000-000000000002', '{u}', 'New', 'ios', 'smartphone', 'snarky', true);
         INSERT INTO chat_threads (id, user_id, device_id, updated_at) VALUES
             (gen_random_uuid(), '{u}', '00000000-0000-7000-8000-000000000001', now() - interval '31 days'),
             (gen_random_uuid(), '{u}', '00000000-0000-7000-8000-000000000002', now() - interval '31 days');",
        u = user.id
    ))
    .await
    .unwrap();
    let job = kith::jobs::enqueue(
        &mut kith::db::conn(&app.state.pool).await.unwrap(),
        kith::jobs::NewJob::new("cleanup", serde_json::json!({})),
    )
    .await
    .unwrap()
    .unwrap();
    run_jobs(&app, &[job]).await;

    let count = |query: &'static str| {
        let sql = &sql;
        async move { sql.query_one(query, &[]).await.unwrap().get::<_, i64>(0) }
    };
    assert_eq!(count("SELECT count(*) FROM ai_generations").await, 1);
    assert_eq!(
        count("SELECT count(*) FROM jobs WHERE kind IN ('old', 'recent')").await,
        1
    );
    assert_eq!(count("SELECT count(*) FROM notifications WHERE kind = 'old'").await, 0);
    assert_eq!(count("SELECT count(*) FROM notifications").await, 2, "unread ones stay");
    // The one the registration started stays too.
    assert_eq!(count("SELECT count(*) FROM refresh_tokens").await, 2);
    assert_eq!(count("SELECT count(*) FROM login_attempts").await, 1);
    assert_eq!(
        count("SELECT count(*) FROM chat_threads WHERE device_id = '00000000-0000-7000-8000-000000000002'").await,
        1
    );
    assert_eq!(count("SELECT count(*) FROM chat_threads").await, 1);
    let result: serde_json::Value = sql
        .query_one("SELECT result FROM jobs WHERE kind = 'cleanup'", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(result["retention"]["finished_jobs_removed"], 2, "{result}");
}
