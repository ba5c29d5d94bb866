//! The append-only audit trail. Each event's hash covers its own fields and
//! the previous event's hash; appends are serialised by a transaction-scoped
//! advisory lock so the chain never forks, even across replicas.
//!
//! Personal fields (actor, resource id, peer address, metadata values) enter
//! the hash as salted digests, so that erasing a deleted user's fields — the
//! digest kept, the salt dropped — leaves the chain verifying while the
//! values cannot be guessed back from what remains.

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

#[derive(Debug, Clone, Queryable, QueryableByName, Selectable, Insertable)]
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
    /// Field name -> hex salt of each personal field still present; None on
    /// events recorded before fields were salted (hashed as they are).
    pub salts: Option<serde_json::Value>,
    /// Field name -> hex digest of each field erased since.
    pub sealed: serde_json::Value,
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

/// The hash of an event: SHA-256 over an unambiguous JSON array of its
/// fields, personal ones as salted digests (or as they are on events from
/// before salting).
fn chain_hash(row: &AuditEventRow) -> String {
    let fields = match &row.salts {
        None => serde_json::json!([
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
        ]),
        Some(salts) => {
            let field = |name: &str, value: Option<String>| sealed_field(salts, &row.sealed, name, value);
            let mut metadata: BTreeMap<String, Option<String>> = metadata_of(&row.metadata)
                .into_iter()
                .map(|(k, v)| {
                    let digest = field(&format!("metadata.{k}"), Some(v));
                    (k, digest)
                })
                .collect();
            if let Some(sealed) = row.sealed.as_object() {
                for (name, digest) in sealed {
                    if let Some(key) = name.strip_prefix("metadata.") {
                        metadata.insert(key.to_owned(), digest.as_str().map(str::to_owned));
                    }
                }
            }
            serde_json::json!([
                2,
                row.sequence,
                row.id,
                row.at.timestamp_micros(),
                field("actor_id", row.actor_id.map(|a| a.to_string())),
                row.action,
                row.resource_type,
                field("resource_id", Some(row.resource_id.clone())),
                metadata,
                field("ip", row.ip.clone()),
                row.prev_hash,
            ])
        }
    };
    hex::encode(Sha256::digest(fields.to_string().as_bytes()))
}

/// A personal field as it enters the hash: its digest once sealed, else the
/// digest of its salt and value, None when absent.
fn sealed_field(
    salts: &serde_json::Value,
    sealed: &serde_json::Value,
    name: &str,
    value: Option<String>,
) -> Option<String> {
    if let Some(digest) = sealed.get(name).and_then(|d| d.as_str()) {
        return Some(digest.to_owned());
    }
    let value = value?;
    let salt = salts.get(name).and_then(|s| s.as_str()).unwrap_or_default();
    Some(digest(salt, &value))
}

fn digest(salt: &str, value: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(salt.as_bytes());
    hasher.update([0]);
    hasher.update(value.as_bytes());
    hex::encode(hasher.finalize())
}

fn new_salt() -> String {
    let mut bytes = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
    hex::encode(bytes)
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
        let mut salts = serde_json::Map::new();
        for name in ["actor_id", "resource_id", "ip"] {
            salts.insert(name.to_owned(), new_salt().into());
        }
        for key in entry.metadata.keys() {
            salts.insert(format!("metadata.{key}"), new_salt().into());
        }
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
            salts: Some(salts.into()),
            sealed: serde_json::json!({}),
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

/// Erases a user's personal fields from the trail: the actor and resource
/// ids that are theirs, the peer address of events they caused (or that
/// were about them with nobody signed in), and metadata values naming their
/// id or email. Each field's digest is kept and its salt dropped, so the
/// chain verifies as before. Events from before salting cannot be sealed
/// and are left as they are. Returns how many events changed.
#[tracing::instrument(skip(conn, email))]
pub async fn seal_user(conn: &mut AsyncPgConnection, user_id: Uuid, email: &str) -> Result<usize, DbError> {
    use diesel::sql_types::{Text, Uuid as SqlUuid};
    let id = user_id.to_string();
    conn.transaction::<_, DbError, _>(async |conn| {
        diesel::sql_query("SET LOCAL kith.audit_sealing = 'on'")
            .execute(conn)
            .await?;
        let rows: Vec<AuditEventRow> = diesel::sql_query(
            "SELECT * FROM audit_events
             WHERE salts IS NOT NULL
               AND (actor_id = $1 OR resource_id = $2
                    OR strpos(metadata::text, $2) > 0 OR strpos(metadata::text, $3) > 0)
             ORDER BY sequence FOR UPDATE",
        )
        .bind::<SqlUuid, _>(user_id)
        .bind::<Text, _>(&id)
        .bind::<Text, _>(email)
        .load(conn)
        .await?;
        let mut changed = 0;
        for mut row in rows {
            let before = row.hash.clone();
            let theirs = row.actor_id == Some(user_id);
            let about_them = row.resource_id == id;
            let mut erase: Vec<String> = Vec::new();
            if theirs {
                erase.push("actor_id".into());
            }
            if about_them {
                erase.push("resource_id".into());
            }
            if row.ip.is_some() && (theirs || (about_them && row.actor_id.is_none())) {
                erase.push("ip".into());
            }
            for (key, value) in metadata(&row) {
                if value.contains(&id) || value.eq_ignore_ascii_case(email) {
                    erase.push(format!("metadata.{key}"));
                }
            }
            if erase.is_empty() {
                continue;
            }
            let salts = row.salts.clone().unwrap_or_default();
            let mut sealed = row.sealed.as_object().cloned().unwrap_or_default();
            let mut remaining = salts.as_object().cloned().unwrap_or_default();
            let mut metadata = row.metadata.as_object().cloned().unwrap_or_default();
            for name in &erase {
                let value = match name.as_str() {
                    "actor_id" => row.actor_id.map(|a| a.to_string()),
                    "resource_id" => Some(row.resource_id.clone()),
                    "ip" => row.ip.clone(),
                    other => metadata_of(&row.metadata).get(&other["metadata.".len()..]).cloned(),
                };
                if let Some(digest) = sealed_field(&salts, &row.sealed, name, value) {
                    sealed.insert(name.clone(), digest.into());
                }
                remaining.remove(name);
                match name.as_str() {
                    "actor_id" => row.actor_id = None,
                    "resource_id" => row.resource_id = String::new(),
                    "ip" => row.ip = None,
                    other => {
                        metadata.remove(&other["metadata.".len()..]);
                    }
                }
            }
            row.sealed = sealed.into();
            row.salts = Some(remaining.into());
            row.metadata = metadata.into();
            debug_assert_eq!(chain_hash(&row), before, "sealing keeps the hash");
            diesel::update(audit_events::table.find(row.sequence))
                .set((
                    audit_events::actor_id.eq(row.actor_id),
                    audit_events::resource_id.eq(&row.resource_id),
                    audit_events::ip.eq(&row.ip),
                    audit_events::metadata.eq(&row.metadata),
                    audit_events::salts.eq(&row.salts),
                    audit_events::sealed.eq(&row.sealed),
                ))
                .execute(conn)
                .await?;
            changed += 1;
        }
        Ok(changed)
    })
    .await
}
