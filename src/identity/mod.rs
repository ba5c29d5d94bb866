//! Accounts, sessions, roles and the admin view of them (`kith.identity.v1`).

pub mod error;
pub mod grpc;
pub mod model;
pub mod repo;
pub mod service;
