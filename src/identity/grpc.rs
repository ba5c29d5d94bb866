//! The tonic layer: check requests (the model's `TryFrom`s), call the
//! service, convert back.

use std::sync::Arc;

use secrecy::ExposeSecret;
use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::model::{
    AccountClosure, ActiveChange, GoogleToken, Login, Logout, PasswordChange, ProfileChanges, Refresh, Registration,
    Reopening, RoleChange, UserDeletion,
};
use super::repo;
use super::service::{self, ClientInfo};
use crate::audit::{self, AuditFilter};
use crate::auth::{peer, user_agent, Caller, Role};
use crate::error::FieldViolations;
use crate::privacy::deletion::{self, Proof};
use crate::privacy::export::{self, ExportError};
use crate::proto::identity::v1 as pb;
use crate::proto::timestamp;
use crate::request::{self, Page};
use crate::state::AppState;

pub use pb::admin_service_server::AdminServiceServer;
pub use pb::auth_service_server::AuthServiceServer;
pub use pb::user_service_server::UserServiceServer;

#[derive(Clone)]
pub struct IdentityGrpc {
    state: Arc<AppState>,
}

impl IdentityGrpc {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }

    /// The part of the shared state the account rules use.
    fn accounts(&self) -> service::Accounts<'_> {
        service::Accounts {
            pool: &self.state.pool,
            tokens: &self.state.tokens,
            google: &self.state.google,
            auth: &self.state.auth,
            deletion_grace: chrono::Duration::days(i64::from(self.state.config.data_rights.deletion_grace_days)),
        }
    }
}

fn client<T>(request: &Request<T>) -> ClientInfo {
    ClientInfo {
        peer: peer(request),
        user_agent: user_agent(request),
    }
}

#[tonic::async_trait]
impl pb::auth_service_server::AuthService for IdentityGrpc {
    async fn register(&self, request: Request<pb::RegisterRequest>) -> Result<Response<pb::RegisterResponse>, Status> {
        let client = client(&request);
        let form = Registration::try_from(request.get_ref())?;
        let (user, session) = service::register(self.accounts(), form, &client).await?;
        Ok(Response::new(pb::RegisterResponse {
            user: Some(user.into()),
            session: Some(session.into()),
        }))
    }

    async fn login(&self, request: Request<pb::LoginRequest>) -> Result<Response<pb::LoginResponse>, Status> {
        let client = client(&request);
        let Login { email, password } = Login::try_from(request.get_ref())?;
        let (user, session) = service::login(self.accounts(), &email, password.expose_secret(), &client).await?;
        Ok(Response::new(pb::LoginResponse {
            user: Some(user.into()),
            session: Some(session.into()),
        }))
    }

    async fn refresh(&self, request: Request<pb::RefreshRequest>) -> Result<Response<pb::RefreshResponse>, Status> {
        let client = client(&request);
        let Refresh { refresh_token } = Refresh::try_from(request.get_ref())?;
        let (user, session) = service::refresh(self.accounts(), refresh_token.expose_secret(), &client).await?;
        Ok(Response::new(pb::RefreshResponse {
            user: Some(user.into()),
            session: Some(session.into()),
        }))
    }

    async fn logout(&self, request: Request<pb::LogoutRequest>) -> Result<Response<pb::LogoutResponse>, Status> {
        let caller = Caller::of(&request)?;
        let client = client(&request);
        let Logout { refresh_token } = Logout::try_from(request.get_ref())?;
        let token = refresh_token.as_ref().map(ExposeSecret::expose_secret);
        let revoked = service::logout(self.accounts(), caller.user_id, token, &client).await?;
        Ok(Response::new(pb::LogoutResponse {
            revoked_sessions: i32::try_from(revoked).unwrap_or(i32::MAX),
        }))
    }

    async fn sign_in_with_google(
        &self,
        request: Request<pb::SignInWithGoogleRequest>,
    ) -> Result<Response<pb::SignInWithGoogleResponse>, Status> {
        let client = client(&request);
        let GoogleToken { id_token } = GoogleToken::try_from(request.get_ref())?;
        let (user, session, created) =
            service::sign_in_with_google(self.accounts(), id_token.expose_secret(), &client).await?;
        Ok(Response::new(pb::SignInWithGoogleResponse {
            user: Some(user.into()),
            session: Some(session.into()),
            created,
        }))
    }

    async fn change_password(
        &self,
        request: Request<pb::ChangePasswordRequest>,
    ) -> Result<Response<pb::ChangePasswordResponse>, Status> {
        let caller = Caller::of(&request)?;
        let client = client(&request);
        let PasswordChange {
            current_password,
            google_id_token,
            new_password,
        } = PasswordChange::try_from(request.get_ref())?;
        let session = service::change_password(
            self.accounts(),
            caller.user_id,
            current_password.expose_secret(),
            google_id_token.expose_secret(),
            new_password,
            &client,
        )
        .await?;
        Ok(Response::new(pb::ChangePasswordResponse {
            session: Some(session.into()),
        }))
    }
}

