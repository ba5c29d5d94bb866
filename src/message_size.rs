//! How large one request message may be, per method. tonic's own limit is per
//! service, and only the usage uploads need megabytes: an ordinary call
//! carries a few ids and short strings, so anything bigger is refused before
//! it is buffered or decoded. The layer sits inside gRPC-Web's, so it reads
//! the same gRPC framing for both protocols: each message is a 5-byte prefix
//! (a compression flag and a big-endian length) and then the message; an
//! oversize length fails the request body with RESOURCE_EXHAUSTED, which the
//! decoder hands back to the caller as the call's status.

use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::{Buf, Bytes};
use http::Request;
use http_body::{Body as HttpBody, Frame, SizeHint};
use tonic::body::Body;
use tonic::{Code, Status};
use tower::{Layer, Service};

use crate::error::status;

/// What an ordinary call may send: the longest strings any request takes
/// (a 2,000-character description, four bytes a character at worst) with
/// room to spare.
pub const DEFAULT_LIMIT: usize = 16 * 1024;

/// A method's largest request message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Limit {
    Bytes(usize),
    /// `max_message_bytes`: the upload methods, whose batches are large.
    Configured,
}

/// Methods that may send more than [`DEFAULT_LIMIT`]; every other method,
/// Kith's and health's and reflection's alike, gets the default.
const LIMITS: &[(&str, Limit)] = &[
    ("/kith.usage.v1.UsageService/UploadUsage", Limit::Configured),
    ("/kith.usage.v1.UsageService/BatchCreateUsage", Limit::Configured),
    // 100 events of up to 4 KiB of properties each.
    (
        "/kith.engagement.v1.ActivityService/RecordEvents",
        Limit::Bytes(512 * 1024),
    ),
    // 4,000 characters of text.
    ("/kith.chat.v1.ChatService/SendMessage", Limit::Bytes(64 * 1024)),
    // A 10,000-character journal entry.
    ("/kith.coaching.v1.JournalService/CreateEntry", Limit::Bytes(64 * 1024)),
    // Case photos: chunks of up to 1 MiB; a browser's batch of four
    // photos in one message.
    (
        "/kith.cases.v1.ImageService/UploadImage",
        Limit::Bytes((1 << 20) + 1024),
    ),
    (
        "/kith.cases.v1.MatchService/SubmitSighting",
        Limit::Bytes((1 << 20) + 1024),
    ),
    ("/kith.cases.v1.ImageService/UploadImageBatch", Limit::Configured),
    ("/kith.cases.v1.MatchService/SearchByImage", Limit::Configured),
    // 30 questions' answers of up to 1,000 characters.
    (
        "/kith.personas.v1.SurveyService/SubmitResponse",
        Limit::Bytes(160 * 1024),
    ),
    // 30 questions of 300 characters, 10 options of 100 each.
    ("/kith.personas.v1.SurveyService/CreateSurvey", Limit::Bytes(160 * 1024)),
    // 4,000 characters of description among the case's fields.
    ("/kith.cases.v1.CaseService/CreateCase", Limit::Bytes(64 * 1024)),
    ("/kith.cases.v1.CaseService/UpdateCase", Limit::Bytes(64 * 1024)),
    // A 4,096-character push token.
    (
        "/kith.notifications.v1.NotificationService/RegisterPushToken",
        Limit::Bytes(32 * 1024),
    ),
];

/// The largest message `path` may send, never more than the configured
/// maximum.
pub fn limit_for(path: &str, configured: usize) -> usize {
    let limit = match LIMITS.iter().find(|(method, _)| *method == path) {
        Some((_, Limit::Configured)) => configured,
        Some((_, Limit::Bytes(bytes))) => *bytes,
        None => DEFAULT_LIMIT,
    };
    limit.min(configured)
}

#[derive(Clone)]
pub struct MessageSizeLayer {
    configured: usize,
}

impl MessageSizeLayer {
    pub fn new(max_message_bytes: usize) -> Self {
        Self {
            configured: max_message_bytes,
        }
    }
}

impl<S> Layer<S> for MessageSizeLayer {
    type Service = MessageSize<S>;
    fn layer(&self, inner: S) -> Self::Service {
        MessageSize {
            inner,
            configured: self.configured,
        }
    }
}

#[derive(Clone)]
pub struct MessageSize<S> {
    inner: S,
    configured: usize,
}

impl<S> Service<Request<Body>> for MessageSize<S>
where
    S: Service<Request<Body>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        let limit = limit_for(request.uri().path(), self.configured);
        self.inner
            .call(request.map(|body| Body::new(LimitedBody::new(body, limit))))
    }
}

