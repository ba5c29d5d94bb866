//! Engagement queries. Each takes the caller's connection, so a message,
//! its notification and its log entry commit together.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use diesel::sql_types::{Array, BigInt, Bool, Date, Double, Integer, Jsonb, Nullable, Text, Timestamptz};
use diesel::{OptionalExtension, QueryableByName};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use serde_json::{json, Value};
use uuid::Uuid;

use super::model::{is_night, Inputs, MessageKind, MessageStatus, NewEvent, Segment};
use crate::error::DbError;
use crate::identity::clock::UserClock;

type SqlUuid = diesel::sql_types::Uuid;

#[derive(Debug, Clone, QueryableByName)]
pub struct ProfileRow {
    #[diesel(sql_type = SqlUuid)]
    pub user_id: Uuid,
    #[diesel(sql_type = Timestamptz)]
    pub first_seen_at: DateTime<Utc>,
    #[diesel(sql_type = Timestamptz)]
    pub last_active_at: DateTime<Utc>,
    #[diesel(sql_type = Text)]
    pub segment: String,
    #[diesel(sql_type = Double)]
    pub churn_risk: f64,
    #[diesel(sql_type = Integer)]
    pub active_days_7: i32,
    #[diesel(sql_type = Integer)]
    pub active_days_28: i32,
    #[diesel(sql_type = Timestamptz)]
    pub computed_at: DateTime<Utc>,
}

const PROFILE: &str = "SELECT user_id, first_seen_at, last_active_at, segment, churn_risk, active_days_7,
                              active_days_28, computed_at FROM engagement_profiles";

#[derive(QueryableByName)]
struct LastActive {
    #[diesel(sql_type = Timestamptz)]
    last_active_at: DateTime<Utc>,
}

