//! The per-address counters that every replica shares.

use diesel::sql_types::{Double, Integer, Text};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::error::DbError;

/// A call counted in the current clock hour.
#[derive(Debug, diesel::QueryableByName)]
pub struct Counted {
    /// Calls in this hour, this one included.
    #[diesel(sql_type = Integer)]
    pub count: i32,
    /// Seconds until the hour ends and the count starts again.
    #[diesel(sql_type = Double)]
    pub seconds_left: f64,
}

/// Counts one call of `bucket` from `peer` in the current hour, atomically,
/// so parallel calls on any replica all see each other.
#[tracing::instrument(skip(conn, peer))]
pub async fn count_call(conn: &mut AsyncPgConnection, bucket: &str, peer: &str) -> Result<Counted, DbError> {
    let counted: Counted = diesel::sql_query(
        "INSERT INTO peer_counters (bucket, peer, window_start, count)
         VALUES ($1, $2, date_trunc('hour', now()), 1)
         ON CONFLICT (bucket, peer, window_start)
         DO UPDATE SET count = peer_counters.count + 1
         RETURNING count,
                   EXTRACT(EPOCH FROM window_start + interval '1 hour' - now())::float8 AS seconds_left",
    )
    .bind::<Text, _>(bucket)
    .bind::<Text, _>(peer)
    .get_result(conn)
    .await?;
    // A new window (first call of the hour) is a good moment to drop the past
    // ones; only the current hour is ever read.
    if counted.count == 1 {
        diesel::sql_query("DELETE FROM peer_counters WHERE window_start < date_trunc('hour', now())")
            .execute(conn)
            .await?;
    }
    Ok(counted)
}
