//! The engagement product's words: segments, message kinds and statuses,
//! checked activity events, and the profile formula. The checked requests
//! are in `requests`.

use chrono::{DateTime, Duration, NaiveTime, Utc};
use serde_json::Value;

use crate::error::FieldViolations;
use crate::proto::engagement::v1 as pb;
use crate::request;

mod requests;

pub use requests::*;

crate::stored_enum! {
    /// What a user's activity says about them; computed, never set.
    pub enum Segment: pb::Segment {
        New => "new",
        Frequent => "frequent",
        Casual => "casual",
        NightOwl => "night_owl",
        Dormant => "dormant",
        Churned => "churned",
    }
}

crate::stored_enum! {
    pub enum MessageKind: pb::MessageKind {
        /// Re-engagement ("we miss you").
        ClientEngagement => "client_engagement",
        /// A reminder or receipt a backend asked for.
        UserUtility => "user_utility",
    }
}

crate::stored_enum! {
    pub enum MessageStatus: pb::MessageStatus {
        Queued => "queued",
        Sent => "sent",
        Delivered => "delivered",
        Clicked => "clicked",
        Failed => "failed",
    }
}

impl MessageStatus {
    /// How far along a message is; a status never moves back.
    pub fn rank(self) -> u8 {
        match self {
            MessageStatus::Queued => 0,
            MessageStatus::Failed => 1,
            MessageStatus::Sent => 2,
            MessageStatus::Delivered => 3,
            MessageStatus::Clicked => 4,
        }
    }
}

pub const MAX_EVENT_NAME_CHARS: usize = 64;
pub const MAX_PROPERTIES_BYTES: usize = 4096;
pub const MAX_EVENTS_PER_BATCH: usize = 100;
/// How old an event may be: an app sends what it queued while offline.
pub const MAX_EVENT_AGE_DAYS: i64 = 30;
/// Clock skew allowed for an event stamped in the future.
pub const MAX_EVENT_SKEW_MINUTES: i64 = 5;

/// One checked activity event.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    pub name: String,
    pub properties: Value,
    pub at: DateTime<Utc>,
}

impl NewEvent {
    /// Checks `event` (named `field` in errors) as of `now`.
    pub fn check(v: &mut FieldViolations, field: &str, event: &pb::ActivityEvent, now: DateTime<Utc>) -> Option<Self> {
        let name_field = format!("{field}.name");
        let mut ok = request::text(v, &name_field, &event.name, MAX_EVENT_NAME_CHARS, request::Text::Line);
        if ok && !valid_name(&event.name) {
            v.add(
                &name_field,
                "must be 1 to 64 of lowercase letters, digits, '_', '.', ':' and '-'",
            );
            ok = false;
        }
        let properties = match &event.properties {
            None => Some(Value::Object(Default::default())),
            Some(s) => match crate::proto::struct_json(s) {
                Ok(value) if serde_json::to_vec(&value).map_or(usize::MAX, |b| b.len()) <= MAX_PROPERTIES_BYTES => {
                    Some(value)
                }
                Ok(_) => {
                    v.add(
                        format!("{field}.properties"),
                        format!("must be at most {MAX_PROPERTIES_BYTES} bytes as JSON"),
                    );
                    None
                }
                Err(why) => {
                    v.add(format!("{field}.properties"), why);
                    None
                }
            },
        };
        let time_field = format!("{field}.time");
        let at = match request::time(v, &time_field, event.time.as_ref()) {
            Some(None) => Some(now),
            Some(Some(at)) if at < now - Duration::days(MAX_EVENT_AGE_DAYS) => {
                v.add(
                    &time_field,
                    format!("must be within the last {MAX_EVENT_AGE_DAYS} days"),
                );
                None
            }
            Some(Some(at)) if at > now + Duration::minutes(MAX_EVENT_SKEW_MINUTES) => {
                v.add(&time_field, "must not be in the future");
                None
            }
            Some(Some(at)) => Some(at),
            None => None,
        };
        Some(NewEvent {
            name: ok.then(|| event.name.clone())?,
            properties: properties?,
            at: at?,
        })
    }
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '.' | ':' | '-'))
}

/// Local hours that count as night for the night-owl segment: 22:00 to 04:00.
pub fn is_night(local: NaiveTime) -> bool {
    use chrono::Timelike;
    local.hour() >= 22 || local.hour() < 4
}

/// What a profile is computed from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Inputs {
    /// Days since the last activity (fractional).
    pub idle_days: f64,
    /// Days since the first activity.
    pub age_days: f64,
    /// Days with activity among the last 7, and the 21 before them.
    pub active_days_7: u32,
    pub active_days_8_28: u32,
    /// Events in the last 28 days, and those at night.
    pub events_28: u32,
    pub night_events_28: u32,
}

/// Days without activity that make a user churned rather than dormant.
pub const CHURNED_AFTER_DAYS: f64 = 30.0;
/// Active days of the last 28 that make a user frequent.
pub const FREQUENT_DAYS: u32 = 12;
/// Days a user counts as new.
pub const NEW_FOR_DAYS: f64 = 7.0;

impl Inputs {
    pub fn active_days_28(&self) -> u32 {
        self.active_days_7 + self.active_days_8_28
    }

    /// Trend in -1..1: the last week's share of active days against the
    /// three weeks before it.
    pub fn trend(&self) -> f64 {
        f64::from(self.active_days_7) / 7.0 - f64::from(self.active_days_8_28) / 21.0
    }

