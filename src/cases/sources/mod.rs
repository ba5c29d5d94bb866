//! External registries synced into cases (`kith.cases.v1.ExternalSourceService`,
//! admins only). A source is a PostgreSQL table read through a mapping of
//! its columns to case fields; its connection string is sealed at rest
//! ([`crypto`]). A sync ([`sync::run`], by SyncNow or the schedule) reads
//! every row ([`connector`]), checks each as CreateCase checks a case
//! ([`rows`]), and creates or updates the source's cases by the row's
//! key. Every query sent to a source is in its query log, every sync in
//! its sync log, and every case a sync writes in the audit trail.

pub mod connector;
pub mod crypto;
mod error;
pub mod grpc;
pub mod model;
mod personal_data;
pub mod repo;
pub mod rows;
pub mod sync;

pub use error::SourcesError;
pub use sync::{due_job, sync_job, DUE_EVERY, DUE_JOB, SYNC_JOB};
