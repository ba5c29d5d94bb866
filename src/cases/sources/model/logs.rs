//! A source's two logs as stored and sent: its syncs, and every query sent
//! to it.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use super::{QueryPurpose, SyncStatus, SyncTrigger};
use crate::proto::cases::v1 as pb;
use crate::proto::timestamp;
use crate::schema::{case_source_queries, case_source_syncs};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = case_source_syncs, check_for_backend(diesel::pg::Pg))]
pub struct SyncRow {
    pub id: Uuid,
    pub source_id: Uuid,
    pub trigger: String,
    pub started_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    pub status: String,
    pub pulled: i32,
    pub created: i32,
    pub updated: i32,
    pub skipped: i32,
    pub errors: Vec<Option<String>>,
}

impl From<SyncRow> for pb::SyncLog {
    fn from(s: SyncRow) -> Self {
        pb::SyncLog {
            id: s.id.to_string(),
            source_id: s.source_id.to_string(),
            trigger: SyncTrigger::from_stored(&s.trigger).map_or(0, |t| pb::SyncTrigger::from(t) as i32),
            start_time: Some(timestamp(s.started_at)),
            finish_time: s.finished_at.map(timestamp),
            status: SyncStatus::from_stored(&s.status).map_or(0, |t| pb::SyncStatus::from(t) as i32),
            pulled: s.pulled,
            created: s.created,
            updated: s.updated,
            skipped: s.skipped,
            errors: s.errors.into_iter().flatten().collect(),
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = case_source_queries, check_for_backend(diesel::pg::Pg))]
pub struct QueryRow {
    pub id: Uuid,
    pub source_id: Uuid,
    pub user_id: Option<Uuid>,
    pub purpose: String,
    pub query: String,
    pub row_count: i64,
    pub error: String,
    pub created_at: DateTime<Utc>,
}

impl From<QueryRow> for pb::QueryLog {
    fn from(q: QueryRow) -> Self {
        pb::QueryLog {
            id: q.id.to_string(),
            source_id: q.source_id.to_string(),
            user_id: q.user_id.map(|id| id.to_string()).unwrap_or_default(),
            purpose: QueryPurpose::from_stored(&q.purpose).map_or(0, |p| pb::QueryPurpose::from(p) as i32),
            query: q.query,
            rows: q.row_count,
            error: q.error,
            create_time: Some(timestamp(q.created_at)),
        }
    }
}
