//! Stats, the wellness score, comparisons and trends over a user's usage
//! (`kith.analytics.v1`), read from daily rollups that the analytics_rollup
//! job keeps, so reads stay fast however much raw usage there is.

pub mod error;
pub mod grpc;
pub mod metrics;
pub mod model;
mod personal_data;
pub mod repo;
pub mod rollup;
pub mod score;
pub mod service;
