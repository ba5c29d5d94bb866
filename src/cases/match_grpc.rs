//! `kith.cases.v1.MatchService`: sightings from any signed-in user, and for
//! investigators and admins the search by picture and the candidate
//! matches to decide.

use chrono::{DateTime, Utc};
use diesel_async::AsyncConnection;
use tonic::{Request, Response, Status, Streaming};
use uuid::Uuid;

use super::grpc::{called, Audit, CasesGrpc, Result};
use super::match_repo::{self, NewSighting};
use super::matching;
use super::repo::{self, Viewer};
use super::sighting::{Decision, ImageSearch, MatchRow, MatchStatus, SightingFields};
use super::CasesError;
use crate::audit;
use crate::auth::Caller;
use crate::error::FieldViolations;
use crate::notify::{self, Notice};
use crate::proto::cases::v1 as pb;
use crate::request::{self, Page};

pub use pb::match_service_server::MatchServiceServer;

fn investigator(caller: &Caller) -> Result<()> {
    match Viewer::of(caller) {
        Viewer::All => Ok(()),
        Viewer::Own(_) => Err(CasesError::NotInvestigator),
    }
}

impl CasesGrpc {
    /// The match as sent, with its sighting or other case photo.
    async fn match_pb(
        &self,
        conn: &mut diesel_async::AsyncPgConnection,
        rows: Vec<MatchRow>,
    ) -> Result<Vec<pb::Match>> {
        let sighting_ids: Vec<Uuid> = rows.iter().filter_map(|m| m.sighting_id).collect();
        let image_ids: Vec<Uuid> = rows.iter().filter_map(|m| m.other_image_id).collect();
        let sightings = match_repo::sightings_by_id(conn, &sighting_ids).await?;
        let images = repo::images_by_id(conn, &image_ids).await?;
        Ok((rows.into_iter())
            .map(|m| {
                let sighting = m
                    .sighting_id
                    .and_then(|id| sightings.iter().find(|s| s.id == id).cloned());
                let other = m
                    .other_image_id
                    .and_then(|id| images.iter().find(|i| i.id == id).cloned());
                m.into_pb(sighting, other)
            })
            .collect())
    }

    /// Verifies or rejects a pending match, for an investigator or admin
    /// (the handler checks the role before the request); a verified one
    /// notifies the case's reporter.
    async fn decide(&self, caller: Caller, peer: String, decision: Decision, to: MatchStatus) -> Result<pb::Match> {
        let Decision { match_id, note } = decision;
        let audit = Audit { caller, peer: &peer };
        let mut conn = self.conn().await?;
        let row = conn
            .transaction::<_, CasesError, _>(async |conn| {
                let stored = (match_repo::get(conn, match_id).await)
                    .map_err(|e| CasesError::or_missing(e, CasesError::MatchNotFound))?;
                let Some(row) = match_repo::decide(conn, match_id, to, caller.user_id, &note).await? else {
                    return Err(CasesError::MatchDecided(stored.status));
                };
                let action = match to {
                    MatchStatus::Verified => "case_match.verify",
                    _ => "case_match.reject",
                };
                audit::record(conn, audit.entry(action, "case", row.case_id).meta("match_id", row.id)).await?;
                if to == MatchStatus::Verified {
                    let case = repo::visible(conn, Viewer::All, row.case_id).await?;
                    if let Some(reporter) = case.reporter_id {
                        let data = serde_json::json!({ "case_id": row.case_id, "match_id": row.id });
                        let title = format!("A sighting was verified for {}", case.full_name);
                        let notice = Notice::new(reporter, "case_match_verified", title, data)
                            .dedupe(format!("case_match_verified:{}", row.id));
                        notify::emit(conn, notice).await?;
                    }
                }
                Ok(row)
            })
            .await?;
        tracing::info!(match_id = %row.id, case_id = %row.case_id, status = %row.status, "match decided");
        Ok(self.match_pb(&mut conn, vec![row]).await?.remove(0))
    }
}

