//! Following one job's state for `WatchJob`: woken by the queue's
//! notifications rather than polling, ending when the job is finished or the
//! client goes away, with a per-user cap on watchers open at once.

use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::mpsc;
use uuid::Uuid;

use super::queue::{self, JobRow};
use crate::db::listen::{Subscription, WatchSlot};
use crate::db::Pool;
use crate::error::DbError;

/// A watcher re-reads its job this often even without a notification, in
/// case one was lost; notifications normally wake it at once.
const SAFETY_REREAD: Duration = Duration::from_secs(30);
/// After a failed read (database trouble), the next try.
const RETRY_READ: Duration = Duration::from_secs(1);

fn is_final(state: &str) -> bool {
    matches!(state, "succeeded" | "dead" | "cancelled")
}

/// What a watcher compares to tell a change.
fn version(row: &JobRow) -> (String, i32, DateTime<Utc>) {
    (row.state.clone(), row.attempts, row.updated_at)
}

/// What a running watch needs.
pub struct Watch<T> {
    pub pool: Pool,
    pub job_id: Uuid,
    /// The reader's own user id, or None for an admin (as in `get_visible`).
    pub owner: Option<Uuid>,
    /// Subscribed to the queue's channel before `first` was read, so no
    /// change after that read goes unnoticed.
    pub changes: Subscription,
    pub first: JobRow,
    pub slot: WatchSlot,
    pub tx: mpsc::Sender<T>,
}

impl<T: Send + 'static> Watch<T> {
    /// Sends the job (as `render` makes it) each time it changes, until it
    /// is finished, disappears, or the client stops listening.
    pub async fn run(self, render: impl Fn(JobRow) -> T) {
        let Watch {
            pool,
            job_id,
            owner,
            mut changes,
            first,
            slot,
            tx,
        } = self;
        let _slot = slot;
        let id_text = job_id.to_string();
        let mut retry_soon = false;
        let mut sent = None;
        let mut row = Some(first);
        loop {
            if let Some(current) = row.take() {
                let now = version(&current);
                if sent.as_ref() != Some(&now) {
                    let done = is_final(&current.state);
                    if tx.send(render(current)).await.is_err() || done {
                        return;
                    }
                    sent = Some(now);
                }
            }
            // Wait for a reason to read again, or for the client to leave.
            let wait = if retry_soon { RETRY_READ } else { SAFETY_REREAD };
            if !changes.wait_for(&id_text, wait, tx.closed()).await {
                return;
            }
            let read = read(&pool, job_id, owner).await;
            retry_soon = read.is_err();
            row = match read {
                Ok(row) => Some(row),
                Err(DbError::NotFound) => return,
                Err(err) => {
                    tracing::warn!(error = %err, job_id = %job_id, "watcher could not read its job");
                    None
                }
            };
        }
    }
}

async fn read(pool: &Pool, id: Uuid, owner: Option<Uuid>) -> Result<JobRow, DbError> {
    let mut conn = crate::db::conn(pool).await?;
    queue::get_visible(&mut conn, id, owner).await
}
