//! Queries on external sources, their sync and query logs, and the cases
//! they synced.

use chrono::{DateTime, Utc};
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::Bool;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::model::{QueryPurpose, QueryRow, SourceRow, SourceSpec, SyncRow, SyncStatus, SyncTrigger};
use crate::cases::model::{CaseFields, CaseRow};
use crate::error::DbError;
use crate::schema::{case_source_queries, case_source_syncs, case_sources, cases};

#[tracing::instrument(skip(conn, spec, sealed))]
pub async fn create(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    spec: &SourceSpec,
    sealed: &[u8],
    by: Uuid,
) -> Result<SourceRow, DbError> {
    Ok(diesel::insert_into(case_sources::table)
        .values((
            case_sources::id.eq(id),
            case_sources::name.eq(&spec.name),
            case_sources::kind.eq(spec.kind.as_str()),
            case_sources::connection.eq(sealed),
            case_sources::table_name.eq(spec.table.to_string()),
            case_sources::key_column.eq(spec.key_column.as_str()),
            case_sources::mapping.eq(spec.mapping.to_json()),
            case_sources::enabled.eq(spec.enabled),
            case_sources::sync_every_minutes.eq(spec.sync_every_minutes),
            case_sources::created_by.eq(by),
        ))
        .returning(SourceRow::as_returning())
        .get_result(conn)
        .await?)
}

pub async fn source(conn: &mut AsyncPgConnection, id: Uuid) -> Result<SourceRow, DbError> {
    Ok(case_sources::table
        .find(id)
        .select(SourceRow::as_select())
        .first(conn)
        .await?)
}

/// The source, locked against concurrent updates until the transaction ends.
pub async fn source_for_update(conn: &mut AsyncPgConnection, id: Uuid) -> Result<SourceRow, DbError> {
    Ok(case_sources::table
        .find(id)
        .select(SourceRow::as_select())
        .for_update()
        .first(conn)
        .await?)
}

pub async fn exists(conn: &mut AsyncPgConnection, id: Uuid) -> Result<bool, DbError> {
    Ok(diesel::select(diesel::dsl::exists(case_sources::table.find(id)))
        .get_result(conn)
        .await?)
}

/// The sealed connection string (nonce || ciphertext).
pub async fn sealed_connection(conn: &mut AsyncPgConnection, id: Uuid) -> Result<Vec<u8>, DbError> {
    Ok(case_sources::table
        .find(id)
        .select(case_sources::connection)
        .first(conn)
        .await?)
}

/// By name, after the last name seen.
pub async fn list(conn: &mut AsyncPgConnection, after: Option<String>, limit: i64) -> Result<Vec<SourceRow>, DbError> {
    let mut query = case_sources::table
        .select(SourceRow::as_select())
        .order(case_sources::name)
        .limit(limit)
        .into_boxed();
    if let Some(name) = after {
        query = query.filter(case_sources::name.gt(name));
    }
    Ok(query.load(conn).await?)
}

/// Writes `spec`, and the connection string when a new one is given.
#[tracing::instrument(skip(conn, spec, sealed))]
pub async fn update(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    spec: &SourceSpec,
    sealed: Option<Vec<u8>>,
) -> Result<SourceRow, DbError> {
    Ok(diesel::update(case_sources::table.find(id))
        .set((
            case_sources::name.eq(&spec.name),
            case_sources::kind.eq(spec.kind.as_str()),
            case_sources::table_name.eq(spec.table.to_string()),
            case_sources::key_column.eq(spec.key_column.as_str()),
            case_sources::mapping.eq(spec.mapping.to_json()),
            case_sources::enabled.eq(spec.enabled),
            case_sources::sync_every_minutes.eq(spec.sync_every_minutes),
            sealed.map(|sealed| case_sources::connection.eq(sealed)),
            case_sources::updated_at.eq(diesel::dsl::now),
        ))
        .returning(SourceRow::as_returning())
        .get_result(conn)
        .await?)
}

