//! Friendships, visits and challenges as stored, as validated input, and as
//! sent. Kinds and visibilities are stored by lower-case name.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Date, Integer, Nullable, Text, Timestamptz};
use uuid::Uuid;

use crate::devices::model::DeviceRow;
use crate::error::FieldViolations;
use crate::proto::social::v1 as pb;
use crate::proto::timestamp;
use crate::request;

type SqlUuid = diesel::sql_types::Uuid;

/// The longest a challenge may run, in days.
pub const MAX_CHALLENGE_DAYS: i64 = 90;
/// The longest a visit may last.
pub const MAX_VISIT: Duration = Duration::days(7);
/// How far in the past a visit may start (clock skew of the caller).
pub const VISIT_START_SLACK: Duration = Duration::minutes(5);

/// Whom a friend request is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FriendTarget {
    Email(String),
    UserId(Uuid),
}

impl FriendTarget {
    /// The address as the sender named it, for an invite.
    pub fn address(&self) -> String {
        match self {
            FriendTarget::Email(email) => email.clone(),
            FriendTarget::UserId(id) => id.to_string(),
        }
    }

    pub fn parse(r: &pb::SendFriendRequestRequest) -> Result<FriendTarget, FieldViolations> {
        use pb::send_friend_request_request::To;
        let mut v = FieldViolations::new();
        let target = match &r.to {
            Some(To::Email(email)) => {
                let email = email.trim().to_lowercase();
                if email.is_empty() || !email.contains('@') || email.len() > 254 {
                    v.add("email", "must be an email address");
                } else {
                    request::text(&mut v, "email", &email, 254, request::Text::Line);
                }
                FriendTarget::Email(email)
            }
            Some(To::UserId(raw)) => match request::uuid(&mut v, "user_id", raw) {
                Some(id) => FriendTarget::UserId(id),
                None => return Err(v),
            },
            None => {
                v.add("to", "must name an email or a user_id");
                return Err(v);
            }
        };
        v.into_result().map(|()| target)
    }

    /// The request field that named the target.
    pub fn field(&self) -> &'static str {
        match self {
            FriendTarget::Email(_) => "email",
            FriendTarget::UserId(_) => "user_id",
        }
    }
}

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

crate::stored_enum! {
    /// Where a friend request stands.
    pub enum FriendshipStatus: pb::FriendshipStatus {
        Pending => "pending",
        Accepted => "accepted",
        Declined => "declined",
    }
}

