//! The tonic layer of `kith.social.v1`: validate, call the queries, convert.

use std::sync::Arc;

use chrono::{NaiveDate, Utc};
use diesel_async::AsyncPgConnection;
use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::challenges::{self, Scope};
use super::error::SocialError;
use super::model::{ChallengeRef, FriendAnswer, FriendTarget, NewChallenge, NewVisit, UserRef, VisitRef};
use super::visits::{self, Role};
use super::{friends, leaderboard};
use crate::auth::Caller;
use crate::error::FieldViolations;
use crate::proto::social::v1 as pb;
use crate::proto::timestamp;
use crate::request::Page;
use crate::state::AppState;

pub use pb::social_service_server::SocialServiceServer;

#[derive(Clone)]
pub struct SocialGrpc {
    state: Arc<AppState>,
}

impl SocialGrpc {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }

    async fn conn(&self) -> Result<crate::db::Conn<'_>, Status> {
        Ok(crate::db::conn(&self.state.pool).await?)
    }
}

/// Another user named by id: never the caller.
fn other_user(caller: Uuid, UserRef(id): UserRef) -> Result<Uuid, Status> {
    if id == caller {
        let mut v = FieldViolations::new();
        v.add("user_id", "must be another user than the caller");
        return Err(v.into());
    }
    Ok(id)
}

/// Today in the user's timezone.
async fn today_of(conn: &mut AsyncPgConnection, user_id: Uuid) -> Result<NaiveDate, Status> {
    Ok(crate::identity::clock::clock(conn, user_id).await?.today())
}

type Reply<T> = Result<Response<T>, Status>;

#[tonic::async_trait]
impl pb::social_service_server::SocialService for SocialGrpc {
    async fn send_friend_request(
        &self,
        request: Request<pb::SendFriendRequestRequest>,
    ) -> Reply<pb::SendFriendRequestResponse> {
        let caller = Caller::of(&request)?;
        let target = FriendTarget::parse(request.get_ref()).map_err(SocialError::from)?;
        let mut conn = self.conn().await?;
        let per_day = self.state.config.friend_requests_per_day;
        friends::count_send(&mut conn, caller.user_id, per_day).await?;
        // Known or not, the sender gets the same pending request.
        let row = match friends::find_user(&mut conn, &target).await {
            Ok((target_id, _)) if target_id == caller.user_id => {
                let mut v = FieldViolations::new();
                v.add(target.field(), "must be another user than the caller");
                return Err(v.into());
            }
            Ok((target_id, _)) => friends::send_request(&mut conn, caller.user_id, target_id).await?,
            Err(SocialError::UserNotFound) => friends::invite(&mut conn, caller.user_id, &target.address()).await?,
            Err(other) => return Err(other.into()),
        };
        Ok(Response::new(pb::SendFriendRequestResponse {
            friend_request: Some(row.seen_by(caller.user_id)),
        }))
    }

    async fn respond_to_friend_request(
        &self,
        request: Request<pb::RespondToFriendRequestRequest>,
    ) -> Reply<pb::RespondToFriendRequestResponse> {
        let caller = Caller::of(&request)?;
        let FriendAnswer {
            friend_request_id: id,
            accept,
        } = FriendAnswer::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let row = friends::respond(&mut conn, caller.user_id, id, accept).await?;
        Ok(Response::new(pb::RespondToFriendRequestResponse {
            friend_request: Some(row.seen_by(caller.user_id)),
        }))
    }

    async fn list_friends(&self, request: Request<pb::ListFriendsRequest>) -> Reply<pb::ListFriendsResponse> {
        let caller = Caller::of(&request)?.user_id;
        let mut conn = self.conn().await?;
        let accepted = friends::friends(&mut conn, caller).await?;
        let incoming = friends::pending(&mut conn, caller, true).await?;
        let outgoing = friends::pending(&mut conn, caller, false).await?;
        Ok(Response::new(pb::ListFriendsResponse {
            friends: accepted.iter().map(|f| f.as_friend(caller)).collect(),
            incoming: incoming.into_iter().map(|r| r.seen_by(caller)).collect(),
            outgoing: outgoing.into_iter().map(|r| r.seen_by(caller)).collect(),
        }))
    }

