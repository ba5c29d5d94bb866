//! `kith.jobs.v1.JobService`: the queue and schedules, for admins; members
//! may read and watch their own jobs (such as the one DetectPatterns returns).

use std::pin::Pin;
use std::sync::Arc;

use chrono::Utc;
use futures::Stream;
use tonic::{Code, Request, Response, Status};
use uuid::Uuid;

use super::model::ScheduleName;
use super::queue::{self, JobRow};
use super::schedule::{self, When, Zone};
use super::watch::Watch;
use super::Registry;
use crate::auth::{Caller, Role};
use crate::db::listen::WatcherSlots;
use crate::error::{status, DbError, FieldViolations};
use crate::proto::jobs::v1 as pb;
use crate::proto::{json_struct, timestamp};
use crate::request::{self, Page};
use crate::state::AppState;

pub use pb::job_service_server::JobServiceServer;

#[derive(Clone)]
pub struct JobsGrpc {
    state: Arc<AppState>,
    registry: Arc<Registry>,
    /// WatchJob streams open per user in this process.
    watchers: Arc<WatcherSlots>,
}

impl JobsGrpc {
    pub fn new(state: Arc<AppState>, registry: Arc<Registry>) -> Self {
        let watchers = WatcherSlots::new(state.config.job_watchers_per_user);
        Self {
            state,
            registry,
            watchers,
        }
    }
}

fn state_name(state: pb::JobState) -> Option<&'static str> {
    Some(match state {
        pb::JobState::Unspecified => return None,
        pb::JobState::Queued => "queued",
        pb::JobState::Running => "running",
        pb::JobState::Succeeded => "succeeded",
        pb::JobState::Dead => "dead",
        pb::JobState::Cancelled => "cancelled",
    })
}

/// How much of a job its reader sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    /// Every field.
    Admin,
    /// A member reading their own job: its state, a safe message and its
    /// result, never the internals (payload, worker, error, keys) that may
    /// carry other data or describe the system.
    Owner,
}

/// The state in a few words, safe for anyone who may read the job.
fn safe_message(row: &JobRow) -> &'static str {
    match row.state.as_str() {
        "queued" if row.attempts > 0 => "waiting to retry after a failed attempt",
        "queued" => "waiting to run",
        "running" => "running",
        "succeeded" => "done",
        "dead" => "failed; an administrator can see why",
        _ => "cancelled",
    }
}

fn job_message(row: JobRow, view: View) -> pb::Job {
    let state = match row.state.as_str() {
        "queued" => pb::JobState::Queued,
        "running" => pb::JobState::Running,
        "succeeded" => pb::JobState::Succeeded,
        "dead" => pb::JobState::Dead,
        _ => pb::JobState::Cancelled,
    };
    let message = safe_message(&row).to_owned();
    let seen = pb::Job {
        id: row.id.to_string(),
        kind: row.kind,
        state: state as i32,
        payload: None,
        priority: 0,
        run_at: Some(timestamp(row.run_at)),
        attempts: 0,
        max_attempts: 0,
        worker: String::new(),
        last_error: String::new(),
        result: row.result.as_ref().and_then(json_struct),
        unique_key: String::new(),
        user_id: row.user_id.map(|u| u.to_string()).unwrap_or_default(),
        create_time: Some(timestamp(row.created_at)),
        update_time: Some(timestamp(row.updated_at)),
        finish_time: row.finished_at.map(timestamp),
        message,
    };
    match view {
        View::Owner => seen,
        View::Admin => pb::Job {
            payload: json_struct(&row.payload),
            priority: i32::from(row.priority),
            attempts: row.attempts,
            max_attempts: row.max_attempts,
            worker: row.worker.unwrap_or_default(),
            last_error: row.last_error.unwrap_or_default(),
            unique_key: row.unique_key.unwrap_or_default(),
            ..seen
        },
    }
}

