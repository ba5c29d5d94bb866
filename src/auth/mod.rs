//! Who is calling: access tokens, password hashing, Google ID tokens, roles,
//! and the layer that admits a call only with a valid token of an active user.

pub mod google;
pub mod layer;
pub mod limits;
pub mod password;
pub mod role;
pub mod tokens;

use tonic::{Code, Status};
use uuid::Uuid;

pub use role::Role;

/// The signed-in user of a call, put into the request by [`layer::AuthLayer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caller {
    pub user_id: Uuid,
    pub role: Role,
}

impl Caller {
    /// The caller of an authenticated method. Its absence means the method
    /// was wrongly listed as public, so it fails closed.
    pub fn of<T>(request: &tonic::Request<T>) -> Result<Caller, Status> {
        request
            .extensions()
            .get::<Caller>()
            .copied()
            .ok_or_else(|| crate::error::status(Code::Unauthenticated, "UNAUTHENTICATED", "sign-in required"))
    }

    /// PERMISSION_DENIED unless the caller has `role`; admins pass every check.
    pub fn require(&self, role: Role) -> Result<(), Status> {
        if self.role == role || self.role == Role::Admin {
            Ok(())
        } else {
            Err(crate::error::status_with(
                Code::PermissionDenied,
                "PERMISSION_DENIED",
                format!("requires the {} role", role.as_str()),
                [("required_role".to_owned(), role.as_str().to_owned())].into(),
            ))
        }
    }
}

/// The peer address of a call, for rate limits and the audit trail.
pub fn peer<T>(request: &tonic::Request<T>) -> String {
    request
        .remote_addr()
        .map(|addr| addr.ip().to_string())
        .unwrap_or_else(|| "unknown".to_owned())
}

/// The client's user agent, kept with refresh tokens so users can tell
/// sessions apart.
pub fn user_agent<T>(request: &tonic::Request<T>) -> Option<String> {
    request
        .metadata()
        .get("user-agent")
        .and_then(|v| v.to_str().ok())
        .map(|s| s.chars().take(256).collect())
}
