//! Goals: create, read, list, update, delete, and progress.

use chrono::NaiveDate;
use diesel_async::AsyncPgConnection;
use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::*;
use crate::apps::catalogue::{self, ReportedApp};
use crate::auth::Caller;
use crate::error::FieldViolations;
use crate::proto::apps::v1 as apps_pb;
use crate::proto::timestamp;
use crate::proto::usage::v1 as pb;
use crate::request::Page;
use crate::usage::error::UsageError;
use crate::usage::goals::{self, GoalKind, GoalTarget};
use crate::usage::model::{CreateGoal, GoalAim, GoalRef, GoalUpdate, ProgressQuery};
use crate::usage::repo::{self, Span};
use crate::usage::upload::own_devices;

fn goal_message(row: repo::GoalRow, bundle_id: Option<String>) -> pb::Goal {
    pb::Goal {
        id: row.id.to_string(),
        kind: pb::GoalKind::from(row.kind()) as i32,
        target: row.target,
        period: pb::GoalPeriod::from(row.period()) as i32,
        bundle_id: bundle_id.unwrap_or_default(),
        category: row
            .category
            .as_deref()
            .map_or(apps_pb::AppCategory::Unspecified, catalogue::category_from_code) as i32,
        is_active: row.is_active,
        create_time: Some(timestamp(row.created_at)),
        update_time: Some(timestamp(row.updated_at)),
    }
}

async fn goal_with_bundle(conn: &mut AsyncPgConnection, row: repo::GoalRow) -> Result<pb::Goal> {
    let bundle = match row.app_id {
        Some(app) => catalogue::bundle_ids(conn, &[app]).await?.remove(&app),
        None => None,
    };
    Ok(goal_message(row, bundle))
}

pub(super) async fn create_goal(
    grpc: &UsageGrpc,
    request: Request<pb::CreateGoalRequest>,
) -> Result<Response<pb::CreateGoalResponse>, Status> {
    let caller = Caller::of(&request)?;
    let CreateGoal {
        aim,
        target: goal_target,
        period,
        request_id,
    } = CreateGoal::try_from(request.get_ref())?;
    let mut conn = grpc.conn().await?;
    let target = match aim {
        GoalAim::ScreenTime => GoalTarget::ScreenTime,
        GoalAim::Unlocks => GoalTarget::Unlocks,
        GoalAim::Category { code } => GoalTarget::Category { code: code.to_owned() },
        GoalAim::App { bundle_id } => {
            // A limit may name an app no device has reported yet.
            let app = ReportedApp {
                bundle_id: bundle_id.clone(),
                name: String::new(),
                category: None,
            };
            let limit = grpc.state.config.max_apps_per_user;
            let (ids, _) = catalogue::ensure(&mut conn, caller.user_id, &[app], limit)
                .await
                .map_err(UsageError::from)?;
            // ensure answers with an id for every app it is given.
            let Some(&app_id) = ids.get(&bundle_id) else {
                return Err(UsageError::from(FieldViolations::new()).into());
            };
            GoalTarget::App { app_id }
        }
    };
    let (app_id, category) = match &target {
        GoalTarget::App { app_id } => (Some(*app_id), None),
        GoalTarget::Category { code } => (None, Some(code.as_str())),
        _ => (None, None),
    };
    let new = repo::NewGoal {
        id: Uuid::now_v7(),
        user_id: caller.user_id,
        kind: target.kind().as_str(),
        target: goal_target,
        period: period.as_str(),
        app_id,
        category,
        request_id: request_id.as_deref(),
    };
    let row = repo::create_goal(&mut conn, &new).await.map_err(UsageError::from)?;
    let goal = goal_with_bundle(&mut conn, row).await?;
    Ok(Response::new(pb::CreateGoalResponse { goal: Some(goal) }))
}

pub(super) async fn get_goal(
    grpc: &UsageGrpc,
    request: Request<pb::GetGoalRequest>,
) -> Result<Response<pb::GetGoalResponse>, Status> {
    let caller = Caller::of(&request)?;
    let GoalRef(id) = GoalRef::try_from(request.get_ref())?;
    let mut conn = grpc.conn().await?;
    let row = repo::goal(&mut conn, caller.user_id, id)
        .await
        .map_err(|e| not_found(e, UsageError::GoalNotFound))?;
    let goal = goal_with_bundle(&mut conn, row).await?;
    Ok(Response::new(pb::GetGoalResponse { goal: Some(goal) }))
}

