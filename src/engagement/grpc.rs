//! `kith.engagement.v1`: ActivityService (the signed-in user's activity),
//! EngagementService (profiles, message logs and statuses; runs and
//! metrics for admins) and UtilityService (admins and backends).

use std::sync::Arc;

use chrono::Utc;
use diesel_async::AsyncConnection;
use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::model::{
    MessageKind, MessageStatus, MetricsWindow, NewEvent, NewEvents, ProfileQuery, Segment, StatusReceipt,
    UtilityMessage, MAX_TEMPLATE_CHARS,
};
use super::repo::{self, MessageFilter, MessageRow, ProfileRow};
use super::{run, utility, EngagementError};
use crate::auth::{Caller, Role};
use crate::error::FieldViolations;
use crate::proto::engagement::v1 as pb;
use crate::proto::timestamp;
use crate::request::{self, Page};
use crate::state::AppState;

pub use pb::activity_service_server::ActivityServiceServer;
pub use pb::engagement_service_server::EngagementServiceServer;
pub use pb::utility_service_server::UtilityServiceServer;

#[derive(Clone)]
pub struct EngagementGrpc {
    state: Arc<AppState>,
}

impl EngagementGrpc {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }
}

impl From<ProfileRow> for pb::EngagementProfile {
    fn from(p: ProfileRow) -> Self {
        pb::EngagementProfile {
            user_id: p.user_id.to_string(),
            last_active_time: Some(timestamp(p.last_active_at)),
            first_seen_time: Some(timestamp(p.first_seen_at)),
            segment: Segment::from_stored(&p.segment).map_or(0, |s| pb::Segment::from(s) as i32),
            churn_risk_score: p.churn_risk,
            active_days_7: p.active_days_7,
            active_days_28: p.active_days_28,
            compute_time: Some(timestamp(p.computed_at)),
        }
    }
}

impl From<MessageRow> for pb::MessageLog {
    fn from(m: MessageRow) -> Self {
        let status = |s: &str| MessageStatus::from_stored(s).map_or(0, |s| pb::MessageStatus::from(s) as i32);
        let history = (m.history.as_array().into_iter().flatten())
            .map(|step| pb::StatusChange {
                status: status(step["status"].as_str().unwrap_or_default()),
                time: (step["at"].as_str())
                    .and_then(|at| chrono::DateTime::parse_from_rfc3339(at).ok())
                    .map(|at| timestamp(at.with_timezone(&Utc))),
            })
            .collect();
        pb::MessageLog {
            id: m.id.to_string(),
            user_id: m.user_id.to_string(),
            kind: MessageKind::from_stored(&m.kind).map_or(0, |k| pb::MessageKind::from(k) as i32),
            template: m.template,
            content: m.content,
            channel: m.channel,
            segment: (m.segment.as_deref())
                .and_then(Segment::from_stored)
                .map_or(0, |s| pb::Segment::from(s) as i32),
            status: status(&m.status),
            history,
            notification_id: m.notification_id.map(|id| id.to_string()).unwrap_or_default(),
            send_time: Some(timestamp(m.sent_at)),
        }
    }
}

impl From<run::Decision> for pb::Decision {
    fn from(d: run::Decision) -> Self {
        pb::Decision {
            user_id: d.user_id.to_string(),
            send: d.send,
            reason: d.reason,
            segment: d.segment.map_or(0, |s| pb::Segment::from(s) as i32),
            template: d.template,
            content: d.content,
            message_id: d.message_id.map(|id| id.to_string()).unwrap_or_default(),
        }
    }
}

/// Whose data a call names: the caller's own when `id` is None (empty or
/// invalid, which the request's check reports); anyone's for an admin; for
/// anyone else another user's id reads as not found.
fn subject(caller: &Caller, id: Option<Uuid>) -> Result<Uuid, EngagementError> {
    let Some(id) = id else {
        return Ok(caller.user_id);
    };
    if id != caller.user_id && caller.role != Role::Admin {
        return Err(EngagementError::UserNotFound);
    }
    Ok(id)
}

async fn record(state: &AppState, user_id: Uuid, events: &[NewEvent]) -> Result<chrono::DateTime<Utc>, Status> {
    let mut conn = crate::db::conn(&state.pool).await?;
    let clock = crate::identity::clock::clock(&mut conn, user_id).await?;
    let last = conn
        .transaction(async |conn| repo::record(conn, user_id, &clock, events).await)
        .await?;
    Ok(last)
}

