//! A private PostgreSQL for running without DATABASE_URL: the server binaries on the machine
//! serve a cluster in `<data_dir>/pg`, reachable only through a unix socket in `<data_dir>/run`.

use std::ffi::OsStr;
use std::fs::{self, File, OpenOptions};
use std::io::Error as IoError;
use std::os::unix::fs::{chown, DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, ExitStatus, Stdio};
use std::time::Duration;

use nix::fcntl::{Flock, FlockArg};
use nix::sys::signal::{kill, Signal};
use nix::unistd::{Pid, Uid, User};
use tokio::process::{Child, Command};
use tokio_postgres::{error::SqlState, Config, NoTls};

const PORT: u16 = 5432;
// sizeof(sockaddr_un.sun_path) minus the terminating NUL.
const MAX_SOCKET_PATH: usize = if cfg!(target_os = "linux") { 107 } else { 103 };
const TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, Clone)]
pub struct EmbeddedOptions {
    /// Cluster in `<data_dir>/pg`, socket in `<data_dir>/run`, log in `<data_dir>/postgres.log`.
    pub data_dir: PathBuf,
    /// Trade durability for speed (tests): fsync, synchronous_commit and full_page_writes off.
    pub fast: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum EmbeddedError {
    #[error("PostgreSQL server binaries (initdb, postgres) not found; install them (e.g. `apt-get install postgresql` / `brew install postgresql`) or set DATABASE_URL")]
    BinariesNotFound,
    #[error("socket path {0} is longer than {MAX_SOCKET_PATH} bytes; set KITH_DATA_DIR to a shorter path")]
    SocketPathTooLong(String),
    #[error("running as root, but there is no user `postgres` or `nobody` to run PostgreSQL")]
    NoUnprivilegedUser,
    #[error("user `{0}` (which runs PostgreSQL) cannot enter {1}; chmod o+x it or set KITH_DATA_DIR elsewhere")]
    NotTraversable(String, String),
    #[error("{0}: {1}")]
    Io(String, IoError),
    #[error("initdb failed: {0}")]
    Initdb(String),
    #[error("PostgreSQL exited during startup ({0}); last lines of {1}:\n{2}")]
    EarlyExit(ExitStatus, String, String),
    #[error("PostgreSQL did not accept connections within 30 s; see {0}")]
    Timeout(String),
    #[error("creating database {0}: {1}")]
    Database(String, tokio_postgres::Error),
}

fn io_err(context: impl std::fmt::Display) -> impl FnOnce(IoError) -> EmbeddedError {
    move |source| EmbeddedError::Io(context.to_string(), source)
}

#[derive(Debug)]
pub struct EmbeddedPostgres {
    run_dir: PathBuf,
    /// The postmaster when this process started it; `None` when reused or detached.
    child: Option<Child>,
}

impl EmbeddedPostgres {
    /// Initialises the cluster on first use (initdb), starts `postgres`, waits until it accepts
    /// connections, and creates database `dbname` if missing. If a postgres from an earlier run is
    /// already serving this data dir (socket answers), reuse it and do not stop it later.
    pub async fn start(opts: EmbeddedOptions, dbname: &str) -> Result<Self, EmbeddedError> {
        let ctx = format!("creating {}", opts.data_dir.display());
        fs::create_dir_all(&opts.data_dir).map_err(io_err(&ctx))?;
        let data_dir = fs::canonicalize(&opts.data_dir).map_err(io_err(&ctx))?;
        let run_dir = data_dir.join("run");
        let socket = run_dir.join(format!(".s.PGSQL.{PORT}"));
        if socket.as_os_str().len() > MAX_SOCKET_PATH {
            return Err(EmbeddedError::SocketPathTooLong(socket.display().to_string()));
        }

        // Held across check-and-start, so concurrent starters find the winner's server running.
        // Locking on the blocking pool keeps a second start() in this same process from
        // stalling a current-thread runtime.
        let lock_path = data_dir.join("launch.lock");
        let ctx = format!("locking {}", lock_path.display());
        let file = File::create(&lock_path).map_err(io_err(&ctx))?;
        let locking = tokio::task::spawn_blocking(|| Flock::lock(file, FlockArg::LockExclusive));
        let _lock = match locking.await {
            Ok(locked) => locked.map_err(|(_, errno)| io_err(&ctx)(errno.into()))?,
            Err(e) => return Err(io_err(&ctx)(IoError::other(e))),
        };

        let mut pg = Self { run_dir, child: None };
        if accepts(&pg.run_dir).await {
            tracing::debug!(data_dir = %data_dir.display(), "reusing running embedded PostgreSQL");
        } else {
            let path = std::env::var_os("PATH");
            let bin = find_bin_dir(path.as_deref(), Path::new("/usr/lib/postgresql"))?;
            let child = pg.child.insert(launch(&bin, &data_dir, opts.fast).await?);
            wait_ready(child, &data_dir).await?;
            tracing::info!(data_dir = %data_dir.display(), "started embedded PostgreSQL");
        }
        pg.create_database(dbname).await?;
        Ok(pg)
    }

