//! Checks the database's catalog against the registry: every column that
//! refers to a user — a foreign key to `users`, or a uuid column named like
//! one (`user_id`, `*_user_id`, `actor_id`, ...) — must be declared by a
//! domain or exempted with a reason, and every declaration must name columns
//! that exist. A migration that adds a user reference without declaring it
//! fails the test that runs this.

use std::collections::BTreeSet;

use diesel::sql_types::Text;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use super::{declarations, exemptions};
use crate::error::DbError;

#[derive(diesel::QueryableByName, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Column {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
}

/// The user references in the current schema, as (table, column).
pub async fn user_references(conn: &mut AsyncPgConnection) -> Result<BTreeSet<(String, String)>, DbError> {
    let rows: Vec<Column> = diesel::sql_query(
        "SELECT rel.relname::text AS table_name, att.attname::text AS column_name
         FROM pg_constraint con
         JOIN pg_class rel ON rel.oid = con.conrelid
         JOIN pg_namespace ns ON ns.oid = rel.relnamespace
         JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = ANY (con.conkey)
         WHERE con.contype = 'f' AND con.confrelid = 'users'::regclass AND ns.nspname = current_schema()
         UNION
         SELECT table_name::text, column_name::text
         FROM information_schema.columns
         WHERE table_schema = current_schema() AND data_type = 'uuid' AND table_name <> 'users'
           AND (column_name ~ '(^|_)user_id$'
                OR column_name ~ '^(actor|creator|owner|author|requester|addressee|host|visitor|blocker|blocked|member|subject)_id$')",
    )
    .load(conn)
    .await?;
    Ok(rows.into_iter().map(|c| (c.table_name, c.column_name)).collect())
}

/// Every column that has a table and column name, for stale declarations.
async fn all_columns(conn: &mut AsyncPgConnection) -> Result<BTreeSet<(String, String)>, DbError> {
    let rows: Vec<Column> = diesel::sql_query(
        "SELECT table_name::text, column_name::text FROM information_schema.columns
         WHERE table_schema = current_schema()",
    )
    .load(conn)
    .await?;
    Ok(rows.into_iter().map(|c| (c.table_name, c.column_name)).collect())
}

/// What is wrong between the catalog and the registry; empty when they
/// agree.
pub async fn problems(conn: &mut AsyncPgConnection) -> Result<Vec<String>, DbError> {
    let mut covered = BTreeSet::new();
    for d in declarations() {
        for column in d.user_columns {
            covered.insert((d.table.to_owned(), (*column).to_owned()));
        }
    }
    for e in exemptions() {
        covered.insert((e.table.to_owned(), e.column.to_owned()));
    }
    let mut problems = Vec::new();
    for (table, column) in user_references(conn).await? {
        if !covered.contains(&(table.clone(), column.clone())) {
            problems.push(format!(
                "{table}.{column} refers to a user but no domain declares it (inventory::submit! a \
                 privacy::PersonalData or a privacy::Exempt with the reason)"
            ));
        }
    }
    let existing = all_columns(conn).await?;
    for (table, column) in covered {
        if !existing.contains(&(table.clone(), column.clone())) {
            problems.push(format!("{table}.{column} is declared but does not exist"));
        }
    }
    Ok(problems)
}
