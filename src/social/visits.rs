//! Device visits: a friend's device spends a while in the host's device
//! group. Only the host and the visitor see a visit, and neither does while
//! one of them blocks the other. Starting a visit with a conversation
//! enqueues the job that writes it in the same transaction.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::dsl::not;
use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde_json::json;
use uuid::Uuid;

use super::error::SocialError;
use super::model::{NewVisit, SharedDeviceRow, VisitRow};
use crate::error::DbError;
use crate::jobs::{JobContext, JobResult, Kind};
use crate::notify::{self, Notice};
use crate::schema::device_visits;

type Result<T, E = SocialError> = std::result::Result<T, E>;

/// The job that writes a visit's conversation.
pub const CONVERSATION_JOB: Kind<VisitJob> = Kind::new("visit_conversation");

/// The visit a conversation job writes for.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct VisitJob {
    pub visit_id: Uuid,
}

/// A visit as stored; the people's names and the device are their owners'
/// to give.
#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = device_visits)]
struct Visit {
    id: Uuid,
    host_id: Uuid,
    visitor_id: Uuid,
    visiting_device_id: Uuid,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    ended_at: Option<DateTime<Utc>>,
    conversation_requested: bool,
    host_conversation_id: Option<Uuid>,
    visitor_conversation_id: Option<Uuid>,
    created_at: DateTime<Utc>,
}

/// The visits with their people's names and device, in two lookups. A
/// visit's device and people always exist (their keys cascade on delete).
async fn described(conn: &mut AsyncPgConnection, visits: Vec<Visit>) -> Result<Vec<VisitRow>> {
    let people: Vec<Uuid> = visits.iter().flat_map(|v| [v.host_id, v.visitor_id]).collect();
    let names = crate::identity::repo::display_names(conn, &people).await?;
    let ids: Vec<Uuid> = visits.iter().map(|v| v.visiting_device_id).collect();
    let devices: HashMap<Uuid, _> = crate::devices::repo::by_ids(conn, &ids)
        .await?
        .into_iter()
        .map(|d| (d.id, d))
        .collect();
    let name = |id| names.get(&id).cloned().unwrap_or_default();
    Ok(visits
        .into_iter()
        .filter_map(|v| {
            let d = devices.get(&v.visiting_device_id)?;
            Some(VisitRow {
                id: v.id,
                host_id: v.host_id,
                host_name: name(v.host_id),
                visitor_id: v.visitor_id,
                visitor_name: name(v.visitor_id),
                device_id: d.id,
                device_name: d.name.clone(),
                device_nickname: d.nickname.clone(),
                device_personality: d.personality.clone(),
                device_type: d.device_type.clone(),
                starts_at: v.starts_at,
                ends_at: v.ends_at,
                ended_at: v.ended_at,
                conversation_requested: v.conversation_requested,
                host_conversation_id: v.host_conversation_id,
                visitor_conversation_id: v.visitor_conversation_id,
                created_at: v.created_at,
            })
        })
        .collect())
}

async fn described_one(conn: &mut AsyncPgConnection, visit: Option<Visit>) -> Result<Option<VisitRow>> {
    Ok(described(conn, visit.into_iter().collect()).await?.pop())
}

/// Visits between two users neither of whom blocks the other.
#[diesel::dsl::auto_type]
fn unblocked() -> _ {
    not(super::friends::social_blocked_either(
        device_visits::host_id,
        device_visits::visitor_id,
    ))
}

/// The visit, if `caller` is its host or visitor and neither blocks the other.
#[diesel::dsl::auto_type]
fn visible(caller: Uuid) -> _ {
    device_visits::host_id
        .eq(caller)
        .or(device_visits::visitor_id.eq(caller))
        .and(unblocked())
}

#[tracing::instrument(skip(conn))]
pub async fn visit(conn: &mut AsyncPgConnection, caller: Uuid, visit_id: Uuid) -> Result<VisitRow> {
    let row = device_visits::table
        .find(visit_id)
        .filter(visible(caller))
        .select(Visit::as_select())
        .first(conn)
        .await
        .optional()
        .map_err(DbError::from)?;
    described_one(conn, row).await?.ok_or(SocialError::VisitNotFound)
}

