//! `WatchPersona`: the persona as it is, then each status it goes through,
//! in order, until ready or failed. Statuses come from the persona's event
//! rows (so two changes close together are both sent); the process's one
//! LISTEN connection wakes the watch when one is recorded, with a re-read
//! now and then in case a notice was lost.

use std::time::Duration;

use tokio::sync::mpsc;
use uuid::Uuid;

use super::model::PersonaStatus;
use super::repo::{self, Persona};
use crate::db::listen::{Subscription, WatchSlot};
use crate::db::Pool;
use crate::error::DbError;

const SAFETY_REREAD: Duration = Duration::from_secs(30);
const RETRY_READ: Duration = Duration::from_secs(1);

/// What a running watch needs.
pub struct Watch<T> {
    pub pool: Pool,
    pub user_id: Uuid,
    pub persona_id: Uuid,
    /// Subscribed before `after` was read, so no later event goes unnoticed.
    pub changes: Subscription,
    /// The last event already sent.
    pub after: i64,
    pub slot: WatchSlot,
    pub tx: mpsc::Sender<T>,
}

impl<T: Send + 'static> Watch<T> {
    /// Sends the persona (as `render` makes it, with the status of each
    /// event) until a final status, its deletion, or the client leaving.
    pub async fn run(self, render: impl Fn(Persona, PersonaStatus) -> T) {
        let Watch {
            pool,
            user_id,
            persona_id,
            mut changes,
            mut after,
            slot,
            tx,
        } = self;
        let _slot = slot;
        let me = persona_id.to_string();
        loop {
            let retry_soon = match read(&pool, user_id, persona_id, after).await {
                Ok(None) => return,
                Ok(Some((persona, events))) => {
                    for (id, status) in events {
                        after = id;
                        let Some(status) = PersonaStatus::from_stored(&status) else {
                            continue;
                        };
                        if tx.send(render(persona.clone(), status)).await.is_err() || status.is_final() {
                            return;
                        }
                    }
                    false
                }
                Err(err) => {
                    tracing::warn!(error = %err, %persona_id, "persona watch could not read");
                    true
                }
            };
            let wait = if retry_soon { RETRY_READ } else { SAFETY_REREAD };
            if !changes.wait_for(&me, wait, tx.closed()).await {
                return;
            }
        }
    }
}

/// The persona and its events after `after`; None once it is gone.
async fn read(
    pool: &Pool,
    user_id: Uuid,
    id: Uuid,
    after: i64,
) -> Result<Option<(Persona, Vec<(i64, String)>)>, DbError> {
    let mut conn = crate::db::conn(pool).await?;
    let events = repo::events_after(&mut conn, id, after).await?;
    match repo::persona(&mut conn, user_id, id).await {
        Ok(persona) => Ok(Some((persona, events))),
        Err(DbError::NotFound) => Ok(None),
        Err(err) => Err(err),
    }
}
