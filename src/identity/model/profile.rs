//! UpdateMe, checked: the columns its mask changes, every named field
//! valid, or every bad field named.

use super::{parse_clock, parse_frequency, parse_moods, DisplayName, Locale, ProfileChanges, Timezone};
use crate::error::FieldViolations;
use crate::proto::identity::v1 as pb;
use crate::request::{self, MaskPath};

/// Longest preferred-moods list read.
const MAX_MOODS: usize = 20;

/// What UpdateMe changes: profile fields, and conversation preferences
/// whole or one by one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ProfilePath {
    DisplayName,
    Timezone,
    Locale,
    Preferences,
    PreferredMoods,
    Frequency,
    QuietHours,
}

impl MaskPath for ProfilePath {
    const UPDATABLE: &'static [(&'static str, Self)] = &[
        ("display_name", ProfilePath::DisplayName),
        ("timezone", ProfilePath::Timezone),
        ("locale", ProfilePath::Locale),
        ("conversation_preferences", ProfilePath::Preferences),
        ("conversation_preferences.preferred_moods", ProfilePath::PreferredMoods),
        ("conversation_preferences.frequency", ProfilePath::Frequency),
        ("conversation_preferences.quiet_hours", ProfilePath::QuietHours),
    ];
    const READ_ONLY: &'static [(&'static str, &'static str)] = &[("email", "email cannot be changed")];
}

/// Reads the fields named by an UpdateMe mask into column changes.
fn profile_changes(user: &pb::User, paths: &[String]) -> Result<ProfileChanges, FieldViolations> {
    let mut v = FieldViolations::new();
    let mut changes = ProfileChanges::default();
    let empty = pb::ConversationPreferences::default();
    let prefs = user.conversation_preferences.as_ref().unwrap_or(&empty);
    for path in paths {
        match ProfilePath::read(&mut v, path) {
            Some(ProfilePath::DisplayName) => {
                changes.display_name = v
                    .check("user.display_name", DisplayName::parse(&user.display_name))
                    .map(|n| n.as_str().to_owned())
            }
            Some(ProfilePath::Timezone) => {
                changes.timezone = v
                    .check("user.timezone", Timezone::parse(&user.timezone))
                    .map(|t| t.as_str().to_owned())
            }
            Some(ProfilePath::Locale) => {
                changes.locale = v
                    .check("user.locale", Locale::parse(&user.locale))
                    .map(|l| l.as_str().to_owned())
            }
            Some(
                part @ (ProfilePath::Preferences
                | ProfilePath::PreferredMoods
                | ProfilePath::Frequency
                | ProfilePath::QuietHours),
            ) => {
                let whole = part == ProfilePath::Preferences;
                if whole || part == ProfilePath::PreferredMoods {
                    // There are ten moods; a longer list is not read.
                    let listed = request::count(
                        &mut v,
                        "user.conversation_preferences.preferred_moods",
                        &prefs.preferred_moods,
                        MAX_MOODS,
                    );
                    changes.preferred_moods = listed
                        .then(|| {
                            v.check(
                                "user.conversation_preferences.preferred_moods",
                                parse_moods(&prefs.preferred_moods),
                            )
                        })
                        .flatten();
                }
                if whole || part == ProfilePath::Frequency {
                    changes.conversation_frequency = v
                        .check(
                            "user.conversation_preferences.frequency",
                            parse_frequency(prefs.frequency),
                        )
                        .map(str::to_owned);
                }
                if whole || part == ProfilePath::QuietHours {
                    match &prefs.quiet_hours {
                        None => {
                            changes.quiet_hours_start = Some(None);
                            changes.quiet_hours_end = Some(None);
                        }
                        Some(q) => {
                            let start =
                                v.check("user.conversation_preferences.quiet_hours.start", parse_clock(&q.start));
                            let end = v.check("user.conversation_preferences.quiet_hours.end", parse_clock(&q.end));
                            changes.quiet_hours_start = Some(start);
                            changes.quiet_hours_end = Some(end);
                        }
                    }
                }
            }
            None => {}
        }
    }
    v.into_result().map(|_| changes)
}

/// UpdateMe: the columns its mask changes. A faulty mask is reported on its
/// own, before any field is read. Taken by value: the mask is counted
/// before anything is copied.
impl TryFrom<pb::UpdateMeRequest> for ProfileChanges {
    type Error = FieldViolations;

    fn try_from(r: pb::UpdateMeRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let paths = request::update_mask(&mut v, r.update_mask);
        v.into_result()?;
        profile_changes(&r.user.unwrap_or_default(), &paths)
    }
}

#[cfg(test)]
mod tests {

    use super::*;

    fn fields(err: FieldViolations) -> Vec<String> {
        err.fields().map(str::to_owned).collect()
    }

    fn update(paths: &[&str], user: pb::User) -> pb::UpdateMeRequest {
        pb::UpdateMeRequest {
            user: Some(user),
            update_mask: Some(prost_types::FieldMask {
                paths: paths.iter().map(|p| p.to_string()).collect(),
            }),
        }
    }

    #[test]
    fn update_me_reads_only_the_masked_fields() {
        let user = pb::User {
            display_name: " Ada ".into(),
            timezone: "Mars/Olympus".into(),
            conversation_preferences: Some(pb::ConversationPreferences {
                preferred_moods: vec![2, 1, 2],
                frequency: pb::ConversationFrequency::Weekly as i32,
                quiet_hours: Some(pb::QuietHours {
                    start: "22:00".into(),
                    end: "07:30".into(),
                }),
            }),
            ..Default::default()
        };
        let ok = ProfileChanges::try_from(update(&["display_name", "conversation_preferences"], user.clone())).unwrap();
        assert_eq!(ok.display_name.as_deref(), Some("Ada"));
        assert_eq!(ok.timezone, None, "an unmasked bad field is not read");
        assert_eq!(
            ok.preferred_moods.as_ref().map(Vec::len),
            Some(2),
            "moods are kept once"
        );
        assert_eq!(ok.conversation_frequency.as_deref(), Some("weekly"));
        assert_eq!(
            ok.quiet_hours_start.flatten().map(|t| t.to_string()).as_deref(),
            Some("22:00:00")
        );

        let bad_user = pb::User {
            conversation_preferences: Some(pb::ConversationPreferences {
                preferred_moods: vec![0; MAX_MOODS + 1],
                frequency: 0,
                quiet_hours: Some(pb::QuietHours {
                    start: "25:00".into(),
                    end: "7".into(),
                }),
            }),
            ..user
        };
        let bad = update(&["email", "timezone", "conversation_preferences", "nickname"], bad_user);
        assert_eq!(
            fields(ProfileChanges::try_from(bad).unwrap_err()),
            [
                "update_mask",
                "user.timezone",
                "user.conversation_preferences.preferred_moods",
                "user.conversation_preferences.frequency",
                "user.conversation_preferences.quiet_hours.start",
                "user.conversation_preferences.quiet_hours.end",
                "update_mask",
            ]
        );
        let no_mask = pb::UpdateMeRequest {
            user: Some(pb::User {
                timezone: "Mars/Olympus".into(),
                ..Default::default()
            }),
            update_mask: None,
        };
        assert_eq!(
            fields(ProfileChanges::try_from(no_mask).unwrap_err()),
            ["update_mask"],
            "a faulty mask is reported before any field is read"
        );
    }
}
