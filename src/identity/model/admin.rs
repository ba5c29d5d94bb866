//! Admin requests, checked: which user, and what changes. Whether the
//! caller may (an admin, not locking themselves out) is the service's.

use uuid::Uuid;

use crate::auth::Role;
use crate::error::FieldViolations;
use crate::proto::identity::v1 as pb;
use crate::request;

/// SetUserRole: whose role, and the role, which must be set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleChange {
    pub user_id: Uuid,
    pub role: Role,
}

impl TryFrom<&pb::SetUserRoleRequest> for RoleChange {
    type Error = FieldViolations;

    fn try_from(r: &pb::SetUserRoleRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let user_id = request::uuid(&mut v, "user_id", &r.user_id);
        let role = v.check(
            "role",
            match Role::optional(r.role) {
                Ok(Some(role)) => Ok(role),
                Ok(None) => Err("must be set"),
                Err(_) => Err("is not a known role"),
            },
        );
        match (user_id, role) {
            (Some(user_id), Some(role)) => Ok(Self { user_id, role }),
            _ => Err(v),
        }
    }
}

/// SetUserActive: whose account, and whether it is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActiveChange {
    pub user_id: Uuid,
    pub is_active: bool,
}

impl TryFrom<&pb::SetUserActiveRequest> for ActiveChange {
    type Error = FieldViolations;

    fn try_from(r: &pb::SetUserActiveRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        match request::uuid(&mut v, "user_id", &r.user_id) {
            Some(user_id) => Ok(Self {
                user_id,
                is_active: r.is_active,
            }),
            None => Err(v),
        }
    }
}

/// DeleteUser: whose account an admin closes for deletion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UserDeletion {
    pub user_id: Uuid,
}

impl TryFrom<&pb::DeleteUserRequest> for UserDeletion {
    type Error = FieldViolations;

    fn try_from(r: &pb::DeleteUserRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        match request::uuid(&mut v, "user_id", &r.user_id) {
            Some(user_id) => Ok(Self { user_id }),
            None => Err(v),
        }
    }
}

#[cfg(test)]
mod tests {

    use super::*;

    fn fields(err: FieldViolations) -> Vec<String> {
        err.fields().map(str::to_owned).collect()
    }

    #[test]
    fn admin_requests_name_the_user_and_the_change() {
        let id = Uuid::now_v7();
        let role = RoleChange::try_from(&pb::SetUserRoleRequest {
            user_id: id.to_string(),
            role: pb::Role::Mentor as i32,
        })
        .unwrap();
        assert_eq!(
            role,
            RoleChange {
                user_id: id,
                role: Role::Mentor
            }
        );
        let unset = pb::SetUserRoleRequest {
            user_id: "nope".into(),
            role: 0,
        };
        assert_eq!(fields(RoleChange::try_from(&unset).unwrap_err()), ["user_id", "role"]);
        let unknown = pb::SetUserRoleRequest {
            user_id: id.to_string(),
            role: 99,
        };
        assert_eq!(fields(RoleChange::try_from(&unknown).unwrap_err()), ["role"]);

        let active = ActiveChange::try_from(&pb::SetUserActiveRequest {
            user_id: id.to_string(),
            is_active: true,
        })
        .unwrap();
        assert_eq!(
            active,
            ActiveChange {
                user_id: id,
                is_active: true
            }
        );
        assert_eq!(
            fields(ActiveChange::try_from(&pb::SetUserActiveRequest::default()).unwrap_err()),
            ["user_id"]
        );

        let deletion = UserDeletion::try_from(&pb::DeleteUserRequest {
            user_id: id.to_string(),
        })
        .unwrap();
        assert_eq!(deletion.user_id, id);
        let bad = pb::DeleteUserRequest { user_id: "nope".into() };
        assert_eq!(fields(UserDeletion::try_from(&bad).unwrap_err()), ["user_id"]);
    }
}
