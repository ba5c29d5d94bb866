//! Queries on conversations and journals. Every query filters on the owner
//! (`user_id = caller`), so another user's id looks exactly like a missing
//! one. Each takes a connection so the caller decides the transaction.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::model::{
    Conversation, ConversationChanges, ConversationFilter, ConversationRow, JournalRow, LineRow, NewConversationRow,
    NewJournalRow, ParticipantId, ParticipantRow,
};
use crate::error::DbError;
use crate::schema::{conversation_lines, conversation_participants, conversations, journals};

type Result<T> = std::result::Result<T, DbError>;

/// Adds each row's participants and lines, keeping the rows' order.
async fn with_details(conn: &mut AsyncPgConnection, rows: Vec<ConversationRow>) -> Result<Vec<Conversation>> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let participants: Vec<ParticipantRow> = conversation_participants::table
        .filter(conversation_participants::conversation_id.eq_any(&ids))
        .select(ParticipantRow::as_select())
        .order((
            conversation_participants::conversation_id,
            conversation_participants::position,
        ))
        .load(conn)
        .await?;
    let lines: Vec<LineRow> = conversation_lines::table
        .filter(conversation_lines::conversation_id.eq_any(&ids))
        .select(LineRow::as_select())
        .order((conversation_lines::conversation_id, conversation_lines::index))
        .load(conn)
        .await?;
    let mut participants_of: HashMap<Uuid, Vec<ParticipantRow>> = HashMap::new();
    for p in participants {
        participants_of.entry(p.conversation_id).or_default().push(p);
    }
    let mut lines_of: HashMap<Uuid, Vec<LineRow>> = HashMap::new();
    for l in lines {
        lines_of.entry(l.conversation_id).or_default().push(l);
    }
    Ok(rows
        .into_iter()
        .map(|row| Conversation {
            participants: participants_of.remove(&row.id).unwrap_or_default(),
            lines: lines_of
                .remove(&row.id)
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            row,
        })
        .collect())
}

async fn one(conn: &mut AsyncPgConnection, row: ConversationRow) -> Result<Conversation> {
    with_details(conn, vec![row]).await?.pop().ok_or(DbError::NotFound)
}

