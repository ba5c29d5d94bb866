//! Schedules declared in code. Each tick enqueues the most recent slot of
//! every schedule that has come due — per user in the user's own timezone
//! where the product says "6 AM" — under a unique key per slot, so however
//! many replicas tick, and however long the server was down, a slot runs
//! once: a missed slot runs once on start, not once per missed tick.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use diesel::sql_types::{Array, Date, Integer, Text};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use super::queue::{enqueue, NewJob};
use crate::error::DbError;
use crate::identity::clock::{self, UserClock};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Every hour at this minute (system schedules).
    Hourly {
        minute: u32,
    },
    /// Every `minutes` minutes from midnight UTC; `minutes` divides a day
    /// (system schedules).
    Every {
        minutes: u32,
    },
    Daily {
        at: (u32, u32),
    },
    Weekly {
        day: Weekday,
        at: (u32, u32),
    },
    /// Day `day` of every month (1 to 28, so every month has it).
    Monthly {
        day: u32,
        at: (u32, u32),
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// Once per active user, at the time of day in the user's timezone.
    EachUser,
    /// Once for the whole system, in UTC.
    System,
}

/// A schedule: at `when`, in `zone`, enqueue a job of `job_kind`. Each
/// domain's schedules are declared with its job kinds at the composition
/// root; the constructors tie the zone to the payload the kind reads.
#[derive(Debug, Clone, Copy)]
pub struct Schedule {
    pub name: &'static str,
    pub when: When,
    pub zone: Zone,
    /// The job kind each slot enqueues.
    pub job_kind: &'static str,
    pub description: &'static str,
}

impl Schedule {
    /// Once per active user at `when` in the user's timezone; the job gets
    /// the user and the slot's local day.
    pub const fn each_user<P: super::PerUser>(
        name: &'static str,
        when: When,
        kind: super::Kind<P>,
        description: &'static str,
    ) -> Self {
        assert!(
            !matches!(when, When::Hourly { .. } | When::Every { .. }),
            "hourly schedules are system schedules"
        );
        Self {
            name,
            when,
            zone: Zone::EachUser,
            job_kind: kind.name,
            description,
        }
    }

    /// Once for the whole system at `when` in UTC; the job gets the slot's day.
    pub const fn system(
        name: &'static str,
        when: When,
        kind: super::Kind<super::SystemSlot>,
        description: &'static str,
    ) -> Self {
        Self {
            name,
            when,
            zone: Zone::System,
            job_kind: kind.name,
            description,
        }
    }
}

impl When {
    fn time(self) -> NaiveTime {
        let (h, m) = match self {
            When::Hourly { minute } => (0, minute),
            When::Every { .. } => (0, 0),
            When::Daily { at } | When::Weekly { at, .. } | When::Monthly { at, .. } => at,
        };
        NaiveTime::from_hms_opt(h, m, 0).expect("valid schedule time")
    }

    /// The start of the latest slot at or before `local`.
    pub fn latest(self, local: chrono::NaiveDateTime) -> chrono::NaiveDateTime {
        if let When::Hourly { minute } = self {
            let hour = local
                .date()
                .and_hms_opt(local.time().hour(), minute, 0)
                .expect("valid minute");
            return if hour <= local { hour } else { hour - Duration::hours(1) };
        }
        if let When::Every { minutes } = self {
            let since_midnight = local.time().num_seconds_from_midnight() / 60;
            let slot = since_midnight - since_midnight % minutes.max(1);
            return local.date().and_time(NaiveTime::MIN) + Duration::minutes(i64::from(slot));
        }
        let today = local.date();
        let mut day = if local.time() >= self.time() {
            today
        } else {
            today - Duration::days(1)
        };
        if let When::Weekly { day: weekday, .. } = self {
            while day.weekday() != weekday {
                day -= Duration::days(1);
            }
        }
        if let When::Monthly { day: of_month, .. } = self {
            while day.day() != of_month {
                day -= Duration::days(1);
            }
        }
        day.and_time(self.time())
    }

