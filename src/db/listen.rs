//! One PostgreSQL `LISTEN` connection per process, shared by any number of
//! subscribers: a domain fires `pg_notify(channel, payload)` in the
//! transaction that made the change, and every subscriber of that channel in
//! every replica receives the payload once it commits.
//!
//! Notifications are not stored: one sent while the connection is down is
//! lost. So the listener reconnects with backoff and, after every
//! (re)connection, tells each subscriber to resync (re-read what it watches);
//! a subscriber too slow to keep up is told the same. Subscribers therefore
//! never rely on having seen every notification, only on being woken.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use futures::StreamExt;
use rand::Rng;
use tokio::sync::{broadcast, mpsc, oneshot};
use tokio_postgres::AsyncMessage;
use uuid::Uuid;

/// Notices a subscriber may fall behind by before it is told to resync.
const CAPACITY: usize = 1024;
/// Reconnection backoff: doubles from the first to the last, with jitter.
const BACKOFF_FIRST: Duration = Duration::from_millis(200);
const BACKOFF_MAX: Duration = Duration::from_secs(30);
/// How often an idle connection is checked, so a silently dead one is
/// noticed; a check that takes longer than the timeout counts as dead.
const CHECK_EVERY: Duration = Duration::from_secs(30);
const CHECK_TIMEOUT: Duration = Duration::from_secs(10);
/// How long `subscribe` waits for the channel's LISTEN while connected.
const SUBSCRIBE_WAIT: Duration = Duration::from_secs(5);

/// The listener connection's `application_name`.
pub const APPLICATION_NAME: &str = "kith-listener";

/// What a subscriber receives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A notification's payload.
    Payload(Arc<str>),
    /// Notifications may have been missed (the connection was re-established,
    /// or this subscriber fell behind): re-read whatever it watches.
    Resync,
}

/// What travels to subscribers.
#[derive(Debug, Clone)]
enum Message {
    Payload(Arc<str>),
    /// The connection of this generation is listening (1 for the first).
    Connected(u64),
}

/// A handle to the process's listener; clones share the one connection.
/// The connection is opened on the first subscription and closed when the
/// last handle is dropped.
#[derive(Clone)]
pub struct Listener {
    inner: Arc<Inner>,
}

struct Inner {
    url: String,
    shared: Arc<Shared>,
    commands: mpsc::UnboundedSender<Command>,
    /// Taken by the connection task when it starts.
    receiver: Mutex<Option<mpsc::UnboundedReceiver<Command>>>,
    task: OnceLock<tokio::task::JoinHandle<()>>,
}

/// What the connection task and the subscribers share.
#[derive(Default)]
struct Shared {
    channels: Mutex<HashMap<String, broadcast::Sender<Message>>>,
    connected: AtomicBool,
    /// Connections made so far.
    generation: AtomicU64,
}

enum Command {
    /// LISTEN on the channel if not yet, then acknowledge with the
    /// connection's generation.
    Listen(String, oneshot::Sender<u64>),
    /// Its last subscriber left.
    Unlisten(String),
}

impl Drop for Inner {
    fn drop(&mut self) {
        if let Some(task) = self.task.get() {
            task.abort();
        }
    }
}

/// A subscription to one channel.
pub struct Subscription {
    receiver: broadcast::Receiver<Message>,
    /// The connection that was listening when `subscribe` returned: its
    /// own announcement is no reason to resync.
    listened_since: Option<u64>,
    /// The listener is gone: only a watcher's timer can wake it now.
    gone: bool,
}

impl Subscription {
    /// Waits for a reason for a watcher to read again: a notice whose
    /// payload is `key`, a resync (notices may have been missed), or
    /// `within` passing (a re-read in case one was lost). False when `left`
    /// (the client going away) comes first.
    pub async fn wait_for(&mut self, key: &str, within: Duration, left: impl std::future::Future<Output = ()>) -> bool {
        let timer = tokio::time::sleep(within);
        tokio::pin!(timer, left);
        let mut gone = self.gone;
        let woken = loop {
            tokio::select! {
                _ = &mut left => break false,
                _ = &mut timer => break true,
                notice = self.recv(), if !gone => match notice {
                    Some(Notice::Payload(payload)) if *payload == *key => break true,
                    Some(Notice::Payload(_)) => {}
                    Some(Notice::Resync) => break true,
                    None => gone = true,
                },
            }
        };
        self.gone = gone;
        woken
    }

    /// The next notice; None once the listener itself is gone.
    pub async fn recv(&mut self) -> Option<Notice> {
        loop {
            return match self.receiver.recv().await {
                Ok(Message::Payload(payload)) => Some(Notice::Payload(payload)),
                Ok(Message::Connected(generation)) => {
                    if self.listened_since.is_some_and(|since| generation <= since) {
                        continue;
                    }
                    Some(Notice::Resync)
                }
                Err(broadcast::error::RecvError::Lagged(_)) => Some(Notice::Resync),
                Err(broadcast::error::RecvError::Closed) => None,
            };
        }
    }
}

