//! The one chat engine every counterpart uses: history windowing, the
//! generation, streaming to the client, storage and accounting. It knows a
//! counterpart only by its system prompt and brief, never by what it is.
//!
//! A reply is written by a task of its own that owns the database work, so a
//! client going away (the response stream dropped, a send failing) never
//! interrupts it halfway: the task notices, stops the generation and stores
//! what was written as cut off.

use std::time::Duration;

use chrono::Utc;
use futures::StreamExt;
use tokio::sync::mpsc;
use uuid::Uuid;

use super::counterpart::Counterpart;
use super::error::ChatError;
use super::model::{MessageRow, MessageState, ThreadRow};
use super::repo::{self, UserTurn};
use crate::ai::Admission;
use crate::ai::{
    estimate_tokens, AiError, AiGateway, Event, GenerationStream, Message, Purpose, Request, Role, TokenUsage,
};
use crate::db::Pool;

/// Longest reply a model is asked for.
const REPLY_MAX_TOKENS: u32 = 400;
/// Most messages read back for windowing, however short they are.
const HISTORY_ROWS: i64 = 200;
/// A reply still "streaming" after this long was abandoned (a crash), and is
/// written again on retry.
const ABANDONED_AFTER: Duration = Duration::from_secs(600);
/// Events buffered for a slow client before the writer waits for it.
const CHANNEL_CAPACITY: usize = 32;

/// What SendMessage streams, in order: the stored user message, the reply's
/// chunks as they are written, and the stored reply.
#[derive(Debug, Clone)]
pub enum ChatEvent {
    UserMessage(MessageRow),
    Chunk(String),
    Reply(MessageRow),
}

pub type ChatEvents = mpsc::Receiver<Result<ChatEvent, ChatError>>;

/// What [`ChatEngine::prepare`] found before the prompt is written.
pub enum Prepared {
    /// A retry whose reply is stored complete: both are sent again.
    Answered { user: MessageRow, reply: MessageRow },
    /// A reply to write.
    Reply {
        /// The user message a retry's request id already stored.
        earlier: Option<MessageRow>,
        /// The thread's newest messages before it, newest first.
        history: Vec<MessageRow>,
        /// Its generation, admitted and not yet sent.
        admission: Admission,
    },
}

#[derive(Clone)]
pub struct ChatEngine {
    pool: Pool,
    ai: AiGateway,
    /// Tokens of history sent after the system prompt.
    history_tokens: u32,
}

/// The newest turns whose estimated tokens fit `budget`, oldest dropped
/// first; the newest turn (the user's message) is kept whatever its size.
pub fn window(turns: &[Message], budget: u32) -> &[Message] {
    let mut used = 0u32;
    let mut start = turns.len();
    for (i, turn) in turns.iter().enumerate().rev() {
        let cost = estimate_tokens(&turn.content);
        if start < turns.len() && used.saturating_add(cost) > budget {
            break;
        }
        used = used.saturating_add(cost);
        start = i;
    }
    &turns[start..]
}

impl ChatEngine {
    pub fn new(pool: Pool, ai: AiGateway, history_tokens: u32) -> Self {
        Self {
            pool,
            ai,
            history_tokens,
        }
    }

    /// Everything before the prompt is written that does not need the
    /// counterpart: what came before a new message in thread `thread_id`
    /// (the message a retry with `request_id` already stored, its replies,
    /// the history before it), and the generation's admission under the AI
    /// limit, for `purpose`. It takes a connection of its own, so a caller
    /// runs it while it loads the counterpart; call it only once the thread
    /// is known to be the caller's. A retry whose reply is complete needs no
    /// generation, and one whose reply is still being written is refused.
    pub async fn prepare(
        &self,
        user_id: Uuid,
        thread_id: Uuid,
        purpose: Purpose,
        request_id: Option<&str>,
    ) -> Result<Prepared, ChatError> {
        let mut conn = crate::db::conn(&self.pool).await?;
        let earlier = match request_id {
            Some(key) => repo::user_message_by_request(&mut conn, thread_id, key).await?,
            None => None,
        };
        if let Some(user) = &earlier {
            let replies = repo::replies_to(&mut conn, thread_id, user.id).await?;
            if let Some(reply) = replies.iter().find(|r| r.is(MessageState::Complete)) {
                return Ok(Prepared::Answered {
                    user: user.clone(),
                    reply: reply.clone(),
                });
            }
            let abandoned = Utc::now() - ABANDONED_AFTER;
            if replies
                .iter()
                .any(|r| r.is(MessageState::Streaming) && r.created_at > abandoned)
            {
                return Err(ChatError::ReplyInProgress);
            }
        }
        let history = repo::list_messages(&mut conn, thread_id, earlier.as_ref().map(|m| m.id), HISTORY_ROWS).await?;
        drop(conn);
        let admission = self.ai.admit_stream(Some(user_id), purpose).await?;
        Ok(Prepared::Reply {
            earlier,
            history,
            admission,
        })
    }

