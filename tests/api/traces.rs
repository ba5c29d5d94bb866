//! OpenTelemetry traces from the real binary: a call's W3C `traceparent` is
//! the parent of its span, and the job it enqueues runs in the same trace on
//! the worker, all exported over OTLP/HTTP to a local collector.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use http_body_util::BodyExt;
use kith::proto::jobs::v1 as jobs_pb;
use kith::proto::usage::v1 as usage_pb;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::any_value::Value;
use opentelemetry_proto::tonic::trace::v1::Span;
use prost::Message;

use crate::cli::{free_port, kith, sigterm_exits_zero, wait_serving};
use crate::harness::{authed, TestApp};

/// A span as the collector received it, with its service's name.
struct Exported {
    service: String,
    span: Span,
}

impl Exported {
    fn attribute(&self, key: &str) -> Option<String> {
        self.span
            .attributes
            .iter()
            .find(|a| a.key == key)
            .and_then(|a| match a.value.as_ref()?.value.as_ref()? {
                Value::StringValue(s) => Some(s.clone()),
                other => Some(format!("{other:?}")),
            })
    }
}

/// A local OTLP/HTTP collector: decodes each `POST /v1/traces` body.
async fn collector() -> (std::net::SocketAddr, Arc<Mutex<Vec<Exported>>>) {
    use hyper::service::service_fn;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let spans = Arc::new(Mutex::new(Vec::new()));
    let store = spans.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let store = store.clone();
            tokio::spawn(async move {
                let service = service_fn(move |request: http::Request<hyper::body::Incoming>| {
                    let store = store.clone();
                    async move {
                        assert_eq!(request.uri().path(), "/v1/traces");
                        assert_eq!(request.headers()["content-type"], "application/x-protobuf");
                        let body = request.into_body().collect().await.unwrap().to_bytes();
                        let export = ExportTraceServiceRequest::decode(body).expect("OTLP protobuf");
                        let mut store = store.lock().unwrap();
                        for resource in export.resource_spans {
                            let service = resource
                                .resource
                                .iter()
                                .flat_map(|r| &r.attributes)
                                .find(|a| a.key == "service.name")
                                .and_then(|a| match a.value.as_ref()?.value.as_ref()? {
                                    Value::StringValue(s) => Some(s.clone()),
                                    _ => None,
                                })
                                .unwrap_or_default();
                            for scope in resource.scope_spans {
                                for span in scope.spans {
                                    store.push(Exported {
                                        service: service.clone(),
                                        span,
                                    });
                                }
                            }
                        }
                        Ok::<_, std::convert::Infallible>(http::Response::new(http_body_util::Full::new(
                            bytes::Bytes::new(),
                        )))
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    (addr, spans)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_traceparent_reaches_the_call_span_and_the_job_it_enqueues() {
    let app = TestApp::spawn().await;
    let (_, admin) = app.admin_token().await;
    let (_, session) = app.register("traced@kith.test").await;
    let (collector_addr, spans) = collector().await;
    let port = free_port();
    let mut child = kith()
        .env("DATABASE_URL", &app.db_url)
        .env("KITH_ADDR", format!("127.0.0.1:{port}"))
        .env("KITH_JWT_SECRET", crate::harness::TEST_SECRET)
        .env("KITH_OTLP_ENDPOINT", format!("http://{collector_addr}"))
        .env("OTEL_SERVICE_NAME", "kith-under-test")
        .env("RUST_LOG", "info")
        .spawn()
        .unwrap();
    wait_serving(port, &mut child).await;
    let channel = tonic::transport::Channel::from_shared(format!("http://127.0.0.1:{port}"))
        .unwrap()
        .connect()
        .await
        .unwrap();

    // The caller's trace: sampled, with its own span as the parent.
    let trace_id = "4bf92f3577b34da6a3ce929d0e0e4736";
    let parent_id = "00f067aa0ba902b7";
    let mut request = authed(usage_pb::DetectPatternsRequest::default(), &session.access_token);
    request
        .metadata_mut()
        .insert("traceparent", format!("00-{trace_id}-{parent_id}-01").parse().unwrap());
    let job_id = usage_pb::usage_service_client::UsageServiceClient::new(channel.clone())
        .detect_patterns(request)
        .await
        .unwrap()
        .into_inner()
        .job_id;

    // The job carries the trace and runs on the server's worker.
    let sql = app.sql().await;
    let mut stored = None;
    for _ in 0..200 {
        let row = sql
            .query_one(
                "SELECT state, traceparent FROM jobs WHERE id = $1::text::uuid",
                &[&job_id],
            )
            .await
            .unwrap();
        let (state, traceparent): (String, Option<String>) = (row.get(0), row.get(1));
        if state == "succeeded" {
            stored = traceparent;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let stored = stored.expect("the detection job succeeded with a traceparent");
    assert!(stored.starts_with(&format!("00-{trace_id}-")), "{stored}");
    assert!(stored.ends_with("-01"), "{stored}");

    // A call without a traceparent starts a trace of its own.
    let _ = jobs_pb::job_service_client::JobServiceClient::new(channel)
        .list_schedules(authed(jobs_pb::ListSchedulesRequest::default(), &admin))
        .await
        .unwrap();

    // Shutdown sends what the batch still holds.
    sigterm_exits_zero(child).await;
    let spans = std::mem::take(&mut *spans.lock().unwrap());
    assert!(spans.iter().all(|s| s.service == "kith-under-test"));
    let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
    let by_id: HashMap<String, &Exported> = spans.iter().map(|s| (hex(&s.span.span_id), s)).collect();

    let call = spans
        .iter()
        .find(|s| {
            s.span.name == "rpc"
                && s.attribute("method").as_deref() == Some("/kith.usage.v1.UsageService/DetectPatterns")
        })
        .expect("the call's span was exported");
    assert_eq!(hex(&call.span.trace_id), trace_id);
    assert_eq!(hex(&call.span.parent_span_id), parent_id);
    assert_eq!(call.attribute("code").as_deref(), Some("Ok"));

    let job = spans
        .iter()
        .find(|s| s.span.name == "job" && s.attribute("id").as_deref() == Some(job_id.as_str()))
        .expect("the job's span was exported");
    assert_eq!(hex(&job.span.trace_id), trace_id, "the job runs in the caller's trace");
    // Its parent is a span of the call (the enqueue inside it), stored as the
    // job's traceparent.
    let job_parent = hex(&job.span.parent_span_id);
    assert!(stored.contains(&job_parent), "{stored} names {job_parent}");
    let mut ancestor = by_id
        .get(&job_parent)
        .copied()
        .expect("the job's parent span was exported");
    while hex(&ancestor.span.span_id) != hex(&call.span.span_id) {
        ancestor = by_id
            .get(&hex(&ancestor.span.parent_span_id))
            .copied()
            .expect("the job's parent descends from the call's span");
    }

    let other = spans
        .iter()
        .find(|s| {
            s.span.name == "rpc" && s.attribute("method").as_deref() == Some("/kith.jobs.v1.JobService/ListSchedules")
        })
        .expect("the second call's span was exported");
    assert_ne!(hex(&other.span.trace_id), trace_id);
    assert!(other.span.parent_span_id.is_empty());
}
