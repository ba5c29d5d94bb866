//! Device sync, which spans the device (its sync stamp) and the usage the
//! server holds for it; both are read and written in one transaction.

use chrono::{DateTime, NaiveDate, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use futures::future::BoxFuture;
use uuid::Uuid;

use super::error::DevicesError;
use super::model::DeviceRow;
use super::repo;

/// What a sync tells the device.
#[derive(Debug)]
pub struct SyncReport {
    pub device: DeviceRow,
    /// The cursor for the next sync: the moment this one was recorded.
    pub sync_time: DateTime<Utc>,
    pub changed_days: Vec<NaiveDate>,
    pub app_sessions_received: i64,
}

/// The usage the server received for a device (of a user) since a moment:
/// the days it changed and how many app sessions arrived. Given by the composition root
/// (usage owns those rows, and usage depends on devices, not back).
pub type ReceivedSince = for<'c> fn(
    &'c mut AsyncPgConnection,
    Uuid,
    Uuid,
    Option<DateTime<Utc>>,
) -> BoxFuture<'c, Result<(Vec<NaiveDate>, i64), crate::error::DbError>>;

/// Records the sync and collects the device's usage received since `since`
/// (everything when None).
pub async fn sync(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    device_id: Uuid,
    since: Option<DateTime<Utc>>,
    received_since: ReceivedSince,
) -> Result<SyncReport, DevicesError> {
    conn.transaction::<_, DevicesError, _>(async |conn| {
        // Ownership first: usage is only read for the caller's own device.
        let device = repo::record_sync(conn, user_id, device_id).await?;
        let sync_time = device.last_synced_at.unwrap_or_else(Utc::now);
        // Nothing is received before 1970, and PostgreSQL cannot hold the
        // earliest times chrono can (its minimum among them): "everything"
        // and any earlier `since` are asked for as "since 1970".
        let since = since.map_or(DateTime::UNIX_EPOCH, |s| s.max(DateTime::UNIX_EPOCH));
        let (changed_days, app_sessions_received) = received_since(conn, user_id, device_id, Some(since)).await?;
        Ok(SyncReport {
            device,
            sync_time,
            changed_days,
            app_sessions_received,
        })
    })
    .await
}