    async fn get_friend(&self, request: Request<pb::GetFriendRequest>) -> Reply<pb::GetFriendResponse> {
        let caller = Caller::of(&request)?.user_id;
        let other = other_user(caller, UserRef::try_from(request.get_ref())?)?;
        let mut conn = self.conn().await?;
        let friendship = friends::friendship(&mut conn, caller, other).await?;
        let devices = friends::shared_devices(&mut conn, other).await?;
        Ok(Response::new(pb::GetFriendResponse {
            profile: Some(pb::FriendProfile {
                friend: Some(friendship.as_friend(caller)),
                devices: devices.iter().map(Into::into).collect(),
            }),
        }))
    }

    async fn remove_friend(&self, request: Request<pb::RemoveFriendRequest>) -> Reply<pb::RemoveFriendResponse> {
        let caller = Caller::of(&request)?.user_id;
        let other = other_user(caller, UserRef::try_from(request.get_ref())?)?;
        let mut conn = self.conn().await?;
        friends::remove(&mut conn, caller, other).await?;
        Ok(Response::new(pb::RemoveFriendResponse {}))
    }

    async fn block(&self, request: Request<pb::BlockRequest>) -> Reply<pb::BlockResponse> {
        let caller = Caller::of(&request)?.user_id;
        let other = other_user(caller, UserRef::try_from(request.get_ref())?)?;
        let mut conn = self.conn().await?;
        friends::block(&mut conn, caller, other).await?;
        Ok(Response::new(pb::BlockResponse {}))
    }

    async fn unblock(&self, request: Request<pb::UnblockRequest>) -> Reply<pb::UnblockResponse> {
        let caller = Caller::of(&request)?.user_id;
        let other = other_user(caller, UserRef::try_from(request.get_ref())?)?;
        let mut conn = self.conn().await?;
        friends::unblock(&mut conn, caller, other).await?;
        Ok(Response::new(pb::UnblockResponse {}))
    }

    async fn list_blocked(&self, request: Request<pb::ListBlockedRequest>) -> Reply<pb::ListBlockedResponse> {
        let caller = Caller::of(&request)?.user_id;
        let mut conn = self.conn().await?;
        let rows = friends::blocked(&mut conn, caller).await?;
        Ok(Response::new(pb::ListBlockedResponse {
            blocked: rows
                .into_iter()
                .map(|b| pb::BlockedUser {
                    person: Some(super::model::person(b.user_id, &b.display_name)),
                    block_time: Some(timestamp(b.created_at)),
                })
                .collect(),
        }))
    }

    async fn start_visit(&self, request: Request<pb::StartVisitRequest>) -> Reply<pb::StartVisitResponse> {
        let caller = Caller::of(&request)?.user_id;
        let new = NewVisit::parse(request.get_ref(), Utc::now()).map_err(SocialError::from)?;
        let mut conn = self.conn().await?;
        let row = visits::start(&mut conn, caller, &new).await?;
        Ok(Response::new(pb::StartVisitResponse {
            visit: Some(row.message(caller)),
        }))
    }

    async fn end_visit(&self, request: Request<pb::EndVisitRequest>) -> Reply<pb::EndVisitResponse> {
        let caller = Caller::of(&request)?.user_id;
        let VisitRef(id) = VisitRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let row = visits::end(&mut conn, caller, id, Utc::now()).await?;
        Ok(Response::new(pb::EndVisitResponse {
            visit: Some(row.message(caller)),
        }))
    }

    async fn list_visits(&self, request: Request<pb::ListVisitsRequest>) -> Reply<pb::ListVisitsResponse> {
        let caller = Caller::of(&request)?.user_id;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let role = Role::parse(&mut v, &r);
        let scope = format!("ListVisits|{caller}|{role:?}|{}", r.active_only);
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let Some(page) = page.filter(|_| v.is_empty()) else {
            return Err(v.into());
        };
        let active_at = r.active_only.then(Utc::now);
        let mut conn = self.conn().await?;
        let mut rows = visits::list(&mut conn, caller, role, active_at, page.after, page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |visit| visit.id);
        Ok(Response::new(pb::ListVisitsResponse {
            visits: rows.iter().map(|visit| visit.message(caller)).collect(),
            next_page_token,
        }))
    }

