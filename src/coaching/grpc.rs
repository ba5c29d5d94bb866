//! `kith.coaching.v1`: GoalService, JournalService and DashboardService,
//! each on the caller's own data.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::dashboard::{self, RiskLevel};
use super::journal::{self, EntryRow};
use super::model::{
    CheckInHabit, CreateHabit, CreateSubgoal, GoalStatus, GoalUpdate, HabitUpdate, NewCheckIn, NewEntry, NewGoal,
    PlanStatus, SentimentLabel, SubgoalUpdate, Theme,
};
use super::plan::{self, PlanJob};
use super::repo::{self, CheckInFilter, CheckInRow, GoalRow, HabitRow, SubgoalRow};
use super::rollups;
use super::CoachingError;
use crate::auth::Caller;
use crate::error::{DbError, FieldViolations};
use crate::identity::clock::UserClock;
use crate::proto::coaching::v1 as pb;
use crate::proto::timestamp;
use crate::request::{self, Page};
use crate::state::AppState;

pub use pb::dashboard_service_server::DashboardServiceServer;
pub use pb::goal_service_server::GoalServiceServer;
pub use pb::journal_service_server::JournalServiceServer;

#[derive(Clone)]
pub struct CoachingGrpc {
    state: Arc<AppState>,
}

impl CoachingGrpc {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }

    pub(super) async fn conn(&self) -> Result<crate::db::Conn<'_>, Status> {
        Ok(crate::db::conn(&self.state.pool).await?)
    }

    pub(super) fn state(&self) -> &AppState {
        &self.state
    }

    pub(super) fn page_tokens(&self) -> &crate::pagination::PageTokens {
        &self.state.page_tokens
    }
}

