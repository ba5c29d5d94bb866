//! The app catalogue and the apps on users' devices (`kith.apps.v1`).

pub mod catalogue;
pub mod error;
pub mod grpc;
pub mod model;
pub mod repo;
pub mod service;
