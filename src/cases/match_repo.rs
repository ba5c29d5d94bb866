//! Queries for sightings and candidate matches.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::model::{CaseStatus, ImageStatus};
use super::sighting::{MatchRow, MatchStatus, SightingFields, SightingRow};
use crate::error::DbError;
use crate::schema::{case_images, case_matches, case_sightings, cases, users};

pub struct NewSighting<'a> {
    pub submitter_id: Uuid,
    pub sha256: &'a [u8],
    pub storage_key: &'a str,
    pub mime_type: &'static str,
    pub size_bytes: i64,
    pub width: i32,
    pub height: i32,
    pub fields: &'a SightingFields,
}

/// Stores the sighting; false with the stored one when this user already
/// sent these bytes.
pub async fn add_sighting(conn: &mut AsyncPgConnection, new: &NewSighting<'_>) -> Result<(SightingRow, bool), DbError> {
    let f = new.fields;
    let inserted = diesel::insert_into(case_sightings::table)
        .values((
            case_sightings::id.eq(Uuid::now_v7()),
            case_sightings::submitter_id.eq(new.submitter_id),
            case_sightings::sha256.eq(new.sha256),
            case_sightings::storage_key.eq(new.storage_key),
            case_sightings::mime_type.eq(new.mime_type),
            case_sightings::size_bytes.eq(new.size_bytes),
            case_sightings::width.eq(new.width),
            case_sightings::height.eq(new.height),
            case_sightings::place.eq(&f.place),
            case_sightings::latitude.eq(f.latitude),
            case_sightings::longitude.eq(f.longitude),
            case_sightings::seen_at.eq(f.seen_at),
            case_sightings::note.eq(&f.note),
        ))
        .on_conflict_do_nothing()
        .returning(SightingRow::as_returning())
        .get_result(conn)
        .await
        .optional()?;
    if let Some(row) = inserted {
        return Ok((row, true));
    }
    let existing = case_sightings::table
        .filter(case_sightings::submitter_id.eq(new.submitter_id))
        .filter(case_sightings::sha256.eq(new.sha256))
        .select(SightingRow::as_select())
        .first(conn)
        .await?;
    Ok((existing, false))
}

/// Sightings `user_id` sent since `since` (the hourly limit).
pub async fn sightings_since(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    since: DateTime<Utc>,
) -> Result<i64, DbError> {
    Ok(case_sightings::table
        .filter(case_sightings::submitter_id.eq(user_id))
        .filter(case_sightings::created_at.ge(since))
        .count()
        .get_result(conn)
        .await?)
}

pub async fn sighting(conn: &mut AsyncPgConnection, id: Uuid) -> Result<SightingRow, DbError> {
    Ok(case_sightings::table
        .find(id)
        .select(SightingRow::as_select())
        .first(conn)
        .await?)
}

pub async fn sightings_by_id(conn: &mut AsyncPgConnection, ids: &[Uuid]) -> Result<Vec<SightingRow>, DbError> {
    Ok(case_sightings::table
        .filter(case_sightings::id.eq_any(ids))
        .select(SightingRow::as_select())
        .load(conn)
        .await?)
}

pub async fn sighting_features(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    features: &[u8],
    matcher: &str,
) -> Result<(), DbError> {
    diesel::update(case_sightings::table.find(id))
        .set((
            case_sightings::features.eq(features),
            case_sightings::matcher.eq(matcher),
            case_sightings::status.eq(ImageStatus::Done.as_str()),
            case_sightings::error.eq(""),
        ))
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn sighting_failed(conn: &mut AsyncPgConnection, id: Uuid, reason: &str) -> Result<(), DbError> {
    diesel::update(case_sightings::table.find(id))
        .set((
            case_sightings::status.eq(ImageStatus::Failed.as_str()),
            case_sightings::error.eq(reason),
        ))
        .execute(conn)
        .await?;
    Ok(())
}

/// Every sighting `matcher` processed: (sighting, features).
pub async fn processed_sightings(conn: &mut AsyncPgConnection, matcher: &str) -> Result<Vec<(Uuid, Vec<u8>)>, DbError> {
    let rows: Vec<(Uuid, Option<Vec<u8>>)> = case_sightings::table
        .filter(case_sightings::matcher.eq(matcher))
        .filter(case_sightings::features.is_not_null())
        .select((case_sightings::id, case_sightings::features))
        .load(conn)
        .await?;
    Ok(rows.into_iter().filter_map(|(id, f)| Some((id, f?))).collect())
}

/// Every processed photo of an open case: (image, case, features). Matches
/// are proposed only for cases still being searched.
pub async fn open_case_features(
    conn: &mut AsyncPgConnection,
    matcher: &str,
) -> Result<Vec<(Uuid, Uuid, Vec<u8>)>, DbError> {
    let rows: Vec<(Uuid, Uuid, Option<Vec<u8>>)> = case_images::table
        .inner_join(cases::table)
        .filter(cases::status.eq(CaseStatus::Open.as_str()))
        .filter(case_images::matcher.eq(matcher))
        .filter(case_images::features.is_not_null())
        .select((case_images::id, case_images::case_id, case_images::features))
        .load(conn)
        .await?;
    Ok(rows.into_iter().filter_map(|(i, c, f)| Some((i, c, f?))).collect())
}

/// A proposed match: a case photo and a sighting or another case's photo.
pub struct NewMatch<'a> {
    pub case_id: Uuid,
    pub case_image_id: Uuid,
    pub sighting_id: Option<Uuid>,
    pub other_image_id: Option<Uuid>,
    pub score: f32,
    pub matcher: &'a str,
}