type Parts = Streaming<pb::SubmitSightingRequest>;

#[tonic::async_trait]
impl pb::match_service_server::MatchService for CasesGrpc {
    async fn submit_sighting(&self, request: Request<Parts>) -> Result<Response<pb::SubmitSightingResponse>, Status> {
        use pb::submit_sighting_request::Part;
        let (caller, peer, mut parts) = called(request)?;
        let first = parts.message().await?.unwrap_or_default();
        let fields = SightingFields::try_from(&first)?;
        // The limit before any byte is read; checked again with the insert.
        let per_hour = self.state.config.cases.sightings_per_hour;
        let hour_ago = Utc::now() - chrono::Duration::hours(1);
        let recent = {
            let mut conn = self.conn().await?;
            match_repo::sightings_since(&mut conn, caller.user_id, hour_ago)
                .await
                .map_err(CasesError::from)?
        };
        if recent >= per_hour {
            return Err(CasesError::TooManySightings(per_hour).into());
        }
        let upload = self
            .receive(&mut parts, |part| match part.part {
                Some(Part::Chunk(chunk)) => Some(chunk),
                _ => None,
            })
            .await?;
        let kept = self.store_checked(upload, "chunk").await?;
        let new = NewSighting {
            submitter_id: caller.user_id,
            sha256: &kept.sha256,
            storage_key: &kept.key,
            mime_type: kept.photo.mime_type,
            size_bytes: kept.size as i64,
            width: kept.photo.width as i32,
            height: kept.photo.height as i32,
            fields: &fields,
        };
        let audit = Audit { caller, peer: &peer };
        let mut conn = self.conn().await?;
        let (row, created) = conn
            .transaction::<_, CasesError, _>(async |conn| {
                match_repo::lock_submitter(conn, caller.user_id).await?;
                if match_repo::sightings_since(conn, caller.user_id, hour_ago).await? >= per_hour {
                    return Err(CasesError::TooManySightings(per_hour));
                }
                let (row, created) = match_repo::add_sighting(conn, &new).await?;
                if created {
                    matching::enqueue_sighting(conn, row.id).await?;
                    audit::record(conn, audit.entry("case_sighting.submit", "sighting", row.id)).await?;
                }
                Ok((row, created))
            })
            .await?;
        tracing::info!(sighting_id = %row.id, created, bytes = kept.size, "sighting kept");
        Ok(Response::new(pb::SubmitSightingResponse {
            sighting: Some(row.into()),
            created,
        }))
    }

    async fn search_by_image(
        &self,
        request: Request<pb::SearchByImageRequest>,
    ) -> Result<Response<pb::SearchByImageResponse>, Status> {
        let (caller, peer, r) = called(request)?;
        investigator(&caller)?;
        let max = self.state.config.cases.max_image_bytes;
        if r.probe.len() > max {
            return Err(CasesError::TooLarge {
                field: "probe".into(),
                max,
            }
            .into());
        }
        let ImageSearch { mut probe, top_k } = ImageSearch::try_from(r)?;
        let mime_type = match super::photo::kind(&probe) {
            Ok((_, mime_type)) => mime_type,
            Err(problem) => {
                return Err(CasesError::BadImage {
                    field: "probe".into(),
                    problem,
                }
                .into())
            }
        };
        // The probe must decode whatever the matcher: a face service is not
        // sent what is not a picture (the built-in matcher decodes it anyway).
        if !self.matcher.decodes() {
            probe = super::photo::limited(probe, |bytes| super::photo::inspect(bytes).map(|_| bytes.to_vec()))
                .await
                .map_err(|problem| CasesError::BadImage {
                    field: "probe".into(),
                    problem,
                })?;
        }
        let features = self.matcher.features(probe, mime_type).await.map_err(|err| match err {
            super::matcher::MatchError::Unusable(problem) => CasesError::BadImage {
                field: "probe".into(),
                problem,
            },
            super::matcher::MatchError::Transient(cause) => CasesError::Storage(cause),
        })?;
        let mut conn = self.conn().await?;
        let stored = repo::all_features(&mut conn, self.matcher.name())
            .await
            .map_err(CasesError::from)?;
        let compared = stored.len();
        let matcher = self.matcher.clone();
        let ranked = tokio::task::spawn_blocking(move || matching::rank(&*matcher, &features, &stored, top_k))
            .await
            .map_err(|e| CasesError::Storage(e.to_string()))?;
        let ids: Vec<Uuid> = ranked.iter().map(|h| h.image_id).collect();
        let rows = repo::images_by_id(&mut conn, &ids).await.map_err(CasesError::from)?;
        let audit = Audit { caller, peer: &peer };
        let entry = audit
            .entry("case_image.search", "case", "*")
            .meta("returned", ranked.len())
            .meta(
                "image_ids",
                ids.iter().map(|id| id.to_string()).collect::<Vec<_>>().join(","),
            );
        audit::record(&mut conn, entry).await.map_err(CasesError::from)?;
        let threshold = self.matcher.threshold();
        let hits = (ranked.iter())
            .filter_map(|hit| {
                let row = rows.iter().find(|r| r.id == hit.image_id)?.clone();
                Some(pb::SearchHit {
                    image: Some(row.into()),
                    score: hit.score,
                    candidate: hit.score >= threshold,
                })
            })
            .collect();
        Ok(Response::new(pb::SearchByImageResponse {
            hits,
            match_threshold: threshold,
            compared: compared as i32,
        }))
    }

