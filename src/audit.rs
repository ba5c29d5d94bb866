//! The append-only audit trail. Each event's hash covers its own fields and
//! the previous event's hash; appends are serialised by a transaction-scoped
//! advisory lock so the chain never forks, even across replicas.

use std::collections::BTreeMap;

use chrono::{DateTime, SubsecRound, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::error::DbError;
use crate::schema::audit_events;

/// Arbitrary, fixed: the advisory lock key that guards the chain's head.
const CHAIN_LOCK: i64 = 0x6b69_7468_6175_6474;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = audit_events, check_for_backend(diesel::pg::Pg))]
pub struct AuditEventRow {
    pub sequence: i64,
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub actor_id: Option<Uuid>,
    pub action: String,
    pub resource_type: String,
    pub resource_id: String,
    pub metadata: serde_json::Value,
    pub ip: Option<String>,
    pub prev_hash: String,
    pub hash: String,
}

/// What happened; the chain fields are filled in by [`record`].
#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub actor_id: Option<Uuid>,
    pub action: &'static str,
    pub resource_type: &'static str,
    pub resource_id: String,
    pub metadata: BTreeMap<String, String>,
    pub ip: Option<String>,
}

impl AuditEntry {
    pub fn new(action: &'static str, resource_type: &'static str, resource_id: impl ToString) -> Self {
        Self {
            actor_id: None,
            action,
            resource_type,
            resource_id: resource_id.to_string(),
            metadata: BTreeMap::new(),
            ip: None,
        }
    }

    pub fn actor(mut self, actor_id: Uuid) -> Self {
        self.actor_id = Some(actor_id);
        self
    }

    pub fn ip(mut self, ip: impl Into<String>) -> Self {
        self.ip = Some(ip.into());
        self
    }

    pub fn meta(mut self, key: &str, value: impl ToString) -> Self {
        self.metadata.insert(key.to_owned(), value.to_string());
        self
    }
}

/// Metadata as stored: a JSON object of strings.
fn metadata_of(value: &serde_json::Value) -> BTreeMap<String, String> {
    value
        .as_object()
        .map(|o| {
            o.iter()
                .map(|(k, v)| (k.clone(), v.as_str().map_or_else(|| v.to_string(), str::to_owned)))
                .collect()
        })
        .unwrap_or_default()
}

pub fn metadata(row: &AuditEventRow) -> BTreeMap<String, String> {
    metadata_of(&row.metadata)
}

/// The hash of an event: SHA-256 over an unambiguous JSON array of its fields.
fn chain_hash(row: &AuditEventRow) -> String {
    let fields = serde_json::json!([
        row.sequence,
        row.id,
        row.at.timestamp_micros(),
        row.actor_id,
        row.action,
        row.resource_type,
        row.resource_id,
        metadata_of(&row.metadata),
        row.ip,
        row.prev_hash,
    ]);
    hex::encode(Sha256::digest(fields.to_string().as_bytes()))
}

/// Appends an event. Call it inside the transaction of the change it
/// records, so the event exists if and only if the change was committed.
#[tracing::instrument(skip_all, fields(action = entry.action))]
pub async fn record(conn: &mut AsyncPgConnection, entry: AuditEntry) -> Result<(), DbError> {
    conn.transaction::<_, DbError, _>(async |conn| {
        diesel::sql_query("SELECT pg_advisory_xact_lock($1)")
            .bind::<diesel::sql_types::BigInt, _>(CHAIN_LOCK)
            .execute(conn)
            .await?;
        let head: Option<(i64, String)> = audit_events::table
            .select((audit_events::sequence, audit_events::hash))
            .order(audit_events::sequence.desc())
            .first(conn)
            .await
            .optional()?;
        let (prev_sequence, prev_hash) = head.unwrap_or((0, String::new()));
        let mut row = AuditEventRow {
            sequence: prev_sequence + 1,
            id: Uuid::now_v7(),
            // PostgreSQL keeps microseconds; hash what will be read back.
            at: Utc::now().trunc_subsecs(6),
            actor_id: entry.actor_id,
            action: entry.action.to_owned(),
            resource_type: entry.resource_type.to_owned(),
            resource_id: entry.resource_id,
            metadata: serde_json::to_value(&entry.metadata).expect("strings serialize"),
            ip: entry.ip,
            prev_hash,
            hash: String::new(),
        };
        row.hash = chain_hash(&row);
        diesel::insert_into(audit_events::table)
            .values(&row)
            .execute(conn)
            .await?;
        Ok(())
    })
    .await
}

