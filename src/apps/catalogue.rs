//! The shared app catalogue as other domains use it: categories by name, and
//! find-or-add of apps by bundle id (usage uploads and AddDeviceApp).

use std::collections::HashMap;

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::error::DbError;
use crate::proto::apps::v1 as pb;
use crate::schema::apps;

/// The stored code of a category ("social", ...); None for UNSPECIFIED.
pub fn category_code(category: pb::AppCategory) -> Option<&'static str> {
    Some(match category {
        pb::AppCategory::Unspecified => return None,
        pb::AppCategory::Social => "social",
        pb::AppCategory::Entertainment => "entertainment",
        pb::AppCategory::Productivity => "productivity",
        pb::AppCategory::Games => "games",
        pb::AppCategory::Education => "education",
        pb::AppCategory::Health => "health",
        pb::AppCategory::Communication => "communication",
        pb::AppCategory::News => "news",
        pb::AppCategory::Utilities => "utilities",
        pb::AppCategory::Other => "other",
    })
}

pub fn category_from_code(code: &str) -> pb::AppCategory {
    pb::AppCategory::from_str_name(&format!("APP_CATEGORY_{}", code.to_uppercase())).unwrap_or(pb::AppCategory::Other)
}

/// A default personality for a new catalogue app, from its category, so apps
/// have a voice before anyone picks one.
pub fn default_personality(category: &str) -> &'static str {
    match category {
        "social" => "social_butterfly",
        "entertainment" => "addictive",
        "productivity" => "productive",
        "games" => "competitive",
        "education" => "educational",
        "health" => "zen",
        "communication" => "needy",
        "news" => "dramatic",
        "utilities" => "helpful",
        _ => "chill",
    }
}

/// An app as a device reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportedApp {
    pub bundle_id: String,
    /// Empty: the bundle id stands in.
    pub name: String,
    /// A category code; None means "other".
    pub category: Option<&'static str>,
}

/// Ids of the given bundle ids, adding unknown apps to the catalogue. Known
/// apps keep their name and category (only admins edit those). Returns the
/// map and how many apps were new.
#[tracing::instrument(skip_all, fields(apps = reported.len()))]
pub async fn ensure(
    conn: &mut AsyncPgConnection,
    reported: &[ReportedApp],
) -> Result<(HashMap<String, Uuid>, usize), DbError> {
    if reported.is_empty() {
        return Ok((HashMap::new(), 0));
    }
    let mut seen = std::collections::HashSet::new();
    let rows: Vec<_> = reported
        .iter()
        .filter(|app| seen.insert(app.bundle_id.as_str()))
        .map(|app| {
            let category = app.category.unwrap_or("other");
            let name = if app.name.trim().is_empty() {
                &app.bundle_id
            } else {
                app.name.trim()
            };
            (
                apps::id.eq(Uuid::now_v7()),
                apps::bundle_id.eq(app.bundle_id.clone()),
                apps::name.eq(name.chars().take(200).collect::<String>()),
                apps::category.eq(category),
                apps::default_personality.eq(default_personality(category)),
            )
        })
        .collect();
    let new = diesel::insert_into(apps::table)
        .values(&rows)
        .on_conflict(apps::bundle_id)
        .do_nothing()
        .execute(conn)
        .await?;
    let bundles: Vec<&str> = seen.into_iter().collect();
    let ids: Vec<(String, Uuid)> = apps::table
        .filter(apps::bundle_id.eq_any(&bundles))
        .select((apps::bundle_id, apps::id))
        .load(conn)
        .await?;
    Ok((ids.into_iter().collect(), new))
}

pub fn personality_from_code(code: &str) -> pb::AppPersonality {
    pb::AppPersonality::from_str_name(&format!("APP_PERSONALITY_{}", code.to_uppercase()))
        .unwrap_or(pb::AppPersonality::Unspecified)
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
