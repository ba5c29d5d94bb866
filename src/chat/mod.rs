//! Chat threads between a user and a counterpart (`kith.chat.v1`): one
//! engine (history windowing, streaming, storage, accounting) and the
//! counterparts that give it a voice and context.

pub mod counterpart;
pub mod engine;
pub mod error;
pub mod grpc;
pub mod model;
mod personal_data;
pub mod repo;
