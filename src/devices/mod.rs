//! The caller's devices and their relationships (`kith.devices.v1`).

pub mod error;
pub mod grpc;
pub mod model;
mod personal_data;
pub mod repo;
pub mod service;
