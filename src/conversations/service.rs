//! GenerateConversation and GenerateJournal: reads across the devices, apps,
//! usage and identity domains, the AI gateway, and one transaction to store
//! what was written.
//!
//! A conversation is all or nothing. Its lines stream to the client as the
//! model writes them, but nothing is stored until the model has finished:
//! if the client goes away first, or the provider fails, nothing is stored
//! (the gateway still records the generation, as cancelled or failed). Once
//! the model has finished, the conversation is stored even if the client
//! has gone, so a retry with the same request id finds it.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use diesel_async::{AsyncConnection, AsyncPgConnection};
use futures::stream::BoxStream;
use futures::StreamExt;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use uuid::Uuid;

use super::error::ConversationsError;
use super::model::{
    Character, Conversation, GenerateInput, GenerationCost, JournalInput, JournalRow, Kind, Line, LineRow, Mood,
    NewConversationRow, NewJournalRow, ParticipantId, ParticipantRow, Progress, Trigger,
};
use super::prompt::{self, AppUse, DayUsage, Script};
use super::repo;
use crate::ai::AiGateway;
use crate::ai::{estimate_tokens, AiError, Completion, Event, GenerationStream, Purpose, TokenUsage};
use crate::db::Pool;
use crate::devices::error::DevicesError;
use crate::devices::model::DeviceFilter;
use crate::error::DbError;
use crate::usage::repo::{AppTotalRow, Span};

type Result<T, E = ConversationsError> = std::result::Result<T, E>;

pub type ProgressStream = BoxStream<'static, Result<Progress>>;

/// How many participants the server picks when the caller names none.
const DEFAULT_CAST: usize = 3;
/// Apps of one device ranked for an app's journal.
const MAX_RANKED_APPS: i64 = 500;

/// Yesterday in `timezone` (UTC when the name is unknown).
fn yesterday(timezone: &str) -> NaiveDate {
    crate::identity::clock::UserClock::of(timezone).yesterday()
}

/// One of the user's devices or device apps as a character; `field` names it
/// in the NOT_FOUND of a missing one or another user's.
pub async fn character(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    id: ParticipantId,
    field: &str,
) -> Result<Character> {
    let missing = || ConversationsError::ParticipantNotFound {
        field: field.to_owned(),
    };
    match id {
        ParticipantId::Device(device_id) => match crate::devices::repo::device(conn, user_id, device_id).await {
            Ok(device) => Ok(Character::of_device(device)),
            Err(DevicesError::Db(db)) => Err(db.into()),
            // A read fails only with "not found" or a database error.
            Err(_) => Err(missing()),
        },
        ParticipantId::DeviceApp(device_app_id) => {
            match crate::apps::repo::device_app(conn, user_id, device_app_id).await {
                Ok(app) => Ok(Character::of_device_app(app)),
                Err(DbError::NotFound) => Err(missing()),
                Err(db) => Err(db.into()),
            }
        }
    }
}

/// Whether the participant still exists, key-share locked so it stays until
/// the caller's transaction has stored what refers to it.
async fn lock_participant(conn: &mut AsyncPgConnection, user_id: Uuid, id: ParticipantId) -> Result<bool> {
    Ok(match id {
        ParticipantId::Device(id) => crate::apps::repo::lock_own_device(conn, user_id, id).await?,
        ParticipantId::DeviceApp(id) => !crate::apps::repo::lock_own_device_apps(conn, user_id, &[id])
            .await?
            .is_empty(),
    })
}

fn app_use(row: &AppTotalRow) -> AppUse {
    AppUse {
        name: row.name.clone(),
        category: row.category.clone(),
        time_ms: row.app_time_ms,
        launches: row.launches,
        sessions: row.sessions,
    }
}