#[tonic::async_trait]
impl pb::activity_service_server::ActivityService for EngagementGrpc {
    async fn record_login(
        &self,
        request: Request<pb::RecordLoginRequest>,
    ) -> Result<Response<pb::RecordLoginResponse>, Status> {
        let caller = Caller::of(&request)?;
        let login = NewEvent {
            name: "login".into(),
            properties: serde_json::json!({}),
            at: Utc::now(),
        };
        let last = record(&self.state, caller.user_id, &[login]).await?;
        Ok(Response::new(pb::RecordLoginResponse {
            last_active_time: Some(timestamp(last)),
        }))
    }

    async fn record_event(
        &self,
        request: Request<pb::RecordEventRequest>,
    ) -> Result<Response<pb::RecordEventResponse>, Status> {
        let caller = Caller::of(&request)?;
        let NewEvents { events } = NewEvents::single(request.get_ref(), Utc::now())?;
        let last = record(&self.state, caller.user_id, &events).await?;
        Ok(Response::new(pb::RecordEventResponse {
            last_active_time: Some(timestamp(last)),
        }))
    }

    async fn record_events(
        &self,
        request: Request<pb::RecordEventsRequest>,
    ) -> Result<Response<pb::RecordEventsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let NewEvents { events } = NewEvents::batch(request.get_ref(), Utc::now())?;
        let last = record(&self.state, caller.user_id, &events).await?;
        Ok(Response::new(pb::RecordEventsResponse {
            recorded: events.len() as i32,
            last_active_time: Some(timestamp(last)),
        }))
    }
}

