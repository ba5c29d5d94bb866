use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use kith::app;
use kith::config::Config;
use kith::db::{self, Database};
use kith::identity::model::{DisplayName, Email, Password};
use kith::state::AppState;

#[derive(Parser)]
#[command(name = "kith", version, about = "One typed gRPC backend for people-centred AI apps")]
struct Cli {
    /// TOML file with settings; environment variables override it.
    #[arg(long, global = true, env = "KITH_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve gRPC and gRPC-Web on KITH_ADDR (the default command), with a
    /// background worker and the schedules unless --no-worker.
    Serve {
        #[arg(long)]
        no_worker: bool,
    },
    /// Run background jobs and schedules only (no API).
    Worker,
    /// Apply pending database migrations and exit (replicas starting at once
    /// take turns under a lock).
    Migrate {
        /// List applied and pending migrations instead; exits 1 when some
        /// are pending.
        #[arg(long)]
        status: bool,
    },
    /// Ask the server at --addr whether it is serving (the gRPC health
    /// check): exits 0 when SERVING, 1 otherwise. For container probes.
    Health {
        #[arg(long, default_value = "http://127.0.0.1:50051")]
        addr: String,
    },
    /// Manage administrators.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Demo data for a running server.
    Demo {
        #[command(subcommand)]
        command: DemoCommand,
    },
}

