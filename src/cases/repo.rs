//! Queries on cases, their grants and their images. Every read goes through
//! [`Viewer`]: investigators and admins see every case, anyone else their
//! own (as reporter) and those shared with them, so a case they may not see
//! looks exactly like a missing one.

use chrono::{DateTime, Utc};
use diesel::dsl::sql;
use diesel::pg::Pg;
use diesel::prelude::*;
use diesel::sql_types::Bool;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::model::{CaseFields, CaseRow, CaseStatus, ImageRow, ImageStatus, Priority};
use crate::auth::role::Role;
use crate::auth::Caller;
use crate::error::DbError;
use crate::schema::{case_grants, case_images, case_sightings, cases, users};

/// Whose cases a caller sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// Investigators and admins.
    All,
    /// Anyone else: the cases they reported and those shared with them.
    Own(Uuid),
}

impl Viewer {
    pub fn of(caller: &Caller) -> Viewer {
        match caller.role {
            Role::Investigator | Role::Admin => Viewer::All,
            _ => Viewer::Own(caller.user_id),
        }
    }
}

type CaseFilter = Box<dyn BoxableExpression<cases::table, Pg, SqlType = diesel::sql_types::Nullable<Bool>>>;

fn visible_to(user_id: Uuid) -> CaseFilter {
    let granted = case_grants::table
        .filter(case_grants::user_id.eq(user_id))
        .select(case_grants::case_id);
    Box::new(cases::reporter_id.eq(user_id).or(cases::id.eq_any(granted)))
}

pub async fn create(conn: &mut AsyncPgConnection, reporter_id: Uuid, fields: &CaseFields) -> Result<CaseRow, DbError> {
    Ok(diesel::insert_into(cases::table)
        .values((cases::id.eq(Uuid::now_v7()), cases::reporter_id.eq(reporter_id), fields))
        .returning(CaseRow::as_returning())
        .get_result(conn)
        .await?)
}

/// The case, if `viewer` may see it.
pub async fn visible(conn: &mut AsyncPgConnection, viewer: Viewer, id: Uuid) -> Result<CaseRow, DbError> {
    let mut query = cases::table
        .filter(cases::id.eq(id))
        .select(CaseRow::as_select())
        .into_boxed();
    if let Viewer::Own(user_id) = viewer {
        query = query.filter(visible_to(user_id));
    }
    Ok(query.first(conn).await?)
}

/// What ListCases filters by.
#[derive(Debug, Default)]
pub struct CaseQuery {
    pub status: Option<CaseStatus>,
    pub priority: Option<Priority>,
    /// A `to_tsquery('simple', ..)` expression built by [`words_query`].
    pub words: Option<String>,
}

/// Each word of `raw` as a prefix, all required: "ada love" finds "Ada
/// Lovelace". Only letters and digits are kept, so nothing in the text is
/// read as tsquery syntax.
pub fn words_query(raw: &str) -> Option<String> {
    let words: Vec<String> = raw
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(10)
        .map(|w| format!("{}:*", w.to_lowercase()))
        .collect();
    (!words.is_empty()).then(|| words.join(" & "))
}