/// The day's usage on `devices` (and the user's open patterns, when asked),
/// with the catalogue ids of the most used apps.
async fn day_usage(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    devices: &[Uuid],
    day: NaiveDate,
    timezone: &str,
    with_patterns: bool,
) -> Result<(DayUsage, Vec<Uuid>)> {
    use crate::usage::repo as usage;
    let both = Span {
        start: day.pred_opt().unwrap_or(day),
        end: day,
        timezone,
    };
    let span = Span { start: day, ..both };
    let devices = usage::Devices::of(user_id, devices);
    // Screen time from the devices' daily rows, or the time in app sessions
    // when that is more (devices that send sessions but no daily rows).
    let screen = |t: &usage::DayTotalRow| t.screen_time_ms.max(t.app_time_ms);
    let totals = usage::day_totals(conn, devices, both).await?;
    let (previous, today) = match totals.as_slice() {
        [previous, today] => (Some(previous), Some(today)),
        _ => (None, totals.last()),
    };
    let top = usage::top_apps(conn, devices, span, false, 3).await?;
    let opened = usage::top_apps(conn, devices, span, true, 1).await?;
    let categories = usage::category_totals(conn, devices, span).await?;
    let patterns = match with_patterns {
        true => usage::list_patterns(conn, user_id, None, false, None, 9).await?,
        false => Vec::new(),
    };
    let day_usage = DayUsage {
        screen_ms: today.map_or(0, screen),
        previous_screen_ms: previous.map_or(0, screen),
        unlocks: today.map_or(0, |t| t.unlocks),
        notifications: today.map_or(0, |t| t.notifications),
        top_apps: top.iter().map(app_use).collect(),
        most_opened: opened.iter().find(|a| a.launches > 0).map(app_use),
        top_category: categories.first().map(|c| (c.category.clone(), c.app_time_ms)),
        open_patterns: patterns.into_iter().map(|p| (p.kind, p.severity)).collect(),
    };
    Ok((day_usage, top.iter().map(|a| a.app_id).collect()))
}

/// The participants when the caller names none: the primary device (else the
/// first one), the day's most used apps as the user has them on a device
/// (preferably the lead device), then other device apps and devices until
/// there are three.
async fn default_cast(conn: &mut AsyncPgConnection, user_id: Uuid, top_app_ids: &[Uuid]) -> Result<Vec<Character>> {
    let devices = crate::devices::repo::list_devices(conn, user_id, &DeviceFilter::default(), None, 100).await?;
    let lead = devices.iter().find(|d| d.is_primary).or(devices.first()).cloned();
    let lead_id = lead.as_ref().map(|d| d.id);
    let mut cast: Vec<Character> = lead.map(Character::of_device).into_iter().collect();
    let installed = crate::apps::repo::device_apps_of(conn, user_id, top_app_ids).await?;
    for app_id in top_app_ids.iter().take(2) {
        let pick = installed
            .iter()
            .filter(|(_, _, app)| app == app_id)
            .min_by_key(|(_, device, _)| Some(*device) != lead_id);
        if let Some((id, _, _)) = pick {
            cast.push(character(conn, user_id, ParticipantId::DeviceApp(*id), "participants").await?);
        }
    }
    if cast.len() < DEFAULT_CAST {
        let other_apps = crate::apps::repo::list_device_apps(conn, user_id, &Default::default(), None, 10).await?;
        let others = other_apps
            .into_iter()
            .map(Character::of_device_app)
            .chain(devices.into_iter().map(Character::of_device));
        for other in others {
            if cast.len() >= DEFAULT_CAST {
                break;
            }
            if !cast.iter().any(|c| c.id == other.id) {
                cast.push(other);
            }
        }
    }
    if cast.len() < 2 {
        return Err(ConversationsError::NotEnoughParticipants);
    }
    Ok(cast)
}

/// A stored conversation streamed again: its lines, then the whole.
fn replay(stored: Conversation) -> ProgressStream {
    let lines = stored.lines.clone().into_iter().map(Progress::Line);
    futures::stream::iter(lines.chain([Progress::Stored(stored)]).map(Ok)).boxed()
}

