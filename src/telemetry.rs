//! Logging setup and the outermost per-call layer: one span per call with the
//! method, request id, caller and outcome, and `x-request-id` taken or made
//! and echoed back.

use std::task::{Context, Poll};
use std::time::Instant;

use futures::future::BoxFuture;
use http::{HeaderValue, Request, Response};
use tonic::body::Body;
use tower::{Layer, Service};
use tracing::Instrument;
use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;

pub const REQUEST_ID: &str = "x-request-id";

/// `RUST_LOG` picks what is logged (default `info`). Tests keep quiet unless
/// `TEST_LOG` is set.
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

/// The request id of a call, for handlers that want to mention it.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

#[derive(Debug, Clone, Copy, Default)]
pub struct RpcTraceLayer;

impl<S> Layer<S> for RpcTraceLayer {
    type Service = RpcTrace<S>;
    fn layer(&self, inner: S) -> Self::Service {
        RpcTrace { inner }
    }
}

#[derive(Debug, Clone)]
pub struct RpcTrace<S> {
    inner: S,
}

/// Accepts a caller's id if it is short and printable; otherwise makes one.
fn request_id<B>(request: &Request<B>) -> String {
    request
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 128 && v.bytes().all(|b| b.is_ascii_graphic()))
        .map(str::to_owned)
        .unwrap_or_else(|| uuid::Uuid::now_v7().to_string())
}

impl<S> Service<Request<Body>> for RpcTrace<S>
where
    S: Service<Request<Body>, Response = Response<Body>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    S::Error: std::fmt::Display,
{
    type Response = Response<Body>;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<Self::Response, Self::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<Body>) -> Self::Future {
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let id = request_id(&request);
        let method = request.uri().path().to_owned();
        let span = tracing::info_span!(
            "rpc",
            method = %method,
            request_id = %id,
            caller = tracing::field::Empty,
            code = tracing::field::Empty,
        );
        request.extensions_mut().insert(RequestId(id.clone()));
        let started = Instant::now();
        let mut call = crate::metrics::Call::start(&method);
        Box::pin(
            async move {
                let result = inner.call(request).await;
                let elapsed_ms = (started.elapsed().as_secs_f64() * 1e6).round() / 1e3;
                match result {
                    Ok(mut response) => {
                        // Errors come back trailers-only, so the code is in
                        // the headers; a successful call's code follows in the
                        // trailers and is 0 unless a stream fails later.
                        let trailers_only = grpc_status(response.headers());
                        let code = trailers_only.unwrap_or(tonic::Code::Ok);
                        tracing::Span::current().record("code", tracing::field::debug(code));
                        // The caller's mistakes are routine; the server's own trouble is not.
                        use tonic::Code as C;
                        match code {
                            C::Internal | C::Unknown | C::DataLoss | C::Unavailable | C::DeadlineExceeded => {
                                tracing::warn!(elapsed_ms, "call failed")
                            }
                            _ => tracing::info!(elapsed_ms, "call"),
                        }
                        if let Ok(value) = HeaderValue::from_str(&id) {
                            response.headers_mut().insert(REQUEST_ID, value);
                        }
                        // The metrics count the call when it ends: now for an
                        // error, else at its trailers (a stream may still fail).
                        if let Some(code) = trailers_only {
                            call.end(code);
                            return Ok(response);
                        }
                        Ok(response.map(|body| Body::new(Metered { inner: body, call })))
                    }
                    Err(err) => {
                        call.end(tonic::Code::Internal);
                        tracing::error!(elapsed_ms, error = %err, "call broke");
                        Err(err)
                    }
                }
            }
            .instrument(span),
        )
    }
}

fn grpc_status(headers: &http::HeaderMap) -> Option<tonic::Code> {
    let code = headers.get("grpc-status")?.to_str().ok()?.parse::<i32>().ok()?;
    Some(tonic::Code::from_i32(code))
}

pin_project_lite::pin_project! {
    /// A response body that ends its call's metrics at its trailers (the
    /// code the client sees), at an error, or when dropped unfinished.
    struct Metered {
        #[pin]
        inner: Body,
        call: crate::metrics::Call,
    }
}

impl http_body::Body for Metered {
    type Data = bytes::Bytes;
    type Error = tonic::Status;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        let this = self.project();
        let polled = this.inner.poll_frame(cx);
        match &polled {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(trailers) = frame.trailers_ref() {
                    this.call.end(grpc_status(trailers).unwrap_or(tonic::Code::Ok));
                }
            }
            Poll::Ready(Some(Err(status))) => this.call.end(status.code()),
            Poll::Ready(None) => this.call.end(tonic::Code::Ok),
            Poll::Pending => {}
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}
