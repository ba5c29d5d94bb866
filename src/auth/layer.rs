//! The tower layer in front of every service: a call to a method not listed
//! as public needs a valid access token of an existing, active user whose
//! session version still matches the token's. The user is looked up on every
//! call so deactivation, logout everywhere, password and role changes apply
//! at once; a response still streaming is rechecked periodically and ends
//! with UNAUTHENTICATED once the check fails.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::future::BoxFuture;
use http::{Request, Response};
use tonic::body::Body;
use tonic::{Code, Status};
use tower::{Layer, Service};

use super::tokens::AccessToken;
use super::tokens::TokenKeys;
use super::Caller;
use crate::db::Pool;
use crate::error::{status, DbError};

/// Methods callable without a token. Everything else is closed by default.
const PUBLIC_METHODS: &[&str] = &[
    "/kith.identity.v1.AuthService/Register",
    "/kith.identity.v1.AuthService/Login",
    "/kith.identity.v1.AuthService/Refresh",
    "/kith.identity.v1.AuthService/SignInWithGoogle",
    // A closed account has no session left; it proves itself with its
    // credentials, like Login.
    "/kith.identity.v1.UserService/CancelDeletion",
    // Friends answer a survey by its link, without an account.
    "/kith.personas.v1.SurveyService/GetPublicSurvey",
    "/kith.personas.v1.SurveyService/SubmitResponse",
];

const PUBLIC_SERVICES: &[&str] = &[
    "/grpc.health.v1.Health/",
    "/grpc.reflection.v1.ServerReflection/",
    "/grpc.reflection.v1alpha.ServerReflection/",
];

pub fn is_public(path: &str) -> bool {
    PUBLIC_METHODS.contains(&path) || PUBLIC_SERVICES.iter().any(|prefix| path.starts_with(prefix))
}

/// What the check needs: the keys that verify tokens, the pool to look the
/// caller up, and how often a streaming response rechecks its caller.
#[derive(Clone)]
pub struct AuthLayer {
    pool: Pool,
    tokens: Arc<TokenKeys>,
    recheck: Duration,
}

impl AuthLayer {
    pub fn new(pool: Pool, tokens: Arc<TokenKeys>, recheck: Duration) -> Self {
        Self { pool, tokens, recheck }
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
                Ok((caller, token)) => {
                    tracing::Span::current().record("caller", tracing::field::display(caller.user_id));
                    request.extensions_mut().insert(caller);
                    let response = inner.call(request).await?;
                    let every = layer.recheck;
                    Ok(response.map(|body| Rechecked::wrap(body, layer.pool.clone(), token, every)))
                }
                Err(status) => Ok(refuse(request, status).await),
            }
        })
    }
}

/// Bodies up to this size are read before a refusal is sent.
const DRAIN_LIMIT: usize = 1 << 20;

/// Answers a call refused before its handler (by this layer or the limits
/// layer). Over HTTP/1.1 (gRPC-Web) the request body must be read before
/// answering, or a client still writing it gets a broken pipe instead of the
/// status; small bodies are drained, and past the limit the connection is
/// closed. HTTP/2 resets just the stream; nothing to do.
pub(crate) async fn refuse(request: Request<Body>, status: Status) -> Response<Body> {
    use http_body_util::BodyExt;
    let mut response: Response<Body> = status.into_http();
    if request.version() >= http::Version::HTTP_2 {
        return response;
    }
    let mut body = request.into_body();
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

async fn authenticate(layer: &AuthLayer, header: Option<http::HeaderValue>) -> Result<(Caller, AccessToken), Status> {
    let header = header.ok_or_else(|| unauthenticated("missing authorization header"))?;
    let token = header
        .to_str()
        .ok()
        .and_then(|h| h.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim())
        .ok_or_else(|| unauthenticated("authorization must be \"Bearer <access token>\""))?;
    let token = layer.tokens.verify_access(token).map_err(|err| {
        tracing::debug!(%err, "rejected access token");
        unauthenticated("invalid or expired access token")
    })?;
    let mut conn = crate::db::conn(&layer.pool).await.map_err(Status::from)?;
    match crate::identity::repo::caller(&mut conn, token.user_id, token.session_version).await {
        Ok(Some(caller)) => Ok((caller, token)),
        Ok(None) => Err(unauthenticated("invalid or expired access token")),
        Err(DbError::NotFound) => Err(unauthenticated("invalid or expired access token")),
        Err(err) => Err(err.into()),
    }
}

/// Whether the token's user is still active at the token's session version.
/// A failed lookup counts as yes: a database hiccup must not cut every open
/// stream; the next check decides.
async fn still_signed_in(pool: Pool, token: AccessToken) -> bool {
    let result = match crate::db::conn(&pool).await {
        Ok(mut conn) => crate::identity::repo::caller(&mut conn, token.user_id, token.session_version).await,
        Err(err) => Err(err),
    };
    match result {
        Ok(caller) => caller.is_some(),
        Err(err) => {
            tracing::warn!(%err, "cannot recheck a streaming caller; keeping the stream");
            true
        }
    }
}

/// A response body that, while it is still being sent, rechecks its caller
/// every `every` and ends with UNAUTHENTICATED trailers once the caller was
/// deactivated or their sessions were ended. Dropping the inner body then
/// drops the handler's stream, which stops its work. A unary response is
/// sent before the first recheck is due, so it costs one timer.
struct Rechecked {
    inner: Body,
    pool: Pool,
    token: AccessToken,
    every: Duration,
    next: Pin<Box<tokio::time::Sleep>>,
    check: Option<BoxFuture<'static, bool>>,
    ended: bool,
}

impl Rechecked {
    fn wrap(inner: Body, pool: Pool, token: AccessToken, every: Duration) -> Body {
        use http_body::Body as _;
        if inner.is_end_stream() {
            return inner;
        }
        Body::new(Rechecked {
            inner,
            pool,
            token,
            every,
            next: Box::pin(tokio::time::sleep(every)),
            check: None,
            ended: false,
        })
    }

    /// Drives the timer and any running check; true once the check failed.
    fn session_ended(&mut self, cx: &mut Context<'_>) -> bool {
        loop {
            if let Some(check) = self.check.as_mut() {
                let Poll::Ready(still_valid) = check.as_mut().poll(cx) else {
                    return false;
                };
                self.check = None;
                if !still_valid {
                    return true;
                }
                let next = tokio::time::Instant::now() + self.every;
                self.next.as_mut().reset(next);
            } else if self.next.as_mut().poll(cx).is_ready() {
                self.check = Some(Box::pin(still_signed_in(self.pool.clone(), self.token)));
            } else {
                return false;
            }
        }
    }
}

impl http_body::Body for Rechecked {
    type Data = bytes::Bytes;
    type Error = Status;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        let this = self.get_mut();
        if this.ended {
            return Poll::Ready(None);
        }
        if this.session_ended(cx) {
            this.ended = true;
            let mut trailers = http::HeaderMap::new();
            let status = unauthenticated("the session ended: signed out, password changed or account deactivated");
            // Building trailers from a status we made cannot fail.
            let _ = status.add_header(&mut trailers);
            return Poll::Ready(Some(Ok(http_body::Frame::trailers(trailers))));
        }
        let frame = Pin::new(&mut this.inner).poll_frame(cx);
        if let Poll::Ready(None | Some(Err(_))) = &frame {
            this.ended = true;
        } else if let Poll::Ready(Some(Ok(f))) = &frame {
            this.ended = f.is_trailers();
        }
        frame
    }

    fn is_end_stream(&self) -> bool {
        self.ended || self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}
