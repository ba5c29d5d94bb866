//! A user's calendar. Products speak of "today", "yesterday" and "the 23rd"
//! in the user's own timezone; this is the one place that turns a stored
//! timezone name into those days and into the UTC instants that bound them.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::error::DbError;
use crate::schema::users;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserClock {
    tz: Tz,
    name: String,
}

impl UserClock {
    /// The calendar of timezone `name`; UTC when it is not a known name
    /// (stored names are checked when set, so that is old data at most).
    pub fn of(name: &str) -> Self {
        match name.parse::<Tz>() {
            Ok(tz) => Self {
                tz,
                name: name.to_owned(),
            },
            Err(_) => Self {
                tz: chrono_tz::UTC,
                name: "UTC".to_owned(),
            },
        }
    }

    pub fn tz(&self) -> Tz {
        self.tz
    }

    /// The IANA name, for SQL's `AT TIME ZONE`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The local day at `at`.
    pub fn day_of(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.tz).date_naive()
    }

    pub fn today(&self) -> NaiveDate {
        self.day_of(Utc::now())
    }

    pub fn yesterday(&self) -> NaiveDate {
        let today = self.today();
        today.pred_opt().unwrap_or(today)
    }

    /// When local `day` starts (its first instant that exists: a DST gap
    /// at midnight moves it later).
    pub fn start_of(&self, day: NaiveDate) -> DateTime<Utc> {
        let midnight = day.and_time(NaiveTime::MIN);
        self.tz
            .from_local_datetime(&midnight)
            .earliest()
            .map_or_else(|| midnight.and_utc(), |t| t.with_timezone(&Utc))
    }

    /// The instants of local days `from..=to`: [start of `from`, start of
    /// the day after `to`).
    pub fn span(&self, from: NaiveDate, to: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
        let after = to.succ_opt().unwrap_or(to);
        (self.start_of(from), self.start_of(after))
    }
}

/// The user's calendar, from their stored timezone.
pub async fn clock(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<UserClock, DbError> {
    let name: String = users::table.find(user_id).select(users::timezone).first(conn).await?;
    Ok(UserClock::of(&name))
}

/// The timezones active users keep, as stored: per-user schedules find
/// each zone's slot once, then enqueue for everyone in it.
pub async fn active_zones(conn: &mut AsyncPgConnection) -> Result<Vec<String>, DbError> {
    Ok(users::table
        .filter(users::is_active)
        .select(users::timezone)
        .distinct()
        .load(conn)
        .await?)
}

/// The active users who keep timezone `zone` (a name as stored).
pub async fn active_users_in(conn: &mut AsyncPgConnection, zone: &str) -> Result<Vec<Uuid>, DbError> {
    Ok(users::table
        .filter(users::is_active.and(users::timezone.eq(zone)))
        .select(users::id)
        .load(conn)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_spans_in_the_users_zone() {
        let kiritimati = UserClock::of("Pacific/Kiritimati"); // UTC+14
        let at = Utc.with_ymd_and_hms(2026, 11, 23, 15, 0, 0).unwrap();
        assert_eq!(kiritimati.day_of(at).to_string(), "2026-11-24");
        let day: NaiveDate = "2026-11-24".parse().unwrap();
        let (start, end) = kiritimati.span(day, day);
        assert_eq!(start, Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap());
        assert_eq!(end - start, chrono::Duration::hours(24));
        assert_eq!(UserClock::of("Not/AZone").name(), "UTC");
        // A spring-forward day is 23 hours long.
        let paris = UserClock::of("Europe/Paris");
        let (start, end) = paris.span("2026-03-29".parse().unwrap(), "2026-03-29".parse().unwrap());
        assert_eq!(end - start, chrono::Duration::hours(23));
    }
}
