//! The shared app catalogue as other domains use it: categories by name, and
//! find-or-add of apps by bundle id (usage uploads and AddDeviceApp), and
//! the rule every reader follows for an app's name and category: the user's
//! own report (`app_reports`), else the catalogue's (set by admins). SQL
//! readers join `app_reports r ON r.user_id = <the user> AND r.app_id = a.id`
//! and select `coalesce(r.name, a.name)`, `coalesce(r.category, a.category)`.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel::sql_types::{Array, Nullable, Text};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::error::DbError;
use crate::proto::apps::v1 as pb;
use crate::schema::apps;

crate::stored_enum! {
    /// What kind of app it is, stored by code ("social", ...), a key of
    /// `app_categories`.
    pub enum Category: pb::AppCategory {
        Social => "social",
        Entertainment => "entertainment",
        Productivity => "productivity",
        Games => "games",
        Education => "education",
        Health => "health",
        Communication => "communication",
        News => "news",
        Utilities => "utilities",
        Other => "other",
    }
}

crate::stored_enum! {
    /// How an app talks when it becomes a character.
    pub enum Personality: pb::AppPersonality {
        AttentionSeeking => "attention_seeking",
        Addictive => "addictive",
        Productive => "productive",
        TimeWaster => "time_waster",
        Educational => "educational",
        SocialButterfly => "social_butterfly",
        Introvert => "introvert",
        Dramatic => "dramatic",
        Zen => "zen",
        Competitive => "competitive",
        Helpful => "helpful",
        Annoying => "annoying",
        Needy => "needy",
        Chill => "chill",
        Toxic => "toxic",
        Wholesome => "wholesome",
    }
}

/// The stored code of a category ("social", ...); None for UNSPECIFIED.
pub fn category_code(category: pb::AppCategory) -> Option<&'static str> {
    Category::try_from(category).ok().map(Category::as_str)
}

pub fn category_from_code(code: &str) -> pb::AppCategory {
    Category::from_stored(code).map_or(pb::AppCategory::Other, pb::AppCategory::from)
}

/// A default personality for a new catalogue app, from its category, so apps
/// have a voice before anyone picks one.
pub fn default_personality(category: &str) -> &'static str {
    match Category::from_stored(category) {
        Some(Category::Social) => Personality::SocialButterfly,
        Some(Category::Entertainment) => Personality::Addictive,
        Some(Category::Productivity) => Personality::Productive,
        Some(Category::Games) => Personality::Competitive,
        Some(Category::Education) => Personality::Educational,
        Some(Category::Health) => Personality::Zen,
        Some(Category::Communication) => Personality::Needy,
        Some(Category::News) => Personality::Dramatic,
        Some(Category::Utilities) => Personality::Helpful,
        Some(Category::Other) | None => Personality::Chill,
    }
    .as_str()
}

/// An app as a device reports it. The name and category are what this
/// user's device says: they are kept for this user only (`app_reports`),
/// never written to the shared catalogue, whose name and category only
/// admins set. Readers show a user their own report, else the catalogue's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportedApp {
    pub bundle_id: String,
    /// A validated name (`AppName`); empty: not reported.
    pub name: String,
    /// A category code; None: not reported.
    pub category: Option<&'static str>,
}

#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error(transparent)]
    Db(#[from] DbError),
    /// The user's devices already reported as many distinct apps as allowed.
    #[error("at most {limit} distinct apps per user")]
    TooManyApps { limit: u32 },
}

impl From<diesel::result::Error> for CatalogueError {
    fn from(err: diesel::result::Error) -> Self {
        CatalogueError::Db(err.into())
    }
}

// A user's first report of each field stays (as a device app stays as it
// was added); later reports only fill what is missing, so a known app
// writes nothing.
const UPSERT_REPORTS: &str = "
    INSERT INTO app_reports AS r (user_id, app_id, name, category)
    SELECT $1, a.id, x.name, x.category
    FROM unnest($2::text[], $3::text[], $4::text[]) AS x (bundle_id, name, category)
    JOIN apps a ON a.bundle_id = x.bundle_id
    ON CONFLICT (user_id, app_id) DO UPDATE SET
        name = coalesce(r.name, EXCLUDED.name), category = coalesce(r.category, EXCLUDED.category),
        updated_at = now()
    WHERE (r.name IS NULL AND EXCLUDED.name IS NOT NULL)
       OR (r.category IS NULL AND EXCLUDED.category IS NOT NULL)";

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    count: i64,
}

