//! Pattern detection's input (local sessions, medians, daily sums) and its
//! stored results.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Array, BigInt, Date, Nullable, Text};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::*;
use crate::error::DbError;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = crate::schema::usage_patterns, check_for_backend(diesel::pg::Pg))]
pub struct PatternRow {
    pub id: Uuid,
    pub kind: String,
    pub severity: f64,
    pub confidence: f64,
    pub detected_at: DateTime<Utc>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub metadata: serde_json::Value,
}

/// Newest first (ids are time-ordered).
#[tracing::instrument(skip(conn))]
pub async fn list_patterns(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    kind: Option<&str>,
    include_resolved: bool,
    before: Option<Uuid>,
    limit: i64,
) -> Result<Vec<PatternRow>, DbError> {
    use crate::schema::usage_patterns::dsl as p;
    let mut query = p::usage_patterns
        .filter(p::user_id.eq(user_id))
        .select(PatternRow::as_select())
        .into_boxed();
    if let Some(kind) = kind {
        query = query.filter(p::kind.eq(kind.to_owned()));
    }
    if !include_resolved {
        query = query.filter(p::resolved_at.is_null());
    }
    if let Some(before) = before {
        query = query.filter(p::id.lt(before));
    }
    Ok(query.order(p::id.desc()).limit(limit).load(conn).await?)
}

/// Marks a pattern resolved (once; resolving again changes nothing).
#[tracing::instrument(skip(conn))]
pub async fn resolve_pattern(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<PatternRow, DbError> {
    use crate::schema::usage_patterns::dsl as p;
    let mine = p::usage_patterns.filter(p::id.eq(id).and(p::user_id.eq(user_id)));
    diesel::update(mine.filter(p::resolved_at.is_null()))
        .set(p::resolved_at.eq(Utc::now()))
        .execute(conn)
        .await?;
    Ok(mine.select(PatternRow::as_select()).first(conn).await?)
}

#[derive(Debug, QueryableByName)]
pub struct LocalSessionRow {
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    pub device_id: Uuid,
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    pub app_id: Uuid,
    /// In the span's timezone.
    #[diesel(sql_type = diesel::sql_types::Timestamp)]
    pub local_start: chrono::NaiveDateTime,
    #[diesel(sql_type = diesel::sql_types::Integer)]
    pub duration_ms: i32,
    #[diesel(sql_type = diesel::sql_types::Integer)]
    pub launches: i32,
    #[diesel(sql_type = diesel::sql_types::Integer)]
    pub notifications: i32,
    #[diesel(sql_type = Text)]
    pub category: String,
    /// The device's personality override for the app, else its default.
    #[diesel(sql_type = Text)]
    pub personality: String,
}

/// Sessions of the span with local start times, for pattern detection,
/// handed to `each` one at a time as they arrive (ordered by device, then
/// start), so memory does not grow with their number.
#[tracing::instrument(skip(conn, each))]
pub async fn each_local_session(
    conn: &mut AsyncPgConnection,
    devices: Devices<'_>,
    span: Span<'_>,
    mut each: impl FnMut(LocalSessionRow),
) -> Result<(), DbError> {
    use futures::TryStreamExt;
    let reports = owner_reports("$5");
    let sql = format!(
        "SELECT s.device_id, s.app_id, (s.started_at AT TIME ZONE $4) AS local_start, s.duration_ms, s.launches,
                s.notifications, coalesce(rep.category, a.category) AS category,
                coalesce(da.personality_override, a.default_personality) AS personality
         FROM app_sessions s
         JOIN apps a ON a.id = s.app_id
         {reports}
         LEFT JOIN device_apps da ON da.device_id = s.device_id AND da.app_id = s.app_id
         WHERE s.user_id = $5 AND s.device_id = ANY($1)
           AND s.started_at >= ($2::date::timestamp AT TIME ZONE $4)
           AND s.started_at < (($3::date + 1)::timestamp AT TIME ZONE $4)
         ORDER BY s.device_id, s.started_at"
    );
    let mut rows = diesel::sql_query(sql)
        .bind::<Array<diesel::sql_types::Uuid>, _>(devices.ids)
        .bind::<Date, _>(span.start)
        .bind::<Date, _>(span.end)
        .bind::<Text, _>(span.timezone)
        .bind::<diesel::sql_types::Uuid, _>(devices.user_id)
        .load_stream::<LocalSessionRow>(conn)
        .await?;
    while let Some(row) = rows.try_next().await? {
        each(row);
    }
    Ok(())
}

/// The median session length of each local day of the span (the mean of
/// the two middle ones, rounded down, on an even count).
#[tracing::instrument(skip(conn))]
pub async fn median_session_by_day(
    conn: &mut AsyncPgConnection,
    devices: Devices<'_>,
    span: Span<'_>,
) -> Result<Vec<(NaiveDate, i64)>, DbError> {
    let rows: Vec<DayValue> = diesel::sql_query(
        "SELECT (started_at AT TIME ZONE $4)::date AS day,
                floor(percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms))::bigint AS value
         FROM app_sessions
         WHERE user_id = $5 AND device_id = ANY($1)
           AND started_at >= ($2::date::timestamp AT TIME ZONE $4)
           AND started_at < (($3::date + 1)::timestamp AT TIME ZONE $4)
         GROUP BY 1",
    )
    .bind::<Array<diesel::sql_types::Uuid>, _>(devices.ids)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .bind::<Text, _>(span.timezone)
    .bind::<diesel::sql_types::Uuid, _>(devices.user_id)
    .load(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.day, r.value)).collect())
}

