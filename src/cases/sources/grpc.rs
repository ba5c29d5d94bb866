//! `kith.cases.v1.ExternalSourceService`: admins configure external
//! registries, test them, sync them, and read their sync and query logs.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use diesel_async::AsyncConnection;
use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::connector::{self, Failure, Reader};
use super::crypto::SealKey;
use super::model::{NewSource, QueryPurpose, SourceUpdate};
use super::repo;
use super::sync::{self, Requester};
use super::SourcesError;
use crate::audit::{self, AuditEntry};
use crate::auth::{Caller, Role};
use crate::cases::grpc::called;
use crate::error::FieldViolations;
use crate::proto::cases::v1 as pb;
use crate::request::{self, Page};
use crate::state::AppState;

pub use pb::external_source_service_server::ExternalSourceServiceServer;

#[derive(Clone)]
pub struct ExternalSourcesGrpc {
    state: Arc<AppState>,
}

impl ExternalSourcesGrpc {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }

    async fn conn(&self) -> Result<crate::db::Conn<'_>, SourcesError> {
        Ok(crate::db::conn(&self.state.pool).await?)
    }

    fn key(&self) -> Result<SealKey, SourcesError> {
        Ok(SealKey::of(&self.state.config, &self.state.hash_key)?)
    }
}

type Result<T, E = SourcesError> = std::result::Result<T, E>;

/// The caller, their address and the message, for admins only.
fn admin<T>(request: Request<T>) -> Result<(Caller, String, T), Status> {
    let (caller, peer, message) = called(request)?;
    caller.require(Role::Admin)?;
    Ok((caller, peer, message))
}

fn source_id(field: &str, raw: &str) -> Result<Uuid> {
    let mut v = FieldViolations::new();
    let id = request::uuid(&mut v, field, raw);
    v.into_result()?;
    Ok(id.unwrap_or_default())
}

fn entry(caller: &Caller, peer: &str, action: &'static str, id: Uuid) -> AuditEntry {
    AuditEntry::new(action, "case_source", id)
        .actor(caller.user_id)
        .ip(peer)
}

/// A page of a log, after the `(time, id)` of the last row seen.
type LogPage = Page<(DateTime<Utc>, Uuid)>;

/// A page of one source's log: the source and the key of the last row seen.
fn log_page(state: &AppState, method: &str, source: &str, size: i32, token: &str) -> Result<(Uuid, LogPage)> {
    let mut v = FieldViolations::new();
    let id = request::uuid(&mut v, "source_id", source);
    let page = Page::parse(&mut v, &state.page_tokens, format!("{method}|{source}"), size, token);
    v.into_result()?;
    let (Some(id), Some(page)) = (id, page) else {
        unreachable!("checked")
    };
    Ok((id, page))
}

#[tonic::async_trait]
impl pb::external_source_service_server::ExternalSourceService for ExternalSourcesGrpc {
    async fn create_external_source(
        &self,
        request: Request<pb::CreateExternalSourceRequest>,
    ) -> Result<Response<pb::CreateExternalSourceResponse>, Status> {
        let (caller, peer, r) = admin(request)?;
        let NewSource { spec, connection } = NewSource::try_from(&r)?;
        let key = self.key()?;
        let id = Uuid::now_v7();
        let sealed = key.seal(id, connection.expose());
        let mut conn = self.conn().await?;
        let source = conn
            .transaction::<_, SourcesError, _>(async |conn| {
                let source = repo::create(conn, id, &spec, &sealed, caller.user_id)
                    .await
                    .map_err(SourcesError::or_taken)?;
                let created = entry(&caller, &peer, "case_source.create", id)
                    .meta("name", &source.name)
                    .meta("table", &source.table_name);
                audit::record(conn, created).await?;
                Ok(source)
            })
            .await?;
        tracing::info!(source_id = %source.id, "external source created");
        Ok(Response::new(pb::CreateExternalSourceResponse {
            source: Some(source.into()),
        }))
    }

    async fn list_external_sources(
        &self,
        request: Request<pb::ListExternalSourcesRequest>,
    ) -> Result<Response<pb::ListExternalSourcesResponse>, Status> {
        let (_, _, r) = admin(request)?;
        let mut v = FieldViolations::new();
        let page = Page::<String>::parse(
            &mut v,
            &self.state.page_tokens,
            "ListExternalSources".into(),
            r.page_size,
            &r.page_token,
        );
        v.into_result().map_err(SourcesError::from)?;
        let Some(page) = page else { unreachable!("checked") };
        let mut conn = self.conn().await?;
        let mut rows = repo::list(&mut conn, page.after.clone(), page.fetch())
            .await
            .map_err(SourcesError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |s| s.name.clone());
        Ok(Response::new(pb::ListExternalSourcesResponse {
            sources: rows.into_iter().map(pb::ExternalSource::from).collect(),
            next_page_token,
        }))
    }

