//! An external source as sent, checked, stored and sent back (its two logs
//! are in `logs`, its Create and Update requests in `requests`). The names
//! that end up in SQL (the table, the key column and the mapped columns)
//! are plain identifiers, checked here, so double quotes are all the
//! escaping they need.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use secrecy::{ExposeSecret, SecretString};
use uuid::Uuid;

use crate::error::FieldViolations;
use crate::proto::cases::v1 as pb;
use crate::proto::timestamp;
use crate::request::{self, Text};
use crate::schema::case_sources;

mod logs;
mod requests;
pub use logs::*;
pub use requests::*;

pub const MAX_NAME_CHARS: usize = 100;
pub const MAX_CONNECTION_CHARS: usize = 2000;
pub const MAX_MAPPINGS: usize = 20;
/// PostgreSQL's longest name.
pub const MAX_IDENT_CHARS: usize = 63;
/// Minutes between scheduled syncs, when not 0 (only SyncNow).
pub const EVERY_MINUTES: std::ops::RangeInclusive<i32> = 15..=10_080;
/// The longest source key a synced case keeps.
pub const MAX_KEY_CHARS: usize = 200;
/// Problems a sync log keeps.
pub const MAX_ERRORS: usize = 20;

crate::stored_enum! {
    pub enum SourceKind: pb::SourceKind {
        Postgres => "postgres",
    }
}

crate::stored_enum! {
    pub enum SyncTrigger: pb::SyncTrigger {
        Manual => "manual",
        Scheduled => "scheduled",
    }
}

crate::stored_enum! {
    pub enum SyncStatus: pb::SyncStatus {
        Running => "running",
        Succeeded => "succeeded",
        Failed => "failed",
    }
}

crate::stored_enum! {
    pub enum QueryPurpose: pb::QueryPurpose {
        Test => "test",
        Sync => "sync",
    }
}

crate::stored_enum! {
    /// The case fields a source may fill, named as in `Case`.
    pub enum CaseField {
        FullName => "full_name",
        Aliases => "aliases",
        DateOfBirth => "date_of_birth",
        Age => "age",
        Gender => "gender",
        HeightCm => "height_cm",
        LastSeenTime => "last_seen_time",
        LastSeenPlace => "last_seen_place",
        LastSeenLatitude => "last_seen_latitude",
        LastSeenLongitude => "last_seen_longitude",
        Description => "description",
        Priority => "priority",
    }
}

/// A plain SQL name: a letter or `_`, then letters, digits or `_`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ident(String);

impl Ident {
    pub fn parse(raw: &str) -> Result<Ident, &'static str> {
        const PLAIN: &str = "must be a plain name: a letter or _, then letters, digits or _ (at most 63)";
        let mut chars = raw.chars();
        let starts = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
        if raw.len() > MAX_IDENT_CHARS || !starts || !chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(PLAIN);
        }
        Ok(Ident(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Quoted for SQL; [`Ident::parse`] lets no quote through.
    pub fn quoted(&self) -> String {
        format!("\"{}\"", self.0)
    }
}

/// `table` or `schema.table`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableName {
    schema: Option<Ident>,
    table: Ident,
}

impl TableName {
    pub fn parse(raw: &str) -> Result<TableName, &'static str> {
        const PLAIN: &str = "must be a plain table name or schema.table (letters, digits and _)";
        let (schema, table) = match raw.split_once('.') {
            Some((schema, table)) => (Some(schema), table),
            None => (None, raw),
        };
        Ok(TableName {
            schema: schema.map(Ident::parse).transpose().map_err(|_| PLAIN)?,
            table: Ident::parse(table).map_err(|_| PLAIN)?,
        })
    }

    pub fn quoted(&self) -> String {
        match &self.schema {
            Some(schema) => format!("{}.{}", schema.quoted(), self.table.quoted()),
            None => self.table.quoted(),
        }
    }
}

impl std::fmt::Display for TableName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.schema {
            Some(schema) => write!(f, "{}.{}", schema.as_str(), self.table.as_str()),
            None => f.write_str(self.table.as_str()),
        }
    }
}

/// A source's connection string: a PostgreSQL URL naming a host. Kept
/// secret in memory, sealed at rest, never sent back or logged.
pub struct ConnectionString(SecretString);