    /// Starts the reply to `text` in `thread` (the caller's, checked), from
    /// what [`Self::prepare`] read and admitted for it, and returns its
    /// events. Failures before anything is stored (the AI limit, a provider
    /// that does not answer) come back here; later ones end the event
    /// stream. A retry with a `request_id` whose message already has a
    /// complete reply gets that reply again.
    pub async fn send(
        &self,
        thread: &ThreadRow,
        counterpart: &Counterpart,
        text: String,
        request_id: Option<String>,
        prepared: Prepared,
    ) -> Result<ChatEvents, ChatError> {
        let (earlier, history, admission) = match prepared {
            Prepared::Answered { user, reply } => {
                let (tx, rx) = mpsc::channel(2);
                let _ = tx.try_send(Ok(ChatEvent::UserMessage(user)));
                let _ = tx.try_send(Ok(ChatEvent::Reply(reply)));
                return Ok(rx);
            }
            Prepared::Reply {
                earlier,
                history,
                admission,
            } => (earlier, history, admission),
        };

        let asked = earlier.as_ref().map_or(text.as_str(), |m| m.text.as_str()).to_owned();
        // Replies still being written, or failed before a word, say nothing.
        let mut turns: Vec<Message> = history
            .into_iter()
            .rev()
            .filter(|m| !m.is(MessageState::Streaming) && !m.text.is_empty())
            .map(|m| Message::new(if m.by_user() { Role::User } else { Role::Assistant }, m.text))
            .collect();
        turns.push(Message::new(Role::User, asked.clone()));
        let mut messages = vec![Message::new(Role::System, counterpart.system_prompt())];
        messages.extend_from_slice(window(&turns, self.history_tokens));
        let turn = match earlier {
            Some(stored) => UserTurn::Stored(stored),
            None => UserTurn::New {
                id: Uuid::now_v7(),
                text,
                request_id,
            },
        };
        let request = Request {
            purpose: counterpart.purpose,
            messages,
            brief: counterpart.brief(&asked),
            max_tokens: REPLY_MAX_TOKENS,
            seed: seed(&turn),
        };
        let prompt_estimate = request.messages.iter().map(|m| estimate_tokens(&m.content)).sum();
        let generation = admission.open(&request).await?;

        let (tx, rx) = mpsc::channel(CHANNEL_CAPACITY);
        let writer = ReplyWriter {
            pool: self.pool.clone(),
            thread_id: thread.id,
            prompt_estimate,
        };
        tokio::spawn(writer.run(turn, generation, tx));
        Ok(rx)
    }
}

/// The same user message gets the same offline reply, so a retry after a
/// cut-off reply writes it again from the start.
fn seed(turn: &UserTurn) -> u64 {
    let id = match turn {
        UserTurn::Stored(row) => row.id,
        UserTurn::New { id, .. } => *id,
    };
    let (high, low) = id.as_u64_pair();
    high ^ low
}

/// How the generation of a reply ended.
enum Ending {
    Complete(TokenUsage),
    /// Nobody is listening any more.
    CutOff,
    Failed(AiError),
}

struct ReplyWriter {
    pool: Pool,
    thread_id: Uuid,
    prompt_estimate: u32,
}

type Events = mpsc::Sender<Result<ChatEvent, ChatError>>;