    /// churn risk = 0.5·R + 0.3·F + 0.2·T, each part in 0..1:
    /// R = min(idle days, 30) / 30 (recency), F = 1 − min(active days of
    /// the last 28, 20) / 20 (lack of frequency), T = (1 − trend) / 2
    /// (falling use). Rounded to three decimals.
    pub fn churn_risk(&self) -> f64 {
        let recency = self.idle_days.clamp(0.0, CHURNED_AFTER_DAYS) / CHURNED_AFTER_DAYS;
        let frequency = 1.0 - f64::from(self.active_days_28().min(20)) / 20.0;
        let trend = (1.0 - self.trend().clamp(-1.0, 1.0)) / 2.0;
        let risk = 0.5 * recency + 0.3 * frequency + 0.2 * trend;
        (risk.clamp(0.0, 1.0) * 1000.0).round() / 1000.0
    }

    /// The first that fits: churned (idle ≥ 30 days), dormant (idle ≥ the
    /// dormancy period), new (first seen < 7 days ago), night owl (half or
    /// more of the last 28 days' events at night, at least 5 events),
    /// frequent (active ≥ 12 of the last 28 days), else casual.
    pub fn segment(&self, dormant_after_days: u32) -> Segment {
        if self.idle_days >= CHURNED_AFTER_DAYS {
            Segment::Churned
        } else if self.idle_days >= f64::from(dormant_after_days) {
            Segment::Dormant
        } else if self.age_days < NEW_FOR_DAYS {
            Segment::New
        } else if self.events_28 >= 5 && self.night_events_28 * 2 >= self.events_28 {
            Segment::NightOwl
        } else if self.active_days_28() >= FREQUENT_DAYS {
            Segment::Frequent
        } else {
            Segment::Casual
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(idle_days: f64, active_days_7: u32, active_days_8_28: u32) -> Inputs {
        Inputs {
            idle_days,
            age_days: 60.0,
            active_days_7,
            active_days_8_28,
            events_28: (active_days_7 + active_days_8_28) * 3,
            night_events_28: 0,
        }
    }

    #[test]
    fn churn_risk_follows_the_documented_formula() {
        // Active every day: no recency, no lack of frequency, flat trend.
        assert_eq!(inputs(0.0, 7, 21).churn_risk(), 0.1);
        // Gone 30 days, nothing in 28: 0.5 + 0.3 + 0.2 × 0.5.
        assert_eq!(inputs(30.0, 0, 0).churn_risk(), 0.9);
        // Gone longer saturates.
        assert_eq!(inputs(400.0, 0, 0).churn_risk(), 0.9);
        // Fading: 10 days idle, 0 of 7, 12 of 21:
        // 0.5 × 10/30 + 0.3 × (1 − 12/20) + 0.2 × (1 + 12/21) / 2.
        let fading = 0.5 * (10.0 / 30.0) + 0.3 * 0.4 + 0.2 * (1.0 + 12.0 / 21.0) / 2.0;
        assert_eq!(inputs(10.0, 0, 12).churn_risk(), (fading * 1000.0_f64).round() / 1000.0);
        // Rising use lowers risk against falling use at the same frequency.
        assert!(inputs(1.0, 6, 4).churn_risk() < inputs(1.0, 1, 9).churn_risk());
    }

    #[test]
    fn segments_take_the_first_rule_that_fits() {
        assert_eq!(inputs(31.0, 0, 0).segment(7), Segment::Churned);
        assert_eq!(inputs(8.0, 0, 10).segment(7), Segment::Dormant);
        assert_eq!(inputs(8.0, 0, 10).segment(14), Segment::Casual);
        assert_eq!(inputs(1.0, 5, 10).segment(7), Segment::Frequent);
        assert_eq!(inputs(1.0, 2, 3).segment(7), Segment::Casual);
        let newcomer = Inputs {
            age_days: 2.0,
            ..inputs(0.5, 2, 0)
        };
        assert_eq!(newcomer.segment(7), Segment::New);
        let owl = Inputs {
            events_28: 10,
            night_events_28: 6,
            ..inputs(0.2, 6, 10)
        };
        assert_eq!(owl.segment(7), Segment::NightOwl);
    }

    #[test]
    fn night_is_22_to_4() {
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
        assert!(is_night(t(22)) && is_night(t(23)) && is_night(t(0)) && is_night(t(3)));
        assert!(!is_night(t(4)) && !is_night(t(21)) && !is_night(t(12)));
    }

    #[test]
    fn event_names_and_times_are_checked() {
        let now = Utc::now();
        let mut v = FieldViolations::new();
        let bad = pb::ActivityEvent {
            name: "Viewed Menu".into(),
            properties: None,
            time: Some(crate::proto::timestamp(now + Duration::hours(1))),
        };
        assert!(NewEvent::check(&mut v, "event", &bad, now).is_none());
        let fields: Vec<_> = v.fields().collect();
        assert_eq!(fields, ["event.name", "event.time"]);
        let mut v = FieldViolations::new();
        let good = pb::ActivityEvent {
            name: "viewed_menu".into(),
            properties: None,
            time: None,
        };
        let event = NewEvent::check(&mut v, "event", &good, now).unwrap();
        assert_eq!((event.name.as_str(), event.at), ("viewed_menu", now));
    }
}
