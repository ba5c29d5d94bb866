//! Analytics queries. Analytics is the read side over the other wellness
//! domains: the rollup statements read raw usage (sessions, daily rows, the
//! catalogue and device apps) and write only the rollup tables; the counts
//! read the user's conversations, journals and favourites. Every query is
//! bound to one user.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Date, Double, Integer, Nullable, Text, Timestamptz};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::metrics::Span;
use super::model::DayRollup;
use crate::error::DbError;

type SqlUuid = diesel::sql_types::Uuid;

/// Per app and day, by the sessions' local start day. $1 user (who leads the
/// usage tables' keys: all their devices' rows), $2..$3 the days, $4 the
/// timezone.
const ROLLUP_APPS: &str = "
    WITH fresh AS (
        SELECT (s.started_at AT TIME ZONE $4)::date AS day, s.app_id, sum(s.duration_ms)::bigint AS time_ms,
               sum(s.launches)::bigint AS launches, count(*)::int AS sessions,
               sum(s.notifications)::bigint AS notifications
        FROM app_sessions s
        WHERE s.user_id = $1
          AND s.started_at >= ($2::date::timestamp AT TIME ZONE $4)
          AND s.started_at < (($3::date + 1)::timestamp AT TIME ZONE $4)
        GROUP BY 1, 2),
    written AS (
        INSERT INTO daily_app_rollups (user_id, day, app_id, time_ms, launches, sessions, notifications)
        SELECT $1, day, app_id, time_ms, launches, sessions, notifications FROM fresh
        ON CONFLICT (user_id, day, app_id) DO UPDATE SET
            time_ms = EXCLUDED.time_ms, launches = EXCLUDED.launches, sessions = EXCLUDED.sessions,
            notifications = EXCLUDED.notifications
        RETURNING 1),
    removed AS (
        DELETE FROM daily_app_rollups r
        WHERE r.user_id = $1 AND r.day BETWEEN $2 AND $3
          AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.day = r.day AND f.app_id = r.app_id)
        RETURNING 1)
    SELECT (SELECT count(*) FROM written) AS written, (SELECT count(*) FROM removed) AS removed";

