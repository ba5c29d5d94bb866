//! Builds the whole server — state, services, layers — for `main` and for the
//! integration tests alike.

pub mod jobs;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use http::header::{HeaderName, AUTHORIZATION, CONTENT_TYPE};
use http::{HeaderValue, Method};
use secrecy::ExposeSecret;
use tokio::net::TcpListener;
use tonic::transport::server::TcpIncoming;
use tonic_health::ServingStatus;
use tower_http::cors::{AllowOrigin, CorsLayer};

use crate::analytics::grpc::{AnalyticsGrpc, AnalyticsServiceServer};
use crate::apps::grpc::{AppServiceServer, AppsGrpc};
use crate::auth::layer::AuthLayer;
use crate::auth::limits::LimitsLayer;
use crate::cases::grpc::{CaseServiceServer, CasesGrpc, ImageServiceServer};
use crate::cases::match_grpc::MatchServiceServer;
use crate::cases::sources::grpc::{ExternalSourceServiceServer, ExternalSourcesGrpc};
use crate::chat::grpc::{ChatGrpc, ChatServiceServer};
use crate::coaching::export_grpc::ExportServiceServer;
use crate::coaching::feed_grpc::FeedServiceServer;
use crate::coaching::grpc::{CoachingGrpc, DashboardServiceServer, GoalServiceServer, JournalServiceServer};
use crate::coaching::mentor_grpc::MentorServiceServer;
use crate::coaching::suggestion_grpc::SuggestionServiceServer;
use crate::config::{Config, CorsOrigins};
use crate::conversations::grpc::{ConversationServiceServer, ConversationsGrpc};
use crate::devices::grpc::{DeviceServiceServer, DevicesGrpc};
use crate::engagement::grpc::{ActivityServiceServer, EngagementGrpc, EngagementServiceServer, UtilityServiceServer};
use crate::identity::grpc::{AdminServiceServer, AuthServiceServer, IdentityGrpc, UserServiceServer};
use crate::jobs::grpc::{JobServiceServer, JobsGrpc};
use crate::notify::grpc::{NotificationServiceServer, NotificationsGrpc};
use crate::notify::webhooks::grpc::{WebhookServiceServer, WebhooksGrpc};
use crate::personas::grpc::{PersonaServiceServer, PersonasGrpc, SurveyServiceServer};
use crate::social::grpc::{SocialGrpc, SocialServiceServer};
use crate::state::AppState;
use crate::telemetry::RpcTraceLayer;
use crate::usage::grpc::{UsageGrpc, UsageServiceServer};

/// The shortest signing secret accepted, in bytes (HS256 keys should be at
/// least as long as the hash).
pub const MIN_SECRET_BYTES: usize = 32;

/// Why the signing secret cannot be used; each is one line naming the file.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}: is empty or shorter than {MIN_SECRET_BYTES} bytes; remove it to generate a new one or set KITH_JWT_SECRET")]
    TooShort { path: String },
    #[error("{path}: readable by group or others (mode {mode:o}); run chmod 600 on it")]
    Exposed { path: String, mode: u32 },
}

/// The token signing secret: configured, or generated once and kept in the
/// data folder so sessions survive restarts of a dev server. A kept secret
/// that anyone else on the machine could read, or that is too short to be
/// a key, stops start-up: tokens signed with it could be forged.
pub fn signing_secret(config: &Config) -> Result<Vec<u8>, SecretError> {
    use std::os::unix::fs::PermissionsExt;
    if let Some(secret) = &config.auth.jwt_secret {
        return Ok(secret.expose_secret().as_bytes().to_vec());
    }
    let path = config.data_dir.join("jwt-secret");
    let io = |source| SecretError::Io {
        path: path.display().to_string(),
        source,
    };
    match std::fs::read_to_string(&path) {
        Ok(existing) => {
            let mode = std::fs::metadata(&path).map_err(io)?.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                return Err(SecretError::Exposed {
                    path: path.display().to_string(),
                    mode,
                });
            }
            let secret = existing.trim();
            if secret.len() < MIN_SECRET_BYTES {
                return Err(SecretError::TooShort {
                    path: path.display().to_string(),
                });
            }
            return Ok(secret.as_bytes().to_vec());
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
        Err(err) => return Err(io(err)),
    }
    std::fs::create_dir_all(&config.data_dir).map_err(io)?;
    let mut bytes = [0u8; 32];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
    let secret = hex::encode(bytes);
    {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
            .map_err(io)?;
        file.write_all(secret.as_bytes()).map_err(io)?;
    }
    tracing::warn!(path = %path.display(), "KITH_JWT_SECRET is not set; generated a signing secret for this data folder");
    Ok(secret.into_bytes())
}

fn is_localhost(origin: &HeaderValue) -> bool {
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    let Some(rest) = origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"))
    else {
        return false;
    };
    let host = rest.rsplit_once(':').map_or(rest, |(host, port)| {
        if port.chars().all(|c| c.is_ascii_digit()) {
            host
        } else {
            rest
        }
    });
    matches!(host, "localhost" | "127.0.0.1" | "[::1]")
}