impl Listener {
    /// A listener for the database at `url`; connects on first use.
    pub fn new(url: impl Into<String>) -> Self {
        let (commands, receiver) = mpsc::unbounded_channel();
        Self {
            inner: Arc::new(Inner {
                url: url.into(),
                shared: Arc::default(),
                commands,
                receiver: Mutex::new(Some(receiver)),
                task: OnceLock::new(),
            }),
        }
    }

    /// Subscribes to `channel` (a PostgreSQL identifier, e.g. `kith_jobs`).
    /// Returns once the channel is listened to, so a change committed after
    /// this returns is always notified; if the database cannot be reached
    /// within a few seconds, returns anyway and a `Resync` follows the
    /// connection.
    pub async fn subscribe(&self, channel: &str) -> Subscription {
        self.start();
        let receiver = {
            let mut channels = self.inner.shared.channels.lock().expect("not poisoned");
            channels
                .entry(channel.to_owned())
                .or_insert_with(|| broadcast::channel(CAPACITY).0)
                .subscribe()
        };
        // Registered above before the command is sent: a connection made
        // meanwhile listens on it too, and announces itself to it.
        let (ack, acked) = oneshot::channel();
        let mut listened_since = None;
        if self
            .inner
            .commands
            .send(Command::Listen(channel.to_owned(), ack))
            .is_ok()
        {
            if let Ok(Ok(generation)) = tokio::time::timeout(SUBSCRIBE_WAIT, acked).await {
                listened_since = Some(generation);
            }
        }
        Subscription {
            receiver,
            listened_since,
            gone: false,
        }
    }

    /// Whether the LISTEN connection is up (for health and tests).
    pub fn is_connected(&self) -> bool {
        self.inner.shared.connected.load(Ordering::Acquire)
    }

    fn start(&self) {
        self.inner.task.get_or_init(|| {
            let commands = self
                .inner
                .receiver
                .lock()
                .expect("not poisoned")
                .take()
                .expect("started once");
            let unlisten = self.inner.commands.clone();
            tokio::spawn(run(
                self.inner.url.clone(),
                self.inner.shared.clone(),
                commands,
                unlisten,
            ))
        });
    }
}

/// Quotes a channel name as an identifier.
fn quoted(channel: &str) -> String {
    format!("\"{}\"", channel.replace('"', "\"\""))
}

/// Keeps a connection listening on every subscribed channel, forever.
async fn run(
    url: String,
    shared: Arc<Shared>,
    mut commands: mpsc::UnboundedReceiver<Command>,
    unlisten: mpsc::UnboundedSender<Command>,
) {
    let mut backoff = BACKOFF_FIRST;
    loop {
        match listen(&url, &shared, &mut commands, &unlisten).await {
            // It was connected for a while: start the backoff afresh.
            Ok(()) => backoff = BACKOFF_FIRST,
            Err(err) => tracing::warn!(error = %err, retry_in = ?backoff, "database listener connection failed"),
        }
        shared.connected.store(false, Ordering::Release);
        let jittered = backoff.mul_f64(rand::rng().random_range(0.5..=1.0));
        tokio::time::sleep(jittered).await;
        backoff = (backoff * 2).min(BACKOFF_MAX);
    }
}

