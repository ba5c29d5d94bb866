//! The apps calls whose rules span several statements or repos (catalogue,
//! device apps, the audit trail); each commits in one transaction.

use diesel_async::{AsyncConnection, AsyncPgConnection};
use uuid::Uuid;

use super::catalogue::{self, ReportedApp};
use super::error::{or_not_found, AppsError};
use super::model::{AppChanges, AppRow, DeviceApp, NewDeviceApp, NewRelationship, RelationshipRow};
use super::repo;
use crate::audit::{self, AuditEntry};

type Result<T> = std::result::Result<T, AppsError>;

/// Puts an app on one of the caller's devices, adding it to the catalogue if
/// its bundle id is new; the name and category given are the caller's own
/// report of the app (see `catalogue::ensure`). Adding an app the device already has returns the
/// device app as it is.
/// `max_apps`: the most distinct apps a user's devices may report.
pub async fn add_device_app(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    new: NewDeviceApp,
    max_apps: u32,
) -> Result<DeviceApp> {
    conn.transaction::<_, AppsError, _>(async |conn| {
        // Checked before the catalogue is touched, so nobody adds apps
        // through a device that is not theirs.
        if !repo::lock_own_device(conn, user_id, new.device_id).await? {
            return Err(AppsError::DeviceNotFound);
        }
        let reported = ReportedApp {
            bundle_id: new.bundle_id.as_str().to_owned(),
            name: new.name.as_ref().map(|n| n.as_str().to_owned()).unwrap_or_default(),
            category: new.category,
        };
        let (ids, _) = catalogue::ensure(conn, user_id, std::slice::from_ref(&reported), max_apps).await?;
        // ensure answers for every bundle id it is given.
        let app_id = *ids.get(new.bundle_id.as_str()).ok_or(AppsError::AppNotFound)?;
        repo::insert_device_app(
            conn,
            user_id,
            new.device_id,
            app_id,
            new.nickname.as_str(),
            new.personality_override,
        )
        .await?;
        Ok(repo::device_app_on(conn, user_id, new.device_id, app_id).await?)
    })
    .await
}

/// An admin's edit of a catalogue app, recorded in the audit trail.
pub async fn update_app(
    conn: &mut AsyncPgConnection,
    admin: Uuid,
    peer: &str,
    id: Uuid,
    changes: AppChanges,
    paths: &[String],
) -> Result<AppRow> {
    conn.transaction::<_, AppsError, _>(async |conn| {
        let app = repo::update_app(conn, id, &changes)
            .await
            .map_err(or_not_found(AppsError::AppNotFound))?;
        let entry = AuditEntry::new("app.updated", "app", id)
            .actor(admin)
            .ip(peer)
            .meta("fields", paths.join(","));
        audit::record(conn, entry).await?;
        Ok(app)
    })
    .await
}

/// Relates two of the caller's device apps. A retry with the same request id
/// returns the first result.
pub async fn create_relationship(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    new: NewRelationship,
) -> Result<RelationshipRow> {
    conn.transaction::<_, AppsError, _>(async |conn| {
        let pair = [new.device_app_a_id, new.device_app_b_id];
        if repo::lock_own_device_apps(conn, user_id, &pair).await?.len() < pair.len() {
            return Err(AppsError::DeviceAppNotFound);
        }
        if let Some(created) = repo::insert_relationship(conn, user_id, &new).await? {
            return Ok(created);
        }
        // Refused by a unique index: a retry (or a concurrent twin) of a
        // create whose request id is already stored gets that first result;
        // otherwise the pair is taken.
        if let Some(request_id) = &new.request_id {
            if let Some(first) = repo::relationship_by_request(conn, user_id, request_id).await? {
                return Ok(first);
            }
        }
        Err(AppsError::RelationshipExists)
    })
    .await
}
