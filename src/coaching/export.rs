//! The warehouse export: users, goals, check-ins and journal entries in
//! dimension and fact shape, sent incrementally.
//!
//! Every exported row carries `changed_txid`, the transaction that last
//! changed it (kept by triggers; deletions leave a row in
//! `warehouse_deletions`). A watermark is the oldest transaction still
//! running when an export starts: every transaction below it has ended, so
//! the changes in [previous watermark, this one) are final and each is sent
//! once, however transactions commit. The same ranges feed the admin RPC
//! and the 5-minute gzip CSV files.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use flate2::write::GzEncoder;
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use crate::error::DbError;
use crate::jobs::{JobContext, JobError, JobResult, Kind, SystemSlot};
use crate::schema::{
    coaching_check_ins as check_ins, coaching_goals as goals, coaching_journal_entries as journal, users,
    warehouse_deletions as deletions, warehouse_export_runs as runs,
};

/// The 5-minute file export.
pub const JOB: Kind<SystemSlot> = Kind::new("coaching_warehouse_export");
/// Rows read (and sent in one RPC message) at a time.
pub const BATCH: i64 = 1000;
/// How long deletions are kept for exports to pick up.
pub const DELETIONS_KEPT_DAYS: i64 = 30;
/// Serialises file exports across workers (pg advisory lock key).
const FILE_LOCK: i64 = 0x6b69_7468_7765_7831;

diesel::define_sql_function! {
    fn char_length(text: diesel::sql_types::Text) -> diesel::sql_types::Integer;
}

diesel::define_sql_function! {
    /// The warehouse's key of a user: a salted hash of their id (see the
    /// migration), so an erased account's deletion names nobody here.
    fn warehouse_user_key(id: diesel::sql_types::Uuid) -> diesel::sql_types::Text;
}

/// Keyset position inside a range: (changed_txid, id).
pub type Position = (i64, Uuid);

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct UserDim {
    pub key: String,
    pub role: String,
    pub timezone: String,
    pub locale: String,
    pub is_active: bool,
    pub created_at: DateTime<Utc>,
    pub changed_txid: i64,
    /// Where a page ends; never exported.
    #[serde(skip)]
    pub id: Uuid,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct GoalDim {
    pub id: Uuid,
    pub user_key: String,
    pub title: String,
    pub theme: String,
    pub status: String,
    pub target_date: Option<NaiveDate>,
    pub minutes_per_week: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub changed_txid: i64,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct CheckInFact {
    pub id: Uuid,
    pub user_key: String,
    pub goal_id: Uuid,
    pub habit_id: Uuid,
    pub day: NaiveDate,
    pub completed: bool,
    pub value: f64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub changed_txid: i64,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct JournalFact {
    pub id: Uuid,
    pub user_key: String,
    pub sentiment: f64,
    pub label: String,
    /// Space-separated in CSV.
    #[serde(serialize_with = "spaced")]
    pub emotions: Vec<Option<String>>,
    pub shared: bool,
    pub text_chars: i32,
    pub created_at: DateTime<Utc>,
    pub changed_txid: i64,
}

#[derive(Debug, Clone, Queryable, Serialize)]
pub struct Deletion {
    pub id: Uuid,
    pub entity: String,
    pub row_id: String,
    pub deleted_at: DateTime<Utc>,
    pub changed_txid: i64,
}

fn spaced<S: serde::Serializer>(words: &[Option<String>], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&words.iter().flatten().cloned().collect::<Vec<_>>().join(" "))
}

/// One batch of one kind of row.
#[derive(Debug, Clone)]
pub enum Batch {
    Users(Vec<UserDim>),
    Goals(Vec<GoalDim>),
    CheckIns(Vec<CheckInFact>),
    Journal(Vec<JournalFact>),
    Deletions(Vec<Deletion>),
}

/// The exported tables, in the order an export sends them (dimensions
/// first, deletions last) and by the names its files take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Users,
    Goals,
    CheckIns,
    Journal,
    Deletions,
}

impl Table {
    pub const ALL: [Table; 5] = [
        Table::Users,
        Table::Goals,
        Table::CheckIns,
        Table::Journal,
        Table::Deletions,
    ];

    pub fn file_name(self) -> &'static str {
        match self {
            Table::Users => "dim_users",
            Table::Goals => "dim_goals",
            Table::CheckIns => "fact_check_ins",
            Table::Journal => "fact_journal_entries",
            Table::Deletions => "deletions",
        }
    }
}

