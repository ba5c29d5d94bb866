//! Requests that name one user, visit or challenge, and the lists' filters,
//! checked. That a user is not the caller is the handler's check; a list's
//! page is read by the handler too (its token is bound to the caller and
//! signed with the server's key).

use uuid::Uuid;

use crate::error::FieldViolations;
use crate::proto::social::v1 as pb;
use crate::request;
use crate::social::challenges::Scope;
use crate::social::visits::Role;

/// The one id a request names, or its violation.
fn the_id(field: &str, raw: &str) -> Result<Uuid, FieldViolations> {
    let mut v = FieldViolations::new();
    request::uuid(&mut v, field, raw).ok_or(v)
}

/// The user GetFriend, RemoveFriend, Block or Unblock names by `user_id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UserRef(pub Uuid);

impl TryFrom<&pb::GetFriendRequest> for UserRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetFriendRequest) -> Result<Self, FieldViolations> {
        the_id("user_id", &r.user_id).map(Self)
    }
}

impl TryFrom<&pb::RemoveFriendRequest> for UserRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::RemoveFriendRequest) -> Result<Self, FieldViolations> {
        the_id("user_id", &r.user_id).map(Self)
    }
}

impl TryFrom<&pb::BlockRequest> for UserRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::BlockRequest) -> Result<Self, FieldViolations> {
        the_id("user_id", &r.user_id).map(Self)
    }
}

impl TryFrom<&pb::UnblockRequest> for UserRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::UnblockRequest) -> Result<Self, FieldViolations> {
        the_id("user_id", &r.user_id).map(Self)
    }
}

/// The visit EndVisit or GetVisit names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VisitRef(pub Uuid);

impl TryFrom<&pb::EndVisitRequest> for VisitRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::EndVisitRequest) -> Result<Self, FieldViolations> {
        the_id("visit_id", &r.visit_id).map(Self)
    }
}

impl TryFrom<&pb::GetVisitRequest> for VisitRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetVisitRequest) -> Result<Self, FieldViolations> {
        the_id("visit_id", &r.visit_id).map(Self)
    }
}

/// The challenge GetChallenge, JoinChallenge, LeaveChallenge or
/// GetLeaderboard names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChallengeRef(pub Uuid);

impl TryFrom<&pb::GetChallengeRequest> for ChallengeRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetChallengeRequest) -> Result<Self, FieldViolations> {
        the_id("challenge_id", &r.challenge_id).map(Self)
    }
}

impl TryFrom<&pb::JoinChallengeRequest> for ChallengeRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::JoinChallengeRequest) -> Result<Self, FieldViolations> {
        the_id("challenge_id", &r.challenge_id).map(Self)
    }
}

impl TryFrom<&pb::LeaveChallengeRequest> for ChallengeRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::LeaveChallengeRequest) -> Result<Self, FieldViolations> {
        the_id("challenge_id", &r.challenge_id).map(Self)
    }
}

impl TryFrom<&pb::GetLeaderboardRequest> for ChallengeRef {
    type Error = FieldViolations;

    fn try_from(r: &pb::GetLeaderboardRequest) -> Result<Self, FieldViolations> {
        the_id("challenge_id", &r.challenge_id).map(Self)
    }
}

impl Role {
    /// ListVisits' role: unspecified lists both sides. An unknown one is
    /// recorded in `v` (and lists both), so the page's faults are reported
    /// with it.
    pub fn parse(v: &mut FieldViolations, r: &pb::ListVisitsRequest) -> Role {
        match pb::VisitRole::try_from(r.role) {
            Ok(pb::VisitRole::Unspecified) => Role::Either,
            Ok(pb::VisitRole::Host) => Role::Host,
            Ok(pb::VisitRole::Visitor) => Role::Visitor,
            Err(_) => {
                v.add("role", "is not a known value");
                Role::Either
            }
        }
    }
}

