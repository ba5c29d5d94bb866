//! Queries on chat threads and their messages. Threads are read through their
//! owner (`user_id = caller`), so another user's thread looks exactly like a
//! missing one; messages are reached through a thread already checked. Each
//! takes a connection so the caller decides the transaction.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::dsl::count_star;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::counterpart::CounterpartId;
use super::error::ChatError;
use super::model::{Author, MessageRow, MessageState, NewMessageRow, NewThreadRow, ThreadRow};
use crate::ai::TokenUsage;
use crate::error::DbError;
use crate::schema::{chat_messages, chat_threads};

type Result<T, E = ChatError> = std::result::Result<T, E>;

/// A row naming a thread or counterpart that a concurrent call deleted.
fn is_foreign_key_violation(err: &DieselError) -> bool {
    matches!(
        err,
        DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _)
    )
}

/// Creates the thread, or returns the one a previous call with the same
/// `request_id` created.
#[tracing::instrument(skip(conn))]
pub async fn create_thread(conn: &mut AsyncPgConnection, new: &NewThreadRow<'_>) -> Result<ThreadRow> {
    let inserted = diesel::insert_into(chat_threads::table)
        .values(new)
        .on_conflict_do_nothing()
        .returning(ThreadRow::as_returning())
        .get_result(conn)
        .await
        .optional();
    let counterpart = match (new.device_id, new.device_app_id) {
        _ if new.coach => CounterpartId::Coach,
        _ if new.persona_id.is_some() => CounterpartId::Persona(new.persona_id.unwrap_or_default()),
        (_, Some(app)) => CounterpartId::DeviceApp(app),
        (device, None) => CounterpartId::Device(device.unwrap_or_default()),
    };
    match inserted {
        Ok(Some(created)) => Ok(created),
        // Only the idempotency key can conflict: the first call's thread.
        Ok(None) => Ok(chat_threads::table
            .filter(chat_threads::user_id.eq(new.user_id))
            .filter(chat_threads::request_id.eq(new.request_id))
            .select(ThreadRow::as_select())
            .first(conn)
            .await?),
        Err(err) if is_foreign_key_violation(&err) => Err(ChatError::CounterpartNotFound(counterpart)),
        Err(err) => Err(err.into()),
    }
}

#[tracing::instrument(skip(conn))]
pub async fn thread(conn: &mut AsyncPgConnection, user_id: Uuid, thread_id: Uuid) -> Result<ThreadRow> {
    chat_threads::table
        .filter(chat_threads::user_id.eq(user_id).and(chat_threads::id.eq(thread_id)))
        .select(ThreadRow::as_select())
        .first(conn)
        .await
        .optional()?
        .ok_or(ChatError::ThreadNotFound { thread_id })
}