/// What writing conversations and journals uses, and nothing more: the
/// pool and the AI gateway.
#[derive(Clone, Copy)]
pub struct Writer<'a> {
    pub pool: &'a Pool,
    pub ai: &'a AiGateway,
}

impl<'a> Writer<'a> {
    pub fn new(pool: &'a Pool, ai: &'a AiGateway) -> Self {
        Self { pool, ai }
    }
}

/// Validates the participants, chooses the kind and mood from the day's
/// data, starts the generation and returns its progress. Errors before the
/// first line (not found, rate limited, provider down) are returned here;
/// later ones end the stream.
pub async fn generate_conversation(writer: Writer<'_>, user_id: Uuid, input: GenerateInput) -> Result<ProgressStream> {
    let mut conn = crate::db::conn(writer.pool).await?;
    if let Some(key) = &input.request_id {
        if let Some(stored) = repo::conversation_by_request(&mut conn, user_id, key).await? {
            return Ok(replay(stored));
        }
    }
    let user = crate::identity::repo::user(&mut conn, user_id).await?;
    let day = input.day.unwrap_or_else(|| yesterday(&user.timezone));
    let mut cast = Vec::with_capacity(input.participants.len());
    for (i, id) in input.participants.iter().enumerate() {
        cast.push(character(&mut conn, user_id, *id, &format!("participants[{i}]")).await?);
    }
    let devices = crate::devices::repo::owned_device_ids(&mut conn, user_id).await?;
    let (usage, top_app_ids) = day_usage(&mut conn, user_id, &devices, day, &user.timezone, true).await?;
    if cast.is_empty() {
        cast = default_cast(&mut conn, user_id, &top_app_ids).await?;
    }
    // Not held while the model writes.
    drop(conn);

    let kind = input.kind.unwrap_or_else(|| prompt::choose_kind(&usage));
    let mood = input
        .mood
        .unwrap_or_else(|| prompt::default_mood(&user.preferred_moods));
    let request = prompt::conversation_request(&cast, kind, mood, day, &prompt::facts(&usage));
    let stream = writer.ai.stream(Some(user_id), &request).await?;
    let draft = Draft {
        pool: writer.pool.clone(),
        provider: writer.ai.provider_name(),
        model: writer.ai.model(Purpose::Conversation),
        prompt_tokens: request.messages.iter().map(|m| estimate_tokens(&m.content)).sum(),
        user_id,
        kind,
        mood,
        day,
        request_id: input.request_id,
        trigger: input.trigger,
        cast,
    };
    let (tx, rx) = mpsc::channel(16);
    tokio::spawn(draft.run(stream, tx));
    Ok(ReceiverStream::new(rx).boxed())
}

/// A conversation being written.
struct Draft {
    pool: Pool,
    provider: &'static str,
    model: String,
    /// Estimated, for a provider that reports no usage.
    prompt_tokens: u32,
    user_id: Uuid,
    kind: Kind,
    mood: Mood,
    day: NaiveDate,
    request_id: Option<String>,
    trigger: Trigger,
    cast: Vec<Character>,
}

type Progressing = mpsc::Sender<Result<Progress>>;

impl Draft {
    async fn run(self, stream: GenerationStream, tx: Progressing) {
        if let Err(err) = self.write(stream, &tx).await {
            let _ = tx.send(Err(err)).await;
        }
    }

    /// Sends `lines` and keeps them; false when the client has gone.
    async fn send_lines(tx: &Progressing, kept: &mut Vec<Line>, lines: impl IntoIterator<Item = Line>) -> bool {
        for line in lines {
            if tx.send(Ok(Progress::Line(line.clone()))).await.is_err() {
                return false;
            }
            kept.push(line);
        }
        true
    }

