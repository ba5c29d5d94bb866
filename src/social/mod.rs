//! Friends, device visits and challenges with leaderboards (`kith.social.v1`).

pub mod challenges;
pub mod error;
pub mod friends;
pub mod grpc;
pub mod leaderboard;
pub mod model;
mod personal_data;
pub mod visits;
