//! `kith.coaching.v1.MentorService`: mentors and their members. Every
//! member-facing method starts from the caller's own link, so a member who
//! is not theirs is NOT_FOUND like a user who does not exist.

use chrono::{DateTime, Utc};
use diesel_async::AsyncConnection;
use futures::stream::BoxStream;
use futures::StreamExt;
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::copilot::{self, CopilotEvent};
use super::grpc::{adherence_message, goal_messages, id, risk_message, CoachingGrpc};
use super::mentors::{self, InteractionRow, MemberRow};
use super::model::{GoalStatus, MemberInvite, MemberQuestion, MentorLink};
use super::{journal, repo, rollups, CoachingError};
use crate::auth::{Caller, Role};
use crate::error::FieldViolations;
use crate::proto::coaching::v1 as pb;
use crate::proto::timestamp;
use crate::request::{self, Page};

pub use pb::mentor_service_server::MentorServiceServer;

/// Entries a member dashboard shows.
const DASHBOARD_ENTRIES: i64 = 20;

impl From<MemberRow> for pb::Member {
    fn from(m: MemberRow) -> Self {
        pb::Member {
            user_id: m.user_id.to_string(),
            display_name: m.display_name,
            link_time: Some(timestamp(m.linked_at)),
        }
    }
}

impl From<InteractionRow> for pb::MentorInteraction {
    fn from(i: InteractionRow) -> Self {
        pb::MentorInteraction {
            id: i.id.to_string(),
            mentor_id: i.mentor_id.to_string(),
            member_id: i.member_id.to_string(),
            question: i.question,
            answer: i.answer,
            context: i.context.to_string(),
            create_time: Some(timestamp(i.created_at)),
            complete: i.complete,
        }
    }
}

fn checked(v: FieldViolations) -> Result<(), CoachingError> {
    v.into_result().map_err(CoachingError::from)
}

/// The caller's member `raw`, for a mentor (or an admin who mentors).
async fn my_member(grpc: &CoachingGrpc, caller: &Caller, field: &str, raw: &str) -> Result<MemberRow, Status> {
    caller.require(Role::Mentor)?;
    let member_id = id(field, raw)?;
    let mut conn = grpc.conn().await?;
    mentors::member_of(&mut conn, caller.user_id, member_id)
        .await?
        .ok_or_else(|| CoachingError::MemberNotFound.into())
}