/// Per day: the devices' daily rows and the sessions by local start day.
/// Productive and time-wasting go by the app's personality on its device
/// when that names a side, else by the category: the user's own report of
/// it, else the catalogue's (never another user's). Same parameters.
const ROLLUP_DAYS: &str = "
    WITH s AS (
        SELECT (s.started_at AT TIME ZONE $4) AS local_start, (s.started_at AT TIME ZONE $4)::date AS day,
               s.app_id, s.duration_ms::bigint AS ms, s.launches, s.notifications,
               coalesce(rep.category, a.category) AS category,
               CASE
                   WHEN coalesce(da.personality_override, a.default_personality)
                        IN ('productive', 'educational', 'helpful') THEN 'productive'
                   WHEN coalesce(da.personality_override, a.default_personality)
                        IN ('time_waster', 'addictive', 'toxic', 'attention_seeking') THEN 'time_wasting'
                   WHEN coalesce(rep.category, a.category) IN ('productivity', 'education') THEN 'productive'
                   WHEN coalesce(rep.category, a.category) IN ('social', 'entertainment', 'games')
                        THEN 'time_wasting'
               END AS worth
        FROM app_sessions s
        JOIN apps a ON a.id = s.app_id
        LEFT JOIN app_reports rep ON rep.user_id = $1 AND rep.app_id = s.app_id
        LEFT JOIN device_apps da ON da.device_id = s.device_id AND da.app_id = s.app_id
        WHERE s.user_id = $1
          AND s.started_at >= ($2::date::timestamp AT TIME ZONE $4)
          AND s.started_at < (($3::date + 1)::timestamp AT TIME ZONE $4)),
    by_day AS (
        SELECT day, sum(ms)::bigint AS app_time_ms, count(*)::int AS sessions, sum(launches)::bigint AS launches,
               sum(notifications)::bigint AS notifications, max(ms)::bigint AS longest_session_ms,
               coalesce(sum(ms) FILTER (WHERE extract(hour FROM local_start) >= 23
                                           OR extract(hour FROM local_start) < 4), 0)::bigint AS night_ms,
               coalesce(sum(ms) FILTER (WHERE worth = 'productive'), 0)::bigint AS productive_ms,
               coalesce(sum(ms) FILTER (WHERE worth = 'time_wasting'), 0)::bigint AS time_wasting_ms
        FROM s GROUP BY day),
    top_app AS (
        SELECT DISTINCT ON (day) day, app_id
        FROM (SELECT day, app_id, sum(ms) AS ms FROM s GROUP BY 1, 2) t
        ORDER BY day, ms DESC, app_id),
    top_category AS (
        SELECT DISTINCT ON (day) day, category
        FROM (SELECT day, category, sum(ms) AS ms FROM s GROUP BY 1, 2) t
        ORDER BY day, ms DESC, category),
    daily AS (
        SELECT day, sum(screen_time_ms)::bigint AS screen_time_ms, sum(unlocks)::bigint AS unlocks,
               sum(pickups)::bigint AS pickups, sum(notifications)::bigint AS notifications,
               min(first_pickup_time) AS first_pickup_time
        FROM daily_device_usage WHERE user_id = $1 AND day BETWEEN $2 AND $3 GROUP BY day),
    fresh AS (
        SELECT coalesce(daily.day, by_day.day) AS day,
               coalesce(daily.screen_time_ms, by_day.app_time_ms) AS screen_time_ms,
               coalesce(daily.unlocks, 0) AS unlocks, coalesce(daily.pickups, 0) AS pickups,
               coalesce(daily.notifications, by_day.notifications) AS notifications,
               coalesce(by_day.app_time_ms, 0) AS app_time_ms, coalesce(by_day.sessions, 0) AS sessions,
               coalesce(by_day.launches, 0) AS launches, coalesce(by_day.longest_session_ms, 0) AS longest_session_ms,
               coalesce(by_day.night_ms, 0) AS night_ms, coalesce(by_day.productive_ms, 0) AS productive_ms,
               coalesce(by_day.time_wasting_ms, 0) AS time_wasting_ms, daily.first_pickup_time,
               top_app.app_id AS top_app_id, top_category.category AS top_category
        FROM daily FULL JOIN by_day ON by_day.day = daily.day
        LEFT JOIN top_app ON top_app.day = coalesce(daily.day, by_day.day)
        LEFT JOIN top_category ON top_category.day = coalesce(daily.day, by_day.day)),
    written AS (
        INSERT INTO daily_user_rollups (user_id, day, screen_time_ms, unlocks, pickups, notifications, app_time_ms,
            sessions, launches, longest_session_ms, night_ms, productive_ms, time_wasting_ms, first_pickup_time,
            top_app_id, top_category, computed_at)
        SELECT $1, day, screen_time_ms, unlocks, pickups, notifications, app_time_ms, sessions, launches,
               longest_session_ms, night_ms, productive_ms, time_wasting_ms, first_pickup_time, top_app_id,
               top_category, now()
        FROM fresh
        ON CONFLICT (user_id, day) DO UPDATE SET
            screen_time_ms = EXCLUDED.screen_time_ms, unlocks = EXCLUDED.unlocks, pickups = EXCLUDED.pickups,
            notifications = EXCLUDED.notifications, app_time_ms = EXCLUDED.app_time_ms,
            sessions = EXCLUDED.sessions, launches = EXCLUDED.launches,
            longest_session_ms = EXCLUDED.longest_session_ms, night_ms = EXCLUDED.night_ms,
            productive_ms = EXCLUDED.productive_ms, time_wasting_ms = EXCLUDED.time_wasting_ms,
            first_pickup_time = EXCLUDED.first_pickup_time, top_app_id = EXCLUDED.top_app_id,
            top_category = EXCLUDED.top_category, computed_at = now()
        RETURNING 1),
    removed AS (
        DELETE FROM daily_user_rollups r
        WHERE r.user_id = $1 AND r.day BETWEEN $2 AND $3
          AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.day = r.day)
        RETURNING 1)
    SELECT (SELECT count(*) FROM written) AS written, (SELECT count(*) FROM removed) AS removed";

#[derive(QueryableByName)]
struct Written {
    #[diesel(sql_type = BigInt)]
    written: i64,
    #[diesel(sql_type = BigInt)]
    removed: i64,
}

