//! The schedules' work: each morning a conversation about yesterday, each
//! night journals for the user's active devices and most used apps. Both are
//! safe to run twice (a retried job): the conversation is keyed by its slot,
//! and an author's journal for a day is written once.

use chrono::{Duration, NaiveDate};
use futures::StreamExt;
use serde_json::json;

use super::error::ConversationsError;
use super::model::{GenerateInput, Progress, Trigger};
use super::{repo, service};
use crate::jobs::{JobContext, JobError, JobResult, Kind, UserDay};

pub const DAILY_CONVERSATION: Kind<UserDay> = Kind::new("daily_conversation");
pub const NIGHTLY_JOURNALS: Kind<UserDay> = Kind::new("nightly_journals");

/// Apps past this many get no journal of their own on a night.
const MAX_APP_JOURNALS: usize = 50;

/// The slot's local day, which a schedule always writes.
fn slot_day(slot: &UserDay) -> Result<NaiveDate, JobError> {
    slot.day.ok_or_else(|| JobError::Payload("missing field `day`".into()))
}

/// 06:00: a conversation about the day before, kind and cast from the data.
pub async fn daily_conversation(ctx: JobContext, slot: UserDay) -> JobResult {
    let (user_id, day) = (slot.user_id, slot_day(&slot)?);
    let input = GenerateInput {
        participants: Vec::new(),
        kind: None,
        mood: None,
        day: Some(day - Duration::days(1)),
        request_id: Some(format!("scheduled:{day}")),
        trigger: Trigger::Scheduled,
    };
    let mut stream =
        match service::generate_conversation(service::Writer::new(&ctx.pool, &ctx.ai), user_id, input).await {
            Ok(stream) => stream,
            // Nobody to talk yet: nothing to do, and nothing to retry.
            Err(ConversationsError::NotEnoughParticipants) => {
                return Ok(Some(json!({ "skipped": "not enough participants" })))
            }
            Err(err) => return Err(err.to_string().into()),
        };
    while let Some(progress) = stream.next().await {
        if let Progress::Stored(conversation) = progress.map_err(|e| e.to_string())? {
            return Ok(Some(json!({ "conversation_id": conversation.row.id.to_string() })));
        }
    }
    Err("the conversation stream ended before it was stored".into())
}

/// 23:00: a journal for every active device and the most used apps of the day.
pub async fn nightly_journals(ctx: JobContext, slot: UserDay) -> JobResult {
    let (user_id, day) = (slot.user_id, slot_day(&slot)?);
    let mut conn = crate::db::conn(&ctx.pool).await?;
    let authors = repo::journal_authors(&mut conn, user_id, day, MAX_APP_JOURNALS)
        .await
        .map_err(|e| e.to_string())?;
    drop(conn);
    // Written together: the generations admitted and recorded at once, the
    // journals stored in one transaction.
    let service::JournalsWritten { written, failed } =
        service::generate_journals(service::Writer::new(&ctx.pool, &ctx.ai), user_id, day, &authors)
            .await
            .map_err(|e| e.to_string())?;
    Ok(Some(json!({ "journals": written, "failed": failed })))
}