#[tracing::instrument(skip(conn))]
pub async fn conversation(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<Conversation> {
    let row = conversations::table
        .filter(conversations::user_id.eq(user_id).and(conversations::id.eq(id)))
        .select(ConversationRow::as_select())
        .first(conn)
        .await?;
    one(conn, row).await
}

/// The conversation an earlier GenerateConversation with `request_id` stored.
#[tracing::instrument(skip(conn))]
pub async fn conversation_by_request(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    request_id: &str,
) -> Result<Option<Conversation>> {
    let row = conversations::table
        .filter(conversations::user_id.eq(user_id))
        .filter(conversations::request_id.eq(request_id))
        .select(ConversationRow::as_select())
        .first(conn)
        .await
        .optional()?;
    match row {
        Some(row) => Ok(Some(one(conn, row).await?)),
        None => Ok(None),
    }
}

/// Newest first (ids are time-ordered), before the last id already seen.
#[tracing::instrument(skip(conn))]
pub async fn list_conversations(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    filter: &ConversationFilter,
    before: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Conversation>> {
    let mut query = conversations::table
        .filter(conversations::user_id.eq(user_id))
        .select(ConversationRow::as_select())
        .into_boxed();
    if let Some(kind) = filter.kind {
        query = query.filter(conversations::kind.eq(kind.as_str()));
    }
    if let Some(mood) = filter.mood {
        query = query.filter(conversations::mood.eq(mood.as_str()));
    }
    if let Some(favorite) = filter.is_favorite {
        query = query.filter(conversations::is_favorite.eq(favorite));
    }
    if let Some(start) = filter.start_day {
        query = query.filter(conversations::day.ge(start));
    }
    if let Some(end) = filter.end_day {
        query = query.filter(conversations::day.le(end));
    }
    if let Some(before) = before {
        query = query.filter(conversations::id.lt(before));
    }
    let rows = query.order(conversations::id.desc()).limit(limit).load(conn).await?;
    with_details(conn, rows).await
}

/// False when a conversation with the same request id is stored already.
#[tracing::instrument(skip(conn, row), fields(id = %row.id))]
pub async fn insert_conversation(conn: &mut AsyncPgConnection, row: &NewConversationRow<'_>) -> Result<bool> {
    let inserted = diesel::insert_into(conversations::table)
        .values(row)
        .on_conflict_do_nothing()
        .execute(conn)
        .await?;
    Ok(inserted > 0)
}

#[tracing::instrument(skip_all)]
pub async fn insert_participants(conn: &mut AsyncPgConnection, rows: &[ParticipantRow]) -> Result<()> {
    diesel::insert_into(conversation_participants::table)
        .values(rows)
        .execute(conn)
        .await?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn insert_lines(conn: &mut AsyncPgConnection, rows: &[LineRow]) -> Result<()> {
    diesel::insert_into(conversation_lines::table)
        .values(rows)
        .execute(conn)
        .await?;
    Ok(())
}

#[tracing::instrument(skip(conn))]
pub async fn update_conversation(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    id: Uuid,
    changes: &ConversationChanges,
) -> Result<Conversation> {
    let row =
        diesel::update(conversations::table.filter(conversations::user_id.eq(user_id).and(conversations::id.eq(id))))
            .set(changes)
            .returning(ConversationRow::as_returning())
            .get_result(conn)
            .await?;
    one(conn, row).await
}

/// Flips is_favorite in one statement, so two toggles never cancel into one.
#[tracing::instrument(skip(conn))]
pub async fn toggle_favorite(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<Conversation> {
    let row =
        diesel::update(conversations::table.filter(conversations::user_id.eq(user_id).and(conversations::id.eq(id))))
            .set(conversations::is_favorite.eq(diesel::dsl::not(conversations::is_favorite)))
            .returning(ConversationRow::as_returning())
            .get_result(conn)
            .await?;
    one(conn, row).await
}

/// Whether a conversation was deleted; its participants and lines go with it.
#[tracing::instrument(skip(conn))]
pub async fn delete_conversation(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<bool> {
    let deleted =
        diesel::delete(conversations::table.filter(conversations::user_id.eq(user_id).and(conversations::id.eq(id))))
            .execute(conn)
            .await?;
    Ok(deleted > 0)
}

#[tracing::instrument(skip(conn, row), fields(id = %row.id))]
pub async fn insert_journal(conn: &mut AsyncPgConnection, row: &NewJournalRow<'_>) -> Result<JournalRow> {
    Ok(diesel::insert_into(journals::table)
        .values(row)
        .returning(JournalRow::as_returning())
        .get_result(conn)
        .await?)
}

/// Several journals in one statement; how many were stored.
#[tracing::instrument(skip_all, fields(journals = rows.len()))]
pub async fn insert_journals(conn: &mut AsyncPgConnection, rows: &[&NewJournalRow<'_>]) -> Result<usize> {
    if rows.is_empty() {
        return Ok(0);
    }
    Ok(diesel::insert_into(journals::table)
        .values(rows.to_vec())
        .execute(conn)
        .await?)
}

#[tracing::instrument(skip(conn))]
pub async fn journal(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<JournalRow> {
    Ok(journals::table
        .filter(journals::user_id.eq(user_id).and(journals::id.eq(id)))
        .select(JournalRow::as_select())
        .first(conn)
        .await?)
}

/// Newest first, only `author`'s when set, before the last id already seen.
#[tracing::instrument(skip(conn))]
pub async fn list_journals(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    author: Option<ParticipantId>,
    before: Option<Uuid>,
    limit: i64,
) -> Result<Vec<JournalRow>> {
    let mut query = journals::table
        .filter(journals::user_id.eq(user_id))
        .select(JournalRow::as_select())
        .into_boxed();
    match author {
        Some(ParticipantId::Device(id)) => query = query.filter(journals::device_id.eq(id)),
        Some(ParticipantId::DeviceApp(id)) => query = query.filter(journals::device_app_id.eq(id)),
        None => {}
    }
    if let Some(before) = before {
        query = query.filter(journals::id.lt(before));
    }
    Ok(query.order(journals::id.desc()).limit(limit).load(conn).await?)
}

#[derive(diesel::QueryableByName)]
struct AuthorRow {
    #[diesel(sql_type = diesel::sql_types::Bool)]
    is_device: bool,
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    id: Uuid,
}

/// Who writes a journal for `day` (the user's local day): every active
/// device, then the device apps used that day, most used first (at most
/// `max_apps`); authors with a journal for the day already are left out.
#[tracing::instrument(skip(conn))]
pub async fn journal_authors(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    day: chrono::NaiveDate,
    max_apps: i64,
) -> Result<Vec<super::model::ParticipantId>> {
    use diesel::sql_types::{BigInt, Date};
    let rows: Vec<AuthorRow> = diesel::sql_query(
        "SELECT true AS is_device, d.id FROM devices d
         WHERE d.user_id = $1 AND d.is_active
           AND NOT EXISTS (SELECT 1 FROM journals j WHERE j.device_id = d.id AND j.day = $2)
         UNION ALL
         SELECT false, ranked.id FROM (
             SELECT da.id, sum(s.duration_ms) AS used
             FROM device_apps da
             JOIN users u ON u.id = da.user_id
             JOIN app_sessions s ON s.user_id = da.user_id AND s.device_id = da.device_id AND s.app_id = da.app_id
                 AND s.started_at >= ($2::timestamp AT TIME ZONE u.timezone)
                 AND s.started_at < (($2 + 1)::timestamp AT TIME ZONE u.timezone)
             WHERE da.user_id = $1
               AND NOT EXISTS (SELECT 1 FROM journals j WHERE j.device_app_id = da.id AND j.day = $2)
             GROUP BY da.id
             ORDER BY used DESC, da.id
             LIMIT $3) ranked",
    )
    .bind::<diesel::sql_types::Uuid, _>(user_id)
    .bind::<Date, _>(day)
    .bind::<BigInt, _>(max_apps)
    .load(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| match r.is_device {
            true => super::model::ParticipantId::Device(r.id),
            false => super::model::ParticipantId::DeviceApp(r.id),
        })
        .collect())
}
