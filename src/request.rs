//! Checks every domain's gRPC layer makes on incoming requests: ids, required
//! fields, idempotency keys, days, and keyset paging. Each records what is
//! wrong in a [`FieldViolations`] so a request reports all its faults at once.

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::Serialize;
use uuid::Uuid;

use crate::error::FieldViolations;
use crate::pagination::{page_size, PageTokens};

pub fn required(violations: &mut FieldViolations, field: &str, value: &str) {
    if value.is_empty() {
        violations.add(field, "is required");
    }
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
    if raw.chars().count() > 100 {
        violations.add("request_id", "must be at most 100 characters");
        return None;
    }
    non_empty(raw)
}

/// A calendar day, "YYYY-MM-DD".
pub fn day(violations: &mut FieldViolations, field: &str, raw: &str) -> Option<NaiveDate> {
    if raw.is_empty() {
        violations.add(field, "is required");
        return None;
    }
    violations.check(
        field,
        NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| "must be a day as \"YYYY-MM-DD\""),
    )
}

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
        let after = violations.check("page_token", tokens.decode(&scope, token));
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
