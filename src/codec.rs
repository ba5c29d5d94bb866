//! The codec of every generated service: prost's, except that a request the
//! server cannot decode (a string that is not UTF-8, a truncated field) is
//! the client's fault and answers INVALID_ARGUMENT naming the field, where
//! prost answers INTERNAL.

use tonic::codec::{BufferSettings, Codec, DecodeBuf, Decoder};
use tonic::{Code, Status};
use tonic_prost::{ProstCodec, ProstDecoder, ProstEncoder};

use crate::error::FieldViolations;

pub struct KithCodec<T, U>(ProstCodec<T, U>);

impl<T, U> Default for KithCodec<T, U> {
    fn default() -> Self {
        Self(ProstCodec::default())
    }
}

impl<T, U> Codec for KithCodec<T, U>
where
    T: prost::Message + Send + 'static,
    U: prost::Message + Default + Send + 'static,
{
    type Encode = T;
    type Decode = U;
    type Encoder = ProstEncoder<T>;
    type Decoder = KithDecoder<U>;

    fn encoder(&mut self) -> Self::Encoder {
        self.0.encoder()
    }

    fn decoder(&mut self) -> Self::Decoder {
        KithDecoder(self.0.decoder())
    }
}

pub struct KithDecoder<U>(ProstDecoder<U>);

impl<U: prost::Message + Default> Decoder for KithDecoder<U> {
    type Item = U;
    type Error = Status;

    fn decode(&mut self, buf: &mut DecodeBuf<'_>) -> Result<Option<U>, Status> {
        self.0.decode(buf).map_err(|status| match status.code() {
            // prost's decode errors are the only INTERNAL this decoder makes.
            Code::Internal => malformed(status.message()).into(),
            _ => status,
        })
    }

    fn buffer_settings(&self) -> BufferSettings {
        self.0.buffer_settings()
    }
}

/// prost describes where decoding failed as `Message.field: ` segments, e.g.
/// "failed to decode Protobuf message: Outer.inner: Inner.name: invalid
/// string value: data is not UTF-8 encoded"; the fields become the path.
fn malformed(message: &str) -> FieldViolations {
    let rest = message
        .strip_prefix("failed to decode Protobuf message: ")
        .unwrap_or(message);
    let mut path = Vec::new();
    let mut description = rest;
    for segment in rest.split(": ") {
        match segment.split_once('.') {
            Some((outer, field))
                if !outer.is_empty()
                    && outer.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    && !field.is_empty()
                    && field.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') =>
            {
                path.push(field);
                description = &rest[rest.find(segment).map_or(0, |i| i + segment.len())..];
            }
            _ => break,
        }
    }
    let description = description.trim_start_matches(": ");
    let field = if path.is_empty() {
        "request".to_owned()
    } else {
        path.join(".")
    };
    let mut violations = FieldViolations::new();
    violations.add(field, format!("cannot be decoded: {description}"));
    violations
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_failing_field_is_named() {
        let v = malformed("failed to decode Protobuf message: UploadUsageRequest.sessions: AppSession.bundle_id: invalid string value: data is not UTF-8 encoded");
        assert_eq!(v.fields().collect::<Vec<_>>(), ["sessions.bundle_id"]);
        assert!(
            v.to_string()
                .ends_with("invalid string value: data is not UTF-8 encoded"),
            "{v}"
        );
        let v = malformed("failed to decode Protobuf message: buffer underflow");
        assert_eq!(v.fields().collect::<Vec<_>>(), ["request"]);
    }
}