/// Most recently changed first, after the last `(updated_at, id)` seen.
pub async fn list(
    conn: &mut AsyncPgConnection,
    viewer: Viewer,
    filter: &CaseQuery,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<CaseRow>, DbError> {
    let mut query = cases::table
        .select(CaseRow::as_select())
        .order((cases::updated_at.desc(), cases::id.desc()))
        .limit(limit)
        .into_boxed();
    if let Viewer::Own(user_id) = viewer {
        query = query.filter(visible_to(user_id));
    }
    if let Some(status) = filter.status {
        query = query.filter(cases::status.eq(status.as_str()));
    }
    if let Some(priority) = filter.priority {
        query = query.filter(cases::priority.eq(priority.as_str()));
    }
    if let Some(words) = &filter.words {
        query = query.filter(
            sql::<Bool>("case_search_words(full_name, aliases) @@ to_tsquery('simple', ")
                .bind::<diesel::sql_types::Text, _>(words.clone())
                .sql(")"),
        );
    }
    if let Some((at, id)) = after {
        query = query.filter(
            cases::updated_at
                .lt(at)
                .or(cases::updated_at.eq(at).and(cases::id.lt(id))),
        );
    }
    Ok(query.load(conn).await?)
}

/// Holds the case's row until the transaction ends: changes to one case
/// (an update's read-merge-write, a photo's count and insert) take turns.
pub async fn lock(conn: &mut AsyncPgConnection, id: Uuid) -> Result<(), DbError> {
    cases::table
        .find(id)
        .select(cases::id)
        .for_update()
        .first::<Uuid>(conn)
        .await
        .optional()?;
    Ok(())
}

/// Writes the fields of an open case; None when it is no longer open
/// (closed or found meanwhile).
pub async fn update(conn: &mut AsyncPgConnection, id: Uuid, fields: &CaseFields) -> Result<Option<CaseRow>, DbError> {
    Ok(diesel::update(cases::table.find(id))
        .filter(cases::status.eq(CaseStatus::Open.as_str()))
        .set((fields, cases::updated_at.eq(diesel::dsl::now)))
        .returning(CaseRow::as_returning())
        .get_result(conn)
        .await
        .optional()?)
}

/// Moves an open case to `to`; None when it is no longer open.
pub async fn finish(conn: &mut AsyncPgConnection, id: Uuid, to: CaseStatus) -> Result<Option<CaseRow>, DbError> {
    Ok(diesel::update(cases::table.find(id))
        .filter(cases::status.eq(CaseStatus::Open.as_str()))
        .set((cases::status.eq(to.as_str()), cases::updated_at.eq(diesel::dsl::now)))
        .returning(CaseRow::as_returning())
        .get_result(conn)
        .await
        .optional()?)
}

pub async fn user_exists(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<bool, DbError> {
    Ok(diesel::select(diesel::dsl::exists(users::table.find(user_id)))
        .get_result(conn)
        .await?)
}

pub async fn grant(conn: &mut AsyncPgConnection, case_id: Uuid, user_id: Uuid, by: Uuid) -> Result<(), DbError> {
    diesel::insert_into(case_grants::table)
        .values((
            case_grants::case_id.eq(case_id),
            case_grants::user_id.eq(user_id),
            case_grants::granted_by.eq(by),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn revoke(conn: &mut AsyncPgConnection, case_id: Uuid, user_id: Uuid) -> Result<(), DbError> {
    diesel::delete(case_grants::table.find((case_id, user_id)))
        .execute(conn)
        .await?;
    Ok(())
}

/// A new image row, or the case's existing one with the same bytes.
pub struct NewImage<'a> {
    pub case_id: Uuid,
    pub uploader_id: Uuid,
    pub sha256: &'a [u8],
    pub storage_key: &'a str,
    pub mime_type: &'static str,
    pub size_bytes: i64,
    pub width: i32,
    pub height: i32,
    pub caption: &'a str,
}

/// Stores the image row; false with the existing row when the case already
/// holds these bytes.
pub async fn add_image(conn: &mut AsyncPgConnection, new: &NewImage<'_>) -> Result<(ImageRow, bool), DbError> {
    let inserted = diesel::insert_into(case_images::table)
        .values((
            case_images::id.eq(Uuid::now_v7()),
            case_images::case_id.eq(new.case_id),
            case_images::uploader_id.eq(new.uploader_id),
            case_images::sha256.eq(new.sha256),
            case_images::storage_key.eq(new.storage_key),
            case_images::mime_type.eq(new.mime_type),
            case_images::size_bytes.eq(new.size_bytes),
            case_images::width.eq(new.width),
            case_images::height.eq(new.height),
            case_images::caption.eq(new.caption),
        ))
        .on_conflict_do_nothing()
        .returning(ImageRow::as_returning())
        .get_result(conn)
        .await
        .optional()?;
    if let Some(row) = inserted {
        return Ok((row, true));
    }
    let existing = case_images::table
        .filter(
            case_images::case_id
                .eq(new.case_id)
                .and(case_images::sha256.eq(new.sha256)),
        )
        .select(ImageRow::as_select())
        .first(conn)
        .await?;
    Ok((existing, false))
}

pub async fn image_count(conn: &mut AsyncPgConnection, case_id: Uuid) -> Result<i64, DbError> {
    Ok(case_images::table
        .filter(case_images::case_id.eq(case_id))
        .count()
        .get_result(conn)
        .await?)
}

pub async fn images(conn: &mut AsyncPgConnection, case_id: Uuid, limit: i64) -> Result<Vec<ImageRow>, DbError> {
    Ok(case_images::table
        .filter(case_images::case_id.eq(case_id))
        .order((case_images::created_at, case_images::id))
        .limit(limit)
        .select(ImageRow::as_select())
        .load(conn)
        .await?)
}

pub async fn image(conn: &mut AsyncPgConnection, id: Uuid) -> Result<ImageRow, DbError> {
    Ok(case_images::table
        .find(id)
        .select(ImageRow::as_select())
        .first(conn)
        .await?)
}

/// Keeps the matcher's features of the photo; it is processed.
pub async fn set_features(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    features: &[u8],
    matcher: &str,
) -> Result<(), DbError> {
    diesel::update(case_images::table.find(id))
        .set((
            case_images::features.eq(features),
            case_images::matcher.eq(matcher),
            case_images::status.eq(ImageStatus::Done.as_str()),
            case_images::error.eq(""),
        ))
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn image_failed(conn: &mut AsyncPgConnection, id: Uuid, reason: &str) -> Result<(), DbError> {
    diesel::update(case_images::table.find(id))
        .set((
            case_images::status.eq(ImageStatus::Failed.as_str()),
            case_images::error.eq(reason),
        ))
        .execute(conn)
        .await?;
    Ok(())
}

/// Every photo `matcher` processed: (image, case, features).
pub async fn all_features(conn: &mut AsyncPgConnection, matcher: &str) -> Result<Vec<(Uuid, Uuid, Vec<u8>)>, DbError> {
    let rows: Vec<(Uuid, Uuid, Option<Vec<u8>>)> = case_images::table
        .filter(
            case_images::matcher
                .eq(matcher)
                .and(case_images::features.is_not_null()),
        )
        .select((case_images::id, case_images::case_id, case_images::features))
        .load(conn)
        .await?;
    Ok(rows.into_iter().filter_map(|(i, c, f)| Some((i, c, f?))).collect())
}

pub async fn images_by_id(conn: &mut AsyncPgConnection, ids: &[Uuid]) -> Result<Vec<ImageRow>, DbError> {
    Ok(case_images::table
        .filter(case_images::id.eq_any(ids))
        .select(ImageRow::as_select())
        .load(conn)
        .await?)
}

/// Whether any photo or sighting row still names `key` (the store's bytes are shared
/// by every case holding the same photo).
pub async fn key_in_use(conn: &mut AsyncPgConnection, key: &str) -> Result<bool, DbError> {
    let images = diesel::dsl::exists(case_images::table.filter(case_images::storage_key.eq(key)));
    let sightings = diesel::dsl::exists(case_sightings::table.filter(case_sightings::storage_key.eq(key)));
    Ok(diesel::select(images.or(sightings)).get_result(conn).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_words_are_prefixes_and_nothing_else() {
        assert_eq!(words_query("Ada  love"), Some("ada:* & love:*".into()));
        assert_eq!(words_query("a|b & !c:*"), Some("a:* & b:* & c:*".into()));
        assert_eq!(words_query(" ' ) "), None);
    }
}
