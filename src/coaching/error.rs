use tonic::{Code, Status};

use super::model::{MAX_HABITS_PER_GOAL, MAX_OPEN_GOALS, MAX_SUBGOALS_PER_GOAL};
use crate::ai::AiError;
use crate::error::{status, DbError, FieldViolations};

#[derive(Debug, thiserror::Error)]
pub enum CoachingError {
    #[error(transparent)]
    Invalid(#[from] FieldViolations),
    /// No such goal of the caller's (another member's reads the same).
    #[error("goal not found")]
    GoalNotFound,
    #[error("habit not found")]
    HabitNotFound,
    #[error("subgoal not found")]
    SubgoalNotFound,
    #[error("journal entry not found")]
    EntryNotFound,
    /// Not one of the caller's members (or no such user).
    #[error("member not found")]
    MemberNotFound,
    #[error("invitation not found or expired")]
    InviteNotFound,
    /// The caller has no mentor to leave.
    #[error("no mentor link to remove")]
    LinkNotFound,
    #[error("suggestion not found")]
    SuggestionNotFound,
    #[error("the suggestion was already accepted or rejected")]
    SuggestionDecided,
    /// The plan changed under it (its habit is gone).
    #[error("the suggestion no longer fits the plan; reject it")]
    SuggestionStale,
    #[error(transparent)]
    Ai(#[from] AiError),
    #[error("at most {MAX_OPEN_GOALS} goals may be active or paused at once; complete or abandon one first")]
    TooManyGoals,
    #[error("a goal has at most {MAX_HABITS_PER_GOAL} habits")]
    TooManyHabits,
    #[error("a goal has at most {MAX_SUBGOALS_PER_GOAL} subgoals")]
    TooManySubgoals,
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<CoachingError> for Status {
    fn from(err: CoachingError) -> Status {
        let message = err.to_string();
        match err {
            CoachingError::Invalid(violations) => violations.into(),
            CoachingError::GoalNotFound => status(Code::NotFound, "GOAL_NOT_FOUND", message),
            CoachingError::HabitNotFound => status(Code::NotFound, "HABIT_NOT_FOUND", message),
            CoachingError::SubgoalNotFound => status(Code::NotFound, "SUBGOAL_NOT_FOUND", message),
            CoachingError::EntryNotFound => status(Code::NotFound, "ENTRY_NOT_FOUND", message),
            CoachingError::MemberNotFound => status(Code::NotFound, "MEMBER_NOT_FOUND", message),
            CoachingError::InviteNotFound => status(Code::NotFound, "INVITE_NOT_FOUND", message),
            CoachingError::LinkNotFound => status(Code::NotFound, "LINK_NOT_FOUND", message),
            CoachingError::SuggestionNotFound => status(Code::NotFound, "SUGGESTION_NOT_FOUND", message),
            CoachingError::SuggestionDecided => status(Code::FailedPrecondition, "SUGGESTION_DECIDED", message),
            CoachingError::SuggestionStale => status(Code::FailedPrecondition, "SUGGESTION_STALE", message),
            CoachingError::Ai(AiError::RateLimited) => status(Code::ResourceExhausted, "AI_RATE_LIMITED", message),
            CoachingError::Ai(cause @ (AiError::Unavailable(_) | AiError::Timeout(_) | AiError::Malformed(_))) => {
                // The provider's words stay in the log.
                tracing::warn!(%cause, "AI provider failed");
                status(
                    Code::Unavailable,
                    "AI_UNAVAILABLE",
                    "the AI provider is unavailable, retry later",
                )
            }
            CoachingError::TooManyGoals => status(Code::ResourceExhausted, "TOO_MANY_GOALS", message),
            CoachingError::TooManyHabits => status(Code::ResourceExhausted, "TOO_MANY_HABITS", message),
            CoachingError::TooManySubgoals => status(Code::ResourceExhausted, "TOO_MANY_SUBGOALS", message),
            CoachingError::Db(err) => err.into(),
        }
    }
}

impl From<diesel::result::Error> for CoachingError {
    fn from(err: diesel::result::Error) -> Self {
        CoachingError::Db(err.into())
    }
}

impl CoachingError {
    /// A row the caller named that is not theirs (or not there) reads as
    /// `missing`; other database trouble stays what it is.
    pub fn or_missing(err: DbError, missing: CoachingError) -> CoachingError {
        match err {
            DbError::NotFound => missing,
            other => CoachingError::Db(other),
        }
    }
}
