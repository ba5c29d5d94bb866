//! Settings from an optional TOML file, overridden by the environment
//! (`KITH_*`, `DATABASE_URL`). A bad value is one line naming the setting.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{setting}: {message}")]
    Invalid { setting: String, message: String },
    #[error("config file {path}: {message}")]
    File { path: String, message: String },
}

fn invalid(setting: &str, message: impl std::fmt::Display) -> ConfigError {
    ConfigError::Invalid {
        setting: setting.to_owned(),
        message: message.to_string(),
    }
}

/// Which origins may call over gRPC-Web from a browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorsOrigins {
    /// Any `http://localhost:*` or `http://127.0.0.1:*` origin (the dev default).
    Localhost,
    Any,
    List(Vec<String>),
}

impl FromStr for CorsOrigins {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim() {
            "localhost" | "" => Ok(Self::Localhost),
            "*" => Ok(Self::Any),
            list => {
                let origins: Vec<String> = list
                    .split(',')
                    .map(|o| o.trim().trim_end_matches('/').to_owned())
                    .filter(|o| !o.is_empty())
                    .collect();
                for origin in &origins {
                    if !(origin.starts_with("http://") || origin.starts_with("https://")) {
                        return Err(format!("origin {origin:?} must start with http:// or https://"));
                    }
                }
                Ok(Self::List(origins))
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

impl FromStr for LogFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "text" => Ok(Self::Text),
            "json" => Ok(Self::Json),
            other => Err(format!("{other:?} is not one of text, json")),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    /// Where Prometheus scrapes `/metrics`; None: no metrics endpoint.
    pub metrics_addr: Option<SocketAddr>,
    /// None: start the embedded PostgreSQL in `data_dir`. Secret: it may
    /// carry a password, and `Config` is printed with `{:?}`.
    pub database_url: Option<SecretString>,
    pub data_dir: PathBuf,
    pub db_pool_size: u32,
    pub db_pool_timeout: Duration,
    pub cors_origins: CorsOrigins,
    pub log_format: LogFormat,
    /// An OpenTelemetry collector's OTLP/HTTP base URL; None: no traces leave.
    pub otlp_endpoint: Option<String>,
    pub max_message_bytes: usize,
    /// Records one UploadUsage stream may carry.
    pub max_upload_records: u64,
    /// Distinct apps one usage upload (stream or batch) may report.
    pub max_upload_apps: usize,
    /// Distinct apps one user's devices may report in all.
    pub max_apps_per_user: u32,
    /// SendFriendRequest calls one user may make in 24 hours.
    pub friend_requests_per_day: u32,
    /// Days of raw usage kept by the weekly cleanup.
    pub usage_retention_days: u32,
    /// Days a resolved pattern is kept.
    pub pattern_retention_days: u32,
    /// Jobs one worker runs at once.
    pub worker_concurrency: usize,
    /// WatchJob streams one user may have open at once (per server process).
    pub job_watchers_per_user: usize,
    /// WatchNotifications streams one user may have open at once (per
    /// server process).
    pub notification_watchers_per_user: usize,
    pub shutdown_grace: Duration,
    pub auth: AuthConfig,
    pub ai: AiConfig,
    /// Tokens of a thread's history sent with each chat reply.
    pub chat_history_tokens: u32,
    pub limits: LimitsConfig,
    pub data_rights: DataRightsConfig,
    pub webhooks: WebhooksConfig,
    pub push: PushConfig,
    pub engagement: EngagementConfig,
    pub coaching: CoachingConfig,
    pub personas: PersonasConfig,
    pub cases: CasesConfig,
}

/// Missing-person cases.
#[derive(Debug, Clone)]
pub struct CasesConfig {
    /// The folder case photos are kept in; None: `data_dir/case-images`.
    pub image_dir: Option<PathBuf>,
    /// The largest photo accepted, in bytes.
    pub max_image_bytes: usize,
    /// An HTTP face-embedding service (`POST` the photo, get
    /// `{"embedding": [...]}`); None: the built-in visual matcher.
    pub face_url: Option<String>,
    /// Cosine similarity from which two face embeddings are a candidate.
    pub face_threshold: f32,
    /// Sightings one user may send an hour.
    pub sightings_per_hour: i64,
    /// The key external sources' connection strings are encrypted with
    /// (64 hex characters); None: one derived from the server secret.
    pub sources_key: Option<SecretString>,
}

impl Default for CasesConfig {
    fn default() -> Self {
        Self {
            image_dir: None,
            max_image_bytes: 10 << 20,
            face_url: None,
            face_threshold: 0.7,
            sightings_per_hour: 20,
            sources_key: None,
        }
    }
}

impl Config {
    /// Where case photos are kept.
    pub fn case_image_dir(&self) -> PathBuf {
        (self.cases.image_dir.clone()).unwrap_or_else(|| self.data_dir.join("case-images"))
    }
}

/// Personas: the public survey methods' limits and the illustration step.
#[derive(Debug, Clone)]
pub struct PersonasConfig {
    /// SubmitResponse calls per minute with one fingerprint, whatever the
    /// address.
    pub fingerprint_per_minute: u32,
    /// An OpenAI-images-compatible API (`POST {url}/images/generations`);
    /// None: the built-in avatar renderer.
    pub image_url: Option<String>,
    pub image_api_key: Option<SecretString>,
    pub image_model: String,
    /// Where illustrations are written as PNG files; None: in the database.
    pub image_dir: Option<PathBuf>,
    /// Attempts of each saga step before the persona is marked failed.
    pub step_attempts: i32,
    /// Wait before a failed step runs again (doubling each time).
    pub step_backoff: Duration,
}

impl Default for PersonasConfig {
    fn default() -> Self {
        Self {
            fingerprint_per_minute: 10,
            image_url: None,
            image_api_key: None,
            image_model: "gpt-image-1".into(),
            image_dir: None,
            step_attempts: 3,
            step_backoff: Duration::from_secs(10),
        }
    }
}

/// Coaching.
#[derive(Debug, Clone)]
pub struct CoachingConfig {
    /// How long CreateGoal waits for the AI's plan before answering with
    /// the planning job instead.
    pub plan_wait: Duration,
    /// Where the warehouse export writes its gzip CSV files every 5
    /// minutes; None: no files (the ExportChanges RPC still works).
    pub export_dir: Option<PathBuf>,
}

impl Default for CoachingConfig {
    fn default() -> Self {
        Self {
            plan_wait: Duration::from_secs(2),
            export_dir: None,
        }
    }
}

/// Re-engagement runs.
#[derive(Debug, Clone)]
pub struct EngagementConfig {
    /// Days without activity after which a user is dormant and may be
    /// messaged.
    pub inactive_days: u32,
    /// No second re-engagement message within this long of the last.
    pub frequency_cap: Duration,
    /// AI-written messages (through the AI gateway); off: segment templates.
    pub ai_messages: bool,
    /// Users one run messages at most (the next hour's run goes on).
    pub max_per_run: usize,
}

impl Default for EngagementConfig {
    fn default() -> Self {
        Self {
            inactive_days: 7,
            frequency_cap: Duration::from_secs(24 * 3600),
            ai_messages: true,
            max_per_run: 1000,
        }
    }
}

/// Webhook delivery.
#[derive(Debug, Clone)]
pub struct WebhooksConfig {
    /// Allow endpoints on loopback and private addresses, and plain http
    /// (tests, and deployments whose receivers are on a private network).
    pub allow_private: bool,
    /// How long one delivery attempt may take.
    pub timeout: Duration,
}

impl Default for WebhooksConfig {
    fn default() -> Self {
        Self {
            allow_private: false,
            timeout: Duration::from_secs(10),
        }
    }
}

/// Push delivery through an FCM HTTP v1 endpoint (Google's, or anything
/// that speaks its `messages:send`).
#[derive(Debug, Clone)]
pub struct PushConfig {
    /// The base URL, e.g. `https://fcm.googleapis.com`; None: push is off
    /// (tokens are still registered, deliveries finish skipped).
    pub fcm_url: Option<String>,
    pub project_id: Option<String>,
    /// The `Authorization: Bearer` token of each send. Secret: `Config` is
    /// printed with `{:?}`.
    pub access_token: Option<SecretString>,
    /// How long one send may take.
    pub timeout: Duration,
}

impl Default for PushConfig {
    fn default() -> Self {
        Self {
            fcm_url: None,
            project_id: None,
            access_token: None,
            timeout: Duration::from_secs(10),
        }
    }
}

/// Where and how to send pushes, once push is configured.
#[derive(Debug, Clone)]
pub struct PushTarget<'a> {
    /// `{fcm_url}/v1/projects/{project_id}/messages:send`.
    pub send_url: String,
    pub access_token: &'a SecretString,
    pub timeout: Duration,
}

impl PushConfig {
    /// None while push is off.
    pub fn target(&self) -> Option<PushTarget<'_>> {
        let (base, project, access_token) = (
            self.fcm_url.as_deref()?,
            self.project_id.as_deref()?,
            self.access_token.as_ref()?,
        );
        Some(PushTarget {
            send_url: format!("{base}/v1/projects/{project}/messages:send"),
            access_token,
            timeout: self.timeout,
        })
    }
}

