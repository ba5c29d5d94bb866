//! Reads of recorded usage: day and app totals, history pages, device sync.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::pg::Pg;
use diesel::prelude::*;
use diesel::query_builder::{BoxedSqlQuery, SqlQuery};
use diesel::sql_types::{Array, BigInt, Date, Nullable, Text};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::*;
use crate::error::DbError;
use crate::schema::{app_sessions, daily_device_usage};

/// For device sync: days whose daily row changed, and how many app sessions
/// arrived, since `since` (everything when None). The caller checks the
/// device is theirs.
#[tracing::instrument(skip(conn))]
pub async fn changes_since(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    device_id: Uuid,
    since: Option<DateTime<Utc>>,
) -> Result<(Vec<NaiveDate>, i64), DbError> {
    let since = since.unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
    let days = daily_device_usage::table
        .filter(daily_device_usage::user_id.eq(user_id))
        .filter(daily_device_usage::device_id.eq(device_id))
        .filter(daily_device_usage::received_at.gt(since))
        .select(daily_device_usage::day)
        .order(daily_device_usage::day.asc())
        .load(conn)
        .await?;
    let sessions = app_sessions::table
        .filter(app_sessions::user_id.eq(user_id))
        .filter(app_sessions::device_id.eq(device_id))
        .filter(app_sessions::received_at.gt(since))
        .count()
        .get_result(conn)
        .await?;
    Ok((days, sessions))
}

#[derive(Debug, QueryableByName)]
pub struct DayTotalRow {
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
    #[diesel(sql_type = BigInt)]
    pub app_time_ms: i64,
}

/// Every day of the span (zeros where nothing was recorded): device totals
/// from daily rows, app time from sessions by local start day.
#[tracing::instrument(skip(conn))]
pub async fn day_totals(
    conn: &mut AsyncPgConnection,
    devices: Devices<'_>,
    span: Span<'_>,
) -> Result<Vec<DayTotalRow>, DbError> {
    Ok(day_totals_query(devices, span).load(conn).await?)
}

/// [`day_totals`] as a query to load, so a caller can send it together
/// with others on one connection (diesel-async pipelines the futures of
/// queries awaited together).
pub fn day_totals_query<'a>(devices: Devices<'a>, span: Span<'a>) -> BoxedSqlQuery<'a, Pg, SqlQuery> {
    diesel::sql_query(
        "WITH days AS (SELECT d::date AS day FROM generate_series($2::date, $3::date, interval '1 day') d),
         daily AS (
             SELECT day, sum(screen_time_ms)::bigint AS st, sum(unlocks)::bigint AS u,
                    sum(pickups)::bigint AS p, sum(notifications)::bigint AS n
             FROM daily_device_usage WHERE user_id = $5 AND device_id = ANY($1) AND day BETWEEN $2 AND $3 GROUP BY day),
         apps AS (
             SELECT (started_at AT TIME ZONE $4)::date AS day, sum(duration_ms)::bigint AS t
             FROM app_sessions
             WHERE user_id = $5 AND device_id = ANY($1)
               AND started_at >= ($2::date::timestamp AT TIME ZONE $4)
               AND started_at < (($3::date + 1)::timestamp AT TIME ZONE $4)
             GROUP BY 1)
         SELECT days.day, coalesce(st, 0) AS screen_time_ms, coalesce(u, 0) AS unlocks, coalesce(p, 0) AS pickups,
                coalesce(n, 0) AS notifications, coalesce(t, 0) AS app_time_ms
         FROM days LEFT JOIN daily USING (day) LEFT JOIN apps USING (day) ORDER BY days.day",
    )
    .into_boxed()
    .bind::<Array<diesel::sql_types::Uuid>, _>(devices.ids)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .bind::<Text, _>(span.timezone)
    .bind::<diesel::sql_types::Uuid, _>(devices.user_id)
}

#[derive(Debug, QueryableByName)]
pub struct AppTotalRow {
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    pub app_id: Uuid,
    #[diesel(sql_type = Text)]
    pub bundle_id: String,
    #[diesel(sql_type = Text)]
    pub name: String,
    #[diesel(sql_type = Text)]
    pub category: String,
    #[diesel(sql_type = Text)]
    pub default_personality: String,
    #[diesel(sql_type = diesel::sql_types::Timestamptz)]
    pub created_at: DateTime<Utc>,
    #[diesel(sql_type = BigInt)]
    pub app_time_ms: i64,
    #[diesel(sql_type = BigInt)]
    pub launches: i64,
    #[diesel(sql_type = BigInt)]
    pub sessions: i64,
}

