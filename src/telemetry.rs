//! Logging and traces, and the outermost per-call layer: one span per call
//! with the method, request id, caller and outcome; `x-request-id` taken or
//! made and echoed back; a W3C `traceparent` taken as the call's parent.
//!
//! Traces leave the process only when `otlp_endpoint` is set: spans then go
//! to an OpenTelemetry collector over OTLP/HTTP (protobuf), and each job
//! carries the `traceparent` of the call that enqueued it, so its run joins
//! the same trace on whichever worker claims it.

use std::collections::HashMap;
use std::task::{Context, Poll};
use std::time::Instant;

use futures::future::BoxFuture;
use http::{HeaderValue, Request, Response};
use opentelemetry::propagation::{Extractor, TextMapPropagator};
use opentelemetry::trace::TracerProvider as _;
use opentelemetry_sdk::propagation::TraceContextPropagator;
use opentelemetry_sdk::trace::SdkTracerProvider;
use tonic::body::Body;
use tower::{Layer, Service};
use tower_http::classify::{
    ClassifiedResponse, ClassifyEos, ClassifyResponse, GrpcEosErrorsAsFailures, GrpcErrorsAsFailures, GrpcFailureClass,
};
use tracing::Instrument;
use tracing_opentelemetry::OpenTelemetrySpanExt;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer as _};

use crate::config::LogFormat;

pub const REQUEST_ID: &str = "x-request-id";

/// Keeps the trace exporter alive; dropping it sends the spans still
/// buffered, so `main` holds it until the runtime has stopped.
#[must_use]
pub struct Telemetry {
    provider: Option<SdkTracerProvider>,
}

impl Drop for Telemetry {
    fn drop(&mut self) {
        if let Some(provider) = self.provider.take() {
            if let Err(err) = provider.shutdown() {
                eprintln!("warning: traces not all sent at shutdown: {err}");
            }
        }
    }
}

/// `RUST_LOG` picks what is logged and traced (default `info`). Tests keep
/// quiet unless `TEST_LOG` is set. With `otlp_endpoint` (the collector's
/// base URL, e.g. `http://otel-collector:4318`) spans are exported too.
pub fn init(format: LogFormat, otlp_endpoint: Option<&str>) -> Telemetry {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let fmt = tracing_subscriber::fmt::layer().with_writer(std::io::stderr);
    let fmt = match format {
        LogFormat::Json => fmt.json().boxed(),
        LogFormat::Text => fmt.boxed(),
    };
    let provider = otlp_endpoint.and_then(|endpoint| match tracer_provider(endpoint) {
        Ok(provider) => Some(provider),
        Err(err) => {
            eprintln!("warning: traces off: cannot export to {endpoint}: {err}");
            None
        }
    });
    let traces = provider
        .as_ref()
        .map(|provider| tracing_opentelemetry::layer().with_tracer(provider.tracer("kith")));
    let _ = tracing_subscriber::registry()
        .with(fmt)
        .with(traces)
        .with(filter)
        .try_init();
    Telemetry { provider }
}

fn tracer_provider(endpoint: &str) -> Result<SdkTracerProvider, opentelemetry_otlp::ExporterBuildError> {
    use opentelemetry_otlp::{WithExportConfig, WithHttpConfig};
    let exporter = opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .with_endpoint(format!("{}/v1/traces", endpoint.trim_end_matches('/')))
        .with_timeout(std::time::Duration::from_secs(10))
        .with_headers(HashMap::new())
        .build()?;
    let service = std::env::var("OTEL_SERVICE_NAME").unwrap_or_else(|_| "kith".to_owned());
    let resource = opentelemetry_sdk::Resource::builder()
        .with_service_name(service)
        .build();
    // Batched on the processor's own thread: a slow collector never holds up
    // a call, and a full buffer drops spans instead of growing.
    Ok(SdkTracerProvider::builder()
        .with_batch_exporter(exporter)
        .with_resource(resource)
        .build())
}

/// The W3C `traceparent` of the current span, to store with work that runs
/// later (a job); None when traces are off or the span is not sampled.
pub fn current_traceparent() -> Option<String> {
    let mut carrier = HashMap::new();
    TraceContextPropagator::new().inject_context(&tracing::Span::current().context(), &mut carrier);
    carrier.remove("traceparent").filter(|v| v.len() <= 55)
}

/// Makes `span` a child of a stored or received `traceparent`. A malformed
/// one is ignored (the span starts a trace of its own), as the W3C spec asks.
pub fn continue_trace(span: &tracing::Span, traceparent: Option<&str>) {
    let Some(traceparent) = traceparent else { return };
    let carrier = HashMap::from([("traceparent".to_owned(), traceparent.to_owned())]);
    let parent = TraceContextPropagator::new().extract(&carrier);
    let _ = span.set_parent(parent);
}

/// The call's headers as the propagator reads them (`traceparent`, `tracestate`).
struct Headers<'a>(&'a http::HeaderMap);

impl Extractor for Headers<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(|v| v.to_str().ok())
    }
    fn keys(&self) -> Vec<&str> {
        self.0.keys().map(http::HeaderName::as_str).collect()
    }
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
        let _ = span.set_parent(TraceContextPropagator::new().extract(&Headers(request.headers())));
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
                        let (trailers_only, at_end) = match GrpcErrorsAsFailures::new().classify_response(&response) {
                            ClassifiedResponse::Ready(result) => (Some(code_of(result)), None),
                            ClassifiedResponse::RequiresEos(eos) => (None, Some(eos)),
                        };
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
                        Ok(response.map(|body| {
                            Body::new(Metered {
                                inner: body,
                                call,
                                at_end,
                            })
                        }))
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

/// tower-http's reading of a call's outcome as the status code it names; a
/// response that is not gRPC at all (an HTTP error) counts as `Unknown`.
fn code_of(result: Result<(), GrpcFailureClass>) -> tonic::Code {
    match result {
        Ok(()) => tonic::Code::Ok,
        Err(GrpcFailureClass::Code(code)) => tonic::Code::from_i32(code.get()),
        Err(GrpcFailureClass::Error(_)) => tonic::Code::Unknown,
    }
}

pin_project_lite::pin_project! {
    /// A response body that ends its call's metrics at its trailers (the
    /// code the client sees), at an error, or when dropped unfinished.
    struct Metered {
        #[pin]
        inner: Body,
        call: crate::metrics::Call,
        // How tower-http reads the code from the trailers.
        at_end: Option<GrpcEosErrorsAsFailures>,
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
                    let code = match this.at_end.take() {
                        Some(eos) => code_of(eos.classify_eos(Some(trailers))),
                        None => tonic::Code::Ok,
                    };
                    this.call.end(code);
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
