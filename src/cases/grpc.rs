//! `kith.cases.v1.CaseService`: filing, reading, changing and sharing
//! cases, with the audit trail of what investigators and admins read and
//! of every change.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::model::{self, CaseFields, CaseRow, CaseStatus, CaseUpdate, Finish, Priority, Share};
use super::repo::{self, CaseQuery, Viewer};
use super::store::{FolderStore, ImageStore};
use super::CasesError;
use crate::audit::{self, AuditEntry};
use crate::auth::{Caller, Role};
use crate::error::{DbError, FieldViolations};
use crate::proto::cases::v1 as pb;
use crate::request::{self, Page, Text};
use crate::state::AppState;

pub use pb::case_service_server::CaseServiceServer;
pub use pb::image_service_server::ImageServiceServer;

#[derive(Clone)]
pub struct CasesGrpc {
    pub(super) state: Arc<AppState>,
    pub(super) store: Arc<dyn ImageStore>,
    pub(super) matcher: Arc<dyn super::matcher::Matcher>,
}

impl CasesGrpc {
    pub fn new(state: Arc<AppState>) -> Self {
        let store = Arc::new(FolderStore::new(state.config.case_image_dir()));
        let matcher = super::matcher::from_config(&state.config.cases);
        Self { state, store, matcher }
    }

    pub(super) async fn conn(&self) -> Result<crate::db::Conn<'_>, CasesError> {
        Ok(crate::db::conn(&self.state.pool).await?)
    }
}

pub(super) type Result<T, E = CasesError> = std::result::Result<T, E>;

/// The caller, their address (for the audit trail) and the message.
pub(super) fn called<T>(request: Request<T>) -> Result<(Caller, String, T), Status> {
    let caller = Caller::of(&request)?;
    let peer = crate::auth::peer(&request);
    Ok((caller, peer, request.into_inner()))
}

pub(super) fn id(field: &str, raw: &str) -> Result<Uuid> {
    let mut v = FieldViolations::new();
    let id = request::uuid(&mut v, field, raw);
    v.into_result()?;
    Ok(id.unwrap_or_default())
}

/// Who did it, from where, to which case: every change, and what an
/// investigator or admin reads.
pub(super) struct Audit<'a> {
    pub caller: Caller,
    pub peer: &'a str,
}

impl Audit<'_> {
    pub fn entry(&self, action: &'static str, resource: &'static str, id: impl ToString) -> AuditEntry {
        AuditEntry::new(action, resource, id)
            .actor(self.caller.user_id)
            .ip(self.peer)
    }

    /// A read, recorded when the reader sees every case.
    pub async fn read(&self, conn: &mut AsyncPgConnection, entry: AuditEntry) -> Result<(), DbError> {
        if Viewer::of(&self.caller) == Viewer::All {
            audit::record(conn, entry).await?;
        }
        Ok(())
    }
}

/// The case, if the caller may see it.
pub(super) async fn visible(conn: &mut AsyncPgConnection, caller: &Caller, id: Uuid) -> Result<CaseRow> {
    repo::visible(conn, Viewer::of(caller), id)
        .await
        .map_err(|e| CasesError::or_missing(e, CasesError::CaseNotFound))
}

/// The case, if the caller may change it: its reporter, an investigator or
/// an admin (someone it was shared with only reads it).
pub(super) async fn editable(conn: &mut AsyncPgConnection, caller: &Caller, id: Uuid) -> Result<CaseRow> {
    let case = visible(conn, caller, id).await?;
    if Viewer::of(caller) == Viewer::All || case.reporter_id == Some(caller.user_id) {
        Ok(case)
    } else {
        Err(CasesError::ReadOnly)
    }
}

fn invalid(v: FieldViolations) -> Result<()> {
    v.into_result().map_err(CasesError::from)
}

