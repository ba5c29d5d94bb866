//! Queries on surveys, their answers and personas. Owned rows are read
//! through their owner (`user_id = caller`), so another user's look exactly
//! like missing ones. Each takes a connection so the caller decides the
//! transaction; every persona status change records an event and announces
//! it on [`CHANNEL`] in the same statement's transaction.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::model::{NewSurvey, PersonaStatus, StoredAnswer, SurveyStatus, Trait};
use crate::error::DbError;
use crate::schema::{persona_events, personas, survey_responses, surveys};

/// The LISTEN/NOTIFY channel on which each persona status change is
/// announced, with the persona's id as the payload.
pub const CHANNEL: &str = "kith_personas";

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = surveys, check_for_backend(diesel::pg::Pg))]
pub struct SurveyRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub title: String,
    pub questions: serde_json::Value,
    pub slug: String,
    pub status: String,
    pub min_responses: i32,
    pub response_count: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl SurveyRow {
    /// Stored questions were checked on the way in.
    pub fn questions(&self) -> Vec<super::model::Question> {
        serde_json::from_value(self.questions.clone()).unwrap_or_default()
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = survey_responses, check_for_backend(diesel::pg::Pg))]
pub struct ResponseRow {
    pub id: Uuid,
    pub answers: serde_json::Value,
    pub created_at: DateTime<Utc>,
}

