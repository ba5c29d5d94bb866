//! Usage records as validated rows, and the rules a record must meet to be
//! stored. Validation is per record: one bad record is rejected with its
//! field and reason while the rest of its batch is stored.

mod queries;
mod requests;

pub use queries::*;
pub use requests::*;

use std::collections::HashSet;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use uuid::Uuid;

use crate::apps::catalogue::{self, ReportedApp};
use crate::apps::model::{AppName, BundleId};
use crate::proto::apps::v1 as apps_pb;
use crate::proto::usage::v1 as pb;
use crate::request;

pub const DAY_MS: i64 = 86_400_000;
/// Clocks on phones drift; this much of the future is tolerated.
pub const FUTURE_SKEW: Duration = Duration::minutes(5);
/// Largest batch of an upload message, and of BatchCreateUsage.
pub const MAX_UPLOAD_BATCH: usize = 10_000;
pub const MAX_UNARY_BATCH: usize = 1_000;
/// Longest name of an upload.
pub const MAX_UPLOAD_ID_CHARS: usize = 100;
/// Rejections listed in a response; the count covers all of them.
pub const MAX_LISTED_REJECTIONS: usize = 100;

#[derive(Debug, Clone, PartialEq)]
pub struct DailyRow {
    pub device_id: Uuid,
    pub day: NaiveDate,
    pub screen_time_ms: i64,
    pub unlocks: i32,
    pub pickups: i32,
    pub notifications: i32,
    pub first_pickup_time: Option<NaiveTime>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SessionRow {
    pub device_id: Uuid,
    pub app: ReportedApp,
    pub started_at: DateTime<Utc>,
    pub duration_ms: i32,
    pub launches: i32,
    pub notifications: i32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    Daily(DailyRow),
    Session(SessionRow),
}

/// Why one record was not stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub field: &'static str,
    pub reason: String,
}

fn reject(field: &'static str, reason: impl Into<String>) -> Rejection {
    Rejection {
        field,
        reason: reason.into(),
    }
}

/// What validation needs to know about the caller.
pub struct Checks<'a> {
    pub devices: &'a HashSet<Uuid>,
    pub now: DateTime<Utc>,
}

impl Checks<'_> {
    fn device(&self, field: &'static str, raw: &str) -> Result<Uuid, Rejection> {
        let id = Uuid::parse_str(raw).map_err(|_| reject(field, "must be a UUID"))?;
        if !self.devices.contains(&id) {
            // Another user's device reads exactly like a missing one.
            return Err(reject(field, "no such device"));
        }
        Ok(id)
    }

    pub fn record(&self, record: &pb::UsageRecord) -> Result<Record, Rejection> {
        match &record.record {
            Some(pb::usage_record::Record::Daily(daily)) => self.daily(daily).map(Record::Daily),
            Some(pb::usage_record::Record::Session(session)) => self.session(session).map(Record::Session),
            None => Err(reject("record", "must be daily or session")),
        }
    }

    fn daily(&self, d: &pb::DailyDeviceUsage) -> Result<DailyRow, Rejection> {
        let device_id = self.device("daily.device_id", &d.device_id)?;
        let day = request::parse_day(&d.day).map_err(|e| reject("daily.day", e))?;
        // The earliest timezone is UTC+14: no device's today is later than that.
        let latest = (self.now + Duration::hours(14)).date_naive();
        if day > latest {
            return Err(reject("daily.day", "is in the future"));
        }
        if !(0..=DAY_MS).contains(&d.screen_time_ms) {
            return Err(reject(
                "daily.screen_time_ms",
                "must be between 0 and 86400000 (one day)",
            ));
        }
        for (field, value) in [
            ("daily.unlocks", d.unlocks),
            ("daily.pickups", d.pickups),
            ("daily.notifications", d.notifications),
        ] {
            if value < 0 {
                return Err(reject(field, "must not be negative"));
            }
        }
        let first_pickup_time = match d.first_pickup_time.as_str() {
            "" => None,
            raw => Some(
                NaiveTime::parse_from_str(raw, "%H:%M:%S")
                    .or_else(|_| NaiveTime::parse_from_str(raw, "%H:%M"))
                    .map_err(|_| reject("daily.first_pickup_time", "must be \"HH:MM\" or \"HH:MM:SS\""))?,
            ),
        };
        Ok(DailyRow {
            device_id,
            day,
            screen_time_ms: d.screen_time_ms,
            unlocks: d.unlocks,
            pickups: d.pickups,
            notifications: d.notifications,
            first_pickup_time,
        })
    }

    fn session(&self, s: &pb::AppSession) -> Result<SessionRow, Rejection> {
        let device_id = self.device("session.device_id", &s.device_id)?;
        let bundle_id = BundleId::parse(s.bundle_id.trim()).map_err(|reason| reject("session.bundle_id", reason))?;
        let bundle_id = bundle_id.as_str();
        // The same rule as AddDeviceApp's name: no newlines or other control
        // characters, at most 200 characters. Empty: no name reported.
        let app_name = match s.app_name.trim() {
            "" => String::new(),
            raw => AppName::parse(raw)
                .map_err(|reason| reject("session.app_name", reason))?
                .as_str()
                .to_owned(),
        };
        let category = apps_pb::AppCategory::try_from(s.category)
            .map_err(|_| reject("session.category", "is not a known category"))?;
        let started_at = s
            .start_time
            .as_ref()
            .ok_or_else(|| reject("session.start_time", "is required"))
            .and_then(|t| request::parse_time(t).map_err(|e| reject("session.start_time", e)))?;
        if !(0..=DAY_MS).contains(&s.duration_ms) {
            return Err(reject(
                "session.duration_ms",
                "must be between 0 and 86400000 (one day)",
            ));
        }
        if started_at + Duration::milliseconds(s.duration_ms) > self.now + FUTURE_SKEW {
            return Err(reject("session.start_time", "the session ends in the future"));
        }
        for (field, value) in [
            ("session.launches", s.launches),
            ("session.notifications", s.notifications),
        ] {
            if value < 0 {
                return Err(reject(field, "must not be negative"));
            }
        }
        Ok(SessionRow {
            device_id,
            app: ReportedApp {
                bundle_id: bundle_id.to_owned(),
                name: app_name,
                category: catalogue::category_code(category),
            },
            // PostgreSQL keeps microseconds; the natural key must match what
            // a resend of the same record produces.
            started_at: DateTime::from_timestamp_micros(started_at.timestamp_micros()).unwrap_or(started_at),
            duration_ms: s.duration_ms as i32,
            launches: s.launches,
            notifications: s.notifications,
        })
    }
}