    /// A URL that tokio-postgres (and diesel-async, which passes it to tokio_postgres::connect)
    /// accepts: the socket directory percent-encoded as the host, a form libpq/psql accept too.
    pub fn database_url(&self, dbname: &str) -> String {
        let host = pct_encode(self.run_dir.as_os_str().as_encoded_bytes());
        let dbname = pct_encode(dbname.as_bytes());
        format!("postgresql://postgres@{host}:{PORT}/{dbname}")
    }

    /// Fast shutdown (SIGINT to the postmaster) and wait for exit; no-op when the server was reused.
    pub async fn stop(mut self) -> Result<(), EmbeddedError> {
        let Some(mut child) = self.child.take() else {
            return Ok(());
        };
        if let Some(pid) = child.id() {
            let _ = kill(Pid::from_raw(pid as i32), Signal::SIGINT);
        }
        let stopped = match tokio::time::timeout(TIMEOUT, child.wait()).await {
            Ok(waited) => waited.map(drop),
            Err(_) => {
                tracing::debug!("PostgreSQL ignored fast shutdown; killing it");
                child.kill().await
            }
        };
        stopped.map_err(io_err("stopping PostgreSQL"))
    }

    /// Leave the postgres running when this value is dropped; after this, stop() is a no-op.
    pub fn detach(&mut self) {
        self.child = None;
    }

