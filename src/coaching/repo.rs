//! Coaching queries. Each takes the caller's connection; every read and
//! change of a member's rows is filtered by that member's id, so another
//! member's id finds nothing.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Bool, Date, Double, Text};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::model::{
    GoalChanges, GoalStatus, HabitChanges, NewCheckIn, NewGoal, NewHabit, NewSubgoal, PlanStatus, SubgoalChanges,
    MAX_HABITS_PER_GOAL, MAX_OPEN_GOALS, MAX_SUBGOALS_PER_GOAL,
};
use super::plan::Plan;
use super::CoachingError;
use crate::error::DbError;
use crate::schema::{coaching_check_ins, coaching_goals, coaching_habits, coaching_subgoals};

type SqlUuid = diesel::sql_types::Uuid;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = coaching_goals, check_for_backend(diesel::pg::Pg))]
pub struct GoalRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub title: String,
    pub description: String,
    pub theme: String,
    pub constraints: String,
    pub minutes_per_week: i32,
    pub status: String,
    pub target_date: Option<NaiveDate>,
    pub plan_status: String,
    pub plan_error: Option<String>,
    pub plan_summary: String,
    pub plan_job_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = coaching_habits, check_for_backend(diesel::pg::Pg))]
pub struct HabitRow {
    pub id: Uuid,
    pub goal_id: Uuid,
    pub user_id: Uuid,
    pub title: String,
    pub weekdays: i16,
    pub target: i32,
    pub unit: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = coaching_subgoals, check_for_backend(diesel::pg::Pg))]
pub struct SubgoalRow {
    pub id: Uuid,
    pub goal_id: Uuid,
    pub title: String,
    pub target_date: Option<NaiveDate>,
    pub done: bool,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = coaching_check_ins, check_for_backend(diesel::pg::Pg))]
