//! A source's row as a case: each mapped column's text set into its case
//! field, then the case checked exactly as CreateCase checks one, so a
//! synced case is never one a person could not have filed.

use chrono::{DateTime, NaiveDateTime, NaiveTime, Utc};

use super::model::{CaseField, Mapping, MAX_KEY_CHARS};
use crate::cases::model::CaseFields;
use crate::error::FieldViolations;
use crate::proto::cases::v1 as pb;
use crate::request::{self, Text};

/// The row's key as a synced case keeps it.
pub fn source_key(raw: Option<&str>) -> Result<String, String> {
    let key = raw.map(str::trim).unwrap_or_default();
    if key.is_empty() {
        return Err("is empty".into());
    }
    request::check_text(key, MAX_KEY_CHARS, Text::Line)?;
    Ok(key.to_owned())
}

/// The case a row makes: `base` (the stored case, or an empty one) with
/// every mapped field set from the row, then checked as CreateCase checks
/// a case. The problems read "full_name: is required; age: ...".
pub fn case_fields(
    mapping: &Mapping,
    mut case: pb::Case,
    values: &[Option<String>],
    now: DateTime<Utc>,
) -> Result<CaseFields, String> {
    let mut v = FieldViolations::new();
    for ((field, _), value) in mapping.pairs().iter().zip(values) {
        fill(
            &mut v,
            &mut case,
            *field,
            value.as_deref().map(str::trim).unwrap_or_default(),
        );
    }
    let fields = CaseFields::check(&mut v, &case, now);
    match fields {
        Some(fields) if v.is_empty() => Ok(fields),
        _ => Err(v.to_string().replace("case.", "")),
    }
}

/// Sets `field` from the row's text (empty: NULL or blank, which clears
/// it). Text that is not of the field's type is the field's fault, named
/// as CreateCase names it.
fn fill(v: &mut FieldViolations, case: &mut pb::Case, field: CaseField, text: &str) {
    let name = format!("case.{}", field.as_str());
    match field {
        CaseField::FullName => case.full_name = text.to_owned(),
        CaseField::Aliases => case.aliases = aliases(text),
        CaseField::DateOfBirth => case.date_of_birth = text.to_owned(),
        CaseField::Age => case.age = whole(v, &name, text),
        CaseField::Gender => {
            case.gender = match text.to_lowercase().as_str() {
                "" => 0,
                "female" | "f" => pb::Gender::Female as i32,
                "male" | "m" => pb::Gender::Male as i32,
                "other" => pb::Gender::Other as i32,
                _ => {
                    v.add(name, "must be female, male or other");
                    0
                }
            }
        }
        CaseField::HeightCm => case.height_cm = whole(v, &name, text),
        CaseField::LastSeenTime => {
            case.last_seen_time = match text {
                "" => None,
                text => v.check(&name, moment(text)).map(crate::proto::timestamp),
            }
        }
        CaseField::LastSeenPlace => case.last_seen_place = text.to_owned(),
        CaseField::LastSeenLatitude => case.last_seen_latitude = decimal(v, &name, text),
        CaseField::LastSeenLongitude => case.last_seen_longitude = decimal(v, &name, text),
        CaseField::Description => case.description = text.to_owned(),
        CaseField::Priority => {
            case.priority = match text.to_lowercase().as_str() {
                "" => 0,
                "high" => pb::Priority::High as i32,
                "normal" => pb::Priority::Normal as i32,
                "low" => pb::Priority::Low as i32,
                _ => {
                    v.add(name, "must be high, normal or low");
                    0
                }
            }
        }
    }
}

