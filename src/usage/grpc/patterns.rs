//! Detected patterns: listing, resolving, detecting on demand.

use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::*;
use crate::auth::Caller;
use crate::error::FieldViolations;
use crate::proto::timestamp;
use crate::proto::usage::v1 as pb;
use crate::request::Page;
use crate::usage::detection;
use crate::usage::error::UsageError;
use crate::usage::model::PatternRef;
use crate::usage::patterns::PatternKind;
use crate::usage::repo;

fn pattern_message(row: repo::PatternRow) -> pb::Pattern {
    let metadata = row
        .metadata
        .as_object()
        .map(|o| {
            o.iter()
                .map(|(k, v)| (k.clone(), v.as_str().map_or_else(|| v.to_string(), str::to_owned)))
                .collect()
        })
        .unwrap_or_default();
    pb::Pattern {
        id: row.id.to_string(),
        kind: PatternKind::from_stored(&row.kind).map_or(pb::PatternKind::Unspecified, pb::PatternKind::from) as i32,
        severity: row.severity,
        confidence: row.confidence,
        detected_at: Some(timestamp(row.detected_at)),
        resolved_at: row.resolved_at.map(timestamp),
        metadata,
    }
}

pub(super) async fn list_patterns(
    grpc: &UsageGrpc,
    request: Request<pb::ListPatternsRequest>,
) -> Result<Response<pb::ListPatternsResponse>, Status> {
    let caller = Caller::of(&request)?;
    let r = request.into_inner();
    let mut v = FieldViolations::new();
    let kind = PatternKind::filter(&mut v, &r).map(PatternKind::as_str);
    let scope = format!("ListPatterns|{}|{:?}|{}", caller.user_id, kind, r.include_resolved);
    let page = Page::<Uuid>::parse(&mut v, &grpc.state.page_tokens, scope, r.page_size, &r.page_token);
    let Some(page) = page.filter(|_| v.is_empty()) else {
        return Err(UsageError::from(v).into());
    };
    let mut conn = grpc.conn().await?;
    let mut rows = repo::list_patterns(
        &mut conn,
        caller.user_id,
        kind,
        r.include_resolved,
        page.after,
        page.fetch(),
    )
    .await
    .map_err(UsageError::from)?;
    let next_page_token = page.finish(&grpc.state.page_tokens, &mut rows, |p| p.id);
    Ok(Response::new(pb::ListPatternsResponse {
        patterns: rows.into_iter().map(pattern_message).collect(),
        next_page_token,
    }))
}

pub(super) async fn resolve_pattern(
    grpc: &UsageGrpc,
    request: Request<pb::ResolvePatternRequest>,
) -> Result<Response<pb::ResolvePatternResponse>, Status> {
    let caller = Caller::of(&request)?;
    let PatternRef(id) = PatternRef::try_from(request.get_ref())?;
    let mut conn = grpc.conn().await?;
    let row = repo::resolve_pattern(&mut conn, caller.user_id, id)
        .await
        .map_err(|e| not_found(e, UsageError::PatternNotFound))?;
    Ok(Response::new(pb::ResolvePatternResponse {
        pattern: Some(pattern_message(row)),
    }))
}

pub(super) async fn detect_patterns(
    grpc: &UsageGrpc,
    request: Request<pb::DetectPatternsRequest>,
) -> Result<Response<pb::DetectPatternsResponse>, Status> {
    let caller = Caller::of(&request)?;
    let mut conn = grpc.conn().await?;
    let tz = clock(&mut conn, caller.user_id).await?;
    let today = tz.today();
    // Calls within a minute share one job.
    let job = detection::on_demand(caller.user_id, today);
    let key = job.unique_key.clone().unwrap_or_default();
    let id = match crate::jobs::enqueue(&mut conn, job).await.map_err(UsageError::from)? {
        Some(id) => id,
        None => {
            crate::jobs::queue::by_unique_key(&mut conn, &key)
                .await
                .map_err(UsageError::from)?
                .id
        }
    };
    Ok(Response::new(pb::DetectPatternsResponse { job_id: id.to_string() }))
}