/// Per-app totals over the span, ordered by time or launches.
#[tracing::instrument(skip(conn))]
pub async fn top_apps(
    conn: &mut AsyncPgConnection,
    devices: Devices<'_>,
    span: Span<'_>,
    by_launches: bool,
    limit: i64,
) -> Result<Vec<AppTotalRow>, DbError> {
    Ok(top_apps_query(devices, span, by_launches, limit).load(conn).await?)
}

/// [`top_apps`] as a query to load (see [`day_totals_query`]).
pub fn top_apps_query<'a>(
    devices: Devices<'a>,
    span: Span<'a>,
    by_launches: bool,
    limit: i64,
) -> BoxedSqlQuery<'a, Pg, SqlQuery> {
    let order = if by_launches {
        "launches DESC, app_time_ms DESC"
    } else {
        "app_time_ms DESC, launches DESC"
    };
    let reports = owner_reports("$6");
    diesel::sql_query(format!(
        "SELECT a.id AS app_id, a.bundle_id, coalesce(rep.name, a.name) AS name,
                coalesce(rep.category, a.category) AS category, a.default_personality, a.created_at,
                t.app_time_ms, t.launches, t.sessions
         FROM (SELECT app_id, sum(duration_ms)::bigint AS app_time_ms, sum(launches)::bigint AS launches,
                      count(*) AS sessions
               FROM app_sessions
               WHERE user_id = $6 AND device_id = ANY($1)
                 AND started_at >= ($2::date::timestamp AT TIME ZONE $4)
                 AND started_at < (($3::date + 1)::timestamp AT TIME ZONE $4)
               GROUP BY app_id) t
         JOIN apps a ON a.id = t.app_id
         {reports}
         ORDER BY {order}, a.bundle_id
         LIMIT $5"
    ))
    .into_boxed()
    .bind::<Array<diesel::sql_types::Uuid>, _>(devices.ids)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .bind::<Text, _>(span.timezone)
    .bind::<BigInt, _>(limit)
    .bind::<diesel::sql_types::Uuid, _>(devices.user_id)
}

#[derive(Debug, QueryableByName)]
pub struct CategoryTotalRow {
    #[diesel(sql_type = Text)]
    pub category: String,
    #[diesel(sql_type = BigInt)]
    pub app_time_ms: i64,
    #[diesel(sql_type = BigInt)]
    pub launches: i64,
}

#[tracing::instrument(skip(conn))]
pub async fn category_totals(
    conn: &mut AsyncPgConnection,
    devices: Devices<'_>,
    span: Span<'_>,
) -> Result<Vec<CategoryTotalRow>, DbError> {
    // Summed per app first, so the category is looked up once per app.
    let reports = owner_reports("$5");
    Ok(diesel::sql_query(format!(
        "SELECT coalesce(rep.category, a.category) AS category, sum(t.ms)::bigint AS app_time_ms,
                sum(t.launches)::bigint AS launches
         FROM (SELECT app_id, sum(duration_ms) AS ms, sum(launches) AS launches
               FROM app_sessions
               WHERE user_id = $5 AND device_id = ANY($1)
                 AND started_at >= ($2::date::timestamp AT TIME ZONE $4)
                 AND started_at < (($3::date + 1)::timestamp AT TIME ZONE $4)
               GROUP BY app_id) t
         JOIN apps a ON a.id = t.app_id
         {reports}
         GROUP BY 1 ORDER BY app_time_ms DESC, category"
    ))
    .bind::<Array<diesel::sql_types::Uuid>, _>(devices.ids)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .bind::<Text, _>(span.timezone)
    .bind::<diesel::sql_types::Uuid, _>(devices.user_id)
    .load(conn)
    .await?)
}

#[derive(Debug, QueryableByName)]
pub struct SessionListRow {
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    pub device_id: Uuid,
    #[diesel(sql_type = diesel::sql_types::Timestamptz)]
    pub started_at: DateTime<Utc>,
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    pub app_id: Uuid,
    #[diesel(sql_type = Text)]
    pub bundle_id: String,
    #[diesel(sql_type = Text)]
    pub name: String,
    #[diesel(sql_type = Text)]
    pub category: String,
    #[diesel(sql_type = Text)]
    pub default_personality: String,
    #[diesel(sql_type = diesel::sql_types::Timestamptz)]
    pub app_created_at: DateTime<Utc>,
    #[diesel(sql_type = diesel::sql_types::Integer)]
    pub duration_ms: i32,
    #[diesel(sql_type = diesel::sql_types::Integer)]
    pub launches: i32,
    #[diesel(sql_type = diesel::sql_types::Integer)]
    pub notifications: i32,
}

