//! Background work: a durable queue in PostgreSQL, job kinds registered in
//! code with their handler and retry policy, workers that run inside `kith
//! serve` (or `kith worker`), and schedules that enqueue work at times of day.

pub mod grpc;
pub mod model;
mod personal_data;
pub mod queue;
pub mod schedule;
pub mod watch;
pub mod worker;

use std::collections::HashMap;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDate;
use futures::future::BoxFuture;
use rand::Rng;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use queue::{enqueue, enqueue_in, JobRow, NewJob, OnConflict};
pub use schedule::{Schedule, When, Zone};
pub use worker::{run_scheduler, run_worker, WorkerOptions};

use crate::ai::AiGateway;
use crate::config::Config;
use crate::db::Pool;
use crate::error::DbError;

/// A job kind's name with the type of its payload, so the code that
/// enqueues a job and the handler that runs it agree on its payload at
/// compile time. Each domain declares its kinds as constants.
pub struct Kind<P> {
    pub name: &'static str,
    payload: PhantomData<fn() -> P>,
}

impl<P> Clone for Kind<P> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<P> Copy for Kind<P> {}

impl<P: Serialize> Kind<P> {
    pub const fn new(name: &'static str) -> Self {
        Self {
            name,
            payload: PhantomData,
        }
    }

    /// A job of this kind carrying `payload`.
    pub fn job(self, payload: &P) -> NewJob {
        let payload = serde_json::to_value(payload).expect("job payloads serialize to JSON");
        NewJob::new(self.name, payload)
    }
}

/// The payload of a per-user job: the user, and the local day it is about
/// (None: the handler picks, usually yesterday). Per-user schedules write it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UserDay {
    pub user_id: Uuid,
    #[serde(default)]
    pub day: Option<NaiveDate>,
}

/// A payload a per-user schedule can write: it reads `{"user_id", "day"}`
/// (other fields optional). Implemented by payloads that extend [`UserDay`].
pub trait PerUser: DeserializeOwned {}

impl PerUser for UserDay {}

/// The payload of a system-wide scheduled job: the slot's day (UTC); an
/// admin's or a tool's run may leave it out.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SystemSlot {
    #[serde(default)]
    pub day: Option<NaiveDate>,
}

/// What handlers run with, and nothing more of the process: the pool, the
/// AI gateway, the settings and the key of keyed hashes. The composition
/// root builds it from the process's state (`app::jobs`), so the engine
/// never sees the rest.
#[derive(Clone)]
pub struct JobEnv {
    pub pool: Pool,
    pub ai: AiGateway,
    pub config: Arc<Config>,
    pub hash_key: [u8; 32],
}

/// What a handler gets: what it runs with and its job.
pub struct JobContext {
    pub pool: Pool,
    pub ai: AiGateway,
    pub config: Arc<Config>,
    pub hash_key: [u8; 32],
    pub job: JobRow,
}

impl JobContext {
    fn new(env: &JobEnv, job: JobRow) -> Self {
        Self {
            pool: env.pool.clone(),
            ai: env.ai.clone(),
            config: env.config.clone(),
            hash_key: env.hash_key,
            job,
        }
    }
}

/// Why a job's attempt failed; stored as the job's last error.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    /// The payload is not what the kind's handler reads.
    #[error("bad payload: {0}")]
    Payload(String),
    #[error(transparent)]
    Db(#[from] DbError),
    /// The work itself failed (a provider, a domain rule, ...).
    #[error("{0}")]
    Failed(String),
}

impl From<diesel::result::Error> for JobError {
    fn from(e: diesel::result::Error) -> Self {
        JobError::Db(e.into())
    }
}

impl From<String> for JobError {
    fn from(reason: String) -> Self {
        JobError::Failed(reason)
    }
}

impl From<&str> for JobError {
    fn from(reason: &str) -> Self {
        JobError::Failed(reason.to_owned())
    }
}

