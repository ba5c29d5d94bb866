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