/// Export, deletion and how long data nobody needs any more is kept.
#[derive(Debug, Clone)]
pub struct DataRightsConfig {
    /// Days between DeleteMe (or DeleteUser) and the erasure; 0 erases at
    /// the next run of the job.
    pub deletion_grace_days: u32,
    /// ExportMe calls one user may make per clock hour.
    pub exports_per_hour: u32,
    /// Days an AI generation record (tokens, cost, latency) is kept.
    pub ai_generation_retention_days: u32,
    /// Days a finished job (succeeded, dead or cancelled) is kept.
    pub finished_job_retention_days: u32,
    /// Days a notification is kept once read.
    pub read_notification_retention_days: u32,
    /// Days a refresh token is kept past its expiry (for "where am I signed
    /// in" and reuse detection of recent ones).
    pub expired_token_retention_days: u32,
    /// Days a login attempt is kept (it counts only within the login window).
    pub login_attempt_retention_days: u32,
    /// Days a chat thread with a deactivated device is kept after its last
    /// message.
    pub orphan_chat_retention_days: u32,
}

impl Default for DataRightsConfig {
    fn default() -> Self {
        Self {
            deletion_grace_days: 7,
            exports_per_hour: 4,
            ai_generation_retention_days: 365,
            finished_job_retention_days: 30,
            read_notification_retention_days: 90,
            expired_token_retention_days: 30,
            login_attempt_retention_days: 1,
            orphan_chat_retention_days: 30,
        }
    }
}

/// What one client address, and the server as a whole, may ask for.
#[derive(Debug, Clone)]
pub struct LimitsConfig {
    /// Register calls per minute from one address (this process).
    pub register_per_minute: u32,
    /// Register calls per clock hour from one address, counted in the
    /// database so the limit holds across replicas.
    pub register_per_hour: u32,
    /// Login, Refresh and SignInWithGoogle calls per minute from one address,
    /// each method counted on its own.
    pub sign_in_per_minute: u32,
    /// GetPublicSurvey and SubmitResponse calls per minute from one address
    /// (this process), each method counted on its own.
    pub survey_per_minute: u32,
    /// Calls handled at once; more are refused, not queued.
    pub max_concurrent_calls: usize,
    /// The longest a unary call may run (streams are not cut).
    pub unary_timeout: Duration,
    pub http2_max_concurrent_streams: u32,
    pub http2_keepalive_interval: Duration,
    pub http2_keepalive_timeout: Duration,
    pub tcp_keepalive: Duration,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        Self {
            register_per_minute: 10,
            register_per_hour: 30,
            sign_in_per_minute: 60,
            survey_per_minute: 60,
            max_concurrent_calls: 512,
            unary_timeout: Duration::from_secs(30),
            http2_max_concurrent_streams: 200,
            http2_keepalive_interval: Duration::from_secs(60),
            http2_keepalive_timeout: Duration::from_secs(20),
            tcp_keepalive: Duration::from_secs(60),
        }
    }
}

