//! The schedules' work: each morning a conversation about yesterday, each
//! night journals for the user's active devices and most used apps. Both are
//! safe to run twice (a retried job): the conversation is keyed by its slot,
//! and an author's journal for a day is written once.

use chrono::{Duration, NaiveDate};
use futures::StreamExt;
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::error::ConversationsError;
use super::model::{GenerateInput, Progress, Trigger};
use super::{repo, service};
use crate::jobs::{JobContext, JobResult};

pub const DAILY_CONVERSATION: &str = "daily_conversation";
pub const NIGHTLY_JOURNALS: &str = "nightly_journals";

/// Apps past this many get no journal of their own on a night.
const MAX_APP_JOURNALS: i64 = 50;

/// What a schedule slot enqueues: the user and the slot's local day.
#[derive(Deserialize)]
struct Slot {
    user_id: Uuid,
    day: NaiveDate,
}

fn slot(ctx: &JobContext) -> Result<Slot, String> {
    serde_json::from_value(ctx.job.payload.clone()).map_err(|e| format!("bad payload: {e}"))
}

/// 06:00: a conversation about the day before, kind and cast from the data.
pub async fn daily_conversation(ctx: JobContext) -> JobResult {
    let Slot { user_id, day } = slot(&ctx)?;
    let input = GenerateInput {
        participants: Vec::new(),
        kind: None,
        mood: None,
        day: Some(day - Duration::days(1)),
        request_id: Some(format!("scheduled:{day}")),
        trigger: Trigger::Scheduled,
    };
    let mut stream = match service::generate_conversation(&ctx.state, user_id, input).await {
        Ok(stream) => stream,
        // Nobody to talk yet: nothing to do, and nothing to retry.
        Err(ConversationsError::NotEnoughParticipants) => {
            return Ok(Some(json!({ "skipped": "not enough participants" })))
        }
        Err(err) => return Err(err.to_string()),
    };
    while let Some(progress) = stream.next().await {
        if let Progress::Stored(conversation) = progress.map_err(|e| e.to_string())? {
            return Ok(Some(json!({ "conversation_id": conversation.row.id.to_string() })));
        }
    }
    Err("the conversation stream ended before it was stored".into())
}

/// 23:00: a journal for every active device and the most used apps of the day.
pub async fn nightly_journals(ctx: JobContext) -> JobResult {
    let Slot { user_id, day } = slot(&ctx)?;
    let mut conn = crate::db::conn(&ctx.state.pool).await.map_err(|e| e.to_string())?;
    let authors = repo::journal_authors(&mut conn, user_id, day, MAX_APP_JOURNALS)
        .await
        .map_err(|e| e.to_string())?;
    drop(conn);
    // Written together: the generations admitted and recorded at once, the
    // journals stored in one transaction.
    let service::JournalsWritten { written, failed } = service::generate_journals(&ctx.state, user_id, day, &authors)
        .await
        .map_err(|e| e.to_string())?;
    Ok(Some(json!({ "journals": written, "failed": failed })))
}