#[tonic::async_trait]
impl pb::engagement_service_server::EngagementService for EngagementGrpc {
    async fn run_engagement(
        &self,
        request: Request<pb::RunEngagementRequest>,
    ) -> Result<Response<pb::RunEngagementResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.require(Role::Admin)?;
        let dry_run = request.get_ref().dry_run;
        let state = &self.state;
        let report = run::run(&state.pool, &state.ai, &state.config.engagement, Utc::now(), dry_run).await?;
        tracing::info!(admin = %caller.user_id, dry_run, sent = report.sent, "engagement run requested");
        let count = |n: usize| i32::try_from(n).unwrap_or(i32::MAX);
        Ok(Response::new(pb::RunEngagementResponse {
            candidates: count(report.candidates),
            sent: count(report.sent),
            skipped: count(report.skipped),
            skipped_by_reason: (report.skipped_by_reason.into_iter())
                .map(|(reason, n)| (reason, count(n)))
                .collect(),
            decisions: report.decisions.into_iter().map(Into::into).collect(),
            dry_run: report.dry_run,
        }))
    }

    async fn get_engagement_profile(
        &self,
        request: Request<pb::GetEngagementProfileRequest>,
    ) -> Result<Response<pb::GetEngagementProfileResponse>, Status> {
        let caller = Caller::of(&request)?;
        let ProfileQuery { user_id, recompute } = ProfileQuery::try_from(request.get_ref())?;
        let user_id = subject(&caller, user_id)?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let profile = if recompute {
            let clock = crate::identity::clock::clock(&mut conn, user_id).await?;
            let dormant = self.state.config.engagement.inactive_days;
            repo::recompute(&mut conn, user_id, &clock, Utc::now(), dormant).await?
        } else {
            repo::profile(&mut conn, user_id).await?
        };
        let profile = profile.ok_or(EngagementError::ProfileNotFound)?;
        Ok(Response::new(pb::GetEngagementProfileResponse {
            profile: Some(profile.into()),
        }))
    }

    async fn list_message_logs(
        &self,
        request: Request<pb::ListMessageLogsRequest>,
    ) -> Result<Response<pb::ListMessageLogsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let user_id = if r.user_id.is_empty() && caller.role == Role::Admin {
            None
        } else {
            let id = request::optional_uuid(&mut v, "user_id", &r.user_id);
            Some(subject(&caller, id)?)
        };
        let kind = v.check("kind", MessageKind::optional(r.kind));
        let status = v.check("status", MessageStatus::optional(r.status));
        let template = request::optional_text(&mut v, "template", &r.template, MAX_TEMPLATE_CHARS);
        let start = request::time(&mut v, "start_time", r.start_time.as_ref());
        let end = request::time(&mut v, "end_time", r.end_time.as_ref());
        let scope = format!(
            "ListMessageLogs|{}|{:?}|{}|{}|{}|{:?}|{:?}",
            caller.user_id, user_id, r.kind, r.status, r.template, r.start_time, r.end_time
        );
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        v.into_result().map_err(EngagementError::from)?;
        let (Some(page), Some(kind), Some(status), Some(start), Some(end)) = (page, kind, status, start, end) else {
            unreachable!("checked")
        };
        let filter = MessageFilter {
            user_id,
            kind,
            status,
            template,
            start,
            end,
        };
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let mut rows = repo::messages(&mut conn, &filter, page.after, page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |row| row.id);
        Ok(Response::new(pb::ListMessageLogsResponse {
            messages: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn update_message_status(
        &self,
        request: Request<pb::UpdateMessageStatusRequest>,
    ) -> Result<Response<pb::UpdateMessageStatusResponse>, Status> {
        let caller = Caller::of(&request)?;
        let StatusReceipt { message_id: id, status } = StatusReceipt::try_from(request.get_ref())?;
        let owner = (caller.role != Role::Admin).then_some(caller.user_id);
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let row = conn
            .transaction::<_, EngagementError, _>(async |conn| {
                let row = (repo::message_for_update(conn, id, owner).await?).ok_or(EngagementError::MessageNotFound)?;
                let current = MessageStatus::from_stored(&row.status).unwrap_or(MessageStatus::Sent);
                // Never back: a delivered receipt after a click changes nothing.
                if status.rank() <= current.rank() {
                    return Ok(row);
                }
                Ok(repo::advance(conn, &row, status).await?)
            })
            .await?;
        Ok(Response::new(pb::UpdateMessageStatusResponse {
            message: Some(row.into()),
        }))
    }

    async fn get_engagement_metrics(
        &self,
        request: Request<pb::GetEngagementMetricsRequest>,
    ) -> Result<Response<pb::GetEngagementMetricsResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.require(Role::Admin)?;
        let MetricsWindow { start, end, kind } = MetricsWindow::check(request.get_ref(), Utc::now())?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let rows = repo::metrics(&mut conn, start, end, kind).await?;
        let row = |segment: Option<&str>, template: String, sent: i64, delivered: i64, clicked: i64| {
            let rate = |n: i64| if sent == 0 { 0.0 } else { n as f64 / sent as f64 };
            pb::MetricsRow {
                segment: segment
                    .and_then(Segment::from_stored)
                    .map_or(0, |s| pb::Segment::from(s) as i32),
                template,
                sent,
                delivered,
                clicked,
                delivery_rate: rate(delivered),
                click_rate: rate(clicked),
            }
        };
        let (sent, delivered, clicked) = rows
            .iter()
            .fold((0, 0, 0), |(s, d, c), r| (s + r.sent, d + r.delivered, c + r.clicked));
        Ok(Response::new(pb::GetEngagementMetricsResponse {
            total: Some(row(None, String::new(), sent, delivered, clicked)),
            rows: rows
                .into_iter()
                .map(|r| row(r.segment.as_deref(), r.template, r.sent, r.delivered, r.clicked))
                .collect(),
            start_time: Some(timestamp(start)),
            end_time: Some(timestamp(end)),
        }))
    }
}

#[tonic::async_trait]
impl pb::utility_service_server::UtilityService for EngagementGrpc {
    async fn send_utility(
        &self,
        request: Request<pb::SendUtilityRequest>,
    ) -> Result<Response<pb::SendUtilityResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.require(Role::Admin)?;
        let UtilityMessage {
            user_id,
            utility,
            content,
            data,
            dedupe_key,
        } = UtilityMessage::try_from(request.get_ref())?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        if crate::identity::repo::active_by_id(&mut conn, user_id).await?.is_none() {
            return Err(EngagementError::UserNotFound.into());
        }
        let (row, sent) = utility::send(&mut conn, user_id, utility, content, &data, dedupe_key.as_deref()).await?;
        if sent {
            tracing::info!(message_id = %row.id, kind = utility.kind, "utility message sent");
        }
        Ok(Response::new(pb::SendUtilityResponse {
            message: Some(row.into()),
            sent,
        }))
    }
}