/// A friend's active device, locked so that two visits of it cannot be
/// started side by side.
async fn friends_device(conn: &mut AsyncPgConnection, host: Uuid, device_id: Uuid) -> Result<SharedDeviceRow> {
    let device = crate::devices::repo::lock_active_device(conn, device_id).await?;
    match device {
        Some(d) if d.user_id != host && super::friends::are_friends(conn, host, d.user_id).await? => Ok(d.into()),
        _ => Err(SocialError::DeviceNotFound),
    }
}

async fn by_request(conn: &mut AsyncPgConnection, host: Uuid, request_id: &str) -> Result<Option<VisitRow>> {
    let row = device_visits::table
        .filter(device_visits::host_id.eq(host))
        .filter(device_visits::request_id.eq(request_id))
        .select(Visit::as_select())
        .first(conn)
        .await
        .optional()
        .map_err(DbError::from)?;
    described_one(conn, row).await
}

/// Starts a visit of a friend's device to `host`'s device group.
#[tracing::instrument(skip(conn))]
pub async fn start(conn: &mut AsyncPgConnection, host: Uuid, new: &NewVisit) -> Result<VisitRow> {
    conn.transaction::<_, SocialError, _>(async |conn| {
        if let Some(key) = &new.request_id {
            if let Some(first) = by_request(conn, host, key).await? {
                return Ok(first);
            }
        }
        let device = friends_device(conn, host, new.visiting_device_id).await?;
        // Overlapping a visit of the same device that is not over.
        let overlapping = device_visits::table
            .filter(device_visits::visiting_device_id.eq(device.id))
            .filter(device_visits::ended_at.is_null())
            .filter(device_visits::ends_at.gt(new.starts_at))
            .filter(device_visits::starts_at.lt(new.ends_at));
        let busy: bool = diesel::select(diesel::dsl::exists(overlapping))
            .get_result(conn)
            .await
            .map_err(DbError::from)?;
        if busy {
            return Err(SocialError::DeviceBusy);
        }
        let id = Uuid::now_v7();
        diesel::insert_into(device_visits::table)
            .values((
                device_visits::id.eq(id),
                device_visits::host_id.eq(host),
                device_visits::visitor_id.eq(device.user_id),
                device_visits::visiting_device_id.eq(device.id),
                device_visits::starts_at.eq(new.starts_at),
                device_visits::ends_at.eq(new.ends_at),
                device_visits::conversation_requested.eq(new.conversation),
                device_visits::request_id.eq(new.request_id.as_deref()),
            ))
            .execute(conn)
            .await?;
        let row = visit(conn, host, id).await?;
        if new.conversation {
            let job = CONVERSATION_JOB
                .job(&VisitJob { visit_id: id })
                .for_user(host)
                .unique(format!("{}:{id}", CONVERSATION_JOB.name));
            crate::jobs::enqueue(conn, job).await?;
        }
        notify::emit(
            conn,
            Notice::new(
                device.user_id,
                "visit_started",
                format!("{} invited {} over", row.host_name, device.display_name()),
                json!({ "visit_id": id, "host_id": host, "device_id": device.id }),
            ),
        )
        .await?;
        Ok(row)
    })
    .await
}

/// The host or the visitor ends a visit that is not over yet.
#[tracing::instrument(skip(conn))]
pub async fn end(conn: &mut AsyncPgConnection, caller: Uuid, visit_id: Uuid, now: DateTime<Utc>) -> Result<VisitRow> {
    conn.transaction::<_, SocialError, _>(async |conn| {
        let row = device_visits::table
            .find(visit_id)
            .filter(visible(caller))
            .select(Visit::as_select())
            .for_update()
            .first(conn)
            .await
            .optional()
            .map_err(DbError::from)?
            .ok_or(SocialError::VisitNotFound)?;
        if row.ended_at.is_some() || row.ends_at <= now {
            return Err(SocialError::VisitOver);
        }
        diesel::update(device_visits::table.find(visit_id))
            .set(device_visits::ended_at.eq(now))
            .execute(conn)
            .await?;
        visit(conn, caller, visit_id).await
    })
    .await
}