    async fn list_matches(
        &self,
        request: Request<pb::ListMatchesRequest>,
    ) -> Result<Response<pb::ListMatchesResponse>, Status> {
        let (caller, peer, r) = called(request)?;
        investigator(&caller)?;
        let mut v = FieldViolations::new();
        let status = v.check("status", MatchStatus::optional(r.status));
        let case_id = request::optional_uuid(&mut v, "case_id", &r.case_id);
        let scope = format!("ListMatches|{}|{}|{}", caller.user_id, r.status, r.case_id);
        let page =
            Page::<(DateTime<Utc>, Uuid)>::parse(&mut v, &self.state.page_tokens, scope, r.page_size, &r.page_token);
        v.into_result().map_err(CasesError::from)?;
        let (Some(status), Some(page)) = (status, page) else {
            unreachable!("checked")
        };
        let audit = Audit { caller, peer: &peer };
        let mut conn = self.conn().await?;
        let mut rows = match_repo::list(&mut conn, status, case_id, page.after, page.fetch())
            .await
            .map_err(CasesError::from)?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |m| (m.created_at, m.id));
        let entry = audit
            .entry(
                "case_match.list",
                "case",
                case_id.map_or("*".to_owned(), |c| c.to_string()),
            )
            .meta("returned", rows.len());
        audit::record(&mut conn, entry).await.map_err(CasesError::from)?;
        let matches = self.match_pb(&mut conn, rows).await?;
        Ok(Response::new(pb::ListMatchesResponse {
            matches,
            next_page_token,
        }))
    }

    async fn verify_match(
        &self,
        request: Request<pb::VerifyMatchRequest>,
    ) -> Result<Response<pb::VerifyMatchResponse>, Status> {
        let (caller, peer, r) = called(request)?;
        investigator(&caller)?;
        let decision = Decision::try_from(&r)?;
        let decided = self.decide(caller, peer, decision, MatchStatus::Verified).await?;
        Ok(Response::new(pb::VerifyMatchResponse { r#match: Some(decided) }))
    }

    async fn reject_match(
        &self,
        request: Request<pb::RejectMatchRequest>,
    ) -> Result<Response<pb::RejectMatchResponse>, Status> {
        let (caller, peer, r) = called(request)?;
        investigator(&caller)?;
        let decision = Decision::try_from(&r)?;
        let decided = self.decide(caller, peer, decision, MatchStatus::Rejected).await?;
        Ok(Response::new(pb::RejectMatchResponse { r#match: Some(decided) }))
    }
}