    /// The local date of the latest slot at or before `local`.
    pub fn latest_slot(self, local: chrono::NaiveDateTime) -> NaiveDate {
        self.latest(local).date()
    }

    /// The latest slot's name in unique keys: its date ("2026-12-02"), and
    /// for hourly schedules its hour too ("2026-12-02T14").
    pub fn slot_key(self, local: chrono::NaiveDateTime) -> String {
        let slot = self.latest(local);
        match self {
            When::Hourly { .. } => slot.format("%Y-%m-%dT%H").to_string(),
            When::Every { .. } => slot.format("%Y-%m-%dT%H:%M").to_string(),
            _ => slot.date().to_string(),
        }
    }

    /// The first slot after `now` in timezone `tz`, for display.
    pub fn next_after(self, now: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
        let local = now.with_timezone(&tz).naive_local();
        let next = match self {
            When::Hourly { .. } => self.latest(local) + Duration::hours(1),
            When::Every { minutes } => self.latest(local) + Duration::minutes(i64::from(minutes)),
            _ => {
                let mut day = self.latest_slot(local) + Duration::days(1);
                if let When::Weekly { day: weekday, .. } = self {
                    while day.weekday() != weekday {
                        day += Duration::days(1);
                    }
                }
                if let When::Monthly { day: of_month, .. } = self {
                    while day.day() != of_month {
                        day += Duration::days(1);
                    }
                }
                day.and_time(self.time())
            }
        };
        tz.from_local_datetime(&next)
            .earliest()
            .map_or(now + Duration::days(1), |t| t.with_timezone(&Utc))
    }
}

/// A tick that enqueues at least this many jobs refreshes the queue's
/// planner statistics.
const ANALYZE_AFTER: usize = 1_000;

/// Enqueues every slot of `schedules` that has come due by `now`; returns
/// how many jobs were new. `only` restricts the tick to one schedule.
pub async fn tick(
    conn: &mut AsyncPgConnection,
    now: DateTime<Utc>,
    schedules: &[Schedule],
    only: Option<&str>,
) -> Result<usize, DbError> {
    let mut created = 0;
    for schedule in schedules {
        if only.is_some_and(|name| name != schedule.name) {
            continue;
        }
        created += match schedule.zone {
            Zone::System => {
                let slot = schedule.when.latest_slot(now.naive_utc());
                let key = schedule.when.slot_key(now.naive_utc());
                let job = NewJob::new(schedule.job_kind, serde_json::json!({ "day": slot }))
                    .unique(format!("{}:system:{key}", schedule.name));
                usize::from(enqueue(conn, job).await?.is_some())
            }
            Zone::EachUser => each_user(conn, schedule, now).await?,
        };
    }
    if created >= ANALYZE_AFTER {
        // The planner's picture of the queue predates the burst: believing
        // few jobs are queued, it would have every claim sort all of them
        // instead of reading the ready index in order, until autovacuum
        // catches up (measured: 10-20 ms a claim at 40,000 queued, not 1).
        if let Err(error) = diesel::sql_query("ANALYZE jobs").execute(conn).await {
            tracing::warn!(%error, "could not refresh the job queue's statistics");
        }
    }
    Ok(created)
}

