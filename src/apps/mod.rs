//! The app catalogue and the apps on users' devices (`kith.apps.v1`).

pub mod catalogue;