fn not_found() -> Status {
    status(Code::NotFound, "JOB_NOT_FOUND", "job not found")
}

fn job_id(raw: &str) -> Result<Uuid, Status> {
    let mut v = FieldViolations::new();
    request::uuid(&mut v, "job_id", raw).ok_or_else(|| v.into())
}

fn admin<T>(request: &Request<T>) -> Result<(), Status> {
    Caller::of(request)?.require(Role::Admin)
}

/// Whose jobs the caller may read and how much of them: every job in full
/// for an admin (owner None), else the caller's own, as their owner sees them.
fn reader<T>(request: &Request<T>) -> Result<(Caller, Option<Uuid>, View), Status> {
    let caller = Caller::of(request)?;
    Ok(if caller.role == Role::Admin {
        (caller, None, View::Admin)
    } else {
        (caller, Some(caller.user_id), View::Owner)
    })
}

fn describe(when: When, zone: Zone) -> String {
    let place = match zone {
        Zone::EachUser => "in each user's timezone",
        Zone::System => "UTC",
    };
    match when {
        When::Hourly { minute } => format!("hourly at minute {minute:02}"),
        When::Every { minutes } if minutes % 60 == 0 => format!("every {} hours", minutes / 60),
        When::Every { minutes } => format!("every {minutes} minutes"),
        When::Daily { at: (h, m) } => format!("daily at {h:02}:{m:02} {place}"),
        When::Weekly { day, at: (h, m) } => format!("every {day} at {h:02}:{m:02} {place}"),
        When::Monthly { day, at: (h, m) } => format!("monthly on day {day} at {h:02}:{m:02} {place}"),
    }
}

type WatchStream = Pin<Box<dyn Stream<Item = Result<pb::WatchJobResponse, Status>> + Send>>;

