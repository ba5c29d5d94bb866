//! External sources through the real server: a database of its own on the
//! test server stands in for a government registry. Sources are created,
//! tested and synced into cases (by an admin and by the schedule), their
//! connection strings sealed and never sent back, every query and sync
//! logged, and nobody but an admin may touch them.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use kith::proto::cases::v1 as pb;
use pb::case_service_client::CaseServiceClient;
use pb::external_source_service_client::ExternalSourceServiceClient;
use prost_types::FieldMask;
use tokio_postgres::NoTls;
use tonic::transport::Channel;
use tonic::{Code, Status};

use crate::harness::{authed, count, reason, violated_fields, TestApp};

fn sources(app: &TestApp) -> ExternalSourceServiceClient<Channel> {
    ExternalSourceServiceClient::new(app.channel.clone())
}

/// `url` with a password when it has none (the test server trusts local
/// connections and ignores it), and the password it carries.
fn with_password(url: &str) -> (String, Option<String>) {
    let scheme_end = url.find("://").map_or(0, |i| i + 3);
    let Some(at) = url[scheme_end..].find('@').map(|i| scheme_end + i) else {
        return (url.to_owned(), None);
    };
    if let Some((_, password)) = url[scheme_end..at].split_once(':') {
        return (url.to_owned(), Some(password.to_owned()));
    }
    let password = format!("pw{}", uuid::Uuid::new_v4().simple());
    (format!("{}:{password}{}", &url[..at], &url[at..]), Some(password))
}

/// The host as written in `url`.
fn host_of(url: &str) -> String {
    let after = url.split_once('@').map_or(url, |(_, rest)| rest);
    let after = after.split_once("://").map_or(after, |(_, rest)| rest);
    after.split([':', '/', '?']).next().unwrap_or_default().to_owned()
}

async fn connect(url: &str) -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(url, NoTls).await.unwrap();
    tokio::spawn(connection);
    client
}

/// A database of its own on the test server, standing in for an external
/// registry: `registry.people`, keyed by person_no. Dropped with the value.
struct ExternalDb {
    name: String,
    server_url: String,
    /// What a source connects with.
    url: String,
    password: Option<String>,
    client: tokio_postgres::Client,
}

impl ExternalDb {
    async fn create(app: &TestApp) -> ExternalDb {
        let name = format!("kith_src_{}", uuid::Uuid::new_v4().simple());
        let server_url = crate::harness::replace_db(&app.db_url, "postgres");
        connect(&server_url)
            .await
            .execute(&format!("CREATE DATABASE \"{name}\""), &[])
            .await
            .unwrap();
        let (url, password) = with_password(&crate::harness::replace_db(&app.db_url, &name));
        let client = connect(&url).await;
        client
            .batch_execute(
                "CREATE SCHEMA registry;
                 CREATE TABLE registry.people (
                     person_no text PRIMARY KEY, name text, other_names text, age integer,
                     sex text, seen_at timestamptz, notes text);
                 INSERT INTO registry.people VALUES
                     ('P-1', 'Ada Lovelace', 'Ada, Countess of Lovelace', 36, 'female',
                      '2020-05-01 18:45:00+00', 'Green coat'),
                     ('P-2', 'Alan Turing', NULL, 41, 'M', NULL, NULL),
                     ('P-3', 'Grace Hopper', 'Amazing Grace', 85, NULL, NULL, '');",
            )
            .await
            .unwrap();
        ExternalDb {
            name,
            server_url,
            url,
            password,
            client,
        }
    }

    /// What must appear in no stored byte and no response.
    fn secrets(&self) -> Vec<String> {
        let mut secrets = vec![self.name.clone(), host_of(&self.url)];
        secrets.extend(self.password.clone());
        secrets.retain(|s| !s.is_empty());
        secrets
    }
}

impl Drop for ExternalDb {
    fn drop(&mut self) {
        let (name, url) = (std::mem::take(&mut self.name), self.server_url.clone());
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                if let Ok((client, connection)) = tokio_postgres::connect(&url, NoTls).await {
                    tokio::spawn(connection);
                    let _ = client
                        .execute(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"), &[])
                        .await;
                }
            });
        })
        .join();
    }
}