/// Stores the match unless the pair was proposed before; its id when new.
pub async fn propose(conn: &mut AsyncPgConnection, m: &NewMatch<'_>) -> Result<Option<Uuid>, DbError> {
    Ok(diesel::insert_into(case_matches::table)
        .values((
            case_matches::id.eq(Uuid::now_v7()),
            case_matches::case_id.eq(m.case_id),
            case_matches::case_image_id.eq(m.case_image_id),
            case_matches::sighting_id.eq(m.sighting_id),
            case_matches::other_image_id.eq(m.other_image_id),
            case_matches::score.eq(m.score),
            case_matches::matcher.eq(m.matcher),
        ))
        .on_conflict_do_nothing()
        .returning(case_matches::id)
        .get_result(conn)
        .await
        .optional()?)
}

pub async fn get(conn: &mut AsyncPgConnection, id: Uuid) -> Result<MatchRow, DbError> {
    Ok(case_matches::table
        .find(id)
        .select(MatchRow::as_select())
        .first(conn)
        .await?)
}

/// Newest first, after the last `(created_at, id)` seen.
pub async fn list(
    conn: &mut AsyncPgConnection,
    status: Option<MatchStatus>,
    case_id: Option<Uuid>,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<MatchRow>, DbError> {
    let mut query = case_matches::table
        .select(MatchRow::as_select())
        .order((case_matches::created_at.desc(), case_matches::id.desc()))
        .limit(limit)
        .into_boxed();
    if let Some(status) = status {
        query = query.filter(case_matches::status.eq(status.as_str()));
    }
    if let Some(case_id) = case_id {
        query = query.filter(case_matches::case_id.eq(case_id));
    }
    if let Some((at, id)) = after {
        query = query.filter(
            case_matches::created_at
                .lt(at)
                .or(case_matches::created_at.eq(at).and(case_matches::id.lt(id))),
        );
    }
    Ok(query.load(conn).await?)
}

/// Decides a pending match; None when it was decided already.
pub async fn decide(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    to: MatchStatus,
    by: Uuid,
    note: &str,
) -> Result<Option<MatchRow>, DbError> {
    Ok(diesel::update(case_matches::table.find(id))
        .filter(case_matches::status.eq(MatchStatus::Pending.as_str()))
        .set((
            case_matches::status.eq(to.as_str()),
            case_matches::decided_by.eq(by),
            case_matches::decided_at.eq(diesel::dsl::now),
            case_matches::note.eq(note),
        ))
        .returning(MatchRow::as_returning())
        .get_result(conn)
        .await
        .optional()?)
}

/// Who hears of new candidate matches.
pub async fn investigators(conn: &mut AsyncPgConnection) -> Result<Vec<Uuid>, DbError> {
    Ok(users::table
        .filter(users::role.eq(crate::auth::Role::Investigator.as_str()))
        .filter(users::is_active)
        .select(users::id)
        .load(conn)
        .await?)
}

/// Serialises a user's sightings until the transaction ends, so the hourly
/// count and the insert cannot interleave.
pub async fn lock_submitter(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<(), DbError> {
    diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext('case_sightings:' || $1::text))")
        .bind::<diesel::sql_types::Uuid, _>(user_id)
        .execute(conn)
        .await?;
    Ok(())
}