impl CasesGrpc {
    /// Close or mark found: only an open case, by those who may change it.
    async fn finish(&self, caller: Caller, peer: &str, finish: Finish, to: CaseStatus) -> Result<pb::Case> {
        let Finish { case_id, why } = finish;
        let audit = Audit { caller, peer };
        let mut conn = self.conn().await?;
        let case = conn
            .transaction::<_, CasesError, _>(async |conn| {
                let case = editable(conn, &caller, case_id).await?;
                let Some(done) = repo::finish(conn, case.id, to).await? else {
                    let status = CaseStatus::from_stored(&case.status).unwrap_or(CaseStatus::Closed);
                    return Err(CasesError::Finished(status.as_str()));
                };
                let action = if to == CaseStatus::Found {
                    "case.found"
                } else {
                    "case.close"
                };
                audit::record(conn, audit.entry(action, "case", case.id).meta("why", &why)).await?;
                Ok(done)
            })
            .await?;
        tracing::info!(case_id = %case.id, status = to.as_str(), "case finished");
        Ok(case.into())
    }
}

#[tonic::async_trait]
impl pb::case_service_server::CaseService for CasesGrpc {
    async fn create_case(
        &self,
        request: Request<pb::CreateCaseRequest>,
    ) -> Result<Response<pb::CreateCaseResponse>, Status> {
        let (caller, peer, r) = called(request)?;
        if !matches!(caller.role, Role::CaseReporter | Role::Investigator | Role::Admin) {
            return Err(CasesError::CannotFile.into());
        }
        let fields = CaseFields::try_from(&r)?;
        let audit = Audit { caller, peer: &peer };
        let mut conn = self.conn().await?;
        let case = conn
            .transaction::<_, CasesError, _>(async |conn| {
                let case = repo::create(conn, caller.user_id, &fields).await?;
                audit::record(
                    conn,
                    audit
                        .entry("case.create", "case", case.id)
                        .meta("priority", &case.priority),
                )
                .await?;
                Ok(case)
            })
            .await?;
        tracing::info!(case_id = %case.id, priority = %case.priority, "case filed");
        Ok(Response::new(pb::CreateCaseResponse {
            case: Some(case.into()),
        }))
    }

    async fn get_case(&self, request: Request<pb::GetCaseRequest>) -> Result<Response<pb::GetCaseResponse>, Status> {
        let (caller, peer, r) = called(request)?;
        let case_id = id("case_id", &r.case_id)?;
        let audit = Audit { caller, peer: &peer };
        let mut conn = self.conn().await?;
        let case = visible(&mut conn, &caller, case_id).await?;
        audit
            .read(&mut conn, audit.entry("case.read", "case", case.id))
            .await
            .map_err(CasesError::from)?;
        Ok(Response::new(pb::GetCaseResponse {
            case: Some(case.into()),
        }))
    }

    async fn list_cases(
        &self,
        request: Request<pb::ListCasesRequest>,
    ) -> Result<Response<pb::ListCasesResponse>, Status> {
        let (caller, peer, r) = called(request)?;
        let mut v = FieldViolations::new();
        let status = v.check("status", CaseStatus::optional(r.status));
        let priority = v.check("priority", Priority::optional(r.priority));
        request::text(&mut v, "query", &r.query, model::MAX_QUERY_CHARS, Text::Line);
        let scope = format!("ListCases|{}|{}|{}|{}", caller.user_id, r.status, r.priority, r.query);
        let page =
            Page::<(DateTime<Utc>, Uuid)>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        invalid(v)?;
        let (Some(status), Some(priority), Some(page)) = (status, priority, page) else {
            unreachable!("checked")
        };
        let filter = CaseQuery {
            status,
            priority,
            words: repo::words_query(&r.query),
        };
        let audit = Audit { caller, peer: &peer };
        let mut conn = self.conn().await?;
        let mut rows = repo::list(&mut conn, Viewer::of(&caller), &filter, page.after, page.fetch())
            .await
            .map_err(CasesError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |c| (c.updated_at, c.id));
        let entry = audit
            .entry("case.list", "case", "*")
            .meta("query", &r.query)
            .meta("returned", rows.len())
            .meta(
                "case_ids",
                rows.iter().map(|c| c.id.to_string()).collect::<Vec<_>>().join(","),
            );
        audit.read(&mut conn, entry).await.map_err(CasesError::from)?;
        Ok(Response::new(pb::ListCasesResponse {
            cases: rows.into_iter().map(pb::Case::from).collect(),
            next_page_token,
        }))
    }