    /// Streams each line once complete, then stores the conversation and
    /// sends it. Returns early, storing nothing, when the client goes away.
    async fn write(self, mut stream: GenerationStream, tx: &Progressing) -> Result<()> {
        let mut script = Script::new(&self.cast);
        let mut lines = Vec::new();
        let mut reported = None;
        loop {
            let event = tokio::select! {
                event = stream.next() => event,
                () = tx.closed() => return Ok(()),
            };
            match event {
                Some(Ok(Event::Delta(chunk))) => {
                    if !Self::send_lines(tx, &mut lines, script.push(&chunk)).await {
                        return Ok(());
                    }
                }
                Some(Ok(Event::Done(usage))) => {
                    reported = Some(usage);
                    break;
                }
                Some(Err(err)) => return Err(err.into()),
                None => break,
            }
        }
        if !Self::send_lines(tx, &mut lines, script.finish()).await {
            return Ok(());
        }
        if lines.is_empty() {
            return Err(AiError::Malformed("no lines of the form \"Name: text\"".into()).into());
        }
        let usage = reported.unwrap_or_else(|| TokenUsage {
            prompt_tokens: self.prompt_tokens,
            completion_tokens: lines
                .iter()
                .map(|l| estimate_tokens(&l.speaker) + estimate_tokens(&l.text))
                .sum(),
        });
        let cost = GenerationCost::new(self.provider, &self.model, usage);
        let stored = self.store(&cost, &lines).await?;
        // Stored either way; a client that has gone finds it by request id.
        let _ = tx.send(Ok(Progress::Stored(stored))).await;
        Ok(())
    }

    /// The conversation, participants and lines in one transaction. A
    /// participant deleted meanwhile is kept by name, unlinked. When a
    /// concurrent call with the same request id stored first, its
    /// conversation is returned instead.
    async fn store(&self, cost: &GenerationCost, lines: &[Line]) -> Result<Conversation> {
        let (user_id, request_id) = (self.user_id, self.request_id.as_deref());
        let mut conn = crate::db::conn(&self.pool).await?;
        conn.transaction::<_, ConversationsError, _>(async |conn| {
            let id = Uuid::now_v7();
            let row = NewConversationRow {
                id,
                user_id,
                kind: self.kind.as_str(),
                mood: self.mood.as_str(),
                trigger: self.trigger.as_str(),
                day: self.day,
                provider: &cost.provider,
                model: &cost.model,
                prompt_tokens: cost.prompt_tokens,
                completion_tokens: cost.completion_tokens,
                cost_usd: cost.cost_usd,
                request_id,
            };
            if !repo::insert_conversation(conn, &row).await? {
                // Only the request id's unique index can refuse a new id.
                let first = match request_id {
                    Some(key) => repo::conversation_by_request(conn, user_id, key).await?,
                    None => None,
                };
                return first.ok_or_else(|| {
                    DbError::UniqueViolation {
                        constraint: "conversations_request_idx".into(),
                    }
                    .into()
                });
            }
            let mut participants = Vec::with_capacity(self.cast.len());
            for (position, character) in self.cast.iter().enumerate() {
                let linked = lock_participant(conn, user_id, character.id).await?;
                participants.push(ParticipantRow::new(id, position, character, linked));
            }
            repo::insert_participants(conn, &participants).await?;
            let rows: Vec<LineRow> = lines.iter().map(|line| LineRow::new(id, line)).collect();
            repo::insert_lines(conn, &rows).await?;
            Ok(repo::conversation(conn, user_id, id).await?)
        })
        .await
    }
}

/// Facts for `author`'s journal: a device's day (its daily row and top
/// apps), or a device app's sessions and rank on its device.
async fn journal_facts(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    author: &Character,
    day: NaiveDate,
    timezone: &str,
) -> Result<Vec<String>> {
    let Some(app_id) = author.app_id else {
        let (usage, _) = day_usage(conn, user_id, &[author.device_id], day, timezone, false).await?;
        return Ok(prompt::facts(&usage));
    };
    let span = Span {
        start: day,
        end: day,
        timezone,
    };
    let devices = crate::usage::repo::Devices::of(user_id, std::slice::from_ref(&author.device_id));
    let ranked = crate::usage::repo::top_apps(conn, devices, span, false, MAX_RANKED_APPS).await?;
    Ok(app_journal_facts(author, app_id, &ranked))
}