/// A request body that follows the gRPC framing and fails as soon as a
/// message's prefix announces more than `limit` bytes. Data passes through
/// unchanged and is never held here.
struct LimitedBody {
    inner: Body,
    limit: usize,
    /// The prefix bytes of the next message seen so far.
    prefix: [u8; 5],
    prefix_len: usize,
    /// Bytes of the current message still to come.
    remaining: u64,
}

impl LimitedBody {
    fn new(inner: Body, limit: usize) -> Self {
        Self {
            inner,
            limit,
            prefix: [0; 5],
            prefix_len: 0,
            remaining: 0,
        }
    }

    /// Follows the framing through `data`; an error names the first
    /// oversize message.
    fn scan(&mut self, mut data: &[u8]) -> Result<(), Status> {
        while !data.is_empty() {
            if self.remaining > 0 {
                let skip = (self.remaining.min(data.len() as u64)) as usize;
                self.remaining -= skip as u64;
                data.advance(skip);
                continue;
            }
            let take = (5 - self.prefix_len).min(data.len());
            self.prefix[self.prefix_len..self.prefix_len + take].copy_from_slice(&data[..take]);
            self.prefix_len += take;
            data.advance(take);
            if self.prefix_len == 5 {
                self.prefix_len = 0;
                let len = u32::from_be_bytes([self.prefix[1], self.prefix[2], self.prefix[3], self.prefix[4]]);
                if len as usize > self.limit {
                    return Err(too_large(len as usize, self.limit));
                }
                self.remaining = u64::from(len);
            }
        }
        Ok(())
    }
}

fn too_large(len: usize, limit: usize) -> Status {
    status(
        Code::ResourceExhausted,
        "MESSAGE_TOO_LARGE",
        format!("request message of {len} bytes is larger than this method's {limit}"),
    )
}

impl HttpBody for LimitedBody {
    type Data = Bytes;
    type Error = Status;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Status>>> {
        let this = &mut *self;
        let frame = match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => frame,
            other => return other,
        };
        if let Some(data) = frame.data_ref() {
            if let Err(status) = this.scan(data) {
                return Poll::Ready(Some(Err(status)));
            }
        }
        Poll::Ready(Some(Ok(frame)))
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framed(len: u32) -> Vec<u8> {
        let mut bytes = vec![0];
        bytes.extend_from_slice(&len.to_be_bytes());
        bytes.resize(5 + len as usize, 7);
        bytes
    }

    #[test]
    fn uploads_get_the_configured_maximum_and_the_rest_the_default() {
        let max = 16 * 1024 * 1024;
        assert_eq!(limit_for("/kith.usage.v1.UsageService/UploadUsage", max), max);
        assert_eq!(limit_for("/kith.usage.v1.UsageService/BatchCreateUsage", max), max);
        assert_eq!(limit_for("/kith.usage.v1.UsageService/RecordUsage", max), DEFAULT_LIMIT);
        assert_eq!(limit_for("/kith.chat.v1.ChatService/SendMessage", max), 64 * 1024);
        // A smaller configured maximum wins everywhere.
        assert_eq!(limit_for("/kith.chat.v1.ChatService/SendMessage", 1000), 1000);
    }

    #[test]
    fn every_listed_method_exists() {
        use prost::Message;
        let set = prost_types::FileDescriptorSet::decode(crate::proto::FILE_DESCRIPTOR_SET).unwrap();
        let methods: Vec<String> = set
            .file
            .iter()
            .flat_map(|file| {
                file.service.iter().flat_map(move |service| {
                    service
                        .method
                        .iter()
                        .map(move |m| format!("/{}.{}/{}", file.package(), service.name(), m.name()))
                })
            })
            .collect();
        for (method, _) in LIMITS {
            assert!(methods.iter().any(|m| m == method), "{method} is not a method");
        }
    }

    #[test]
    fn messages_within_the_limit_pass_in_any_split() {
        let mut stream = framed(10);
        stream.extend(framed(0));
        stream.extend(framed(100));
        for split in 1..stream.len() {
            let mut body = LimitedBody::new(Body::empty(), 100);
            for chunk in stream.chunks(split) {
                body.scan(chunk).unwrap();
            }
            assert_eq!((body.prefix_len, body.remaining), (0, 0));
        }
    }

    #[test]
    fn an_oversize_prefix_fails_before_its_message_arrives() {
        let mut stream = framed(10);
        stream.extend_from_slice(&[0, 0, 0, 0x10, 0]); // 4,096 bytes announced
        for split in 1..stream.len() {
            let mut body = LimitedBody::new(Body::empty(), 100);
            let status = stream
                .chunks(split)
                .find_map(|chunk| body.scan(chunk).err())
                .expect("refused");
            assert_eq!(status.code(), Code::ResourceExhausted);
        }
    }
}