/// One connection's life: Err when it could not be set up, Ok when it was
/// up and then lost.
async fn listen(
    url: &str,
    shared: &Arc<Shared>,
    commands: &mut mpsc::UnboundedReceiver<Command>,
    unlisten: &mpsc::UnboundedSender<Command>,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let super::tls::Prepared { mut config, tls, .. } = super::tls::prepare(url)?;
    // Tells this connection apart in pg_stat_activity.
    config.application_name(APPLICATION_NAME);
    let (client, mut connection) = config.connect(tls).await?;
    // The connection's messages, notifications among them, are read by this
    // pump; it ends when the connection does.
    let pump_shared = shared.clone();
    let pump_unlisten = unlisten.clone();
    let mut pump = tokio::spawn(async move {
        let mut messages = futures::stream::poll_fn(move |cx| connection.poll_message(cx));
        while let Some(message) = messages.next().await {
            match message {
                Ok(AsyncMessage::Notification(n)) => dispatch(&pump_shared, &pump_unlisten, n.channel(), n.payload()),
                Ok(_) => {}
                Err(err) => {
                    tracing::warn!(error = %err, "database listener connection lost");
                    return;
                }
            }
        }
    });
    let _pump_guard = AbortOnDrop(pump.abort_handle());
    let result = async {
        let generation = shared.generation.fetch_add(1, Ordering::AcqRel) + 1;
        let mut listening = HashSet::new();
        let channels: Vec<String> = shared.channels.lock().expect("not poisoned").keys().cloned().collect();
        for channel in channels {
            client.batch_execute(&format!("LISTEN {}", quoted(&channel))).await?;
            listening.insert(channel);
        }
        shared.connected.store(true, Ordering::Release);
        tracing::info!(channels = listening.len(), generation, "database listener connected");
        // Whatever was sent while the listener was away is lost: each
        // subscriber that was not yet listening through this connection
        // is told to resync.
        for sender in shared.channels.lock().expect("not poisoned").values() {
            let _ = sender.send(Message::Connected(generation));
        }
        let mut check = tokio::time::interval(CHECK_EVERY);
        check.reset();
        loop {
            tokio::select! {
                _ = &mut pump => return Ok(()),
                command = commands.recv() => match command {
                    Some(Command::Listen(channel, ack)) => {
                        if !listening.contains(&channel) {
                            client.batch_execute(&format!("LISTEN {}", quoted(&channel))).await?;
                            listening.insert(channel);
                        }
                        let _ = ack.send(generation);
                    }
                    Some(Command::Unlisten(channel)) => {
                        let wanted = shared.channels.lock().expect("not poisoned").contains_key(&channel);
                        if !wanted && listening.remove(&channel) {
                            client.batch_execute(&format!("UNLISTEN {}", quoted(&channel))).await?;
                        }
                    }
                    // Every handle is gone; the task is being aborted.
                    None => return Ok(()),
                },
                _ = check.tick() => {
                    if !matches!(tokio::time::timeout(CHECK_TIMEOUT, client.simple_query("")).await, Ok(Ok(_))) {
                        tracing::warn!("database listener connection stopped answering");
                        return Ok(());
                    }
                }
            }
        }
    }
    .await;
    result
}

/// Stops the pump with the connection's life, however that ends.
struct AbortOnDrop(tokio::task::AbortHandle);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Hands a notification to the channel's subscribers; a channel nobody
/// subscribes to any more is dropped and unlistened.
fn dispatch(shared: &Shared, unlisten: &mpsc::UnboundedSender<Command>, channel: &str, payload: &str) {
    let mut channels = shared.channels.lock().expect("not poisoned");
    let Some(sender) = channels.get(channel) else {
        return;
    };
    if sender.send(Message::Payload(payload.into())).is_err() {
        channels.remove(channel);
        let _ = unlisten.send(Command::Unlisten(channel.to_owned()));
    }
}

/// Watch streams (jobs, notifications, ...) open per user in this process,
/// so one user cannot hold the listener's fan-out and the pool without bound.
pub struct WatcherSlots {
    per_user: usize,
    open: Mutex<HashMap<Uuid, usize>>,
}

/// One open watcher; frees its slot when dropped (the watch ended).
pub struct WatchSlot {
    slots: Arc<WatcherSlots>,
    user_id: Uuid,
}

impl WatcherSlots {
    pub fn new(per_user: usize) -> Arc<Self> {
        Arc::new(Self {
            per_user,
            open: Mutex::default(),
        })
    }

    pub fn per_user(&self) -> usize {
        self.per_user
    }

    /// A slot for `user_id`, or None when they already hold `per_user`.
    pub fn take(self: &Arc<Self>, user_id: Uuid) -> Option<WatchSlot> {
        let mut open = self.open.lock().expect("not poisoned");
        let count = open.entry(user_id).or_default();
        if *count >= self.per_user {
            return None;
        }
        *count += 1;
        Some(WatchSlot {
            slots: self.clone(),
            user_id,
        })
    }

    /// Watchers open in this process, across users.
    pub fn open(&self) -> usize {
        self.open.lock().expect("not poisoned").values().sum()
    }
}

impl Drop for WatchSlot {
    fn drop(&mut self) {
        let mut open = self.slots.open.lock().expect("not poisoned");
        if let Some(count) = open.get_mut(&self.user_id) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.user_id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channel_names_are_quoted_identifiers() {
        assert_eq!(quoted("kith_jobs"), "\"kith_jobs\"");
        assert_eq!(quoted("a\"b"), "\"a\"\"b\"");
    }

    #[test]
    fn slots_cap_each_user_and_free_on_drop() {
        let slots = WatcherSlots::new(2);
        let (ada, bob) = (Uuid::now_v7(), Uuid::now_v7());
        let a1 = slots.take(ada).unwrap();
        let _a2 = slots.take(ada).unwrap();
        assert!(slots.take(ada).is_none());
        let _b1 = slots.take(bob).unwrap();
        assert_eq!(slots.open(), 3);
        drop(a1);
        assert!(slots.take(ada).is_some());
    }
}
