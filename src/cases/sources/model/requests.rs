//! CreateExternalSource and UpdateExternalSource requests, checked: every
//! field valid, or every bad field named. An update's mask is applied to
//! the stored source, which the handler reads.

use uuid::Uuid;

use super::{ConnectionString, SourceSpec, MAX_MAPPINGS};
use crate::error::FieldViolations;
use crate::proto::cases::v1 as pb;
use crate::request::{self, MaskPath};

/// CreateExternalSource: the source's settings and its connection string.
pub struct NewSource {
    pub spec: SourceSpec,
    pub connection: ConnectionString,
}

impl TryFrom<&pb::CreateExternalSourceRequest> for NewSource {
    type Error = FieldViolations;

    /// No source at all is an empty one, so its required fields are named.
    fn try_from(r: &pb::CreateExternalSourceRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let spec = SourceSpec::check(&mut v, r.source.as_ref().unwrap_or(&pb::ExternalSource::default()));
        let connection = v.check("connection_string", ConnectionString::parse(&r.connection_string));
        match (spec, connection, v.is_empty()) {
            (Some(spec), Some(connection), true) => Ok(NewSource { spec, connection }),
            _ => Err(v),
        }
    }
}

/// UpdateExternalSource: which source, the source as sent, the paths its
/// mask names, and the new connection string when the mask names it (sealed
/// before the stored source is read). The other paths are read against the
/// stored source ([`SourceUpdate::apply`]).
pub struct SourceUpdate {
    pub id: Uuid,
    pub sent: pb::ExternalSource,
    pub paths: Vec<String>,
    pub connection: Option<ConnectionString>,
}

impl TryFrom<pb::UpdateExternalSourceRequest> for SourceUpdate {
    type Error = FieldViolations;

    fn try_from(r: pb::UpdateExternalSourceRequest) -> Result<Self, FieldViolations> {
        let sent = r.source.unwrap_or_default();
        let mut v = FieldViolations::new();
        // A bad id is reported alone.
        let Some(id) = request::uuid(&mut v, "source.id", &sent.id) else {
            return Err(v);
        };
        let paths = request::update_mask(&mut v, r.update_mask);
        // Sizes before the stored source is read.
        if sent.mapping.len() > MAX_MAPPINGS {
            v.add("source.mapping", format!("must have at most {MAX_MAPPINGS} entries"));
        }
        let connection = if paths.iter().any(|p| p == "connection_string") {
            v.check("connection_string", ConnectionString::parse(&r.connection_string))
        } else {
            None
        };
        v.into_result()?;
        Ok(SourceUpdate {
            id,
            sent,
            paths,
            connection,
        })
    }
}

impl SourceUpdate {
    /// `stored` with the masked fields copied over, checked as a new source
    /// is; a path that is not updatable is named on `update_mask`.
    pub fn apply(&self, stored: pb::ExternalSource) -> Result<SourceSpec, FieldViolations> {
        let mut v = FieldViolations::new();
        let merged = merge(&mut v, stored, &self.sent, &self.paths);
        let spec = SourceSpec::check(&mut v, &merged);
        match spec.filter(|_| v.is_empty()) {
            Some(spec) => Ok(spec),
            None => Err(v),
        }
    }
}

/// The paths UpdateExternalSource takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SourcePath {
    Name,
    Table,
    KeyColumn,
    Mapping,
    Enabled,
    SyncEveryMinutes,
    ConnectionString,
}

impl MaskPath for SourcePath {
    const UPDATABLE: &'static [(&'static str, Self)] = &[
        ("name", SourcePath::Name),
        ("table", SourcePath::Table),
        ("key_column", SourcePath::KeyColumn),
        ("mapping", SourcePath::Mapping),
        ("enabled", SourcePath::Enabled),
        ("sync_every_minutes", SourcePath::SyncEveryMinutes),
        ("connection_string", SourcePath::ConnectionString),
    ];
    const READ_ONLY: &'static [(&'static str, &'static str)] = &[
        ("kind", "PostgreSQL is the only kind"),
        (
            "has_connection",
            "the path connection_string replaces the connection string",
        ),
        ("last_sync_time", "syncs set last_sync_time"),
    ];
}

