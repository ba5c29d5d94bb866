//! Prometheus metrics: the `metrics` facade records, and
//! `metrics-exporter-prometheus` renders them at `GET /metrics` on a port
//! of their own (`metrics_addr`), never on the API's. What is measured:
//!
//! - `kith_rpc_calls_total{method,code}` and
//!   `kith_rpc_duration_seconds{method,code}`: every call, gRPC and gRPC-Web
//!   alike, counted when it ends — a stream that fails after its headers
//!   counts with the code of its trailers, one the client drops as
//!   `Cancelled`. Methods not in the protos count as `unknown`, so no caller
//!   can grow the label set.
//! - `kith_rpc_in_flight{method}`: calls (streams among them) open now.
//! - `kith_db_pool_connections{state}` (`in_use`, `idle`) and
//!   `kith_db_pool_wait_seconds`: the pool, and how long a caller waited.
//! - `kith_jobs_queued{kind}` and `kith_jobs_oldest_queued_seconds{kind}`
//!   (read from the queue at each scrape), and
//!   `kith_jobs_finished_total{kind,outcome}` (`succeeded`, `failed`,
//!   `retried`).
//! - `kith_ai_tokens_total{purpose,model,direction}` and
//!   `kith_ai_cost_usd_total{purpose,model}` (a gauge that only grows: the
//!   facade's counters are whole numbers).
//! - `kith_notifications_delivered_total{channel}` (`stream`, `webhook`,
//!   `push`).

use std::collections::{BTreeSet, HashSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock};

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::db::Pool;

/// Latency buckets, in seconds: a millisecond to a long stream.
const BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0,
];

/// The process's recorder, installed on first use. Every server in the
/// process (the tests run many) records into it.
pub fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), BUCKETS)
            .expect("buckets are not empty");
        let recorder = builder.build_recorder();
        let handle = recorder.handle();
        // Another recorder already installed (a test harness's) leaves ours
        // rendering nothing; Kith itself installs only this one.
        let _ = metrics::set_global_recorder(recorder);
        handle
    })
}

/// Every method in the protos, as `/package.Service/Method`, plus health
/// and reflection.
fn known_methods() -> &'static HashSet<String> {
    static KNOWN: OnceLock<HashSet<String>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        use prost::Message;
        let mut known = HashSet::new();
        for bytes in [crate::proto::FILE_DESCRIPTOR_SET, tonic_health::pb::FILE_DESCRIPTOR_SET] {
            let Ok(set) = prost_types::FileDescriptorSet::decode(bytes) else {
                continue;
            };
            for file in set.file {
                for service in &file.service {
                    for method in &service.method {
                        known.insert(format!("/{}.{}/{}", file.package(), service.name(), method.name()));
                    }
                }
            }
        }
        for reflection in ["v1", "v1alpha"] {
            known.insert(format!(
                "/grpc.reflection.{reflection}.ServerReflection/ServerReflectionInfo"
            ));
        }
        known
    })
}

/// The method's label: its path when Kith serves it, else `unknown`.
pub fn method_label(path: &str) -> String {
    if known_methods().contains(path) {
        path.to_owned()
    } else {
        "unknown".to_owned()
    }
}

/// One call from its start: counted open until [`Call::end`] or drop.
pub struct Call {
    method: String,
    started: std::time::Instant,
    ended: bool,
}

impl Call {
    pub fn start(path: &str) -> Call {
        let method = method_label(path);
        metrics::gauge!("kith_rpc_in_flight", "method" => method.clone()).increment(1.0);
        Call {
            method,
            started: std::time::Instant::now(),
            ended: false,
        }
    }

    /// Records the call's outcome once.
    pub fn end(&mut self, code: tonic::Code) {
        if std::mem::replace(&mut self.ended, true) {
            return;
        }
        let code = format!("{code:?}");
        let elapsed = self.started.elapsed().as_secs_f64();
        metrics::gauge!("kith_rpc_in_flight", "method" => self.method.clone()).decrement(1.0);
        metrics::counter!("kith_rpc_calls_total", "method" => self.method.clone(), "code" => code.clone()).increment(1);
        metrics::histogram!("kith_rpc_duration_seconds", "method" => self.method.clone(), "code" => code)
            .record(elapsed);
    }
}

impl Drop for Call {
    /// A body dropped before its end: the client went away.
    fn drop(&mut self) {
        self.end(tonic::Code::Cancelled);
    }
}

pub fn pool_wait(seconds: f64) {
    metrics::histogram!("kith_db_pool_wait_seconds").record(seconds);
}