#[tonic::async_trait]
impl pb::job_service_server::JobService for JobsGrpc {
    async fn list_jobs(&self, request: Request<pb::ListJobsRequest>) -> Result<Response<pb::ListJobsResponse>, Status> {
        admin(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let state = match pb::JobState::try_from(r.state) {
            Ok(s) => state_name(s),
            Err(_) => {
                v.add("state", "is not a known job state");
                None
            }
        };
        let kind = request::optional_text(&mut v, "kind", &r.kind, 100);
        let scope = format!("ListJobs|{}|{state:?}", r.kind);
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let Some(page) = page.filter(|_| v.is_empty()) else {
            return Err(v.into());
        };
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let mut rows = queue::list(&mut conn, kind.as_deref(), state, page.after, page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |j| j.id);
        Ok(Response::new(pb::ListJobsResponse {
            jobs: rows.into_iter().map(|row| job_message(row, View::Admin)).collect(),
            next_page_token,
        }))
    }

    async fn get_job(&self, request: Request<pb::GetJobRequest>) -> Result<Response<pb::GetJobResponse>, Status> {
        let (_, owner, view) = reader(&request)?;
        let id = job_id(&request.into_inner().job_id)?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let row = queue::get_visible(&mut conn, id, owner).await.map_err(|e| match e {
            DbError::NotFound => not_found(),
            other => other.into(),
        })?;
        Ok(Response::new(pb::GetJobResponse {
            job: Some(job_message(row, view)),
        }))
    }

    async fn retry_job(&self, request: Request<pb::RetryJobRequest>) -> Result<Response<pb::RetryJobResponse>, Status> {
        admin(&request)?;
        let id = job_id(&request.into_inner().job_id)?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        match queue::retry(&mut conn, id).await? {
            Some(row) => Ok(Response::new(pb::RetryJobResponse {
                job: Some(job_message(row, View::Admin)),
            })),
            None => {
                queue::get(&mut conn, id).await.map_err(|_| not_found())?;
                Err(status(
                    Code::FailedPrecondition,
                    "JOB_NOT_RETRYABLE",
                    "only dead or cancelled jobs can be retried",
                ))
            }
        }
    }

    async fn cancel_job(
        &self,
        request: Request<pb::CancelJobRequest>,
    ) -> Result<Response<pb::CancelJobResponse>, Status> {
        admin(&request)?;
        let id = job_id(&request.into_inner().job_id)?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        match queue::cancel(&mut conn, id).await? {
            Some(row) => Ok(Response::new(pb::CancelJobResponse {
                job: Some(job_message(row, View::Admin)),
            })),
            None => {
                queue::get(&mut conn, id).await.map_err(|_| not_found())?;
                Err(status(
                    Code::FailedPrecondition,
                    "JOB_NOT_CANCELLABLE",
                    "only queued jobs can be cancelled",
                ))
            }
        }
    }

    async fn list_schedules(
        &self,
        request: Request<pb::ListSchedulesRequest>,
    ) -> Result<Response<pb::ListSchedulesResponse>, Status> {
        admin(&request)?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let now = Utc::now();
        let mut schedules = Vec::new();
        for s in self.registry.schedules() {
            let last = queue::latest_of_kind(&mut conn, s.job_kind).await?;
            let tz = match s.zone {
                Zone::System => chrono_tz::UTC,
                // The first place on Earth to reach the time of day.
                Zone::EachUser => chrono_tz::Pacific::Kiritimati,
            };
            schedules.push(pb::Schedule {
                name: s.name.into(),
                when: describe(s.when, s.zone),
                job_kind: s.job_kind.into(),
                description: s.description.into(),
                next_run_time: Some(timestamp(s.when.next_after(now, tz))),
                last_enqueue_time: last.map(timestamp),
            });
        }
        Ok(Response::new(pb::ListSchedulesResponse { schedules }))
    }

    async fn trigger_schedule(
        &self,
        request: Request<pb::TriggerScheduleRequest>,
    ) -> Result<Response<pb::TriggerScheduleResponse>, Status> {
        admin(&request)?;
        let ScheduleName(name) = ScheduleName::try_from(request.get_ref())?;
        let schedules = self.registry.schedules();
        if !schedules.iter().any(|s| s.name == name) {
            return Err(status(
                Code::NotFound,
                "SCHEDULE_NOT_FOUND",
                format!("no schedule named {name:?}"),
            ));
        }
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let created = schedule::tick(&mut conn, Utc::now(), &schedules, Some(&name)).await?;
        Ok(Response::new(pb::TriggerScheduleResponse {
            jobs_enqueued: created as i32,
        }))
    }

    type WatchJobStream = WatchStream;

    async fn watch_job(&self, request: Request<pb::WatchJobRequest>) -> Result<Response<WatchStream>, Status> {
        let (caller, owner, view) = reader(&request)?;
        let id = job_id(&request.into_inner().job_id)?;
        let slot = self.watchers.take(caller.user_id).ok_or_else(|| {
            status(
                Code::ResourceExhausted,
                "TOO_MANY_WATCHERS",
                format!(
                    "at most {} WatchJob streams may be open at once",
                    self.watchers.per_user()
                ),
            )
        })?;
        // Before the first read, so a change right after it still wakes us.
        let changes = self.state.listener.subscribe(queue::CHANNEL).await;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let first = queue::get_visible(&mut conn, id, owner).await.map_err(|e| match e {
            DbError::NotFound => not_found(),
            other => other.into(),
        })?;
        drop(conn);
        let (tx, rx) = tokio::sync::mpsc::channel(8);
        let watch = Watch {
            pool: self.state.pool.clone(),
            job_id: id,
            owner,
            changes,
            first,
            slot,
            tx,
        };
        tokio::spawn(watch.run(move |row| {
            Ok(pb::WatchJobResponse {
                job: Some(job_message(row, view)),
            })
        }));
        Ok(Response::new(Box::pin(tokio_stream::wrappers::ReceiverStream::new(rx))))
    }
}
