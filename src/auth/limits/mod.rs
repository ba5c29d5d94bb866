//! The limits in front of every call: how many calls the server handles at
//! once (more are refused at once rather than queued), how long a unary call
//! may run, and how often one client address may call the public methods
//! (each Register hashes a password; Login and friends guess credentials).
//! Refusals are RESOURCE_EXHAUSTED with a reason, over gRPC and gRPC-Web.

pub mod repo;

use crate::auth::layer::refuse;
use std::collections::HashSet;
use std::net::{IpAddr, Ipv6Addr};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::future::BoxFuture;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use http::{Request, Response};
use tokio::sync::Semaphore;
use tonic::body::Body;
use tonic::transport::server::TcpConnectInfo;
use tonic::{Code, Status};
use tower::{Layer, Service};

use crate::config::LimitsConfig;
use crate::db::Pool;
use crate::error::{status, status_with};

const REGISTER: &str = "/kith.identity.v1.AuthService/Register";
/// Limited per address like Register, each method on its own so a client
/// refreshing often can still log in. CancelDeletion checks a password too.
const SIGN_IN: &[&str] = &[
    "/kith.identity.v1.AuthService/Login",
    "/kith.identity.v1.AuthService/Refresh",
    "/kith.identity.v1.AuthService/SignInWithGoogle",
    "/kith.identity.v1.UserService/CancelDeletion",
];
/// Answering a survey needs no account; each method is limited per
/// address on its own (the fingerprint limit is the service's).
const SURVEY: &[&str] = &[
    "/kith.personas.v1.SurveyService/GetPublicSurvey",
    "/kith.personas.v1.SurveyService/SubmitResponse",
];
/// Never shed: an orchestrator must see a busy server as alive.
const HEALTH: &str = "/grpc.health.v1.Health/";
/// The database counter's name for Register.
const REGISTER_BUCKET: &str = "register";
/// Forgotten addresses are dropped from memory every this many checks.
const PRUNE_EVERY: u64 = 4096;

struct Limits {
    register: DefaultKeyedRateLimiter<IpAddr>,
    sign_in: DefaultKeyedRateLimiter<(&'static str, IpAddr)>,
    survey: DefaultKeyedRateLimiter<(&'static str, IpAddr)>,
    register_per_hour: u32,
    checks: AtomicU64,
    calls: Arc<Semaphore>,
    unary: HashSet<String>,
    unary_timeout: Duration,
    pool: Pool,
}

#[derive(Clone)]
pub struct LimitsLayer {
    limits: Arc<Limits>,
}

impl LimitsLayer {
    pub fn new(config: &LimitsConfig, pool: Pool) -> Self {
        let per_minute = |n: u32| Quota::per_minute(NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN));
        Self {
            limits: Arc::new(Limits {
                register: RateLimiter::keyed(per_minute(config.register_per_minute)),
                sign_in: RateLimiter::keyed(per_minute(config.sign_in_per_minute)),
                survey: RateLimiter::keyed(per_minute(config.survey_per_minute)),
                register_per_hour: config.register_per_hour,
                checks: AtomicU64::new(0),
                calls: Arc::new(Semaphore::new(config.max_concurrent_calls)),
                unary: unary_methods(),
                unary_timeout: config.unary_timeout,
                pool,
            }),
        }
    }
}

impl<S> Layer<S> for LimitsLayer {
    type Service = LimitsService<S>;
    fn layer(&self, inner: S) -> Self::Service {
        LimitsService {
            inner,
            limits: self.limits.clone(),
        }
    }
}

#[derive(Clone)]
pub struct LimitsService<S> {
    inner: S,
    limits: Arc<Limits>,
}

impl<S> Service<Request<Body>> for LimitsService<S>
where
    S: Service<Request<Body>, Response = Response<Body>> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response<Body>;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<Self::Response, Self::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        // The clone that was driven to readiness serves this call.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let limits = self.limits.clone();
        Box::pin(async move {
            let path = request.uri().path().to_owned();
            // Held until the call has its response (a stream: its first
            // message), so the count is of calls the server is working on.
            let _permit = if path.starts_with(HEALTH) {
                None
            } else {
                match limits.calls.clone().try_acquire_owned() {
                    Ok(permit) => Some(permit),
                    Err(_) => return Ok(refuse(request, overloaded()).await),
                }
            };
            let peer = request
                .extensions()
                .get::<TcpConnectInfo>()
                .and_then(TcpConnectInfo::remote_addr)
                .map(|addr| client_key(addr.ip()));
            if let Some(peer) = peer {
                if let Err(status) = limits.admit(&path, peer).await {
                    return Ok(refuse(request, status).await);
                }
            }
            if !limits.unary.contains(&path) {
                return inner.call(request).await;
            }
            match tokio::time::timeout(limits.unary_timeout, inner.call(request)).await {
                Ok(result) => result,
                Err(_) => Ok(status(
                    Code::DeadlineExceeded,
                    "DEADLINE_EXCEEDED",
                    "the call took longer than the server allows",
                )
                .into_http()),
            }
        })
    }
}