pub fn job_finished(kind: &str, outcome: &'static str) {
    metrics::counter!("kith_jobs_finished_total", "kind" => kind.to_owned(), "outcome" => outcome).increment(1);
}

pub fn ai_generation(purpose: &'static str, model: &str, prompt: u64, completion: u64, cost_usd: f64) {
    let model = model.to_owned();
    for (direction, tokens) in [("prompt", prompt), ("completion", completion)] {
        metrics::counter!("kith_ai_tokens_total", "purpose" => purpose, "model" => model.clone(), "direction" => direction)
            .increment(tokens);
    }
    metrics::gauge!("kith_ai_cost_usd_total", "purpose" => purpose, "model" => model).increment(cost_usd);
}

pub fn notification_delivered(channel: &'static str) {
    metrics::counter!("kith_notifications_delivered_total", "channel" => channel).increment(1);
}

/// Reads what is measured at scrape time: the pool and the job queue.
/// Kinds that emptied are set back to zero rather than left at their last
/// value.
async fn refresh(pool: &Pool, seen: &Mutex<BTreeSet<String>>) {
    let state = pool.state();
    let idle = f64::from(state.idle_connections);
    metrics::gauge!("kith_db_pool_connections", "state" => "in_use").set(f64::from(state.connections) - idle);
    metrics::gauge!("kith_db_pool_connections", "state" => "idle").set(idle);
    let queued = match crate::db::conn(pool).await {
        Ok(mut conn) => crate::jobs::queue::queued_by_kind(&mut conn).await,
        Err(err) => Err(err),
    };
    let queued = match queued {
        Ok(queued) => queued,
        Err(err) => {
            tracing::warn!(error = %err, "metrics could not read the job queue");
            return;
        }
    };
    let mut seen = seen.lock().unwrap_or_else(|e| e.into_inner());
    let now: BTreeSet<String> = queued.iter().map(|q| q.kind.clone()).collect();
    for gone in seen.difference(&now) {
        metrics::gauge!("kith_jobs_queued", "kind" => gone.clone()).set(0.0);
        metrics::gauge!("kith_jobs_oldest_queued_seconds", "kind" => gone.clone()).set(0.0);
    }
    for q in &queued {
        metrics::gauge!("kith_jobs_queued", "kind" => q.kind.clone()).set(q.count as f64);
        metrics::gauge!("kith_jobs_oldest_queued_seconds", "kind" => q.kind.clone()).set(q.oldest_seconds);
    }
    *seen = now;
}

/// Serves `GET /metrics` on `listener` until the process ends.
pub async fn serve(listener: tokio::net::TcpListener, pool: Pool) {
    use http_body_util::Full;
    use hyper::body::Bytes;
    let handle = handle();
    let seen = Arc::new(Mutex::new(BTreeSet::new()));
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let (pool, seen) = (pool.clone(), seen.clone());
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                let (pool, seen) = (pool.clone(), seen.clone());
                async move {
                    let response = if request.method() == http::Method::GET && request.uri().path() == "/metrics" {
                        refresh(&pool, &seen).await;
                        handle.run_upkeep();
                        http::Response::builder()
                            .header(http::header::CONTENT_TYPE, "text/plain; version=0.0.4")
                            .body(Full::new(Bytes::from(handle.render())))
                    } else {
                        http::Response::builder()
                            .status(http::StatusCode::NOT_FOUND)
                            .body(Full::new(Bytes::from_static(b"not found; try /metrics\n")))
                    };
                    response
                }
            });
            let io = hyper_util::rt::TokioIo::new(stream);
            if let Err(err) = hyper::server::conn::http1::Builder::new()
                .serve_connection(io, service)
                .await
            {
                tracing::debug!(error = %err, "metrics connection ended");
            }
        });
    }
}

/// Binds `addr` and serves the metrics there in the background.
pub async fn start(addr: SocketAddr, pool: Pool) -> std::io::Result<SocketAddr> {
    handle();
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    tokio::spawn(serve(listener, pool));
    tracing::info!(%bound, "metrics at /metrics");
    Ok(bound)
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_served_methods_are_labels() {
        assert_eq!(
            super::method_label("/kith.identity.v1.UserService/GetMe"),
            "/kith.identity.v1.UserService/GetMe"
        );
        assert_eq!(
            super::method_label("/grpc.health.v1.Health/Check"),
            "/grpc.health.v1.Health/Check"
        );
        assert_eq!(super::method_label("/no.Such/Method"), "unknown");
        assert_eq!(super::method_label("/kith.identity.v1.UserService/GetMe2"), "unknown");
    }
}
