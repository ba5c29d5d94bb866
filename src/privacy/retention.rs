//! Keeping nothing longer than promised: what the weekly cleanup removes
//! beyond usage and patterns, each after its own setting.

use chrono::{Duration, Utc};
use diesel::sql_types::Timestamptz;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use serde::Serialize;

use crate::config::DataRightsConfig;
use crate::error::DbError;

#[derive(Debug, Default, Serialize)]
pub struct Swept {
    pub ai_generations_removed: usize,
    pub finished_jobs_removed: usize,
    pub read_notifications_removed: usize,
    pub expired_refresh_tokens_removed: usize,
    pub orphan_chat_threads_removed: usize,
}

fn days_ago(days: u32) -> chrono::DateTime<Utc> {
    Utc::now() - Duration::days(i64::from(days))
}

async fn delete_before(
    conn: &mut AsyncPgConnection,
    sql: &str,
    before: chrono::DateTime<Utc>,
) -> Result<usize, DbError> {
    Ok(diesel::sql_query(sql)
        .bind::<Timestamptz, _>(before)
        .execute(conn)
        .await?)
}

/// Removes AI generation records, finished jobs, read notifications,
/// refresh tokens long expired and chat threads whose device was
/// deactivated, each past its retention.
pub async fn sweep(conn: &mut AsyncPgConnection, config: &DataRightsConfig) -> Result<Swept, DbError> {
    Ok(Swept {
        ai_generations_removed: delete_before(
            conn,
            "DELETE FROM ai_generations WHERE created_at < $1",
            days_ago(config.ai_generation_retention_days),
        )
        .await?,
        finished_jobs_removed: delete_before(
            conn,
            "DELETE FROM jobs WHERE state IN ('succeeded', 'dead', 'cancelled') AND finished_at < $1",
            days_ago(config.finished_job_retention_days),
        )
        .await?,
        read_notifications_removed: delete_before(
            conn,
            "DELETE FROM notifications WHERE read_at < $1",
            days_ago(config.read_notification_retention_days),
        )
        .await?,
        expired_refresh_tokens_removed: delete_before(
            conn,
            // Expired tokens are refused anyway; kept a while for the
            // sessions a user looks back on.
            "DELETE FROM refresh_tokens WHERE expires_at < $1",
            days_ago(config.expired_token_retention_days),
        )
        .await?,
        orphan_chat_threads_removed: delete_before(
            conn,
            "DELETE FROM chat_threads t WHERE t.updated_at < $1
               AND (EXISTS (SELECT 1 FROM devices d WHERE d.id = t.device_id AND NOT d.is_active)
                    OR EXISTS (SELECT 1 FROM device_apps a JOIN devices d ON d.id = a.device_id
                               WHERE a.id = t.device_app_id AND NOT d.is_active))",
            days_ago(config.orphan_chat_retention_days),
        )
        .await?,
    })
}
