//! Coaching: members' goals with the plan the AI makes of each (subgoals
//! and habits), daily check-ins, a journal scored offline, and dashboards
//! of adherence, streaks and risk (`kith.coaching.v1`).

pub mod dashboard;
mod error;
pub mod grpc;
pub mod journal;
pub mod model;
mod personal_data;
pub mod plan;
pub mod repo;

pub use error::CoachingError;