/// Browsers over gRPC-Web: which origins, and the headers gRPC-Web needs to
/// send and to read back (statuses, error details, request id).
pub fn cors(origins: &CorsOrigins) -> CorsLayer {
    let allow = match origins {
        CorsOrigins::Any => AllowOrigin::any(),
        CorsOrigins::Localhost => AllowOrigin::predicate(|origin, _| is_localhost(origin)),
        CorsOrigins::List(list) => AllowOrigin::list(list.iter().filter_map(|o| HeaderValue::from_str(o).ok())),
    };
    let header = HeaderName::from_static;
    CorsLayer::new()
        .allow_origin(allow)
        .allow_methods([Method::POST, Method::OPTIONS])
        .allow_headers([
            CONTENT_TYPE,
            AUTHORIZATION,
            header("x-grpc-web"),
            header("x-user-agent"),
            header("grpc-timeout"),
            header("x-request-id"),
            // W3C trace context, so a page's trace continues on the server.
            header("traceparent"),
            header("tracestate"),
        ])
        .expose_headers([
            header("grpc-status"),
            header("grpc-message"),
            header("grpc-status-details-bin"),
            header("x-request-id"),
        ])
        .max_age(Duration::from_secs(24 * 3600))
}

/// Device sync reports the usage received since its last sync; usage owns
/// those rows and depends on devices, so the link is made here.
fn received_since<'c>(
    conn: &'c mut diesel_async::AsyncPgConnection,
    user_id: uuid::Uuid,
    device_id: uuid::Uuid,
    since: Option<chrono::DateTime<chrono::Utc>>,
) -> futures::future::BoxFuture<'c, Result<(Vec<chrono::NaiveDate>, i64), crate::error::DbError>> {
    Box::pin(crate::usage::repo::changes_since(conn, user_id, device_id, since))
}

/// Names reported by `grpc.health.v1`; "" is the server as a whole.
const HEALTH_SERVICES: &[&str] = &[
    "",
    "kith.identity.v1.AuthService",
    "kith.identity.v1.UserService",
    "kith.identity.v1.AdminService",
    "kith.apps.v1.AppService",
    "kith.devices.v1.DeviceService",
    "kith.usage.v1.UsageService",
    "kith.analytics.v1.AnalyticsService",
    "kith.jobs.v1.JobService",
    "kith.conversations.v1.ConversationService",
    "kith.chat.v1.ChatService",
    "kith.social.v1.SocialService",
    "kith.notifications.v1.NotificationService",
    "kith.notifications.v1.WebhookService",
    "kith.engagement.v1.ActivityService",
    "kith.engagement.v1.EngagementService",
    "kith.engagement.v1.UtilityService",
    "kith.coaching.v1.GoalService",
    "kith.coaching.v1.JournalService",
    "kith.coaching.v1.DashboardService",
    "kith.coaching.v1.MentorService",
    "kith.coaching.v1.SuggestionService",
    "kith.coaching.v1.FeedService",
    "kith.coaching.v1.ExportService",
    "kith.personas.v1.SurveyService",
    "kith.personas.v1.PersonaService",
    "kith.cases.v1.CaseService",
    "kith.cases.v1.ImageService",
    "kith.cases.v1.MatchService",
    "kith.cases.v1.ExternalSourceService",
];

/// Sets every service's health from a database ping, when it changed.
async fn report_health(
    health: &tonic_health::server::HealthReporter,
    pool: &crate::db::Pool,
    last: Option<ServingStatus>,
) -> ServingStatus {
    let status = if crate::db::ping(pool).await {
        ServingStatus::Serving
    } else {
        ServingStatus::NotServing
    };
    if last != Some(status) {
        tracing::info!(?status, "health");
        for name in HEALTH_SERVICES {
            health.set_service_status(*name, status).await;
        }
    }
    status
}