    async fn update_external_source(
        &self,
        request: Request<pb::UpdateExternalSourceRequest>,
    ) -> Result<Response<pb::UpdateExternalSourceResponse>, Status> {
        let (caller, peer, r) = admin(request)?;
        let update = SourceUpdate::try_from(r)?;
        let id = update.id;
        let key = self.key()?;
        let sealed = (update.connection.as_ref()).map(|url| key.seal(id, url.expose()));
        let mut conn = self.conn().await?;
        let source = conn
            .transaction::<_, SourcesError, _>(async |conn| {
                let stored = repo::source_for_update(conn, id)
                    .await
                    .map_err(SourcesError::or_missing)?;
                let spec = update.apply(stored.into())?;
                let source = repo::update(conn, id, &spec, sealed.clone())
                    .await
                    .map_err(SourcesError::or_taken)?;
                let updated = entry(&caller, &peer, "case_source.update", id).meta("paths", update.paths.join(","));
                audit::record(conn, updated).await?;
                Ok(source)
            })
            .await?;
        Ok(Response::new(pb::UpdateExternalSourceResponse {
            source: Some(source.into()),
        }))
    }

    async fn delete_external_source(
        &self,
        request: Request<pb::DeleteExternalSourceRequest>,
    ) -> Result<Response<pb::DeleteExternalSourceResponse>, Status> {
        let (caller, peer, r) = admin(request)?;
        let id = source_id("source_id", &r.source_id)?;
        let mut conn = self.conn().await?;
        conn.transaction::<_, SourcesError, _>(async |conn| {
            let name = repo::delete(conn, id).await?.ok_or(SourcesError::NotFound)?;
            audit::record(conn, entry(&caller, &peer, "case_source.delete", id).meta("name", name)).await?;
            Ok(())
        })
        .await?;
        tracing::info!(source_id = %id, "external source deleted");
        Ok(Response::new(pb::DeleteExternalSourceResponse {}))
    }

    async fn test_connection(
        &self,
        request: Request<pb::TestConnectionRequest>,
    ) -> Result<Response<pb::TestConnectionResponse>, Status> {
        let (caller, peer, r) = admin(request)?;
        let id = source_id("source_id", &r.source_id)?;
        let key = self.key()?;
        let mut conn = self.conn().await?;
        let source = repo::source(&mut conn, id).await.map_err(SourcesError::or_missing)?;
        let reader = Reader {
            user_id: Some(caller.user_id),
            purpose: QueryPurpose::Test,
        };
        let response = match connector::count(&mut conn, &key, &source, reader).await {
            Ok(rows) => pb::TestConnectionResponse {
                ok: true,
                rows,
                problem: String::new(),
            },
            Err(Failure::Source(problem)) => pb::TestConnectionResponse {
                ok: false,
                rows: 0,
                problem: problem.to_string(),
            },
            Err(Failure::Db(err)) => return Err(SourcesError::Db(err).into()),
        };
        let tested = entry(&caller, &peer, "case_source.test", id)
            .meta("ok", response.ok)
            .meta("rows", response.rows);
        audit::record(&mut conn, tested).await.map_err(SourcesError::from)?;
        Ok(Response::new(response))
    }

    async fn sync_now(&self, request: Request<pb::SyncNowRequest>) -> Result<Response<pb::SyncNowResponse>, Status> {
        let (caller, peer, r) = admin(request)?;
        let id = source_id("source_id", &r.source_id)?;
        let by = Requester::Admin {
            user_id: caller.user_id,
            peer: peer.clone(),
        };
        let log = sync::run(self.state.pool.clone(), self.key()?, id, by).await?;
        let synced = entry(&caller, &peer, "case_source.sync", id)
            .meta("sync_id", log.id)
            .meta("status", &log.status)
            .meta("created", log.created)
            .meta("updated", log.updated)
            .meta("skipped", log.skipped);
        let mut conn = self.conn().await?;
        audit::record(&mut conn, synced).await.map_err(SourcesError::from)?;
        Ok(Response::new(pb::SyncNowResponse { log: Some(log.into()) }))
    }

    async fn list_sync_logs(
        &self,
        request: Request<pb::ListSyncLogsRequest>,
    ) -> Result<Response<pb::ListSyncLogsResponse>, Status> {
        let (_, _, r) = admin(request)?;
        let (id, page) = log_page(&self.state, "ListSyncLogs", &r.source_id, r.page_size, &r.page_token)?;
        let mut conn = self.conn().await?;
        if !repo::exists(&mut conn, id).await.map_err(SourcesError::from)? {
            return Err(SourcesError::NotFound.into());
        }
        let mut rows = repo::syncs(&mut conn, id, page.after, page.fetch())
            .await
            .map_err(SourcesError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |s| (s.started_at, s.id));
        Ok(Response::new(pb::ListSyncLogsResponse {
            logs: rows.into_iter().map(pb::SyncLog::from).collect(),
            next_page_token,
        }))
    }

    async fn list_query_logs(
        &self,
        request: Request<pb::ListQueryLogsRequest>,
    ) -> Result<Response<pb::ListQueryLogsResponse>, Status> {
        let (_, _, r) = admin(request)?;
        let (id, page) = log_page(&self.state, "ListQueryLogs", &r.source_id, r.page_size, &r.page_token)?;
        let mut conn = self.conn().await?;
        if !repo::exists(&mut conn, id).await.map_err(SourcesError::from)? {
            return Err(SourcesError::NotFound.into());
        }
        let mut rows = repo::queries(&mut conn, id, page.after, page.fetch())
            .await
            .map_err(SourcesError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |q| (q.created_at, q.id));
        Ok(Response::new(pb::ListQueryLogsResponse {
            logs: rows.into_iter().map(pb::QueryLog::from).collect(),
            next_page_token,
        }))
    }
}
