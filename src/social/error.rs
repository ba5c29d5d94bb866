use std::collections::HashMap;

use tonic::{Code, Status};

use crate::error::{status, status_with, DbError, FieldViolations};

#[derive(Debug, thiserror::Error)]
pub enum SocialError {
    #[error(transparent)]
    Invalid(#[from] FieldViolations),
    /// No such user, or one the caller may not see.
    #[error("user not found")]
    UserNotFound,
    #[error("friend not found")]
    FriendNotFound,
    #[error("friend request not found")]
    FriendRequestNotFound,
    #[error("the friend request was already answered")]
    FriendRequestAnswered,
    #[error("you are already friends")]
    AlreadyFriends,
    #[error("you blocked this user; unblock them first")]
    YouBlocked,
    #[error("at most {max} friend requests a day")]
    TooManyFriendRequests { max: u32 },
    #[error("device not found")]
    DeviceNotFound,
    #[error("visit not found")]
    VisitNotFound,
    #[error("this visit is already over")]
    VisitOver,
    /// The device is away on another visit at that time.
    #[error("the device is visiting someone else at that time")]
    DeviceBusy,
    #[error("challenge not found")]
    ChallengeNotFound,
    #[error("the challenge is over")]
    ChallengeEnded,
    #[error("already taking part in this challenge")]
    AlreadyJoined,
    #[error("not taking part in this challenge")]
    NotAParticipant,
    #[error("the challenge has its {max} participants")]
    ChallengeFull { max: i64 },
    #[error("at most {max} unfinished challenges per creator")]
    TooManyChallenges { max: i64 },
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<SocialError> for Status {
    fn from(err: SocialError) -> Status {
        let message = err.to_string();
        match err {
            SocialError::Invalid(violations) => violations.into(),
            SocialError::UserNotFound => status(Code::NotFound, "USER_NOT_FOUND", message),
            SocialError::FriendNotFound => status(Code::NotFound, "FRIEND_NOT_FOUND", message),
            SocialError::FriendRequestNotFound => status(Code::NotFound, "FRIEND_REQUEST_NOT_FOUND", message),
            SocialError::FriendRequestAnswered => status(Code::FailedPrecondition, "FRIEND_REQUEST_ANSWERED", message),
            SocialError::AlreadyFriends => status(Code::AlreadyExists, "ALREADY_FRIENDS", message),
            SocialError::YouBlocked => status(Code::FailedPrecondition, "USER_BLOCKED", message),
            SocialError::TooManyFriendRequests { max } => status_with(
                Code::ResourceExhausted,
                "TOO_MANY_FRIEND_REQUESTS",
                message,
                HashMap::from([("max_per_day".to_owned(), max.to_string())]),
            ),
            SocialError::DeviceNotFound => status(Code::NotFound, "DEVICE_NOT_FOUND", message),
            SocialError::VisitNotFound => status(Code::NotFound, "VISIT_NOT_FOUND", message),
            SocialError::VisitOver => status(Code::FailedPrecondition, "VISIT_OVER", message),
            SocialError::DeviceBusy => status(Code::FailedPrecondition, "DEVICE_ALREADY_VISITING", message),
            SocialError::ChallengeNotFound => status(Code::NotFound, "CHALLENGE_NOT_FOUND", message),
            SocialError::ChallengeEnded => status(Code::FailedPrecondition, "CHALLENGE_ENDED", message),
            SocialError::AlreadyJoined => status(Code::AlreadyExists, "ALREADY_JOINED", message),
            SocialError::NotAParticipant => status(Code::FailedPrecondition, "NOT_A_PARTICIPANT", message),
            SocialError::ChallengeFull { max } => status_with(
                Code::ResourceExhausted,
                "CHALLENGE_FULL",
                message,
                HashMap::from([("max_participants".to_owned(), max.to_string())]),
            ),
            SocialError::TooManyChallenges { max } => status_with(
                Code::ResourceExhausted,
                "TOO_MANY_CHALLENGES",
                message,
                HashMap::from([("max_open_challenges".to_owned(), max.to_string())]),
            ),
            SocialError::Db(db) => db.into(),
        }
    }
}

impl From<diesel::result::Error> for SocialError {
    fn from(err: diesel::result::Error) -> Self {
        SocialError::Db(err.into())
    }
}