#[derive(Debug, Clone)]
pub struct AiConfig {
    /// An OpenAI-compatible API; None: the built-in offline generator.
    pub base_url: Option<String>,
    pub api_key: Option<SecretString>,
    pub model: String,
    /// Per-purpose overrides, e.g. "chat" -> "gpt-4o".
    pub models: Vec<(String, String)>,
    pub timeout: Duration,
    pub retries: u32,
    pub max_per_hour: u32,
    /// Pace of the offline generator's stream.
    pub offline_chunk_delay: Duration,
}

impl Default for AiConfig {
    fn default() -> Self {
        Self {
            base_url: None,
            api_key: None,
            model: "gpt-4o-mini".into(),
            models: Vec::new(),
            timeout: Duration::from_secs(30),
            retries: 2,
            max_per_hour: 120,
            offline_chunk_delay: Duration::from_millis(15),
        }
    }
}

#[derive(Debug, Clone)]
pub struct AuthConfig {
    /// HS256 secret; None: a random one kept in `data_dir/jwt-secret`.
    pub jwt_secret: Option<SecretString>,
    pub jwt_kid: String,
    /// Retired `(kid, secret)` pairs whose tokens are still accepted.
    pub jwt_retired: Vec<(String, SecretString)>,
    pub access_ttl: Duration,
    pub refresh_ttl: Duration,
    pub login_window: Duration,
    /// Failed logins per (email, peer) pair in the window.
    pub login_max_per_email: u32,
    /// Failed logins per email from all peers together, so guessing from
    /// many addresses is bounded while the owner's own address stays open.
    pub login_max_per_email_global: u32,
    pub login_max_per_peer: u32,
    /// How often an open stream rechecks that its caller is still signed in.
    pub session_recheck: Duration,
    pub google_jwks_url: String,
    pub google_issuers: Vec<String>,
    /// Empty: Google sign-in answers FAILED_PRECONDITION.
    pub google_client_ids: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            addr: "127.0.0.1:50051".parse().expect("valid default"),
            metrics_addr: None,
            database_url: None,
            data_dir: PathBuf::from(".kith"),
            db_pool_size: 10,
            db_pool_timeout: Duration::from_secs(5),
            cors_origins: CorsOrigins::Localhost,
            log_format: LogFormat::Text,
            otlp_endpoint: None,
            max_message_bytes: 16 * 1024 * 1024,
            max_upload_records: 5_000_000,
            max_upload_apps: 1_000,
            max_apps_per_user: 5_000,
            friend_requests_per_day: 50,
            usage_retention_days: 90,
            pattern_retention_days: 30,
            worker_concurrency: 4,
            job_watchers_per_user: 10,
            notification_watchers_per_user: 5,
            shutdown_grace: Duration::from_secs(20),
            auth: AuthConfig::default(),
            ai: AiConfig::default(),
            chat_history_tokens: 3000,
            limits: LimitsConfig::default(),
            data_rights: DataRightsConfig::default(),
            webhooks: WebhooksConfig::default(),
            push: PushConfig::default(),
            engagement: EngagementConfig::default(),
            coaching: CoachingConfig::default(),
            personas: PersonasConfig::default(),
            cases: CasesConfig::default(),
        }
    }
}

impl Default for AuthConfig {
    fn default() -> Self {
        Self {
            jwt_secret: None,
            jwt_kid: "k1".into(),
            jwt_retired: Vec::new(),
            access_ttl: Duration::from_secs(3600),
            refresh_ttl: Duration::from_secs(7 * 24 * 3600),
            login_window: Duration::from_secs(15 * 60),
            login_max_per_email: 10,
            login_max_per_email_global: 100,
            login_max_per_peer: 50,
            session_recheck: Duration::from_secs(10),
            google_jwks_url: "https://www.googleapis.com/oauth2/v3/certs".into(),
            google_issuers: vec!["https://accounts.google.com".into(), "accounts.google.com".into()],
            google_client_ids: Vec::new(),
        }
    }
}

/// Every setting: its TOML key, its environment variable, and how to apply a
/// raw string. The README's configuration table mirrors this list.
type Apply = fn(&mut Config, &str) -> Result<(), String>;