impl Batch {
    pub fn len(&self) -> usize {
        match self {
            Batch::Users(r) => r.len(),
            Batch::Goals(r) => r.len(),
            Batch::CheckIns(r) => r.len(),
            Batch::Journal(r) => r.len(),
            Batch::Deletions(r) => r.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Where the next batch starts.
    fn last(&self) -> Option<Position> {
        match self {
            Batch::Users(r) => r.last().map(|r| (r.changed_txid, r.id)),
            Batch::Goals(r) => r.last().map(|r| (r.changed_txid, r.id)),
            Batch::CheckIns(r) => r.last().map(|r| (r.changed_txid, r.id)),
            Batch::Journal(r) => r.last().map(|r| (r.changed_txid, r.id)),
            Batch::Deletions(r) => r.last().map(|r| (r.changed_txid, r.id)),
        }
    }

    fn write_csv<W: Write>(&self, out: &mut csv::Writer<W>) -> csv::Result<()> {
        fn all<W: Write, T: Serialize>(out: &mut csv::Writer<W>, rows: &[T]) -> csv::Result<()> {
            rows.iter().try_for_each(|r| out.serialize(r))
        }
        match self {
            Batch::Users(r) => all(out, r),
            Batch::Goals(r) => all(out, r),
            Batch::CheckIns(r) => all(out, r),
            Batch::Journal(r) => all(out, r),
            Batch::Deletions(r) => all(out, r),
        }
    }
}

/// The watermark an export that starts now may go up to.
pub async fn watermark(conn: &mut AsyncPgConnection) -> Result<i64, DbError> {
    Ok(diesel::select(diesel::dsl::sql::<diesel::sql_types::BigInt>(
        "pg_snapshot_xmin(pg_current_snapshot())::text::bigint",
    ))
    .get_result(conn)
    .await?)
}

macro_rules! range_page {
    ($conn:expr, $table:ident, $from:expr, $to:expr, $after:expr, $select:expr) => {{
        let mut query = $table::table
            .filter($table::changed_txid.ge($from))
            .filter($table::changed_txid.lt($to))
            .into_boxed();
        if let Some((txid, id)) = $after {
            query = query.filter(
                $table::changed_txid
                    .gt(txid)
                    .or($table::changed_txid.eq(txid).and($table::id.gt(id))),
            );
        }
        query
            .order(($table::changed_txid, $table::id))
            .limit(BATCH)
            .select($select)
            .load($conn)
            .await?
    }};
}

/// The next batch of `table`'s changes in [from, to) after `after`.
pub async fn page(
    conn: &mut AsyncPgConnection,
    table: Table,
    from: i64,
    to: i64,
    after: Option<Position>,
) -> Result<Batch, DbError> {
    Ok(match table {
        Table::Users => Batch::Users(range_page!(
            conn,
            users,
            from,
            to,
            after,
            (
                warehouse_user_key(users::id),
                users::role,
                users::timezone,
                users::locale,
                users::is_active,
                users::created_at,
                users::changed_txid,
                users::id
            )
        )),
        Table::Goals => Batch::Goals(range_page!(
            conn,
            goals,
            from,
            to,
            after,
            (
                goals::id,
                warehouse_user_key(goals::user_id),
                goals::title,
                goals::theme,
                goals::status,
                goals::target_date,
                goals::minutes_per_week,
                goals::created_at,
                goals::updated_at,
                goals::changed_txid
            )
        )),
        Table::CheckIns => Batch::CheckIns(range_page!(
            conn,
            check_ins,
            from,
            to,
            after,
            (
                check_ins::id,
                warehouse_user_key(check_ins::user_id),
                check_ins::goal_id,
                check_ins::habit_id,
                check_ins::day,
                check_ins::completed,
                check_ins::value,
                check_ins::created_at,
                check_ins::updated_at,
                check_ins::changed_txid
            )
        )),
        Table::Journal => Batch::Journal(range_page!(
            conn,
            journal,
            from,
            to,
            after,
            (
                journal::id,
                warehouse_user_key(journal::user_id),
                journal::sentiment,
                journal::label,
                journal::emotions,
                journal::shared,
                char_length(journal::text),
                journal::created_at,
                journal::changed_txid
            )
        )),
        Table::Deletions => Batch::Deletions(range_page!(
            conn,
            deletions,
            from,
            to,
            after,
            (
                deletions::id,
                deletions::entity,
                deletions::row_id,
                deletions::deleted_at,
                deletions::changed_txid
            )
        )),
    })
}

/// Walks every change of every table in [from, to), a batch at a time.
pub struct Changes {
    pub from: i64,
    pub to: i64,
    table: usize,
    after: Option<Position>,
}

impl Changes {
    pub fn new(from: i64, to: i64) -> Self {
        Self {
            from,
            to,
            table: 0,
            after: None,
        }
    }

    /// The next non-empty batch and its table; None when all are sent.
    pub async fn next(&mut self, conn: &mut AsyncPgConnection) -> Result<Option<(Table, Batch)>, DbError> {
        while let Some(&table) = Table::ALL.get(self.table) {
            let batch = page(conn, table, self.from, self.to, self.after).await?;
            if (batch.len() as i64) < BATCH {
                self.table += 1;
                self.after = None;
            } else {
                self.after = batch.last();
            }
            if !batch.is_empty() {
                return Ok(Some((table, batch)));
            }
        }
        Ok(None)
    }
}

/// A file being written: gzip CSV under a temporary name until complete.
struct OpenFile {
    path: PathBuf,
    partial: PathBuf,
    out: csv::Writer<GzEncoder<File>>,
}

impl OpenFile {
    fn create(dir: &Path, table: Table, from: i64) -> std::io::Result<Self> {
        let folder = dir.join(table.file_name());
        std::fs::create_dir_all(&folder)?;
        // Named by the range's start: a run that died before recording its
        // watermark is redone over the same start and replaces its files.
        let path = folder.join(format!("{}-{from:020}.csv.gz", table.file_name()));
        let partial = path.with_extension("gz.partial");
        let out = csv::Writer::from_writer(GzEncoder::new(File::create(&partial)?, flate2::Compression::default()));
        Ok(Self { path, partial, out })
    }

    fn finish(self) -> std::io::Result<()> {
        let gz = self.out.into_inner().map_err(|e| e.into_error())?;
        gz.finish()?.sync_all()?;
        std::fs::rename(&self.partial, &self.path)
    }
}

fn io(e: impl std::fmt::Display) -> JobError {
    JobError::Failed(format!("writing the export: {e}"))
}

/// Writes the changes since the last file export to `dir`, one gzip CSV
/// per table with changes; records the new watermark. Returns rows per
/// table, or None when another export holds the lock.
pub async fn export_files(conn: &mut AsyncPgConnection, dir: &Path) -> Result<Option<serde_json::Value>, JobError> {
    conn.transaction::<_, JobError, _>(async |conn| {
        let locked: bool = diesel::select(diesel::dsl::sql::<diesel::sql_types::Bool>(&format!(
            "pg_try_advisory_xact_lock({FILE_LOCK})"
        )))
        .get_result(conn)
        .await
        .map_err(DbError::from)?;
        if !locked {
            return Ok(None);
        }
        let from: i64 = runs::table
            .select(diesel::dsl::max(runs::to_txid))
            .first::<Option<i64>>(conn)
            .await
            .map_err(DbError::from)?
            .unwrap_or(0);
        let to = watermark(conn).await?.max(from);
        let mut counts = serde_json::Map::new();
        let mut changes = Changes::new(from, to);
        let mut open: Option<(Table, OpenFile)> = None;
        // Files are written synchronously a batch at a time: a batch is
        // small, and this job runs alone.
        while let Some((table, batch)) = changes.next(conn).await? {
            if open.as_ref().is_none_or(|(t, _)| *t != table) {
                if let Some((_, file)) = open.take() {
                    file.finish().map_err(io)?;
                }
                open = Some((table, OpenFile::create(dir, table, from).map_err(io)?));
            }
            let (_, file) = open.as_mut().expect("opened above");
            batch.write_csv(&mut file.out).map_err(io)?;
            let n = counts.entry(table.file_name()).or_insert(json!(0));
            *n = json!(n.as_u64().unwrap_or(0) + batch.len() as u64);
        }
        if let Some((_, file)) = open.take() {
            file.finish().map_err(io)?;
        }
        let rows = serde_json::Value::Object(counts);
        diesel::insert_into(runs::table)
            .values((runs::from_txid.eq(from), runs::to_txid.eq(to), runs::rows.eq(&rows)))
            .execute(conn)
            .await
            .map_err(DbError::from)?;
        Ok(Some(json!({ "from_watermark": from, "watermark": to, "rows": rows })))
    })
    .await
}

/// Deletions past their keeping.
async fn sweep_deletions(conn: &mut AsyncPgConnection) -> Result<usize, DbError> {
    let before = Utc::now() - Duration::days(DELETIONS_KEPT_DAYS);
    Ok(
        diesel::delete(deletions::table.filter(deletions::deleted_at.lt(before)))
            .execute(conn)
            .await?,
    )
}

pub async fn job(ctx: JobContext, _slot: SystemSlot) -> JobResult {
    let mut conn = crate::db::conn(&ctx.pool).await?;
    let swept = sweep_deletions(&mut conn).await?;
    let Some(dir) = ctx.config.coaching.export_dir.clone() else {
        return Ok(Some(
            json!({ "files": "no export folder is configured", "deletions_swept": swept }),
        ));
    };
    let report = export_files(&mut conn, &dir).await?;
    Ok(Some(
        json!({ "export": report.unwrap_or(json!("another export is running")), "deletions_swept": swept }),
    ))
}
