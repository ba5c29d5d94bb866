//! Rules of the schema itself, read from a migrated database.

use crate::harness::TestApp;

/// Foreign keys left at the default ON DELETE (NO ACTION) on purpose, as
/// (table, constraint, why). Every other one cascades, restricts or sets
/// null, so deleting a parent does what was decided, not what was forgotten.
const NO_ACTION: &[(&str, &str, &str)] = &[];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_foreign_key_says_what_deleting_its_parent_does() {
    let app = TestApp::spawn().await;
    let sql = app.sql().await;
    let rows = sql
        .query(
            "SELECT conrelid::regclass::text, conname::text, pg_get_constraintdef(oid)
             FROM pg_constraint
             WHERE contype = 'f' AND confdeltype = 'a'
               AND connamespace = 'public'::regnamespace
             ORDER BY 1, 2",
            &[],
        )
        .await
        .unwrap();
    let total: i64 = sql
        .query_one(
            "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert!(total > 40, "only {total} foreign keys were found");
    let unstated: Vec<String> = rows
        .iter()
        .map(|r| (r.get::<_, String>(0), r.get::<_, String>(1), r.get::<_, String>(2)))
        .filter(|(table, name, _)| !NO_ACTION.iter().any(|(t, n, _)| t == table && n == name))
        .map(|(table, name, definition)| format!("{table}.{name}: {definition}"))
        .collect();
    assert!(
        unstated.is_empty(),
        "foreign keys with the default ON DELETE (state CASCADE, RESTRICT or SET NULL, \
         or list them in NO_ACTION with why):\n{}",
        unstated.join("\n")
    );
}

/// The tables that grow with use, whose keys lead with the user: a user's
/// rows sit together, every read names its user, and the tables can be
/// partitioned or distributed by user without a new key.
const KEYED_BY_USER: &[&str] = &[
    "activity_days",
    "app_sessions",
    "daily_app_rollups",
    "daily_device_usage",
    "daily_user_rollups",
    "usage_uploads",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tables_that_grow_with_use_lead_their_keys_with_the_user() {
    let app = TestApp::spawn().await;
    let sql = app.sql().await;
    for table in KEYED_BY_USER {
        let first: String = sql
            .query_one(
                "SELECT a.attname::text
                 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                 WHERE i.indrelid = $1::text::regclass AND i.indisprimary",
                &[table],
            )
            .await
            .unwrap()
            .get(0);
        assert_eq!(first, "user_id", "{table}'s primary key starts with {first}");
    }
    // A usage row names its owner's device: (user, device) must be a device
    // of that user.
    let (ada, _) = app.register("ada@example.com").await;
    let (bob, _) = app.register("bob@example.com").await;
    let device = uuid::Uuid::now_v7();
    sql.execute(
        "INSERT INTO devices (id, user_id, name, platform, device_type, personality)
         VALUES ($1, $2::text::uuid, 'Phone', 'ios', 'smartphone', 'snarky')",
        &[&device, &ada.id],
    )
    .await
    .unwrap();
    let insert =
        "INSERT INTO daily_device_usage (user_id, device_id, day, screen_time_ms, unlocks, pickups, notifications)
                  VALUES ($1::text::uuid, $2, current_date, 1000, 1, 1, 1)";
    let refused = sql.execute(insert, &[&bob.id, &device]).await.unwrap_err();
    assert_eq!(
        refused.code(),
        Some(&tokio_postgres::error::SqlState::FOREIGN_KEY_VIOLATION)
    );
    sql.execute(insert, &[&ada.id, &device]).await.unwrap();
}
