//! Queries on usage rows. Ownership: every read names the user and some of
//! their devices (`user_id = $user AND device_id = ANY(their devices)`),
//! never a bare id; the user leads the tables' keys.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Array, BigInt, Date, Nullable, Text};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::goals::{GoalKind, GoalPeriod};
use crate::error::DbError;
use crate::schema::{app_sessions, daily_device_usage};

/// An app's name and category as the owner of the devices (the parameter
/// `user`) sees them: their own report as `rep`, to coalesce with the
/// catalogue's `a` (see `apps::catalogue`).
fn owner_reports(user: &str) -> String {
    format!("LEFT JOIN app_reports rep ON rep.app_id = a.id AND rep.user_id = {user}")
}

/// Whose usage a read covers: some (or all) of one user's devices. Callers
/// pass only devices they checked are the user's.
#[derive(Debug, Clone, Copy)]
pub struct Devices<'a> {
    pub user_id: Uuid,
    pub ids: &'a [Uuid],
}

impl<'a> Devices<'a> {
    pub fn of(user_id: Uuid, ids: &'a [Uuid]) -> Self {
        Self { user_id, ids }
    }
}

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

/// A day range in the user's timezone, inclusive.
#[derive(Debug, Clone, Copy)]
pub struct Span<'a> {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub timezone: &'a str,
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
    Ok(diesel::sql_query(
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
    .bind::<Array<diesel::sql_types::Uuid>, _>(devices.ids)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .bind::<Text, _>(span.timezone)
    .bind::<diesel::sql_types::Uuid, _>(devices.user_id)
    .load(conn)
    .await?)
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
    let order = if by_launches {
        "launches DESC, app_time_ms DESC"
    } else {
        "app_time_ms DESC, launches DESC"
    };
    let reports = owner_reports("$6");
    Ok(diesel::sql_query(format!(
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
    .bind::<Array<diesel::sql_types::Uuid>, _>(devices.ids)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .bind::<Text, _>(span.timezone)
    .bind::<BigInt, _>(limit)
    .bind::<diesel::sql_types::Uuid, _>(devices.user_id)
    .load(conn)
    .await?)
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

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = crate::schema::usage_goals, check_for_backend(diesel::pg::Pg))]
pub struct GoalRow {
    pub id: Uuid,
    pub kind: String,
    pub target: i64,
    pub period: String,
    pub app_id: Option<Uuid>,
    pub category: Option<String>,
    pub is_active: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl GoalRow {
    // The CHECK constraints admit only known names.
    pub fn kind(&self) -> GoalKind {
        GoalKind::from_stored(&self.kind).unwrap_or(GoalKind::Unlocks)
    }

    pub fn period(&self) -> GoalPeriod {
        GoalPeriod::from_stored(&self.period).unwrap_or(GoalPeriod::Daily)
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = crate::schema::usage_goals)]
pub struct NewGoal<'a> {
    pub id: Uuid,
    pub user_id: Uuid,
    pub kind: &'a str,
    pub target: i64,
    pub period: &'a str,
    pub app_id: Option<Uuid>,
    pub category: Option<&'a str>,
    pub request_id: Option<&'a str>,
}

/// Creates a goal, or returns the one an earlier call with the same
/// request id created.
#[tracing::instrument(skip(conn, goal))]
pub async fn create_goal(conn: &mut AsyncPgConnection, goal: &NewGoal<'_>) -> Result<GoalRow, DbError> {
    use crate::schema::usage_goals::dsl as g;
    let created = diesel::insert_into(g::usage_goals)
        .values(goal)
        .on_conflict_do_nothing()
        .returning(GoalRow::as_returning())
        .get_result(conn)
        .await
        .optional()?;
    match (created, goal.request_id) {
        (Some(row), _) => Ok(row),
        (None, Some(request_id)) => Ok(g::usage_goals
            .filter(g::user_id.eq(goal.user_id).and(g::request_id.eq(request_id)))
            .select(GoalRow::as_select())
            .first(conn)
            .await?),
        (None, None) => Err(DbError::NotFound),
    }
}

#[tracing::instrument(skip(conn))]
pub async fn goal(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<GoalRow, DbError> {
    use crate::schema::usage_goals::dsl as g;
    Ok(g::usage_goals
        .filter(g::id.eq(id).and(g::user_id.eq(user_id)))
        .select(GoalRow::as_select())
        .first(conn)
        .await?)
}

#[tracing::instrument(skip(conn))]
pub async fn list_goals(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    is_active: Option<bool>,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<GoalRow>, DbError> {
    use crate::schema::usage_goals::dsl as g;
    let mut query = g::usage_goals
        .filter(g::user_id.eq(user_id))
        .select(GoalRow::as_select())
        .into_boxed();
    if let Some(active) = is_active {
        query = query.filter(g::is_active.eq(active));
    }
    if let Some(after) = after {
        query = query.filter(g::id.gt(after));
    }
    Ok(query.order(g::id.asc()).limit(limit).load(conn).await?)
}

#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = crate::schema::usage_goals)]
pub struct GoalChanges {
    pub target: Option<i64>,
    pub is_active: Option<bool>,
}

#[tracing::instrument(skip(conn))]
pub async fn update_goal(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    id: Uuid,
    changes: &GoalChanges,
) -> Result<GoalRow, DbError> {
    use crate::schema::usage_goals::dsl as g;
    Ok(
        diesel::update(g::usage_goals.filter(g::id.eq(id).and(g::user_id.eq(user_id))))
            .set((changes, g::updated_at.eq(Utc::now())))
            .returning(GoalRow::as_returning())
            .get_result(conn)
            .await?,
    )
}

#[tracing::instrument(skip(conn))]
pub async fn delete_goal(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<(), DbError> {
    use crate::schema::usage_goals::dsl as g;
    match diesel::delete(g::usage_goals.filter(g::id.eq(id).and(g::user_id.eq(user_id))))
        .execute(conn)
        .await?
    {
        0 => Err(DbError::NotFound),
        _ => Ok(()),
    }
}

#[derive(Debug, QueryableByName)]
struct DayValue {
    #[diesel(sql_type = Date)]
    day: NaiveDate,
    #[diesel(sql_type = BigInt)]
    value: i64,
}

/// Per-day app time over the span, optionally only one app or category.
#[tracing::instrument(skip(conn))]
pub async fn app_time_by_day(
    conn: &mut AsyncPgConnection,
    devices: Devices<'_>,
    span: Span<'_>,
    app_id: Option<Uuid>,
    category: Option<&str>,
) -> Result<Vec<(NaiveDate, i64)>, DbError> {
    let reports = owner_reports("$7");
    let rows: Vec<DayValue> = diesel::sql_query(format!(
        "SELECT (s.started_at AT TIME ZONE $4)::date AS day, sum(s.duration_ms)::bigint AS value
         FROM app_sessions s JOIN apps a ON a.id = s.app_id
         {reports}
         WHERE s.user_id = $7 AND s.device_id = ANY($1)
           AND s.started_at >= ($2::date::timestamp AT TIME ZONE $4)
           AND s.started_at < (($3::date + 1)::timestamp AT TIME ZONE $4)
           AND ($5::uuid IS NULL OR s.app_id = $5)
           AND ($6::text IS NULL OR coalesce(rep.category, a.category) = $6)
         GROUP BY 1"
    ))
    .bind::<Array<diesel::sql_types::Uuid>, _>(devices.ids)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .bind::<Text, _>(span.timezone)
    .bind::<Nullable<diesel::sql_types::Uuid>, _>(app_id)
    .bind::<Nullable<Text>, _>(category)
    .bind::<diesel::sql_types::Uuid, _>(devices.user_id)
    .load(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.day, r.value)).collect())
}

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

/// Retention: removes usage before `usage_before` and patterns resolved
/// before `patterns_before`; returns (daily rows, sessions, patterns) removed.
#[tracing::instrument(skip(conn))]
pub async fn cleanup(
    conn: &mut AsyncPgConnection,
    usage_before: NaiveDate,
    patterns_before: DateTime<Utc>,
) -> Result<(usize, usize, usize), DbError> {
    use crate::schema::usage_patterns::dsl as p;
    let daily = diesel::delete(daily_device_usage::table.filter(daily_device_usage::day.lt(usage_before)))
        .execute(conn)
        .await?;
    let cutoff = usage_before.and_hms_opt(0, 0, 0).expect("midnight").and_utc();
    let sessions = diesel::delete(app_sessions::table.filter(app_sessions::started_at.lt(cutoff)))
        .execute(conn)
        .await?;
    let patterns = diesel::delete(p::usage_patterns.filter(p::resolved_at.lt(patterns_before)))
        .execute(conn)
        .await?;
    Ok((daily, sessions, patterns))
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
