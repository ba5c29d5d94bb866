//! `WatchNotifications`: a user's unread notifications after a cursor, then
//! each new one as it is stored. Woken by the process's one LISTEN
//! connection (every replica announces what it stores), not by polling.
//!
//! Ids are UUIDv7 made by the process that stores the notification, so a
//! notification can commit after one with a later id was already sent (two
//! writers a few milliseconds apart). Each read therefore looks back
//! [`LOOK_BACK`] before the last id sent and skips the ids it has sent.

use std::collections::VecDeque;
use std::time::Duration;

use tokio::sync::mpsc;
use uuid::Uuid;

use super::NotificationRow;
use crate::db::listen::{Subscription, WatchSlot};
use crate::db::Pool;
use crate::error::DbError;

/// How far before the last sent id each read looks again: longer than any
/// transaction that stores a notification takes between making its id and
/// committing.
const LOOK_BACK: Duration = Duration::from_secs(10);
/// Ids remembered as sent, for the look-back: those within `LOOK_BACK` of
/// the cursor, and never more than this (far more than one person gets in
/// `LOOK_BACK`).
const REMEMBERED: usize = 4096;
/// Rows read at once; a long backlog is sent in pages.
const PAGE: i64 = 100;
/// Re-read this often even without a notice, in case one was lost.
const SAFETY_REREAD: Duration = Duration::from_secs(30);
/// After a failed read (database trouble), the next try.
const RETRY_READ: Duration = Duration::from_secs(1);

/// What a running watch needs.
pub struct Watch<T> {
    pub pool: Pool,
    pub user_id: Uuid,
    /// The last notification the client has; None: send every unread one.
    pub after: Option<Uuid>,
    /// Subscribed before the first read, so nothing stored after that read
    /// goes unnoticed.
    pub changes: Subscription,
    pub slot: WatchSlot,
    pub tx: mpsc::Sender<T>,
}

/// The smallest UUIDv7 of the moment `LOOK_BACK` before `id`'s.
fn look_back_from(id: Uuid) -> Uuid {
    let Some((secs, nanos)) = id.get_timestamp().map(|t| t.to_unix()) else {
        return id;
    };
    let at = Duration::new(secs, nanos).saturating_sub(LOOK_BACK);
    let ms = at.as_millis() as u64;
    // 48 bits of milliseconds, version 7, the rest zero.
    let mut bytes = [0u8; 16];
    bytes[..6].copy_from_slice(&ms.to_be_bytes()[2..]);
    bytes[6] = 0x70;
    bytes[8] = 0x80;
    Uuid::from_bytes(bytes)
}

impl<T: Send + 'static> Watch<T> {
    /// Sends notifications (as `render` makes them) until the client stops
    /// listening.
    pub async fn run(self, render: impl Fn(NotificationRow) -> T) {
        let Watch {
            pool,
            user_id,
            after,
            mut changes,
            slot,
            tx,
        } = self;
        let _slot = slot;
        let me = user_id.to_string();
        let mut cursor = after;
        let mut sent: VecDeque<Uuid> = VecDeque::new();
        loop {
            // Read and send until the backlog is empty. Each page starts
            // after the last row of the one before (sent or not), so a burst
            // of more than a page within the look-back cannot hold the read
            // on rows already sent.
            let mut from = if sent.is_empty() {
                cursor
            } else {
                cursor.map(look_back_from)
            };
            let retry_soon = loop {
                let rows = match read(&pool, user_id, from).await {
                    Ok(rows) => rows,
                    Err(err) => {
                        tracing::warn!(error = %err, %user_id, "notification watch could not read");
                        break true;
                    }
                };
                let full = rows.len() as i64 == PAGE;
                from = rows.last().map(|row| row.id).or(from);
                for row in rows {
                    if sent.contains(&row.id) {
                        continue;
                    }
                    let id = row.id;
                    if tx.send(render(row)).await.is_err() {
                        return;
                    }
                    crate::metrics::notification_delivered("stream");
                    cursor = cursor.max(Some(id));
                    sent.push_back(id);
                }
                // Ids before the look-back are never read again.
                if let Some(horizon) = cursor.map(look_back_from) {
                    while sent.front().is_some_and(|id| *id < horizon) || sent.len() > REMEMBERED {
                        sent.pop_front();
                    }
                }
                if !full {
                    break false;
                }
            };
            // Wait for news of this user, or for the client to leave.
            let wait = if retry_soon { RETRY_READ } else { SAFETY_REREAD };
            if !changes.wait_for(&me, wait, tx.closed()).await {
                return;
            }
        }
    }
}

async fn read(pool: &Pool, user_id: Uuid, after: Option<Uuid>) -> Result<Vec<NotificationRow>, DbError> {
    let mut conn = crate::db::conn(pool).await?;
    super::unread_after(&mut conn, user_id, after, PAGE).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looking_back_goes_ten_seconds_before_an_id() {
        let now = Uuid::now_v7();
        let back = look_back_from(now);
        assert!(back < now);
        let (now_s, _) = now.get_timestamp().unwrap().to_unix();
        let (back_s, _) = back.get_timestamp().unwrap().to_unix();
        assert!((9..=10).contains(&(now_s - back_s)), "{now_s} {back_s}");
        assert_eq!(back.get_version_num(), 7);
    }
}