#[tonic::async_trait]
impl pb::mentor_service_server::MentorService for CoachingGrpc {
    async fn list_members(
        &self,
        request: Request<pb::ListMembersRequest>,
    ) -> Result<Response<pb::ListMembersResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.require(Role::Mentor)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let scope = format!("ListMembers|{}", caller.user_id);
        let page = Page::<(DateTime<Utc>, Uuid)>::parse(&mut v, self.page_tokens(), scope, r.page_size, &r.page_token);
        checked(v)?;
        let page = page.expect("checked");
        let mut conn = self.conn().await?;
        let mut rows = mentors::members(&mut conn, caller.user_id, page.after, page.fetch()).await?;
        let next_page_token = page.finish(self.page_tokens(), &mut rows, |m| (m.linked_at, m.user_id));
        Ok(Response::new(pb::ListMembersResponse {
            members: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn get_member_dashboard(
        &self,
        request: Request<pb::GetMemberDashboardRequest>,
    ) -> Result<Response<pb::GetMemberDashboardResponse>, Status> {
        let caller = Caller::of(&request)?;
        let member = my_member(self, &caller, "member_id", &request.get_ref().member_id).await?;
        let mut conn = self.conn().await?;
        let clock = crate::identity::clock::clock(&mut conn, member.user_id).await?;
        let today = clock.today();
        let (_, now) = rollups::today(&mut conn, member.user_id, &clock, today).await?;
        let (past, _) = rollups::past_adherence(&mut conn, member.user_id, &clock, today).await?;
        let (past_risk, _) = rollups::past_risk(&mut conn, member.user_id, &clock, today).await?;
        let mut goals = Vec::new();
        for status in [GoalStatus::Active, GoalStatus::Paused] {
            goals.extend(repo::list_goals(&mut conn, member.user_id, Some(status), None, 50).await?);
        }
        let entries = journal::shared(&mut conn, member.user_id, DASHBOARD_ENTRIES).await?;
        Ok(Response::new(pb::GetMemberDashboardResponse {
            day: today.to_string(),
            goals: goal_messages(&mut conn, goals).await?,
            adherence: past
                .windows
                .iter()
                .map(|&w| adherence_message(now.adherence(w)))
                .collect(),
            risk: Some(risk_message(now.risk(&past_risk), today)),
            shared_entries: entries.into_iter().map(Into::into).collect(),
            member: Some(member.into()),
        }))
    }

    type AskAboutMemberStream = BoxStream<'static, Result<pb::AskAboutMemberResponse, Status>>;

    async fn ask_about_member(
        &self,
        request: Request<pb::AskAboutMemberRequest>,
    ) -> Result<Response<Self::AskAboutMemberStream>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        // The question's size is checked before anything is looked up.
        let MemberQuestion { question } = MemberQuestion::try_from(&r)?;
        let member = my_member(self, &caller, "member_id", &r.member_id).await?;
        let context = {
            let mut conn = self.conn().await?;
            copilot::context(&mut conn, &member).await?
        };
        let state = self.state();
        let events = copilot::ask(state.pool.clone(), &state.ai, caller.user_id, member, question, context)
            .await
            .map_err(CoachingError::from)?;
        let stream = ReceiverStream::new(events).map(|event| {
            let event = match event.map_err(|e| Status::from(CoachingError::from(e)))? {
                CopilotEvent::Chunk(text) => pb::ask_about_member_response::Event::Chunk(text),
                CopilotEvent::Stored(row) => pb::ask_about_member_response::Event::Interaction(row.into()),
            };
            Ok(pb::AskAboutMemberResponse { event: Some(event) })
        });
        Ok(Response::new(stream.boxed()))
    }

    async fn list_interactions(
        &self,
        request: Request<pb::ListInteractionsRequest>,
    ) -> Result<Response<pb::ListInteractionsResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.require(Role::Mentor)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let member_id = request::optional_uuid(&mut v, "member_id", &r.member_id);
        let mentor_id = request::optional_uuid(&mut v, "mentor_id", &r.mentor_id);
        let scope = format!("ListInteractions|{}|{}|{}", caller.user_id, r.member_id, r.mentor_id);
        let page = Page::<(DateTime<Utc>, Uuid)>::parse(&mut v, self.page_tokens(), scope, r.page_size, &r.page_token);
        checked(v)?;
        let page = page.expect("checked");
        let mentor_id = match mentor_id {
            Some(other) if other != caller.user_id && caller.role != Role::Admin => {
                return Err(CoachingError::MemberNotFound.into());
            }
            Some(other) => other,
            None => caller.user_id,
        };
        let mut conn = self.conn().await?;
        let mut rows = mentors::interactions(&mut conn, mentor_id, member_id, page.after, page.fetch()).await?;
        let next_page_token = page.finish(self.page_tokens(), &mut rows, |i| (i.created_at, i.id));
        Ok(Response::new(pb::ListInteractionsResponse {
            interactions: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn invite_member(
        &self,
        request: Request<pb::InviteMemberRequest>,
    ) -> Result<Response<pb::InviteMemberResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.require(Role::Mentor)?;
        let MemberInvite { email } = MemberInvite::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        // Unknown addresses and oneself get the same empty answer.
        if let Some((member_id, _)) = crate::identity::repo::active_by_email(&mut conn, email.as_str()).await? {
            if member_id != caller.user_id {
                let stored = conn
                    .transaction(async |conn| mentors::invite(conn, caller.user_id, member_id).await)
                    .await?;
                tracing::info!(mentor_id = %caller.user_id, stored, "mentor invitation");
            }
        }
        Ok(Response::new(pb::InviteMemberResponse {}))
    }

    async fn list_mentor_invites(
        &self,
        request: Request<pb::ListMentorInvitesRequest>,
    ) -> Result<Response<pb::ListMentorInvitesResponse>, Status> {
        let caller = Caller::of(&request)?;
        let mut conn = self.conn().await?;
        let invites = mentors::open_invites(&mut conn, caller.user_id).await?;
        Ok(Response::new(pb::ListMentorInvitesResponse {
            invites: invites
                .into_iter()
                .map(|i| pb::MentorInvite {
                    id: i.id.to_string(),
                    mentor_id: i.mentor_id.to_string(),
                    mentor_name: i.mentor_name,
                    create_time: Some(timestamp(i.created_at)),
                    expire_time: Some(timestamp(i.expires_at)),
                })
                .collect(),
        }))
    }

    async fn accept_mentor_invite(
        &self,
        request: Request<pb::AcceptMentorInviteRequest>,
    ) -> Result<Response<pb::AcceptMentorInviteResponse>, Status> {
        let caller = Caller::of(&request)?;
        let invite_id = id("invite_id", &request.get_ref().invite_id)?;
        let mut conn = self.conn().await?;
        let member_id = caller.user_id;
        let mentor = conn
            .transaction(async |conn| {
                let Some(invite) = mentors::take_invite(conn, member_id, invite_id).await? else {
                    return Err(CoachingError::InviteNotFound);
                };
                mentors::link(conn, invite.mentor_id, member_id).await?;
                Ok(invite)
            })
            .await?;
        tracing::info!(mentor_id = %mentor.mentor_id, %member_id, "mentor invitation accepted");
        Ok(Response::new(pb::AcceptMentorInviteResponse {
            mentor: Some(pb::Member {
                user_id: mentor.mentor_id.to_string(),
                display_name: mentor.mentor_name,
                link_time: Some(timestamp(Utc::now())),
            }),
        }))
    }

    async fn link_mentor(
        &self,
        request: Request<pb::LinkMentorRequest>,
    ) -> Result<Response<pb::LinkMentorResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.require(Role::Admin)?;
        let MentorLink { mentor_id, member_id } = MentorLink::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let mentor = crate::identity::repo::user(&mut conn, mentor_id)
            .await
            .map_err(|e| CoachingError::or_missing(e, CoachingError::MemberNotFound))?;
        // A field's fault only the database knows.
        if !matches!(mentor.role(), Role::Mentor | Role::Admin) || !mentor.is_active {
            let mut v = FieldViolations::new();
            v.add("mentor_id", "must name an active user with the mentor role");
            checked(v)?;
        }
        if crate::identity::repo::active_by_id(&mut conn, member_id)
            .await?
            .is_none()
        {
            return Err(CoachingError::MemberNotFound.into());
        }
        mentors::link(&mut conn, mentor_id, member_id).await?;
        tracing::info!(%mentor_id, %member_id, admin = %caller.user_id, "mentor linked");
        Ok(Response::new(pb::LinkMentorResponse {}))
    }

    async fn unlink_mentor(
        &self,
        request: Request<pb::UnlinkMentorRequest>,
    ) -> Result<Response<pb::UnlinkMentorResponse>, Status> {
        let caller = Caller::of(&request)?;
        let mut v = FieldViolations::new();
        let member_id = request::optional_uuid(&mut v, "member_id", &request.get_ref().member_id);
        checked(v)?;
        let mut conn = self.conn().await?;
        let removed = match member_id {
            // The caller leaves their own mentor.
            None => mentors::unlink(&mut conn, caller.user_id, None).await?,
            Some(member_id) if caller.role == Role::Admin => mentors::unlink(&mut conn, member_id, None).await?,
            Some(member_id) => {
                caller.require(Role::Mentor)?;
                if !mentors::unlink(&mut conn, member_id, Some(caller.user_id)).await? {
                    return Err(CoachingError::MemberNotFound.into());
                }
                true
            }
        };
        if !removed {
            return Err(CoachingError::LinkNotFound.into());
        }
        Ok(Response::new(pb::UnlinkMentorResponse {}))
    }
}