impl ResponseRow {
    pub fn answers(&self) -> Vec<StoredAnswer> {
        serde_json::from_value(self.answers.clone()).unwrap_or_default()
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = personas, check_for_backend(diesel::pg::Pg))]
pub struct PersonaRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub survey_id: Uuid,
    pub status: String,
    pub generation: i32,
    pub name: String,
    pub traits: serde_json::Value,
    pub prompt: String,
    pub description: String,
    pub responses_used: i32,
    pub illustration_file: Option<String>,
    pub attempts: i32,
    pub last_error: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A persona row as read, with whether it has an illustration (the bytes
/// are read only where drawn).
pub type Persona = (PersonaRow, bool);

impl PersonaRow {
    pub fn status(&self) -> PersonaStatus {
        PersonaStatus::from_stored(&self.status).unwrap_or(PersonaStatus::Failed)
    }

    pub fn traits(&self) -> Vec<Trait> {
        serde_json::from_value(self.traits.clone()).unwrap_or_default()
    }
}

type HasIllustration = diesel::dsl::Or<
    diesel::dsl::IsNotNull<personas::illustration>,
    diesel::dsl::IsNotNull<personas::illustration_file>,
>;

fn has_illustration() -> HasIllustration {
    personas::illustration
        .is_not_null()
        .or(personas::illustration_file.is_not_null())
}

/// Stores the survey and its persona (pending until enough answers).
pub async fn create_survey(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    new: &NewSurvey,
    slug: &str,
) -> Result<(SurveyRow, PersonaRow), DbError> {
    let survey = diesel::insert_into(surveys::table)
        .values((
            surveys::id.eq(Uuid::now_v7()),
            surveys::user_id.eq(user_id),
            surveys::title.eq(&new.title),
            surveys::questions.eq(serde_json::to_value(&new.questions).expect("questions serialize")),
            surveys::slug.eq(slug),
            surveys::min_responses.eq(new.min_responses),
        ))
        .returning(SurveyRow::as_returning())
        .get_result(conn)
        .await?;
    let persona = diesel::insert_into(personas::table)
        .values((
            personas::id.eq(Uuid::now_v7()),
            personas::user_id.eq(user_id),
            personas::survey_id.eq(survey.id),
        ))
        .returning(PersonaRow::as_returning())
        .get_result(conn)
        .await?;
    record(conn, persona.id, PersonaStatus::Pending).await?;
    Ok((survey, persona))
}

/// How many surveys the user has, holding a per-user lock until the
/// transaction ends, so two creations at once count each other.
pub async fn lock_and_count_surveys(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<i64, DbError> {
    diesel::sql_query("SELECT pg_advisory_xact_lock(hashtextextended('surveys:' || $1::text, 0))")
        .bind::<diesel::sql_types::Uuid, _>(user_id)
        .execute(conn)
        .await?;
    Ok(surveys::table
        .filter(surveys::user_id.eq(user_id))
        .count()
        .get_result(conn)
        .await?)
}

pub async fn survey(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<SurveyRow, DbError> {
    Ok(surveys::table
        .filter(surveys::id.eq(id).and(surveys::user_id.eq(user_id)))
        .select(SurveyRow::as_select())
        .first(conn)
        .await?)
}

/// Newest first, after the last `(created_at, id)` seen.
pub async fn list_surveys(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<SurveyRow>, DbError> {
    let mut query = surveys::table
        .filter(surveys::user_id.eq(user_id))
        .select(SurveyRow::as_select())
        .order((surveys::created_at.desc(), surveys::id.desc()))
        .limit(limit)
        .into_boxed();
    if let Some((at, id)) = after {
        query = query.filter(
            surveys::created_at
                .lt(at)
                .or(surveys::created_at.eq(at).and(surveys::id.lt(id))),
        );
    }
    Ok(query.load(conn).await?)
}

pub async fn close_survey(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<SurveyRow, DbError> {
    Ok(diesel::update(surveys::table)
        .filter(surveys::id.eq(id).and(surveys::user_id.eq(user_id)))
        .set((
            surveys::status.eq(SurveyStatus::Closed.as_str()),
            surveys::updated_at.eq(diesel::dsl::now),
        ))
        .returning(SurveyRow::as_returning())
        .get_result(conn)
        .await?)
}

/// Deletes the survey; its answers, persona and chats go with it.
pub async fn delete_survey(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<bool, DbError> {
    let deleted = diesel::delete(surveys::table)
        .filter(surveys::id.eq(id).and(surveys::user_id.eq(user_id)))
        .execute(conn)
        .await?;
    Ok(deleted > 0)
}

/// An open survey by its share slug.
pub async fn open_survey(conn: &mut AsyncPgConnection, slug: &str) -> Result<SurveyRow, DbError> {
    Ok(surveys::table
        .filter(
            surveys::slug
                .eq(slug)
                .and(surveys::status.eq(SurveyStatus::Open.as_str())),
        )
        .select(SurveyRow::as_select())
        .first(conn)
        .await?)
}

/// Newest first, after the last `(created_at, id)` seen.
pub async fn list_responses(
    conn: &mut AsyncPgConnection,
    survey_id: Uuid,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<ResponseRow>, DbError> {
    let mut query = survey_responses::table
        .filter(survey_responses::survey_id.eq(survey_id))
        .select(ResponseRow::as_select())
        .order((survey_responses::created_at.desc(), survey_responses::id.desc()))
        .limit(limit)
        .into_boxed();
    if let Some((at, id)) = after {
        query = query.filter(
            survey_responses::created_at
                .lt(at)
                .or(survey_responses::created_at.eq(at).and(survey_responses::id.lt(id))),
        );
    }
    Ok(query.load(conn).await?)
}

/// The answers a persona is made of: the newest `limit`.
pub async fn answers(conn: &mut AsyncPgConnection, survey_id: Uuid, limit: i64) -> Result<Vec<ResponseRow>, DbError> {
    list_responses(conn, survey_id, None, limit).await
}

/// What storing a response did.
pub enum Answered {
    /// Stored; the survey now has `count` answers of the `min` it needs.
    Stored { count: i32, min: i32 },
    /// This fingerprint answered this survey before.
    Again,
    /// The survey closed meanwhile.
    Closed,
}

/// Counts the response on the (open) survey, which locks it until the
/// transaction ends, then stores it. Call inside a transaction: a repeated
/// fingerprint must undo the count.
pub async fn store_response(
    conn: &mut AsyncPgConnection,
    survey_id: Uuid,
    fingerprint: &[u8],
    answers: &[StoredAnswer],
) -> Result<Answered, DbError> {
    let counted: Option<(i32, i32)> = diesel::update(surveys::table)
        .filter(
            surveys::id
                .eq(survey_id)
                .and(surveys::status.eq(SurveyStatus::Open.as_str())),
        )
        .set(surveys::response_count.eq(surveys::response_count + 1))
        .returning((surveys::response_count, surveys::min_responses))
        .get_result(conn)
        .await
        .optional()?;
    let Some((count, min)) = counted else {
        return Ok(Answered::Closed);
    };
    let stored = diesel::insert_into(survey_responses::table)
        .values((
            survey_responses::id.eq(Uuid::now_v7()),
            survey_responses::survey_id.eq(survey_id),
            survey_responses::fingerprint.eq(fingerprint),
            survey_responses::answers.eq(serde_json::to_value(answers).expect("answers serialize")),
        ))
        .execute(conn)
        .await;
    match stored {
        Ok(_) => Ok(Answered::Stored { count, min }),
        Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Ok(Answered::Again),
        Err(err) => Err(err.into()),
    }
}

fn persona_columns() -> (diesel::dsl::AsSelect<PersonaRow, diesel::pg::Pg>, HasIllustration) {
    (PersonaRow::as_select(), has_illustration())
}

pub async fn persona(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<Persona, DbError> {
    Ok(personas::table
        .filter(personas::id.eq(id).and(personas::user_id.eq(user_id)))
        .select(persona_columns())
        .first(conn)
        .await?)
}

/// The persona of the caller's survey, or their most recently changed one.
pub async fn persona_of(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    survey_id: Option<Uuid>,
) -> Result<Persona, DbError> {
    let mut query = personas::table
        .filter(personas::user_id.eq(user_id))
        .select(persona_columns())
        .order((personas::updated_at.desc(), personas::id.desc()))
        .into_boxed();
    if let Some(survey_id) = survey_id {
        query = query.filter(personas::survey_id.eq(survey_id));
    }
    Ok(query.first(conn).await?)
}

/// A persona as the saga reads it (no owner check: the job names it).
pub async fn persona_by_id(conn: &mut AsyncPgConnection, id: Uuid) -> Result<PersonaRow, DbError> {
    Ok(personas::table
        .find(id)
        .select(PersonaRow::as_select())
        .first(conn)
        .await?)
}

/// The stored illustration's bytes, when it is kept in the database.
pub async fn illustration(conn: &mut AsyncPgConnection, id: Uuid) -> Result<Option<Vec<u8>>, DbError> {
    Ok(personas::table
        .find(id)
        .select(personas::illustration)
        .first::<Option<Vec<u8>>>(conn)
        .await?)
}

async fn record(conn: &mut AsyncPgConnection, persona_id: Uuid, status: PersonaStatus) -> Result<(), DbError> {
    diesel::insert_into(persona_events::table)
        .values((
            persona_events::persona_id.eq(persona_id),
            persona_events::status.eq(status.as_str()),
        ))
        .execute(conn)
        .await?;
    diesel::sql_query("SELECT pg_notify($1, $2)")
        .bind::<diesel::sql_types::Text, _>(CHANNEL)
        .bind::<diesel::sql_types::Text, _>(persona_id.to_string())
        .execute(conn)
        .await?;
    Ok(())
}

/// Moves run `generation` of the persona from one of `from` to `to`; false
/// when it is elsewhere (another run, or the step already done).
pub async fn advance(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    generation: i32,
    from: &[PersonaStatus],
    to: PersonaStatus,
) -> Result<bool, DbError> {
    let from: Vec<&str> = from.iter().map(|s| s.as_str()).collect();
    let moved = diesel::update(personas::table)
        .filter(personas::id.eq(id).and(personas::generation.eq(generation)))
        .filter(personas::status.eq_any(from))
        .set((
            personas::status.eq(to.as_str()),
            personas::attempts.eq(personas::attempts + 1),
            personas::updated_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
        .await?;
    if moved > 0 {
        record(conn, id, to).await?;
    }
    Ok(moved > 0)
}

/// Counts another attempt at the step run `generation` is in.
pub async fn retrying(conn: &mut AsyncPgConnection, id: Uuid, generation: i32) -> Result<(), DbError> {
    diesel::update(personas::table)
        .filter(personas::id.eq(id).and(personas::generation.eq(generation)))
        .set(personas::attempts.eq(personas::attempts + 1))
        .execute(conn)
        .await?;
    Ok(())
}

/// What step 1 made.
pub struct Synthesis {
    pub name: String,
    pub traits: Vec<Trait>,
    pub prompt: String,
    pub description: String,
    pub responses_used: i32,
}

/// Stores step 1's result and moves the run on to illustrating; false when
/// the run is no longer synthesizing (a regeneration started another).
pub async fn store_synthesis(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    generation: i32,
    s: &Synthesis,
) -> Result<bool, DbError> {
    let moved = diesel::update(personas::table)
        .filter(personas::id.eq(id).and(personas::generation.eq(generation)))
        .filter(personas::status.eq(PersonaStatus::Synthesizing.as_str()))
        .set((
            personas::status.eq(PersonaStatus::Illustrating.as_str()),
            personas::name.eq(&s.name),
            personas::traits.eq(serde_json::to_value(&s.traits).expect("traits serialize")),
            personas::prompt.eq(&s.prompt),
            personas::description.eq(&s.description),
            personas::responses_used.eq(s.responses_used),
            personas::last_error.eq(""),
            personas::updated_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
        .await?;
    if moved > 0 {
        record(conn, id, PersonaStatus::Illustrating).await?;
    }
    Ok(moved > 0)
}

/// Stores step 2's picture (bytes here, or the name of the file written)
/// and makes the persona ready; false when the run moved on.
pub async fn store_illustration(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    generation: i32,
    png: Option<&[u8]>,
    file: Option<&str>,
) -> Result<bool, DbError> {
    let moved = diesel::update(personas::table)
        .filter(personas::id.eq(id).and(personas::generation.eq(generation)))
        .filter(personas::status.eq(PersonaStatus::Illustrating.as_str()))
        .set((
            personas::status.eq(PersonaStatus::Ready.as_str()),
            personas::illustration.eq(png),
            personas::illustration_file.eq(file),
            personas::updated_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
        .await?;
    if moved > 0 {
        record(conn, id, PersonaStatus::Ready).await?;
    }
    Ok(moved > 0)
}

/// Marks run `generation` failed with `reason`, from the step it was in.
pub async fn fail(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    generation: i32,
    step: PersonaStatus,
    reason: &str,
) -> Result<bool, DbError> {
    let moved = diesel::update(personas::table)
        .filter(personas::id.eq(id).and(personas::generation.eq(generation)))
        .filter(personas::status.eq(step.as_str()))
        .set((
            personas::status.eq(PersonaStatus::Failed.as_str()),
            personas::last_error.eq(reason),
            personas::updated_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
        .await?;
    if moved > 0 {
        record(conn, id, PersonaStatus::Failed).await?;
    }
    Ok(moved > 0)
}

/// A step that has not moved for this long is taken to be lost (its job
/// died without a handler running), and a regeneration may replace it.
const STALLED: chrono::Duration = chrono::Duration::hours(1);

/// Starts a new run of a ready or failed persona, or of one stalled in a
/// step; None when a run is under way (or the persona is not the caller's).
pub async fn restart(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<Option<PersonaRow>, DbError> {
    let finished = [PersonaStatus::Ready.as_str(), PersonaStatus::Failed.as_str()];
    let steps = [
        PersonaStatus::Synthesizing.as_str(),
        PersonaStatus::Illustrating.as_str(),
    ];
    let stalled = personas::status
        .eq_any(steps)
        .and(personas::updated_at.lt(Utc::now() - STALLED));
    let row = diesel::update(personas::table)
        .filter(personas::id.eq(id).and(personas::user_id.eq(user_id)))
        .filter(personas::status.eq_any(finished).or(stalled))
        .set((
            personas::status.eq(PersonaStatus::Pending.as_str()),
            personas::generation.eq(personas::generation + 1),
            personas::attempts.eq(0),
            personas::last_error.eq(""),
            personas::updated_at.eq(diesel::dsl::now),
        ))
        .returning(PersonaRow::as_returning())
        .get_result(conn)
        .await
        .optional()?;
    if let Some(row) = &row {
        record(conn, row.id, PersonaStatus::Pending).await?;
    }
    Ok(row)
}

/// The persona's status events after event `after`, oldest first.
pub async fn events_after(
    conn: &mut AsyncPgConnection,
    persona_id: Uuid,
    after: i64,
) -> Result<Vec<(i64, String)>, DbError> {
    Ok(persona_events::table
        .filter(
            persona_events::persona_id
                .eq(persona_id)
                .and(persona_events::id.gt(after)),
        )
        .order(persona_events::id)
        .select((persona_events::id, persona_events::status))
        .limit(100)
        .load(conn)
        .await?)
}

/// The last event so far (0: none).
pub async fn last_event(conn: &mut AsyncPgConnection, persona_id: Uuid) -> Result<i64, DbError> {
    Ok(persona_events::table
        .filter(persona_events::persona_id.eq(persona_id))
        .select(diesel::dsl::max(persona_events::id))
        .first::<Option<i64>>(conn)
        .await?
        .unwrap_or(0))
}
