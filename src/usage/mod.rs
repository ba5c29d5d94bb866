//! Screen-time usage, its summaries, goals and patterns (`kith.usage.v1`).

pub mod repo;
