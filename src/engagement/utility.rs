//! Utility messages: a template filled from a backend's data, sent at once
//! (no AI, no frequency cap), delivered as a notification and logged.

use std::collections::HashMap;

use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde_json::json;
use uuid::Uuid;

use super::model::MessageKind;
use super::repo::{self, MessageRow, NewMessage};
use super::templates::Utility;
use crate::error::DbError;
use crate::notify::{self, Notice};

/// Renders and sends `utility` to the user; with a dedupe key already used,
/// the earlier message comes back and nothing is sent (false).
pub async fn send(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    utility: &'static Utility,
    content: String,
    data: &HashMap<String, String>,
    dedupe_key: Option<&str>,
) -> Result<(MessageRow, bool), DbError> {
    conn.transaction(async |conn| {
        if let Some(key) = dedupe_key {
            // Two calls with one key: the second waits, then finds the first.
            diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext('utility:' || $1::text || ':' || $2))")
                .bind::<diesel::sql_types::Uuid, _>(user_id)
                .bind::<diesel::sql_types::Text, _>(key)
                .execute(conn)
                .await?;
            if let Some(earlier) = repo::message_by_dedupe_key(conn, user_id, key).await? {
                return Ok((earlier, false));
            }
        }
        let message_id = Uuid::now_v7();
        let notice = Notice::new(
            user_id,
            utility.kind,
            content.clone(),
            json!({ "message_id": message_id, "fields": data }),
        )
        .dedupe(format!("utility:{message_id}"));
        let notification_id = notify::emit_stored(conn, notice).await?;
        let row = repo::insert_message(
            conn,
            &NewMessage {
                id: message_id,
                user_id,
                kind: MessageKind::UserUtility,
                template: utility.kind,
                content: &content,
                segment: None,
                notification_id,
                dedupe_key,
            },
        )
        .await?
        .ok_or(DbError::NotFound)?;
        Ok((row, true))
    })
    .await
}
