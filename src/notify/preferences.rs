//! What a user wants delivered where: channels per kind, and quiet hours in
//! their own timezone during which webhook and push deliveries wait (never
//! dropped).

use chrono::{DateTime, NaiveTime, Utc};
use diesel::sql_types::{Bool, Text, Time};
use diesel::{OptionalExtension, QueryableByName};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::error::{DbError, FieldViolations};
use crate::identity::clock::UserClock;
use crate::proto::notifications::v1 as pb;
use crate::request::{self, MaskPath};

type SqlUuid = diesel::sql_types::Uuid;

pub const MAX_KINDS: usize = 50;
pub const MAX_KIND_CHARS: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq, QueryableByName)]
pub struct KindPreference {
    #[diesel(sql_type = Text)]
    pub kind: String,
    #[diesel(sql_type = Bool)]
    pub in_app: bool,
    #[diesel(sql_type = Bool)]
    pub webhook: bool,
    #[diesel(sql_type = Bool)]
    pub push: bool,
}

/// Local times; `ends` before `starts` wraps midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, QueryableByName)]
pub struct QuietHours {
    #[diesel(sql_type = Time)]
    pub starts: NaiveTime,
    #[diesel(sql_type = Time)]
    pub ends: NaiveTime,
}

impl QuietHours {
    pub fn contains(self, local: NaiveTime) -> bool {
        if self.starts < self.ends {
            self.starts <= local && local < self.ends
        } else {
            local >= self.starts || local < self.ends
        }
    }

    /// When the quiet hours around `now` end, for a user on `clock`; None
    /// when `now` is not in them.
    pub fn hold_until(self, clock: &UserClock, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let local = now.with_timezone(&clock.tz());
        if !self.contains(local.time()) {
            return None;
        }
        let today = local.date_naive();
        let day = if local.time() < self.ends {
            today
        } else {
            today.succ_opt().unwrap_or(today)
        };
        let at = day.and_time(self.ends);
        use chrono::TimeZone;
        Some(
            clock
                .tz()
                .from_local_datetime(&at)
                .earliest()
                .map_or_else(|| at.and_utc(), |t| t.with_timezone(&Utc)),
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preferences {
    pub kinds: Vec<KindPreference>,
    pub quiet_hours: Option<QuietHours>,
}

fn hhmm(v: &mut FieldViolations, field: &str, raw: &str) -> Option<NaiveTime> {
    if !request::text(v, field, raw, 5, request::Text::Line) {
        return None;
    }
    v.check(
        field,
        NaiveTime::parse_from_str(raw, "%H:%M").map_err(|_| "must be a time \"HH:MM\" (00:00 to 23:59)"),
    )
}

/// What an update may change, checked; `None` paths are left alone.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Update {
    pub kinds: Option<Vec<KindPreference>>,
    pub quiet_hours: Option<Option<QuietHours>>,
}

/// What UpdateNotificationPreferences changes.
#[derive(Debug, Clone, Copy)]
enum PreferencePath {
    Kinds,
    QuietHours,
}

impl MaskPath for PreferencePath {
    const UPDATABLE: &'static [(&'static str, Self)] = &[
        ("kinds", PreferencePath::Kinds),
        ("quiet_hours", PreferencePath::QuietHours),
    ];
}

/// UpdateNotificationPreferences, checked: the mask, then each path it
/// names.
impl TryFrom<pb::UpdateNotificationPreferencesRequest> for Update {
    type Error = FieldViolations;

    fn try_from(r: pb::UpdateNotificationPreferencesRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let paths = request::update_mask(&mut v, r.update_mask);
        let update = Update::parse(&mut v, r.preferences, &paths);
        v.into_result()?;
        Ok(update)
    }
}

