//! The tonic layer of `kith.chat.v1`: validate and convert, call the
//! repository or the engine, convert back. Every method acts on the caller's
//! own threads only.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use futures::stream::BoxStream;
use futures::StreamExt;
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::counterpart;
use super::engine::{ChatEngine, ChatEvent};
use super::error::ChatError;
use super::model::{thread_message, NewThread, NewThreadRow, Outgoing, ThreadRef, ThreadRow};
use super::repo;
use crate::auth::Caller;
use crate::error::FieldViolations;
use crate::proto::chat::v1 as pb;
use crate::request::{uuid as parse_uuid, Page};
use crate::state::AppState;

pub use pb::chat_service_server::ChatServiceServer;

#[derive(Clone)]
pub struct ChatGrpc {
    state: Arc<AppState>,
    engine: ChatEngine,
}

impl ChatGrpc {
    /// `history_tokens`: how much of a thread's history a reply sees.
    pub fn new(state: Arc<AppState>, history_tokens: u32) -> Self {
        let engine = ChatEngine::new(state.pool.clone(), state.ai.clone(), history_tokens);
        Self { state, engine }
    }

    async fn conn(&self) -> Result<crate::db::Conn<'_>, ChatError> {
        Ok(crate::db::conn(&self.state.pool).await?)
    }
}

type Result<T, E = ChatError> = std::result::Result<T, E>;

/// Threads as sent, with their counterparts' names and message counts.
async fn thread_messages(
    conn: &mut diesel_async::AsyncPgConnection,
    user_id: Uuid,
    rows: Vec<ThreadRow>,
) -> Result<Vec<pb::Thread>> {
    let ids: Vec<Uuid> = rows.iter().map(|t| t.id).collect();
    let counts = repo::message_counts(conn, &ids).await?;
    let mut counterparts = HashMap::new();
    for row in &rows {
        if let Entry::Vacant(slot) = counterparts.entry(row.counterpart()) {
            // A counterpart deleted meanwhile takes its threads with it.
            match counterpart::find(conn, user_id, row.counterpart()).await {
                Ok(found) => {
                    slot.insert(found);
                }
                Err(ChatError::CounterpartNotFound(_)) => {}
                Err(err) => return Err(err),
            }
        }
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            let count = counts.get(&row.id).copied().unwrap_or(0);
            let counterpart = counterparts.get(&row.counterpart());
            thread_message(row, counterpart, count)
        })
        .collect())
}

fn send_message_response(event: ChatEvent) -> pb::SendMessageResponse {
    use pb::send_message_response::Event;
    let event = match event {
        ChatEvent::UserMessage(row) => Event::UserMessage(row.into()),
        ChatEvent::Chunk(text) => Event::Chunk(text),
        ChatEvent::Reply(row) => Event::Reply(row.into()),
    };
    pb::SendMessageResponse { event: Some(event) }
}

#[tonic::async_trait]
impl pb::chat_service_server::ChatService for ChatGrpc {
    async fn create_thread(
        &self,
        request: Request<pb::CreateThreadRequest>,
    ) -> Result<Response<pb::CreateThreadResponse>, Status> {
        let caller = Caller::of(&request)?;
        let NewThread {
            counterpart: counterpart_id,
            title,
            request_id: key,
        } = NewThread::try_from(request.get_ref()).map_err(ChatError::from)?;
        let mut conn = self.conn().await?;
        counterpart::find(&mut conn, caller.user_id, counterpart_id).await?;
        let new = NewThreadRow::new(caller.user_id, counterpart_id, &title, key.as_deref());
        let row = repo::create_thread(&mut conn, &new).await?;
        let thread = thread_messages(&mut conn, caller.user_id, vec![row]).await?.pop();
        Ok(Response::new(pb::CreateThreadResponse { thread }))
    }

