//! Background work: a durable queue in PostgreSQL, job kinds registered in
//! code with their handler and retry policy, workers that run inside `kith
//! serve` (or `kith worker`), and schedules that enqueue work at times of day.

pub mod grpc;
pub mod kinds;
mod personal_data;
pub mod queue;
pub mod schedule;
pub mod watch;
pub mod worker;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use rand::Rng;

pub use queue::{enqueue, JobRow, NewJob};
pub use worker::{run_scheduler, run_worker, WorkerOptions};

use crate::app::AppState;

/// What a handler gets: the shared state and its job.
pub struct JobContext {
    pub state: Arc<AppState>,
    pub job: JobRow,
}

impl JobContext {
    /// The user and optional day of a per-user job, from the payload that
    /// per-user schedules write: `{"user_id": "<uuid>", "day": "YYYY-MM-DD"}`.
    pub fn user_and_day(&self) -> Result<(uuid::Uuid, Option<chrono::NaiveDate>), String> {
        let payload = &self.job.payload;
        let user_id = payload["user_id"]
            .as_str()
            .and_then(|raw| raw.parse().ok())
            .ok_or("payload.user_id must be a UUID")?;
        let day = match payload.get("day") {
            None | Some(serde_json::Value::Null) => None,
            Some(day) => Some(
                day.as_str()
                    .and_then(|raw| raw.parse().ok())
                    .ok_or("payload.day must be \"YYYY-MM-DD\"")?,
            ),
        };
        Ok((user_id, day))
    }
}

/// Ok carries an optional result to store; Err the reason it failed.
pub type JobResult = Result<Option<serde_json::Value>, String>;
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
    pub fn new<F, Fut>(name: &'static str, handler: F) -> Self
    where
        F: Fn(JobContext) -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = JobResult> + Send + 'static,
    {
        Self {
            name,
            handler: Arc::new(move |ctx| Box::pin(handler(ctx))),
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
#[derive(Clone, Default)]
pub struct Registry {
    kinds: HashMap<&'static str, JobKind>,
}

impl Registry {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn register(mut self, kind: JobKind) -> Self {
        self.kinds.insert(kind.name, kind);
        self
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
        let kind = JobKind::new("x", |_| async { Ok(None) }).backoff(Duration::from_secs(10));
        for attempt in 1..=4 {
            let full = Duration::from_secs(10 * 2u64.pow(attempt as u32 - 1));
            let d = kind.retry_delay(attempt);
            assert!(d >= full / 2 && d <= full, "attempt {attempt}: {d:?}");
        }
        assert!(kind.retry_delay(40) <= Duration::from_secs(3600));
    }
}