#[tonic::async_trait]
impl pb::user_service_server::UserService for IdentityGrpc {
    async fn get_me(&self, request: Request<pb::GetMeRequest>) -> Result<Response<pb::GetMeResponse>, Status> {
        let caller = Caller::of(&request)?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let user = repo::user(&mut conn, caller.user_id).await?;
        Ok(Response::new(pb::GetMeResponse {
            user: Some(user.into()),
        }))
    }

    async fn update_me(&self, request: Request<pb::UpdateMeRequest>) -> Result<Response<pb::UpdateMeResponse>, Status> {
        let caller = Caller::of(&request)?;
        let changes = ProfileChanges::try_from(request.into_inner())?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let user = repo::update_profile(&mut conn, caller.user_id, &changes).await?;
        Ok(Response::new(pb::UpdateMeResponse {
            user: Some(user.into()),
        }))
    }

    async fn link_google(
        &self,
        request: Request<pb::LinkGoogleRequest>,
    ) -> Result<Response<pb::LinkGoogleResponse>, Status> {
        let caller = Caller::of(&request)?;
        let client = client(&request);
        let GoogleToken { id_token } = GoogleToken::try_from(request.get_ref())?;
        let user = service::link_google(self.accounts(), caller.user_id, id_token.expose_secret(), &client).await?;
        Ok(Response::new(pb::LinkGoogleResponse {
            user: Some(user.into()),
        }))
    }

    type ExportMeStream = ExportStream;

    async fn export_me(&self, request: Request<pb::ExportMeRequest>) -> Result<Response<ExportStream>, Status> {
        let caller = Caller::of(&request)?;
        {
            let mut conn = crate::db::conn(&self.state.pool).await?;
            export::admit(
                &mut conn,
                caller.user_id,
                self.state.config.data_rights.exports_per_hour,
            )
            .await?;
        }
        let state = self.state.clone();
        // A few chunks in flight at most: the archive is written only as
        // fast as the client reads it.
        let (tx, rx) = tokio::sync::mpsc::channel::<Result<pb::ExportMeResponse, Status>>(4);
        let file_name = format!("kith-export-{}.zip", chrono::Utc::now().format("%Y%m%d-%H%M%S"));
        tokio::spawn(async move {
            let mut first = Some(file_name);
            let sender = tx.clone();
            let mut conn = match crate::db::conn(&state.pool).await {
                Ok(conn) => conn,
                Err(err) => {
                    let _ = tx.send(Err(err.into())).await;
                    return;
                }
            };
            let written = export::write_archive(&mut conn, caller.user_id, |chunk| {
                let message = pb::ExportMeResponse {
                    chunk,
                    file_name: first.take().unwrap_or_default(),
                };
                let sender = sender.clone();
                async move { sender.send(Ok(message)).await.is_ok() }
            })
            .await;
            match written {
                Ok(manifest) => tracing::info!(resources = manifest.resources.len(), "export written"),
                Err(ExportError::Abandoned) => tracing::info!("export abandoned by the client"),
                Err(err) => {
                    let _ = tx.send(Err(err.into())).await;
                }
            }
        });
        Ok(Response::new(Box::pin(tokio_stream::wrappers::ReceiverStream::new(rx))))
    }

    async fn delete_me(&self, request: Request<pb::DeleteMeRequest>) -> Result<Response<pb::DeleteMeResponse>, Status> {
        let caller = Caller::of(&request)?;
        let client = client(&request);
        let AccountClosure {
            current_password,
            google_id_token,
        } = AccountClosure::try_from(request.get_ref())?;
        let deletion = deletion::delete_me(
            self.accounts(),
            caller.user_id,
            current_password.expose_secret(),
            google_id_token.expose_secret(),
            &client,
        )
        .await?;
        Ok(Response::new(pb::DeleteMeResponse {
            erase_time: Some(timestamp(deletion.erase_after)),
        }))
    }

    async fn cancel_deletion(
        &self,
        request: Request<pb::CancelDeletionRequest>,
    ) -> Result<Response<pb::CancelDeletionResponse>, Status> {
        let client = client(&request);
        let reopening = Reopening::try_from(request.get_ref())?;
        let proof = match &reopening {
            Reopening::Password { email, password } => Proof::Password {
                email,
                password: password.expose_secret(),
            },
            Reopening::Google { id_token } => Proof::Google {
                id_token: id_token.expose_secret(),
            },
        };
        let (user, session) = deletion::cancel(self.accounts(), proof, &client).await?;
        Ok(Response::new(pb::CancelDeletionResponse {
            user: Some(user.into()),
            session: Some(session.into()),
        }))
    }
}

type ExportStream = std::pin::Pin<Box<dyn futures::Stream<Item = Result<pb::ExportMeResponse, Status>> + Send>>;