/// Facts for the journal of the app `app_id` (`author`), from its device's
/// apps of the day, most used first.
fn app_journal_facts(author: &Character, app_id: Uuid, ranked: &[AppTotalRow]) -> Vec<String> {
    let position = ranked.iter().position(|a| a.app_id == app_id);
    let used = position.map(|i| app_use(&ranked[i]));
    prompt::app_facts(&author.name, used.as_ref(), position.map(|i| i + 1))
}

/// Writes and stores a journal entry of one of the user's devices or apps.
pub async fn generate_journal(writer: Writer<'_>, user_id: Uuid, input: JournalInput) -> Result<JournalRow> {
    let mut conn = crate::db::conn(writer.pool).await?;
    let user = crate::identity::repo::user(&mut conn, user_id).await?;
    let day = input.day.unwrap_or_else(|| yesterday(&user.timezone));
    let author = character(&mut conn, user_id, input.author, "author").await?;
    let facts = journal_facts(&mut conn, user_id, &author, day, &user.timezone).await?;
    drop(conn);

    let mood = input
        .mood
        .unwrap_or_else(|| prompt::default_mood(&user.preferred_moods));
    let request = prompt::journal_request(&author, mood, day, &facts);
    let completion = writer.ai.complete(Some(user_id), &request).await?;
    let text = completion.text.trim();
    if text.is_empty() {
        return Err(AiError::Malformed("an empty journal entry".into()).into());
    }
    let cost = GenerationCost::new(writer.ai.provider_name(), &completion.model, completion.usage);
    let row = NewJournalRow::new(user_id, &author, day, mood, text, &facts, &cost);
    let mut conn = crate::db::conn(writer.pool).await?;
    conn.transaction::<_, ConversationsError, _>(async |conn| {
        if !lock_participant(conn, user_id, author.id).await? {
            return Err(ConversationsError::ParticipantNotFound { field: "author".into() });
        }
        Ok(repo::insert_journal(conn, &row).await?)
    })
    .await
}

/// What came of writing a night's journals.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct JournalsWritten {
    pub written: usize,
    /// Authors whose journal could not be written (other than those deleted
    /// meanwhile, which are skipped).
    pub failed: usize,
}

