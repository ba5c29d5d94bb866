use crate::proto::identity::v1 as pb;

/// What a user may do. Stored as its lower-case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Member,
    Mentor,
    Investigator,
    CaseReporter,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Mentor => "mentor",
            Role::Investigator => "investigator",
            Role::CaseReporter => "case_reporter",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Some(match s {
            "member" => Role::Member,
            "mentor" => Role::Mentor,
            "investigator" => Role::Investigator,
            "case_reporter" => Role::CaseReporter,
            "admin" => Role::Admin,
            _ => return None,
        })
    }
}

impl From<Role> for pb::Role {
    fn from(role: Role) -> Self {
        match role {
            Role::Member => pb::Role::Member,
            Role::Mentor => pb::Role::Mentor,
            Role::Investigator => pb::Role::Investigator,
            Role::CaseReporter => pb::Role::CaseReporter,
            Role::Admin => pb::Role::Admin,
        }
    }
}

impl TryFrom<pb::Role> for Role {
    type Error = &'static str;
    fn try_from(role: pb::Role) -> Result<Self, Self::Error> {
        Ok(match role {
            pb::Role::Unspecified => return Err("must be set"),
            pb::Role::Member => Role::Member,
            pb::Role::Mentor => Role::Mentor,
            pb::Role::Investigator => Role::Investigator,
            pb::Role::CaseReporter => Role::CaseReporter,
            pb::Role::Admin => Role::Admin,
        })
    }
}