/// The user's threads, most recently active first, after the last
/// `(updated_at, id)` already seen.
#[tracing::instrument(skip(conn))]
pub async fn list_threads(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<ThreadRow>, DbError> {
    let mut query = chat_threads::table
        .filter(chat_threads::user_id.eq(user_id))
        .select(ThreadRow::as_select())
        .into_boxed();
    if let Some((updated_at, id)) = after {
        query = query.filter(
            chat_threads::updated_at
                .lt(updated_at)
                .or(chat_threads::updated_at.eq(updated_at).and(chat_threads::id.lt(id))),
        );
    }
    Ok(query
        .order((chat_threads::updated_at.desc(), chat_threads::id.desc()))
        .limit(limit)
        .load(conn)
        .await?)
}

/// Messages per thread, for threads already checked to be the caller's.
#[tracing::instrument(skip(conn))]
pub async fn message_counts(conn: &mut AsyncPgConnection, thread_ids: &[Uuid]) -> Result<HashMap<Uuid, i64>, DbError> {
    let counts: Vec<(Uuid, i64)> = chat_messages::table
        .filter(chat_messages::thread_id.eq_any(thread_ids))
        .group_by(chat_messages::thread_id)
        .select((chat_messages::thread_id, count_star()))
        .load(conn)
        .await?;
    Ok(counts.into_iter().collect())
}

/// Deletes the thread; its messages go with it (the foreign key cascades).
#[tracing::instrument(skip(conn))]
pub async fn delete_thread(conn: &mut AsyncPgConnection, user_id: Uuid, thread_id: Uuid) -> Result<()> {
    let deleted = diesel::delete(
        chat_threads::table.filter(chat_threads::user_id.eq(user_id).and(chat_threads::id.eq(thread_id))),
    )
    .execute(conn)
    .await?;
    match deleted {
        0 => Err(ChatError::ThreadNotFound { thread_id }),
        _ => Ok(()),
    }
}

/// A thread's messages, newest first, before the last id already seen.
#[tracing::instrument(skip(conn))]
pub async fn list_messages(
    conn: &mut AsyncPgConnection,
    thread_id: Uuid,
    before: Option<Uuid>,
    limit: i64,
) -> Result<Vec<MessageRow>, DbError> {
    let mut query = chat_messages::table
        .filter(chat_messages::thread_id.eq(thread_id))
        .select(MessageRow::as_select())
        .into_boxed();
    if let Some(before) = before {
        query = query.filter(chat_messages::id.lt(before));
    }
    Ok(query.order(chat_messages::id.desc()).limit(limit).load(conn).await?)
}

/// The user's message an earlier call with this `request_id` stored.
#[tracing::instrument(skip(conn))]
pub async fn user_message_by_request(
    conn: &mut AsyncPgConnection,
    thread_id: Uuid,
    request_id: &str,
) -> Result<Option<MessageRow>, DbError> {
    Ok(chat_messages::table
        .filter(chat_messages::thread_id.eq(thread_id))
        .filter(chat_messages::request_id.eq(request_id))
        .select(MessageRow::as_select())
        .first(conn)
        .await
        .optional()?)
}

/// Replies written to a user's message: the counterpart's messages after it
/// and before the user's next one, oldest first.
#[tracing::instrument(skip(conn))]
pub async fn replies_to(
    conn: &mut AsyncPgConnection,
    thread_id: Uuid,
    user_message_id: Uuid,
) -> Result<Vec<MessageRow>, DbError> {
    let next: Option<Uuid> = chat_messages::table
        .filter(chat_messages::thread_id.eq(thread_id))
        .filter(chat_messages::author.eq(Author::User.as_str()))
        .filter(chat_messages::id.gt(user_message_id))
        .select(chat_messages::id)
        .order(chat_messages::id.asc())
        .first(conn)
        .await
        .optional()?;
    let mut query = chat_messages::table
        .filter(chat_messages::thread_id.eq(thread_id))
        .filter(chat_messages::author.eq(Author::Counterpart.as_str()))
        .filter(chat_messages::id.gt(user_message_id))
        .select(MessageRow::as_select())
        .into_boxed();
    if let Some(next) = next {
        query = query.filter(chat_messages::id.lt(next));
    }
    Ok(query.order(chat_messages::id.asc()).load(conn).await?)
}

/// The user's side of an exchange: a message stored by an earlier attempt,
/// or a new one.
#[derive(Debug, Clone)]
pub enum UserTurn {
    Stored(MessageRow),
    New {
        id: Uuid,
        text: String,
        request_id: Option<String>,
    },
}

async fn touch_thread(conn: &mut AsyncPgConnection, thread_id: Uuid) -> Result<(), DieselError> {
    diesel::update(chat_threads::table.find(thread_id))
        .set(chat_threads::updated_at.eq(diesel::dsl::now))
        .execute(conn)
        .await
        .map(drop)
}

/// Stores the user's message (unless stored already) and an empty reply
/// being written, and marks the thread active, in one transaction.
#[tracing::instrument(skip(conn))]
pub async fn open_exchange(
    conn: &mut AsyncPgConnection,
    thread_id: Uuid,
    turn: &UserTurn,
) -> Result<(MessageRow, MessageRow)> {
    let stored = conn
        .transaction::<_, DieselError, _>(async |conn| {
            let user = match turn {
                UserTurn::Stored(row) => row.clone(),
                UserTurn::New { id, text, request_id } => {
                    let row = NewMessageRow {
                        id: *id,
                        thread_id,
                        author: Author::User.as_str(),
                        text,
                        state: MessageState::Complete.as_str(),
                        request_id: request_id.as_deref(),
                    };
                    let inserted = diesel::insert_into(chat_messages::table)
                        .values(&row)
                        .on_conflict_do_nothing()
                        .returning(MessageRow::as_returning())
                        .get_result(conn)
                        .await
                        .optional()?;
                    match inserted {
                        Some(user) => user,
                        // A concurrent call with the same request_id stored it first.
                        None => {
                            chat_messages::table
                                .filter(chat_messages::thread_id.eq(thread_id))
                                .filter(chat_messages::request_id.eq(request_id))
                                .select(MessageRow::as_select())
                                .first(conn)
                                .await?
                        }
                    }
                }
            };
            let reply = NewMessageRow {
                id: Uuid::now_v7(),
                thread_id,
                author: Author::Counterpart.as_str(),
                text: "",
                state: MessageState::Streaming.as_str(),
                request_id: None,
            };
            let reply = diesel::insert_into(chat_messages::table)
                .values(&reply)
                .returning(MessageRow::as_returning())
                .get_result(conn)
                .await?;
            touch_thread(conn, thread_id).await?;
            Ok((user, reply))
        })
        .await;
    match stored {
        Err(err) if is_foreign_key_violation(&err) => Err(ChatError::ThreadNotFound { thread_id }),
        other => Ok(other?),
    }
}

/// Writes how a reply ended and marks the thread active.
#[tracing::instrument(skip(conn, text))]
pub async fn close_reply(
    conn: &mut AsyncPgConnection,
    reply_id: Uuid,
    text: &str,
    state: MessageState,
    usage: TokenUsage,
) -> Result<MessageRow, DbError> {
    let to_i32 = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    Ok(conn
        .transaction::<_, DieselError, _>(async |conn| {
            let reply: MessageRow = diesel::update(chat_messages::table.find(reply_id))
                .set((
                    chat_messages::text.eq(text),
                    chat_messages::state.eq(state.as_str()),
                    chat_messages::prompt_tokens.eq(to_i32(usage.prompt_tokens)),
                    chat_messages::completion_tokens.eq(to_i32(usage.completion_tokens)),
                ))
                .returning(MessageRow::as_returning())
                .get_result(conn)
                .await?;
            touch_thread(conn, reply.thread_id).await?;
            Ok(reply)
        })
        .await?)
}
