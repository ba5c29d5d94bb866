//! The tonic layer of `kith.conversations.v1`: validate and convert
//! requests, call the service or the repository, convert back. Every method
//! acts on the caller's own conversations, journals, devices and apps only.

use std::sync::Arc;

use futures::stream::BoxStream;
use futures::StreamExt;
use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::error::{or_not_found, ConversationsError};
use super::model::{
    ConversationEdit, ConversationFilter, ConversationRef, GenerateInput, JournalInput, JournalRef, ParticipantId,
    Recent,
};
use super::{repo, service};
use crate::auth::Caller;
use crate::error::FieldViolations;
use crate::proto::conversations::v1 as pb;
use crate::request::Page;
use crate::state::AppState;

pub use pb::conversation_service_server::ConversationServiceServer;

type Result<T> = std::result::Result<Response<T>, Status>;

#[derive(Clone)]
pub struct ConversationsGrpc {
    state: Arc<AppState>,
}

impl ConversationsGrpc {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }

    async fn conn(&self) -> std::result::Result<crate::db::Conn<'_>, ConversationsError> {
        Ok(crate::db::conn(&self.state.pool).await?)
    }
}

fn conversation_response<T>(
    found: std::result::Result<super::model::Conversation, crate::error::DbError>,
    wrap: impl FnOnce(Option<pb::Conversation>) -> T,
) -> Result<T> {
    let conversation = found.map_err(or_not_found(ConversationsError::ConversationNotFound))?;
    Ok(Response::new(wrap(Some(conversation.into()))))
}

#[tonic::async_trait]
impl pb::conversation_service_server::ConversationService for ConversationsGrpc {
    type GenerateConversationStream = BoxStream<'static, std::result::Result<pb::GenerateConversationResponse, Status>>;

    async fn generate_conversation(
        &self,
        request: Request<pb::GenerateConversationRequest>,
    ) -> Result<Self::GenerateConversationStream> {
        let caller = Caller::of(&request)?;
        let input = GenerateInput::try_from(request.into_inner())?;
        let progress = service::generate_conversation(
            service::Writer::new(&self.state.pool, &self.state.ai),
            caller.user_id,
            input,
        )
        .await?;
        Ok(Response::new(
            progress.map(|p| p.map(Into::into).map_err(Status::from)).boxed(),
        ))
    }

    async fn list_conversations(
        &self,
        request: Request<pb::ListConversationsRequest>,
    ) -> Result<pb::ListConversationsResponse> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let filter = ConversationFilter::parse(&mut v, &r);
        let scope = format!("ListConversations|{}|{filter:?}", caller.user_id);
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let Some(page) = page.filter(|_| v.is_empty()) else {
            return Err(v.into());
        };
        let mut conn = self.conn().await?;
        let mut rows = repo::list_conversations(&mut conn, caller.user_id, &filter, page.after, page.fetch())
            .await
            .map_err(ConversationsError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |c| c.row.id);
        Ok(Response::new(pb::ListConversationsResponse {
            conversations: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn get_conversation(
        &self,
        request: Request<pb::GetConversationRequest>,
    ) -> Result<pb::GetConversationResponse> {
        let caller = Caller::of(&request)?;
        let ConversationRef(id) = ConversationRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let found = repo::conversation(&mut conn, caller.user_id, id).await;
        conversation_response(found, |conversation| pb::GetConversationResponse { conversation })
    }

    async fn delete_conversation(
        &self,
        request: Request<pb::DeleteConversationRequest>,
    ) -> Result<pb::DeleteConversationResponse> {
        let caller = Caller::of(&request)?;
        let ConversationRef(id) = ConversationRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        if !repo::delete_conversation(&mut conn, caller.user_id, id)
            .await
            .map_err(ConversationsError::from)?
        {
            return Err(ConversationsError::ConversationNotFound.into());
        }
        Ok(Response::new(pb::DeleteConversationResponse {}))
    }

    async fn rate_conversation(
        &self,
        request: Request<pb::RateConversationRequest>,
    ) -> Result<pb::RateConversationResponse> {
        let caller = Caller::of(&request)?;
        let ConversationEdit {
            conversation_id: id,
            changes,
        } = ConversationEdit::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let found = repo::update_conversation(&mut conn, caller.user_id, id, &changes).await;
        conversation_response(found, |conversation| pb::RateConversationResponse { conversation })
    }

    async fn toggle_favorite(&self, request: Request<pb::ToggleFavoriteRequest>) -> Result<pb::ToggleFavoriteResponse> {
        let caller = Caller::of(&request)?;
        let ConversationRef(id) = ConversationRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let found = repo::toggle_favorite(&mut conn, caller.user_id, id).await;
        conversation_response(found, |conversation| pb::ToggleFavoriteResponse { conversation })
    }

    async fn submit_feedback(&self, request: Request<pb::SubmitFeedbackRequest>) -> Result<pb::SubmitFeedbackResponse> {
        let caller = Caller::of(&request)?;
        let ConversationEdit {
            conversation_id: id,
            changes,
        } = ConversationEdit::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let found = repo::update_conversation(&mut conn, caller.user_id, id, &changes).await;
        conversation_response(found, |conversation| pb::SubmitFeedbackResponse { conversation })
    }

    async fn list_recent(&self, request: Request<pb::ListRecentRequest>) -> Result<pb::ListRecentResponse> {
        let caller = Caller::of(&request)?;
        let Recent { limit } = Recent::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let rows = repo::list_conversations(&mut conn, caller.user_id, &ConversationFilter::default(), None, limit)
            .await
            .map_err(ConversationsError::from)?;
        Ok(Response::new(pb::ListRecentResponse {
            conversations: rows.into_iter().map(Into::into).collect(),
        }))
    }

    async fn generate_journal(
        &self,
        request: Request<pb::GenerateJournalRequest>,
    ) -> Result<pb::GenerateJournalResponse> {
        let caller = Caller::of(&request)?;
        let input = JournalInput::try_from(request.into_inner())?;
        let journal = service::generate_journal(
            service::Writer::new(&self.state.pool, &self.state.ai),
            caller.user_id,
            input,
        )
        .await?;
        Ok(Response::new(pb::GenerateJournalResponse {
            journal: Some(journal.into()),
        }))
    }

    async fn list_journals(&self, request: Request<pb::ListJournalsRequest>) -> Result<pb::ListJournalsResponse> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let author = r.author.as_ref().map(|a| ParticipantId::parse(&mut v, "author", a));
        let scope = format!("ListJournals|{}|{author:?}", caller.user_id);
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let Some(page) = page.filter(|_| v.is_empty()) else {
            return Err(v.into());
        };
        let author = author.flatten();
        let mut conn = self.conn().await?;
        if let Some(author) = author {
            // Filtering by another user's device or app is NOT_FOUND, like reading it.
            service::character(&mut conn, caller.user_id, author, "author").await?;
        }
        let mut rows = repo::list_journals(&mut conn, caller.user_id, author, page.after, page.fetch())
            .await
            .map_err(ConversationsError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |j| j.id);
        Ok(Response::new(pb::ListJournalsResponse {
            journals: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn get_journal(&self, request: Request<pb::GetJournalRequest>) -> Result<pb::GetJournalResponse> {
        let caller = Caller::of(&request)?;
        let JournalRef(id) = JournalRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let journal = repo::journal(&mut conn, caller.user_id, id)
            .await
            .map_err(or_not_found(ConversationsError::JournalNotFound))?;
        Ok(Response::new(pb::GetJournalResponse {
            journal: Some(journal.into()),
        }))
    }
}