/// Writes `day`'s journal of each of `authors`, as [`generate_journal`] for
/// one after another would (the user's mood, each author's facts, one
/// generation each), in a few round trips: the generations are admitted
/// and recorded together, and the journals stored in one transaction. An
/// author deleted meanwhile is skipped; an AI failure stops the run there,
/// with the journals before it stored, and is returned.
pub async fn generate_journals(
    writer: Writer<'_>,
    user_id: Uuid,
    day: NaiveDate,
    authors: &[ParticipantId],
) -> Result<JournalsWritten> {
    let mut done = JournalsWritten::default();
    if authors.is_empty() {
        return Ok(done);
    }
    let opened = async {
        let mut conn = crate::db::conn(writer.pool).await?;
        let user = crate::identity::repo::user(&mut conn, user_id).await?;
        Ok::<_, ConversationsError>((conn, user))
    };
    let (mut conn, user) = match opened.await {
        Ok(opened) => opened,
        // As each author's journal would have failed.
        Err(err) => {
            tracing::warn!(error = %err, journals = authors.len(), "journals not written");
            done.failed = authors.len();
            return Ok(done);
        }
    };
    let mood = prompt::default_mood(&user.preferred_moods);
    // An app's journal ranks it among its device's apps: one ranking a device.
    let mut ranked: HashMap<Uuid, Vec<AppTotalRow>> = HashMap::new();
    let mut drafts = Vec::with_capacity(authors.len());
    for &id in authors {
        let read = async {
            let author = character(&mut conn, user_id, id, "author").await?;
            let facts = match author.app_id {
                None => journal_facts(&mut conn, user_id, &author, day, &user.timezone).await?,
                Some(app_id) => {
                    let apps = match ranked.entry(author.device_id) {
                        Entry::Occupied(apps) => apps.into_mut(),
                        Entry::Vacant(slot) => {
                            let span = Span {
                                start: day,
                                end: day,
                                timezone: &user.timezone,
                            };
                            let apps = crate::usage::repo::top_apps(
                                &mut conn,
                                crate::usage::repo::Devices::of(user_id, &[author.device_id]),
                                span,
                                false,
                                MAX_RANKED_APPS,
                            )
                            .await?;
                            slot.insert(apps)
                        }
                    };
                    app_journal_facts(&author, app_id, apps)
                }
            };
            Ok::<_, ConversationsError>((author, facts))
        };
        match read.await {
            Ok((author, facts)) => drafts.push((author, facts)),
            // Deleted meanwhile: skip it.
            Err(ConversationsError::ParticipantNotFound { .. }) => {}
            Err(err) => {
                tracing::warn!(error = %err, author = ?id, "journal not written");
                done.failed += 1;
            }
        }
    }
    drop(conn);

    let requests: Vec<_> = drafts
        .iter()
        .map(|(author, facts)| prompt::journal_request(author, mood, day, facts))
        .collect();
    let empty = |c: &Completion| {
        c.text
            .trim()
            .is_empty()
            .then(|| AiError::Malformed("an empty journal entry".into()))
    };
    let (completions, stopped) = writer.ai.complete_each(Some(user_id), &requests, empty).await;
    let costs: Vec<GenerationCost> = completions
        .iter()
        .map(|c| GenerationCost::new(writer.ai.provider_name(), &c.model, c.usage))
        .collect();
    let rows: Vec<NewJournalRow> = drafts
        .iter()
        .zip(&completions)
        .zip(&costs)
        .map(|(((author, facts), completion), cost)| {
            NewJournalRow::new(user_id, author, day, mood, completion.text.trim(), facts, cost)
        })
        .collect();
    if !rows.is_empty() {
        match store_journals(writer, user_id, &rows).await {
            Ok(stored) => done.written += stored,
            Err(err) => {
                tracing::warn!(error = %err, journals = rows.len(), "journals not written");
                done.failed += rows.len();
            }
        }
    }
    match stopped {
        Some(err) => Err(err.into()),
        None => Ok(done),
    }
}

/// Stores journals whose authors still exist (key-share locked until the
/// rows are in) in one transaction; how many were stored.
async fn store_journals(writer: Writer<'_>, user_id: Uuid, rows: &[NewJournalRow<'_>]) -> Result<usize> {
    let mut conn = crate::db::conn(writer.pool).await?;
    conn.transaction::<_, ConversationsError, _>(async |conn| {
        let apps: Vec<Uuid> = rows.iter().filter_map(|r| r.device_app_id).collect();
        let mut kept: HashSet<Uuid> = crate::apps::repo::lock_own_device_apps(conn, user_id, &apps)
            .await?
            .into_iter()
            .collect();
        for device in rows
            .iter()
            .filter(|r| r.device_app_id.is_none())
            .filter_map(|r| r.device_id)
        {
            if crate::apps::repo::lock_own_device(conn, user_id, device).await? {
                kept.insert(device);
            }
        }
        let rows: Vec<&NewJournalRow> = rows
            .iter()
            .filter(|r| r.device_app_id.or(r.device_id).is_some_and(|id| kept.contains(&id)))
            .collect();
        Ok(repo::insert_journals(conn, &rows).await?)
    })
    .await
}