/// Running totals of an upload or a batch.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub received: i64,
    pub inserted: i64,
    pub updated: i64,
    pub unchanged: i64,
    pub rejected: i64,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.received += other.received;
        self.inserted += other.inserted;
        self.updated += other.updated;
        self.unchanged += other.unchanged;
        self.rejected += other.rejected;
    }
}

impl From<Counts> for pb::UsageCounts {
    fn from(c: Counts) -> Self {
        pb::UsageCounts {
            received: c.received,
            inserted: c.inserted,
            updated: c.updated,
            unchanged: c.unchanged,
            rejected: c.rejected,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(device: Uuid, start: DateTime<Utc>, duration_ms: i64) -> pb::UsageRecord {
        pb::UsageRecord {
            record: Some(pb::usage_record::Record::Session(pb::AppSession {
                device_id: device.to_string(),
                bundle_id: "com.example.app".into(),
                start_time: Some(crate::proto::timestamp(start)),
                duration_ms,
                launches: 1,
                ..Default::default()
            })),
        }
    }

    #[test]
    fn sessions_must_be_on_own_devices_and_end_by_now() {
        let mine = Uuid::now_v7();
        let devices = HashSet::from([mine]);
        let now = Utc::now();
        let checks = Checks { devices: &devices, now };
        assert!(checks.record(&session(mine, now - Duration::hours(1), 60_000)).is_ok());
        let err = checks.record(&session(Uuid::now_v7(), now, 0)).unwrap_err();
        assert_eq!(err.field, "session.device_id");
        let err = checks
            .record(&session(mine, now - Duration::minutes(1), 3_600_000))
            .unwrap_err();
        assert_eq!(err.field, "session.start_time");
        let err = checks
            .record(&session(mine, now - Duration::days(2), DAY_MS + 1))
            .unwrap_err();
        assert_eq!(err.field, "session.duration_ms");
    }

    #[test]
    fn daily_rows_check_their_day_and_counts() {
        let mine = Uuid::now_v7();
        let devices = HashSet::from([mine]);
        let checks = Checks {
            devices: &devices,
            now: Utc::now(),
        };
        let daily = |day: &str, unlocks: i32| pb::UsageRecord {
            record: Some(pb::usage_record::Record::Daily(pb::DailyDeviceUsage {
                device_id: mine.to_string(),
                day: day.into(),
                screen_time_ms: 3_600_000,
                unlocks,
                ..Default::default()
            })),
        };
        assert!(checks.record(&daily("2026-01-05", 3)).is_ok());
        assert_eq!(
            checks.record(&daily("2026-01-05", -1)).unwrap_err().field,
            "daily.unlocks"
        );
        assert_eq!(checks.record(&daily("05/01/2026", 1)).unwrap_err().field, "daily.day");
        assert_eq!(checks.record(&daily("2999-01-01", 1)).unwrap_err().field, "daily.day");
    }
}