    async fn update_case(
        &self,
        request: Request<pb::UpdateCaseRequest>,
    ) -> Result<Response<pb::UpdateCaseResponse>, Status> {
        let (caller, peer, r) = called(request)?;
        let update = CaseUpdate::try_from(r)?;
        let case_id = update.case_id;
        let audit = Audit { caller, peer: &peer };
        let mut conn = self.conn().await?;
        let case = conn
            .transaction::<_, CasesError, _>(async |conn| {
                // Two updates at once would each merge into the same stored
                // case and the later would undo the earlier.
                repo::lock(conn, case_id).await?;
                let stored = editable(conn, &caller, case_id).await?;
                if stored.status != CaseStatus::Open.as_str() {
                    return Err(CasesError::Finished(
                        CaseStatus::from_stored(&stored.status).map_or("closed", |s| s.as_str()),
                    ));
                }
                let fields = update.apply(stored.into(), Utc::now())?;
                let case = (repo::update(conn, case_id, &fields).await?).ok_or(CasesError::Finished("closed"))?;
                audit::record(
                    conn,
                    audit
                        .entry("case.update", "case", case_id)
                        .meta("paths", update.paths.join(",")),
                )
                .await?;
                Ok(case)
            })
            .await?;
        Ok(Response::new(pb::UpdateCaseResponse {
            case: Some(case.into()),
        }))
    }

    async fn close_case(
        &self,
        request: Request<pb::CloseCaseRequest>,
    ) -> Result<Response<pb::CloseCaseResponse>, Status> {
        let (caller, peer, r) = called(request)?;
        let finish = Finish::try_from(&r)?;
        let case = self.finish(caller, &peer, finish, CaseStatus::Closed).await?;
        Ok(Response::new(pb::CloseCaseResponse { case: Some(case) }))
    }

    async fn mark_found(
        &self,
        request: Request<pb::MarkFoundRequest>,
    ) -> Result<Response<pb::MarkFoundResponse>, Status> {
        let (caller, peer, r) = called(request)?;
        let finish = Finish::try_from(&r)?;
        let case = self.finish(caller, &peer, finish, CaseStatus::Found).await?;
        Ok(Response::new(pb::MarkFoundResponse { case: Some(case) }))
    }

    async fn share_case(
        &self,
        request: Request<pb::ShareCaseRequest>,
    ) -> Result<Response<pb::ShareCaseResponse>, Status> {
        let (caller, peer, r) = called(request)?;
        let Share {
            case_id,
            user_id,
            revoke,
        } = Share::check(&r, caller.user_id)?;
        let audit = Audit { caller, peer: &peer };
        let mut conn = self.conn().await?;
        conn.transaction::<_, CasesError, _>(async |conn| {
            let case = visible(conn, &caller, case_id).await?;
            if caller.role != Role::Admin && case.reporter_id != Some(caller.user_id) {
                return Err(CasesError::NotSharer);
            }
            let action = if revoke {
                repo::revoke(conn, case_id, user_id).await?;
                "case.unshare"
            } else {
                if !repo::user_exists(conn, user_id).await? {
                    return Err(CasesError::UserNotFound);
                }
                repo::grant(conn, case_id, user_id, caller.user_id).await?;
                "case.share"
            };
            audit::record(conn, audit.entry(action, "case", case_id).meta("user_id", user_id)).await?;
            Ok(())
        })
        .await?;
        Ok(Response::new(pb::ShareCaseResponse {}))
    }
}