    async fn get_visit(&self, request: Request<pb::GetVisitRequest>) -> Reply<pb::GetVisitResponse> {
        let caller = Caller::of(&request)?.user_id;
        let VisitRef(id) = VisitRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let row = visits::visit(&mut conn, caller, id).await?;
        Ok(Response::new(pb::GetVisitResponse {
            visit: Some(row.message(caller)),
        }))
    }

    async fn create_challenge(
        &self,
        request: Request<pb::CreateChallengeRequest>,
    ) -> Reply<pb::CreateChallengeResponse> {
        let caller = Caller::of(&request)?.user_id;
        let mut conn = self.conn().await?;
        let today = today_of(&mut conn, caller).await?;
        let new = NewChallenge::parse(request.get_ref(), today).map_err(SocialError::from)?;
        let row = challenges::create(&mut conn, caller, &new).await?;
        Ok(Response::new(pb::CreateChallengeResponse {
            challenge: Some(row.into()),
        }))
    }

    async fn get_challenge(&self, request: Request<pb::GetChallengeRequest>) -> Reply<pb::GetChallengeResponse> {
        let caller = Caller::of(&request)?.user_id;
        let ChallengeRef(id) = ChallengeRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let row = challenges::challenge(&mut conn, caller, id).await?;
        Ok(Response::new(pb::GetChallengeResponse {
            challenge: Some(row.into()),
        }))
    }

    async fn list_challenges(&self, request: Request<pb::ListChallengesRequest>) -> Reply<pb::ListChallengesResponse> {
        let caller = Caller::of(&request)?.user_id;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let scope = Scope::parse(&mut v, &r);
        let token_scope = format!("ListChallenges|{caller}|{scope:?}|{}", r.current_only);
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, token_scope, r.page_size, &r.page_token);
        let Some(page) = page.filter(|_| v.is_empty()) else {
            return Err(v.into());
        };
        let mut conn = self.conn().await?;
        let mut rows = challenges::list(&mut conn, caller, scope, r.current_only, page.after, page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |c| c.id);
        Ok(Response::new(pb::ListChallengesResponse {
            challenges: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn join_challenge(&self, request: Request<pb::JoinChallengeRequest>) -> Reply<pb::JoinChallengeResponse> {
        let caller = Caller::of(&request)?.user_id;
        let ChallengeRef(id) = ChallengeRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let today = today_of(&mut conn, caller).await?;
        let row = challenges::join(&mut conn, caller, id, today).await?;
        Ok(Response::new(pb::JoinChallengeResponse {
            challenge: Some(row.into()),
        }))
    }

    async fn leave_challenge(&self, request: Request<pb::LeaveChallengeRequest>) -> Reply<pb::LeaveChallengeResponse> {
        let caller = Caller::of(&request)?.user_id;
        let ChallengeRef(id) = ChallengeRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let row = challenges::leave(&mut conn, caller, id).await?;
        Ok(Response::new(pb::LeaveChallengeResponse {
            challenge: Some(row.into()),
        }))
    }

    async fn get_leaderboard(&self, request: Request<pb::GetLeaderboardRequest>) -> Reply<pb::GetLeaderboardResponse> {
        let caller = Caller::of(&request)?.user_id;
        let ChallengeRef(id) = ChallengeRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let (row, standings) = challenges::leaderboard(&mut conn, caller, id).await?;
        let unit = leaderboard::unit(row.kind());
        let entries = standings
            .into_iter()
            .map(|s| pb::LeaderboardEntry {
                rank: s.rank,
                person: s
                    .totals
                    .visible
                    .then(|| super::model::person(s.totals.user_id, &s.totals.display_name)),
                is_caller: s.totals.user_id == caller,
                value: (s.value * 100.0).round() / 100.0,
                unit: unit.to_owned(),
                days_counted: s.totals.days,
                meets_target: s.meets_target,
            })
            .collect();
        Ok(Response::new(pb::GetLeaderboardResponse {
            challenge: Some(row.into()),
            entries,
            compute_time: Some(timestamp(Utc::now())),
        }))
    }
}