/// The key a session page continues after: newest first.
pub type SessionKey = (DateTime<Utc>, Uuid, Uuid);

#[tracing::instrument(skip(conn))]
pub async fn list_sessions(
    conn: &mut AsyncPgConnection,
    devices: Devices<'_>,
    span: Span<'_>,
    bundle_id: Option<&str>,
    before: Option<SessionKey>,
    limit: i64,
) -> Result<Vec<SessionListRow>, DbError> {
    let (at, device, app) = before.unwrap_or((DateTime::<Utc>::MAX_UTC, Uuid::max(), Uuid::max()));
    let reports = owner_reports("$10");
    Ok(diesel::sql_query(format!(
        "SELECT s.device_id, s.started_at, s.app_id, a.bundle_id, coalesce(rep.name, a.name) AS name,
                coalesce(rep.category, a.category) AS category, a.default_personality,
                a.created_at AS app_created_at, s.duration_ms, s.launches, s.notifications
         FROM app_sessions s JOIN apps a ON a.id = s.app_id
         {reports}
         WHERE s.user_id = $10 AND s.device_id = ANY($1)
           AND s.started_at >= ($2::date::timestamp AT TIME ZONE $4)
           AND s.started_at < (($3::date + 1)::timestamp AT TIME ZONE $4)
           AND ($5::text IS NULL OR a.bundle_id = $5)
           AND (s.started_at, s.device_id, s.app_id) < ($6, $7, $8)
         ORDER BY s.started_at DESC, s.device_id DESC, s.app_id DESC
         LIMIT $9"
    ))
    .bind::<Array<diesel::sql_types::Uuid>, _>(devices.ids)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .bind::<Text, _>(span.timezone)
    .bind::<Nullable<Text>, _>(bundle_id)
    .bind::<diesel::sql_types::Timestamptz, _>(at)
    .bind::<diesel::sql_types::Uuid, _>(device)
    .bind::<diesel::sql_types::Uuid, _>(app)
    .bind::<BigInt, _>(limit)
    .bind::<diesel::sql_types::Uuid, _>(devices.user_id)
    .load(conn)
    .await?)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = daily_device_usage, check_for_backend(diesel::pg::Pg))]
pub struct DailyUsageRow {
    pub device_id: Uuid,
    pub day: NaiveDate,
    pub screen_time_ms: i64,
    pub unlocks: i32,
    pub pickups: i32,
    pub notifications: i32,
    pub first_pickup_time: Option<chrono::NaiveTime>,
}

/// Newest day first; `before` is the last (day, device) already seen.
#[tracing::instrument(skip(conn))]
pub async fn list_daily(
    conn: &mut AsyncPgConnection,
    devices: Devices<'_>,
    span: Span<'_>,
    before: Option<(NaiveDate, Uuid)>,
    limit: i64,
) -> Result<Vec<DailyUsageRow>, DbError> {
    use daily_device_usage::dsl as d;
    let mut query = d::daily_device_usage
        .filter(d::user_id.eq(devices.user_id))
        .filter(d::device_id.eq_any(devices.ids))
        .filter(d::day.between(span.start, span.end))
        .select(DailyUsageRow::as_select())
        .into_boxed();
    if let Some((day, device)) = before {
        query = query.filter(d::day.lt(day).or(d::day.eq(day).and(d::device_id.lt(device))));
    }
    Ok(query
        .order((d::day.desc(), d::device_id.desc()))
        .limit(limit)
        .load(conn)
        .await?)
}

/// Time on each (device, app) of the user with sessions starting in
/// [`from`, `to`), as (device, app, milliseconds): what the nightly
/// journals pick their app authors by.
#[tracing::instrument(skip(conn))]
pub async fn time_by_device_and_app(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<(Uuid, Uuid, i64)>, DbError> {
    let rows: Vec<(Uuid, Uuid, Option<i64>)> = app_sessions::table
        .filter(app_sessions::user_id.eq(user_id))
        .filter(app_sessions::started_at.ge(from).and(app_sessions::started_at.lt(to)))
        .group_by((app_sessions::device_id, app_sessions::app_id))
        .select((
            app_sessions::device_id,
            app_sessions::app_id,
            diesel::dsl::sum(app_sessions::duration_ms),
        ))
        .load(conn)
        .await?;
    Ok(rows.into_iter().map(|(d, a, ms)| (d, a, ms.unwrap_or(0))).collect())
}
