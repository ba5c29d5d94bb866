//! The one integration test binary: every test starts the real server (the
//! same builder `kith serve` uses) on its own database.

mod harness;

mod analytics;
mod apps;
mod case_matches;
mod case_sources;
mod cases;
mod chat;
mod cli;
mod coaching;
mod coaching_export;
mod conversations;
mod data_rights;
mod devices;
mod domains_security;
mod engagement;
mod engines_security;
mod fake_openai;
mod fuzz;
mod identity;
mod identity_security;
mod input_checks;
mod jobs;
mod mentors;
mod notifications;
mod operations;
mod personas;
mod platform;
mod platform_security;
mod push;
mod receiver;
mod rust_client;
mod scale_out;
mod schema;
mod social;
mod traces;
mod usage;
mod webhooks;