/// Ids of the given bundle ids, adding unknown apps to the catalogue under
/// their bundle id and category "other" (an admin names them), and keeping
/// what `user_id` reported in their own `app_reports`. Fails, writing
/// nothing, when the user would have more than `max_apps` distinct apps.
/// Returns the map and how many apps were new to the catalogue.
#[tracing::instrument(skip_all, fields(apps = reported.len()))]
pub async fn ensure(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    reported: &[ReportedApp],
    max_apps: u32,
) -> Result<(HashMap<String, Uuid>, usize), CatalogueError> {
    if reported.is_empty() {
        return Ok((HashMap::new(), 0));
    }
    let mut seen = std::collections::HashSet::new();
    let reported: Vec<&ReportedApp> = reported
        .iter()
        .filter(|app| seen.insert(app.bundle_id.as_str()))
        .collect();
    let rows: Vec<_> = reported
        .iter()
        .map(|app| {
            (
                apps::id.eq(Uuid::now_v7()),
                apps::bundle_id.eq(app.bundle_id.clone()),
                apps::name.eq(app.bundle_id.chars().take(200).collect::<String>()),
                apps::category.eq("other"),
                apps::default_personality.eq(default_personality("other")),
            )
        })
        .collect();
    let bundles: Vec<String> = reported.iter().map(|a| a.bundle_id.clone()).collect();
    let names: Vec<Option<String>> = reported
        .iter()
        .map(|a| Some(a.name.clone()).filter(|n| !n.is_empty()))
        .collect();
    let categories: Vec<Option<&str>> = reported.iter().map(|a| a.category).collect();
    conn.transaction::<_, CatalogueError, _>(async |conn| {
        let new = diesel::insert_into(apps::table)
            .values(&rows)
            .on_conflict(apps::bundle_id)
            .do_nothing()
            .execute(conn)
            .await?;
        let ids: Vec<(String, Uuid)> = apps::table
            .filter(apps::bundle_id.eq_any(&bundles))
            .select((apps::bundle_id, apps::id))
            .load(conn)
            .await?;
        diesel::sql_query(UPSERT_REPORTS)
            .bind::<diesel::sql_types::Uuid, _>(user_id)
            .bind::<Array<Text>, _>(&bundles)
            .bind::<Array<Nullable<Text>>, _>(&names)
            .bind::<Array<Nullable<Text>>, _>(&categories)
            .execute(conn)
            .await?;
        let reports: Count = diesel::sql_query("SELECT count(*) AS count FROM app_reports WHERE user_id = $1")
            .bind::<diesel::sql_types::Uuid, _>(user_id)
            .get_result(conn)
            .await?;
        if reports.count > i64::from(max_apps) {
            return Err(CatalogueError::TooManyApps { limit: max_apps });
        }
        Ok((ids.into_iter().collect(), new))
    })
    .await
}

pub fn personality_from_code(code: &str) -> pb::AppPersonality {
    Personality::from_stored(code).map_or(pb::AppPersonality::Unspecified, pb::AppPersonality::from)
}

/// A catalogue entry as the API shows it.
pub fn app_message(
    id: Uuid,
    bundle_id: String,
    name: String,
    category: &str,
    default_personality: &str,
    created_at: chrono::DateTime<chrono::Utc>,
) -> pb::App {
    pb::App {
        id: id.to_string(),
        bundle_id,
        name,
        category: category_from_code(category) as i32,
        default_personality: personality_from_code(default_personality) as i32,
        create_time: Some(crate::proto::timestamp(created_at)),
    }
}

/// Bundle ids of catalogue apps, by id.
#[tracing::instrument(skip(conn))]
pub async fn bundle_ids(conn: &mut AsyncPgConnection, ids: &[Uuid]) -> Result<HashMap<Uuid, String>, DbError> {
    let rows: Vec<(Uuid, String)> = apps::table
        .filter(apps::id.eq_any(ids))
        .select((apps::id, apps::bundle_id))
        .load(conn)
        .await?;
    Ok(rows.into_iter().collect())
}
