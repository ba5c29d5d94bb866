//! The app catalogue and the apps on users' devices (`kith.apps.v1`).

pub mod catalogue;
pub mod error;
pub mod grpc;
pub mod model;
mod personal_data;
pub mod repo;
pub mod service;