impl Update {
    fn parse(v: &mut FieldViolations, preferences: Option<pb::NotificationPreferences>, paths: &[String]) -> Update {
        let preferences = preferences.unwrap_or_default();
        let mut update = Update::default();
        for path in paths {
            match PreferencePath::read(v, path) {
                Some(PreferencePath::Kinds) => {
                    let field = "preferences.kinds";
                    if !request::count(v, field, &preferences.kinds, MAX_KINDS) {
                        continue;
                    }
                    let mut kinds: Vec<KindPreference> = Vec::new();
                    for (i, k) in preferences.kinds.iter().enumerate() {
                        let name = format!("{field}[{i}].kind");
                        if !request::text(v, &name, &k.kind, MAX_KIND_CHARS, request::Text::Line) {
                            continue;
                        }
                        if k.kind.is_empty() {
                            v.add(&name, "must not be empty");
                        } else if kinds.iter().any(|seen| seen.kind == k.kind) {
                            v.add(&name, "is listed twice");
                        }
                        kinds.push(KindPreference {
                            kind: k.kind.clone(),
                            in_app: k.in_app,
                            webhook: k.webhook,
                            push: k.push,
                        });
                    }
                    update.kinds = Some(kinds);
                }
                Some(PreferencePath::QuietHours) => {
                    update.quiet_hours = Some(match &preferences.quiet_hours {
                        None => None,
                        Some(q) => {
                            let starts = hhmm(v, "preferences.quiet_hours.start", &q.start);
                            let ends = hhmm(v, "preferences.quiet_hours.end", &q.end);
                            match (starts, ends) {
                                (Some(starts), Some(ends)) if starts == ends => {
                                    v.add("preferences.quiet_hours.end", "must differ from the start");
                                    None
                                }
                                (Some(starts), Some(ends)) => Some(QuietHours { starts, ends }),
                                _ => None,
                            }
                        }
                    });
                }
                None => {}
            }
        }
        update
    }
}

impl From<Preferences> for pb::NotificationPreferences {
    fn from(p: Preferences) -> Self {
        pb::NotificationPreferences {
            kinds: (p.kinds.into_iter())
                .map(|k| pb::KindPreference {
                    kind: k.kind,
                    in_app: k.in_app,
                    webhook: k.webhook,
                    push: k.push,
                })
                .collect(),
            quiet_hours: p.quiet_hours.map(|q| pb::QuietHours {
                start: q.starts.format("%H:%M").to_string(),
                end: q.ends.format("%H:%M").to_string(),
            }),
        }
    }
}