const SETTINGS: &[(&str, &str, Apply)] = &[
    ("addr", "KITH_ADDR", |c, v| parse_into(&mut c.addr, v)),
    ("metrics_addr", "KITH_METRICS_ADDR", |c, v| {
        c.metrics_addr = match v.trim() {
            "" => None,
            v => Some(v.parse().map_err(|e| format!("{v:?}: {e}"))?),
        };
        Ok(())
    }),
    ("database_url", "DATABASE_URL", |c, v| {
        c.database_url = Some(v).filter(|s| !s.is_empty()).map(SecretString::from);
        Ok(())
    }),
    ("data_dir", "KITH_DATA_DIR", |c, v| {
        c.data_dir = PathBuf::from(v);
        Ok(())
    }),
    ("db_pool_size", "KITH_DB_POOL_SIZE", |c, v| {
        parse_into(&mut c.db_pool_size, v)?;
        (c.db_pool_size > 0).then_some(()).ok_or("must be at least 1".into())
    }),
    ("db_pool_timeout_ms", "KITH_DB_POOL_TIMEOUT_MS", |c, v| {
        millis(&mut c.db_pool_timeout, v)
    }),
    ("cors_origins", "KITH_CORS_ORIGINS", |c, v| {
        parse_into(&mut c.cors_origins, v)
    }),
    ("log_format", "KITH_LOG_FORMAT", |c, v| parse_into(&mut c.log_format, v)),
    ("otlp_endpoint", "KITH_OTLP_ENDPOINT", |c, v| {
        let v = v.trim();
        if !(v.is_empty() || v.starts_with("http://") || v.starts_with("https://")) {
            return Err(format!(
                "{v:?}: an http:// or https:// URL, e.g. http://otel-collector:4318"
            ));
        }
        c.otlp_endpoint = (!v.is_empty()).then(|| v.to_owned());
        Ok(())
    }),
    ("max_message_bytes", "KITH_MAX_MESSAGE_BYTES", |c, v| {
        parse_into(&mut c.max_message_bytes, v)
    }),
    ("max_upload_records", "KITH_MAX_UPLOAD_RECORDS", |c, v| {
        parse_into(&mut c.max_upload_records, v)
    }),
    ("max_upload_apps", "KITH_MAX_UPLOAD_APPS", |c, v| {
        parse_into(&mut c.max_upload_apps, v)
    }),
    ("max_apps_per_user", "KITH_MAX_APPS_PER_USER", |c, v| {
        parse_into(&mut c.max_apps_per_user, v)
    }),
    ("friend_requests_per_day", "KITH_FRIEND_REQUESTS_PER_DAY", |c, v| {
        parse_into(&mut c.friend_requests_per_day, v)
    }),
    ("usage_retention_days", "KITH_USAGE_RETENTION_DAYS", |c, v| {
        parse_into(&mut c.usage_retention_days, v)
    }),
    ("pattern_retention_days", "KITH_PATTERN_RETENTION_DAYS", |c, v| {
        parse_into(&mut c.pattern_retention_days, v)
    }),
    ("deletion_grace_days", "KITH_DELETION_GRACE_DAYS", |c, v| {
        parse_into(&mut c.data_rights.deletion_grace_days, v)
    }),
    ("exports_per_hour", "KITH_EXPORTS_PER_HOUR", |c, v| {
        at_least_one(&mut c.data_rights.exports_per_hour, v)
    }),
    (
        "ai_generation_retention_days",
        "KITH_AI_GENERATION_RETENTION_DAYS",
        |c, v| at_least_one(&mut c.data_rights.ai_generation_retention_days, v),
    ),
    (
        "finished_job_retention_days",
        "KITH_FINISHED_JOB_RETENTION_DAYS",
        |c, v| at_least_one(&mut c.data_rights.finished_job_retention_days, v),
    ),
    (
        "read_notification_retention_days",
        "KITH_READ_NOTIFICATION_RETENTION_DAYS",
        |c, v| at_least_one(&mut c.data_rights.read_notification_retention_days, v),
    ),
    (
        "expired_token_retention_days",
        "KITH_EXPIRED_TOKEN_RETENTION_DAYS",
        |c, v| parse_into(&mut c.data_rights.expired_token_retention_days, v),
    ),
    (
        "login_attempt_retention_days",
        "KITH_LOGIN_ATTEMPT_RETENTION_DAYS",
        |c, v| at_least_one(&mut c.data_rights.login_attempt_retention_days, v),
    ),
    (
        "orphan_chat_retention_days",
        "KITH_ORPHAN_CHAT_RETENTION_DAYS",
        |c, v| at_least_one(&mut c.data_rights.orphan_chat_retention_days, v),
    ),
    ("webhooks_allow_private", "KITH_WEBHOOKS_ALLOW_PRIVATE", |c, v| {
        parse_into(&mut c.webhooks.allow_private, v)
    }),
    ("webhook_timeout_secs", "KITH_WEBHOOK_TIMEOUT_SECS", |c, v| {
        secs(&mut c.webhooks.timeout, v)
    }),
    ("push_fcm_url", "KITH_PUSH_FCM_URL", |c, v| {
        c.push.fcm_url = match v.trim_end_matches('/') {
            "" => None,
            url => Some(https_unless_local(url)?),
        };
        Ok(())
    }),
    ("push_project_id", "KITH_PUSH_PROJECT_ID", |c, v| {
        // It becomes a path segment of the send URL.
        if !v
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        {
            return Err("must be a project id (letters, digits, '-', '_' and '.')".into());
        }
        c.push.project_id = Some(v.to_owned()).filter(|s| !s.is_empty());
        Ok(())
    }),
    ("push_access_token", "KITH_PUSH_ACCESS_TOKEN", |c, v| {
        c.push.access_token = Some(v).filter(|s| !s.is_empty()).map(SecretString::from);
        Ok(())
    }),
    ("push_timeout_secs", "KITH_PUSH_TIMEOUT_SECS", |c, v| {
        secs(&mut c.push.timeout, v)
    }),
    ("engagement_inactive_days", "KITH_ENGAGEMENT_INACTIVE_DAYS", |c, v| {
        at_least_one(&mut c.engagement.inactive_days, v)
    }),
    (
        "engagement_frequency_cap_hours",
        "KITH_ENGAGEMENT_FREQUENCY_CAP_HOURS",
        |c, v| {
            let mut hours: u64 = 0;
            parse_into(&mut hours, v)?;
            c.engagement.frequency_cap = Duration::from_secs(hours * 3600);
            Ok(())
        },
    ),
    ("engagement_ai_messages", "KITH_ENGAGEMENT_AI_MESSAGES", |c, v| {
        parse_into(&mut c.engagement.ai_messages, v)
    }),
    ("engagement_max_per_run", "KITH_ENGAGEMENT_MAX_PER_RUN", |c, v| {
        parse_into(&mut c.engagement.max_per_run, v)?;
        (c.engagement.max_per_run > 0)
            .then_some(())
            .ok_or("must be at least 1".into())
    }),
    ("coaching_plan_wait_ms", "KITH_COACHING_PLAN_WAIT_MS", |c, v| {
        millis(&mut c.coaching.plan_wait, v)
    }),
    ("coaching_export_dir", "KITH_COACHING_EXPORT_DIR", |c, v| {
        c.coaching.export_dir = (!v.is_empty()).then(|| PathBuf::from(v));
        Ok(())
    }),
    ("survey_per_minute", "KITH_SURVEY_PER_MINUTE", |c, v| {
        parse_into(&mut c.limits.survey_per_minute, v)
    }),
    (
        "personas_fingerprint_per_minute",
        "KITH_PERSONAS_FINGERPRINT_PER_MINUTE",
        |c, v| parse_into(&mut c.personas.fingerprint_per_minute, v),
    ),
    ("personas_image_url", "KITH_PERSONAS_IMAGE_URL", |c, v| {
        c.personas.image_url = (!v.is_empty()).then(|| v.trim_end_matches('/').to_owned());
        Ok(())
    }),
    ("personas_image_api_key", "KITH_PERSONAS_IMAGE_API_KEY", |c, v| {
        c.personas.image_api_key = (!v.is_empty()).then(|| SecretString::from(v.to_owned()));
        Ok(())
    }),
    ("personas_image_model", "KITH_PERSONAS_IMAGE_MODEL", |c, v| {
        c.personas.image_model = v.to_owned();
        Ok(())
    }),
    ("personas_image_dir", "KITH_PERSONAS_IMAGE_DIR", |c, v| {
        c.personas.image_dir = (!v.is_empty()).then(|| PathBuf::from(v));
        Ok(())
    }),
    ("personas_step_attempts", "KITH_PERSONAS_STEP_ATTEMPTS", |c, v| {
        parse_into(&mut c.personas.step_attempts, v)?;
        (1..=20)
            .contains(&c.personas.step_attempts)
            .then_some(())
            .ok_or("must be 1 to 20".into())
    }),
    ("personas_step_backoff_ms", "KITH_PERSONAS_STEP_BACKOFF_MS", |c, v| {
        millis(&mut c.personas.step_backoff, v)
    }),
    ("cases_image_dir", "KITH_CASES_IMAGE_DIR", |c, v| {
        c.cases.image_dir = (!v.is_empty()).then(|| PathBuf::from(v));
        Ok(())
    }),
    ("cases_max_image_bytes", "KITH_CASES_MAX_IMAGE_BYTES", |c, v| {
        parse_into(&mut c.cases.max_image_bytes, v)?;
        (1024..=(64 << 20))
            .contains(&c.cases.max_image_bytes)
            .then_some(())
            .ok_or("must be 1 KiB to 64 MiB".into())
    }),
    ("cases_face_url", "KITH_CASES_FACE_URL", |c, v| {
        c.cases.face_url = (!v.is_empty()).then(|| v.to_owned());
        Ok(())
    }),
    ("cases_face_threshold", "KITH_CASES_FACE_THRESHOLD", |c, v| {
        parse_into(&mut c.cases.face_threshold, v)?;
        (0.0..=1.0)
            .contains(&c.cases.face_threshold)
            .then_some(())
            .ok_or("must be 0 to 1".into())
    }),
    ("cases_sightings_per_hour", "KITH_CASES_SIGHTINGS_PER_HOUR", |c, v| {
        parse_into(&mut c.cases.sightings_per_hour, v)?;
        (1..=10_000)
            .contains(&c.cases.sightings_per_hour)
            .then_some(())
            .ok_or("must be 1 to 10000".into())
    }),
    ("cases_sources_key", "KITH_CASES_SOURCES_KEY", |c, v| {
        if v.is_empty() {
            c.cases.sources_key = None;
            return Ok(());
        }
        if v.len() != 64 || !v.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err("must be 64 hex characters (32 bytes)".into());
        }
        c.cases.sources_key = Some(SecretString::from(v.to_owned()));
        Ok(())
    }),
    ("worker_concurrency", "KITH_WORKER_CONCURRENCY", |c, v| {
        parse_into(&mut c.worker_concurrency, v)?;
        (c.worker_concurrency > 0)
            .then_some(())
            .ok_or("must be at least 1".into())
    }),
    ("job_watchers_per_user", "KITH_JOB_WATCHERS_PER_USER", |c, v| {
        parse_into(&mut c.job_watchers_per_user, v)?;
        (c.job_watchers_per_user > 0)
            .then_some(())
            .ok_or("must be at least 1".into())
    }),
    (
        "notification_watchers_per_user",
        "KITH_NOTIFICATION_WATCHERS_PER_USER",
        |c, v| {
            parse_into(&mut c.notification_watchers_per_user, v)?;
            (c.notification_watchers_per_user > 0)
                .then_some(())
                .ok_or("must be at least 1".into())
        },
    ),
    ("shutdown_grace_secs", "KITH_SHUTDOWN_GRACE_SECS", |c, v| {
        secs(&mut c.shutdown_grace, v)
    }),
    ("jwt_secret", "KITH_JWT_SECRET", |c, v| {
        if v.len() < 32 {
            return Err("must be at least 32 characters".into());
        }
        c.auth.jwt_secret = Some(v.into());
        Ok(())
    }),
    ("jwt_kid", "KITH_JWT_KID", |c, v| {
        c.auth.jwt_kid = v.to_owned();
        Ok(())
    }),
    ("jwt_retired_keys", "KITH_JWT_RETIRED_KEYS", |c, v| {
        c.auth.jwt_retired = list(v)
            .into_iter()
            .map(|pair| match pair.split_once('=') {
                Some((kid, secret)) if !kid.is_empty() && secret.len() >= 32 => Ok((kid.to_owned(), secret.into())),
                _ => Err("must be a comma list of kid=secret (secrets of at least 32 characters)".to_owned()),
            })
            .collect::<Result<_, _>>()?;
        Ok(())
    }),
    ("access_token_ttl_secs", "KITH_ACCESS_TOKEN_TTL_SECS", |c, v| {
        secs(&mut c.auth.access_ttl, v)
    }),
    ("refresh_token_ttl_secs", "KITH_REFRESH_TOKEN_TTL_SECS", |c, v| {
        secs(&mut c.auth.refresh_ttl, v)
    }),
    ("login_window_secs", "KITH_LOGIN_WINDOW_SECS", |c, v| {
        secs(&mut c.auth.login_window, v)
    }),
    ("login_max_per_email", "KITH_LOGIN_MAX_PER_EMAIL", |c, v| {
        parse_into(&mut c.auth.login_max_per_email, v)
    }),
    (
        "login_max_per_email_global",
        "KITH_LOGIN_MAX_PER_EMAIL_GLOBAL",
        |c, v| parse_into(&mut c.auth.login_max_per_email_global, v),
    ),
    ("login_max_per_peer", "KITH_LOGIN_MAX_PER_PEER", |c, v| {
        parse_into(&mut c.auth.login_max_per_peer, v)
    }),
    ("session_recheck_secs", "KITH_SESSION_RECHECK_SECS", |c, v| {
        secs(&mut c.auth.session_recheck, v)
    }),
    ("google_jwks_url", "KITH_GOOGLE_JWKS_URL", |c, v| {
        c.auth.google_jwks_url = https_unless_local(v)?;
        Ok(())
    }),
    ("google_issuers", "KITH_GOOGLE_ISSUERS", |c, v| {
        c.auth.google_issuers = list(v);
        Ok(())
    }),
    ("ai_base_url", "KITH_AI_BASE_URL", |c, v| {
        if !(v.is_empty() || v.starts_with("http://") || v.starts_with("https://")) {
            return Err("must be an http(s) URL".into());
        }
        c.ai.base_url = Some(v.trim_end_matches('/').to_owned()).filter(|s| !s.is_empty());
        Ok(())
    }),
    ("ai_api_key", "KITH_AI_API_KEY", |c, v| {
        c.ai.api_key = Some(v).filter(|s| !s.is_empty()).map(SecretString::from);
        Ok(())
    }),
    ("ai_model", "KITH_AI_MODEL", |c, v| {
        c.ai.model = v.to_owned();
        Ok(())
    }),
    ("ai_models", "KITH_AI_MODELS", |c, v| {
        const PURPOSES: [&str; 5] = ["conversation", "journal", "chat", "coach", "persona"];
        c.ai.models = list(v)
            .into_iter()
            .map(|pair| match pair.split_once('=') {
                Some((purpose, model)) if PURPOSES.contains(&purpose) && !model.is_empty() => {
                    Ok((purpose.to_owned(), model.to_owned()))
                }
                _ => Err(format!(
                    "{pair:?} must be purpose=model with purpose one of {}",
                    PURPOSES.join(", ")
                )),
            })
            .collect::<Result<_, _>>()?;
        Ok(())
    }),
    ("ai_timeout_secs", "KITH_AI_TIMEOUT_SECS", |c, v| {
        secs(&mut c.ai.timeout, v)
    }),
    ("ai_retries", "KITH_AI_RETRIES", |c, v| parse_into(&mut c.ai.retries, v)),
    ("ai_max_per_hour", "KITH_AI_MAX_PER_HOUR", |c, v| {
        parse_into(&mut c.ai.max_per_hour, v)
    }),
    ("ai_offline_chunk_delay_ms", "KITH_AI_OFFLINE_CHUNK_DELAY_MS", |c, v| {
        let mut ms: u64 = 0;
        parse_into(&mut ms, v)?;
        c.ai.offline_chunk_delay = Duration::from_millis(ms);
        Ok(())
    }),
    ("google_client_ids", "KITH_GOOGLE_CLIENT_IDS", |c, v| {
        c.auth.google_client_ids = list(v);
        Ok(())
    }),
    ("chat_history_tokens", "KITH_CHAT_HISTORY_TOKENS", |c, v| {
        at_least_one(&mut c.chat_history_tokens, v)
    }),
    ("register_per_minute", "KITH_REGISTER_PER_MINUTE", |c, v| {
        at_least_one(&mut c.limits.register_per_minute, v)
    }),
    ("register_per_hour", "KITH_REGISTER_PER_HOUR", |c, v| {
        at_least_one(&mut c.limits.register_per_hour, v)
    }),
    ("sign_in_per_minute", "KITH_SIGN_IN_PER_MINUTE", |c, v| {
        at_least_one(&mut c.limits.sign_in_per_minute, v)
    }),
    ("max_concurrent_calls", "KITH_MAX_CONCURRENT_CALLS", |c, v| {
        at_least_one(&mut c.limits.max_concurrent_calls, v)
    }),
    ("unary_timeout_secs", "KITH_UNARY_TIMEOUT_SECS", |c, v| {
        secs(&mut c.limits.unary_timeout, v)
    }),
    (
        "http2_max_concurrent_streams",
        "KITH_HTTP2_MAX_CONCURRENT_STREAMS",
        |c, v| at_least_one(&mut c.limits.http2_max_concurrent_streams, v),
    ),
    (
        "http2_keepalive_interval_secs",
        "KITH_HTTP2_KEEPALIVE_INTERVAL_SECS",
        |c, v| secs(&mut c.limits.http2_keepalive_interval, v),
    ),
    (
        "http2_keepalive_timeout_secs",
        "KITH_HTTP2_KEEPALIVE_TIMEOUT_SECS",
        |c, v| secs(&mut c.limits.http2_keepalive_timeout, v),
    ),
    ("tcp_keepalive_secs", "KITH_TCP_KEEPALIVE_SECS", |c, v| {
        secs(&mut c.limits.tcp_keepalive, v)
    }),
];

