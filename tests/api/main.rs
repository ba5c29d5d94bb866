//! The one integration test binary: every test starts the real server (the
//! same builder `kith serve` uses) on its own database.

mod harness;

mod analytics;
mod apps;
mod chat;
mod cli;
mod conversations;
mod devices;
mod fake_openai;
mod fuzz;
mod identity;
mod jobs;
mod platform;
mod social;
mod usage;