fn people(name: &str) -> pb::ExternalSource {
    let mapping: HashMap<String, String> = [
        ("full_name", "name"),
        ("aliases", "other_names"),
        ("age", "age"),
        ("gender", "sex"),
        ("last_seen_time", "seen_at"),
        ("description", "notes"),
    ]
    .into_iter()
    .map(|(field, column)| (field.to_owned(), column.to_owned()))
    .collect();
    pb::ExternalSource {
        name: name.into(),
        table: "registry.people".into(),
        key_column: "person_no".into(),
        mapping,
        enabled: true,
        ..Default::default()
    }
}

async fn create(
    app: &TestApp,
    token: &str,
    source: pb::ExternalSource,
    url: &str,
) -> Result<pb::ExternalSource, Status> {
    let request = pb::CreateExternalSourceRequest {
        source: Some(source),
        connection_string: url.into(),
    };
    let created = sources(app).create_external_source(authed(request, token)).await?;
    Ok(created.into_inner().source.unwrap())
}

async fn test_connection(app: &TestApp, token: &str, id: &str) -> Result<pb::TestConnectionResponse, Status> {
    let request = pb::TestConnectionRequest { source_id: id.into() };
    Ok(sources(app).test_connection(authed(request, token)).await?.into_inner())
}

async fn sync_now(app: &TestApp, token: &str, id: &str) -> Result<pb::SyncLog, Status> {
    let request = pb::SyncNowRequest { source_id: id.into() };
    Ok(sources(app)
        .sync_now(authed(request, token))
        .await?
        .into_inner()
        .log
        .unwrap())
}

async fn sync_logs(app: &TestApp, token: &str, id: &str) -> Vec<pb::SyncLog> {
    let request = pb::ListSyncLogsRequest {
        source_id: id.into(),
        ..Default::default()
    };
    let listed = sources(app).list_sync_logs(authed(request, token)).await.unwrap();
    listed.into_inner().logs
}

async fn query_logs(app: &TestApp, token: &str, id: &str) -> Vec<pb::QueryLog> {
    let request = pb::ListQueryLogsRequest {
        source_id: id.into(),
        ..Default::default()
    };
    let listed = sources(app).list_query_logs(authed(request, token)).await.unwrap();
    listed.into_inner().logs
}

async fn cases(app: &TestApp, token: &str) -> Vec<pb::Case> {
    let request = pb::ListCasesRequest::default();
    let listed = CaseServiceClient::new(app.channel.clone())
        .list_cases(authed(request, token))
        .await
        .unwrap();
    let mut cases = listed.into_inner().cases;
    cases.sort_by(|a, b| a.full_name.cmp(&b.full_name));
    cases
}

fn code<T>(result: Result<T, Status>) -> Code {
    result.err().map_or(Code::Ok, |s| s.code())
}

