//! Queries on the catalogue, device apps and app relationships. Each takes a
//! connection so the caller decides the transaction. Every query on device
//! apps and relationships is scoped by `user_id = caller` in its own SQL, so
//! another user's row looks exactly like a missing one.

use chrono::Utc;
use diesel::dsl::AsSelect;
use diesel::pg::Pg;
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::model::{
    AppChanges, AppRow, CategoryRow, DeviceApp, DeviceAppChanges, DeviceAppRow, NewRelationship, RelationshipRow,
};
use crate::error::DbError;
use crate::schema::{app_categories, app_relationships, app_reports, apps, device_apps, devices};

/// A LIKE pattern matching `text` anywhere, with `\`, `%` and `_` taken
/// literally.
pub fn contains_pattern(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() + 2);
    pattern.push('%');
    for c in text.chars() {
        if matches!(c, '\\' | '%' | '_') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

#[derive(Debug, Default, Clone)]
pub struct AppSearch {
    /// Matched case-insensitively anywhere in the name or bundle id.
    pub query: Option<String>,
    pub category: Option<&'static str>,
}

/// Ordered by (name, id), after the last (name, id) already seen. An app
/// renamed while a client pages may move to a page already read or not yet
/// read; every other app is returned exactly once.
#[tracing::instrument(skip(conn))]
pub async fn search_apps(
    conn: &mut AsyncPgConnection,
    search: &AppSearch,
    after: Option<(String, Uuid)>,
    limit: i64,
) -> Result<Vec<AppRow>, DbError> {
    let mut query = apps::table.select(AppRow::as_select()).into_boxed();
    if let Some(text) = &search.query {
        let pattern = contains_pattern(text);
        query = query.filter(
            apps::name
                .ilike(pattern.clone())
                .escape('\\')
                .or(apps::bundle_id.ilike(pattern).escape('\\')),
        );
    }
    if let Some(category) = search.category {
        query = query.filter(apps::category.eq(category));
    }
    if let Some((name, id)) = after {
        query = query.filter(apps::name.gt(name.clone()).or(apps::name.eq(name).and(apps::id.gt(id))));
    }
    Ok(query
        .order((apps::name.asc(), apps::id.asc()))
        .limit(limit)
        .load(conn)
        .await?)
}

/// An app by id or, when `key` is not one, by bundle id.
#[tracing::instrument(skip(conn))]
pub async fn app_by_id_or_bundle(conn: &mut AsyncPgConnection, key: &str) -> Result<Option<AppRow>, DbError> {
    let mut query = apps::table
        .select(AppRow::as_select())
        .filter(apps::bundle_id.eq(key))
        .into_boxed();
    if let Ok(id) = Uuid::parse_str(key) {
        query = query.or_filter(apps::id.eq(id));
    }
    Ok(query.first(conn).await.optional()?)
}

#[tracing::instrument(skip(conn))]
pub async fn categories(conn: &mut AsyncPgConnection) -> Result<Vec<CategoryRow>, DbError> {
    Ok(app_categories::table
        .select(CategoryRow::as_select())
        .order(app_categories::position.asc())
        .load(conn)
        .await?)
}

#[tracing::instrument(skip(conn))]
pub async fn update_app(conn: &mut AsyncPgConnection, id: Uuid, changes: &AppChanges) -> Result<AppRow, DbError> {
    Ok(diesel::update(apps::table.find(id))
        .set((changes, apps::updated_at.eq(Utc::now())))
        .returning(AppRow::as_returning())
        .get_result(conn)
        .await?)
}

/// Whether the device is the caller's. The devices domain owns the table;
/// this read of ownership is the one place apps looks at it. The row is
/// key-share locked so the device cannot vanish before the caller's
/// transaction inserts rows that refer to it.
#[tracing::instrument(skip(conn))]
pub async fn lock_own_device(conn: &mut AsyncPgConnection, user_id: Uuid, device_id: Uuid) -> Result<bool, DbError> {
    let found: Option<Uuid> = devices::table
        .filter(devices::id.eq(device_id).and(devices::user_id.eq(user_id)))
        .select(devices::id)
        .for_key_share()
        .first(conn)
        .await
        .optional()?;
    Ok(found.is_some())
}

/// Puts an app on a device unless it is there already.
#[tracing::instrument(skip(conn))]
pub async fn insert_device_app(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    device_id: Uuid,
    app_id: Uuid,
    nickname: &str,
    personality_override: Option<&str>,
) -> Result<(), DbError> {
    diesel::insert_into(device_apps::table)
        .values((
            device_apps::id.eq(Uuid::now_v7()),
            device_apps::user_id.eq(user_id),
            device_apps::device_id.eq(device_id),
            device_apps::app_id.eq(app_id),
            device_apps::nickname.eq(nickname),
            device_apps::personality_override.eq(personality_override),
        ))
        .on_conflict((device_apps::device_id, device_apps::app_id))
        .do_nothing()
        .execute(conn)
        .await?;
    Ok(())
}

/// The caller's device apps joined with their catalogue apps.
#[diesel::dsl::auto_type]
fn own_device_apps(user_id: Uuid) -> _ {
    let columns: (AsSelect<DeviceAppRow, Pg>, AsSelect<AppRow, Pg>) = (DeviceAppRow::as_select(), AppRow::as_select());
    device_apps::table
        .inner_join(apps::table)
        .filter(device_apps::user_id.eq(user_id))
        .select(columns)
}

/// Device apps with the name and category the user reported for each app,
/// else the catalogue's: never another user's report.
async fn as_reported(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    rows: Vec<(DeviceAppRow, AppRow)>,
) -> Result<Vec<DeviceApp>, DbError> {
    let ids: Vec<Uuid> = rows.iter().map(|(_, app)| app.id).collect();
    let reports: std::collections::HashMap<Uuid, (Option<String>, Option<String>)> = app_reports::table
        .filter(app_reports::user_id.eq(user_id).and(app_reports::app_id.eq_any(&ids)))
        .select((app_reports::app_id, (app_reports::name, app_reports::category)))
        .load::<(Uuid, (Option<String>, Option<String>))>(conn)
        .await?
        .into_iter()
        .collect();
    Ok(rows
        .into_iter()
        .map(|(row, mut app)| {
            // The same app may be on several devices: each gets the report.
            if let Some((name, category)) = reports.get(&app.id) {
                app.name = name.clone().unwrap_or(app.name);
                if let Some(category) = category {
                    // Until an admin files the app under a category, the one
                    // the user reported also gives its voice for them.
                    if app.category == "other" {
                        app.default_personality = super::catalogue::default_personality(category).to_owned();
                    }
                    app.category = category.clone();
                }
            }
            DeviceApp { row, app }
        })
        .collect())
}

#[tracing::instrument(skip(conn))]
pub async fn device_app(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<DeviceApp, DbError> {
    let row: (DeviceAppRow, AppRow) = own_device_apps(user_id)
        .filter(device_apps::id.eq(id))
        .first(conn)
        .await?;
    Ok(as_reported(conn, user_id, vec![row]).await?.remove(0))
}

#[tracing::instrument(skip(conn))]
pub async fn device_app_on(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    device_id: Uuid,
    app_id: Uuid,
) -> Result<DeviceApp, DbError> {
    let row: (DeviceAppRow, AppRow) = own_device_apps(user_id)
        .filter(device_apps::device_id.eq(device_id).and(device_apps::app_id.eq(app_id)))
        .first(conn)
        .await?;
    Ok(as_reported(conn, user_id, vec![row]).await?.remove(0))
}

#[derive(Debug, Default, Clone)]
pub struct DeviceAppFilter {
    pub device_id: Option<Uuid>,
    pub favorites_only: bool,
}

/// Ordered by id (time-ordered UUIDv7: the order apps were added), after the
/// last id already seen.
#[tracing::instrument(skip(conn))]
pub async fn list_device_apps(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    filter: &DeviceAppFilter,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<DeviceApp>, DbError> {
    let mut query = own_device_apps(user_id).into_boxed();
    if let Some(device_id) = filter.device_id {
        query = query.filter(device_apps::device_id.eq(device_id));
    }
    if filter.favorites_only {
        query = query.filter(device_apps::is_favorite);
    }
    if let Some(after) = after {
        query = query.filter(device_apps::id.gt(after));
    }
    let rows: Vec<(DeviceAppRow, AppRow)> = query.order(device_apps::id.asc()).limit(limit).load(conn).await?;
    as_reported(conn, user_id, rows).await
}

/// NotFound unless the device app is the caller's.
#[tracing::instrument(skip(conn))]
pub async fn update_device_app(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    id: Uuid,
    changes: &DeviceAppChanges,
) -> Result<DeviceApp, DbError> {
    diesel::update(device_apps::table.filter(device_apps::id.eq(id).and(device_apps::user_id.eq(user_id))))
        .set((changes, device_apps::updated_at.eq(Utc::now())))
        .returning(device_apps::id)
        .get_result::<Uuid>(conn)
        .await?;
    device_app(conn, user_id, id).await
}

/// Flips is_favorite in one statement, so two toggles never cancel into one.
#[tracing::instrument(skip(conn))]
pub async fn toggle_favorite(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<DeviceApp, DbError> {
    diesel::update(device_apps::table.filter(device_apps::id.eq(id).and(device_apps::user_id.eq(user_id))))
        .set((
            device_apps::is_favorite.eq(diesel::dsl::not(device_apps::is_favorite)),
            device_apps::updated_at.eq(Utc::now()),
        ))
        .returning(device_apps::id)
        .get_result::<Uuid>(conn)
        .await?;
    device_app(conn, user_id, id).await
}

/// Whether a row was removed; its relationships go with it (cascade).
#[tracing::instrument(skip(conn))]
pub async fn remove_device_app(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<bool, DbError> {
    let removed =
        diesel::delete(device_apps::table.filter(device_apps::id.eq(id).and(device_apps::user_id.eq(user_id))))
            .execute(conn)
            .await?;
    Ok(removed > 0)
}

/// Which of `ids` are the caller's device apps, key-share locked so they stay
/// until the caller's transaction has inserted what refers to them.
#[tracing::instrument(skip(conn))]
pub async fn lock_own_device_apps(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    ids: &[Uuid],
) -> Result<Vec<Uuid>, DbError> {
    Ok(device_apps::table
        .filter(device_apps::id.eq_any(ids).and(device_apps::user_id.eq(user_id)))
        .select(device_apps::id)
        .for_key_share()
        .load(conn)
        .await?)
}

#[tracing::instrument(skip(conn))]
pub async fn relationship_by_request(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    request_id: &str,
) -> Result<Option<RelationshipRow>, DbError> {
    Ok(app_relationships::table
        .filter(app_relationships::user_id.eq(user_id))
        .filter(app_relationships::request_id.eq(request_id))
        .select(RelationshipRow::as_select())
        .first(conn)
        .await
        .optional()?)
}

/// None when a unique index refused the row: the pair is already related
/// (app_relationships_pair_idx, either way round) or the request id was
/// used (app_relationships_request_idx). Doing nothing on conflict, rather
/// than failing, leaves the transaction usable to find out which.
#[tracing::instrument(skip(conn))]
pub async fn insert_relationship(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    new: &NewRelationship,
) -> Result<Option<RelationshipRow>, DbError> {
    Ok(diesel::insert_into(app_relationships::table)
        .values((
            app_relationships::id.eq(Uuid::now_v7()),
            app_relationships::user_id.eq(user_id),
            app_relationships::device_app_a_id.eq(new.device_app_a_id),
            app_relationships::device_app_b_id.eq(new.device_app_b_id),
            app_relationships::kind.eq(new.kind),
            app_relationships::note.eq(new.note.as_str()),
            app_relationships::request_id.eq(new.request_id.as_deref()),
        ))
        .on_conflict_do_nothing()
        .returning(RelationshipRow::as_returning())
        .get_result(conn)
        .await
        .optional()?)
}

/// Ordered by id, after the last id already seen; with `device_app_id`, only
/// the relationships it is on either side of.
#[tracing::instrument(skip(conn))]
pub async fn list_relationships(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    device_app_id: Option<Uuid>,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<RelationshipRow>, DbError> {
    let mut query = app_relationships::table
        .filter(app_relationships::user_id.eq(user_id))
        .select(RelationshipRow::as_select())
        .into_boxed();
    if let Some(id) = device_app_id {
        query = query.filter(
            app_relationships::device_app_a_id
                .eq(id)
                .or(app_relationships::device_app_b_id.eq(id)),
        );
    }
    if let Some(after) = after {
        query = query.filter(app_relationships::id.gt(after));
    }
    Ok(query.order(app_relationships::id.asc()).limit(limit).load(conn).await?)
}

/// Whether a row was deleted.
#[tracing::instrument(skip(conn))]
pub async fn delete_relationship(conn: &mut AsyncPgConnection, user_id: Uuid, id: Uuid) -> Result<bool, DbError> {
    let deleted = diesel::delete(
        app_relationships::table.filter(app_relationships::id.eq(id).and(app_relationships::user_id.eq(user_id))),
    )
    .execute(conn)
    .await?;
    Ok(deleted > 0)
}

/// The user's device apps of the given catalogue apps, as (device app,
/// device, app) ids, by device app id.
#[tracing::instrument(skip(conn))]
pub async fn device_apps_of(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    app_ids: &[Uuid],
) -> Result<Vec<(Uuid, Uuid, Uuid)>, DbError> {
    Ok(device_apps::table
        .filter(
            device_apps::user_id
                .eq(user_id)
                .and(device_apps::app_id.eq_any(app_ids)),
        )
        .select((device_apps::id, device_apps::device_id, device_apps::app_id))
        .order(device_apps::id)
        .load(conn)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_wildcards_are_taken_literally() {
        assert_eq!(contains_pattern("insta"), "%insta%");
        assert_eq!(contains_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
        assert_eq!(contains_pattern(""), "%%");
    }
}