#[derive(Subcommand)]
enum DemoCommand {
    /// Create the demo user with two devices, their apps and a week of usage
    /// (idempotent), through the API of the server at --addr.
    Seed {
        #[arg(long, default_value = "http://127.0.0.1:50051")]
        addr: String,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Make the account with this email an admin, creating it if needed. A new
    /// account's password comes from KITH_ADMIN_PASSWORD, or is generated and
    /// printed once.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Admin")]
        display_name: String,
    },
    /// Write everything the account with this email has to a zip archive,
    /// the same one its owner gets from UserService.ExportMe.
    Export {
        #[arg(long)]
        email: String,
        /// Where to write it; default kith-export-<user id>.zip.
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::from(2);
        }
    };
    // Held to the end of main: dropped after the runtime, it sends the last spans.
    let _telemetry = kith::telemetry::init(config.log_format, config.otlp_endpoint.as_deref());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let result = runtime.block_on(async {
        match cli.command.unwrap_or(Command::Serve { no_worker: false }) {
            Command::Serve { no_worker } => serve(config, !no_worker).await,
            Command::Worker => worker(config).await,
            Command::Migrate { status: false } => migrate(config).await,
            Command::Migrate { status: true } => migration_status(config).await,
            Command::Health { addr } => health(&addr).await,
            Command::Admin {
                command: AdminCommand::Create { email, display_name },
            } => create_admin(config, &email, &display_name).await,
            Command::Admin {
                command: AdminCommand::Export { email, output },
            } => export_user(config, &email, output).await,
            Command::Demo {
                command: DemoCommand::Seed { addr },
            } => seed_demo(&addr).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// Starts the worker and the scheduler; they stop when `stop` turns true.
fn start_background(
    config: &Config,
    state: &Arc<AppState>,
    registry: &Arc<kith::jobs::Registry>,
    stop: &tokio::sync::watch::Receiver<bool>,
) -> Vec<tokio::task::JoinHandle<()>> {
    let options = kith::jobs::WorkerOptions {
        concurrency: config.worker_concurrency,
        shutdown_grace: config.shutdown_grace,
        ..Default::default()
    };
    vec![
        tokio::spawn(kith::jobs::run_worker(
            state.clone(),
            registry.clone(),
            options,
            stop.clone(),
        )),
        tokio::spawn(kith::jobs::run_scheduler(
            state.pool.clone(),
            registry.clone(),
            std::time::Duration::from_secs(30),
            stop.clone(),
        )),
    ]
}

/// What `serve` and `worker` both run on: the database, the settings with
/// its URL, the shared state and the job registry, built one way.
struct Process {
    database: Database,
    config: Config,
    state: Arc<AppState>,
    registry: Arc<kith::jobs::Registry>,
}

impl Process {
    async fn start(config: Config) -> anyhow::Result<Process> {
        // Checked first: a bad secret should not wait for a database to start.
        let secret = app::signing_secret(&config)?;
        let database = Database::open(&config).await?;
        // The embedded server's URL is known only now; usage ingest and the
        // listener need it.
        let config = Config {
            database_url: Some(database.url.clone().into()),
            ..config
        };
        let state = Arc::new(AppState::new(&config, database.pool.clone(), &secret));
        let registry = Arc::new(app::jobs::registry_for(&config));
        kith::metrics::handle();
        if let Some(addr) = config.metrics_addr {
            kith::metrics::start(addr, database.pool.clone())
                .await
                .map_err(|e| anyhow::anyhow!("KITH_METRICS_ADDR: cannot listen on {addr}: {e}"))?;
        }
        Ok(Process {
            database,
            config,
            state,
            registry,
        })
    }
}

async fn worker(config: Config) -> anyhow::Result<()> {
    let Process {
        database,
        config,
        state,
        registry,
    } = Process::start(config).await?;
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let tasks = start_background(&config, &state, &registry, &stop_rx);
    let signal = shutdown_signal().await;
    tracing::info!(%signal, "stopping the worker");
    let _ = stop_tx.send(true);
    for task in tasks {
        let _ = task.await;
    }
    database.close().await;
    Ok(())
}

async fn serve(config: Config, with_worker: bool) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|e| anyhow::anyhow!("KITH_ADDR: cannot listen on {}: {e}", config.addr))?;
    let Process {
        database,
        config,
        state,
        registry,
    } = Process::start(config).await?;
    tracing::info!(addr = %listener.local_addr()?, "kith serving gRPC and gRPC-Web");

    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let shutdown = {
        let mut rx = stop_rx.clone();
        async move {
            let _ = rx.wait_for(|stop| *stop).await;
        }
    };
    let background = if with_worker {
        start_background(&config, &state, &registry, &stop_rx)
    } else {
        Vec::new()
    };
    let server = app::serve(&config, state, registry, listener, shutdown);
    tokio::pin!(server);
    let grace = config.shutdown_grace;
    tokio::select! {
        result = &mut server => result?,
        signal = shutdown_signal() => {
            tracing::info!(%signal, "shutting down; letting in-flight calls finish");
            let _ = stop_tx.send(true);
            if tokio::time::timeout(grace, &mut server).await.is_err() {
                tracing::warn!(?grace, "calls still running after the grace period; stopping anyway");
            }
        }
    }
    let _ = stop_tx.send(true);
    for task in background {
        let _ = task.await;
    }
    database.close().await;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() -> &'static str {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
    let mut int = signal(SignalKind::interrupt()).expect("SIGINT handler");
    tokio::select! {
        _ = term.recv() => "SIGTERM",
        _ = int.recv() => "SIGINT",
    }
}

async fn migrate(config: Config) -> anyhow::Result<()> {
    let database = Database::open(&config).await?;
    println!("migrations applied");
    database.close().await;
    Ok(())
}

async fn migration_status(config: Config) -> anyhow::Result<()> {
    let (url, embedded) = db::locate(&config).await?;
    let status = db::migration_status(&url).await;
    if let Some(pg) = embedded {
        pg.stop().await?;
    }
    let status = status?;
    println!("applied: {}", status.applied.len());
    println!("pending: {}", status.pending.len());
    for name in &status.pending {
        println!("  {name}");
    }
    anyhow::ensure!(
        status.pending.is_empty(),
        "{} migrations are pending",
        status.pending.len()
    );
    Ok(())
}

async fn health(addr: &str) -> anyhow::Result<()> {
    use tonic_health::pb::health_client::HealthClient;
    use tonic_health::pb::HealthCheckRequest;
    let check = async {
        let channel = tonic::transport::Channel::from_shared(addr.to_owned())?
            .connect()
            .await?;
        let answer = HealthClient::new(channel)
            .check(HealthCheckRequest::default())
            .await?
            .into_inner();
        anyhow::Ok(answer.status())
    };
    let status = tokio::time::timeout(std::time::Duration::from_secs(3), check)
        .await
        .map_err(|_| anyhow::anyhow!("{addr}: no answer within 3 s"))??;
    println!("{status:?}");
    anyhow::ensure!(
        status == tonic_health::pb::health_check_response::ServingStatus::Serving,
        "{addr} is not serving"
    );
    Ok(())
}

async fn create_admin(config: Config, email: &str, display_name: &str) -> anyhow::Result<()> {
    let email = Email::parse(email).map_err(|e| anyhow::anyhow!("--email {e}"))?;
    let name = DisplayName::parse(display_name).map_err(|e| anyhow::anyhow!("--display-name {e}"))?;
    let (password, generated) = match std::env::var("KITH_ADMIN_PASSWORD") {
        Ok(p) => (
            Password::parse(&p).map_err(|e| anyhow::anyhow!("KITH_ADMIN_PASSWORD {e}"))?,
            false,
        ),
        Err(_) => {
            let mut bytes = [0u8; 12];
            rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
            (Password::parse(&hex::encode(bytes)).expect("24 characters"), true)
        }
    };
    let database = Database::open(&config).await?;
    let mut conn = db::conn(&database.pool).await?;
    let (user, created) = kith::identity::service::ensure_admin(&mut conn, &email, &name, &password).await?;
    drop(conn);
    if created {
        println!("created admin {} ({})", user.email, user.id);
        if generated {
            println!("password: {}", password.expose());
        }
    } else {
        println!("{} ({}) is now an admin; password unchanged", user.email, user.id);
    }
    database.close().await;
    Ok(())
}

async fn export_user(config: Config, email: &str, output: Option<PathBuf>) -> anyhow::Result<()> {
    use std::io::Write;
    let email = Email::parse(email).map_err(|e| anyhow::anyhow!("--email {e}"))?;
    let database = Database::open(&config).await?;
    let mut conn = db::conn(&database.pool).await?;
    let user = kith::identity::repo::user_by_email(&mut conn, email.as_str())
        .await?
        .ok_or_else(|| anyhow::anyhow!("--email: no account has this email"))?;
    let path = output.unwrap_or_else(|| PathBuf::from(format!("kith-export-{}.zip", user.id)));
    let file = std::fs::File::create(&path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let mut file = std::io::BufWriter::new(file);
    let progress = indicatif::ProgressBar::new_spinner().with_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} {msg} {binary_bytes} written ({binary_bytes_per_sec}), {elapsed}",
        )
        .expect("a valid template"),
    );
    progress.set_message(path.display().to_string());
    progress.enable_steady_tick(std::time::Duration::from_millis(120));
    let mut failed: Option<std::io::Error> = None;
    let manifest = kith::privacy::export::write_archive(&mut conn, user.id, |chunk| {
        let written = file.write_all(&chunk);
        progress.inc(chunk.len() as u64);
        let ok = written.is_ok();
        if let Err(err) = written {
            failed = Some(err);
        }
        std::future::ready(ok)
    })
    .await;
    progress.finish();
    if let Some(err) = failed {
        anyhow::bail!("{}: {err}", path.display());
    }
    let manifest = manifest?;
    file.flush().map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    drop(conn);
    let rows: u64 = manifest.resources.iter().map(|r| r.count).sum();
    println!(
        "wrote {} ({} resources, {rows} rows) for {} ({})",
        path.display(),
        manifest.resources.len(),
        user.email,
        user.id
    );
    database.close().await;
    Ok(())
}