fn at_least_one<T: FromStr + PartialOrd + From<u8>>(slot: &mut T, raw: &str) -> Result<(), String>
where
    T::Err: std::fmt::Display,
{
    parse_into(slot, raw)?;
    (*slot >= T::from(1)).then_some(()).ok_or("must be at least 1".into())
}

/// A URL that carries something that must not travel in the clear
/// (Google's signing keys decide who may sign in; push sends a bearer
/// token): https, plain http only to this machine (a local stand-in).
fn https_unless_local(raw: &str) -> Result<String, String> {
    let url = reqwest::Url::parse(raw).map_err(|e| format!("{raw:?}: {e}"))?;
    let host = url.host_str().unwrap_or_default();
    let ip = host.trim_start_matches('[').trim_end_matches(']');
    let loopback =
        host.eq_ignore_ascii_case("localhost") || ip.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    match url.scheme() {
        "https" => Ok(raw.to_owned()),
        "http" if loopback => Ok(raw.to_owned()),
        "http" => Err("must be an https URL (http only for localhost)".into()),
        _ => Err("must be an https URL".into()),
    }
}

fn parse_into<T: FromStr>(slot: &mut T, raw: &str) -> Result<(), String>
where
    T::Err: std::fmt::Display,
{
    *slot = raw.trim().parse().map_err(|e| format!("{raw:?}: {e}"))?;
    Ok(())
}