fn audit_event(row: audit::AuditEventRow) -> pb::AuditEvent {
    pb::AuditEvent {
        id: row.id.to_string(),
        sequence: row.sequence,
        time: Some(timestamp(row.at)),
        actor_id: row.actor_id.map(|a| a.to_string()).unwrap_or_default(),
        metadata: audit::metadata(&row).into_iter().collect(),
        action: row.action,
        resource_type: row.resource_type,
        resource_id: row.resource_id,
        ip: row.ip.unwrap_or_default(),
        prev_hash: row.prev_hash,
        hash: row.hash,
    }
}

#[tonic::async_trait]
impl pb::admin_service_server::AdminService for IdentityGrpc {
    async fn list_users(
        &self,
        request: Request<pb::ListUsersRequest>,
    ) -> Result<Response<pb::ListUsersResponse>, Status> {
        Caller::of(&request)?.require(Role::Admin)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let role = v
            .check("role", Role::optional(r.role).map_err(|_| "is not a known role"))
            .flatten();
        let filter = repo::UserFilter {
            role,
            is_active: r.is_active,
        };
        let scope = format!("ListUsers|{role:?}|{:?}", r.is_active);
        let page = Page::<Uuid>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let Some(page) = page.filter(|_| v.is_empty()) else {
            return Err(v.into());
        };
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let mut rows = repo::list_users(&mut conn, &filter, page.after, page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |u| u.id);
        Ok(Response::new(pb::ListUsersResponse {
            users: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn set_user_role(
        &self,
        request: Request<pb::SetUserRoleRequest>,
    ) -> Result<Response<pb::SetUserRoleResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.require(Role::Admin)?;
        let client = client(&request);
        let RoleChange { user_id, role } = RoleChange::try_from(request.get_ref())?;
        let user = service::set_role(self.accounts(), caller.user_id, user_id, role, &client).await?;
        Ok(Response::new(pb::SetUserRoleResponse {
            user: Some(user.into()),
        }))
    }

    async fn set_user_active(
        &self,
        request: Request<pb::SetUserActiveRequest>,
    ) -> Result<Response<pb::SetUserActiveResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.require(Role::Admin)?;
        let client = client(&request);
        let ActiveChange { user_id, is_active } = ActiveChange::try_from(request.get_ref())?;
        let user = service::set_active(self.accounts(), caller.user_id, user_id, is_active, &client).await?;
        Ok(Response::new(pb::SetUserActiveResponse {
            user: Some(user.into()),
        }))
    }

    async fn list_audit_events(
        &self,
        request: Request<pb::ListAuditEventsRequest>,
    ) -> Result<Response<pb::ListAuditEventsResponse>, Status> {
        Caller::of(&request)?.require(Role::Admin)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let actor_id = crate::request::optional_uuid(&mut v, "actor_id", &r.actor_id);
        let start = request::time(&mut v, "start_time", r.start_time.as_ref()).flatten();
        let end = request::time(&mut v, "end_time", r.end_time.as_ref()).flatten();
        let filter = AuditFilter {
            actor_id,
            resource_type: request::optional_text(&mut v, "resource_type", &r.resource_type, 100),
            resource_id: request::optional_text(&mut v, "resource_id", &r.resource_id, 255),
            action: request::optional_text(&mut v, "action", &r.action, 100),
            start,
            end,
        };
        let scope = format!("ListAuditEvents|{filter:?}");
        let page = Page::<i64>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        let Some(page) = page.filter(|_| v.is_empty()) else {
            return Err(v.into());
        };
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let mut rows = audit::list(&mut conn, &filter, page.after, page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |e| e.sequence);
        Ok(Response::new(pb::ListAuditEventsResponse {
            events: rows.into_iter().map(audit_event).collect(),
            next_page_token,
        }))
    }

    async fn verify_audit_chain(
        &self,
        request: Request<pb::VerifyAuditChainRequest>,
    ) -> Result<Response<pb::VerifyAuditChainResponse>, Status> {
        Caller::of(&request)?.require(Role::Admin)?;
        let mut conn = crate::db::conn(&self.state.pool).await?;
        let report = audit::verify(&mut conn).await?;
        let (first_invalid_event_id, reason) = report
            .broken
            .as_ref()
            .map(|(id, reason)| (id.to_string(), reason.clone()))
            .unwrap_or_default();
        Ok(Response::new(pb::VerifyAuditChainResponse {
            valid: report.broken.is_none(),
            events_checked: report.checked,
            first_invalid_event_id,
            reason,
        }))
    }

    async fn delete_user(
        &self,
        request: Request<pb::DeleteUserRequest>,
    ) -> Result<Response<pb::DeleteUserResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.require(Role::Admin)?;
        let client = client(&request);
        let UserDeletion { user_id } = UserDeletion::try_from(request.get_ref())?;
        let deletion = deletion::delete_user(self.accounts(), caller.user_id, user_id, &client).await?;
        Ok(Response::new(pb::DeleteUserResponse {
            erase_time: Some(timestamp(deletion.erase_after)),
        }))
    }
}
