//! Named uploads: where a resumable upload stream got to.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::error::DbError;

/// Starts (or finds) a named upload; returns its last committed batch.
#[tracing::instrument(skip(conn))]
pub async fn open_upload(conn: &mut AsyncPgConnection, user_id: Uuid, upload_id: &str) -> Result<i64, DbError> {
    use crate::schema::usage_uploads::dsl as u;
    diesel::insert_into(u::usage_uploads)
        .values((u::user_id.eq(user_id), u::upload_id.eq(upload_id)))
        .on_conflict_do_nothing()
        .execute(conn)
        .await?;
    Ok(u::usage_uploads
        .filter(u::user_id.eq(user_id).and(u::upload_id.eq(upload_id)))
        .select(u::last_batch_index)
        .first(conn)
        .await?)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = crate::schema::usage_uploads, check_for_backend(diesel::pg::Pg))]
pub struct UploadRow {
    pub upload_id: String,
    pub last_batch_index: i64,
    pub received: i64,
    pub inserted: i64,
    pub updated: i64,
    pub unchanged: i64,
    pub rejected: i64,
    pub updated_at: DateTime<Utc>,
}

#[tracing::instrument(skip(conn))]
pub async fn upload(conn: &mut AsyncPgConnection, user_id: Uuid, upload_id: &str) -> Result<UploadRow, DbError> {
    use crate::schema::usage_uploads::dsl as u;
    Ok(u::usage_uploads
        .filter(u::user_id.eq(user_id).and(u::upload_id.eq(upload_id)))
        .select(UploadRow::as_select())
        .first(conn)
        .await?)
}
