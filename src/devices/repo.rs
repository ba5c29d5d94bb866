//! Queries on devices and their relationships. Every query filters on the
//! owner (`user_id = caller`), so another user's id looks exactly like a
//! missing one. Each takes a connection so the caller decides the transaction;
//! the few that must be atomic on their own open a (nested) transaction.

use chrono::Utc;
use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::error::DevicesError;
use super::model::{
    DeviceChanges, DeviceFilter, DeviceRow, NewDevice, NewDeviceRow, NewRelationship, NewRelationshipRow,
    RelationshipRow,
};
use crate::error::DbError;
use crate::schema::{device_relationships, devices};

const ONE_PRIMARY_IDX: &str = "devices_one_primary_idx";
const PAIR_IDX: &str = "device_relationships_pair_idx";

type Result<T> = std::result::Result<T, DevicesError>;

/// Maps "no row" to the device the caller named.
fn device_error(device_id: Uuid) -> impl FnOnce(diesel::result::Error) -> DevicesError {
    move |err| match DbError::from(err) {
        DbError::NotFound => DevicesError::DeviceNotFound { device_id },
        DbError::UniqueViolation { constraint } if constraint == ONE_PRIMARY_IDX => DevicesError::PrimaryChanged,
        other => other.into(),
    }
}

/// Creates the device, or returns the one a previous call with the same
/// `request_id` created. A primary device replaces the previous primary one
/// in the same transaction.
#[tracing::instrument(skip(conn))]
pub async fn create_device(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    device: &NewDevice,
    request_id: Option<&str>,
) -> Result<DeviceRow> {
    conn.transaction::<_, DevicesError, _>(async |conn| {
        let row = NewDeviceRow {
            id: Uuid::now_v7(),
            user_id,
            name: device.name.as_str(),
            platform: device.platform.as_str(),
            device_type: device.device_type.as_str(),
            personality: device.personality.as_str(),
            nickname: device.nickname.as_str(),
            is_primary: false,
            request_id,
        };
        // Inserted as not primary, the only unique index it can hit is the
        // idempotency key's; a concurrent retry waits here for the first call.
        let inserted = diesel::insert_into(devices::table)
            .values(&row)
            .on_conflict_do_nothing()
            .returning(DeviceRow::as_returning())
            .get_result(conn)
            .await
            .optional()?;
        match inserted {
            Some(created) if device.is_primary => make_primary(conn, user_id, created.id).await,
            Some(created) => Ok(created),
            None => Ok(devices::table
                .filter(devices::user_id.eq(user_id).and(devices::request_id.eq(request_id)))
                .select(DeviceRow::as_select())
                .first(conn)
                .await?),
        }
    })
    .await
}

/// Unsets the user's current primary device and makes `device_id` primary.
/// Call inside a transaction: on NOT_FOUND the unset must roll back too.
async fn make_primary(conn: &mut AsyncPgConnection, user_id: Uuid, device_id: Uuid) -> Result<DeviceRow> {
    let now = Utc::now();
    diesel::update(
        devices::table.filter(
            devices::user_id
                .eq(user_id)
                .and(devices::is_primary)
                .and(devices::id.ne(device_id)),
        ),
    )
    .set((devices::is_primary.eq(false), devices::updated_at.eq(now)))
    .execute(conn)
    .await?;
    diesel::update(devices::table.filter(devices::user_id.eq(user_id).and(devices::id.eq(device_id))))
        .set((devices::is_primary.eq(true), devices::updated_at.eq(now)))
        .returning(DeviceRow::as_returning())
        .get_result(conn)
        .await
        .map_err(device_error(device_id))
}

#[tracing::instrument(skip(conn))]
pub async fn set_primary(conn: &mut AsyncPgConnection, user_id: Uuid, device_id: Uuid) -> Result<DeviceRow> {
    conn.transaction::<_, DevicesError, _>(async |conn| make_primary(conn, user_id, device_id).await)
        .await
}

#[tracing::instrument(skip(conn))]
pub async fn device(conn: &mut AsyncPgConnection, user_id: Uuid, device_id: Uuid) -> Result<DeviceRow> {
    devices::table
        .filter(devices::user_id.eq(user_id).and(devices::id.eq(device_id)))
        .select(DeviceRow::as_select())
        .first(conn)
        .await
        .map_err(device_error(device_id))
}

