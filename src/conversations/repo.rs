//! Queries on conversations and journals. Every query filters on the owner
//! (`user_id = caller`), so another user's id looks exactly like a missing
//! one. Each takes a connection so the caller decides the transaction.

use std::collections::{HashMap, HashSet};

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

/// Who writes a journal for `day` (the user's local day): every active
/// device, then the device apps used that day, most used first (at most
/// `max_apps`); authors with a journal for the day already are left out.
/// Each domain answers from its own tables: identity the user's day,
/// devices the active devices, usage the time per device and app, apps
/// which device app that is.
#[tracing::instrument(skip(conn))]
pub async fn journal_authors(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    day: chrono::NaiveDate,
    max_apps: usize,
) -> Result<Vec<ParticipantId>> {
    let written: Vec<(Option<Uuid>, Option<Uuid>)> = journals::table
        .filter(journals::user_id.eq(user_id).and(journals::day.eq(day)))
        .select((journals::device_id, journals::device_app_id))
        .load(conn)
        .await?;
    let (devices_written, apps_written): (HashSet<Uuid>, HashSet<Uuid>) = (
        written.iter().filter_map(|w| w.0).collect(),
        written.iter().filter_map(|w| w.1).collect(),
    );
    let mut authors: Vec<ParticipantId> = crate::devices::repo::active_device_ids(conn, user_id)
        .await?
        .into_iter()
        .filter(|id| !devices_written.contains(id))
        .map(ParticipantId::Device)
        .collect();
    let (from, to) = crate::identity::clock::clock(conn, user_id).await?.span(day, day);
    let used = crate::usage::repo::time_by_device_and_app(conn, user_id, from, to).await?;
    if used.is_empty() {
        return Ok(authors);
    }
    let app_ids: Vec<Uuid> = used.iter().map(|u| u.1).collect::<HashSet<_>>().into_iter().collect();
    let device_apps: HashMap<(Uuid, Uuid), Uuid> = crate::apps::repo::device_apps_of(conn, user_id, &app_ids)
        .await?
        .into_iter()
        .map(|(id, device, app)| ((device, app), id))
        .collect();
    let mut apps: Vec<(i64, Uuid)> = used
        .into_iter()
        .filter_map(|(device, app, ms)| Some((ms, *device_apps.get(&(device, app))?)))
        .filter(|(_, id)| !apps_written.contains(id))
        .collect();
    // Most used first; ties by id, so the same day picks the same apps.
    apps.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    authors.extend(
        apps.into_iter()
            .take(max_apps)
            .map(|(_, id)| ParticipantId::DeviceApp(id)),
    );
    Ok(authors)
}
