//! Device visits: a friend's device spends a while in the host's device
//! group. Only the host and the visitor see a visit, and neither does while
//! one of them blocks the other. Starting a visit with a conversation
//! enqueues the job that writes it in the same transaction.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Nullable, Timestamptz};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde_json::json;
use uuid::Uuid;

use super::error::SocialError;
use super::model::{NewVisit, SharedDeviceRow, VisitRow};
use crate::error::DbError;
use crate::jobs::{JobContext, JobResult, Kind};
use crate::notify::{self, Notice};
use crate::schema::device_visits;

type SqlUuid = diesel::sql_types::Uuid;
type Result<T, E = SocialError> = std::result::Result<T, E>;

/// The job that writes a visit's conversation.
pub const CONVERSATION_JOB: Kind<VisitJob> = Kind::new("visit_conversation");

/// The visit a conversation job writes for.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct VisitJob {
    pub visit_id: Uuid,
}

const VISIT: &str = "
    SELECT v.id, v.host_id, h.display_name AS host_name, v.visitor_id, g.display_name AS visitor_name,
           d.id AS device_id, d.name AS device_name, d.nickname AS device_nickname,
           d.personality AS device_personality, d.device_type, v.starts_at, v.ends_at, v.ended_at,
           v.conversation_requested, v.host_conversation_id, v.visitor_conversation_id, v.created_at
    FROM device_visits v
    JOIN users h ON h.id = v.host_id
    JOIN users g ON g.id = v.visitor_id
    JOIN devices d ON d.id = v.visiting_device_id";

/// The visit, if `caller` is its host or visitor and neither blocks the other.
const VISIBLE: &str = "(v.host_id = $1 OR v.visitor_id = $1) AND NOT social_blocked_either(v.host_id, v.visitor_id)";

#[tracing::instrument(skip(conn))]
pub async fn visit(conn: &mut AsyncPgConnection, caller: Uuid, visit_id: Uuid) -> Result<VisitRow> {
    diesel::sql_query(format!("{VISIT} WHERE v.id = $2 AND {VISIBLE}"))
        .bind::<SqlUuid, _>(caller)
        .bind::<SqlUuid, _>(visit_id)
        .get_result(conn)
        .await
        .optional()
        .map_err(DbError::from)?
        .ok_or(SocialError::VisitNotFound)
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
    Ok(
        diesel::sql_query(format!("{VISIT} WHERE v.host_id = $1 AND v.request_id = $2"))
            .bind::<SqlUuid, _>(host)
            .bind::<diesel::sql_types::Text, _>(request_id)
            .get_result(conn)
            .await
            .optional()
            .map_err(DbError::from)?,
    )
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
        #[derive(diesel::QueryableByName)]
        struct Busy {
            #[diesel(sql_type = Bool)]
            busy: bool,
        }
        let busy: Busy = diesel::sql_query(
            "SELECT EXISTS (SELECT 1 FROM device_visits
                            WHERE visiting_device_id = $1 AND ended_at IS NULL
                              AND ends_at > $2 AND starts_at < $3) AS busy",
        )
        .bind::<SqlUuid, _>(device.id)
        .bind::<Timestamptz, _>(new.starts_at)
        .bind::<Timestamptz, _>(new.ends_at)
        .get_result(conn)
        .await
        .map_err(DbError::from)?;
        if busy.busy {
            return Err(SocialError::DeviceBusy);
        }
        let id = Uuid::now_v7();
        diesel::sql_query(
            "INSERT INTO device_visits (id, host_id, visitor_id, visiting_device_id, starts_at, ends_at,
                                        conversation_requested, request_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind::<SqlUuid, _>(id)
        .bind::<SqlUuid, _>(host)
        .bind::<SqlUuid, _>(device.user_id)
        .bind::<SqlUuid, _>(device.id)
        .bind::<Timestamptz, _>(new.starts_at)
        .bind::<Timestamptz, _>(new.ends_at)
        .bind::<Bool, _>(new.conversation)
        .bind::<Nullable<diesel::sql_types::Text>, _>(new.request_id.as_deref())
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
        let row: VisitRow = diesel::sql_query(format!("{VISIT} WHERE v.id = $2 AND {VISIBLE} FOR UPDATE OF v"))
            .bind::<SqlUuid, _>(caller)
            .bind::<SqlUuid, _>(visit_id)
            .get_result(conn)
            .await
            .optional()
            .map_err(DbError::from)?
            .ok_or(SocialError::VisitNotFound)?;
        if row.is_over(now) {
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
    let role = match role {
        Role::Host => "v.host_id = $1",
        Role::Visitor => "v.visitor_id = $1",
        Role::Either => "TRUE",
    };
    Ok(diesel::sql_query(format!(
        "{VISIT} WHERE {VISIBLE} AND {role}
           AND ($2::timestamptz IS NULL OR (v.ended_at IS NULL AND v.starts_at <= $2 AND v.ends_at > $2))
           AND ($3::uuid IS NULL OR v.id < $3)
         ORDER BY v.id DESC LIMIT $4"
    ))
    .bind::<SqlUuid, _>(caller)
    .bind::<Nullable<Timestamptz>, _>(active_at)
    .bind::<Nullable<SqlUuid>, _>(before)
    .bind::<BigInt, _>(limit)
    .load(conn)
    .await
    .map_err(DbError::from)?)
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
    let row: Option<VisitRow> = diesel::sql_query(format!(
        "{VISIT} WHERE v.id = $1 AND NOT social_blocked_either(v.host_id, v.visitor_id)"
    ))
    .bind::<SqlUuid, _>(visit_id)
    .get_result(&mut conn)
    .await
    .optional()
    .map_err(DbError::from)
    .map_err(|e| fail(&e))?;
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
