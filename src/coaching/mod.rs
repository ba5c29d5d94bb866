//! Coaching: members' goals with the plan the AI makes of each (subgoals
//! and habits), daily check-ins, a journal scored offline, and dashboards
//! of adherence, streaks and risk; mentors with an AI co-pilot that reads
//! their members' data (`kith.coaching.v1`).

pub mod coach;
pub mod copilot;
pub mod dashboard;
mod error;
pub mod export;
pub mod export_grpc;
pub mod feed;
pub mod feed_grpc;
pub mod grpc;
pub mod journal;
pub mod mentor_grpc;
pub mod mentors;
pub mod model;
mod personal_data;
pub mod plan;
pub mod repo;
pub mod rollups;
pub mod suggestion_grpc;
pub mod suggestions;

pub use error::CoachingError;