impl ConnectionString {
    /// The problems never quote the string: it may hold a password.
    pub fn parse(raw: &str) -> Result<ConnectionString, String> {
        if raw.is_empty() {
            return Err("is required".into());
        }
        request::check_text(raw, MAX_CONNECTION_CHARS, Text::Line)?;
        if !(raw.starts_with("postgres://") || raw.starts_with("postgresql://")) {
            return Err("must be a postgres:// or postgresql:// URL".into());
        }
        let config = (raw.parse::<tokio_postgres::Config>()).map_err(|_| "is not a valid PostgreSQL URL".to_owned())?;
        if config.get_hosts().is_empty() {
            return Err("must name a host".into());
        }
        Ok(ConnectionString(SecretString::from(raw.to_owned())))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

/// Case field -> source column, in field order; always maps full_name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping(Vec<(CaseField, Ident)>);

impl Mapping {
    /// Checks `sent` (named `source.mapping[<field>]`).
    pub fn check(v: &mut FieldViolations, sent: &HashMap<String, String>) -> Option<Mapping> {
        if sent.len() > MAX_MAPPINGS {
            v.add("source.mapping", format!("must have at most {MAX_MAPPINGS} entries"));
            return None;
        }
        let before = v.fields().count();
        let mut pairs = Vec::new();
        // Sorted, so the violations come in the same order every time.
        for (key, column) in sent.iter().collect::<BTreeMap<_, _>>() {
            let Some(field) = CaseField::from_stored(key) else {
                // The key names the violation's field; a key that is no
                // short plain word is not repeated.
                if Ident::parse(key).is_ok() {
                    v.add(
                        format!("source.mapping[{key}]"),
                        "is not a case field a source can fill",
                    );
                } else {
                    v.add("source.mapping", "keys must be case field names");
                }
                continue;
            };
            if let Some(column) = required(v, &format!("source.mapping[{key}]"), column, Ident::parse) {
                pairs.push((field, column));
            }
        }
        if !sent.contains_key(CaseField::FullName.as_str()) {
            v.add("source.mapping", "must map full_name");
        }
        if v.fields().count() > before {
            return None;
        }
        pairs.sort_by_key(|(field, _)| *field);
        Some(Mapping(pairs))
    }

    pub fn pairs(&self) -> &[(CaseField, Ident)] {
        &self.0
    }

    pub fn to_json(&self) -> serde_json::Value {
        (self.0.iter())
            .map(|(field, column)| (field.as_str().to_owned(), serde_json::Value::from(column.as_str())))
            .collect::<serde_json::Map<_, _>>()
            .into()
    }
}

/// An empty value is missing; anything else must parse.
fn required<T>(
    v: &mut FieldViolations,
    field: &str,
    raw: &str,
    parse: impl Fn(&str) -> Result<T, &'static str>,
) -> Option<T> {
    let raw = raw.trim();
    if raw.is_empty() {
        v.add(field, "is required");
        return None;
    }
    v.check(field, parse(raw))
}

/// A source's settings, checked: what Create stores and Update writes
/// back, and what a sync reads the source with.
#[derive(Debug, Clone)]
pub struct SourceSpec {
    pub name: String,
    pub kind: SourceKind,
    pub table: TableName,
    pub key_column: Ident,
    pub mapping: Mapping,
    pub enabled: bool,
    pub sync_every_minutes: i32,
}

impl SourceSpec {
    /// Checks every field of `s` (named `source.<field>`).
    pub fn check(v: &mut FieldViolations, s: &pb::ExternalSource) -> Option<SourceSpec> {
        let before = v.fields().count();
        let name = s.name.trim();
        if name.is_empty() {
            v.add("source.name", "is required");
        }
        request::text(v, "source.name", name, MAX_NAME_CHARS, Text::Line);
        let kind = match s.kind {
            0 => Some(SourceKind::Postgres),
            raw => v.check("source.kind", SourceKind::from_wire(raw)),
        };
        let table = required(v, "source.table", &s.table, TableName::parse);
        let key_column = required(v, "source.key_column", &s.key_column, Ident::parse);
        let mapping = Mapping::check(v, &s.mapping);
        if s.sync_every_minutes != 0 && !EVERY_MINUTES.contains(&s.sync_every_minutes) {
            v.add("source.sync_every_minutes", "must be 0 (only SyncNow) or 15 to 10080");
        }
        if v.fields().count() > before {
            return None;
        }
        Some(SourceSpec {
            name: name.to_owned(),
            kind: kind?,
            table: table?,
            key_column: key_column?,
            mapping: mapping?,
            enabled: s.enabled,
            sync_every_minutes: s.sync_every_minutes,
        })
    }
}

/// A source as stored, without its sealed connection string (read only
/// where it is opened).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = case_sources, check_for_backend(diesel::pg::Pg))]
pub struct SourceRow {
    pub id: Uuid,
    pub name: String,
    pub kind: String,
    pub table_name: String,
    pub key_column: String,
    pub mapping: serde_json::Value,
    pub enabled: bool,
    pub sync_every_minutes: i32,
    pub last_sync_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<SourceRow> for pb::ExternalSource {
    fn from(s: SourceRow) -> Self {
        let mapping = match s.mapping {
            serde_json::Value::Object(entries) => (entries.into_iter())
                .map(|(field, column)| match column {
                    serde_json::Value::String(column) => (field, column),
                    other => (field, other.to_string()),
                })
                .collect(),
            _ => HashMap::new(),
        };
        pb::ExternalSource {
            id: s.id.to_string(),
            name: s.name,
            kind: SourceKind::from_stored(&s.kind).map_or(0, |k| pb::SourceKind::from(k) as i32),
            table: s.table_name,
            key_column: s.key_column,
            mapping,
            enabled: s.enabled,
            sync_every_minutes: s.sync_every_minutes,
            // The column is NOT NULL: a stored source always has one.
            has_connection: true,
            last_sync_time: s.last_sync_at.map(timestamp),
            create_time: Some(timestamp(s.created_at)),
            update_time: Some(timestamp(s.updated_at)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(table: &str, key: &str, mapping: &[(&str, &str)]) -> pb::ExternalSource {
        pb::ExternalSource {
            name: "Registry".into(),
            table: table.into(),
            key_column: key.into(),
            mapping: mapping.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn names_that_reach_sql_are_plain_identifiers() {
        for good in ["people", "_x1", "Person_No", &"a".repeat(63)] {
            assert_eq!(Ident::parse(good).unwrap().quoted(), format!("\"{good}\""));
        }
        for bad in ["", "1st", "a b", "a\"b", "a;drop", "é", "a-b", &"a".repeat(64)] {
            assert!(Ident::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            TableName::parse("registry.people").unwrap().quoted(),
            "\"registry\".\"people\""
        );
        assert_eq!(TableName::parse("people").unwrap().to_string(), "people");
        for bad in ["a.b.c", ".people", "registry.", "x\".y"] {
            assert!(TableName::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn connection_strings_are_postgres_urls_and_never_quoted_back() {
        assert!(ConnectionString::parse("postgres://u:p@db.example:5432/x").is_ok());
        assert!(ConnectionString::parse("postgresql://u@%2Frun%2Fpg:5432/x").is_ok());
        for bad in [
            "",
            "mysql://u:p@db/x",
            "host=db user=u password=p",
            "postgres://u:p@db/x\n",
            &format!("postgres://u:p@db/{}", "x".repeat(2000)),
        ] {
            let problem = ConnectionString::parse(bad).err().unwrap_or_default();
            assert!(!problem.is_empty(), "{bad:?}");
            assert!(!problem.contains("u:p"), "{problem}");
        }
    }

    #[test]
    fn a_source_names_every_fault() {
        let mut s = source(
            "registry.people; drop",
            "",
            &[("nickname", "x"), ("age", "age years"), ("\u{0}", "y")],
        );
        s.name = " ".into();
        s.sync_every_minutes = 5;
        s.kind = 9;
        let mut v = FieldViolations::new();
        assert!(SourceSpec::check(&mut v, &s).is_none());
        let fields: Vec<&str> = v.fields().collect();
        assert_eq!(
            fields,
            [
                "source.name",
                "source.kind",
                "source.table",
                "source.key_column",
                "source.mapping",
                "source.mapping[age]",
                "source.mapping[nickname]",
                "source.mapping",
                "source.sync_every_minutes"
            ]
        );
        let too_many: HashMap<String, String> = (0..21).map(|i| (format!("k{i}"), "c".into())).collect();
        let mut v = FieldViolations::new();
        Mapping::check(&mut v, &too_many);
        assert_eq!(v.fields().collect::<Vec<_>>(), ["source.mapping"]);
    }

    #[test]
    fn a_good_source_keeps_its_mapping_in_field_order() {
        let s = source(
            "registry.people",
            "person_no",
            &[("description", "notes"), ("full_name", "name"), ("age", "age")],
        );
        let mut v = FieldViolations::new();
        let spec = SourceSpec::check(&mut v, &s).unwrap();
        assert_eq!(spec.kind, SourceKind::Postgres);
        let fields: Vec<CaseField> = spec.mapping.pairs().iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, [CaseField::FullName, CaseField::Age, CaseField::Description]);
        assert_eq!(
            spec.mapping.to_json(),
            serde_json::json!({"full_name": "name", "age": "age", "description": "notes"})
        );
    }

    #[test]
    fn stored_names_are_allowed_by_the_schema() {
        let migration = include_str!("../../../../migrations/2026-12-03-000061_case_sources/up.sql");
        let names = (SourceKind::ALL.iter().map(|k| k.as_str()))
            .chain(SyncTrigger::ALL.iter().map(|t| t.as_str()))
            .chain(SyncStatus::ALL.iter().map(|s| s.as_str()))
            .chain(QueryPurpose::ALL.iter().map(|p| p.as_str()));
        for name in names {
            assert!(migration.contains(&format!("'{name}'")), "{name}");
        }
    }
}