pub struct CheckInRow {
    pub id: Uuid,
    pub habit_id: Uuid,
    pub goal_id: Uuid,
    pub day: NaiveDate,
    pub completed: bool,
    pub value: f64,
    pub note: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

fn is_open(status: &str) -> bool {
    status == GoalStatus::Active.as_str() || status == GoalStatus::Paused.as_str()
}

/// Takes the member's row lock, so two creates cannot both pass the cap.
async fn lock_member(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<(), DbError> {
    diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext('coaching:' || $1::text))")
        .bind::<SqlUuid, _>(user_id)
        .execute(conn)
        .await?;
    Ok(())
}

async fn open_goals(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<i64, DbError> {
    Ok(coaching_goals::table
        .filter(coaching_goals::user_id.eq(user_id))
        .filter(coaching_goals::status.eq_any([GoalStatus::Active.as_str(), GoalStatus::Paused.as_str()]))
        .count()
        .get_result(conn)
        .await?)
}

/// Stores a new goal, plan pending. Run in a transaction: the member's cap
/// on open goals is checked under a lock.
#[tracing::instrument(skip(conn, goal))]
pub async fn insert_goal(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    goal: &NewGoal,
) -> Result<GoalRow, CoachingError> {
    lock_member(conn, user_id).await?;
    if open_goals(conn, user_id).await? >= MAX_OPEN_GOALS {
        return Err(CoachingError::TooManyGoals);
    }
    Ok(diesel::insert_into(coaching_goals::table)
        .values((
            coaching_goals::id.eq(Uuid::now_v7()),
            coaching_goals::user_id.eq(user_id),
            coaching_goals::title.eq(&goal.title),
            coaching_goals::description.eq(&goal.description),
            coaching_goals::theme.eq(goal.theme.as_str()),
            coaching_goals::constraints.eq(&goal.constraints),
            coaching_goals::minutes_per_week.eq(goal.minutes_per_week),
            coaching_goals::target_date.eq(goal.target_date),
        ))
        .returning(GoalRow::as_returning())
        .get_result(conn)
        .await?)
}

#[tracing::instrument(skip(conn))]
pub async fn goal(conn: &mut AsyncPgConnection, user_id: Uuid, goal_id: Uuid) -> Result<GoalRow, DbError> {
    Ok(coaching_goals::table
        .filter(coaching_goals::id.eq(goal_id).and(coaching_goals::user_id.eq(user_id)))
        .select(GoalRow::as_select())
        .first(conn)
        .await?)
}

/// Newest first, after the `(created_at, id)` of the previous page's last.
#[tracing::instrument(skip(conn))]
pub async fn list_goals(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    status: Option<GoalStatus>,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<GoalRow>, DbError> {
    let mut query = coaching_goals::table
        .filter(coaching_goals::user_id.eq(user_id))
        .select(GoalRow::as_select())
        .order((coaching_goals::created_at.desc(), coaching_goals::id.desc()))
        .limit(limit)
        .into_boxed();
    if let Some(status) = status {
        query = query.filter(coaching_goals::status.eq(status.as_str()));
    }
    if let Some((at, id)) = after {
        query = query.filter(
            coaching_goals::created_at
                .lt(at)
                .or(coaching_goals::created_at.eq(at).and(coaching_goals::id.lt(id))),
        );
    }
    Ok(query.load(conn).await?)
}

pub async fn set_plan_job(conn: &mut AsyncPgConnection, goal_id: Uuid, job_id: Uuid) -> Result<(), DbError> {
    diesel::update(coaching_goals::table.find(goal_id))
        .set(coaching_goals::plan_job_id.eq(job_id))
        .execute(conn)
        .await?;
    Ok(())
}

/// Stores a plan's rows and marks the goal's plan ready, once: a plan that
/// arrives for a goal no longer pending (planned by a racing attempt,
/// failed for good, deleted) is dropped. Run in a transaction. A plan
/// never pushes a goal past its caps: it fills what room the member left.
#[tracing::instrument(skip(conn, plan))]
pub async fn store_plan(conn: &mut AsyncPgConnection, goal_id: Uuid, plan: &Plan) -> Result<bool, DbError> {
    let goal: Option<(Uuid, String)> = coaching_goals::table
        .find(goal_id)
        .select((coaching_goals::user_id, coaching_goals::plan_status))
        .for_update()
        .first(conn)
        .await
        .optional()?;
    let Some((user_id, status)) = goal else {
        return Ok(false);
    };
    if status != PlanStatus::Pending.as_str() {
        return Ok(false);
    }
    let (habits, subgoals) = counts(conn, goal_id).await?;
    let room = |cap: i64, have: i64| usize::try_from(cap - have).unwrap_or(0);
    for habit in plan.habits.iter().take(room(MAX_HABITS_PER_GOAL, habits)) {
        insert_habit_row(conn, user_id, goal_id, habit).await?;
    }
    for subgoal in plan.subgoals.iter().take(room(MAX_SUBGOALS_PER_GOAL, subgoals)) {
        insert_subgoal_row(conn, user_id, goal_id, subgoal).await?;
    }
    diesel::update(coaching_goals::table.find(goal_id))
        .set((
            coaching_goals::plan_status.eq(PlanStatus::Ready.as_str()),
            coaching_goals::plan.eq(&plan.raw),
            coaching_goals::plan_summary.eq(&plan.summary),
            coaching_goals::plan_error.eq(None::<String>),
            coaching_goals::updated_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
        .await?;
    Ok(true)
}

/// Marks a still-pending plan failed for good, with why.
pub async fn fail_plan(conn: &mut AsyncPgConnection, goal_id: Uuid, reason: &str) -> Result<(), DbError> {
    let reason: String = reason.chars().take(500).collect();
    diesel::update(
        coaching_goals::table
            .find(goal_id)
            .filter(coaching_goals::plan_status.eq(PlanStatus::Pending.as_str())),
    )
    .set((
        coaching_goals::plan_status.eq(PlanStatus::Failed.as_str()),
        coaching_goals::plan_error.eq(reason),
        coaching_goals::updated_at.eq(diesel::dsl::now),
    ))
    .execute(conn)
    .await?;
    Ok(())
}

/// Applies `changes`; reopening a goal counts toward the open-goal cap.
/// Run in a transaction.
#[tracing::instrument(skip(conn, changes))]
pub async fn update_goal(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    goal_id: Uuid,
    changes: &GoalChanges,
) -> Result<GoalRow, CoachingError> {
    lock_member(conn, user_id).await?;
    let current = goal(conn, user_id, goal_id)
        .await
        .map_err(|e| CoachingError::or_missing(e, CoachingError::GoalNotFound))?;
    if let Some(status) = &changes.status {
        if is_open(status) && !is_open(&current.status) && open_goals(conn, user_id).await? >= MAX_OPEN_GOALS {
            return Err(CoachingError::TooManyGoals);
        }
    }
    Ok(diesel::update(coaching_goals::table.find(goal_id))
        .set((changes, coaching_goals::updated_at.eq(diesel::dsl::now)))
        .returning(GoalRow::as_returning())
        .get_result(conn)
        .await?)
}

pub async fn delete_goal(conn: &mut AsyncPgConnection, user_id: Uuid, goal_id: Uuid) -> Result<bool, DbError> {
    let n = diesel::delete(
        coaching_goals::table.filter(coaching_goals::id.eq(goal_id).and(coaching_goals::user_id.eq(user_id))),
    )
    .execute(conn)
    .await?;
    Ok(n > 0)
}

async fn counts(conn: &mut AsyncPgConnection, goal_id: Uuid) -> Result<(i64, i64), DbError> {
    let habits = coaching_habits::table
        .filter(coaching_habits::goal_id.eq(goal_id))
        .count()
        .get_result(conn)
        .await?;
    let subgoals = coaching_subgoals::table
        .filter(coaching_subgoals::goal_id.eq(goal_id))
        .count()
        .get_result(conn)
        .await?;
    Ok((habits, subgoals))
}

/// Locks the member's goal for a change of its habits or subgoals.
async fn lock_goal(conn: &mut AsyncPgConnection, user_id: Uuid, goal_id: Uuid) -> Result<(), CoachingError> {
    coaching_goals::table
        .filter(coaching_goals::id.eq(goal_id).and(coaching_goals::user_id.eq(user_id)))
        .select(coaching_goals::id)
        .for_update()
        .first::<Uuid>(conn)
        .await
        .optional()?
        .ok_or(CoachingError::GoalNotFound)?;
    Ok(())
}

async fn insert_habit_row(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    goal_id: Uuid,
    habit: &NewHabit,
) -> Result<HabitRow, DbError> {
    Ok(diesel::insert_into(coaching_habits::table)
        .values((
            coaching_habits::id.eq(Uuid::now_v7()),
            coaching_habits::goal_id.eq(goal_id),
            coaching_habits::user_id.eq(user_id),
            coaching_habits::title.eq(&habit.title),
            coaching_habits::weekdays.eq(habit.weekdays.stored()),
            coaching_habits::target.eq(habit.target),
            coaching_habits::unit.eq(&habit.unit),
        ))
        .returning(HabitRow::as_returning())
        .get_result(conn)
        .await?)
}

async fn insert_subgoal_row(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    goal_id: Uuid,
    subgoal: &NewSubgoal,
) -> Result<SubgoalRow, DbError> {
    Ok(diesel::insert_into(coaching_subgoals::table)
        .values((
            coaching_subgoals::id.eq(Uuid::now_v7()),
            coaching_subgoals::goal_id.eq(goal_id),
            coaching_subgoals::user_id.eq(user_id),
            coaching_subgoals::title.eq(&subgoal.title),
            coaching_subgoals::target_date.eq(subgoal.target_date),
        ))
        .returning(SubgoalRow::as_returning())
        .get_result(conn)
        .await?)
}

/// A member's own habit on their goal, within the goal's cap. Run in a
/// transaction.
pub async fn add_habit(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    goal_id: Uuid,
    habit: &NewHabit,
) -> Result<HabitRow, CoachingError> {
    lock_goal(conn, user_id, goal_id).await?;
    if counts(conn, goal_id).await?.0 >= MAX_HABITS_PER_GOAL {
        return Err(CoachingError::TooManyHabits);
    }
    Ok(insert_habit_row(conn, user_id, goal_id, habit).await?)
}

pub async fn add_subgoal(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    goal_id: Uuid,
    subgoal: &NewSubgoal,
) -> Result<SubgoalRow, CoachingError> {
    lock_goal(conn, user_id, goal_id).await?;
    if counts(conn, goal_id).await?.1 >= MAX_SUBGOALS_PER_GOAL {
        return Err(CoachingError::TooManySubgoals);
    }
    Ok(insert_subgoal_row(conn, user_id, goal_id, subgoal).await?)
}

/// The habits of these goals, oldest first.
pub async fn habits_of(conn: &mut AsyncPgConnection, goal_ids: &[Uuid]) -> Result<Vec<HabitRow>, DbError> {
    Ok(coaching_habits::table
        .filter(coaching_habits::goal_id.eq_any(goal_ids))
        .select(HabitRow::as_select())
        .order((coaching_habits::created_at, coaching_habits::id))
        .load(conn)
        .await?)
}

pub async fn subgoals_of(conn: &mut AsyncPgConnection, goal_ids: &[Uuid]) -> Result<Vec<SubgoalRow>, DbError> {
    Ok(coaching_subgoals::table
        .filter(coaching_subgoals::goal_id.eq_any(goal_ids))
        .select(SubgoalRow::as_select())
        .order((coaching_subgoals::created_at, coaching_subgoals::id))
        .load(conn)
        .await?)
}

pub async fn habit(conn: &mut AsyncPgConnection, user_id: Uuid, habit_id: Uuid) -> Result<HabitRow, DbError> {
    Ok(coaching_habits::table
        .filter(
            coaching_habits::id
                .eq(habit_id)
                .and(coaching_habits::user_id.eq(user_id)),
        )
        .select(HabitRow::as_select())
        .first(conn)
        .await?)
}

pub async fn update_habit(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    habit_id: Uuid,
    changes: &HabitChanges,
) -> Result<HabitRow, DbError> {
    Ok(diesel::update(
        coaching_habits::table.filter(
            coaching_habits::id
                .eq(habit_id)
                .and(coaching_habits::user_id.eq(user_id)),
        ),
    )
    .set((changes, coaching_habits::updated_at.eq(diesel::dsl::now)))
    .returning(HabitRow::as_returning())
    .get_result(conn)
    .await?)
}

pub async fn delete_habit(conn: &mut AsyncPgConnection, user_id: Uuid, habit_id: Uuid) -> Result<bool, DbError> {
    let n = diesel::delete(
        coaching_habits::table.filter(
            coaching_habits::id
                .eq(habit_id)
                .and(coaching_habits::user_id.eq(user_id)),
        ),
    )
    .execute(conn)
    .await?;
    Ok(n > 0)
}

pub async fn update_subgoal(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    subgoal_id: Uuid,
    changes: &SubgoalChanges,
) -> Result<SubgoalRow, DbError> {
    Ok(diesel::update(
        coaching_subgoals::table.filter(
            coaching_subgoals::id
                .eq(subgoal_id)
                .and(coaching_subgoals::user_id.eq(user_id)),
        ),
    )
    .set((changes, coaching_subgoals::updated_at.eq(diesel::dsl::now)))
    .returning(SubgoalRow::as_returning())
    .get_result(conn)
    .await?)
}

pub async fn delete_subgoal(conn: &mut AsyncPgConnection, user_id: Uuid, subgoal_id: Uuid) -> Result<bool, DbError> {
    let n = diesel::delete(
        coaching_subgoals::table.filter(
            coaching_subgoals::id
                .eq(subgoal_id)
                .and(coaching_subgoals::user_id.eq(user_id)),
        ),
    )
    .execute(conn)
    .await?;
    Ok(n > 0)
}

#[derive(QueryableByName)]
#[diesel(table_name = coaching_check_ins)]
struct Logged {
    id: Uuid,
    habit_id: Uuid,
    goal_id: Uuid,
    day: NaiveDate,
    completed: bool,
    value: f64,
    note: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    #[diesel(sql_type = Bool)]
    created: bool,
}

/// The habit's check-in for the day: inserted, or the day's existing one
/// replaced. One statement on the (habit, day) key, so concurrent calls for
/// one day end as one row. True when it was new.
#[tracing::instrument(skip(conn, check_in))]
pub async fn log_check_in(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    habit: &HabitRow,
    check_in: &NewCheckIn,
) -> Result<(CheckInRow, bool), DbError> {
    let logged: Logged = diesel::sql_query(
        "INSERT INTO coaching_check_ins (id, habit_id, goal_id, user_id, day, completed, value, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (habit_id, day) DO UPDATE
            SET completed = EXCLUDED.completed, value = EXCLUDED.value, note = EXCLUDED.note, updated_at = now()
         RETURNING id, habit_id, goal_id, day, completed, value, note, created_at, updated_at, (xmax = 0) AS created",
    )
    .bind::<SqlUuid, _>(Uuid::now_v7())
    .bind::<SqlUuid, _>(habit.id)
    .bind::<SqlUuid, _>(habit.goal_id)
    .bind::<SqlUuid, _>(user_id)
    .bind::<Date, _>(check_in.day)
    .bind::<Bool, _>(check_in.completed)
    .bind::<Double, _>(check_in.value)
    .bind::<Text, _>(&check_in.note)
    .get_result(conn)
    .await?;
    let row = CheckInRow {
        id: logged.id,
        habit_id: logged.habit_id,
        goal_id: logged.goal_id,
        day: logged.day,
        completed: logged.completed,
        value: logged.value,
        note: logged.note,
        created_at: logged.created_at,
        updated_at: logged.updated_at,
    };
    Ok((row, logged.created))
}

/// Which check-ins a list shows.
#[derive(Debug, Clone, Default)]
pub struct CheckInFilter {
    pub goal_id: Option<Uuid>,
    pub habit_id: Option<Uuid>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// Newest day first, after the `(day, id)` of the previous page's last.
#[tracing::instrument(skip(conn))]
pub async fn list_check_ins(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    filter: &CheckInFilter,
    after: Option<(NaiveDate, Uuid)>,
    limit: i64,
) -> Result<Vec<CheckInRow>, DbError> {
    let mut query = coaching_check_ins::table
        .filter(coaching_check_ins::user_id.eq(user_id))
        .select(CheckInRow::as_select())
        .order((coaching_check_ins::day.desc(), coaching_check_ins::id.desc()))
        .limit(limit)
        .into_boxed();
    if let Some(goal_id) = filter.goal_id {
        query = query.filter(coaching_check_ins::goal_id.eq(goal_id));
    }
    if let Some(habit_id) = filter.habit_id {
        query = query.filter(coaching_check_ins::habit_id.eq(habit_id));
    }
    if let Some(from) = filter.from {
        query = query.filter(coaching_check_ins::day.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(coaching_check_ins::day.le(to));
    }
    if let Some((day, id)) = after {
        query = query.filter(
            coaching_check_ins::day
                .lt(day)
                .or(coaching_check_ins::day.eq(day).and(coaching_check_ins::id.lt(id))),
        );
    }
    Ok(query.load(conn).await?)
}

/// A habit of an active goal, as the dashboards read it.
#[derive(Debug, Clone)]
pub struct DashboardHabit {
    pub habit: HabitRow,
    pub goal_title: String,
}

/// The habits of the member's active goals.
pub async fn active_habits(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<Vec<DashboardHabit>, DbError> {
    let rows: Vec<(HabitRow, String)> = coaching_habits::table
        .inner_join(coaching_goals::table)
        .filter(coaching_habits::user_id.eq(user_id))
        .filter(coaching_goals::status.eq(GoalStatus::Active.as_str()))
        .select((HabitRow::as_select(), coaching_goals::title))
        .order((coaching_habits::created_at, coaching_habits::id))
        .load(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(habit, goal_title)| DashboardHabit { habit, goal_title })
        .collect())
}

/// Goals by status, for the summary.
pub async fn goal_counts(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<Vec<(String, i64)>, DbError> {
    Ok(coaching_goals::table
        .filter(coaching_goals::user_id.eq(user_id))
        .group_by(coaching_goals::status)
        .select((coaching_goals::status, diesel::dsl::count_star()))
        .load(conn)
        .await?)
}

/// The (habit, day, completed) of every check-in of the member from `from`.
pub async fn check_in_days(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    from: NaiveDate,
) -> Result<Vec<(Uuid, NaiveDate, bool)>, DbError> {
    Ok(coaching_check_ins::table
        .filter(coaching_check_ins::user_id.eq(user_id))
        .filter(coaching_check_ins::day.ge(from))
        .select((
            coaching_check_ins::habit_id,
            coaching_check_ins::day,
            coaching_check_ins::completed,
        ))
        .load(conn)
        .await?)
}

/// The member's last completed check-in day before `before`, on any habit.
pub async fn last_completed_day(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    before: NaiveDate,
) -> Result<Option<NaiveDate>, DbError> {
    Ok(coaching_check_ins::table
        .filter(coaching_check_ins::user_id.eq(user_id))
        .filter(coaching_check_ins::day.lt(before))
        .filter(coaching_check_ins::completed.eq(true))
        .select(diesel::dsl::max(coaching_check_ins::day))
        .first::<Option<NaiveDate>>(conn)
        .await?)
}