/// The deleted source's name; None when there was none.
#[tracing::instrument(skip(conn))]
pub async fn delete(conn: &mut AsyncPgConnection, id: Uuid) -> Result<Option<String>, DbError> {
    Ok(diesel::delete(case_sources::table.find(id))
        .returning(case_sources::name)
        .get_result(conn)
        .await
        .optional()?)
}

/// The sources whose schedule has come due. The check runs every 15
/// minutes and a sync finishes some time after its slot, so a source is
/// due a few minutes early: without that, one due every 15 minutes would
/// run every 30.
pub async fn due(conn: &mut AsyncPgConnection) -> Result<Vec<Uuid>, DbError> {
    Ok(case_sources::table
        .filter(case_sources::enabled.eq(true))
        .filter(case_sources::sync_every_minutes.gt(0))
        .filter(case_sources::last_sync_at.is_null().or(sql::<Bool>(
            "last_sync_at <= now() - make_interval(mins => sync_every_minutes) + interval '5 minutes'",
        )))
        .order(case_sources::id)
        .select(case_sources::id)
        .load(conn)
        .await?)
}

/// A session lock: one sync of a source at a time, across replicas.
/// Released by [`unlock`] on the same connection, or when it closes.
pub async fn try_lock(conn: &mut AsyncPgConnection, source_id: Uuid) -> Result<bool, DbError> {
    Ok(diesel::select(
        sql::<Bool>("pg_try_advisory_lock(hashtextextended('case_source_sync:' || ")
            .bind::<diesel::sql_types::Uuid, _>(source_id)
            .sql("::text, 0))"),
    )
    .get_result(conn)
    .await?)
}

pub async fn unlock(conn: &mut AsyncPgConnection, source_id: Uuid) -> Result<bool, DbError> {
    Ok(diesel::select(
        sql::<Bool>("pg_advisory_unlock(hashtextextended('case_source_sync:' || ")
            .bind::<diesel::sql_types::Uuid, _>(source_id)
            .sql("::text, 0))"),
    )
    .get_result(conn)
    .await?)
}

/// Marks syncs left running by a process that stopped as failed; called
/// under the source's lock, so none of them is really running.
pub async fn end_interrupted(conn: &mut AsyncPgConnection, source_id: Uuid) -> Result<usize, DbError> {
    Ok(diesel::update(
        case_source_syncs::table
            .filter(case_source_syncs::source_id.eq(source_id))
            .filter(case_source_syncs::status.eq(SyncStatus::Running.as_str())),
    )
    .set((
        case_source_syncs::status.eq(SyncStatus::Failed.as_str()),
        case_source_syncs::finished_at.eq(diesel::dsl::now),
        case_source_syncs::errors.eq(vec!["interrupted: the server stopped during the sync".to_owned()]),
    ))
    .execute(conn)
    .await?)
}

pub async fn start_sync(
    conn: &mut AsyncPgConnection,
    source_id: Uuid,
    trigger: SyncTrigger,
) -> Result<SyncRow, DbError> {
    Ok(diesel::insert_into(case_source_syncs::table)
        .values((
            case_source_syncs::id.eq(Uuid::now_v7()),
            case_source_syncs::source_id.eq(source_id),
            case_source_syncs::trigger.eq(trigger.as_str()),
        ))
        .returning(SyncRow::as_returning())
        .get_result(conn)
        .await?)
}

/// What a finished sync did.
#[derive(Debug, Default, Clone)]
pub struct Tally {
    pub pulled: i32,
    pub created: i32,
    pub updated: i32,
    pub skipped: i32,
    pub errors: Vec<String>,
}

