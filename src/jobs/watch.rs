//! Following one job's state for `WatchJob`: woken by the queue's
//! notifications rather than polling, ending when the job is finished or the
//! client goes away, with a per-user cap on watchers open at once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::mpsc;
use uuid::Uuid;

use super::queue::{self, JobRow};
use crate::db::listen::{Notice, Subscription};
use crate::db::Pool;
use crate::error::DbError;

/// A watcher re-reads its job this often even without a notification, in
/// case one was lost; notifications normally wake it at once.
const SAFETY_REREAD: Duration = Duration::from_secs(30);
/// After a failed read (database trouble), the next try.
const RETRY_READ: Duration = Duration::from_secs(1);

/// Watchers open per user in this process.
pub struct WatcherSlots {
    per_user: usize,
    open: Mutex<HashMap<Uuid, usize>>,
}

/// One open watcher; frees its slot when dropped (the watch ended).
pub struct WatchSlot {
    slots: Arc<WatcherSlots>,
    user_id: Uuid,
}

impl WatcherSlots {
    pub fn new(per_user: usize) -> Arc<Self> {
        Arc::new(Self {
            per_user,
            open: Mutex::default(),
        })
    }

    pub fn per_user(&self) -> usize {
        self.per_user
    }

    /// A slot for `user_id`, or None when they already hold `per_user`.
    pub fn take(self: &Arc<Self>, user_id: Uuid) -> Option<WatchSlot> {
        let mut open = self.open.lock().expect("not poisoned");
        let count = open.entry(user_id).or_default();
        if *count >= self.per_user {
            return None;
        }
        *count += 1;
        Some(WatchSlot {
            slots: self.clone(),
            user_id,
        })
    }

    /// Watchers open in this process, across users.
    pub fn open(&self) -> usize {
        self.open.lock().expect("not poisoned").values().sum()
    }
}

impl Drop for WatchSlot {
    fn drop(&mut self) {
        let mut open = self.slots.open.lock().expect("not poisoned");
        if let Some(count) = open.get_mut(&self.user_id) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.user_id);
            }
        }
    }
}

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
        let mut listening = true;
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
            let wait = tokio::time::sleep(if retry_soon { RETRY_READ } else { SAFETY_REREAD });
            tokio::pin!(wait);
            loop {
                tokio::select! {
                    _ = tx.closed() => return,
                    _ = &mut wait => break,
                    notice = changes.recv(), if listening => match notice {
                        Some(Notice::Payload(id)) if *id == *id_text => break,
                        Some(Notice::Payload(_)) => {}
                        Some(Notice::Resync) => break,
                        // The listener is gone: the safety re-read remains.
                        None => listening = false,
                    },
                }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_cap_each_user_and_free_on_drop() {
        let slots = WatcherSlots::new(2);
        let (ada, bob) = (Uuid::now_v7(), Uuid::now_v7());
        let a1 = slots.take(ada).unwrap();
        let _a2 = slots.take(ada).unwrap();
        assert!(slots.take(ada).is_none());
        let _b1 = slots.take(bob).unwrap();
        assert_eq!(slots.open(), 3);
        drop(a1);
        assert!(slots.take(ada).is_some());
    }
}