/// Trimmed text of `min..=max` characters without control characters.
fn text(raw: &str, min: usize, max: usize) -> Result<String, String> {
    let text = raw.trim();
    if text.chars().take(min).count() < min {
        return Err("is required".into());
    }
    request::check_text(text, max, request::Text::Prose)?;
    Ok(text.to_owned())
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

/// StartVisit, every field valid.
#[derive(Debug, Clone)]
pub struct NewVisit {
    pub visiting_device_id: Uuid,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub conversation: bool,
    pub request_id: Option<String>,
}

impl NewVisit {
    pub fn parse(r: &pb::StartVisitRequest, now: DateTime<Utc>) -> Result<NewVisit, FieldViolations> {
        let mut v = FieldViolations::new();
        let device = request::uuid(&mut v, "visiting_device_id", &r.visiting_device_id);
        let request_id = request::request_id(&mut v, &r.request_id);
        let starts_at = match &r.start_time {
            None => Some(now),
            Some(ts) => match request::parse_time(ts) {
                Ok(at) if at < now - VISIT_START_SLACK => {
                    v.add("start_time", "must not be in the past");
                    None
                }
                Ok(at) => Some(at),
                Err(e) => {
                    v.add("start_time", e);
                    None
                }
            },
        };
        let ends_at = match &r.end_time {
            None => {
                v.add("end_time", "is required");
                None
            }
            Some(ts) => v.check("end_time", request::parse_time(ts)),
        };
        if let (Some(start), Some(end)) = (starts_at, ends_at) {
            if end <= start {
                v.add("end_time", "must be after start_time");
            } else if end - start > MAX_VISIT {
                v.add("end_time", "must be at most 7 days after start_time");
            }
        }
        match (device, starts_at, ends_at) {
            (Some(visiting_device_id), Some(starts_at), Some(ends_at)) if v.is_empty() => Ok(NewVisit {
                visiting_device_id,
                starts_at,
                ends_at,
                conversation: r.conversation,
                request_id,
            }),
            _ => Err(v),
        }
    }
}

/// A friendship row with both people's names.
#[derive(Debug, Clone, QueryableByName)]
pub struct FriendshipRow {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub requester_id: Uuid,
    #[diesel(sql_type = Text)]
    pub requester_name: String,
    #[diesel(sql_type = SqlUuid)]
    pub addressee_id: Uuid,
    #[diesel(sql_type = Text)]
    pub addressee_name: String,
    #[diesel(sql_type = Text)]
    pub status: String,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub responded_at: Option<DateTime<Utc>>,
}

impl FriendshipRow {
    pub fn status(&self) -> FriendshipStatus {
        FriendshipStatus::from_stored(&self.status).unwrap_or(FriendshipStatus::Declined)
    }

    /// The other person of the pair, as `caller` sees them.
    pub fn other(&self, caller: Uuid) -> pb::Person {
        if self.requester_id == caller {
            person(self.addressee_id, &self.addressee_name)
        } else {
            person(self.requester_id, &self.requester_name)
        }
    }

    pub fn as_friend(&self, caller: Uuid) -> pb::Friend {
        pb::Friend {
            person: Some(self.other(caller)),
            friend_request_id: self.id.to_string(),
            friends_since: self.responded_at.map(timestamp),
        }
    }
}

pub fn person(id: Uuid, name: &str) -> pb::Person {
    pb::Person {
        user_id: id.to_string(),
        display_name: name.to_owned(),
    }
}

impl FriendshipRow {
    /// The request as `caller` sees it. The addressee of a pending request
    /// is not shown to its requester (an empty person) until they accept:
    /// a request to an address without an account looks the same, so
    /// sending one tells nobody whether the address has an account.
    pub fn seen_by(self, caller: Uuid) -> pb::FriendRequest {
        let status = self.status();
        let hidden = status == FriendshipStatus::Pending && self.requester_id == caller;
        pb::FriendRequest {
            id: self.id.to_string(),
            requester: Some(person(self.requester_id, &self.requester_name)),
            addressee: Some(if hidden {
                pb::Person::default()
            } else {
                person(self.addressee_id, &self.addressee_name)
            }),
            status: pb::FriendshipStatus::from(status) as i32,
            create_time: Some(timestamp(self.created_at)),
            respond_time: self.responded_at.map(timestamp),
        }
    }
}

/// A user as another sees them, with when they were blocked.
#[derive(Debug, Clone, QueryableByName)]
pub struct BlockedRow {
    #[diesel(sql_type = SqlUuid)]
    pub user_id: Uuid,
    #[diesel(sql_type = Text)]
    pub display_name: String,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
}

/// A device as friends see it.
#[derive(Debug, Clone)]
pub struct SharedDeviceRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub name: String,
    pub nickname: String,
    pub personality: String,
    pub device_type: String,
}

impl From<DeviceRow> for SharedDeviceRow {
    fn from(d: DeviceRow) -> Self {
        SharedDeviceRow {
            id: d.id,
            user_id: d.user_id,
            name: d.name,
            nickname: d.nickname,
            personality: d.personality,
            device_type: d.device_type,
        }
    }
}

impl SharedDeviceRow {
    pub fn display_name(&self) -> &str {
        if self.nickname.is_empty() {
            &self.name
        } else {
            &self.nickname
        }
    }
}

impl From<&SharedDeviceRow> for pb::SharedDevice {
    fn from(d: &SharedDeviceRow) -> Self {
        pb::SharedDevice {
            device_id: d.id.to_string(),
            name: d.display_name().to_owned(),
            personality: d.personality.clone(),
            device_type: d.device_type.clone(),
        }
    }
}

/// A visit with the people and device it names.
#[derive(Debug, Clone, QueryableByName)]
pub struct VisitRow {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub host_id: Uuid,
    #[diesel(sql_type = Text)]
    pub host_name: String,
    #[diesel(sql_type = SqlUuid)]
    pub visitor_id: Uuid,
    #[diesel(sql_type = Text)]
    pub visitor_name: String,
    #[diesel(sql_type = SqlUuid)]
    pub device_id: Uuid,
    #[diesel(sql_type = Text)]
    pub device_name: String,
    #[diesel(sql_type = Text)]
    pub device_nickname: String,
    #[diesel(sql_type = Text)]
    pub device_personality: String,
    #[diesel(sql_type = Text)]
    pub device_type: String,
    #[diesel(sql_type = Timestamptz)]
    pub starts_at: DateTime<Utc>,
    #[diesel(sql_type = Timestamptz)]
    pub ends_at: DateTime<Utc>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub ended_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Bool)]
    pub conversation_requested: bool,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub host_conversation_id: Option<Uuid>,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub visitor_conversation_id: Option<Uuid>,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
}

