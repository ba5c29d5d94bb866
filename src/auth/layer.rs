//! The tower layer in front of every service: a call to a method not listed
//! as public needs a valid access token of an existing, active user. The user
//! is looked up on every call so deactivation and role changes apply at once.

use std::sync::Arc;
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use http::{Request, Response};
use tonic::body::Body;
use tonic::{Code, Status};
use tower::{Layer, Service};

use super::Caller;
use crate::app::AppState;
use crate::error::{status, DbError};

/// Methods callable without a token. Everything else is closed by default.
const PUBLIC_METHODS: &[&str] = &[
    "/kith.identity.v1.AuthService/Register",
    "/kith.identity.v1.AuthService/Login",
    "/kith.identity.v1.AuthService/Refresh",
    "/kith.identity.v1.AuthService/SignInWithGoogle",
];

const PUBLIC_SERVICES: &[&str] = &[
    "/grpc.health.v1.Health/",
    "/grpc.reflection.v1.ServerReflection/",
    "/grpc.reflection.v1alpha.ServerReflection/",
];

pub fn is_public(path: &str) -> bool {
    PUBLIC_METHODS.contains(&path) || PUBLIC_SERVICES.iter().any(|prefix| path.starts_with(prefix))
}

#[derive(Clone)]
pub struct AuthLayer {
    state: Arc<AppState>,
}

impl AuthLayer {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }
}

impl<S> Layer<S> for AuthLayer {
    type Service = AuthService<S>;
    fn layer(&self, inner: S) -> Self::Service {
        AuthService {
            inner,
            layer: self.clone(),
        }
    }
}

#[derive(Clone)]
pub struct AuthService<S> {
    inner: S,
    layer: AuthLayer,
}

impl<S> Service<Request<Body>> for AuthService<S>
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

    fn call(&mut self, mut request: Request<Body>) -> Self::Future {
        // The clone that was driven to readiness serves this call.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let layer = self.layer.clone();
        Box::pin(async move {
            if is_public(request.uri().path()) {
                return inner.call(request).await;
            }
            // Only the header crosses the await: the request body is not Sync.
            let header = request.headers().get(http::header::AUTHORIZATION).cloned();
            match authenticate(&layer, header).await {
                Ok(caller) => {
                    tracing::Span::current().record("caller", tracing::field::display(caller.user_id));
                    request.extensions_mut().insert(caller);
                    inner.call(request).await
                }
                Err(status) if request.version() < http::Version::HTTP_2 => {
                    Ok(refuse_http1(request.into_body(), status).await)
                }
                Err(status) => Ok(status.into_http()),
            }
        })
    }
}

/// Bodies up to this size are read before a refusal is sent.
const DRAIN_LIMIT: usize = 1 << 20;

/// Answers a refused HTTP/1.1 call (gRPC-Web). The request body must be
/// read before answering, or a client still writing it gets a broken pipe
/// instead of the status; small bodies are drained, and past the limit the
/// connection is closed. (HTTP/2 resets just the stream; nothing to do.)
async fn refuse_http1(body: Body, status: Status) -> Response<Body> {
    use http_body_util::BodyExt;
    let mut response: Response<Body> = status.into_http();
    let mut body = body;
    let mut read = 0usize;
    let drained = tokio::time::timeout(std::time::Duration::from_secs(5), async {
        while let Some(frame) = body.frame().await {
            let Ok(frame) = frame else { return false };
            if let Some(data) = frame.data_ref() {
                read += data.len();
                if read > DRAIN_LIMIT {
                    return false;
                }
            }
        }
        true
    })
    .await
    .unwrap_or(false);
    if !drained {
        response
            .headers_mut()
            .insert(http::header::CONNECTION, http::HeaderValue::from_static("close"));
    }
    response
}

fn unauthenticated(message: &str) -> Status {
    status(Code::Unauthenticated, "UNAUTHENTICATED", message)
}

async fn authenticate(layer: &AuthLayer, header: Option<http::HeaderValue>) -> Result<Caller, Status> {
    let header = header.ok_or_else(|| unauthenticated("missing authorization header"))?;
    let token = header
        .to_str()
        .ok()
        .and_then(|h| h.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim())
        .ok_or_else(|| unauthenticated("authorization must be \"Bearer <access token>\""))?;
    let user_id = layer.state.tokens.verify_access(token).map_err(|err| {
        tracing::debug!(%err, "rejected access token");
        unauthenticated("invalid or expired access token")
    })?;
    let mut conn = crate::db::conn(&layer.state.pool).await.map_err(Status::from)?;
    match crate::identity::repo::caller(&mut conn, user_id).await {
        Ok(Some(caller)) => Ok(caller),
        Ok(None) => Err(unauthenticated("invalid or expired access token")),
        Err(DbError::NotFound) => Err(unauthenticated("invalid or expired access token")),
        Err(err) => Err(err.into()),
    }
}