/// One set-based insert per timezone in use: the slot's local date differs
/// between timezones, never within one. Who is active where is identity's
/// to say; the queue only writes jobs.
async fn each_user(conn: &mut AsyncPgConnection, schedule: &Schedule, now: DateTime<Utc>) -> Result<usize, DbError> {
    let mut created = 0;
    for zone in clock::active_zones(conn).await? {
        let users = clock::active_users_in(conn, &zone).await?;
        let clock = UserClock::of(&zone);
        let slot = schedule.when.latest_slot(now.with_timezone(&clock.tz()).naive_local());
        created += diesel::sql_query(
            "INSERT INTO jobs (id, kind, payload, max_attempts, unique_key, user_id)
             SELECT gen_random_uuid(), $1, jsonb_build_object('user_id', u, 'day', $3::date), $4,
                    $2 || ':' || u || ':' || $3::date, u
             FROM unnest($5::uuid[]) AS u
             ON CONFLICT (unique_key) DO NOTHING",
        )
        .bind::<Text, _>(schedule.job_kind)
        .bind::<Text, _>(schedule.name)
        .bind::<Date, _>(slot)
        .bind::<Integer, _>(5)
        .bind::<Array<diesel::sql_types::Uuid>, _>(&users)
        .execute(conn)
        .await?;
    }
    Ok(created)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> chrono::NaiveDateTime {
        chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn latest_slot_is_today_once_the_time_has_passed() {
        let six = When::Daily { at: (6, 0) };
        assert_eq!(six.latest_slot(at("2026-11-23 05:59")).to_string(), "2026-11-22");
        assert_eq!(six.latest_slot(at("2026-11-23 06:00")).to_string(), "2026-11-23");
        let sunday = When::Weekly {
            day: Weekday::Sun,
            at: (2, 0),
        };
        // 2026-11-22 is a Sunday.
        assert_eq!(sunday.latest_slot(at("2026-11-25 12:00")).to_string(), "2026-11-22");
        assert_eq!(sunday.latest_slot(at("2026-11-22 01:59")).to_string(), "2026-11-15");
    }

    #[test]
    fn monthly_slots_fall_on_their_day() {
        let first = When::Monthly { day: 1, at: (9, 0) };
        assert_eq!(first.latest_slot(at("2026-12-01 08:59")).to_string(), "2026-11-01");
        assert_eq!(first.latest_slot(at("2026-12-01 09:00")).to_string(), "2026-12-01");
        assert_eq!(first.latest_slot(at("2027-01-31 23:00")).to_string(), "2027-01-01");
        let now = Utc.with_ymd_and_hms(2026, 12, 3, 12, 0, 0).unwrap();
        assert_eq!(
            first.next_after(now, chrono_tz::UTC),
            Utc.with_ymd_and_hms(2027, 1, 1, 9, 0, 0).unwrap()
        );
    }

    #[test]
    fn every_slots_count_from_midnight() {
        let five = When::Every { minutes: 5 };
        assert_eq!(five.slot_key(at("2026-11-23 14:04")), "2026-11-23T14:00");
        assert_eq!(five.slot_key(at("2026-11-23 14:05")), "2026-11-23T14:05");
        let six_hours = When::Every { minutes: 360 };
        assert_eq!(six_hours.slot_key(at("2026-11-23 05:59")), "2026-11-23T00:00");
        assert_eq!(six_hours.slot_key(at("2026-11-23 23:59")), "2026-11-23T18:00");
        let now = Utc.with_ymd_and_hms(2026, 12, 3, 22, 0, 0).unwrap();
        assert_eq!(
            When::Every { minutes: 240 }.next_after(now, chrono_tz::UTC),
            Utc.with_ymd_and_hms(2026, 12, 4, 0, 0, 0).unwrap()
        );
    }

    #[test]
    fn hourly_slots_are_keyed_by_hour() {
        let hourly = When::Hourly { minute: 5 };
        assert_eq!(hourly.slot_key(at("2026-11-23 14:04")), "2026-11-23T13");
        assert_eq!(hourly.slot_key(at("2026-11-23 14:05")), "2026-11-23T14");
        assert_eq!(hourly.slot_key(at("2026-11-23 00:01")), "2026-11-22T23");
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 15, 30, 0).unwrap();
        assert_eq!(
            hourly.next_after(now, chrono_tz::UTC),
            Utc.with_ymd_and_hms(2026, 11, 23, 16, 5, 0).unwrap()
        );
        // Daily keys stay dates, as they always were.
        assert_eq!(
            When::Daily { at: (6, 0) }.slot_key(at("2026-11-23 07:00")),
            "2026-11-23"
        );
    }

    #[test]
    fn next_slot_in_a_timezone() {
        let six = When::Daily { at: (6, 0) };
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 15, 0, 0).unwrap();
        // Kiritimati is UTC+14: 06:00 there is 16:00 UTC the day before.
        let next = six.next_after(now, "Pacific/Kiritimati".parse().unwrap());
        assert_eq!(next, Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap());
    }
}