impl VisitRow {
    pub fn is_over(&self, now: DateTime<Utc>) -> bool {
        self.ended_at.is_some() || self.ends_at <= now
    }

    pub fn visiting_device(&self) -> SharedDeviceRow {
        SharedDeviceRow {
            id: self.device_id,
            user_id: self.visitor_id,
            name: self.device_name.clone(),
            nickname: self.device_nickname.clone(),
            personality: self.device_personality.clone(),
            device_type: self.device_type.clone(),
        }
    }

    /// The visit as `caller` (its host or visitor) sees it.
    pub fn message(&self, caller: Uuid) -> pb::Visit {
        let conversation = if caller == self.host_id {
            self.host_conversation_id
        } else {
            self.visitor_conversation_id
        };
        pb::Visit {
            id: self.id.to_string(),
            host: Some(person(self.host_id, &self.host_name)),
            visitor: Some(person(self.visitor_id, &self.visitor_name)),
            visiting_device: Some((&self.visiting_device()).into()),
            start_time: Some(timestamp(self.starts_at)),
            end_time: Some(timestamp(self.ends_at)),
            ended_time: self.ended_at.map(timestamp),
            conversation_requested: self.conversation_requested,
            conversation_id: conversation.map(|c| c.to_string()).unwrap_or_default(),
            create_time: Some(timestamp(self.created_at)),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn challenge(start: &str, end: &str, target: i64) -> pb::CreateChallengeRequest {
        pb::CreateChallengeRequest {
            challenge: Some(pb::Challenge {
                kind: pb::ChallengeKind::IncreaseProductivity as i32,
                title: "Deep work week".into(),
                start_day: start.into(),
                end_day: end.into(),
                target,
                visibility: pb::ChallengeVisibility::Friends as i32,
                ..Default::default()
            }),
            request_id: String::new(),
        }
    }

    fn fields(err: FieldViolations) -> Vec<String> {
        err.fields().map(str::to_owned).collect()
    }

    #[test]
    fn challenges_check_days_and_the_target_in_the_kind_unit() {
        let today = "2026-11-30".parse().unwrap();
        assert!(NewChallenge::parse(&challenge("2026-11-30", "2026-12-06", 60), today).is_ok());
        let err = NewChallenge::parse(&challenge("2026-11-30", "2026-12-06", 101), today).unwrap_err();
        assert_eq!(fields(err), ["challenge.target"]);
        let err = NewChallenge::parse(&challenge("2026-11-01", "2026-11-29", 50), today).unwrap_err();
        assert_eq!(fields(err), ["challenge.end_day"]);
        let err = NewChallenge::parse(&challenge("2026-12-01", "2027-03-15", 50), today).unwrap_err();
        assert_eq!(fields(err), ["challenge.end_day"]);
        let err = NewChallenge::parse(&challenge("2026-12-06", "2026-12-01", 50), today).unwrap_err();
        assert_eq!(fields(err), ["challenge.end_day"]);
        let err = NewChallenge::parse(&challenge("soon", "", 0), today).unwrap_err();
        assert_eq!(
            fields(err),
            ["challenge.start_day", "challenge.end_day", "challenge.target"]
        );
    }

    #[test]
    fn visits_need_an_end_within_a_week_and_no_past_start() {
        let now: DateTime<Utc> = "2026-11-30T12:00:00Z".parse().unwrap();
        let at = |s: &str| Some(timestamp(s.parse::<DateTime<Utc>>().unwrap()));
        let mut r = pb::StartVisitRequest {
            visiting_device_id: Uuid::now_v7().to_string(),
            end_time: at("2026-11-30T15:00:00Z"),
            ..Default::default()
        };
        let visit = NewVisit::parse(&r, now).unwrap();
        assert_eq!(visit.starts_at, now);
        r.end_time = at("2026-12-08T12:00:00Z");
        assert_eq!(fields(NewVisit::parse(&r, now).unwrap_err()), ["end_time"]);
        r.start_time = at("2026-11-30T11:00:00Z");
        r.end_time = None;
        r.visiting_device_id = "x".into();
        assert_eq!(
            fields(NewVisit::parse(&r, now).unwrap_err()),
            ["visiting_device_id", "start_time", "end_time"]
        );
    }
}
