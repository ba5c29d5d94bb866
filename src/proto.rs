//! Generated protobuf types, clients and servers, and the descriptor set that
//! reflection serves.

pub mod identity {
    pub mod v1 {
        tonic::include_proto!("kith.identity.v1");
    }
}

pub mod devices {
    pub mod v1 {
        tonic::include_proto!("kith.devices.v1");
    }
}

pub mod apps {
    pub mod v1 {
        tonic::include_proto!("kith.apps.v1");
    }
}

pub mod usage {
    pub mod v1 {
        tonic::include_proto!("kith.usage.v1");
    }
}

pub mod conversations {
    pub mod v1 {
        tonic::include_proto!("kith.conversations.v1");
    }
}

pub mod chat {
    pub mod v1 {
        tonic::include_proto!("kith.chat.v1");
    }
}

pub mod jobs {
    pub mod v1 {
        tonic::include_proto!("kith.jobs.v1");
    }
}

pub mod analytics {
    pub mod v1 {
        tonic::include_proto!("kith.analytics.v1");
    }
}

pub mod social {
    pub mod v1 {
        tonic::include_proto!("kith.social.v1");
    }
}

pub mod notifications {
    pub mod v1 {
        tonic::include_proto!("kith.notifications.v1");
    }
}
pub mod engagement {
    pub mod v1 {
        tonic::include_proto!("kith.engagement.v1");
    }
}
pub mod coaching {
    pub mod v1 {
        tonic::include_proto!("kith.coaching.v1");
    }
}
pub mod cases {
    pub mod v1 {
        tonic::include_proto!("kith.cases.v1");
    }
}
pub mod personas {
    pub mod v1 {
        tonic::include_proto!("kith.personas.v1");
    }
}

/// Every Kith proto (with imports), encoded, for server reflection.
pub const FILE_DESCRIPTOR_SET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kith_descriptor.bin"));

use chrono::{DateTime, Utc};

pub fn timestamp(at: DateTime<Utc>) -> prost_types::Timestamp {
    prost_types::Timestamp {
        seconds: at.timestamp(),
        nanos: at.timestamp_subsec_nanos() as i32,
    }
}

/// None for an out-of-range timestamp.
pub fn from_timestamp(ts: &prost_types::Timestamp) -> Option<DateTime<Utc>> {
    u32::try_from(ts.nanos)
        .ok()
        .and_then(|nanos| DateTime::from_timestamp(ts.seconds, nanos))
}

/// A JSON object as a `google.protobuf.Struct` (None for anything else).
pub fn json_struct(value: &serde_json::Value) -> Option<prost_types::Struct> {
    fn convert(value: &serde_json::Value) -> prost_types::Value {
        use prost_types::value::Kind;
        let kind = match value {
            serde_json::Value::Null => Kind::NullValue(0),
            serde_json::Value::Bool(b) => Kind::BoolValue(*b),
            serde_json::Value::Number(n) => Kind::NumberValue(n.as_f64().unwrap_or_default()),
            serde_json::Value::String(s) => Kind::StringValue(s.clone()),
            serde_json::Value::Array(items) => Kind::ListValue(prost_types::ListValue {
                values: items.iter().map(convert).collect(),
            }),
            serde_json::Value::Object(map) => Kind::StructValue(prost_types::Struct {
                fields: map.iter().map(|(k, v)| (k.clone(), convert(v))).collect(),
            }),
        };
        prost_types::Value { kind: Some(kind) }
    }
    value.as_object().map(|map| prost_types::Struct {
        fields: map.iter().map(|(k, v)| (k.clone(), convert(v))).collect(),
    })
}

/// A `google.protobuf.Struct` as a JSON object; refuses numbers JSON cannot
/// hold (NaN, infinities) and a value with no kind.
pub fn struct_json(s: &prost_types::Struct) -> Result<serde_json::Value, &'static str> {
    fn convert(value: &prost_types::Value) -> Result<serde_json::Value, &'static str> {
        use prost_types::value::Kind;
        Ok(match &value.kind {
            None | Some(Kind::NullValue(_)) => serde_json::Value::Null,
            Some(Kind::BoolValue(b)) => serde_json::Value::Bool(*b),
            Some(Kind::NumberValue(n)) => serde_json::Number::from_f64(*n)
                .map(serde_json::Value::Number)
                .ok_or("numbers must be finite")?,
            Some(Kind::StringValue(s)) => serde_json::Value::String(s.clone()),
            Some(Kind::ListValue(list)) => {
                serde_json::Value::Array(list.values.iter().map(convert).collect::<Result<_, _>>()?)
            }
            Some(Kind::StructValue(s)) => object(s)?,
        })
    }
    fn object(s: &prost_types::Struct) -> Result<serde_json::Value, &'static str> {
        Ok(serde_json::Value::Object(
            s.fields
                .iter()
                .map(|(k, v)| Ok((k.clone(), convert(v)?)))
                .collect::<Result<_, &'static str>>()?,
        ))
    }
    object(s)
}