    async fn list_threads(
        &self,
        request: Request<pb::ListThreadsRequest>,
    ) -> Result<Response<pb::ListThreadsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let scope = format!("ListThreads|{}", caller.user_id);
        let page =
            Page::<(DateTime<Utc>, Uuid)>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let Some(page) = page.filter(|_| v.is_empty()) else {
            return Err(ChatError::from(v).into());
        };
        let mut conn = self.conn().await?;
        let mut rows = repo::list_threads(&mut conn, caller.user_id, page.after, page.fetch())
            .await
            .map_err(ChatError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, ThreadRow::activity_key);
        let threads = thread_messages(&mut conn, caller.user_id, rows).await?;
        Ok(Response::new(pb::ListThreadsResponse {
            threads,
            next_page_token,
        }))
    }

    async fn get_thread(
        &self,
        request: Request<pb::GetThreadRequest>,
    ) -> Result<Response<pb::GetThreadResponse>, Status> {
        let caller = Caller::of(&request)?;
        let ThreadRef(id) = ThreadRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let row = repo::thread(&mut conn, caller.user_id, id).await?;
        let thread = thread_messages(&mut conn, caller.user_id, vec![row]).await?.pop();
        Ok(Response::new(pb::GetThreadResponse { thread }))
    }

    async fn delete_thread(
        &self,
        request: Request<pb::DeleteThreadRequest>,
    ) -> Result<Response<pb::DeleteThreadResponse>, Status> {
        let caller = Caller::of(&request)?;
        let ThreadRef(id) = ThreadRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        repo::delete_thread(&mut conn, caller.user_id, id).await?;
        Ok(Response::new(pb::DeleteThreadResponse {}))
    }

    async fn list_messages(
        &self,
        request: Request<pb::ListMessagesRequest>,
    ) -> Result<Response<pb::ListMessagesResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let id = parse_uuid(&mut v, "thread_id", &r.thread_id);
        let scope = format!("ListMessages|{}|{}", caller.user_id, r.thread_id);
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let (Some(id), Some(page), true) = (id, page, v.is_empty()) else {
            return Err(ChatError::from(v).into());
        };
        let mut conn = self.conn().await?;
        repo::thread(&mut conn, caller.user_id, id).await?;
        let mut rows = repo::list_messages(&mut conn, id, page.after, page.fetch())
            .await
            .map_err(ChatError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |m| m.id);
        Ok(Response::new(pb::ListMessagesResponse {
            messages: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    type SendMessageStream = BoxStream<'static, Result<pb::SendMessageResponse, Status>>;

    async fn send_message(
        &self,
        request: Request<pb::SendMessageRequest>,
    ) -> Result<Response<Self::SendMessageStream>, Status> {
        let caller = Caller::of(&request)?;
        let Outgoing {
            thread_id: id,
            text,
            request_id: key,
        } = Outgoing::try_from(request.get_ref()).map_err(ChatError::from)?;
        let mut conn = self.conn().await?;
        let thread = repo::thread(&mut conn, caller.user_id, id).await?;
        // Once the thread is the caller's, its counterpart's facts are read
        // on this connection while the history is read and the generation
        // admitted on another: all of it stands before the reply's first
        // word. The connection goes back as soon as the facts are read, never
        // held while the other side waits for one, so a full pool cannot
        // leave callers waiting on each other.
        let (user_id, counterpart_id) = (caller.user_id, thread.counterpart());
        let counterpart = async move {
            let mut conn = conn;
            counterpart::with_recent_usage(&mut conn, user_id, counterpart_id).await
        };
        let (counterpart, prepared) = tokio::join!(
            counterpart,
            self.engine
                .prepare(user_id, thread.id, counterpart_id.purpose(), key.as_deref()),
        );
        let (counterpart, prepared) = (counterpart?, prepared?);
        let events = self
            .engine
            .send(&thread, &counterpart, text.as_str().to_owned(), key, prepared)
            .await?;
        let stream = ReceiverStream::new(events).map(|event| event.map(send_message_response).map_err(Status::from));
        Ok(Response::new(stream.boxed()))
    }
}