/// Finishes the log and stamps the source's last sync, together.
pub async fn finish_sync(
    conn: &mut AsyncPgConnection,
    sync_id: Uuid,
    source_id: Uuid,
    status: SyncStatus,
    tally: &Tally,
) -> Result<SyncRow, DbError> {
    use diesel_async::AsyncConnection;
    conn.transaction::<_, DbError, _>(async |conn| {
        let log = diesel::update(case_source_syncs::table.find(sync_id))
            .set((
                case_source_syncs::status.eq(status.as_str()),
                case_source_syncs::finished_at.eq(diesel::dsl::now),
                case_source_syncs::pulled.eq(tally.pulled),
                case_source_syncs::created.eq(tally.created),
                case_source_syncs::updated.eq(tally.updated),
                case_source_syncs::skipped.eq(tally.skipped),
                case_source_syncs::errors.eq(&tally.errors),
            ))
            .returning(SyncRow::as_returning())
            .get_result(conn)
            .await?;
        diesel::update(case_sources::table.find(source_id))
            .set(case_sources::last_sync_at.eq(diesel::dsl::now))
            .execute(conn)
            .await?;
        Ok(log)
    })
    .await
}

/// Newest first, after the last `(started_at, id)` seen.
pub async fn syncs(
    conn: &mut AsyncPgConnection,
    source_id: Uuid,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<SyncRow>, DbError> {
    let mut query = case_source_syncs::table
        .filter(case_source_syncs::source_id.eq(source_id))
        .select(SyncRow::as_select())
        .order((case_source_syncs::started_at.desc(), case_source_syncs::id.desc()))
        .limit(limit)
        .into_boxed();
    if let Some((at, id)) = after {
        query = query.filter(
            case_source_syncs::started_at
                .lt(at)
                .or(case_source_syncs::started_at.eq(at).and(case_source_syncs::id.lt(id))),
        );
    }
    Ok(query.load(conn).await?)
}

/// One query sent to a source.
pub struct NewQuery<'a> {
    pub source_id: Uuid,
    pub user_id: Option<Uuid>,
    pub purpose: QueryPurpose,
    pub query: &'a str,
    pub rows: i64,
    pub error: String,
}

pub async fn log_query(conn: &mut AsyncPgConnection, q: NewQuery<'_>) -> Result<(), DbError> {
    diesel::insert_into(case_source_queries::table)
        .values((
            case_source_queries::id.eq(Uuid::now_v7()),
            case_source_queries::source_id.eq(q.source_id),
            case_source_queries::user_id.eq(q.user_id),
            case_source_queries::purpose.eq(q.purpose.as_str()),
            case_source_queries::query.eq(q.query),
            case_source_queries::row_count.eq(q.rows),
            case_source_queries::error.eq(q.error),
        ))
        .execute(conn)
        .await?;
    Ok(())
}

/// Newest first, after the last `(created_at, id)` seen.
pub async fn queries(
    conn: &mut AsyncPgConnection,
    source_id: Uuid,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<QueryRow>, DbError> {
    let mut query = case_source_queries::table
        .filter(case_source_queries::source_id.eq(source_id))
        .select(QueryRow::as_select())
        .order((case_source_queries::created_at.desc(), case_source_queries::id.desc()))
        .limit(limit)
        .into_boxed();
    if let Some((at, id)) = after {
        query = query.filter(
            case_source_queries::created_at
                .lt(at)
                .or(case_source_queries::created_at
                    .eq(at)
                    .and(case_source_queries::id.lt(id))),
        );
    }
    Ok(query.load(conn).await?)
}

/// The cases a source synced, by their key there.
pub async fn synced_cases(conn: &mut AsyncPgConnection, source_id: Uuid) -> Result<Vec<(String, CaseRow)>, DbError> {
    let rows: Vec<(Option<String>, CaseRow)> = cases::table
        .filter(cases::source_id.eq(source_id))
        .select((cases::source_key, CaseRow::as_select()))
        .load(conn)
        .await?;
    Ok(rows.into_iter().filter_map(|(key, case)| Some((key?, case))).collect())
}

/// A case from a source's row: no reporter, open, linked to the row.
pub async fn insert_case(
    conn: &mut AsyncPgConnection,
    source_id: Uuid,
    key: &str,
    fields: &CaseFields,
) -> Result<CaseRow, DbError> {
    Ok(diesel::insert_into(cases::table)
        .values((
            cases::id.eq(Uuid::now_v7()),
            cases::source_id.eq(source_id),
            cases::source_key.eq(key),
            fields,
        ))
        .returning(CaseRow::as_returning())
        .get_result(conn)
        .await?)
}