pub(super) async fn list_goals(
    grpc: &UsageGrpc,
    request: Request<pb::ListGoalsRequest>,
) -> Result<Response<pb::ListGoalsResponse>, Status> {
    let caller = Caller::of(&request)?;
    let r = request.into_inner();
    let mut v = FieldViolations::new();
    let scope = format!("ListGoals|{}|{:?}", caller.user_id, r.is_active);
    let page = Page::<Uuid>::parse(&mut v, &grpc.state.page_tokens, scope, r.page_size, &r.page_token);
    let Some(page) = page else {
        return Err(UsageError::from(v).into());
    };
    let mut conn = grpc.conn().await?;
    let mut rows = repo::list_goals(&mut conn, caller.user_id, r.is_active, page.after, page.fetch())
        .await
        .map_err(UsageError::from)?;
    let next_page_token = page.finish(&grpc.state.page_tokens, &mut rows, |g| g.id);
    let apps: Vec<Uuid> = rows.iter().filter_map(|g| g.app_id).collect();
    let mut bundles = catalogue::bundle_ids(&mut conn, &apps)
        .await
        .map_err(UsageError::from)?;
    let goals = rows
        .into_iter()
        .map(|g| {
            let bundle = g.app_id.and_then(|a| bundles.remove(&a));
            goal_message(g, bundle)
        })
        .collect();
    Ok(Response::new(pb::ListGoalsResponse { goals, next_page_token }))
}

pub(super) async fn update_goal(
    grpc: &UsageGrpc,
    request: Request<pb::UpdateGoalRequest>,
) -> Result<Response<pb::UpdateGoalResponse>, Status> {
    let caller = Caller::of(&request)?;
    let GoalUpdate { goal_id: id, changes } = GoalUpdate::try_from(request.into_inner())?;
    let mut conn = grpc.conn().await?;
    let row = repo::update_goal(&mut conn, caller.user_id, id, &changes)
        .await
        .map_err(|e| not_found(e, UsageError::GoalNotFound))?;
    let goal = goal_with_bundle(&mut conn, row).await?;
    Ok(Response::new(pb::UpdateGoalResponse { goal: Some(goal) }))
}

pub(super) async fn delete_goal(
    grpc: &UsageGrpc,
    request: Request<pb::DeleteGoalRequest>,
) -> Result<Response<pb::DeleteGoalResponse>, Status> {
    let caller = Caller::of(&request)?;
    let GoalRef(id) = GoalRef::try_from(request.get_ref())?;
    let mut conn = grpc.conn().await?;
    repo::delete_goal(&mut conn, caller.user_id, id)
        .await
        .map_err(|e| not_found(e, UsageError::GoalNotFound))?;
    Ok(Response::new(pb::DeleteGoalResponse {}))
}

pub(super) async fn get_goal_progress(
    grpc: &UsageGrpc,
    request: Request<pb::GetGoalProgressRequest>,
) -> Result<Response<pb::GetGoalProgressResponse>, Status> {
    let caller = Caller::of(&request)?;
    let ProgressQuery { goal_id: id, history } =
        ProgressQuery::try_from(request.get_ref()).map_err(UsageError::from)?;
    let mut conn = grpc.conn().await?;
    let row = repo::goal(&mut conn, caller.user_id, id)
        .await
        .map_err(|e| not_found(e, UsageError::GoalNotFound))?;
    let tz = clock(&mut conn, caller.user_id).await?;
    let today = tz.today();
    let periods = row.period().periods(today, history);
    let span = Span {
        start: periods.last().map_or(today, |p| p.0),
        end: periods[0].1,
        timezone: tz.name(),
    };
    let ids: Vec<Uuid> = own_devices(&mut conn, caller.user_id).await?.into_iter().collect();
    let devices = repo::Devices::of(caller.user_id, &ids);
    let daily: Vec<(NaiveDate, i64)> = match row.kind() {
        GoalKind::DailyScreenTime | GoalKind::Unlocks => {
            let unlocks = row.kind() == GoalKind::Unlocks;
            repo::day_totals(&mut conn, devices, span)
                .await
                .map_err(UsageError::from)?
                .into_iter()
                .map(|d| (d.day, if unlocks { d.unlocks } else { d.screen_time_ms }))
                .collect()
        }
        GoalKind::AppLimit | GoalKind::CategoryLimit => {
            repo::app_time_by_day(&mut conn, devices, span, row.app_id, row.category.as_deref())
                .await
                .map_err(UsageError::from)?
        }
    };
    let (progress, streak) = goals::progress(&periods, &daily, row.target);
    let goal = goal_with_bundle(&mut conn, row).await?;
    Ok(Response::new(pb::GetGoalProgressResponse {
        goal: Some(goal),
        current: progress.first().map(Into::into),
        history: progress.iter().skip(1).map(Into::into).collect(),
        streak,
    }))
}
