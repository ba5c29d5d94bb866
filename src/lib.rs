//! Kith: one gRPC backend for people-centred AI apps. The library builds the
//! whole server so `main` and the integration tests run the same thing.

pub mod ai;
pub mod analytics;
pub mod app;
pub mod apps;
pub mod audit;
pub mod auth;
pub mod cases;
pub mod chat;
pub mod coaching;
pub mod codec;
pub mod config;
pub mod conversations;
pub mod db;
pub mod demo;
pub mod devices;
pub mod engagement;
pub mod error;
pub mod identity;
pub mod jobs;
pub mod message_size;
pub mod metrics;
pub mod notify;
pub mod pagination;
pub mod personas;
pub mod privacy;
pub mod proto;
pub mod request;
pub mod schema;
pub mod social;
pub mod state;
pub mod stored_enum;
pub mod telemetry;
pub mod usage;