fn secs(slot: &mut Duration, raw: &str) -> Result<(), String> {
    let mut n: u64 = 0;
    parse_into(&mut n, raw)?;
    if n == 0 {
        return Err("must be greater than 0".into());
    }
    *slot = Duration::from_secs(n);
    Ok(())
}

fn millis(slot: &mut Duration, raw: &str) -> Result<(), String> {
    let mut n: u64 = 0;
    parse_into(&mut n, raw)?;
    if n == 0 {
        return Err("must be greater than 0".into());
    }
    *slot = Duration::from_millis(n);
    Ok(())
}

fn list(raw: &str) -> Vec<String> {
    raw.split(',')
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

impl Config {
    /// Defaults, then the TOML file, then the environment.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        Self::load_from(file, |name| std::env::var(name).ok())
    }

    pub fn load_from(file: Option<&Path>, env: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let mut config = Config::default();
        if let Some(path) = file {
            let file_err = |message: String| ConfigError::File {
                path: path.display().to_string(),
                message,
            };
            let text = std::fs::read_to_string(path).map_err(|e| file_err(e.to_string()))?;
            let table: toml::Table = toml::from_str(&text).map_err(|e| file_err(e.message().to_owned()))?;
            for (key, value) in &table {
                let Some((_, _, apply)) = SETTINGS.iter().find(|(k, _, _)| k == key) else {
                    return Err(invalid(key, "unknown setting"));
                };
                let raw = toml_value_to_raw(value).map_err(|m| invalid(key, m))?;
                apply(&mut config, &raw).map_err(|m| invalid(key, m))?;
            }
        }
        for (_, var, apply) in SETTINGS {
            if let Some(raw) = env(var) {
                apply(&mut config, &raw).map_err(|m| invalid(var, m))?;
            }
        }
        // Push with a URL but nowhere to send or no credential would fail
        // every delivery; say so at start instead.
        if config.push.fcm_url.is_some() {
            if config.push.project_id.is_none() {
                return Err(invalid("KITH_PUSH_PROJECT_ID", "must be set when KITH_PUSH_FCM_URL is"));
            }
            if config.push.access_token.is_none() {
                return Err(invalid(
                    "KITH_PUSH_ACCESS_TOKEN",
                    "must be set when KITH_PUSH_FCM_URL is",
                ));
            }
        }
        Ok(config)
    }
}

