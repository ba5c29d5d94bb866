//! The friend_visit conversation: a host's device meets a friend's visiting
//! device. One script is written and stored twice, once for each user, each
//! copy linking only that user's own device (the other is kept by name).
//! The writer is told the two devices' names and personalities and nothing
//! of either user's usage: that is all the two friends share.

use chrono::NaiveDate;
use diesel_async::AsyncConnection;
use uuid::Uuid;

use super::error::ConversationsError;
use super::model::{Character, GenerationCost, Kind, Line, LineRow, NewConversationRow, ParticipantRow, Trigger};
use super::service::Writer;
use super::{prompt, repo};
use crate::ai::AiError;

/// One side of a visit: the user and their own device.
#[derive(Debug, Clone)]
pub struct Side {
    pub user_id: Uuid,
    pub device: Character,
}

/// Each side's copy of the conversation, by user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copies {
    pub host: Uuid,
    pub visitor: Uuid,
}

fn request_key(visit_id: Uuid) -> String {
    format!("visit:{visit_id}")
}

/// Writes and stores the conversation of visit `visit_id`, or returns the
/// copies an earlier run stored (a retried job writes nothing twice).
pub async fn write_visit_conversation(
    writer: Writer<'_>,
    visit_id: Uuid,
    host: &Side,
    visitor: &Side,
    day: NaiveDate,
) -> Result<Copies, ConversationsError> {
    let key = request_key(visit_id);
    let mut conn = crate::db::conn(writer.pool).await?;
    let stored_host = repo::conversation_by_request(&mut conn, host.user_id, &key).await?;
    let stored_visitor = repo::conversation_by_request(&mut conn, visitor.user_id, &key).await?;
    if let (Some(h), Some(v)) = (&stored_host, &stored_visitor) {
        return Ok(Copies {
            host: h.row.id,
            visitor: v.row.id,
        });
    }
    let user = crate::identity::repo::user(&mut conn, host.user_id).await?;
    drop(conn);

    let cast = [host.device.clone(), visitor.device.clone()];
    // Short clauses, like the usage facts, so they read well inside a line.
    let facts = vec![
        format!(
            "{} is over at {}'s place for a while",
            crate::ai::quoted(&visitor.device.name),
            crate::ai::quoted(&host.device.name)
        ),
        "the two of them have only just met".into(),
    ];
    let mood = prompt::default_mood(&user.preferred_moods);
    let request = prompt::conversation_request(&cast, Kind::FriendVisit, mood, day, &facts);
    let completion = writer.ai.complete(Some(host.user_id), &request).await?;
    let mut script = prompt::Script::new(&cast);
    let mut lines: Vec<Line> = script.push(&completion.text);
    lines.extend(script.finish());
    if lines.is_empty() {
        return Err(AiError::Malformed("no lines of the form \"Name: text\"".into()).into());
    }
    let cost = GenerationCost::new(writer.ai.provider_name(), &completion.model, completion.usage);

    let mut conn = crate::db::conn(writer.pool).await?;
    conn.transaction::<_, ConversationsError, _>(async |conn| {
        let mut ids = Vec::with_capacity(2);
        for (own, guest, stored) in [(host, visitor, &stored_host), (visitor, host, &stored_visitor)] {
            if let Some(stored) = stored {
                ids.push(stored.row.id);
                continue;
            }
            let id = Uuid::now_v7();
            let row = NewConversationRow {
                id,
                user_id: own.user_id,
                kind: Kind::FriendVisit.as_str(),
                mood: mood.as_str(),
                trigger: Trigger::Visit.as_str(),
                day,
                provider: &cost.provider,
                model: &cost.model,
                prompt_tokens: cost.prompt_tokens,
                completion_tokens: cost.completion_tokens,
                cost_usd: cost.cost_usd,
                request_id: Some(&key),
            };
            if !repo::insert_conversation(conn, &row).await? {
                // A concurrent run stored this side first.
                let first = repo::conversation_by_request(conn, own.user_id, &key).await?;
                ids.push(first.ok_or(ConversationsError::ConversationNotFound)?.row.id);
                continue;
            }
            let linked = crate::apps::repo::lock_own_device(conn, own.user_id, own.device.device_id).await?;
            repo::insert_participants(
                conn,
                &[
                    ParticipantRow::new(id, 0, &own.device, linked),
                    ParticipantRow::new(id, 1, &guest.device, false),
                ],
            )
            .await?;
            let rows: Vec<LineRow> = lines.iter().map(|line| LineRow::new(id, line)).collect();
            repo::insert_lines(conn, &rows).await?;
            ids.push(id);
        }
        Ok(Copies {
            host: ids[0],
            visitor: ids[1],
        })
    })
    .await
}
