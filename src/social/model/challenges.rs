//! Challenges between friends, as requested and as one caller sees them.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Date, Integer, Nullable, Text, Timestamptz};
use uuid::Uuid;

use super::*;
use crate::error::FieldViolations;
use crate::proto::social::v1 as pb;
use crate::proto::timestamp;
use crate::request;

/// The longest a challenge may run, in days.
pub const MAX_CHALLENGE_DAYS: i64 = 90;

crate::stored_enum! {
    pub enum ChallengeKind: pb::ChallengeKind {
        ReduceScreenTime => "reduce_screen_time",
        IncreaseProductivity => "increase_productivity",
        FewerUnlocks => "fewer_unlocks",
        DigitalDetox => "digital_detox",
    }
}

impl ChallengeKind {
    /// The largest target that makes sense in the kind's unit.
    fn max_target(self) -> i64 {
        match self {
            // Minutes in a day.
            ChallengeKind::ReduceScreenTime | ChallengeKind::DigitalDetox => 24 * 60,
            // Percent.
            ChallengeKind::IncreaseProductivity => 100,
            ChallengeKind::FewerUnlocks => 10_000,
        }
    }
}

crate::stored_enum! {
    pub enum Visibility: pb::ChallengeVisibility {
        Friends => "friends",
        Public => "public",
    }
}

/// CreateChallenge, every field valid. `today` is the creator's today.
#[derive(Debug, Clone)]
pub struct NewChallenge {
    pub kind: ChallengeKind,
    pub title: String,
    pub description: String,
    pub start_day: NaiveDate,
    pub end_day: NaiveDate,
    pub target: i64,
    pub visibility: Visibility,
    pub request_id: Option<String>,
}

impl NewChallenge {
    pub fn parse(r: &pb::CreateChallengeRequest, today: NaiveDate) -> Result<NewChallenge, FieldViolations> {
        let mut v = FieldViolations::new();
        let request_id = request::request_id(&mut v, &r.request_id);
        let Some(c) = &r.challenge else {
            v.add("challenge", "is required");
            return Err(v);
        };
        let kind = v.check("challenge.kind", ChallengeKind::from_wire(c.kind));
        let title = v.check("challenge.title", text(&c.title, 1, 100));
        let description = v.check("challenge.description", text(&c.description, 0, 2000));
        let start_day = request::day(&mut v, "challenge.start_day", &c.start_day);
        let end_day = request::day(&mut v, "challenge.end_day", &c.end_day);
        let visibility = v.check("challenge.visibility", Visibility::from_wire(c.visibility));
        if let (Some(start), Some(end)) = (start_day, end_day) {
            if end < start {
                v.add("challenge.end_day", "must not be before start_day");
            } else if (end - start).num_days() >= MAX_CHALLENGE_DAYS {
                v.add(
                    "challenge.end_day",
                    format!("must be within {MAX_CHALLENGE_DAYS} days of start_day"),
                );
            } else if end < today {
                v.add("challenge.end_day", "must not be in the past");
            }
        }
        if let Some(kind) = kind {
            if c.target <= 0 || c.target > kind.max_target() {
                v.add(
                    "challenge.target",
                    format!("must be between 1 and {} for {}", kind.max_target(), kind.as_str()),
                );
            }
        }
        match (kind, title, description, start_day, end_day, visibility) {
            (Some(kind), Some(title), Some(description), Some(start_day), Some(end_day), Some(visibility))
                if v.is_empty() =>
            {
                Ok(NewChallenge {
                    kind,
                    title,
                    description,
                    start_day,
                    end_day,
                    target: c.target,
                    visibility,
                    request_id,
                })
            }
            _ => Err(v),
        }
    }
}

/// A challenge as one caller sees it.
#[derive(Debug, Clone, QueryableByName)]
pub struct ChallengeRow {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub creator_id: Uuid,
    #[diesel(sql_type = Text)]
    pub creator_name: String,
    /// Whether the caller may see who created it (self or a friend).
    #[diesel(sql_type = Bool)]
    pub creator_visible: bool,
    #[diesel(sql_type = Text)]
    pub kind: String,
    #[diesel(sql_type = Text)]
    pub title: String,
    #[diesel(sql_type = Text)]
    pub description: String,
    #[diesel(sql_type = Date)]
    pub start_day: NaiveDate,
    #[diesel(sql_type = Date)]
    pub end_day: NaiveDate,
    #[diesel(sql_type = BigInt)]
    pub target: i64,
    #[diesel(sql_type = Text)]
    pub visibility: String,
    #[diesel(sql_type = Integer)]
    pub participant_count: i32,
    #[diesel(sql_type = Bool)]
    pub joined: bool,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub finished_at: Option<DateTime<Utc>>,
}

impl ChallengeRow {
    pub fn kind(&self) -> ChallengeKind {
        ChallengeKind::from_stored(&self.kind).unwrap_or(ChallengeKind::ReduceScreenTime)
    }

    pub fn visibility(&self) -> Visibility {
        Visibility::from_stored(&self.visibility).unwrap_or(Visibility::Friends)
    }
}

impl From<ChallengeRow> for pb::Challenge {
    fn from(row: ChallengeRow) -> Self {
        pb::Challenge {
            id: row.id.to_string(),
            creator: row.creator_visible.then(|| person(row.creator_id, &row.creator_name)),
            kind: pb::ChallengeKind::from(row.kind()) as i32,
            title: row.title.clone(),
            description: row.description.clone(),
            start_day: row.start_day.to_string(),
            end_day: row.end_day.to_string(),
            target: row.target,
            visibility: pb::ChallengeVisibility::from(row.visibility()) as i32,
            participant_count: row.participant_count,
            joined: row.joined,
            create_time: Some(timestamp(row.created_at)),
            finish_time: row.finished_at.map(timestamp),
        }
    }
}
