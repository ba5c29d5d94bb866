//! Screen-time usage, its summaries, goals and patterns (`kith.usage.v1`).

pub mod detection;
pub mod error;
pub mod goals;
pub mod grpc;
pub mod ingest;
pub mod model;
pub mod patterns;
mod personal_data;
pub mod repo;
pub mod upload;
