//! The one integration test binary: every test starts the real server (the
//! same builder `kith serve` uses) on its own database.

mod harness;

mod apps;
mod cli;
mod devices;
mod identity;
mod platform;
mod usage;