async fn audited(app: &TestApp, action: &str) -> i64 {
    count(
        app,
        &format!("SELECT count(*) FROM audit_events WHERE action = '{action}'"),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_registry_syncs_into_cases_and_syncs_again_only_what_changed() {
    let app = TestApp::spawn().await;
    let (admin_user, admin) = app.admin_token().await;
    let (_, ivy) = app.user_with_role("ivy@example.com", "investigator").await;
    let registry = ExternalDb::create(&app).await;

    let source = create(&app, &admin, people("Missing persons registry"), &registry.url)
        .await
        .unwrap();
    assert!(source.has_connection && source.enabled);
    assert_eq!(source.kind(), pb::SourceKind::Postgres);
    let tested = test_connection(&app, &admin, &source.id).await.unwrap();
    assert!(tested.ok, "{}", tested.problem);
    assert_eq!(tested.rows, 3);

    // The first sync creates a case per row, without a reporter.
    let first = sync_now(&app, &admin, &source.id).await.unwrap();
    assert_eq!(first.status(), pb::SyncStatus::Succeeded, "{:?}", first.errors);
    assert_eq!(first.trigger(), pb::SyncTrigger::Manual);
    assert_eq!(
        (first.pulled, first.created, first.updated, first.skipped),
        (3, 3, 0, 0)
    );
    let synced = cases(&app, &ivy).await;
    let names: Vec<&str> = synced.iter().map(|c| c.full_name.as_str()).collect();
    assert_eq!(names, ["Ada Lovelace", "Alan Turing", "Grace Hopper"]);
    let ada = &synced[0];
    assert_eq!(ada.aliases, ["Ada", "Countess of Lovelace"]);
    assert_eq!((ada.age, ada.gender()), (36, pb::Gender::Female));
    assert_eq!(ada.last_seen_time.as_ref().map(|t| t.seconds), Some(1_588_358_700));
    assert_eq!(ada.description, "Green coat");
    assert_eq!((ada.reporter_id.as_str(), ada.status()), ("", pb::CaseStatus::Open));
    assert_eq!(synced[1].gender(), pb::Gender::Male);
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM cases WHERE source_id IS NOT NULL AND reporter_id IS NULL"
        )
        .await,
        3
    );

    // Nothing changed there: nothing changes here.
    let second = sync_now(&app, &admin, &source.id).await.unwrap();
    assert_eq!(
        (second.pulled, second.created, second.updated, second.skipped),
        (3, 0, 0, 0)
    );
    assert_eq!(audited(&app, "case.sync").await, 3);

    // An investigator's change to a field the source does not map stays.
    let grace = synced[2].clone();
    let request = pb::UpdateCaseRequest {
        case: Some(pb::Case {
            id: grace.id.clone(),
            priority: pb::Priority::High as i32,
            ..Default::default()
        }),
        update_mask: Some(FieldMask {
            paths: vec!["priority".into()],
        }),
    };
    CaseServiceClient::new(app.channel.clone())
        .update_case(authed(request, &ivy))
        .await
        .unwrap();

    // One row changed, one added, one that fails the case checks.
    registry
        .client
        .batch_execute(
            "UPDATE registry.people SET notes = 'Seen at the harbour' WHERE person_no = 'P-2';
             INSERT INTO registry.people VALUES
                 ('P-4', 'Mary Seacole', NULL, 70, 'f', NULL, NULL),
                 ('P-5', '', NULL, 200, NULL, NULL, NULL);",
        )
        .await
        .unwrap();
    let third = sync_now(&app, &admin, &source.id).await.unwrap();
    assert_eq!(
        (third.pulled, third.created, third.updated, third.skipped),
        (5, 1, 1, 1)
    );
    assert_eq!(third.errors.len(), 1, "{:?}", third.errors);
    assert!(
        third.errors[0].starts_with("key P-5: ") && third.errors[0].contains("full_name: is required"),
        "{:?}",
        third.errors
    );
    let synced = cases(&app, &ivy).await;
    let names: Vec<&str> = synced.iter().map(|c| c.full_name.as_str()).collect();
    assert_eq!(names, ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Mary Seacole"]);
    assert_eq!(synced[1].description, "Seen at the harbour");
    assert_eq!(synced[2].priority(), pb::Priority::High);
    assert_eq!(audited(&app, "case.sync").await, 5);

    // The runs, newest first, a page at a time.
    let logs = sync_logs(&app, &admin, &source.id).await;
    let ids: Vec<&str> = logs.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, [third.id.as_str(), second.id.as_str(), first.id.as_str()]);
    assert!(logs.iter().all(|l| l.finish_time.is_some()));
    let request = pb::ListSyncLogsRequest {
        source_id: source.id.clone(),
        page_size: 2,
        ..Default::default()
    };
    let page = sources(&app)
        .list_sync_logs(authed(request, &admin))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(page.logs.len(), 2);
    let request = pb::ListSyncLogsRequest {
        source_id: source.id.clone(),
        page_size: 2,
        page_token: page.next_page_token,
    };
    let rest = sources(&app)
        .list_sync_logs(authed(request, &admin))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(rest.logs.iter().map(|l| &l.id).collect::<Vec<_>>(), [&first.id]);
    assert!(rest.next_page_token.is_empty());

    // Every query sent, by whom and why, newest first.
    let queries = query_logs(&app, &admin, &source.id).await;
    let purposes: Vec<pb::QueryPurpose> = queries.iter().map(|q| q.purpose()).collect();
    let (sync, test) = (pb::QueryPurpose::Sync, pb::QueryPurpose::Test);
    assert_eq!(purposes, [sync, sync, sync, test]);
    assert!(queries.iter().all(|q| q.user_id == admin_user.id && q.error.is_empty()));
    assert_eq!((queries[0].rows, queries[3].rows), (5, 3));
    assert!(queries[3]
        .query
        .starts_with("SELECT count(*) FROM (SELECT \"person_no\"::text"));
    assert!(queries[0].query.contains("FROM \"registry\".\"people\" ORDER BY 1"));
    for action in ["case_source.create", "case_source.test"] {
        assert_eq!(audited(&app, action).await, 1, "{action}");
    }
    assert_eq!(audited(&app, "case_source.sync").await, 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_strings_are_sealed_never_sent_back_and_a_tampered_one_fails_cleanly() {
    let app = TestApp::spawn().await;
    let (_, admin) = app.admin_token().await;
    let registry = ExternalDb::create(&app).await;
    let source = create(&app, &admin, people("Registry"), &registry.url).await.unwrap();

    let sql = app.sql().await;
    let stored: Vec<u8> = sql
        .query_one(
            "SELECT connection FROM case_sources WHERE id = $1::text::uuid",
            &[&source.id],
        )
        .await
        .unwrap()
        .get(0);
    for secret in registry.secrets() {
        let found = stored.windows(secret.len()).any(|w| w == secret.as_bytes());
        assert!(!found, "the stored connection holds {secret:?}");
    }

    // No answer carries it.
    let tested = test_connection(&app, &admin, &source.id).await.unwrap();
    assert!(tested.ok, "{}", tested.problem);
    let synced = sync_now(&app, &admin, &source.id).await.unwrap();
    let listed = sources(&app)
        .list_external_sources(authed(pb::ListExternalSourcesRequest::default(), &admin))
        .await
        .unwrap()
        .into_inner();
    let queries = query_logs(&app, &admin, &source.id).await;
    let said = format!("{source:?}{tested:?}{synced:?}{listed:?}{queries:?}");
    for secret in registry.secrets() {
        assert!(!said.contains(&secret), "an answer holds {secret:?}");
    }
    assert!(!said.contains("postgres://") && !said.contains("postgresql://"));

    // An altered byte: the string does not open, and both calls say so.
    sql.execute(
        "UPDATE case_sources SET connection = set_byte(connection, 20, get_byte(connection, 20) # 1)
         WHERE id = $1::text::uuid",
        &[&source.id],
    )
    .await
    .unwrap();
    let tested = test_connection(&app, &admin, &source.id).await.unwrap();
    assert!(!tested.ok);
    assert!(tested.problem.contains("cannot be read"), "{}", tested.problem);
    let failed = sync_now(&app, &admin, &source.id).await.unwrap();
    assert_eq!(failed.status(), pb::SyncStatus::Failed);
    assert!(failed.errors[0].contains("cannot be read"), "{:?}", failed.errors);

    // A new connection string replaces it.
    let request = pb::UpdateExternalSourceRequest {
        source: Some(pb::ExternalSource {
            id: source.id.clone(),
            ..Default::default()
        }),
        update_mask: Some(FieldMask {
            paths: vec!["connection_string".into()],
        }),
        connection_string: registry.url.clone(),
    };
    let updated = sources(&app)
        .update_external_source(authed(request, &admin))
        .await
        .unwrap()
        .into_inner()
        .source
        .unwrap();
    assert_eq!(updated.name, "Registry");
    assert!(test_connection(&app, &admin, &source.id).await.unwrap().ok);

    // Sealed for its own row: copied onto another source, it does not open.
    let other = create(&app, &admin, people("Copy"), "postgres://u:p@127.0.0.1:1/x")
        .await
        .unwrap();
    sql.execute(
        "UPDATE case_sources SET connection = (SELECT connection FROM case_sources WHERE id = $1::text::uuid)
         WHERE id = $2::text::uuid",
        &[&source.id, &other.id],
    )
    .await
    .unwrap();
    let tested = test_connection(&app, &admin, &other.id).await.unwrap();
    assert!(!tested.ok && tested.problem.contains("cannot be read"), "{tested:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_admins_may_touch_sources_and_bad_input_names_its_fields() {
    let app = TestApp::spawn().await;
    let (_, admin) = app.admin_token().await;
    let (_, ivy) = app.user_with_role("ivy@example.com", "investigator").await;
    let (_, session) = app.register("mo@example.com").await;
    let url = "postgres://reader:pw@127.0.0.1:1/registry";
    let source = create(&app, &admin, people("Registry"), url).await.unwrap();

    for token in [&ivy, &session.access_token] {
        let mut client = sources(&app);
        let id = || source.id.clone();
        let mask = Some(FieldMask {
            paths: vec!["enabled".into()],
        });
        let codes = [
            code(
                client
                    .create_external_source(authed(
                        pb::CreateExternalSourceRequest {
                            source: Some(people("Mine")),
                            connection_string: url.into(),
                        },
                        token,
                    ))
                    .await,
            ),
            code(
                client
                    .list_external_sources(authed(pb::ListExternalSourcesRequest::default(), token))
                    .await,
            ),
            code(
                client
                    .update_external_source(authed(
                        pb::UpdateExternalSourceRequest {
                            source: Some(pb::ExternalSource {
                                id: id(),
                                ..Default::default()
                            }),
                            update_mask: mask,
                            connection_string: String::new(),
                        },
                        token,
                    ))
                    .await,
            ),
            code(
                client
                    .delete_external_source(authed(pb::DeleteExternalSourceRequest { source_id: id() }, token))
                    .await,
            ),
            code(test_connection(&app, token, &source.id).await),
            code(sync_now(&app, token, &source.id).await),
            code(
                client
                    .list_sync_logs(authed(
                        pb::ListSyncLogsRequest {
                            source_id: id(),
                            ..Default::default()
                        },
                        token,
                    ))
                    .await,
            ),
            code(
                client
                    .list_query_logs(authed(
                        pb::ListQueryLogsRequest {
                            source_id: id(),
                            ..Default::default()
                        },
                        token,
                    ))
                    .await,
            ),
        ];
        assert_eq!(codes, [Code::PermissionDenied; 8]);
    }
    assert_eq!(count(&app, "SELECT count(*) FROM case_source_queries").await, 0);

    // Every wrong field at once.
    let mut bad = people(" ");
    bad.table = "registry.people; DROP TABLE cases".into();
    bad.key_column = "person no".into();
    bad.mapping = [("nickname", "nick"), ("age", "age")]
        .into_iter()
        .map(|(f, c)| (f.to_owned(), c.to_owned()))
        .collect();
    bad.sync_every_minutes = 5;
    let status = create(&app, &admin, bad, "mysql://reader:pw@db/registry")
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(
        violated_fields(&status),
        [
            "source.name",
            "source.table",
            "source.key_column",
            "source.mapping[nickname]",
            "source.mapping",
            "source.sync_every_minutes",
            "connection_string"
        ]
    );
    assert!(!status.message().contains("reader:pw"));
    let status = create(&app, &admin, people("Registry"), url).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status)),
        (Code::AlreadyExists, "SOURCE_NAME_TAKEN".into())
    );

    // Updates check the merged source and their mask.
    let mut change = pb::ExternalSource {
        id: source.id.clone(),
        ..Default::default()
    };
    change.mapping.insert("full_name".into(), "full name".into());
    let request = pb::UpdateExternalSourceRequest {
        source: Some(change),
        update_mask: Some(FieldMask {
            paths: vec!["mapping".into(), "kind".into()],
        }),
        connection_string: String::new(),
    };
    let status = sources(&app)
        .update_external_source(authed(request, &admin))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), ["update_mask", "source.mapping[full_name]"]);

    // Unknown ids are missing, malformed ones named.
    let unknown = uuid::Uuid::now_v7().to_string();
    let status = test_connection(&app, &admin, &unknown).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status)),
        (Code::NotFound, "SOURCE_NOT_FOUND".into())
    );
    assert_eq!(code(sync_now(&app, &admin, &unknown).await), Code::NotFound);
    let request = pb::ListQueryLogsRequest {
        source_id: unknown.clone(),
        ..Default::default()
    };
    assert_eq!(
        code(sources(&app).list_query_logs(authed(request, &admin)).await),
        Code::NotFound
    );
    let status = sync_now(&app, &admin, "not-an-id").await.unwrap_err();
    assert_eq!(violated_fields(&status), ["source_id"]);

    // One sync of a source at a time, across processes.
    let holder = app.sql().await;
    holder
        .execute(
            "SELECT pg_advisory_lock(hashtextextended('case_source_sync:' || $1::text, 0))",
            &[&source.id],
        )
        .await
        .unwrap();
    let status = sync_now(&app, &admin, &source.id).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status)),
        (Code::FailedPrecondition, "SYNC_UNDER_WAY".into())
    );
    drop(holder);

    // A disabled source is not synced; a deleted one is gone.
    let request = pb::UpdateExternalSourceRequest {
        source: Some(pb::ExternalSource {
            id: source.id.clone(),
            enabled: false,
            ..Default::default()
        }),
        update_mask: Some(FieldMask {
            paths: vec!["enabled".into()],
        }),
        connection_string: String::new(),
    };
    let updated = sources(&app)
        .update_external_source(authed(request, &admin))
        .await
        .unwrap()
        .into_inner()
        .source
        .unwrap();
    assert!(!updated.enabled);
    let status = sync_now(&app, &admin, &source.id).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status)),
        (Code::FailedPrecondition, "SOURCE_DISABLED".into())
    );
    let delete = |id: String| {
        let mut client = sources(&app);
        let admin = admin.clone();
        async move {
            let request = pb::DeleteExternalSourceRequest { source_id: id };
            client.delete_external_source(authed(request, &admin)).await
        }
    };
    delete(source.id.clone()).await.unwrap();
    assert_eq!(code(delete(source.id.clone()).await), Code::NotFound);
    assert_eq!(audited(&app, "case_source.delete").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_source_that_does_not_answer_is_reported_quickly() {
    let app = TestApp::spawn().await;
    let (_, admin) = app.admin_token().await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let url = format!("postgres://reader:pw@127.0.0.1:{port}/registry");
    let source = create(&app, &admin, people("Offline"), &url).await.unwrap();

    let started = Instant::now();
    let tested = test_connection(&app, &admin, &source.id).await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(6), "{:?}", started.elapsed());
    assert!(!tested.ok);
    assert!(tested.problem.starts_with("cannot connect"), "{}", tested.problem);
    assert!(!tested.problem.contains("reader:pw"));

    let failed = sync_now(&app, &admin, &source.id).await.unwrap();
    assert_eq!(failed.status(), pb::SyncStatus::Failed);
    assert_eq!(failed.pulled, 0);
    assert!(failed.errors[0].starts_with("cannot connect"), "{:?}", failed.errors);
    // Nothing reached the source, so nothing was sent.
    assert!(query_logs(&app, &admin, &source.id).await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn due_sources_are_synced_by_the_schedule() {
    use kith::cases::sources::{due_job, sync_job, DUE_JOB, SYNC_JOB};
    use kith::jobs::{JobKind, SystemSlot};

    let app = TestApp::spawn().await;
    let (_, admin) = app.admin_token().await;
    let registry = ExternalDb::create(&app).await;
    let mut every = people("Every 15 minutes");
    every.sync_every_minutes = 15;
    let due = create(&app, &admin, every.clone(), &registry.url).await.unwrap();
    let mut disabled = every.clone();
    (disabled.name, disabled.enabled) = ("Disabled".into(), false);
    create(&app, &admin, disabled, &registry.url).await.unwrap();
    create(&app, &admin, people("On request"), &registry.url).await.unwrap();

    let mut conn = kith::db::conn(&app.state.pool).await.unwrap();
    kith::jobs::enqueue(&mut conn, DUE_JOB.job(&SystemSlot { day: None }))
        .await
        .unwrap();
    drop(conn);
    let jobs = kith::jobs::Registry::new()
        .register(JobKind::new(DUE_JOB, due_job))
        .register(JobKind::new(SYNC_JOB, sync_job));
    let worker = crate::harness::TestWorker::start(&app, "sources-test", jobs);
    for _ in 0..400 {
        if count(&app, "SELECT count(*) FROM case_source_syncs WHERE status <> 'running'").await > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    worker.stop().await;

    // Only the enabled, scheduled source, by no one.
    assert_eq!(
        count(&app, "SELECT count(*) FROM jobs WHERE kind = 'case_source_sync'").await,
        1
    );
    let logs = sync_logs(&app, &admin, &due.id).await;
    assert_eq!(logs.len(), 1);
    assert_eq!(logs[0].trigger(), pb::SyncTrigger::Scheduled);
    assert_eq!((logs[0].status(), logs[0].created), (pb::SyncStatus::Succeeded, 3));
    let queries = query_logs(&app, &admin, &due.id).await;
    assert_eq!(queries.len(), 1);
    assert_eq!(
        (queries[0].user_id.as_str(), queries[0].purpose()),
        ("", pb::QueryPurpose::Sync)
    );
    assert_eq!(
        count(&app, "SELECT count(*) FROM case_sources WHERE last_sync_at IS NOT NULL").await,
        1
    );
}
