//! Checks every domain's gRPC layer makes on incoming requests, before any
//! work: repeated fields counted first, strings (no NUL or other control
//! characters, a length cap), ids, enum values, idempotency keys, bounded
//! days and times, and keyset paging. Each records what is wrong in a
//! [`FieldViolations`] so a request reports all its faults at once.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::de::DeserializeOwned;
use serde::Serialize;
use uuid::Uuid;

use crate::error::FieldViolations;
use crate::pagination::{page_size, PageTokens};

/// True when `value` is not empty.
pub fn required(violations: &mut FieldViolations, field: &str, value: &str) -> bool {
    if value.is_empty() {
        violations.add(field, "is required");
        return false;
    }
    true
}

pub fn uuid(violations: &mut FieldViolations, field: &str, raw: &str) -> Option<Uuid> {
    if raw.is_empty() {
        violations.add(field, "is required");
        return None;
    }
    violations.check(field, Uuid::parse_str(raw).map_err(|_| "must be a UUID"))
}

/// An optional id: empty means none.
pub fn optional_uuid(violations: &mut FieldViolations, field: &str, raw: &str) -> Option<Uuid> {
    if raw.is_empty() {
        None
    } else {
        uuid(violations, field, raw)
    }
}

pub fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

/// An optional idempotency key of a create call.
pub fn request_id(violations: &mut FieldViolations, raw: &str) -> Option<String> {
    optional_text(violations, "request_id", raw, 100)
}

/// The first and last day any request may name. chrono takes years up to
/// ±262,143, where adding a window or a week overflows; nothing Kith stores
/// lies outside these.
pub const FIRST_DAY: NaiveDate = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
pub const LAST_DAY: NaiveDate = NaiveDate::from_ymd_opt(2200, 12, 31).unwrap();

/// "YYYY-MM-DD" within [`FIRST_DAY`]..=[`LAST_DAY`]. Every day a request
/// carries is read here.
pub fn parse_day(raw: &str) -> Result<NaiveDate, &'static str> {
    let day = NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| "must be a day as \"YYYY-MM-DD\"")?;
    if !(FIRST_DAY..=LAST_DAY).contains(&day) {
        return Err("must be between 1970-01-01 and 2200-12-31");
    }
    Ok(day)
}

/// A calendar day, "YYYY-MM-DD", between 1970 and 2200.
pub fn day(violations: &mut FieldViolations, field: &str, raw: &str) -> Option<NaiveDate> {
    if raw.is_empty() {
        violations.add(field, "is required");
        return None;
    }
    violations.check(field, parse_day(raw))
}

/// An optional day: empty means none (`Some(None)`); None when invalid.
pub fn optional_day(violations: &mut FieldViolations, field: &str, raw: &str) -> Option<Option<NaiveDate>> {
    if raw.is_empty() {
        return Some(None);
    }
    day(violations, field, raw).map(Some)
}

/// A point in time within the same days as [`parse_day`]. Every timestamp a
/// request carries is read here.
pub fn parse_time(ts: &prost_types::Timestamp) -> Result<DateTime<Utc>, &'static str> {
    let first = FIRST_DAY.and_time(NaiveTime::MIN).and_utc();
    let end = LAST_DAY.and_time(NaiveTime::MIN).and_utc() + chrono::Duration::days(1);
    match crate::proto::from_timestamp(ts) {
        Some(at) if (first..end).contains(&at) => Ok(at),
        _ => Err("must be between 1970-01-01 and 2200-12-31"),
    }
}

/// An optional timestamp: absent means none (`Some(None)`); None when invalid.
pub fn time(
    violations: &mut FieldViolations,
    field: &str,
    ts: Option<&prost_types::Timestamp>,
) -> Option<Option<DateTime<Utc>>> {
    match ts {
        None => Some(None),
        Some(ts) => violations.check(field, parse_time(ts)).map(Some),
    }
}

/// Caps a repeated field. Call it before looking at any element: past the
/// cap the request is refused without per-element work.
pub fn count<T>(violations: &mut FieldViolations, field: &str, items: &[T], max: usize) -> bool {
    if items.len() > max {
        violations.add(field, format!("must have at most {max} elements"));
        return false;
    }
    true
}