/// A list in one value: "Al, Bert; Bertie", or an array as PostgreSQL
/// writes it as text ({Al,"Bert B"}).
fn aliases(text: &str) -> Vec<String> {
    let inner = (text.strip_prefix('{').and_then(|t| t.strip_suffix('}'))).unwrap_or(text);
    inner
        .split([',', ';'])
        .map(|alias| alias.trim().trim_matches('"').trim())
        .filter(|alias| !alias.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A whole number (a decimal is rounded); 0 when empty.
fn whole(v: &mut FieldViolations, field: &str, text: &str) -> i32 {
    if text.is_empty() {
        return 0;
    }
    match text.parse::<f64>() {
        Ok(n) if n.is_finite() && n.abs() < 1e9 => n.round() as i32,
        _ => {
            v.add(field, "must be a number");
            0
        }
    }
}

fn decimal(v: &mut FieldViolations, field: &str, text: &str) -> Option<f64> {
    if text.is_empty() {
        return None;
    }
    match text.parse::<f64>() {
        Ok(n) if n.is_finite() => Some(n),
        _ => {
            v.add(field, "must be a number");
            None
        }
    }
}

/// A time as PostgreSQL writes a timestamptz, timestamp or date as text,
/// or as RFC 3339; without an offset it is UTC.
fn moment(text: &str) -> Result<DateTime<Utc>, &'static str> {
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Ok(at.to_utc());
    }
    for format in ["%Y-%m-%d %H:%M:%S%.f%#z", "%Y-%m-%d %H:%M:%S%#z"] {
        if let Ok(at) = DateTime::parse_from_str(text, format) {
            return Ok(at.to_utc());
        }
    }
    for format in ["%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S%.f"] {
        if let Ok(at) = NaiveDateTime::parse_from_str(text, format) {
            return Ok(at.and_utc());
        }
    }
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(|day| day.and_time(NaiveTime::MIN).and_utc())
        .map_err(|_| "must be a date and time")
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn now() -> DateTime<Utc> {
        "2026-12-03T12:00:00Z".parse().unwrap()
    }

    fn mapping(pairs: &[(&str, &str)]) -> Mapping {
        let sent: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Mapping::check(&mut FieldViolations::new(), &sent).unwrap()
    }

    fn values(values: &[Option<&str>]) -> Vec<Option<String>> {
        values.iter().map(|v| v.map(str::to_owned)).collect()
    }

    #[test]
    fn a_row_becomes_the_case_create_case_would_store() {
        // In field order: full_name, aliases, age, gender, last_seen_time, priority.
        let m = mapping(&[
            ("full_name", "name"),
            ("aliases", "other_names"),
            ("age", "age"),
            ("gender", "sex"),
            ("last_seen_time", "seen"),
            ("priority", "urgency"),
        ]);
        let row = values(&[
            Some("  Ada Lovelace "),
            Some("{Ada,\"Countess L\"}"),
            Some("36"),
            Some("F"),
            Some("2026-11-30 18:45:00+00"),
            None,
        ]);
        let f = case_fields(&m, pb::Case::default(), &row, now()).unwrap();
        assert_eq!(f.full_name, "Ada Lovelace");
        assert_eq!(f.aliases, ["Ada", "Countess L"]);
        assert_eq!((f.age, f.gender, f.priority), (Some(36), Some("female"), "normal"));
        assert_eq!(f.last_seen_at, Some("2026-11-30T18:45:00Z".parse().unwrap()));
    }

    #[test]
    fn bad_values_are_named_by_field_as_create_case_names_them() {
        let m = mapping(&[("full_name", "name"), ("age", "age"), ("height_cm", "h")]);
        let problems = case_fields(
            &m,
            pb::Case::default(),
            &values(&[None, Some("old"), Some("12")]),
            now(),
        )
        .unwrap_err();
        assert_eq!(
            problems,
            "age: must be a number; full_name: is required; height_cm: must be 0 (not known) or 30 to 272"
        );
    }

    #[test]
    fn unmapped_fields_keep_what_the_case_holds() {
        let m = mapping(&[("full_name", "name")]);
        let stored = pb::Case {
            full_name: "Old".into(),
            description: "Kept".into(),
            priority: pb::Priority::High as i32,
            ..Default::default()
        };
        let f = case_fields(&m, stored, &values(&[Some("New")]), now()).unwrap();
        assert_eq!(
            (f.full_name.as_str(), f.description.as_str(), f.priority),
            ("New", "Kept", "high")
        );
    }

    #[test]
    fn times_and_lists_as_postgres_writes_them() {
        let at = |s| moment(s).unwrap().to_rfc3339();
        assert_eq!(at("2026-11-30 18:45:00.25+01"), "2026-11-30T17:45:00.250+00:00");
        assert_eq!(at("2026-11-30 18:45:00+05:30"), "2026-11-30T13:15:00+00:00");
        assert_eq!(at("2026-11-30 18:45:00"), "2026-11-30T18:45:00+00:00");
        assert_eq!(at("2026-11-30T18:45:00Z"), "2026-11-30T18:45:00+00:00");
        assert_eq!(at("2026-11-30"), "2026-11-30T00:00:00+00:00");
        assert!(moment("last tuesday").is_err());
        assert_eq!(aliases("Al, Bert;Bertie ,"), ["Al", "Bert", "Bertie"]);
        assert!(aliases("").is_empty());
        assert_eq!(source_key(Some(" P-1 ")), Ok("P-1".to_owned()));
        assert!(source_key(None).is_err());
        assert!(source_key(Some(&"k".repeat(201))).is_err());
    }
}