#[derive(Debug, Default, Clone)]
pub struct AuditFilter {
    pub actor_id: Option<Uuid>,
    pub resource_type: Option<String>,
    pub resource_id: Option<String>,
    pub action: Option<String>,
    pub start: Option<DateTime<Utc>>,
    pub end: Option<DateTime<Utc>>,
}

/// Newest first, keyed by sequence: `before` is the last sequence already seen.
#[tracing::instrument(skip(conn))]
pub async fn list(
    conn: &mut AsyncPgConnection,
    filter: &AuditFilter,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<AuditEventRow>, DbError> {
    let mut query = audit_events::table.select(AuditEventRow::as_select()).into_boxed();
    if let Some(actor) = filter.actor_id {
        query = query.filter(audit_events::actor_id.eq(actor));
    }
    if let Some(kind) = &filter.resource_type {
        query = query.filter(audit_events::resource_type.eq(kind.clone()));
    }
    if let Some(id) = &filter.resource_id {
        query = query.filter(audit_events::resource_id.eq(id.clone()));
    }
    if let Some(action) = &filter.action {
        query = query.filter(audit_events::action.eq(action.clone()));
    }
    if let Some(start) = filter.start {
        query = query.filter(audit_events::at.ge(start));
    }
    if let Some(end) = filter.end {
        query = query.filter(audit_events::at.lt(end));
    }
    if let Some(before) = before {
        query = query.filter(audit_events::sequence.lt(before));
    }
    Ok(query
        .order(audit_events::sequence.desc())
        .limit(limit)
        .load(conn)
        .await?)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainReport {
    pub checked: i64,
    /// The first event that does not fit, and why.
    pub broken: Option<(Uuid, String)>,
}

/// Walks the whole chain in order, a page at a time.
#[tracing::instrument(skip(conn))]
pub async fn verify(conn: &mut AsyncPgConnection) -> Result<ChainReport, DbError> {
    const PAGE: i64 = 1000;
    let mut checked = 0;
    let mut prev: Option<AuditEventRow> = None;
    loop {
        let after = prev.as_ref().map_or(0, |p| p.sequence);
        let rows: Vec<AuditEventRow> = audit_events::table
            .select(AuditEventRow::as_select())
            .filter(audit_events::sequence.gt(after))
            .order(audit_events::sequence.asc())
            .limit(PAGE)
            .load(conn)
            .await?;
        let done = (rows.len() as i64) < PAGE;
        for row in rows {
            let (expected_sequence, expected_prev) = prev
                .as_ref()
                .map_or((1, String::new()), |p| (p.sequence + 1, p.hash.clone()));
            let problem = if row.sequence != expected_sequence {
                Some(format!("sequence {} follows {}", row.sequence, expected_sequence - 1))
            } else if row.prev_hash != expected_prev {
                Some("prev_hash does not match the previous event".to_owned())
            } else if row.hash != chain_hash(&row) {
                Some("hash does not match the event's contents".to_owned())
            } else {
                None
            };
            if let Some(reason) = problem {
                return Ok(ChainReport {
                    checked,
                    broken: Some((row.id, reason)),
                });
            }
            checked += 1;
            prev = Some(row);
        }
        if done {
            return Ok(ChainReport { checked, broken: None });
        }
    }
}