impl ReplyWriter {
    async fn run(self, turn: UserTurn, mut generation: GenerationStream, tx: Events) {
        let opened = async {
            let mut conn = crate::db::conn(&self.pool).await?;
            repo::open_exchange(&mut conn, self.thread_id, &turn).await
        }
        .await;
        let (user, reply) = match opened {
            Ok(rows) => rows,
            Err(err) => {
                // Dropping the generation records it as cancelled.
                let _ = tx.send(Err(err)).await;
                return;
            }
        };
        let mut written = String::new();
        let ending = if tx.send(Ok(ChatEvent::UserMessage(user))).await.is_err() {
            Ending::CutOff
        } else {
            relay(&mut generation, &tx, &mut written).await
        };
        // Stops the provider now, before the write below.
        drop(generation);

        let (state, usage) = match &ending {
            Ending::Complete(usage) => (MessageState::Complete, *usage),
            Ending::CutOff => (MessageState::CutOff, self.estimate(&written)),
            Ending::Failed(_) => (MessageState::Failed, self.estimate(&written)),
        };
        let closed = async {
            let mut conn = crate::db::conn(&self.pool).await?;
            repo::close_reply(&mut conn, reply.id, &written, state, usage).await
        }
        .await;
        let event = match (ending, closed) {
            (Ending::Failed(err), _) => Err(ChatError::Ai(err)),
            (_, Err(err)) => {
                tracing::warn!(%err, reply_id = %reply.id, state = state.as_str(), "could not store how a reply ended");
                Err(ChatError::Db(err))
            }
            (Ending::Complete(_), Ok(row)) => Ok(ChatEvent::Reply(row)),
            (Ending::CutOff, Ok(_)) => return,
        };
        let _ = tx.send(event).await;
    }

    fn estimate(&self, written: &str) -> TokenUsage {
        TokenUsage {
            prompt_tokens: self.prompt_estimate,
            completion_tokens: if written.is_empty() {
                0
            } else {
                estimate_tokens(written)
            },
        }
    }
}

/// Passes chunks on until the generation ends or the client is gone.
async fn relay(generation: &mut GenerationStream, tx: &Events, written: &mut String) -> Ending {
    loop {
        let next = tokio::select! {
            biased;
            () = tx.closed() => return Ending::CutOff,
            next = generation.next() => next,
        };
        match next {
            Some(Ok(Event::Delta(text))) => {
                written.push_str(&text);
                if tx.send(Ok(ChatEvent::Chunk(text))).await.is_err() {
                    return Ending::CutOff;
                }
            }
            Some(Ok(Event::Done(usage))) => return Ending::Complete(usage),
            Some(Err(err)) => return Ending::Failed(err),
            None => return Ending::Failed(AiError::Malformed("the stream ended without its last event".into())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn turn(role: Role, chars: usize) -> Message {
        Message::new(role, "x".repeat(chars))
    }

    fn sizes(turns: &[Message]) -> Vec<usize> {
        turns.iter().map(|m| m.content.len()).collect()
    }

    #[test]
    fn window_keeps_the_newest_turns_that_fit() {
        // 10, 20, 30, 40 tokens, oldest first.
        let turns = [
            turn(Role::User, 40),
            turn(Role::Assistant, 80),
            turn(Role::User, 120),
            turn(Role::Assistant, 160),
            turn(Role::User, 4),
        ];
        assert_eq!(sizes(window(&turns, 1000)), [40, 80, 120, 160, 4], "everything fits");
        assert_eq!(sizes(window(&turns, 71)), [120, 160, 4], "exactly 71 tokens");
        assert_eq!(sizes(window(&turns, 70)), [160, 4], "one token short drops the oldest");
        assert_eq!(sizes(window(&turns, 41)), [160, 4]);
        assert_eq!(
            sizes(window(&turns, 40)),
            [4],
            "a turn that does not fit stops the window"
        );
    }

    #[test]
    fn window_always_keeps_the_users_message() {
        let turns = [turn(Role::Assistant, 8), turn(Role::User, 16_000)];
        assert_eq!(sizes(window(&turns, 3000)), [16_000]);
        assert!(window(&[], 3000).is_empty());
    }

    #[test]
    fn window_does_not_skip_an_old_turn_to_fit_an_older_one() {
        let turns = [turn(Role::User, 4), turn(Role::Assistant, 400), turn(Role::User, 4)];
        assert_eq!(sizes(window(&turns, 50)), [4], "history stays contiguous");
    }
}