/// A known value of a proto enum (prost keeps unknown numbers as they came).
/// 0, the unspecified value, is left to the caller's own rule.
pub fn enum_value<E: TryFrom<i32>>(violations: &mut FieldViolations, field: &str, raw: i32) -> Option<E> {
    match E::try_from(raw) {
        Ok(value) => Some(value),
        Err(_) => {
            violations.add(field, format!("{raw} is not a known value"));
            None
        }
    }
}

/// What a string field may hold besides printable text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    /// A name, an id, a query: one line, no control characters at all.
    Line,
    /// Prose someone writes: line breaks and tabs too.
    Prose,
}

/// Where a string field's faults are found: at most `max` characters, and
/// no NUL or other control character (PostgreSQL refuses NUL in text; the
/// rest reach logs and prompts). Invalid UTF-8 never gets here: prost
/// refuses it while decoding, and tonic answers INTERNAL as gRPC specifies
/// for a message it cannot parse.
/// Does not trim; callers that trim check what they keep.
pub fn check_text(raw: &str, max: usize, kind: Text) -> Result<(), String> {
    // Counting stops at the cap, so a huge string costs no more than that.
    if raw.chars().nth(max).is_some() {
        return Err(format!("must be at most {max} characters"));
    }
    let allowed = |c: char| kind == Text::Prose && matches!(c, '\n' | '\r' | '\t');
    if raw.chars().any(|c| c.is_control() && !allowed(c)) {
        return Err("must not contain control characters".into());
    }
    Ok(())
}

/// Records a string field's faults (see [`check_text`]); true when fine.
pub fn text(violations: &mut FieldViolations, field: &str, raw: &str, max: usize, kind: Text) -> bool {
    violations.check(field, check_text(raw, max, kind)).is_some()
}

/// Most paths an update mask may name: more than any message has fields.
pub const MAX_MASK_PATHS: usize = 20;

/// An update mask's paths, counted first and each a short line; an empty
/// mask is an error (callers name what they change).
pub fn update_mask(violations: &mut FieldViolations, mask: Option<prost_types::FieldMask>) -> Vec<String> {
    let paths = mask.map(|m| m.paths).unwrap_or_default();
    if paths.is_empty() {
        violations.add("update_mask", "must name at least one field");
        return paths;
    }
    if !count(violations, "update_mask", &paths, MAX_MASK_PATHS)
        || !paths.iter().all(|p| check_text(p, 100, Text::Line).is_ok())
    {
        violations.add("update_mask", "paths must be field names");
        return Vec::new();
    }
    paths
}

/// The paths an Update request's mask may name. Each domain lists its
/// updatable paths (and, for a field that exists but is changed some other
/// way, the message that says so); a mask's paths are read one by one with
/// [`MaskPath::read`], so violations keep the order of the paths.
pub trait MaskPath: Copy + 'static {
    /// Every path an update changes, by name.
    const UPDATABLE: &'static [(&'static str, Self)];
    /// Fields of the resource that this update does not change, each with
    /// why.
    const READ_ONLY: &'static [(&'static str, &'static str)] = &[];

    /// `path` as one of the updatable paths; any other is reported on
    /// `update_mask`.
    fn read(violations: &mut FieldViolations, path: &str) -> Option<Self> {
        if let Some((_, updatable)) = Self::UPDATABLE.iter().find(|(name, _)| *name == path) {
            return Some(*updatable);
        }
        match Self::READ_ONLY.iter().find(|(name, _)| *name == path) {
            Some((_, why)) => violations.add("update_mask", *why),
            None => violations.add("update_mask", format!("unknown or read-only path {path:?}")),
        }
        None
    }
}

/// An optional one-line string filter: empty means none.
pub fn optional_text(violations: &mut FieldViolations, field: &str, raw: &str, max: usize) -> Option<String> {
    text(violations, field, raw, max, Text::Line)
        .then(|| non_empty(raw))
        .flatten()
}

/// Longest page token a list takes: its own tokens are a few hundred.
pub const MAX_PAGE_TOKEN_CHARS: usize = 1000;

/// One page of a keyset-paged list: how many rows, and after which key.
pub struct Page<K> {
    pub limit: i64,
    pub after: Option<K>,
    scope: String,
}

