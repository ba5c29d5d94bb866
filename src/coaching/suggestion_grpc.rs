//! `kith.coaching.v1.SuggestionService`: the caller's plan suggestions.

use chrono::{DateTime, Utc};
use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::grpc::{goal_messages, id, CoachingGrpc};
use super::model::Weekdays;
use super::suggestions::{self, Change, SuggestionRow, SuggestionStatus};
use super::{repo, CoachingError};
use crate::auth::Caller;
use crate::error::FieldViolations;
use crate::proto::coaching::v1 as pb;
use crate::proto::timestamp;
use crate::request::{self, Page};

pub use pb::suggestion_service_server::SuggestionServiceServer;

fn plan_change(change: Change) -> pb::PlanChange {
    use pb::plan_change::Change as Which;
    let which = match change {
        Change::AddHabit {
            title,
            weekdays,
            target,
            unit,
        } => Which::AddHabit(pb::Habit {
            title,
            weekdays: Weekdays::parse(&weekdays).map(Weekdays::days).unwrap_or(weekdays),
            target,
            unit,
            ..Default::default()
        }),
        Change::ChangeTarget { habit_id, target } => Which::ChangeTarget(pb::HabitTarget {
            habit_id: habit_id.to_string(),
            target,
        }),
        Change::ChangeWeekdays { habit_id, weekdays } => Which::ChangeWeekdays(pb::HabitWeekdays {
            habit_id: habit_id.to_string(),
            weekdays,
        }),
        Change::RemoveHabit { habit_id } => Which::RemoveHabitId(habit_id.to_string()),
    };
    pb::PlanChange { change: Some(which) }
}

impl From<SuggestionRow> for pb::Suggestion {
    fn from(s: SuggestionRow) -> Self {
        pb::Suggestion {
            id: s.id.to_string(),
            goal_id: s.goal_id.to_string(),
            change: s.change().map(plan_change),
            status: SuggestionStatus::from_stored(&s.status).map_or(0, |st| pb::SuggestionStatus::from(st) as i32),
            rationale: s.rationale,
            create_time: Some(timestamp(s.created_at)),
            decide_time: s.decided_at.map(timestamp),
        }
    }
}

#[tonic::async_trait]
impl pb::suggestion_service_server::SuggestionService for CoachingGrpc {
    async fn list_suggestions(
        &self,
        request: Request<pb::ListSuggestionsRequest>,
    ) -> Result<Response<pb::ListSuggestionsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let goal_id = request::optional_uuid(&mut v, "goal_id", &r.goal_id);
        let status = v.check("status", SuggestionStatus::optional(r.status));
        let scope = format!("ListSuggestions|{}|{}|{}", caller.user_id, r.goal_id, r.status);
        let page = Page::<(DateTime<Utc>, Uuid)>::parse(&mut v, self.page_tokens(), scope, r.page_size, &r.page_token);
        v.into_result().map_err(CoachingError::from)?;
        let (Some(status), Some(page)) = (status, page) else {
            unreachable!("checked")
        };
        let mut conn = self.conn().await?;
        let mut rows = suggestions::list(&mut conn, caller.user_id, goal_id, status, page.after, page.fetch()).await?;
        let next_page_token = page.finish(self.page_tokens(), &mut rows, |s| (s.created_at, s.id));
        Ok(Response::new(pb::ListSuggestionsResponse {
            suggestions: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn accept_suggestion(
        &self,
        request: Request<pb::AcceptSuggestionRequest>,
    ) -> Result<Response<pb::AcceptSuggestionResponse>, Status> {
        let caller = Caller::of(&request)?;
        let suggestion_id = id("suggestion_id", &request.get_ref().suggestion_id)?;
        let mut conn = self.conn().await?;
        let row = suggestions::accept(&mut conn, caller.user_id, suggestion_id).await?;
        let goal = repo::goal(&mut conn, caller.user_id, row.goal_id)
            .await
            .map_err(|e| CoachingError::or_missing(e, CoachingError::GoalNotFound))?;
        tracing::info!(%suggestion_id, goal_id = %goal.id, "suggestion accepted");
        Ok(Response::new(pb::AcceptSuggestionResponse {
            suggestion: Some(row.into()),
            goal: goal_messages(&mut conn, vec![goal]).await?.pop(),
        }))
    }

    async fn reject_suggestion(
        &self,
        request: Request<pb::RejectSuggestionRequest>,
    ) -> Result<Response<pb::RejectSuggestionResponse>, Status> {
        let caller = Caller::of(&request)?;
        let suggestion_id = id("suggestion_id", &request.get_ref().suggestion_id)?;
        let mut conn = self.conn().await?;
        let row = suggestions::reject(&mut conn, caller.user_id, suggestion_id).await?;
        Ok(Response::new(pb::RejectSuggestionResponse {
            suggestion: Some(row.into()),
        }))
    }
}