/// `stored` with the masked fields of `sent` copied over.
fn merge(
    v: &mut FieldViolations,
    stored: pb::ExternalSource,
    sent: &pb::ExternalSource,
    paths: &[String],
) -> pb::ExternalSource {
    let mut merged = stored;
    for path in paths {
        match SourcePath::read(v, path) {
            Some(SourcePath::Name) => merged.name = sent.name.clone(),
            Some(SourcePath::Table) => merged.table = sent.table.clone(),
            Some(SourcePath::KeyColumn) => merged.key_column = sent.key_column.clone(),
            Some(SourcePath::Mapping) => merged.mapping = sent.mapping.clone(),
            Some(SourcePath::Enabled) => merged.enabled = sent.enabled,
            Some(SourcePath::SyncEveryMinutes) => merged.sync_every_minutes = sent.sync_every_minutes,
            // Read with the request, before the stored source.
            Some(SourcePath::ConnectionString) => {}
            None => {}
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "postgres://u:p@db.example:5432/registry";

    fn fields<T>(checked: Result<T, FieldViolations>) -> Vec<String> {
        match checked {
            Ok(_) => panic!("accepted"),
            Err(v) => v.fields().map(str::to_owned).collect(),
        }
    }

    fn registry() -> pb::ExternalSource {
        pb::ExternalSource {
            name: " Registry ".into(),
            table: "registry.people".into(),
            key_column: "person_no".into(),
            mapping: [("full_name".to_owned(), "name".to_owned())].into(),
            sync_every_minutes: 60,
            ..Default::default()
        }
    }

    fn mask(paths: &[&str]) -> Option<prost_types::FieldMask> {
        Some(prost_types::FieldMask {
            paths: paths.iter().map(|p| p.to_string()).collect(),
        })
    }

    #[test]
    fn create_external_source_names_every_bad_field() {
        let ok = pb::CreateExternalSourceRequest {
            source: Some(registry()),
            connection_string: URL.into(),
        };
        let Ok(NewSource { spec, connection }) = NewSource::try_from(&ok) else {
            panic!("refused")
        };
        assert_eq!((spec.name.as_str(), spec.sync_every_minutes), ("Registry", 60));
        assert_eq!(connection.expose(), URL);
        let bad = pb::CreateExternalSourceRequest {
            source: Some(pb::ExternalSource {
                key_column: "a b".into(),
                ..registry()
            }),
            connection_string: "mysql://u:p@db/x".into(),
        };
        assert_eq!(
            fields(NewSource::try_from(&bad)),
            ["source.key_column", "connection_string"]
        );
        assert_eq!(
            fields(NewSource::try_from(&pb::CreateExternalSourceRequest::default())),
            [
                "source.name",
                "source.table",
                "source.key_column",
                "source.mapping",
                "connection_string"
            ]
        );
    }

    #[test]
    fn update_external_source_reads_the_connection_string_only_when_masked() {
        let id = Uuid::now_v7();
        let sent = pb::ExternalSource {
            id: id.to_string(),
            name: "Other".into(),
            ..Default::default()
        };
        let update = SourceUpdate::try_from(pb::UpdateExternalSourceRequest {
            source: Some(sent.clone()),
            update_mask: mask(&["name"]),
            connection_string: "not a url".into(),
        })
        .unwrap_or_else(|v| panic!("{v}"));
        assert_eq!((update.id, update.paths.clone()), (id, vec!["name".to_owned()]));
        assert!(update.connection.is_none());
        let spec = update.apply(registry()).unwrap();
        assert_eq!((spec.name.as_str(), spec.key_column.as_str()), ("Other", "person_no"));

        let masked = SourceUpdate::try_from(pb::UpdateExternalSourceRequest {
            source: Some(sent.clone()),
            update_mask: mask(&["connection_string", "kind", "key_column"]),
            connection_string: URL.into(),
        })
        .unwrap_or_else(|v| panic!("{v}"));
        assert_eq!(masked.connection.as_ref().map(ConnectionString::expose), Some(URL));
        assert_eq!(fields(masked.apply(registry())), ["update_mask", "source.key_column"]);

        let too_many = pb::UpdateExternalSourceRequest {
            source: Some(pb::ExternalSource {
                mapping: (0..=MAX_MAPPINGS).map(|i| (format!("k{i}"), "c".into())).collect(),
                ..sent.clone()
            }),
            update_mask: None,
            connection_string: String::new(),
        };
        assert_eq!(
            fields(SourceUpdate::try_from(too_many)),
            ["update_mask", "source.mapping"]
        );
        let bad_url = pb::UpdateExternalSourceRequest {
            source: Some(sent),
            update_mask: mask(&["connection_string"]),
            connection_string: String::new(),
        };
        assert_eq!(fields(SourceUpdate::try_from(bad_url)), ["connection_string"]);
        let nowhere = pb::UpdateExternalSourceRequest {
            update_mask: None,
            ..Default::default()
        };
        assert_eq!(
            fields(SourceUpdate::try_from(nowhere)),
            ["source.id"],
            "a bad id is named alone"
        );
    }
}