/// The user's devices in id (creation) order, after the last id already seen.
#[tracing::instrument(skip(conn))]
pub async fn list_devices(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    filter: &DeviceFilter,
    after: Option<Uuid>,
    limit: i64,
) -> std::result::Result<Vec<DeviceRow>, DbError> {
    let mut query = devices::table
        .filter(devices::user_id.eq(user_id))
        .select(DeviceRow::as_select())
        .into_boxed();
    if let Some(platform) = filter.platform {
        query = query.filter(devices::platform.eq(platform.as_str()));
    }
    if let Some(personality) = filter.personality {
        query = query.filter(devices::personality.eq(personality.as_str()));
    }
    if let Some(active) = filter.is_active {
        query = query.filter(devices::is_active.eq(active));
    }
    if let Some(after) = after {
        query = query.filter(devices::id.gt(after));
    }
    Ok(query.order(devices::id.asc()).limit(limit).load(conn).await?)
}

/// Every device id of the user, active or not, for domains that check
/// ownership of device data (usage).
#[tracing::instrument(skip(conn))]
pub async fn owned_device_ids(conn: &mut AsyncPgConnection, user_id: Uuid) -> std::result::Result<Vec<Uuid>, DbError> {
    Ok(devices::table
        .filter(devices::user_id.eq(user_id))
        .select(devices::id)
        .order(devices::id.asc())
        .load(conn)
        .await?)
}

/// The user's active device ids, by id: the devices that write journals.
#[tracing::instrument(skip(conn))]
pub async fn active_device_ids(conn: &mut AsyncPgConnection, user_id: Uuid) -> std::result::Result<Vec<Uuid>, DbError> {
    Ok(devices::table
        .filter(devices::user_id.eq(user_id).and(devices::is_active))
        .select(devices::id)
        .order(devices::id.asc())
        .load(conn)
        .await?)
}

#[tracing::instrument(skip(conn))]
pub async fn update_device(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    device_id: Uuid,
    changes: &DeviceChanges,
) -> Result<DeviceRow> {
    diesel::update(devices::table.filter(devices::user_id.eq(user_id).and(devices::id.eq(device_id))))
        .set((changes, devices::updated_at.eq(Utc::now())))
        .returning(DeviceRow::as_returning())
        .get_result(conn)
        .await
        .map_err(device_error(device_id))
}

/// Deletes the device; its apps, relationships and usage go with it
/// (foreign keys cascade).
#[tracing::instrument(skip(conn))]
pub async fn delete_device(conn: &mut AsyncPgConnection, user_id: Uuid, device_id: Uuid) -> Result<()> {
    let deleted = diesel::delete(devices::table.filter(devices::user_id.eq(user_id).and(devices::id.eq(device_id))))
        .execute(conn)
        .await?;
    if deleted == 0 {
        return Err(DevicesError::DeviceNotFound { device_id });
    }
    Ok(())
}

/// Stamps `last_synced_at` with the database clock, the clock usage rows'
/// `received_at` is written with, so it can serve as the next sync cursor.
#[tracing::instrument(skip(conn))]
pub async fn record_sync(conn: &mut AsyncPgConnection, user_id: Uuid, device_id: Uuid) -> Result<DeviceRow> {
    diesel::update(devices::table.filter(devices::user_id.eq(user_id).and(devices::id.eq(device_id))))
        .set(devices::last_synced_at.eq(diesel::dsl::now))
        .returning(DeviceRow::as_returning())
        .get_result(conn)
        .await
        .map_err(device_error(device_id))
}

#[tracing::instrument(skip(conn))]
async fn relationship_by_request(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    request_id: &str,
) -> Result<Option<RelationshipRow>> {
    Ok(device_relationships::table
        .filter(
            device_relationships::user_id
                .eq(user_id)
                .and(device_relationships::request_id.eq(request_id)),
        )
        .select(RelationshipRow::as_select())
        .first(conn)
        .await
        .optional()?)
}

