//! The worker loop: claims due jobs up to its concurrency, runs each with a
//! lease it keeps extending, and records success, retry or death. On
//! shutdown it stops claiming, lets running jobs finish within the grace
//! period, and gives back the ones that did not.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinSet;
use tracing::Instrument;
use uuid::Uuid;

use super::{queue, JobContext, JobEnv, JobError, Registry};

#[derive(Debug, Clone)]
pub struct WorkerOptions {
    /// Names this worker in the jobs it holds.
    pub name: String,
    pub concurrency: usize,
    /// How often to look for due jobs when idle.
    pub poll: Duration,
    pub shutdown_grace: Duration,
}

impl Default for WorkerOptions {
    fn default() -> Self {
        Self {
            name: format!("{}-{}", hostname(), std::process::id()),
            concurrency: 4,
            poll: Duration::from_millis(500),
            shutdown_grace: Duration::from_secs(20),
        }
    }
}

fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_owned())
        .unwrap_or_else(|_| "kith".into())
}

/// Runs until `shutdown` turns true.
pub async fn run_worker(
    env: impl Into<JobEnv>,
    registry: Arc<Registry>,
    options: WorkerOptions,
    mut shutdown: watch::Receiver<bool>,
) {
    let env: JobEnv = env.into();
    let kinds = registry.names();
    let mut running: JoinSet<()> = JoinSet::new();
    // Claimed jobs by task, so the ones still running at the end can be released.
    let held: Arc<std::sync::Mutex<HashMap<Uuid, Uuid>>> = Arc::default();
    tracing::info!(worker = %options.name, concurrency = options.concurrency, ?kinds, "worker started");
    loop {
        if *shutdown.borrow() {
            break;
        }
        let free = options.concurrency.saturating_sub(running.len());
        let mut claimed = 0;
        if free > 0 {
            match crate::db::conn(&env.pool).await {
                Ok(mut conn) => {
                    let lease = Duration::from_secs(60);
                    match queue::claim(&mut conn, &options.name, &kinds, free as i64, lease).await {
                        Ok(jobs) => {
                            claimed = jobs.len();
                            for job in jobs {
                                let (env, registry, held) = (env.clone(), registry.clone(), held.clone());
                                if let Some(token) = job.lease_token {
                                    held.lock().expect("not poisoned").insert(job.id, token);
                                }
                                running.spawn(async move {
                                    let id = job.id;
                                    run_one(env, &registry, job).await;
                                    held.lock().expect("not poisoned").remove(&id);
                                });
                            }
                        }
                        Err(err) => tracing::warn!(error = %err, "claiming jobs failed"),
                    }
                }
                Err(err) => tracing::warn!(error = %err, "no database connection for the worker"),
            }
        }
        if claimed > 0 && running.len() < options.concurrency {
            continue;
        }
        tokio::select! {
            _ = tokio::time::sleep(options.poll) => {}
            Some(_) = running.join_next(), if !running.is_empty() => {}
            _ = shutdown.changed() => {}
        }
    }
    tracing::info!(running = running.len(), "worker stopping; letting running jobs finish");
    let drained = tokio::time::timeout(options.shutdown_grace, async {
        while running.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        running.abort_all();
        let unfinished: Vec<(Uuid, Uuid)> = held.lock().expect("not poisoned").drain().collect();
        if let Ok(mut conn) = crate::db::conn(&env.pool).await {
            for (id, token) in unfinished {
                let _ = queue::release(&mut conn, id, token).await;
            }
        }
    }
}

/// Runs one claimed job to an outcome.
async fn run_one(env: JobEnv, registry: &Registry, job: queue::JobRow) {
    let span = tracing::info_span!("job", id = %job.id, kind = %job.kind, attempt = job.attempts);
    crate::telemetry::continue_trace(&span, job.traceparent.as_deref());
    run_traced(env, registry, job).instrument(span).await
}

async fn run_traced(env: JobEnv, registry: &Registry, job: queue::JobRow) {
    let (id, token) = (job.id, job.lease_token.expect("claimed jobs have a lease"));
    let Some(kind) = registry.get(&job.kind).cloned() else {
        return;
    };
    let attempts = job.attempts;
    let max_attempts = job.max_attempts;
    let outcome = if attempts > max_attempts {
        // Its leases kept expiring: a worker died on it each time.
        Err(JobError::Failed(
            "abandoned: its worker stopped before finishing, too many times".to_owned(),
        ))
    } else {
        // Keep the lease alive while the handler works.
        let heartbeat_pool = env.pool.clone();
        let lease = kind.lease;
        let heartbeat = tokio::spawn(async move {
            loop {
                tokio::time::sleep(lease / 3).await;
                if let Ok(mut conn) = crate::db::conn(&heartbeat_pool).await {
                    if let Ok(false) = queue::extend(&mut conn, id, token, lease).await {
                        return;
                    }
                }
            }
        });
        let result = (kind.handler)(JobContext::new(&env, job)).await;
        heartbeat.abort();
        result
    };
    let Ok(mut conn) = crate::db::conn(&env.pool).await else {
        tracing::warn!("no database connection to record the job's outcome; its lease will expire");
        return;
    };
    let recorded = match &outcome {
        Ok(result) => {
            crate::metrics::job_finished(kind.name, "succeeded");
            queue::succeed(&mut conn, id, token, result.clone()).await
        }
        Err(error) => {
            let retry = (attempts < max_attempts).then(|| kind.retry_delay(attempts));
            crate::metrics::job_finished(kind.name, if retry.is_some() { "retried" } else { "failed" });
            tracing::warn!(%error, ?retry, "job failed");
            queue::fail(&mut conn, id, token, &error.to_string(), retry).await
        }
    };
    match recorded {
        Ok(true) => tracing::debug!(ok = outcome.is_ok(), "job finished"),
        Ok(false) => tracing::warn!("job was taken over by another worker; outcome discarded"),
        Err(err) => tracing::warn!(error = %err, "could not record the job's outcome"),
    }
}

/// Ticks the schedules every `every` until shutdown. Every replica may run
/// it: unique keys make each slot enqueue once.
pub async fn run_scheduler(
    pool: crate::db::Pool,
    registry: Arc<Registry>,
    every: Duration,
    mut shutdown: watch::Receiver<bool>,
) {
    let schedules = registry.schedules();
    loop {
        match crate::db::conn(&pool).await {
            Ok(mut conn) => match super::schedule::tick(&mut conn, chrono::Utc::now(), &schedules, None).await {
                Ok(0) => {}
                Ok(created) => tracing::info!(created, "schedules enqueued jobs"),
                Err(err) => tracing::warn!(error = %err, "schedule tick failed"),
            },
            Err(err) => tracing::warn!(error = %err, "no database connection for the scheduler"),
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            return;
        }
    }
}
