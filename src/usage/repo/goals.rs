//! Goals and the per-day series their progress is read from.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Array, Date, Nullable, Text};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::*;
use crate::error::DbError;
use crate::usage::goals::{GoalKind, GoalPeriod};

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
