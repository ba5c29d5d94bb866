//! `kith.cases.v1.MatchService`: searching the processed case photos for
//! the ones most like a picture (investigators and admins).

use tonic::{Request, Response, Status};

use super::grpc::{called, Audit, CasesGrpc};
use super::matching::{self, MATCHER};
use super::repo::{self, Viewer};
use super::visual::THRESHOLD;
use super::CasesError;
use crate::audit;
use crate::error::FieldViolations;
use crate::proto::cases::v1 as pb;

pub use pb::match_service_server::MatchServiceServer;

const MAX_TOP_K: i32 = 50;
const DEFAULT_TOP_K: i32 = 10;

#[tonic::async_trait]
impl pb::match_service_server::MatchService for CasesGrpc {
    async fn search_by_image(
        &self,
        request: Request<pb::SearchByImageRequest>,
    ) -> Result<Response<pb::SearchByImageResponse>, Status> {
        let (caller, peer, r) = called(request)?;
        if Viewer::of(&caller) != Viewer::All {
            return Err(crate::error::status(
                tonic::Code::PermissionDenied,
                "PERMISSION_DENIED",
                "searching by image takes the investigator or admin role",
            ));
        }
        let max = self.state.config.cases.max_image_bytes;
        if r.probe.len() > max {
            return Err(CasesError::TooLarge {
                field: "probe".into(),
                max,
            }
            .into());
        }
        let mut v = FieldViolations::new();
        if r.probe.is_empty() {
            v.add("probe", "is required");
        }
        if !(0..=MAX_TOP_K).contains(&r.top_k) {
            v.add("top_k", format!("must be 1 to {MAX_TOP_K} (0: {DEFAULT_TOP_K})"));
        }
        v.into_result().map_err(CasesError::from)?;
        if let Err(problem) = super::photo::kind(&r.probe) {
            return Err(CasesError::BadImage {
                field: "probe".into(),
                problem,
            }
            .into());
        }
        let probe = r.probe;
        let features = super::photo::limited(probe, matching::features_of)
            .await
            .map_err(|problem| CasesError::BadImage {
                field: "probe".into(),
                problem,
            })?;
        let k = if r.top_k == 0 { DEFAULT_TOP_K } else { r.top_k } as usize;
        let mut conn = self.conn().await?;
        let stored = repo::all_features(&mut conn, MATCHER).await.map_err(CasesError::from)?;
        let compared = stored.len();
        let ranked = tokio::task::spawn_blocking(move || matching::rank(&features, &stored, k))
            .await
            .map_err(|e| CasesError::Storage(e.to_string()))?;
        let ids: Vec<uuid::Uuid> = ranked.iter().map(|h| h.image_id).collect();
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
        let hits = (ranked.iter())
            .filter_map(|hit| {
                let row = rows.iter().find(|r| r.id == hit.image_id)?.clone();
                Some(pb::SearchHit {
                    image: Some(row.into()),
                    score: hit.score,
                    candidate: hit.score >= THRESHOLD,
                })
            })
            .collect();
        Ok(Response::new(pb::SearchByImageResponse {
            hits,
            match_threshold: THRESHOLD,
            compared: compared as i32,
        }))
    }
}