/// Serves every Kith service on `listener` until `shutdown` resolves, then
/// lets in-flight calls finish.
pub async fn serve(
    config: &Config,
    state: Arc<AppState>,
    registry: Arc<crate::jobs::Registry>,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), tonic::transport::Error> {
    let (health, health_service) = tonic_health::server::health_reporter();
    let pool = state.pool.clone();
    // The first check happens before serving, so no caller ever sees a
    // service the health endpoint does not know yet.
    let mut last = report_health(&health, &pool, None).await;
    let health_task = tokio::spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_secs(1)).await;
            last = report_health(&health, &pool, Some(last)).await;
        }
    });

    let reflection_v1 = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(crate::proto::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .build_v1()
        .expect("descriptor set is valid");
    let reflection_v1alpha = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(crate::proto::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .build_v1alpha()
        .expect("descriptor set is valid");

    let max = config.max_message_bytes;
    let limits = &config.limits;
    let identity = IdentityGrpc::new(state.clone());
    let personas = PersonasGrpc::new(state.clone());
    let cases = CasesGrpc::new(state.clone());
    let result = tonic::transport::Server::builder()
        .accept_http1(true)
        // A connection may not open streams without bound, and a peer that
        // vanished without closing is noticed and dropped.
        .max_concurrent_streams(limits.http2_max_concurrent_streams)
        .http2_keepalive_interval(Some(limits.http2_keepalive_interval))
        .http2_keepalive_timeout(Some(limits.http2_keepalive_timeout))
        .layer(cors(&config.cors_origins))
        .layer(tonic_web::GrpcWebLayer::new())
        .layer(crate::message_size::MessageSizeLayer::new(max))
        .layer(RpcTraceLayer)
        .layer(LimitsLayer::new(limits, state.pool.clone()))
        .layer(AuthLayer::new(
            state.pool.clone(),
            state.tokens.clone(),
            state.auth.session_recheck,
        ))
        .add_service(health_service)
        .add_service(reflection_v1)
        .add_service(reflection_v1alpha)
        .add_service(AuthServiceServer::new(identity.clone()).max_decoding_message_size(max))
        .add_service(UserServiceServer::new(identity.clone()).max_decoding_message_size(max))
        .add_service(AdminServiceServer::new(identity).max_decoding_message_size(max))
        .add_service(AppServiceServer::new(AppsGrpc::new(state.clone())).max_decoding_message_size(max))
        .add_service(
            DeviceServiceServer::new(DevicesGrpc::new(state.clone(), received_since)).max_decoding_message_size(max),
        )
        .add_service(
            UsageServiceServer::new(UsageGrpc::new(state.clone(), crate::analytics::rollup::after_upload))
                .max_decoding_message_size(max),
        )
        .add_service(AnalyticsServiceServer::new(AnalyticsGrpc::new(state.clone())).max_decoding_message_size(max))
        .add_service(JobServiceServer::new(JobsGrpc::new(state.clone(), registry)).max_decoding_message_size(max))
        .add_service(SocialServiceServer::new(SocialGrpc::new(state.clone())).max_decoding_message_size(max))
        .add_service(
            NotificationServiceServer::new(NotificationsGrpc::new(state.clone())).max_decoding_message_size(max),
        )
        .add_service(WebhookServiceServer::new(WebhooksGrpc::new(state.clone())).max_decoding_message_size(max))
        .add_service(ActivityServiceServer::new(EngagementGrpc::new(state.clone())).max_decoding_message_size(max))
        .add_service(EngagementServiceServer::new(EngagementGrpc::new(state.clone())).max_decoding_message_size(max))
        .add_service(UtilityServiceServer::new(EngagementGrpc::new(state.clone())).max_decoding_message_size(max))
        .add_service(GoalServiceServer::new(CoachingGrpc::new(state.clone())).max_decoding_message_size(max))
        .add_service(JournalServiceServer::new(CoachingGrpc::new(state.clone())).max_decoding_message_size(max))
        .add_service(DashboardServiceServer::new(CoachingGrpc::new(state.clone())).max_decoding_message_size(max))
        .add_service(MentorServiceServer::new(CoachingGrpc::new(state.clone())).max_decoding_message_size(max))
        .add_service(SuggestionServiceServer::new(CoachingGrpc::new(state.clone())).max_decoding_message_size(max))
        .add_service(FeedServiceServer::new(CoachingGrpc::new(state.clone())).max_decoding_message_size(max))
        .add_service(ExportServiceServer::new(CoachingGrpc::new(state.clone())).max_decoding_message_size(max))
        .add_service(SurveyServiceServer::new(personas.clone()).max_decoding_message_size(max))
        .add_service(PersonaServiceServer::new(personas).max_decoding_message_size(max))
        .add_service(CaseServiceServer::new(cases.clone()).max_decoding_message_size(max))
        .add_service(ImageServiceServer::new(cases.clone()).max_decoding_message_size(max))
        .add_service(MatchServiceServer::new(cases).max_decoding_message_size(max))
        .add_service(
            ExternalSourceServiceServer::new(ExternalSourcesGrpc::new(state.clone())).max_decoding_message_size(max),
        )
        .add_service(
            ConversationServiceServer::new(ConversationsGrpc::new(state.clone())).max_decoding_message_size(max),
        )
        .add_service(
            ChatServiceServer::new(ChatGrpc::new(state.clone(), config.chat_history_tokens))
                .max_decoding_message_size(max),
        )
        // TCP_NODELAY: a small message (a streamed chunk, a short reply) goes
        // out at once instead of waiting ~40 ms for the previous one's ACK.
        // (The builder's own TCP keepalive applies only when it binds the
        // socket itself, so it is set on the incoming stream.)
        .serve_with_incoming_shutdown(
            TcpIncoming::from(listener)
                .with_nodelay(Some(true))
                .with_keepalive(Some(limits.tcp_keepalive)),
            shutdown,
        )
        .await;
    health_task.abort();
    result
}