pub async fn quiet_hours(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<Option<QuietHours>, DbError> {
    Ok(
        diesel::sql_query("SELECT starts, ends FROM notification_quiet_hours WHERE user_id = $1")
            .bind::<SqlUuid, _>(user_id)
            .get_result(conn)
            .await
            .optional()?,
    )
}

/// The user's channels for one kind; None when they never set it (every
/// channel on).
pub async fn kind(conn: &mut AsyncPgConnection, user_id: Uuid, kind: &str) -> Result<Option<KindPreference>, DbError> {
    Ok(diesel::sql_query(
        "SELECT kind, in_app, webhook, push FROM notification_preferences WHERE user_id = $1 AND kind = $2",
    )
    .bind::<SqlUuid, _>(user_id)
    .bind::<Text, _>(kind)
    .get_result(conn)
    .await
    .optional()?)
}

/// Until when a delivery to the user's own devices or endpoints made at
/// `now` waits: the end of their quiet hours (in their timezone) when `now`
/// falls in them, else None. Every channel that honours quiet hours asks
/// here.
pub async fn quiet_until(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbError> {
    let Some(quiet) = quiet_hours(conn, user_id).await? else {
        return Ok(None);
    };
    let clock = crate::identity::clock::clock(conn, user_id).await?;
    Ok(quiet.hold_until(&clock, now))
}

pub async fn get(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<Preferences, DbError> {
    let kinds = diesel::sql_query(
        "SELECT kind, in_app, webhook, push FROM notification_preferences WHERE user_id = $1 ORDER BY kind",
    )
    .bind::<SqlUuid, _>(user_id)
    .load(conn)
    .await?;
    Ok(Preferences {
        kinds,
        quiet_hours: quiet_hours(conn, user_id).await?,
    })
}

/// Applies a checked update in one transaction and returns the result.
pub async fn update(conn: &mut AsyncPgConnection, user_id: Uuid, update: Update) -> Result<Preferences, DbError> {
    conn.transaction(async |conn| {
        if let Some(kinds) = &update.kinds {
            diesel::sql_query("DELETE FROM notification_preferences WHERE user_id = $1")
                .bind::<SqlUuid, _>(user_id)
                .execute(conn)
                .await?;
            for k in kinds {
                diesel::sql_query(
                    "INSERT INTO notification_preferences (user_id, kind, in_app, webhook, push)
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind::<SqlUuid, _>(user_id)
                .bind::<Text, _>(&k.kind)
                .bind::<Bool, _>(k.in_app)
                .bind::<Bool, _>(k.webhook)
                .bind::<Bool, _>(k.push)
                .execute(conn)
                .await?;
            }
        }
        match update.quiet_hours {
            None => {}
            Some(None) => {
                diesel::sql_query("DELETE FROM notification_quiet_hours WHERE user_id = $1")
                    .bind::<SqlUuid, _>(user_id)
                    .execute(conn)
                    .await?;
            }
            Some(Some(q)) => {
                diesel::sql_query(
                    "INSERT INTO notification_quiet_hours (user_id, starts, ends) VALUES ($1, $2, $3)
                     ON CONFLICT (user_id) DO UPDATE SET starts = EXCLUDED.starts, ends = EXCLUDED.ends",
                )
                .bind::<SqlUuid, _>(user_id)
                .bind::<Time, _>(q.starts)
                .bind::<Time, _>(q.ends)
                .execute(conn)
                .await?;
            }
        }
        get(conn, user_id).await
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(s: &str) -> NaiveTime {
        NaiveTime::parse_from_str(s, "%H:%M").unwrap()
    }

    #[test]
    fn quiet_hours_wrap_midnight_and_end_in_the_users_zone() {
        let night = QuietHours {
            starts: t("22:00"),
            ends: t("07:00"),
        };
        assert!(night.contains(t("23:30")) && night.contains(t("06:59")));
        assert!(!night.contains(t("07:00")) && !night.contains(t("21:59")));
        let paris = UserClock::of("Europe/Paris");
        // 22:30 UTC on 1 December is 23:30 in Paris: held until 07:00 Paris
        // on the 2nd, 06:00 UTC.
        let now = Utc.with_ymd_and_hms(2026, 12, 1, 22, 30, 0).unwrap();
        assert_eq!(
            night.hold_until(&paris, now),
            Some(Utc.with_ymd_and_hms(2026, 12, 2, 6, 0, 0).unwrap())
        );
        // 05:00 UTC is 06:00 in Paris, the same morning's end.
        let early = Utc.with_ymd_and_hms(2026, 12, 2, 5, 0, 0).unwrap();
        assert_eq!(
            night.hold_until(&paris, early),
            Some(Utc.with_ymd_and_hms(2026, 12, 2, 6, 0, 0).unwrap())
        );
        let noon = Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).unwrap();
        assert_eq!(night.hold_until(&paris, noon), None);
    }

    fn fields(v: FieldViolations) -> Vec<String> {
        v.fields().map(str::to_owned).collect()
    }

    fn masked(preferences: pb::NotificationPreferences, paths: &[&str]) -> pb::UpdateNotificationPreferencesRequest {
        pb::UpdateNotificationPreferencesRequest {
            preferences: Some(preferences),
            update_mask: Some(prost_types::FieldMask {
                paths: paths.iter().map(|p| p.to_string()).collect(),
            }),
        }
    }

    fn kind(name: &str) -> pb::KindPreference {
        pb::KindPreference {
            kind: name.into(),
            in_app: true,
            webhook: false,
            push: true,
        }
    }

    #[test]
    fn updates_read_only_the_masked_paths_and_name_every_bad_field() {
        let quiet = |start: &str, end: &str| {
            Some(pb::QuietHours {
                start: start.into(),
                end: end.into(),
            })
        };
        let ok = masked(
            pb::NotificationPreferences {
                kinds: vec![kind("friend_request_received")],
                quiet_hours: quiet("22:00", "07:00"),
            },
            &["kinds", "quiet_hours"],
        );
        assert_eq!(
            Update::try_from(ok).unwrap(),
            Update {
                kinds: Some(vec![KindPreference {
                    kind: "friend_request_received".into(),
                    in_app: true,
                    webhook: false,
                    push: true,
                }]),
                quiet_hours: Some(Some(QuietHours {
                    starts: t("22:00"),
                    ends: t("07:00"),
                })),
            }
        );
        let cleared = masked(pb::NotificationPreferences::default(), &["quiet_hours"]);
        assert_eq!(
            Update::try_from(cleared).unwrap(),
            Update {
                kinds: None,
                quiet_hours: Some(None),
            }
        );
        let unmasked = masked(
            pb::NotificationPreferences {
                kinds: vec![kind(""), kind("")],
                quiet_hours: quiet("25:00", "25:00"),
            },
            &["quiet_hours", "color"],
        );
        assert_eq!(
            fields(Update::try_from(unmasked).unwrap_err()),
            [
                "preferences.quiet_hours.start",
                "preferences.quiet_hours.end",
                "update_mask"
            ]
        );
        let bad = masked(
            pb::NotificationPreferences {
                kinds: vec![kind("a"), kind(""), kind("a"), kind("b\u{7}")],
                quiet_hours: quiet("08:00", "08:00"),
            },
            &["kinds", "quiet_hours"],
        );
        assert_eq!(
            fields(Update::try_from(bad).unwrap_err()),
            [
                "preferences.kinds[1].kind",
                "preferences.kinds[2].kind",
                "preferences.kinds[3].kind",
                "preferences.quiet_hours.end"
            ]
        );
        assert_eq!(
            fields(Update::try_from(pb::UpdateNotificationPreferencesRequest::default()).unwrap_err()),
            ["update_mask"]
        );
    }
}