fn toml_value_to_raw(value: &toml::Value) -> Result<String, String> {
    Ok(match value {
        toml::Value::String(s) => s.clone(),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => f.to_string(),
        toml::Value::Boolean(b) => b.to_string(),
        toml::Value::Array(items) => items
            .iter()
            .map(toml_value_to_raw)
            .collect::<Result<Vec<_>, _>>()?
            .join(","),
        other => return Err(format!("unsupported value {other}")),
    })
}

impl Config {
    /// The database URL once known (the embedded server's is set after it
    /// starts); empty before, so lazily connecting pools fail on first use.
    pub fn database_url_or_empty(&self) -> &str {
        self.database_url
            .as_ref()
            .map(|u| u.expose_secret())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn bad_value_names_the_setting() {
        let err = Config::load_from(None, env(&[("KITH_ADDR", "nope")])).unwrap_err();
        assert!(err.to_string().starts_with("KITH_ADDR: "), "{err}");
        let err = Config::load_from(None, env(&[("KITH_DB_POOL_SIZE", "0")])).unwrap_err();
        assert!(err.to_string().starts_with("KITH_DB_POOL_SIZE: "), "{err}");
        let err = Config::load_from(None, env(&[("KITH_OTLP_ENDPOINT", "collector:4318")])).unwrap_err();
        assert!(err.to_string().starts_with("KITH_OTLP_ENDPOINT: "), "{err}");
    }

    #[test]
    fn traces_are_off_unless_a_collector_is_named() {
        assert_eq!(Config::load_from(None, env(&[])).unwrap().otlp_endpoint, None);
        assert_eq!(
            Config::load_from(None, env(&[("KITH_OTLP_ENDPOINT", "")]))
                .unwrap()
                .otlp_endpoint,
            None
        );
        let config = Config::load_from(None, env(&[("KITH_OTLP_ENDPOINT", "http://otel:4318")])).unwrap();
        assert_eq!(config.otlp_endpoint.as_deref(), Some("http://otel:4318"));
    }

    #[test]
    fn env_overrides_file() {
        let dir = std::env::temp_dir().join(format!("kith-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("kith.toml");
        std::fs::write(
            &path,
            "addr = \"0.0.0.0:1\"\ndb_pool_size = 3\ncors_origins = [\"https://a.example\"]\n",
        )
        .unwrap();
        let config = Config::load_from(Some(&path), env(&[("KITH_ADDR", "127.0.0.1:9")])).unwrap();
        assert_eq!(config.addr.port(), 9);
        assert_eq!(config.db_pool_size, 3);
        assert_eq!(config.cors_origins, CorsOrigins::List(vec!["https://a.example".into()]));
        std::fs::write(&path, "bogus = 1\n").unwrap();
        let err = Config::load_from(Some(&path), env(&[])).unwrap_err();
        assert_eq!(err.to_string(), "bogus: unknown setting");
    }

    #[test]
    fn the_example_file_names_every_setting_and_loads_uncommented() {
        let example = include_str!("../deploy/kith.example.toml");
        for (key, _, _) in SETTINGS {
            assert!(
                example.contains(&format!("\n# {key} = ")),
                "{key} is not in deploy/kith.example.toml"
            );
        }
        // Uncommented, every default it shows is accepted ("" is unset).
        let uncommented: String = (example.lines())
            .filter_map(|line| line.strip_prefix("# "))
            .filter(|line| {
                line.split_once(" = ")
                    .is_some_and(|(key, value)| SETTINGS.iter().any(|(k, _, _)| *k == key) && value != "\"\"")
            })
            .map(|line| format!("{line}\n"))
            .collect();
        let path = std::env::temp_dir().join(format!("kith-example-{}.toml", std::process::id()));
        std::fs::write(&path, &uncommented).unwrap();
        let loaded = Config::load_from(Some(&path), |_| None);
        std::fs::remove_file(&path).unwrap();
        if let Err(err) = loaded {
            panic!("{err}\n{uncommented}");
        }
    }

    #[test]
    fn debug_shows_no_secret() {
        let config = Config::load_from(
            None,
            env(&[
                ("DATABASE_URL", "postgres://kith:db-password-123@db.internal/kith"),
                ("KITH_JWT_SECRET", "jwt-secret-0123456789-0123456789-abc"),
                ("KITH_JWT_RETIRED_KEYS", "k0=retired-secret-0123456789-0123456789"),
                ("KITH_AI_API_KEY", "sk-live-api-key-xyz"),
                ("KITH_PUSH_FCM_URL", "https://fcm.example.com/"),
                ("KITH_PUSH_PROJECT_ID", "kith-prod"),
                ("KITH_PUSH_ACCESS_TOKEN", "ya29.push-access-token-abc"),
            ]),
        )
        .unwrap();
        let printed = format!("{config:?} {config:#?}");
        for secret in [
            "db-password-123",
            "jwt-secret-0123456789",
            "retired-secret-0123456789",
            "sk-live-api-key-xyz",
            "ya29.push-access-token-abc",
        ] {
            assert!(!printed.contains(secret), "{secret} in {printed}");
        }
        // Everything else is still there to debug with.
        assert!(printed.contains("k0") && printed.contains("gpt-4o-mini"), "{printed}");
        assert!(
            printed.contains("https://fcm.example.com") && printed.contains("kith-prod"),
            "{printed}"
        );
        let target = config.push.target().expect("push is configured");
        assert_eq!(
            target.send_url,
            "https://fcm.example.com/v1/projects/kith-prod/messages:send"
        );
        assert!(!format!("{target:?}").contains("ya29"));
    }

    #[test]
    fn push_is_off_until_configured_and_then_needs_a_project_and_a_token() {
        let config = Config::load_from(None, env(&[])).unwrap();
        assert!(config.push.target().is_none());
        assert_eq!(config.push.timeout, Duration::from_secs(10));
        let err = Config::load_from(None, env(&[("KITH_PUSH_FCM_URL", "https://fcm.googleapis.com")])).unwrap_err();
        assert!(err.to_string().starts_with("KITH_PUSH_PROJECT_ID: "), "{err}");
        let err = Config::load_from(
            None,
            env(&[
                ("KITH_PUSH_FCM_URL", "https://fcm.googleapis.com"),
                ("KITH_PUSH_PROJECT_ID", "kith"),
            ]),
        )
        .unwrap_err();
        assert!(err.to_string().starts_with("KITH_PUSH_ACCESS_TOKEN: "), "{err}");
        // The bearer token never travels in the clear to another machine.
        for bad in ["fcm.googleapis.com", "http://fcm.example.com"] {
            let pairs: &'static [(&str, &str)] = Box::leak(Box::new([("KITH_PUSH_FCM_URL", bad)]));
            let err = Config::load_from(None, env(pairs)).unwrap_err();
            assert!(err.to_string().starts_with("KITH_PUSH_FCM_URL: "), "{err}");
        }
        let err = Config::load_from(None, env(&[("KITH_PUSH_PROJECT_ID", "a/../b")])).unwrap_err();
        assert!(err.to_string().starts_with("KITH_PUSH_PROJECT_ID: "), "{err}");
    }

    #[test]
    fn jwks_url_must_be_https_unless_local() {
        let load = |url: &'static str| {
            let pairs: &'static [(&str, &str)] = Box::leak(Box::new([("KITH_GOOGLE_JWKS_URL", url)]));
            Config::load_from(None, env(pairs)).map(|c| c.auth.google_jwks_url)
        };
        assert!(load("https://www.googleapis.com/oauth2/v3/certs").is_ok());
        for local in [
            "http://127.0.0.1:8080/certs",
            "http://localhost/certs",
            "http://[::1]:9/certs",
        ] {
            assert_eq!(load(local).unwrap(), local);
        }
        for bad in [
            "http://www.googleapis.com/oauth2/v3/certs",
            "http://10.0.0.1/certs",
            "ftp://x/certs",
            "certs",
        ] {
            let err = load(bad).unwrap_err().to_string();
            assert!(err.starts_with("KITH_GOOGLE_JWKS_URL: "), "{err}");
        }
    }
}
