//! Data rights: the registry of personal data every domain declares in its
//! own module, the export built from it, and account deletion — closing an
//! account at once, erasing or anonymising its data after a grace period.
//!
//! A domain declares each table holding a user's rows with
//! `inventory::submit! { PersonalData { .. } }`: the columns that hold the
//! user's id, how its rows are exported (one JSON-lines file per resource)
//! and how they go when the account is erased. A column that refers to a
//! user but holds no personal data of that user is declared with
//! [`Exempt`] and a reason. `catalog` checks the database against both.

pub mod catalog;
pub mod deletion;
pub mod export;
pub mod retention;

use diesel_async::AsyncPgConnection;
use futures::future::BoxFuture;
use uuid::Uuid;

use crate::error::DbError;

/// Whose data is exported or erased: the user's id and email (some tables,
/// like login attempts, know a user only by email).
#[derive(Debug, Clone)]
pub struct Subject {
    pub user_id: Uuid,
    pub email: String,
}

impl Subject {
    /// A declared statement with `{user}` replaced by the user's id as a
    /// uuid literal and `{email}` by their email as a quoted text literal:
    /// neither can change the statement's meaning.
    pub fn fill(&self, template: &str) -> String {
        template
            .replace("{user}", &format!("'{}'::uuid", self.user_id))
            .replace("{email}", &format!("'{}'", self.email.replace('\'', "''")))
    }
}

/// A query returning the user's rows of a resource, each row becoming one
/// JSON object; `{user}` and `{email}` stand for the user (see
/// [`Subject::fill`]). The rows should come in a stable order.
#[derive(Debug, Clone, Copy)]
pub struct Export {
    /// The file name in the archive, without `.jsonl`.
    pub resource: &'static str,
    pub query: &'static str,
}

/// Custom erasure code, for what SQL statements alone cannot do.
pub type EraseFn = for<'a> fn(&'a mut AsyncPgConnection, &'a Subject) -> BoxFuture<'a, Result<usize, DbError>>;

/// How a table's rows of the user go when the account is erased. Every
/// statement and function runs before the user's row is deleted, in the
/// erase transaction, so they still see the user's devices and names.
#[derive(Debug, Clone, Copy)]
pub enum Erase {
    /// Deleted (or set null) with the user's row by the foreign key.
    WithUser,
    /// SQL statements, `{user}` and `{email}` filled in (see
    /// [`Subject::fill`]): deletes, or anonymisation of rows other users keep.
    Sql(&'static [&'static str]),
    /// Code of the domain's own.
    Custom(EraseFn),
}

/// One table's personal rows.
#[derive(Debug)]
pub struct PersonalData {
    pub table: &'static str,
    /// Columns holding a user's id. Each one found in the catalog must be
    /// declared here or exempted.
    pub user_columns: &'static [&'static str],
    /// How the user's rows are exported; empty when the table is exported
    /// as part of another resource or holds nothing the user gave or is
    /// shown.
    pub exports: &'static [Export],
    pub erase: Erase,
}

/// A column that refers to users without holding that user's personal
/// data, and why.
#[derive(Debug)]
pub struct Exempt {
    pub table: &'static str,
    pub column: &'static str,
    pub reason: &'static str,
}

inventory::collect!(PersonalData);
inventory::collect!(Exempt);

/// Every declaration, sorted by table for a stable archive and erase order.
pub fn declarations() -> Vec<&'static PersonalData> {
    let mut all: Vec<&'static PersonalData> = inventory::iter::<PersonalData>.into_iter().collect();
    all.sort_by_key(|d| d.table);
    all
}

pub fn exemptions() -> Vec<&'static Exempt> {
    inventory::iter::<Exempt>.into_iter().collect()
}

/// Every exported resource, in archive order.
pub fn exports() -> Vec<Export> {
    declarations().iter().flat_map(|d| d.exports.iter().copied()).collect()
}