impl Limits {
    /// Refuses a public method's call past its address's limits.
    async fn admit(&self, path: &str, peer: IpAddr) -> Result<(), Status> {
        let limited = if path == REGISTER {
            self.register.check_key(&peer)
        } else if let Some(method) = SIGN_IN.iter().find(|m| **m == path) {
            self.sign_in.check_key(&(*method, peer))
        } else if let Some(method) = SURVEY.iter().find(|m| **m == path) {
            self.survey.check_key(&(*method, peer))
        } else {
            return Ok(());
        };
        if self.checks.fetch_add(1, Ordering::Relaxed) % PRUNE_EVERY == PRUNE_EVERY - 1 {
            self.prune();
        }
        if let Err(not_until) = limited {
            return Err(rate_limited(not_until.wait_time_from(DefaultClock::default().now())));
        }
        if path == REGISTER {
            let mut conn = crate::db::conn(&self.pool).await?;
            let counted = repo::count_call(&mut conn, REGISTER_BUCKET, &peer.to_string()).await?;
            if counted.count > i32::try_from(self.register_per_hour).unwrap_or(i32::MAX) {
                return Err(rate_limited(Duration::from_secs_f64(counted.seconds_left.max(0.0))));
            }
        }
        Ok(())
    }

    /// Forgets addresses whose limits have fully recovered.
    fn prune(&self) {
        self.register.retain_recent();
        self.register.shrink_to_fit();
        self.sign_in.retain_recent();
        self.sign_in.shrink_to_fit();
        self.survey.retain_recent();
        self.survey.shrink_to_fit();
    }
}

/// The address a limit applies to. An IPv6 client usually holds a whole /64,
/// so that is what counts; an IPv4 client on a dual-stack socket counts as
/// its IPv4 address.
fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

/// Every unary method of Kith's services, from the descriptor set: only
/// these get the unary timeout, since a stream (an upload, a reply being
/// written) may rightly run long.
fn unary_methods() -> HashSet<String> {
    use prost::Message;
    let set =
        prost_types::FileDescriptorSet::decode(crate::proto::FILE_DESCRIPTOR_SET).expect("descriptor set is valid");
    let mut unary = HashSet::new();
    for file in &set.file {
        for service in &file.service {
            for method in &service.method {
                if !method.client_streaming() && !method.server_streaming() {
                    unary.insert(format!("/{}.{}/{}", file.package(), service.name(), method.name()));
                }
            }
        }
    }
    unary
}

fn rate_limited(retry_after: Duration) -> Status {
    let seconds = retry_after.as_secs() + u64::from(retry_after.subsec_nanos() > 0);
    status_with(
        Code::ResourceExhausted,
        "RATE_LIMITED",
        format!("too many calls from this address; retry in {seconds} s"),
        [("retry_after_secs".to_owned(), seconds.to_string())].into(),
    )
}

fn overloaded() -> Status {
    status(Code::ResourceExhausted, "OVERLOADED", "the server is busy; retry later")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_unary_methods_get_the_timeout() {
        let unary = unary_methods();
        assert!(unary.contains("/kith.identity.v1.UserService/GetMe"));
        assert!(unary.contains(REGISTER));
        for stream in [
            "/kith.usage.v1.UsageService/UploadUsage",
            "/kith.chat.v1.ChatService/SendMessage",
            "/kith.jobs.v1.JobService/WatchJob",
            "/kith.conversations.v1.ConversationService/GenerateConversation",
        ] {
            assert!(!unary.contains(stream), "{stream}");
        }
    }

    #[test]
    fn an_ipv6_client_counts_as_its_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_key(a), client_key(b));
        assert_ne!(client_key(a), client_key(other));
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(client_key(mapped), "192.0.2.7".parse::<IpAddr>().unwrap());
    }
}