impl Scope {
    /// ListChallenges' scope: unspecified lists all the caller may see. An
    /// unknown one is recorded in `v` (and lists all), so the page's faults
    /// are reported with it.
    pub fn parse(v: &mut FieldViolations, r: &pb::ListChallengesRequest) -> Scope {
        match pb::ChallengeScope::try_from(r.scope) {
            Ok(pb::ChallengeScope::Unspecified) => Scope::All,
            Ok(pb::ChallengeScope::Mine) => Scope::Mine,
            Ok(pb::ChallengeScope::Friends) => Scope::Friends,
            Ok(pb::ChallengeScope::Public) => Scope::Public,
            Err(_) => {
                v.add("scope", "is not a known value");
                Scope::All
            }
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
    fn requests_naming_one_user() {
        let id = Uuid::now_v7();
        let (good, bad) = (id.to_string(), String::from("nope"));
        let friend = |user_id: &String| {
            UserRef::try_from(&pb::GetFriendRequest {
                user_id: user_id.clone(),
            })
        };
        assert_eq!(friend(&good).unwrap(), UserRef(id));
        assert_eq!(fields(friend(&bad).unwrap_err()), ["user_id"]);
        let remove = |user_id: &String| {
            UserRef::try_from(&pb::RemoveFriendRequest {
                user_id: user_id.clone(),
            })
        };
        assert_eq!(remove(&good).unwrap(), UserRef(id));
        assert_eq!(fields(remove(&String::new()).unwrap_err()), ["user_id"]);
        let block = |user_id: &String| {
            UserRef::try_from(&pb::BlockRequest {
                user_id: user_id.clone(),
            })
        };
        assert_eq!(block(&good).unwrap(), UserRef(id));
        assert_eq!(fields(block(&bad).unwrap_err()), ["user_id"]);
        let unblock = |user_id: &String| {
            UserRef::try_from(&pb::UnblockRequest {
                user_id: user_id.clone(),
            })
        };
        assert_eq!(unblock(&good).unwrap(), UserRef(id));
        assert_eq!(fields(unblock(&bad).unwrap_err()), ["user_id"]);
    }

    #[test]
    fn requests_naming_one_visit_or_challenge() {
        let id = Uuid::now_v7();
        let (good, bad) = (id.to_string(), String::from("nope"));
        let end = |visit_id: &String| {
            VisitRef::try_from(&pb::EndVisitRequest {
                visit_id: visit_id.clone(),
            })
        };
        assert_eq!(end(&good).unwrap(), VisitRef(id));
        assert_eq!(fields(end(&bad).unwrap_err()), ["visit_id"]);
        let get = |visit_id: &String| {
            VisitRef::try_from(&pb::GetVisitRequest {
                visit_id: visit_id.clone(),
            })
        };
        assert_eq!(get(&good).unwrap(), VisitRef(id));
        assert_eq!(fields(get(&String::new()).unwrap_err()), ["visit_id"]);

        let challenge = |challenge_id: &String| {
            [
                ChallengeRef::try_from(&pb::GetChallengeRequest {
                    challenge_id: challenge_id.clone(),
                }),
                ChallengeRef::try_from(&pb::JoinChallengeRequest {
                    challenge_id: challenge_id.clone(),
                }),
                ChallengeRef::try_from(&pb::LeaveChallengeRequest {
                    challenge_id: challenge_id.clone(),
                }),
                ChallengeRef::try_from(&pb::GetLeaderboardRequest {
                    challenge_id: challenge_id.clone(),
                }),
            ]
        };
        for parsed in challenge(&good) {
            assert_eq!(parsed.unwrap(), ChallengeRef(id));
        }
        for parsed in challenge(&bad) {
            assert_eq!(fields(parsed.unwrap_err()), ["challenge_id"]);
        }
    }

    #[test]
    fn list_filters_record_an_unknown_role_or_scope() {
        let mut v = FieldViolations::new();
        let visits = |role: pb::VisitRole| pb::ListVisitsRequest {
            role: role as i32,
            ..Default::default()
        };
        assert_eq!(Role::parse(&mut v, &visits(pb::VisitRole::Host)), Role::Host);
        assert_eq!(Role::parse(&mut v, &visits(pb::VisitRole::Unspecified)), Role::Either);
        let challenges = |scope: pb::ChallengeScope| pb::ListChallengesRequest {
            scope: scope as i32,
            ..Default::default()
        };
        assert_eq!(
            Scope::parse(&mut v, &challenges(pb::ChallengeScope::Friends)),
            Scope::Friends
        );
        assert_eq!(
            Scope::parse(&mut v, &challenges(pb::ChallengeScope::Unspecified)),
            Scope::All
        );
        assert!(v.is_empty());

        let unknown_role = pb::ListVisitsRequest {
            role: 9,
            ..Default::default()
        };
        assert_eq!(Role::parse(&mut v, &unknown_role), Role::Either);
        let unknown_scope = pb::ListChallengesRequest {
            scope: -4,
            ..Default::default()
        };
        assert_eq!(Scope::parse(&mut v, &unknown_scope), Scope::All);
        assert_eq!(fields(v), ["role", "scope"]);
    }
}