    async fn create_database(&self, dbname: &str) -> Result<(), EmbeddedError> {
        let db_err = |e| EmbeddedError::Database(dbname.to_string(), e);
        let config = config(&self.run_dir, "postgres");
        let (client, conn) = config.connect(NoTls).await.map_err(db_err)?;
        let conn = tokio::spawn(conn);
        let exists = "SELECT 1 FROM pg_database WHERE datname = $1";
        let found = client.query_opt(exists, &[&dbname]).await.map_err(db_err)?;
        if found.is_none() {
            let sql = format!("CREATE DATABASE \"{}\"", dbname.replace('"', "\"\""));
            match client.batch_execute(&sql).await {
                // Another process may have created it since our SELECT.
                Err(e) if e.code() != Some(&SqlState::DUPLICATE_DATABASE) => return Err(db_err(e)),
                _ => tracing::debug!(dbname, "created database"),
            }
        }
        drop(client);
        let _ = conn.await;
        Ok(())
    }
}

impl Drop for EmbeddedPostgres {
    fn drop(&mut self) {
        // Not awaited: a server dropped without stop() (e.g. on an error path) still gets a
        // clean fast shutdown instead of lingering. `id()` is None once the child was reaped.
        if let Some(pid) = self.child.as_ref().and_then(Child::id) {
            let _ = kill(Pid::from_raw(pid as i32), Signal::SIGINT);
        }
    }
}

fn config(run_dir: &Path, dbname: &str) -> Config {
    let mut config = Config::new();
    config.host_path(run_dir).port(PORT).user("postgres");
    config.dbname(dbname).connect_timeout(TIMEOUT / 6);
    config
}

async fn accepts(run_dir: &Path) -> bool {
    let Ok((client, conn)) = config(run_dir, "postgres").connect(NoTls).await else {
        return false;
    };
    // Without the client the connection sends Terminate and ends, so the server logs no EOF.
    drop(client);
    let _ = conn.await;
    true
}

async fn wait_ready(child: &mut Child, data_dir: &Path) -> Result<(), EmbeddedError> {
    let pid_file = data_dir.join("pg/postmaster.pid");
    let log = data_dir.join("postgres.log");
    // Like pg_ctl, wait for "ready" in postmaster.pid's status line before connecting: early
    // attempts (e.g. during crash recovery) would bury the log tail under FATAL lines.
    let ready = || fs::read_to_string(&pid_file).is_ok_and(|s| s.lines().nth(7).map(str::trim) == Some("ready"));
    let deadline = tokio::time::Instant::now() + TIMEOUT;
    while !(ready() && accepts(&data_dir.join("run")).await) {
        if let Ok(Some(status)) = child.try_wait() {
            let (shown, tail) = (log.display().to_string(), log_tail(&log));
            return Err(EmbeddedError::EarlyExit(status, shown, tail));
        }
        if tokio::time::Instant::now() >= deadline {
            return Err(EmbeddedError::Timeout(log.display().to_string()));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

/// Prepares the directories, runs initdb if needed and spawns the postmaster.
async fn launch(bin: &Path, data_dir: &Path, fast: bool) -> Result<Child, EmbeddedError> {
    let owner = postgres_user()?;
    if let Some(user) = &owner {
        // postgres refuses to run as root; the unprivileged user must reach and own its files.
        if let Some(dir) = data_dir.ancestors().skip(1).find(|d| !traversable(d, user)) {
            let dir = dir.display().to_string();
            return Err(EmbeddedError::NotTraversable(user.name.clone(), dir));
        }
    }
    let (pg_dir, run_dir) = (data_dir.join("pg"), data_dir.join("run"));
    let log_path = data_dir.join("postgres.log");
    let log = OpenOptions::new().create(true).append(true).mode(0o600).open(&log_path);
    let log = log.map_err(io_err(format!("opening {}", log_path.display())))?;
    make_private_dir(&run_dir, owner.as_ref())?;
    for path in [data_dir, &log_path, &pg_dir] {
        if path.exists() {
            give_to(path, owner.as_ref())?;
        }
    }

    if !pg_dir.join("PG_VERSION").exists() {
        // initdb into a sibling and rename, so a crash mid-initdb never leaves a half-made cluster.
        let tmp = data_dir.join("pg.initdb");
        let initdb = |locale: &str| {
            let _ = fs::remove_dir_all(&tmp);
            make_private_dir(&tmp, owner.as_ref())?;
            let mut cmd = command(&bin.join("initdb"), data_dir, owner.as_ref());
            cmd.arg("-D").arg(&tmp).args(["-U", "postgres", "--auth=trust"]);
            cmd.args(["-E", "UTF8", locale]);
            cmd.args(fast.then_some("--no-sync"));
            Ok::<_, EmbeddedError>(async move { cmd.stdin(Stdio::null()).output().await })
        };
        tracing::debug!(dir = %pg_dir.display(), "initialising PostgreSQL cluster");
        let ctx = format!("running {}", bin.join("initdb").display());
        let mut out = initdb("--locale=C.UTF-8")?.await.map_err(io_err(&ctx))?;
        if !out.status.success() && String::from_utf8_lossy(&out.stderr).contains("locale") {
            // Some systems (e.g. older macOS) lack C.UTF-8; the C locale still stores UTF-8 text.
            out = initdb("--no-locale")?.await.map_err(io_err(&ctx))?;
        }
        if !out.status.success() {
            let stderr = String::from_utf8_lossy(&out.stderr).trim().replace('\n', "; ");
            return Err(EmbeddedError::Initdb(stderr));
        }
        fs::rename(&tmp, &pg_dir).map_err(io_err(format!("renaming {}", tmp.display())))?;
    }

    let mut cmd = command(&bin.join("postgres"), data_dir, owner.as_ref());
    cmd.arg("-D").arg(&pg_dir).arg("-k").arg(&run_dir);
    let mut settings = String::from("listen_addresses= unix_socket_permissions=0700");
    if fast {
        settings += " fsync=off synchronous_commit=off full_page_writes=off";
    }
    for setting in settings.split(' ') {
        cmd.arg("-c").arg(setting);
    }
    let stderr = log.try_clone().map_err(io_err("duplicating the log handle"))?;
    // Own process group: a terminal's Ctrl-C reaches only kith, which then stops postgres cleanly.
    cmd.args(["-p", &PORT.to_string()]).stdin(Stdio::null());
    cmd.stdout(log).stderr(stderr).process_group(0);
    tracing::debug!(bin = %bin.display(), "starting postgres");
    let ctx = format!("starting {}", bin.join("postgres").display());
    cmd.spawn().map_err(io_err(ctx))
}

fn command(program: &Path, cwd: &Path, owner: Option<&User>) -> Command {
    let mut cmd = Command::new(program);
    // The inherited cwd (often root's home) may be closed to the unprivileged user.
    cmd.current_dir(cwd).env_remove("PGDATA");
    if let Some(user) = owner {
        cmd.uid(user.uid.as_raw()).gid(user.gid.as_raw());
    }
    cmd
}

fn make_private_dir(dir: &Path, owner: Option<&User>) -> Result<(), EmbeddedError> {
    let ctx = format!("preparing {}", dir.display());
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true).mode(0o700).create(dir).map_err(io_err(&ctx))?;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o700)).map_err(io_err(&ctx))?;
    give_to(dir, owner)
}

fn give_to(path: &Path, owner: Option<&User>) -> Result<(), EmbeddedError> {
    let Some(user) = owner else { return Ok(()) };
    let ctx = format!("changing the owner of {}", path.display());
    chown(path, Some(user.uid.as_raw()), Some(user.gid.as_raw())).map_err(io_err(ctx))
}

/// POSIX search permission for the user's uid and primary gid (std drops supplementary groups
/// when it switches uid).
fn traversable(dir: &Path, user: &User) -> bool {
    let Ok(meta) = fs::metadata(dir) else {
        return false;
    };
    let bit = match (meta.uid() == user.uid.as_raw(), meta.gid() == user.gid.as_raw()) {
        (true, _) => 0o100,
        (false, true) => 0o010,
        (false, false) => 0o001,
    };
    meta.mode() & bit != 0
}

/// Who runs initdb/postgres: `None` means the current user; as root an unprivileged account.
fn postgres_user() -> Result<Option<User>, EmbeddedError> {
    if !Uid::effective().is_root() {
        return Ok(None);
    }
    let user = |name: &str| User::from_name(name).ok().flatten();
    let found = user("postgres").or_else(|| user("nobody"));
    found.map(Some).ok_or(EmbeddedError::NoUnprivilegedUser)
}

/// First a PATH dir holding both binaries, then `pg_config --bindir`, then the newest
/// `<lib_root>/<version>/bin` (Debian and Ubuntu keep the server binaries off PATH).
fn find_bin_dir(path: Option<&OsStr>, lib_root: &Path) -> Result<PathBuf, EmbeddedError> {
    let usable = |dir: &Path| executable(&dir.join("initdb")) && executable(&dir.join("postgres"));
    let dirs: Vec<PathBuf> = path.into_iter().flat_map(std::env::split_paths).collect();
    if let Some(dir) = dirs.iter().find(|d| usable(d)) {
        return Ok(dir.clone());
    }
    // pg_config also ships in client-only packages, so its answer is checked like the rest.
    let pg_config = dirs.iter().map(|d| d.join("pg_config")).find(|p| executable(p));
    let bindir = pg_config.and_then(|p| StdCommand::new(p).arg("--bindir").output().ok());
    if let Some(out) = bindir.filter(|out| out.status.success()) {
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if usable(&dir) {
            return Ok(dir);
        }
    }
    let mut versions: Vec<(Vec<u32>, PathBuf)> = Vec::new();
    for entry in fs::read_dir(lib_root).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Ok(version) = name.split('.').map(str::parse).collect() {
            versions.push((version, entry.path().join("bin")));
        }
    }
    versions.sort();
    let newest = versions.into_iter().rev().find(|(_, dir)| usable(dir));
    newest.map(|(_, dir)| dir).ok_or(EmbeddedError::BinariesNotFound)
}

fn executable(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_file() && m.mode() & 0o111 != 0)
}

fn pct_encode(bytes: &[u8]) -> String {
    let mut out = String::new();
    for &b in bytes {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn log_tail(log: &Path) -> String {
    let text = fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(20)..].join("\n")
}