fn day(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

impl From<HabitRow> for pb::Habit {
    fn from(h: HabitRow) -> Self {
        pb::Habit {
            id: h.id.to_string(),
            goal_id: h.goal_id.to_string(),
            title: h.title,
            weekdays: super::model::Weekdays::from_stored(h.weekdays).days(),
            target: h.target,
            unit: h.unit,
            create_time: Some(timestamp(h.created_at)),
        }
    }
}

impl From<SubgoalRow> for pb::Subgoal {
    fn from(s: SubgoalRow) -> Self {
        pb::Subgoal {
            id: s.id.to_string(),
            goal_id: s.goal_id.to_string(),
            title: s.title,
            target_date: day(s.target_date),
            done: s.done,
            create_time: Some(timestamp(s.created_at)),
        }
    }
}

impl From<CheckInRow> for pb::CheckIn {
    fn from(c: CheckInRow) -> Self {
        pb::CheckIn {
            id: c.id.to_string(),
            habit_id: c.habit_id.to_string(),
            goal_id: c.goal_id.to_string(),
            day: c.day.to_string(),
            completed: c.completed,
            value: c.value,
            note: c.note,
            create_time: Some(timestamp(c.created_at)),
            update_time: Some(timestamp(c.updated_at)),
        }
    }
}

impl From<EntryRow> for pb::JournalEntry {
    fn from(e: EntryRow) -> Self {
        pb::JournalEntry {
            id: e.id.to_string(),
            text: e.text,
            sentiment: e.sentiment,
            label: SentimentLabel::from_stored(&e.label).map_or(0, |l| pb::SentimentLabel::from(l) as i32),
            emotions: e.emotions.into_iter().flatten().collect(),
            shared: e.shared,
            create_time: Some(timestamp(e.created_at)),
        }
    }
}

fn goal_message(g: GoalRow, subgoals: Vec<SubgoalRow>, habits: Vec<HabitRow>) -> pb::Goal {
    pb::Goal {
        id: g.id.to_string(),
        title: g.title,
        description: g.description,
        theme: Theme::from_stored(&g.theme).map_or(0, |t| pb::Theme::from(t) as i32),
        constraints: g.constraints,
        minutes_per_week: g.minutes_per_week,
        status: GoalStatus::from_stored(&g.status).map_or(0, |s| pb::GoalStatus::from(s) as i32),
        target_date: day(g.target_date),
        plan_status: PlanStatus::from_stored(&g.plan_status).map_or(0, |s| pb::PlanStatus::from(s) as i32),
        plan_error: g.plan_error.unwrap_or_default(),
        plan_job_id: g.plan_job_id.map(|id| id.to_string()).unwrap_or_default(),
        plan_summary: g.plan_summary,
        subgoals: subgoals.into_iter().map(Into::into).collect(),
        habits: habits.into_iter().map(Into::into).collect(),
        create_time: Some(timestamp(g.created_at)),
        update_time: Some(timestamp(g.updated_at)),
    }
}

/// Goals with their subgoals and habits, in the goals' order.
pub(super) async fn goal_messages(conn: &mut AsyncPgConnection, goals: Vec<GoalRow>) -> Result<Vec<pb::Goal>, DbError> {
    let ids: Vec<Uuid> = goals.iter().map(|g| g.id).collect();
    let mut subgoals: HashMap<Uuid, Vec<SubgoalRow>> = HashMap::new();
    for s in repo::subgoals_of(conn, &ids).await? {
        subgoals.entry(s.goal_id).or_default().push(s);
    }
    let mut habits: HashMap<Uuid, Vec<HabitRow>> = HashMap::new();
    for h in repo::habits_of(conn, &ids).await? {
        habits.entry(h.goal_id).or_default().push(h);
    }
    Ok(goals
        .into_iter()
        .map(|g| {
            let id = g.id;
            goal_message(
                g,
                subgoals.remove(&id).unwrap_or_default(),
                habits.remove(&id).unwrap_or_default(),
            )
        })
        .collect())
}

async fn one_goal(conn: &mut AsyncPgConnection, goal: GoalRow) -> Result<pb::Goal, DbError> {
    Ok(goal_messages(conn, vec![goal]).await?.remove(0))
}

fn invalid(v: FieldViolations) -> Result<(), CoachingError> {
    v.into_result().map_err(CoachingError::from)
}

/// The one id a request names, e.g. GetGoal's `goal_id`; a malformed one
/// is named.
pub(super) fn id(field: &str, raw: &str) -> Result<Uuid, FieldViolations> {
    let mut v = FieldViolations::new();
    request::uuid(&mut v, field, raw).ok_or(v)
}

fn missing(missing: CoachingError) -> impl FnOnce(DbError) -> CoachingError {
    move |e| CoachingError::or_missing(e, missing)
}

async fn clock(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<UserClock, Status> {
    Ok(crate::identity::clock::clock(conn, user_id).await?)
}

#[tonic::async_trait]
impl pb::goal_service_server::GoalService for CoachingGrpc {
    async fn create_goal(
        &self,
        request: Request<pb::CreateGoalRequest>,
    ) -> Result<Response<pb::CreateGoalResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut conn = self.conn().await?;
        let today = clock(&mut conn, caller.user_id).await?.today();
        let new = NewGoal::check(&r, today)?;
        let goal = conn
            .transaction(async |conn| repo::insert_goal(conn, caller.user_id, &new).await)
            .await?;
        let state = &self.state;
        let planned = plan::try_inline(&mut conn, &state.ai, &goal, today, state.config.coaching.plan_wait).await?;
        if !planned {
            let job = plan::JOB
                .job(&PlanJob {
                    goal_id: goal.id,
                    user_id: caller.user_id,
                })
                .for_user(caller.user_id)
                .attempts(plan::ATTEMPTS)
                .unique(format!("coaching_plan:{}", goal.id));
            // The job and the goal's pointer to it commit together.
            conn.transaction(async |conn| {
                if let Some(job_id) = crate::jobs::enqueue(conn, job).await? {
                    repo::set_plan_job(conn, goal.id, job_id).await?;
                }
                Ok::<_, DbError>(())
            })
            .await?;
        }
        let goal = repo::goal(&mut conn, caller.user_id, goal.id)
            .await
            .map_err(missing(CoachingError::GoalNotFound))?;
        tracing::info!(goal_id = %goal.id, planned, "goal created");
        Ok(Response::new(pb::CreateGoalResponse {
            goal: Some(one_goal(&mut conn, goal).await?),
        }))
    }

    async fn get_goal(&self, request: Request<pb::GetGoalRequest>) -> Result<Response<pb::GetGoalResponse>, Status> {
        let caller = Caller::of(&request)?;
        let goal_id = id("goal_id", &request.get_ref().goal_id)?;
        let mut conn = self.conn().await?;
        let goal = repo::goal(&mut conn, caller.user_id, goal_id)
            .await
            .map_err(missing(CoachingError::GoalNotFound))?;
        Ok(Response::new(pb::GetGoalResponse {
            goal: Some(one_goal(&mut conn, goal).await?),
        }))
    }

    async fn list_goals(
        &self,
        request: Request<pb::ListGoalsRequest>,
    ) -> Result<Response<pb::ListGoalsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let status = v.check("status", GoalStatus::optional(r.status));
        let scope = format!("ListGoals|{}|{}", caller.user_id, r.status);
        let page =
            Page::<(DateTime<Utc>, Uuid)>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        invalid(v)?;
        let (Some(status), Some(page)) = (status, page) else {
            unreachable!("checked")
        };
        let mut conn = self.conn().await?;
        let mut rows = repo::list_goals(&mut conn, caller.user_id, status, page.after, page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |g| (g.created_at, g.id));
        Ok(Response::new(pb::ListGoalsResponse {
            goals: goal_messages(&mut conn, rows).await?,
            next_page_token,
        }))
    }

    async fn update_goal(
        &self,
        request: Request<pb::UpdateGoalRequest>,
    ) -> Result<Response<pb::UpdateGoalResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        // A target date is bounded by the member's today.
        let mut conn = self.conn().await?;
        let today = clock(&mut conn, caller.user_id).await?.today();
        let GoalUpdate { goal_id, changes } = GoalUpdate::check(r, today)?;
        let goal = conn
            .transaction(async |conn| repo::update_goal(conn, caller.user_id, goal_id, &changes).await)
            .await?;
        Ok(Response::new(pb::UpdateGoalResponse {
            goal: Some(one_goal(&mut conn, goal).await?),
        }))
    }

    async fn delete_goal(
        &self,
        request: Request<pb::DeleteGoalRequest>,
    ) -> Result<Response<pb::DeleteGoalResponse>, Status> {
        let caller = Caller::of(&request)?;
        let goal_id = id("goal_id", &request.get_ref().goal_id)?;
        let mut conn = self.conn().await?;
        if !repo::delete_goal(&mut conn, caller.user_id, goal_id).await? {
            return Err(CoachingError::GoalNotFound.into());
        }
        Ok(Response::new(pb::DeleteGoalResponse {}))
    }

    async fn create_habit(
        &self,
        request: Request<pb::CreateHabitRequest>,
    ) -> Result<Response<pb::CreateHabitResponse>, Status> {
        let caller = Caller::of(&request)?;
        let CreateHabit { goal_id, habit } = CreateHabit::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let row = conn
            .transaction(async |conn| repo::add_habit(conn, caller.user_id, goal_id, &habit).await)
            .await?;
        Ok(Response::new(pb::CreateHabitResponse {
            habit: Some(row.into()),
        }))
    }

    async fn update_habit(
        &self,
        request: Request<pb::UpdateHabitRequest>,
    ) -> Result<Response<pb::UpdateHabitResponse>, Status> {
        let caller = Caller::of(&request)?;
        let HabitUpdate { habit_id, changes } = HabitUpdate::try_from(request.into_inner())?;
        let mut conn = self.conn().await?;
        let row = repo::update_habit(&mut conn, caller.user_id, habit_id, &changes)
            .await
            .map_err(missing(CoachingError::HabitNotFound))?;
        Ok(Response::new(pb::UpdateHabitResponse {
            habit: Some(row.into()),
        }))
    }

    async fn delete_habit(
        &self,
        request: Request<pb::DeleteHabitRequest>,
    ) -> Result<Response<pb::DeleteHabitResponse>, Status> {
        let caller = Caller::of(&request)?;
        let habit_id = id("habit_id", &request.get_ref().habit_id)?;
        let mut conn = self.conn().await?;
        if !repo::delete_habit(&mut conn, caller.user_id, habit_id).await? {
            return Err(CoachingError::HabitNotFound.into());
        }
        Ok(Response::new(pb::DeleteHabitResponse {}))
    }

    async fn create_subgoal(
        &self,
        request: Request<pb::CreateSubgoalRequest>,
    ) -> Result<Response<pb::CreateSubgoalResponse>, Status> {
        let caller = Caller::of(&request)?;
        let CreateSubgoal { goal_id, subgoal } = CreateSubgoal::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let row = conn
            .transaction(async |conn| repo::add_subgoal(conn, caller.user_id, goal_id, &subgoal).await)
            .await?;
        Ok(Response::new(pb::CreateSubgoalResponse {
            subgoal: Some(row.into()),
        }))
    }

    async fn update_subgoal(
        &self,
        request: Request<pb::UpdateSubgoalRequest>,
    ) -> Result<Response<pb::UpdateSubgoalResponse>, Status> {
        let caller = Caller::of(&request)?;
        let SubgoalUpdate { subgoal_id, changes } = SubgoalUpdate::try_from(request.into_inner())?;
        let mut conn = self.conn().await?;
        let row = repo::update_subgoal(&mut conn, caller.user_id, subgoal_id, &changes)
            .await
            .map_err(missing(CoachingError::SubgoalNotFound))?;
        Ok(Response::new(pb::UpdateSubgoalResponse {
            subgoal: Some(row.into()),
        }))
    }

    async fn delete_subgoal(
        &self,
        request: Request<pb::DeleteSubgoalRequest>,
    ) -> Result<Response<pb::DeleteSubgoalResponse>, Status> {
        let caller = Caller::of(&request)?;
        let subgoal_id = id("subgoal_id", &request.get_ref().subgoal_id)?;
        let mut conn = self.conn().await?;
        if !repo::delete_subgoal(&mut conn, caller.user_id, subgoal_id).await? {
            return Err(CoachingError::SubgoalNotFound.into());
        }
        Ok(Response::new(pb::DeleteSubgoalResponse {}))
    }

    async fn log_check_in(
        &self,
        request: Request<pb::LogCheckInRequest>,
    ) -> Result<Response<pb::LogCheckInResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let CheckInHabit { habit_id } = CheckInHabit::try_from(&r)?;
        let mut conn = self.conn().await?;
        let today = clock(&mut conn, caller.user_id).await?.today();
        let check_in = NewCheckIn::check(&r, today)?;
        let habit = repo::habit(&mut conn, caller.user_id, habit_id)
            .await
            .map_err(missing(CoachingError::HabitNotFound))?;
        let (row, created) = repo::log_check_in(&mut conn, caller.user_id, &habit, &check_in).await?;
        Ok(Response::new(pb::LogCheckInResponse {
            check_in: Some(row.into()),
            created,
        }))
    }

    async fn list_check_ins(
        &self,
        request: Request<pb::ListCheckInsRequest>,
    ) -> Result<Response<pb::ListCheckInsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let filter = CheckInFilter::parse(&mut v, &r);
        let scope = format!(
            "ListCheckIns|{}|{}|{}|{}|{}",
            caller.user_id, r.goal_id, r.habit_id, r.start_day, r.end_day
        );
        let page = Page::<(NaiveDate, Uuid)>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        invalid(v)?;
        let page = page.expect("checked");
        let mut conn = self.conn().await?;
        let mut rows = repo::list_check_ins(&mut conn, caller.user_id, &filter, page.after, page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |c| (c.day, c.id));
        Ok(Response::new(pb::ListCheckInsResponse {
            check_ins: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }
}

#[tonic::async_trait]
impl pb::journal_service_server::JournalService for CoachingGrpc {
    async fn create_entry(
        &self,
        request: Request<pb::CreateEntryRequest>,
    ) -> Result<Response<pb::CreateEntryResponse>, Status> {
        let caller = Caller::of(&request)?;
        let NewEntry { text } = NewEntry::try_from(request.get_ref())?;
        let scores = journal::score(&text);
        let mut conn = self.conn().await?;
        let row = journal::insert(&mut conn, caller.user_id, &text, &scores).await?;
        Ok(Response::new(pb::CreateEntryResponse {
            entry: Some(row.into()),
        }))
    }

    async fn list_entries(
        &self,
        request: Request<pb::ListEntriesRequest>,
    ) -> Result<Response<pb::ListEntriesResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let scope = format!("ListEntries|{}", caller.user_id);
        let page =
            Page::<(DateTime<Utc>, Uuid)>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        invalid(v)?;
        let page = page.expect("checked");
        let mut conn = self.conn().await?;
        let mut rows = journal::list(&mut conn, caller.user_id, page.after, page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |e| (e.created_at, e.id));
        Ok(Response::new(pb::ListEntriesResponse {
            entries: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn share_entry(
        &self,
        request: Request<pb::ShareEntryRequest>,
    ) -> Result<Response<pb::ShareEntryResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let entry_id = id("entry_id", &r.entry_id)?;
        let mut conn = self.conn().await?;
        let row = journal::share(&mut conn, caller.user_id, entry_id, r.shared)
            .await
            .map_err(missing(CoachingError::EntryNotFound))?;
        Ok(Response::new(pb::ShareEntryResponse {
            entry: Some(row.into()),
        }))
    }
}

pub(super) fn adherence_message(a: dashboard::Adherence) -> pb::Adherence {
    pb::Adherence {
        days: a.days as i32,
        scheduled: a.scheduled as i32,
        completed: a.completed as i32,
        percent: a.percent().unwrap_or(0.0),
        has_schedule: a.scheduled > 0,
    }
}

pub(super) fn risk_message(risk: dashboard::Risk, today: NaiveDate) -> pb::GetRiskResponse {
    let level = match risk.level {
        RiskLevel::Low => pb::RiskLevel::Low,
        RiskLevel::Medium => pb::RiskLevel::Medium,
        RiskLevel::High => pb::RiskLevel::High,
    };
    pb::GetRiskResponse {
        day: today.to_string(),
        level: level as i32,
        missed: risk.missed as i32,
        days_since_last_check_in: risk.days_since_last.map_or(-1, |d| d as i32),
        adherence_7: risk.adherence_7.percent().unwrap_or(0.0),
    }
}

#[tonic::async_trait]
impl pb::dashboard_service_server::DashboardService for CoachingGrpc {
    async fn get_summary(
        &self,
        request: Request<pb::GetSummaryRequest>,
    ) -> Result<Response<pb::GetSummaryResponse>, Status> {
        let caller = Caller::of(&request)?;
        let mut conn = self.conn().await?;
        let clock = clock(&mut conn, caller.user_id).await?;
        let today = clock.today();
        let (habits, now) = rollups::today(&mut conn, caller.user_id, &clock, today).await?;
        let (past, _) = rollups::past_adherence(&mut conn, caller.user_id, &clock, today).await?;
        let counts: HashMap<String, i64> = repo::goal_counts(&mut conn, caller.user_id)
            .await?
            .into_iter()
            .collect();
        let count = |s: GoalStatus| counts.get(s.as_str()).copied().unwrap_or(0) as i32;
        let habits: Vec<pb::HabitToday> = habits
            .into_iter()
            .map(|h| {
                let id = h.habit.id;
                let due = super::model::Weekdays::from_stored(h.habit.weekdays).includes(today);
                pb::HabitToday {
                    goal_title: h.goal_title,
                    due,
                    done: now.done.contains(&id),
                    streak: now.streak(&past, id) as i32,
                    habit: Some(h.habit.into()),
                }
            })
            .collect();
        Ok(Response::new(pb::GetSummaryResponse {
            day: today.to_string(),
            active_goals: count(GoalStatus::Active),
            completed_goals: count(GoalStatus::Completed),
            longest_streak: habits.iter().map(|h| h.streak).max().unwrap_or(0),
            habits,
        }))
    }

    async fn get_adherence(
        &self,
        request: Request<pb::GetAdherenceRequest>,
    ) -> Result<Response<pb::GetAdherenceResponse>, Status> {
        let caller = Caller::of(&request)?;
        let mut conn = self.conn().await?;
        let clock = clock(&mut conn, caller.user_id).await?;
        let today = clock.today();
        let (_, now) = rollups::today(&mut conn, caller.user_id, &clock, today).await?;
        let (past, _) = rollups::past_adherence(&mut conn, caller.user_id, &clock, today).await?;
        let windows = past
            .windows
            .iter()
            .map(|&w| adherence_message(now.adherence(w)))
            .collect();
        Ok(Response::new(pb::GetAdherenceResponse {
            day: today.to_string(),
            windows,
        }))
    }

    async fn get_risk(&self, request: Request<pb::GetRiskRequest>) -> Result<Response<pb::GetRiskResponse>, Status> {
        let caller = Caller::of(&request)?;
        let mut conn = self.conn().await?;
        let clock = clock(&mut conn, caller.user_id).await?;
        let today = clock.today();
        let (_, now) = rollups::today(&mut conn, caller.user_id, &clock, today).await?;
        let (past, _) = rollups::past_risk(&mut conn, caller.user_id, &clock, today).await?;
        Ok(Response::new(risk_message(now.risk(&past), today)))
    }
}