/// Which visits a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Host,
    Visitor,
    Either,
}

/// The caller's visits, newest first, before the `before` id.
#[tracing::instrument(skip(conn))]
pub async fn list(
    conn: &mut AsyncPgConnection,
    caller: Uuid,
    role: Role,
    active_at: Option<DateTime<Utc>>,
    before: Option<Uuid>,
    limit: i64,
) -> Result<Vec<VisitRow>> {
    let mut query = device_visits::table
        .filter(visible(caller))
        .order(device_visits::id.desc())
        .limit(limit)
        .select(Visit::as_select())
        .into_boxed();
    query = match role {
        Role::Host => query.filter(device_visits::host_id.eq(caller)),
        Role::Visitor => query.filter(device_visits::visitor_id.eq(caller)),
        Role::Either => query,
    };
    if let Some(at) = active_at {
        query = query
            .filter(device_visits::ended_at.is_null())
            .filter(device_visits::starts_at.le(at))
            .filter(device_visits::ends_at.gt(at));
    }
    if let Some(before) = before {
        query = query.filter(device_visits::id.lt(before));
    }
    let visits = query.load(conn).await.map_err(DbError::from)?;
    described(conn, visits).await
}

/// The visit_conversation job: payload `{"visit_id"}`. Skips (without
/// failing) a visit that is gone, between users who block each other, or
/// whose host has no active device to greet the guest.
pub async fn conversation_job(ctx: JobContext, VisitJob { visit_id }: VisitJob) -> JobResult {
    use crate::conversations::model::Character;
    use crate::conversations::service::Writer;
    use crate::conversations::visit::{write_visit_conversation, Side};
    let fail = |e: &dyn std::fmt::Display| e.to_string();
    let mut conn = crate::db::conn(&ctx.pool).await.map_err(|e| fail(&e))?;
    let row = device_visits::table
        .find(visit_id)
        .filter(unblocked())
        .select(Visit::as_select())
        .first(&mut conn)
        .await
        .optional()
        .map_err(DbError::from)
        .map_err(|e| fail(&e))?;
    let row = described_one(&mut conn, row).await.map_err(|e| fail(&e))?;
    let Some(row) = row else {
        return Ok(Some(json!({ "skipped": "visit not found" })));
    };
    let filter = crate::devices::model::DeviceFilter {
        is_active: Some(true),
        ..Default::default()
    };
    let host_devices = crate::devices::repo::list_devices(&mut conn, row.host_id, &filter, None, 100)
        .await
        .map_err(|e| fail(&e))?;
    let Some(lead) = host_devices
        .iter()
        .find(|d| d.is_primary)
        .or_else(|| <[_]>::first(&host_devices))
        .cloned()
    else {
        return Ok(Some(json!({ "skipped": "the host has no active device" })));
    };
    let guest = match crate::devices::repo::device(&mut conn, row.visitor_id, row.device_id).await {
        Ok(device) => device,
        Err(_) => return Ok(Some(json!({ "skipped": "the visiting device is gone" }))),
    };
    let clock = crate::identity::clock::clock(&mut conn, row.host_id)
        .await
        .map_err(|e| fail(&e))?;
    drop(conn);
    let day = clock.day_of(row.starts_at);
    let host = Side {
        user_id: row.host_id,
        device: Character::of_device(lead),
    };
    let visitor = Side {
        user_id: row.visitor_id,
        device: Character::of_device(guest),
    };
    let copies = write_visit_conversation(Writer::new(&ctx.pool, &ctx.ai), visit_id, &host, &visitor, day)
        .await
        .map_err(|e| fail(&e))?;
    let mut conn = crate::db::conn(&ctx.pool).await.map_err(|e| fail(&e))?;
    diesel::update(device_visits::table.find(visit_id))
        .set((
            device_visits::host_conversation_id.eq(copies.host),
            device_visits::visitor_conversation_id.eq(copies.visitor),
        ))
        .execute(&mut conn)
        .await
        .map_err(|e| fail(&e))?;
    Ok(Some(json!({
        "host_conversation_id": copies.host,
        "visitor_conversation_id": copies.visitor,
    })))
}