impl<K: Serialize + DeserializeOwned> Page<K> {
    /// `scope` must name the method, the caller and every filter, so a token
    /// cannot be replayed against another list.
    pub fn parse(
        violations: &mut FieldViolations,
        tokens: &PageTokens,
        scope: String,
        size: i32,
        token: &str,
    ) -> Option<Page<K>> {
        let limit = violations.check("page_size", page_size(size));
        // Tokens are short; a long one is refused before it is decoded.
        let after = if text(violations, "page_token", token, MAX_PAGE_TOKEN_CHARS, Text::Line) {
            violations.check("page_token", tokens.decode(&scope, token))
        } else {
            None
        };
        Some(Page {
            limit: limit?,
            after: after?,
            scope,
        })
    }

    /// Rows to fetch: one more than the page, to know whether another follows.
    pub fn fetch(&self) -> i64 {
        self.limit + 1
    }

    /// Trims the extra row and returns the next page token ("" at the end).
    pub fn finish<T>(&self, tokens: &PageTokens, rows: &mut Vec<T>, key: impl Fn(&T) -> K) -> String {
        if rows.len() as i64 <= self.limit {
            return String::new();
        }
        rows.truncate(self.limit as usize);
        rows.last()
            .map(|last| tokens.encode(&self.scope, &key(last)))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_bounded() {
        assert!(parse_day("-262144-01-05").is_err());
        assert!(parse_day("+262143-12-31").is_err());
        assert!(parse_day("1969-12-31").is_err());
        assert!(parse_day("2201-01-01").is_err());
        assert_eq!(parse_day("1970-01-01"), Ok(FIRST_DAY));
        assert_eq!(parse_day("2200-12-31"), Ok(LAST_DAY));
    }

    #[test]
    fn times_are_bounded() {
        let ts = |seconds| prost_types::Timestamp { seconds, nanos: 0 };
        assert!(parse_time(&ts(-1)).is_err());
        assert!(parse_time(&ts(i64::MAX)).is_err());
        assert!(parse_time(&ts(0)).is_ok());
        let last = LAST_DAY.and_hms_opt(23, 59, 59).unwrap().and_utc().timestamp();
        assert!(parse_time(&ts(last)).is_ok());
        assert!(parse_time(&ts(last + 1)).is_err());
        let bad_nanos = prost_types::Timestamp { seconds: 0, nanos: -1 };
        assert!(parse_time(&bad_nanos).is_err());
    }

    #[test]
    fn text_refuses_nul_controls_and_length() {
        assert!(check_text("Slack", 10, Text::Line).is_ok());
        assert!(check_text("Sl\0ck", 10, Text::Line).is_err());
        assert!(check_text("a\nb", 10, Text::Line).is_err());
        assert!(check_text("a\nb\tc", 10, Text::Prose).is_ok());
        assert!(check_text("a\0b", 10, Text::Prose).is_err());
        assert!(check_text("\u{1b}[31m", 10, Text::Prose).is_err());
        assert!(check_text(&"é".repeat(10), 10, Text::Line).is_ok());
        assert!(check_text(&"é".repeat(11), 10, Text::Line).is_err());
        // Right-to-left marks are format characters, not controls: text.
        assert!(check_text("\u{200f}abc", 10, Text::Line).is_ok());
    }

    #[test]
    fn counts_and_enums() {
        let mut v = FieldViolations::new();
        assert!(count(&mut v, "ids", &[1, 2, 3], 3));
        assert!(!count(&mut v, "ids", &[1, 2, 3, 4], 3));
        let known: Option<crate::proto::apps::v1::AppCategory> = enum_value(&mut v, "category", 1);
        assert!(known.is_some());
        let unknown: Option<crate::proto::apps::v1::AppCategory> = enum_value(&mut v, "category", 9999);
        assert!(unknown.is_none());
        assert_eq!(v.fields().collect::<Vec<_>>(), ["ids", "category"]);
        assert!(uuid(&mut FieldViolations::new(), "id", &"0".repeat(100_000)).is_none());
        assert!(uuid(
            &mut FieldViolations::new(),
            "id",
            "0000\u{0}000-0000-0000-0000-000000000000"
        )
        .is_none());
    }
}