/// Ok carries an optional result to store; Err why the attempt failed.
pub type JobResult = Result<Option<serde_json::Value>, JobError>;
pub type Handler = Arc<dyn Fn(JobContext) -> BoxFuture<'static, JobResult> + Send + Sync>;

/// A kind of job: its handler and how it is retried.
#[derive(Clone)]
pub struct JobKind {
    pub name: &'static str,
    pub handler: Handler,
    /// How long a claim lasts before another worker may take the job over;
    /// running jobs extend it while they work.
    pub lease: Duration,
    /// First retry delay; doubles each attempt (with jitter), capped at an hour.
    pub backoff: Duration,
}

impl JobKind {
    /// `kind` run by `handler`, which gets the job's payload decoded.
    pub fn new<P, F, Fut>(kind: Kind<P>, handler: F) -> Self
    where
        P: DeserializeOwned + Send + 'static,
        F: Fn(JobContext, P) -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = JobResult> + Send + 'static,
    {
        let handler = Arc::new(handler);
        Self {
            name: kind.name,
            handler: Arc::new(move |ctx: JobContext| {
                let handler = handler.clone();
                Box::pin(async move {
                    let payload = serde_json::from_value::<P>(ctx.job.payload.clone())
                        .map_err(|e| JobError::Payload(e.to_string()))?;
                    handler(ctx, payload).await
                })
            }),
            lease: Duration::from_secs(60),
            backoff: Duration::from_secs(5),
        }
    }

    pub fn lease(mut self, lease: Duration) -> Self {
        self.lease = lease;
        self
    }

    pub fn backoff(mut self, backoff: Duration) -> Self {
        self.backoff = backoff;
        self
    }

    /// Exponential backoff with jitter: base * 2^(attempt-1), times 0.5..1.
    pub fn retry_delay(&self, attempt: i32) -> Duration {
        let exp = self
            .backoff
            .saturating_mul(2u32.saturating_pow(attempt.saturating_sub(1).clamp(0, 20) as u32));
        let capped = exp.min(Duration::from_secs(3600));
        capped.mul_f64(rand::rng().random_range(0.5..=1.0))
    }
}

/// Every job kind the process can run.
/// Every job kind the process can run, and the schedules that enqueue
/// them. Built at the composition root (`app::registry`).
#[derive(Clone, Default)]
pub struct Registry {
    kinds: HashMap<&'static str, JobKind>,
    schedules: Vec<Schedule>,
}

impl Registry {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn register(mut self, kind: JobKind) -> Self {
        self.kinds.insert(kind.name, kind);
        self
    }

    /// Adds a schedule; its kind must be registered too, else it never
    /// enqueues anything.
    pub fn schedule(mut self, schedule: Schedule) -> Self {
        self.schedules.push(schedule);
        self
    }

    /// The schedules whose kind this registry runs, in declaration order.
    pub fn schedules(&self) -> Vec<Schedule> {
        (self.schedules.iter())
            .filter(|s| self.kinds.contains_key(s.job_kind))
            .copied()
            .collect()
    }

    /// The schedules of the given kinds only (a test, a tool).
    pub fn schedules_of(&self, kinds: &[&str]) -> Vec<Schedule> {
        (self.schedules().into_iter())
            .filter(|s| kinds.contains(&s.job_kind))
            .collect()
    }

    pub fn get(&self, name: &str) -> Option<&JobKind> {
        self.kinds.get(name)
    }

    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.kinds.keys().map(|k| k.to_string()).collect();
        names.sort();
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_and_caps() {
        let kind =
            JobKind::new(Kind::<SystemSlot>::new("x"), |_, _| async { Ok(None) }).backoff(Duration::from_secs(10));
        for attempt in 1..=4 {
            let full = Duration::from_secs(10 * 2u64.pow(attempt as u32 - 1));
            let d = kind.retry_delay(attempt);
            assert!(d >= full / 2 && d <= full, "attempt {attempt}: {d:?}");
        }
        assert!(kind.retry_delay(40) <= Duration::from_secs(3600));
    }
}