/// Rows a recompute wrote and removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Recomputed {
    pub days: i64,
    pub apps: i64,
    pub removed: i64,
}

/// Recomputes the user's rollups of the span from raw usage, in one
/// transaction: days with usage are upserted, days without are removed, so
/// running it again changes nothing.
#[tracing::instrument(skip(conn))]
pub async fn recompute(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    span: Span,
    timezone: &str,
) -> Result<Recomputed, DbError> {
    conn.transaction::<_, DbError, _>(async |conn| {
        // A nightly run and an upload's may overlap: one at a time per user.
        diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext('analytics_rollup:' || $1::text))")
            .bind::<SqlUuid, _>(user_id)
            .execute(conn)
            .await?;
        let mut out = Recomputed::default();
        for (sql, is_days) in [(ROLLUP_APPS, false), (ROLLUP_DAYS, true)] {
            let w: Written = diesel::sql_query(sql)
                .bind::<SqlUuid, _>(user_id)
                .bind::<Date, _>(span.start)
                .bind::<Date, _>(span.end)
                .bind::<Text, _>(timezone)
                .get_result(conn)
                .await?;
            if is_days {
                out.days = w.written;
            } else {
                out.apps = w.written;
            }
            out.removed += w.removed;
        }
        Ok(out)
    })
    .await
}

/// The user's day rollups of the span, oldest first.
#[tracing::instrument(skip(conn))]
pub async fn days(conn: &mut AsyncPgConnection, user_id: Uuid, span: Span) -> Result<Vec<DayRollup>, DbError> {
    use crate::schema::daily_user_rollups::dsl as r;
    Ok(r::daily_user_rollups
        .filter(r::user_id.eq(user_id))
        .filter(r::day.between(span.start, span.end))
        .select(DayRollup::as_select())
        .order(r::day.asc())
        .load(conn)
        .await?)
}

#[derive(Debug, QueryableByName)]
pub struct AppTimeRow {
    #[diesel(sql_type = SqlUuid)]
    pub app_id: Uuid,
    #[diesel(sql_type = Text)]
    pub bundle_id: String,
    #[diesel(sql_type = Text)]
    pub name: String,
    #[diesel(sql_type = Text)]
    pub category: String,
    #[diesel(sql_type = Text)]
    pub default_personality: String,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
    #[diesel(sql_type = BigInt)]
    pub time_ms: i64,
    #[diesel(sql_type = BigInt)]
    pub launches: i64,
}