async fn seed_demo(addr: &str) -> anyhow::Result<()> {
    let progress = indicatif::ProgressBar::new_spinner().with_style(
        indicatif::ProgressStyle::with_template("{spinner} seeding: {msg} ({pos} calls, {elapsed})")
            .expect("a valid template"),
    );
    progress.enable_steady_tick(std::time::Duration::from_millis(120));
    let seeded = kith::demo::seed_with_progress(addr, &progress).await;
    progress.finish_and_clear();
    let seeded = seeded.map_err(|e| anyhow::anyhow!("{e:#} (is `make run` serving at {addr}?)"))?;
    let c = &seeded.counts;
    println!("demo user: {} / {}", seeded.email, seeded.password);
    println!(
        "usage {}..{}: {} records received, {} inserted, {} updated, {} unchanged",
        seeded.first_day, seeded.last_day, c.received, c.inserted, c.updated, c.unchanged
    );
    println!("access token (1 h): {}", seeded.access_token);
    println!("see the week (TOKEN as above):");
    println!(
        "  buf curl --protocol grpc --http2-prior-knowledge -H \"Authorization: Bearer $TOKEN\" -d '{{\"range\":{{\"startDay\":\"{}\",\"endDay\":\"{}\"}}}}' {addr}/kith.usage.v1.UsageService/GetUsageSummary",
        seeded.first_day, seeded.last_day
    );
    println!(
        "friend: {} / {} (a visit of their phone, conversation written in the background)",
        seeded.friend_email, seeded.password
    );
    println!("the shared challenge's leaderboard (rollups follow an upload within a minute):");
    println!(
        "  buf curl --protocol grpc --http2-prior-knowledge -H \"Authorization: Bearer $TOKEN\" -d '{{\"challengeId\":\"{}\"}}' {addr}/kith.social.v1.SocialService/GetLeaderboard",
        seeded.social.challenge_id
    );
    Ok(())
}
