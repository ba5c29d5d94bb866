//! The re-engagement run: dormant users, a decision per user with its
//! reason, and for each "send" one message (AI-written through the gateway,
//! or from the segment's template) delivered as a notification and logged,
//! all in one transaction per user.
//!
//! The frequency cap holds when runs race (the hourly job and an admin's
//! call): each user's send takes a per-user lock and checks the cap again
//! inside it, so a second run finds the first one's message and skips.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use diesel_async::AsyncConnection;
use serde_json::json;
use uuid::Uuid;

use super::model::{MessageKind, Segment};
use super::repo::{self, NewMessage, ProfileRow};
use super::templates;
use crate::ai::{self, AiGateway, Brief, Message, Purpose, Role, Speaker};
use crate::config::EngagementConfig;
use crate::db::Pool;
use crate::error::DbError;
use crate::identity;
use crate::notify::{self, preferences, Notice};

/// The notification kind re-engagement messages go out as (users can turn
/// its channels off in their notification preferences).
pub const NOTICE_KIND: &str = "engagement_message";
/// The template name of AI-written messages.
pub const AI_TEMPLATE: &str = "ai_reengage";
/// Re-engagement messages ignored in a row (none clicked within
/// [`UNRESPONSIVE_WINDOW_DAYS`]) after which a user is left alone.
pub const UNRESPONSIVE_AFTER: i64 = 3;
pub const UNRESPONSIVE_WINDOW_DAYS: i64 = 30;
/// The most characters of an AI-written message kept.
pub const MAX_MESSAGE_CHARS: usize = 500;
/// Decisions a real run returns (a dry run returns all).
pub const MAX_REPORTED: usize = 100;

#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub user_id: Uuid,
    pub send: bool,
    pub reason: String,
    pub segment: Option<Segment>,
    pub template: String,
    pub content: String,
    pub message_id: Option<Uuid>,
}