/// Relates two of the user's devices, or returns the relationship a previous
/// call with the same `request_id` created. A pair is related once, in
/// either order.
#[tracing::instrument(skip(conn))]
pub async fn create_relationship(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    relationship: &NewRelationship,
    request_id: Option<&str>,
) -> Result<RelationshipRow> {
    if let Some(key) = request_id {
        if let Some(first) = relationship_by_request(conn, user_id, key).await? {
            return Ok(first);
        }
    }
    let (a, b) = (relationship.device_a_id, relationship.device_b_id);
    let created = conn
        .transaction::<_, DevicesError, _>(async |conn| {
            // Key-share locks keep both devices from being deleted before the
            // insert commits.
            let owned: Vec<Uuid> = devices::table
                .filter(devices::user_id.eq(user_id).and(devices::id.eq_any([a, b])))
                .select(devices::id)
                .for_key_share()
                .load(conn)
                .await?;
            if let Some(missing) = [a, b].into_iter().find(|id| !owned.contains(id)) {
                return Err(DevicesError::DeviceNotFound { device_id: missing });
            }
            let row = NewRelationshipRow {
                id: Uuid::now_v7(),
                user_id,
                device_a_id: a,
                device_b_id: b,
                kind: relationship.kind.as_str(),
                note: relationship.note.as_str(),
                request_id,
            };
            Ok(diesel::insert_into(device_relationships::table)
                .values(&row)
                .returning(RelationshipRow::as_returning())
                .get_result(conn)
                .await?)
        })
        .await;
    match created {
        Err(DevicesError::Db(DbError::UniqueViolation { constraint })) => {
            // A concurrent retry with the same key may have committed first.
            if let Some(key) = request_id {
                if let Some(first) = relationship_by_request(conn, user_id, key).await? {
                    return Ok(first);
                }
            }
            if constraint == PAIR_IDX {
                Err(DevicesError::RelationshipExists)
            } else {
                Err(DbError::UniqueViolation { constraint }.into())
            }
        }
        other => other,
    }
}

/// The user's relationships in id order, those involving `device_id` only
/// when it is set.
#[tracing::instrument(skip(conn))]
pub async fn list_relationships(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    device_id: Option<Uuid>,
    after: Option<Uuid>,
    limit: i64,
) -> std::result::Result<Vec<RelationshipRow>, DbError> {
    let mut query = device_relationships::table
        .filter(device_relationships::user_id.eq(user_id))
        .select(RelationshipRow::as_select())
        .into_boxed();
    if let Some(device) = device_id {
        query = query.filter(
            device_relationships::device_a_id
                .eq(device)
                .or(device_relationships::device_b_id.eq(device)),
        );
    }
    if let Some(after) = after {
        query = query.filter(device_relationships::id.gt(after));
    }
    Ok(query
        .order(device_relationships::id.asc())
        .limit(limit)
        .load(conn)
        .await?)
}

#[tracing::instrument(skip(conn))]
pub async fn delete_relationship(conn: &mut AsyncPgConnection, user_id: Uuid, relationship_id: Uuid) -> Result<()> {
    let deleted = diesel::delete(
        device_relationships::table.filter(
            device_relationships::user_id
                .eq(user_id)
                .and(device_relationships::id.eq(relationship_id)),
        ),
    )
    .execute(conn)
    .await?;
    if deleted == 0 {
        return Err(DevicesError::RelationshipNotFound);
    }
    Ok(())
}

/// A user's active devices, the first 100 by id: what their friends see.
#[tracing::instrument(skip(conn))]
pub async fn active_devices(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
) -> std::result::Result<Vec<DeviceRow>, DbError> {
    Ok(devices::table
        .filter(devices::user_id.eq(user_id).and(devices::is_active))
        .order(devices::id)
        .limit(100)
        .select(DeviceRow::as_select())
        .load(conn)
        .await?)
}

/// An active device by id, whoever owns it, locked until the transaction
/// ends (FOR NO KEY UPDATE). Callers check the owner is someone the caller
/// may see.
#[tracing::instrument(skip(conn))]
pub async fn lock_active_device(
    conn: &mut AsyncPgConnection,
    device_id: Uuid,
) -> std::result::Result<Option<DeviceRow>, DbError> {
    Ok(devices::table
        .filter(devices::id.eq(device_id).and(devices::is_active))
        .select(DeviceRow::as_select())
        .for_no_key_update()
        .first(conn)
        .await
        .optional()?)
}

/// Devices by id, whoever owns them and active or not: for domains that
/// show a device they already hold a reference to (a visit's device).
#[tracing::instrument(skip_all, fields(devices = ids.len()))]
pub async fn by_ids(conn: &mut AsyncPgConnection, ids: &[Uuid]) -> std::result::Result<Vec<DeviceRow>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(devices::table
        .filter(devices::id.eq_any(ids))
        .select(DeviceRow::as_select())
        .load(conn)
        .await?)
}
