//! Accounts, sessions, roles and the admin view of them (`kith.identity.v1`).

pub mod clock;
pub mod error;
pub mod grpc;
pub mod model;
mod personal_data;
pub mod repo;
pub mod service;