#[derive(Debug, QueryableByName)]
pub struct DaySumRow {
    #[diesel(sql_type = Date)]
    pub day: NaiveDate,
    #[diesel(sql_type = BigInt)]
    pub screen_time_ms: i64,
    #[diesel(sql_type = BigInt)]
    pub unlocks: i64,
    #[diesel(sql_type = BigInt)]
    pub pickups: i64,
    #[diesel(sql_type = BigInt)]
    pub notifications: i64,
    #[diesel(sql_type = Nullable<diesel::sql_types::Time>)]
    pub first_pickup_time: Option<chrono::NaiveTime>,
}

/// The devices' daily rows summed per day (days with a row only); the first
/// pickup is the earliest of the devices'.
#[tracing::instrument(skip(conn))]
pub async fn daily_sums(
    conn: &mut AsyncPgConnection,
    devices: Devices<'_>,
    span: Span<'_>,
) -> Result<Vec<DaySumRow>, DbError> {
    Ok(diesel::sql_query(
        "SELECT day, sum(screen_time_ms)::bigint AS screen_time_ms, sum(unlocks)::bigint AS unlocks,
                sum(pickups)::bigint AS pickups, sum(notifications)::bigint AS notifications,
                min(first_pickup_time) AS first_pickup_time
         FROM daily_device_usage WHERE user_id = $4 AND device_id = ANY($1) AND day BETWEEN $2 AND $3
         GROUP BY day ORDER BY day",
    )
    .bind::<Array<diesel::sql_types::Uuid>, _>(devices.ids)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .bind::<diesel::sql_types::Uuid, _>(devices.user_id)
    .load(conn)
    .await?)
}

/// A pattern that holds, as detection stores it.
#[derive(Debug)]
pub struct HeldPattern<'a> {
    pub kind: &'a str,
    pub severity: f64,
    pub confidence: f64,
    pub metadata: serde_json::Value,
}

#[derive(QueryableByName)]
struct Inserted {
    #[diesel(sql_type = diesel::sql_types::Bool)]
    inserted: bool,
}

/// Stores a detection run in one transaction: each pattern that holds
/// updates the user's open one of its kind (or opens one), and open patterns
/// of every other kind are resolved. Returns (opened, updated, resolved).
#[tracing::instrument(skip(conn, held))]
pub async fn store_detection(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    held: &[HeldPattern<'_>],
) -> Result<(usize, usize, usize), DbError> {
    use diesel_async::AsyncConnection;
    let kinds: Vec<&str> = held.iter().map(|p| p.kind).collect();
    conn.transaction::<_, DbError, _>(async |conn| {
        let now = Utc::now();
        let mut opened = 0;
        for pattern in held {
            let row: Inserted = diesel::sql_query(
                "INSERT INTO usage_patterns (id, user_id, kind, severity, confidence, detected_at, metadata)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)
                 ON CONFLICT (user_id, kind) WHERE resolved_at IS NULL DO UPDATE SET
                     severity = EXCLUDED.severity, confidence = EXCLUDED.confidence,
                     detected_at = EXCLUDED.detected_at, metadata = EXCLUDED.metadata
                 RETURNING (xmax = 0) AS inserted",
            )
            .bind::<diesel::sql_types::Uuid, _>(Uuid::now_v7())
            .bind::<diesel::sql_types::Uuid, _>(user_id)
            .bind::<Text, _>(pattern.kind)
            .bind::<diesel::sql_types::Double, _>(pattern.severity)
            .bind::<diesel::sql_types::Double, _>(pattern.confidence)
            .bind::<diesel::sql_types::Timestamptz, _>(now)
            .bind::<diesel::sql_types::Jsonb, _>(&pattern.metadata)
            .get_result(conn)
            .await?;
            opened += usize::from(row.inserted);
        }
        let resolved = diesel::sql_query(
            "UPDATE usage_patterns SET resolved_at = $3
             WHERE user_id = $1 AND resolved_at IS NULL AND NOT (kind = ANY($2))",
        )
        .bind::<diesel::sql_types::Uuid, _>(user_id)
        .bind::<Array<Text>, _>(&kinds)
        .bind::<diesel::sql_types::Timestamptz, _>(now)
        .execute(conn)
        .await?;
        Ok((opened, held.len() - opened, resolved))
    })
    .await
}