/// The `limit` most used apps of the span.
#[tracing::instrument(skip(conn))]
pub async fn top_apps(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    span: Span,
    limit: i64,
) -> Result<Vec<AppTimeRow>, DbError> {
    Ok(diesel::sql_query(
        "SELECT a.id AS app_id, a.bundle_id, coalesce(rep.name, a.name) AS name,
                coalesce(rep.category, a.category) AS category, a.default_personality, a.created_at,
                t.time_ms, t.launches
         FROM (SELECT app_id, sum(time_ms)::bigint AS time_ms, sum(launches)::bigint AS launches
               FROM daily_app_rollups WHERE user_id = $1 AND day BETWEEN $2 AND $3 GROUP BY app_id) t
         JOIN apps a ON a.id = t.app_id
         LEFT JOIN app_reports rep ON rep.user_id = $1 AND rep.app_id = t.app_id
         ORDER BY t.time_ms DESC, t.launches DESC, a.id
         LIMIT $4",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .bind::<BigInt, _>(limit)
    .load(conn)
    .await?)
}

#[derive(Debug, QueryableByName)]
pub struct WeekAppRow {
    /// The Monday of the week.
    #[diesel(sql_type = Date)]
    pub week: NaiveDate,
    #[diesel(embed)]
    pub app: AppTimeRow,
}

/// The `per_week` most used apps of each Monday-to-Sunday week that
/// overlaps the span, newest week first.
#[tracing::instrument(skip(conn))]
pub async fn weekly_top_apps(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    span: Span,
    per_week: i64,
) -> Result<Vec<WeekAppRow>, DbError> {
    Ok(diesel::sql_query(
        "SELECT t.week, a.id AS app_id, a.bundle_id, coalesce(rep.name, a.name) AS name,
                coalesce(rep.category, a.category) AS category, a.default_personality, a.created_at,
                t.time_ms, t.launches
         FROM (SELECT week, app_id, sum(time_ms)::bigint AS time_ms, sum(launches)::bigint AS launches,
                      row_number() OVER (PARTITION BY week
                                         ORDER BY sum(time_ms) DESC, sum(launches) DESC, app_id) AS rank
               FROM (SELECT date_trunc('week', day)::date AS week, app_id, time_ms, launches
                     FROM daily_app_rollups WHERE user_id = $1 AND day BETWEEN $2 AND $3) r
               GROUP BY week, app_id) t
         JOIN apps a ON a.id = t.app_id
         LEFT JOIN app_reports rep ON rep.user_id = $1 AND rep.app_id = t.app_id
         WHERE t.rank <= $4
         ORDER BY t.week DESC, t.rank",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .bind::<BigInt, _>(per_week)
    .load(conn)
    .await?)
}

#[derive(Debug, QueryableByName)]
pub struct CategoryTimeRow {
    #[diesel(sql_type = Text)]
    pub category: String,
    #[diesel(sql_type = BigInt)]
    pub time_ms: i64,
}

#[derive(Debug, QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    count: i64,
}

/// The most used category of the span, and how many apps were used.
#[tracing::instrument(skip(conn))]
pub async fn top_category_and_apps_used(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    span: Span,
) -> Result<(Option<CategoryTimeRow>, i64), DbError> {
    let top: Option<CategoryTimeRow> = diesel::sql_query(
        "SELECT coalesce(rep.category, a.category) AS category, sum(r.time_ms)::bigint AS time_ms
         FROM daily_app_rollups r JOIN apps a ON a.id = r.app_id
         LEFT JOIN app_reports rep ON rep.user_id = $1 AND rep.app_id = r.app_id
         WHERE r.user_id = $1 AND r.day BETWEEN $2 AND $3
         GROUP BY 1 ORDER BY time_ms DESC, category LIMIT 1",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .get_result(conn)
    .await
    .optional()?;
    let used: Count = diesel::sql_query(
        "SELECT count(DISTINCT app_id) AS count FROM daily_app_rollups
         WHERE user_id = $1 AND day BETWEEN $2 AND $3",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .get_result(conn)
    .await?;
    Ok((top, used.count))
}

/// Time in one app, or in one category, over the span.
#[tracing::instrument(skip(conn))]
pub async fn app_time(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    span: Span,
    app_id: Option<Uuid>,
    category: Option<&str>,
) -> Result<i64, DbError> {
    let total: Count = diesel::sql_query(
        "SELECT coalesce(sum(r.time_ms), 0)::bigint AS count
         FROM daily_app_rollups r JOIN apps a ON a.id = r.app_id
         LEFT JOIN app_reports rep ON rep.user_id = $1 AND rep.app_id = r.app_id
         WHERE r.user_id = $1 AND r.day BETWEEN $2 AND $3
           AND ($4::uuid IS NULL OR r.app_id = $4)
           AND ($5::text IS NULL OR coalesce(rep.category, a.category) = $5)",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .bind::<Nullable<SqlUuid>, _>(app_id)
    .bind::<Nullable<Text>, _>(category)
    .get_result(conn)
    .await?;
    Ok(total.count)
}

/// What the user has, whatever the day.
#[derive(Debug, Default, Clone, QueryableByName)]
pub struct Counts {
    #[diesel(sql_type = Integer)]
    pub active_devices: i32,
    #[diesel(sql_type = BigInt)]
    pub conversations: i64,
    #[diesel(sql_type = BigInt)]
    pub favorite_conversations: i64,
    #[diesel(sql_type = BigInt)]
    pub favorite_apps: i64,
    #[diesel(sql_type = BigInt)]
    pub journals: i64,
}

#[tracing::instrument(skip(conn))]
pub async fn counts(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<Counts, DbError> {
    Ok(diesel::sql_query(
        "SELECT (SELECT count(*) FROM devices WHERE user_id = $1 AND is_active)::int AS active_devices,
                (SELECT count(*) FROM conversations WHERE user_id = $1) AS conversations,
                (SELECT count(*) FROM conversations WHERE user_id = $1 AND is_favorite) AS favorite_conversations,
                (SELECT count(*) FROM device_apps WHERE user_id = $1 AND is_favorite) AS favorite_apps,
                (SELECT count(*) FROM journals WHERE user_id = $1) AS journals",
    )
    .bind::<SqlUuid, _>(user_id)
    .get_result(conn)
    .await?)
}

#[derive(Debug, QueryableByName)]
pub struct PatternTrendRow {
    #[diesel(sql_type = Text)]
    pub kind: String,
    #[diesel(sql_type = BigInt)]
    pub occurrences: i64,
    #[diesel(sql_type = Bool)]
    pub active: bool,
    #[diesel(sql_type = Double)]
    pub max_severity: f64,
}

/// Patterns found since `since` or still open, by kind, most frequent first.
#[tracing::instrument(skip(conn))]
pub async fn pattern_trends(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    since: DateTime<Utc>,
) -> Result<Vec<PatternTrendRow>, DbError> {
    Ok(diesel::sql_query(
        "SELECT kind, count(*) AS occurrences, bool_or(resolved_at IS NULL) AS active, max(severity) AS max_severity
         FROM usage_patterns
         WHERE user_id = $1 AND (resolved_at IS NULL OR detected_at >= $2)
         GROUP BY kind ORDER BY occurrences DESC, kind",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Timestamptz, _>(since)
    .load(conn)
    .await?)
}

#[derive(Debug, QueryableByName)]
pub struct TopicRow {
    #[diesel(sql_type = Text)]
    pub kind: String,
    #[diesel(sql_type = BigInt)]
    pub count: i64,
}

/// Conversations of the span's days by kind, most frequent first.
#[tracing::instrument(skip(conn))]
pub async fn conversation_topics(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    span: Span,
) -> Result<Vec<TopicRow>, DbError> {
    Ok(diesel::sql_query(
        "SELECT kind, count(*) AS count FROM conversations
         WHERE user_id = $1 AND day BETWEEN $2 AND $3
         GROUP BY kind ORDER BY count DESC, kind",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .load(conn)
    .await?)
}

/// One user's daily rollups summed over a span of days.
#[derive(Debug, Clone, QueryableByName)]
pub struct SpanTotals {
    #[diesel(sql_type = SqlUuid)]
    pub user_id: Uuid,
    /// Days with a rollup.
    #[diesel(sql_type = Integer)]
    pub days: i32,
    #[diesel(sql_type = BigInt)]
    pub screen_time_ms: i64,
    #[diesel(sql_type = BigInt)]
    pub unlocks: i64,
    #[diesel(sql_type = BigInt)]
    pub app_time_ms: i64,
    #[diesel(sql_type = BigInt)]
    pub productive_ms: i64,
    /// Days whose screen time was at most the given bound.
    #[diesel(sql_type = Integer)]
    pub days_under: i32,
}

/// Several users' rollups summed over `span` (days in each user's own
/// timezone, as the rollups are); users without a rollup in it are absent.
#[tracing::instrument(skip(conn, users), fields(users = users.len()))]
pub async fn span_totals(
    conn: &mut AsyncPgConnection,
    users: &[Uuid],
    span: Span,
    under_ms: i64,
) -> Result<Vec<SpanTotals>, DbError> {
    Ok(diesel::sql_query(
        "SELECT user_id, count(*)::int AS days, sum(screen_time_ms)::bigint AS screen_time_ms,
                sum(unlocks)::bigint AS unlocks, sum(app_time_ms)::bigint AS app_time_ms,
                sum(productive_ms)::bigint AS productive_ms,
                count(*) FILTER (WHERE screen_time_ms <= $4)::int AS days_under
         FROM daily_user_rollups WHERE user_id = ANY($1) AND day BETWEEN $2 AND $3
         GROUP BY user_id",
    )
    .bind::<diesel::sql_types::Array<SqlUuid>, _>(users)
    .bind::<Date, _>(span.start)
    .bind::<Date, _>(span.end)
    .bind::<BigInt, _>(under_ms)
    .load(conn)
    .await?)
}
