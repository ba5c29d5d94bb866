//! Queries on usage rows. Ownership: every read goes through the caller's
//! devices (`device_id IN (their devices)`), never a bare id.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::error::DbError;
use crate::schema::{app_sessions, daily_device_usage};

/// For device sync: days whose daily row changed, and how many app sessions
/// arrived, since `since` (everything when None). The caller checks the
/// device is theirs.
#[tracing::instrument(skip(conn))]
pub async fn changes_since(
    conn: &mut AsyncPgConnection,
    device_id: Uuid,
    since: Option<DateTime<Utc>>,
) -> Result<(Vec<NaiveDate>, i64), DbError> {
    let since = since.unwrap_or(DateTime::<Utc>::MIN_UTC);
    let days = daily_device_usage::table
        .filter(daily_device_usage::device_id.eq(device_id))
        .filter(daily_device_usage::received_at.gt(since))
        .select(daily_device_usage::day)
        .order(daily_device_usage::day.asc())
        .load(conn)
        .await?;
    let sessions = app_sessions::table
        .filter(app_sessions::device_id.eq(device_id))
        .filter(app_sessions::received_at.gt(since))
        .count()
        .get_result(conn)
        .await?;
    Ok((days, sessions))
}