/// Stores checked events (all or none: the caller's transaction), counts
/// them into the user's local days, and moves the profile's activity
/// times. Returns the latest activity time.
pub async fn record(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    clock: &UserClock,
    events: &[NewEvent],
) -> Result<DateTime<Utc>, DbError> {
    let ids: Vec<Uuid> = events.iter().map(|_| Uuid::now_v7()).collect();
    let names: Vec<&str> = events.iter().map(|e| e.name.as_str()).collect();
    let properties: Vec<&Value> = events.iter().map(|e| &e.properties).collect();
    let ats: Vec<DateTime<Utc>> = events.iter().map(|e| e.at).collect();
    diesel::sql_query(
        "INSERT INTO activity_events (id, user_id, name, properties, occurred_at)
         SELECT id, $2, name, properties, at FROM unnest($1::uuid[], $3::text[], $4::jsonb[], $5::timestamptz[])
             AS e(id, name, properties, at)",
    )
    .bind::<Array<SqlUuid>, _>(&ids)
    .bind::<SqlUuid, _>(user_id)
    .bind::<Array<Text>, _>(&names)
    .bind::<Array<Jsonb>, _>(&properties)
    .bind::<Array<Timestamptz>, _>(&ats)
    .execute(conn)
    .await?;
    // Per local day: events, and those at night.
    let mut days: BTreeMap<NaiveDate, (i32, i32)> = BTreeMap::new();
    for at in &ats {
        let local = at.with_timezone(&clock.tz());
        let day = days.entry(local.date_naive()).or_default();
        day.0 += 1;
        day.1 += i32::from(is_night(local.time()));
    }
    let (day_keys, counts): (Vec<NaiveDate>, Vec<(i32, i32)>) = days.into_iter().unzip();
    let (events_per_day, nights): (Vec<i32>, Vec<i32>) = counts.into_iter().unzip();
    diesel::sql_query(
        "INSERT INTO activity_days (user_id, day, events, night_events)
         SELECT $1, day, events, night FROM unnest($2::date[], $3::int[], $4::int[]) AS d(day, events, night)
         ON CONFLICT (user_id, day) DO UPDATE
         SET events = activity_days.events + EXCLUDED.events,
             night_events = activity_days.night_events + EXCLUDED.night_events",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Array<Date>, _>(&day_keys)
    .bind::<Array<Integer>, _>(&events_per_day)
    .bind::<Array<Integer>, _>(&nights)
    .execute(conn)
    .await?;
    let first = ats.iter().min().copied().unwrap_or_else(Utc::now);
    let last = ats.iter().max().copied().unwrap_or_else(Utc::now);
    let row: LastActive = diesel::sql_query(
        "INSERT INTO engagement_profiles (user_id, first_seen_at, last_active_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE
         SET first_seen_at = least(engagement_profiles.first_seen_at, EXCLUDED.first_seen_at),
             last_active_at = greatest(engagement_profiles.last_active_at, EXCLUDED.last_active_at)
         RETURNING last_active_at",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Timestamptz, _>(first)
    .bind::<Timestamptz, _>(last)
    .get_result(conn)
    .await?;
    Ok(row.last_active_at)
}

pub async fn profile(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<Option<ProfileRow>, DbError> {
    Ok(diesel::sql_query(format!("{PROFILE} WHERE user_id = $1"))
        .bind::<SqlUuid, _>(user_id)
        .get_result(conn)
        .await
        .optional()?)
}

#[derive(QueryableByName)]
struct DayCounts {
    #[diesel(sql_type = BigInt)]
    days_7: i64,
    #[diesel(sql_type = BigInt)]
    days_8_28: i64,
    #[diesel(sql_type = BigInt)]
    events_28: i64,
    #[diesel(sql_type = BigInt)]
    night_28: i64,
}

/// One user's segment and churn risk as of `now`, computed but not
/// stored; None when the user has never been active.
pub async fn compute(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    clock: &UserClock,
    now: DateTime<Utc>,
    dormant_after_days: u32,
) -> Result<Option<ProfileRow>, DbError> {
    let Some(current) = profile(conn, user_id).await? else {
        return Ok(None);
    };
    let today = clock.day_of(now);
    let counts: DayCounts = diesel::sql_query(
        "SELECT count(*) FILTER (WHERE day > $2 - 7) AS days_7,
                count(*) FILTER (WHERE day <= $2 - 7) AS days_8_28,
                coalesce(sum(events), 0)::bigint AS events_28,
                coalesce(sum(night_events), 0)::bigint AS night_28
         FROM activity_days WHERE user_id = $1 AND day > $2 - 28 AND day <= $2",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Date, _>(today)
    .get_result(conn)
    .await?;
    let days = |d: Duration| d.num_seconds().max(0) as f64 / 86_400.0;
    let inputs = Inputs {
        idle_days: days(now - current.last_active_at),
        age_days: days(now - current.first_seen_at),
        active_days_7: counts.days_7 as u32,
        active_days_8_28: counts.days_8_28 as u32,
        events_28: counts.events_28.min(i64::from(u32::MAX)) as u32,
        night_events_28: counts.night_28.min(i64::from(u32::MAX)) as u32,
    };
    Ok(Some(ProfileRow {
        segment: inputs.segment(dormant_after_days).as_str().to_owned(),
        churn_risk: inputs.churn_risk(),
        active_days_7: inputs.active_days_7 as i32,
        active_days_28: inputs.active_days_28() as i32,
        computed_at: now,
        ..current
    }))
}

/// [`compute`], stored.
pub async fn recompute(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    clock: &UserClock,
    now: DateTime<Utc>,
    dormant_after_days: u32,
) -> Result<Option<ProfileRow>, DbError> {
    let Some(row) = compute(conn, user_id, clock, now, dormant_after_days).await? else {
        return Ok(None);
    };
    diesel::sql_query(
        "UPDATE engagement_profiles
         SET segment = $2, churn_risk = $3, active_days_7 = $4, active_days_28 = $5, computed_at = $6
         WHERE user_id = $1",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Text, _>(&row.segment)
    .bind::<Double, _>(row.churn_risk)
    .bind::<Integer, _>(row.active_days_7)
    .bind::<Integer, _>(row.active_days_28)
    .bind::<Timestamptz, _>(now)
    .execute(conn)
    .await?;
    Ok(Some(row))
}

#[derive(QueryableByName)]
struct UserId {
    #[diesel(sql_type = SqlUuid)]
    user_id: Uuid,
}

/// Users with a profile, in id order after `after`: the nightly
/// recompute's pages.
pub async fn profile_users(
    conn: &mut AsyncPgConnection,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Uuid>, DbError> {
    let rows: Vec<UserId> = diesel::sql_query(
        "SELECT user_id FROM engagement_profiles WHERE ($1::uuid IS NULL OR user_id > $1) ORDER BY user_id LIMIT $2",
    )
    .bind::<Nullable<SqlUuid>, _>(after)
    .bind::<BigInt, _>(limit)
    .load(conn)
    .await?;
    Ok(rows.into_iter().map(|r| r.user_id).collect())
}

/// Dormant users (inactive since before `inactive_since`) not sent a
/// re-engagement message since `capped_since`, longest-idle last, so the
/// recently lapsed (the likeliest to come back) go first.
pub async fn dormant(
    conn: &mut AsyncPgConnection,
    inactive_since: DateTime<Utc>,
    capped_since: DateTime<Utc>,
    limit: i64,
) -> Result<Vec<Uuid>, DbError> {
    let rows: Vec<UserId> = diesel::sql_query(
        "SELECT p.user_id FROM engagement_profiles p
         WHERE p.last_active_at < $1
           AND NOT EXISTS (SELECT 1 FROM engagement_messages m
                           WHERE m.user_id = p.user_id AND m.kind = 'client_engagement' AND m.sent_at > $2)
         ORDER BY p.last_active_at DESC, p.user_id LIMIT $3",
    )
    .bind::<Timestamptz, _>(inactive_since)
    .bind::<Timestamptz, _>(capped_since)
    .bind::<BigInt, _>(limit)
    .load(conn)
    .await?;
    Ok(rows.into_iter().map(|r| r.user_id).collect())
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// Dormant users left out because they were messaged within the cap.
pub async fn dormant_capped(
    conn: &mut AsyncPgConnection,
    inactive_since: DateTime<Utc>,
    capped_since: DateTime<Utc>,
) -> Result<i64, DbError> {
    let row: Count = diesel::sql_query(
        "SELECT count(*) AS n FROM engagement_profiles p
         WHERE p.last_active_at < $1
           AND EXISTS (SELECT 1 FROM engagement_messages m
                       WHERE m.user_id = p.user_id AND m.kind = 'client_engagement' AND m.sent_at > $2)",
    )
    .bind::<Timestamptz, _>(inactive_since)
    .bind::<Timestamptz, _>(capped_since)
    .get_result(conn)
    .await?;
    Ok(row.n)
}

/// Whether the user was sent a re-engagement message since `since`.
pub async fn engaged_since(conn: &mut AsyncPgConnection, user_id: Uuid, since: DateTime<Utc>) -> Result<bool, DbError> {
    let row: Count = diesel::sql_query(
        "SELECT count(*) AS n FROM engagement_messages
         WHERE user_id = $1 AND kind = 'client_engagement' AND sent_at > $2",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Timestamptz, _>(since)
    .get_result(conn)
    .await?;
    Ok(row.n > 0)
}

/// Re-engagement messages since `since` that the user never clicked.
pub async fn unclicked_since(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    since: DateTime<Utc>,
) -> Result<(i64, bool), DbError> {
    #[derive(QueryableByName)]
    struct Row {
        #[diesel(sql_type = BigInt)]
        sent: i64,
        #[diesel(sql_type = Bool)]
        clicked: bool,
    }
    let row: Row = diesel::sql_query(
        "SELECT count(*) AS sent, coalesce(bool_or(status = 'clicked'), false) AS clicked
         FROM engagement_messages WHERE user_id = $1 AND kind = 'client_engagement' AND sent_at > $2",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Timestamptz, _>(since)
    .get_result(conn)
    .await?;
    Ok((row.sent, row.clicked))
}

/// A message about to be logged.
#[derive(Debug, Clone)]
pub struct NewMessage<'a> {
    pub id: Uuid,
    pub user_id: Uuid,
    pub kind: MessageKind,
    pub template: &'a str,
    pub content: &'a str,
    pub segment: Option<Segment>,
    pub notification_id: Option<Uuid>,
    pub dedupe_key: Option<&'a str>,
}

#[derive(Debug, Clone, QueryableByName)]
pub struct MessageRow {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub user_id: Uuid,
    #[diesel(sql_type = Text)]
    pub kind: String,
    #[diesel(sql_type = Text)]
    pub template: String,
    #[diesel(sql_type = Text)]
    pub content: String,
    #[diesel(sql_type = Text)]
    pub channel: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub segment: Option<String>,
    #[diesel(sql_type = Nullable<SqlUuid>)]
    pub notification_id: Option<Uuid>,
    #[diesel(sql_type = Text)]
    pub status: String,
    #[diesel(sql_type = Jsonb)]
    pub history: Value,
    #[diesel(sql_type = Timestamptz)]
    pub sent_at: DateTime<Utc>,
}

const MESSAGE_COLUMNS: &str =
    "id, user_id, kind, template, content, channel, segment, notification_id, status, history, sent_at";

/// Logs a sent message; None when its dedupe key was used before.
pub async fn insert_message(conn: &mut AsyncPgConnection, m: &NewMessage<'_>) -> Result<Option<MessageRow>, DbError> {
    let now = Utc::now();
    Ok(diesel::sql_query(format!(
        "INSERT INTO engagement_messages (id, user_id, kind, template, content, segment, notification_id, dedupe_key,
                                          status, history, sent_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'sent', $9, $10)
         ON CONFLICT (user_id, dedupe_key) DO NOTHING
         RETURNING {MESSAGE_COLUMNS}"
    ))
    .bind::<SqlUuid, _>(m.id)
    .bind::<SqlUuid, _>(m.user_id)
    .bind::<Text, _>(m.kind.as_str())
    .bind::<Text, _>(m.template)
    .bind::<Text, _>(m.content)
    .bind::<Nullable<Text>, _>(m.segment.map(Segment::as_str))
    .bind::<Nullable<SqlUuid>, _>(m.notification_id)
    .bind::<Nullable<Text>, _>(m.dedupe_key)
    .bind::<Jsonb, _>(json!([{ "status": "sent", "at": now }]))
    .bind::<Timestamptz, _>(now)
    .get_result(conn)
    .await
    .optional()?)
}

pub async fn message_by_dedupe_key(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    key: &str,
) -> Result<Option<MessageRow>, DbError> {
    Ok(diesel::sql_query(format!(
        "SELECT {MESSAGE_COLUMNS} FROM engagement_messages WHERE user_id = $1 AND dedupe_key = $2"
    ))
    .bind::<SqlUuid, _>(user_id)
    .bind::<Text, _>(key)
    .get_result(conn)
    .await
    .optional()?)
}

/// The message, locked, if `owner` (None: anyone's, for admins) owns it.
pub async fn message_for_update(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    owner: Option<Uuid>,
) -> Result<Option<MessageRow>, DbError> {
    Ok(diesel::sql_query(format!(
        "SELECT {MESSAGE_COLUMNS} FROM engagement_messages
         WHERE id = $1 AND ($2::uuid IS NULL OR user_id = $2) FOR UPDATE"
    ))
    .bind::<SqlUuid, _>(id)
    .bind::<Nullable<SqlUuid>, _>(owner)
    .get_result(conn)
    .await
    .optional()?)
}

/// Moves a message forward to `status`, appending each step passed to its
/// history (clicked after sent records delivered too).
pub async fn advance(
    conn: &mut AsyncPgConnection,
    row: &MessageRow,
    status: MessageStatus,
) -> Result<MessageRow, DbError> {
    let current = MessageStatus::from_stored(&row.status).unwrap_or(MessageStatus::Sent);
    let now = Utc::now();
    let steps: Vec<Value> = [MessageStatus::Delivered, MessageStatus::Clicked]
        .into_iter()
        .filter(|s| s.rank() > current.rank() && s.rank() <= status.rank())
        .map(|s| json!({ "status": s.as_str(), "at": now }))
        .collect();
    Ok(diesel::sql_query(format!(
        "UPDATE engagement_messages SET status = $2, history = history || $3, updated_at = now()
         WHERE id = $1 RETURNING {MESSAGE_COLUMNS}"
    ))
    .bind::<SqlUuid, _>(row.id)
    .bind::<Text, _>(status.as_str())
    .bind::<Jsonb, _>(Value::Array(steps))
    .get_result(conn)
    .await?)
}

/// What ListMessageLogs filters on.
#[derive(Debug, Clone, Default)]
pub struct MessageFilter {
    pub user_id: Option<Uuid>,
    pub kind: Option<MessageKind>,
    pub status: Option<MessageStatus>,
    pub template: Option<String>,
    pub start: Option<DateTime<Utc>>,
    pub end: Option<DateTime<Utc>>,
}

/// Messages newest first, before the `before` id.
pub async fn messages(
    conn: &mut AsyncPgConnection,
    filter: &MessageFilter,
    before: Option<Uuid>,
    limit: i64,
) -> Result<Vec<MessageRow>, DbError> {
    Ok(diesel::sql_query(format!(
        "SELECT {MESSAGE_COLUMNS} FROM engagement_messages
         WHERE ($1::uuid IS NULL OR user_id = $1) AND ($2::text IS NULL OR kind = $2)
           AND ($3::text IS NULL OR status = $3) AND ($4::text IS NULL OR template = $4)
           AND ($5::timestamptz IS NULL OR sent_at >= $5) AND ($6::timestamptz IS NULL OR sent_at < $6)
           AND ($7::uuid IS NULL OR id < $7)
         ORDER BY id DESC LIMIT $8"
    ))
    .bind::<Nullable<SqlUuid>, _>(filter.user_id)
    .bind::<Nullable<Text>, _>(filter.kind.map(MessageKind::as_str))
    .bind::<Nullable<Text>, _>(filter.status.map(MessageStatus::as_str))
    .bind::<Nullable<Text>, _>(filter.template.as_deref())
    .bind::<Nullable<Timestamptz>, _>(filter.start)
    .bind::<Nullable<Timestamptz>, _>(filter.end)
    .bind::<Nullable<SqlUuid>, _>(before)
    .bind::<BigInt, _>(limit)
    .load(conn)
    .await?)
}

#[derive(Debug, Clone, QueryableByName)]
pub struct MetricsRow {
    #[diesel(sql_type = Nullable<Text>)]
    pub segment: Option<String>,
    #[diesel(sql_type = Text)]
    pub template: String,
    #[diesel(sql_type = BigInt)]
    pub sent: i64,
    #[diesel(sql_type = BigInt)]
    pub delivered: i64,
    #[diesel(sql_type = BigInt)]
    pub clicked: i64,
}

/// Sent, delivered and clicked counts by segment and template for messages
/// sent in [start, end).
pub async fn metrics(
    conn: &mut AsyncPgConnection,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    kind: Option<MessageKind>,
) -> Result<Vec<MetricsRow>, DbError> {
    Ok(diesel::sql_query(
        "SELECT segment, template,
                count(*) AS sent,
                count(*) FILTER (WHERE status IN ('delivered', 'clicked')) AS delivered,
                count(*) FILTER (WHERE status = 'clicked') AS clicked
         FROM engagement_messages
         WHERE sent_at >= $1 AND sent_at < $2 AND ($3::text IS NULL OR kind = $3)
           AND status IN ('sent', 'delivered', 'clicked')
         GROUP BY segment, template ORDER BY segment NULLS LAST, template",
    )
    .bind::<Timestamptz, _>(start)
    .bind::<Timestamptz, _>(end)
    .bind::<Nullable<Text>, _>(kind.map(MessageKind::as_str))
    .load(conn)
    .await?)
}
