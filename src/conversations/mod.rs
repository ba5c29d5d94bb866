//! Conversations between the caller's devices and apps, and their journals,
//! written by the AI gateway (`kith.conversations.v1`).

pub mod error;
pub mod grpc;
pub mod model;
mod personal_data;
pub mod prompt;
pub mod repo;
pub mod scheduled;
pub mod service;
pub mod visit;