impl Decision {
    fn skip(user_id: Uuid, reason: &str, segment: Option<Segment>) -> Self {
        Decision {
            user_id,
            send: false,
            reason: reason.to_owned(),
            segment,
            template: String::new(),
            content: String::new(),
            message_id: None,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Report {
    pub candidates: usize,
    pub sent: usize,
    pub skipped: usize,
    pub skipped_by_reason: BTreeMap<String, usize>,
    pub decisions: Vec<Decision>,
    pub dry_run: bool,
}

impl Report {
    fn add(&mut self, decision: Decision) {
        if decision.send {
            self.sent += 1;
        } else {
            self.skipped += 1;
            *self.skipped_by_reason.entry(decision.reason.clone()).or_default() += 1;
        }
        if self.dry_run || self.decisions.len() < MAX_REPORTED {
            self.decisions.push(decision);
        }
    }
}

/// One run as of `now`. A dry run writes nothing (profiles are computed
/// but not stored) and asks no AI.
pub async fn run(
    pool: &Pool,
    gateway: &AiGateway,
    config: &EngagementConfig,
    now: DateTime<Utc>,
    dry_run: bool,
) -> Result<Report, DbError> {
    let inactive_since = now - Duration::days(i64::from(config.inactive_days));
    let capped_since = now - Duration::from_std(config.frequency_cap).unwrap_or(Duration::hours(24));
    let mut conn = crate::db::conn(pool).await?;
    let users = repo::dormant(&mut conn, inactive_since, capped_since, config.max_per_run as i64).await?;
    let capped = repo::dormant_capped(&mut conn, inactive_since, capped_since).await?;
    drop(conn);
    let mut report = Report {
        dry_run,
        ..Report::default()
    };
    report.candidates = users.len() + capped as usize;
    if capped > 0 {
        report.skipped += capped as usize;
        report.skipped_by_reason.insert("frequency_cap".into(), capped as usize);
    }
    for user_id in users {
        let decision = decide_and_send(pool, gateway, config, user_id, now, capped_since, dry_run).await?;
        report.add(decision);
    }
    tracing::info!(
        dry_run,
        candidates = report.candidates,
        sent = report.sent,
        skipped = report.skipped,
        "engagement run"
    );
    Ok(report)
}

async fn decide_and_send(
    pool: &Pool,
    gateway: &AiGateway,
    config: &EngagementConfig,
    user_id: Uuid,
    now: DateTime<Utc>,
    capped_since: DateTime<Utc>,
    dry_run: bool,
) -> Result<Decision, DbError> {
    let mut conn = crate::db::conn(pool).await?;
    let Some((_, name)) = identity::repo::active_by_id(&mut conn, user_id).await? else {
        return Ok(Decision::skip(user_id, "inactive_account", None));
    };
    let clock = identity::clock::clock(&mut conn, user_id).await?;
    let profile = if dry_run {
        repo::compute(&mut conn, user_id, &clock, now, config.inactive_days).await?
    } else {
        repo::recompute(&mut conn, user_id, &clock, now, config.inactive_days).await?
    };
    let Some(profile) = profile else {
        return Ok(Decision::skip(user_id, "no_activity", None));
    };
    let segment = Segment::from_stored(&profile.segment);
    if preferences::quiet_until(&mut conn, user_id, now).await?.is_some() {
        return Ok(Decision::skip(user_id, "quiet_hours", segment));
    }
    if let Some(p) = preferences::kind(&mut conn, user_id, NOTICE_KIND).await? {
        if !p.in_app && !p.webhook && !p.push {
            return Ok(Decision::skip(user_id, "opted_out", segment));
        }
    }
    let (ignored, clicked) =
        repo::unclicked_since(&mut conn, user_id, now - Duration::days(UNRESPONSIVE_WINDOW_DAYS)).await?;
    if ignored >= UNRESPONSIVE_AFTER && !clicked {
        return Ok(Decision::skip(user_id, "unresponsive", segment));
    }
    drop(conn);

    let idle_days = (now - profile.last_active_at).num_days();
    let segment_name = segment.map_or("unknown", Segment::as_str);
    let mut reason = format!("dormant {idle_days} days, {segment_name}");
    let (template, content) = if config.ai_messages && dry_run {
        // Written at send time; a dry run asks no AI.
        (AI_TEMPLATE.to_owned(), String::new())
    } else if config.ai_messages {
        match write(gateway, user_id, &name, &profile, idle_days).await {
            Ok(text) => (AI_TEMPLATE.to_owned(), text),
            Err(error) => {
                tracing::warn!(%user_id, %error, "AI could not write a re-engagement message; using the template");
                reason.push_str(" (template: AI unavailable)");
                from_template(segment, &name, idle_days)
            }
        }
    } else {
        from_template(segment, &name, idle_days)
    };
    let mut decision = Decision {
        user_id,
        send: true,
        reason,
        segment,
        template,
        content,
        message_id: None,
    };
    if dry_run {
        return Ok(decision);
    }
    let mut conn = crate::db::conn(pool).await?;
    let sent = conn
        .transaction::<_, DbError, _>(async |conn| {
            lock_user(conn, user_id).await?;
            if repo::engaged_since(conn, user_id, capped_since).await? {
                return Ok(None);
            }
            let message_id = Uuid::now_v7();
            let notice = Notice::new(
                user_id,
                NOTICE_KIND,
                decision.content.clone(),
                json!({ "message_id": message_id, "template": decision.template }),
            )
            .dedupe(format!("engagement:{message_id}"));
            let notification_id = notify::emit_stored(conn, notice).await?;
            repo::insert_message(
                conn,
                &NewMessage {
                    id: message_id,
                    user_id,
                    kind: MessageKind::ClientEngagement,
                    template: &decision.template,
                    content: &decision.content,
                    segment,
                    notification_id,
                    dedupe_key: None,
                },
            )
            .await?;
            Ok(Some(message_id))
        })
        .await?;
    match sent {
        Some(id) => decision.message_id = Some(id),
        None => decision = Decision::skip(user_id, "frequency_cap", segment),
    }
    Ok(decision)
}

/// One user's sends run one at a time across runs and replicas.
async fn lock_user(conn: &mut diesel_async::AsyncPgConnection, user_id: Uuid) -> Result<(), DbError> {
    use diesel_async::RunQueryDsl;
    diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext('engagement:' || $1::text))")
        .bind::<diesel::sql_types::Uuid, _>(user_id)
        .execute(conn)
        .await?;
    Ok(())
}

fn from_template(segment: Option<Segment>, name: &str, idle_days: i64) -> (String, String) {
    let (template, text) = templates::reengagement(segment.unwrap_or(Segment::Dormant));
    let data = std::collections::HashMap::from([
        ("name".to_owned(), name.to_owned()),
        ("days".to_owned(), idle_days.to_string()),
    ]);
    let content = templates::render(text, &data).unwrap_or_else(|_| text.to_owned());
    (template.to_owned(), content)
}

/// Asks the AI for the message. The user's name is data, quoted, never
/// instructions.
async fn write(
    gateway: &AiGateway,
    user_id: Uuid,
    name: &str,
    profile: &ProfileRow,
    idle_days: i64,
) -> Result<String, ai::AiError> {
    let away = format!("{idle_days} days");
    let system = format!(
        "You write one short, warm push notification (at most two sentences) inviting a person back to an app \
         where their phone and apps are characters. No guilt, no pressure, no emojis. {}",
        ai::DATA_RULE
    );
    let user = format!(
        "Name: {}. Away for {away}. Segment: {}. Churn risk: {:.2}.",
        ai::quoted(name),
        profile.segment,
        profile.churn_risk
    );
    let request = ai::Request {
        purpose: Purpose::Engagement,
        messages: vec![Message::new(Role::System, system), Message::new(Role::User, user)],
        brief: Brief {
            kind: "reengage".into(),
            mood: "supportive".into(),
            speakers: vec![Speaker {
                name: name.chars().filter(|c| !c.is_control()).take(80).collect(),
                personality: "supportive".into(),
            }],
            facts: vec![away],
            user_message: None,
        },
        max_tokens: 120,
        seed: user_id.as_u128() as u64 ^ idle_days as u64,
    };
    let completion = gateway.complete(Some(user_id), &request).await?;
    let text: String = completion.text.trim().chars().take(MAX_MESSAGE_CHARS).collect();
    if text.is_empty() {
        return Err(ai::AiError::Malformed("an empty message".into()));
    }
    Ok(text)
}
