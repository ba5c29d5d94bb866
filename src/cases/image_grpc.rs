//! `kith.cases.v1.ImageService`: a case's photos in (a client stream, or a
//! small unary batch for browsers) and out (a server stream).

use std::pin::Pin;

use futures::Stream;
use tokio::io::AsyncReadExt;
use tonic::{Request, Response, Status, Streaming};
use uuid::Uuid;

use super::grpc::{called, editable, id, visible, Audit, CasesGrpc, Result};
use super::match_repo;
use super::model::{ImageRow, PhotoBatch, PhotoHeader};
use super::photo;
use super::repo::{self, NewImage, Viewer};
use super::store::Upload;
use super::CasesError;
use crate::audit;
use crate::auth::Caller;
use crate::error::{DbError, FieldViolations};
use crate::proto::cases::v1 as pb;

/// Photos one case may hold.
pub const MAX_IMAGES: i64 = 200;
const DOWNLOAD_CHUNK: usize = 64 << 10;

/// A photo checked from its bytes and in the store.
pub(super) struct Kept {
    pub key: String,
    pub sha256: [u8; 32],
    pub size: usize,
    pub photo: photo::Photo,
}

pub(super) fn storage(err: std::io::Error) -> CasesError {
    CasesError::Storage(err.to_string())
}

impl CasesGrpc {
    /// The case a photo goes to, if the caller may change it and it has
    /// room for `more`: its priority (its photos' processing order).
    async fn photo_case(&self, caller: &Caller, case_id: Uuid, more: usize) -> Result<String> {
        let mut conn = self.conn().await?;
        let case = editable(&mut conn, caller, case_id).await?;
        if case.status != super::model::CaseStatus::Open.as_str() {
            let status = super::model::CaseStatus::from_stored(&case.status);
            return Err(CasesError::Finished(status.map_or("closed", |s| s.as_str())));
        }
        if repo::image_count(&mut conn, case.id).await? + more as i64 > MAX_IMAGES {
            return Err(CasesError::TooManyImages(MAX_IMAGES));
        }
        Ok(case.priority)
    }

    /// Checks a whole upload from its bytes and moves it into the store;
    /// anything refused leaves nothing behind.
    pub(super) async fn store_checked(&self, upload: Upload, field: &str) -> Result<Kept> {
        if let Err(problem) = photo::kind(upload.head()) {
            upload.abandon().await;
            return Err(CasesError::BadImage {
                field: field.to_owned(),
                problem,
            });
        }
        let finished = upload.finish().await.map_err(storage)?;
        let bytes = match tokio::fs::read(&finished.path).await {
            Ok(bytes) => bytes,
            Err(err) => {
                finished.abandon().await;
                return Err(storage(err));
            }
        };
        // Decoding is CPU work: off the async threads.
        let inspected = photo::limited(bytes, photo::inspect).await;
        let photo = match inspected {
            Ok(photo) => photo,
            Err(problem) => {
                finished.abandon().await;
                return Err(CasesError::BadImage {
                    field: field.to_owned(),
                    problem,
                });
            }
        };
        let (sha256, size) = (finished.sha256, finished.size);
        let key = self.store.commit(finished).await.map_err(storage)?;
        Ok(Kept {
            key,
            sha256,
            size,
            photo,
        })
    }

    /// Reads a client stream's chunks (after its header) into a new upload
    /// until the client ends it; a cut stream (an error) or a refused chunk
    /// drops what was written. `chunk` takes a part's bytes (None: not a
    /// chunk).
    pub(super) async fn receive<T>(
        &self,
        parts: &mut Streaming<T>,
        chunk: impl Fn(T) -> Option<Vec<u8>>,
    ) -> Result<Upload, Status> {
        let max = self.state.config.cases.max_image_bytes;
        let mut upload = self.store.begin().await.map_err(storage)?;
        loop {
            let part = match parts.message().await {
                Ok(Some(part)) => part,
                Ok(None) => break,
                Err(status) => {
                    upload.abandon().await;
                    tracing::info!(code = ?status.code(), "photo upload cut off");
                    return Err(status);
                }
            };
            let refused = match chunk(part) {
                Some(chunk) => match upload.write(&chunk, max).await {
                    Ok(true) => None,
                    Ok(false) => Some(CasesError::TooLarge {
                        field: "chunk".into(),
                        max,
                    }),
                    Err(err) => Some(storage(err)),
                },
                None => {
                    let mut v = FieldViolations::new();
                    v.add("header", "comes once, first; the rest are chunks");
                    Some(CasesError::from(v))
                }
            };
            if let Some(err) = refused {
                upload.abandon().await;
                return Err(err.into());
            }
        }
        if upload.size() == 0 {
            upload.abandon().await;
            return Err(CasesError::BadImage {
                field: "chunk".into(),
                problem: "no bytes were sent".into(),
            }
            .into());
        }
        Ok(upload)
    }

    /// Checks and stores a case photo and records it.
    async fn keep(
        &self,
        upload: Upload,
        field: &str,
        case_id: Uuid,
        caption: &str,
        priority: &str,
        audit: &Audit<'_>,
    ) -> Result<(ImageRow, bool)> {
        let kept = self.store_checked(upload, field).await?;
        let new = NewImage {
            case_id,
            uploader_id: audit.caller.user_id,
            sha256: &kept.sha256,
            storage_key: &kept.key,
            mime_type: kept.photo.mime_type,
            size_bytes: kept.size as i64,
            width: kept.photo.width as i32,
            height: kept.photo.height as i32,
            caption,
        };
        let mut conn = self.conn().await?;
        let (row, created) = diesel_async::AsyncConnection::transaction::<_, CasesError, _>(&mut *conn, async |conn| {
            // The cap is checked again with the insert: uploads at once
            // each passed the first check.
            repo::lock(conn, case_id).await?;
            let (row, created) = repo::add_image(conn, &new).await?;
            if created && repo::image_count(conn, case_id).await? > MAX_IMAGES {
                return Err(CasesError::TooManyImages(MAX_IMAGES));
            }
            if created {
                super::matching::enqueue(conn, row.id, priority).await?;
                let entry = audit
                    .entry("case_image.upload", "case", case_id)
                    .meta("image_id", row.id);
                audit::record(conn, entry).await?;
            }
            Ok((row, created))
        })
        .await?;
        tracing::info!(case_id = %case_id, image_id = %row.id, created, bytes = kept.size, "case photo kept");
        Ok((row, created))
    }

    /// Writes `data` as one upload (the batch twin of the stream).
    async fn upload_bytes(&self, data: &[u8], field: &str) -> Result<Upload> {
        let max = self.state.config.cases.max_image_bytes;
        let mut upload = self.store.begin().await.map_err(storage)?;
        if !upload.write(data, max).await.map_err(storage)? {
            upload.abandon().await;
            return Err(CasesError::TooLarge {
                field: field.to_owned(),
                max,
            });
        }
        Ok(upload)
    }
}

type DownloadStream = Pin<Box<dyn Stream<Item = Result<pb::DownloadImageResponse, Status>> + Send>>;

#[tonic::async_trait]
impl pb::image_service_server::ImageService for CasesGrpc {
    async fn upload_image(
        &self,
        request: Request<Streaming<pb::UploadImageRequest>>,
    ) -> Result<Response<pb::UploadImageResponse>, Status> {
        use pb::upload_image_request::Part;
        let (caller, peer, mut parts) = called(request)?;
        let first = parts.message().await?.unwrap_or_default();
        let PhotoHeader { case_id, caption } = PhotoHeader::try_from(&first)?;
        let priority = self.photo_case(&caller, case_id, 1).await?;
        let upload = self
            .receive(&mut parts, |part| match part.part {
                Some(Part::Chunk(chunk)) => Some(chunk),
                _ => None,
            })
            .await?;
        let audit = Audit { caller, peer: &peer };
        let (row, created) = self.keep(upload, "chunk", case_id, &caption, &priority, &audit).await?;
        Ok(Response::new(pb::UploadImageResponse {
            image: Some(row.into()),
            created,
        }))
    }

    async fn upload_image_batch(
        &self,
        request: Request<pb::UploadImageBatchRequest>,
    ) -> Result<Response<pb::UploadImageBatchResponse>, Status> {
        let (caller, peer, r) = called(request)?;
        let PhotoBatch { case_id, captions } = PhotoBatch::check(&r, self.state.config.cases.max_image_bytes)?;
        let priority = self.photo_case(&caller, case_id, r.images.len()).await?;
        let audit = Audit { caller, peer: &peer };
        let mut results = Vec::new();
        for (i, (image, caption)) in r.images.iter().zip(&captions).enumerate() {
            let field = format!("images[{i}].data");
            let upload = self.upload_bytes(&image.data, &field).await?;
            let (row, created) = self.keep(upload, &field, case_id, caption, &priority, &audit).await?;
            results.push(pb::UploadImageResponse {
                image: Some(row.into()),
                created,
            });
        }
        Ok(Response::new(pb::UploadImageBatchResponse { results }))
    }

    type DownloadImageStream = DownloadStream;

    async fn download_image(
        &self,
        request: Request<pb::DownloadImageRequest>,
    ) -> Result<Response<DownloadStream>, Status> {
        let (caller, peer, r) = called(request)?;
        let image_id = id("image_id", &r.image_id)?;
        let audit = Audit { caller, peer: &peer };
        let (image, key) = {
            let mut conn = self.conn().await?;
            match repo::image(&mut conn, image_id).await {
                Ok(row) => {
                    // Another case's photo reads like a missing one.
                    visible(&mut conn, &caller, row.case_id).await.map_err(|e| match e {
                        CasesError::CaseNotFound => CasesError::ImageNotFound,
                        other => other,
                    })?;
                    let entry = audit
                        .entry("case_image.download", "case", row.case_id)
                        .meta("image_id", row.id);
                    audit.read(&mut conn, entry).await.map_err(CasesError::from)?;
                    let key = row.storage_key.clone();
                    (pb::Image::from(row), key)
                }
                // Sightings' photos are for those who decide matches.
                Err(DbError::NotFound) if Viewer::of(&caller) == Viewer::All => {
                    let sighting = (match_repo::sighting(&mut conn, image_id).await)
                        .map_err(|e| CasesError::or_missing(e, CasesError::ImageNotFound))?;
                    let entry = audit.entry("case_sighting.download", "sighting", sighting.id);
                    audit.read(&mut conn, entry).await.map_err(CasesError::from)?;
                    (sighting.as_image(), sighting.storage_key)
                }
                Err(err) => return Err(CasesError::or_missing(err, CasesError::ImageNotFound).into()),
            }
        };
        let mut file = self.store.open(&key).await.map_err(storage)?;
        let first = pb::DownloadImageResponse {
            part: Some(pb::download_image_response::Part::Image(image)),
        };
        // A task reads the file into the stream; it stops when the client
        // goes away.
        let (tx, rx) = tokio::sync::mpsc::channel(4);
        tokio::spawn(async move {
            use pb::download_image_response::Part;
            if tx.send(Ok(first)).await.is_err() {
                return;
            }
            let mut buffer = vec![0u8; DOWNLOAD_CHUNK];
            loop {
                let part = match file.read(&mut buffer).await {
                    Ok(0) => return,
                    Ok(n) => Ok(pb::DownloadImageResponse {
                        part: Some(Part::Chunk(buffer[..n].to_vec())),
                    }),
                    Err(err) => Err(Status::from(storage(err))),
                };
                let failed = part.is_err();
                if tx.send(part).await.is_err() || failed {
                    return;
                }
            }
        });
        Ok(Response::new(Box::pin(tokio_stream::wrappers::ReceiverStream::new(rx))))
    }

    async fn list_images(
        &self,
        request: Request<pb::ListImagesRequest>,
    ) -> Result<Response<pb::ListImagesResponse>, Status> {
        let (caller, peer, r) = called(request)?;
        let case_id = id("case_id", &r.case_id)?;
        let audit = Audit { caller, peer: &peer };
        let mut conn = self.conn().await?;
        let case = visible(&mut conn, &caller, case_id).await?;
        let rows = repo::images(&mut conn, case.id, MAX_IMAGES)
            .await
            .map_err(CasesError::from)?;
        audit
            .read(&mut conn, audit.entry("case_image.list", "case", case.id))
            .await
            .map_err(CasesError::from)?;
        Ok(Response::new(pb::ListImagesResponse {
            images: rows.into_iter().map(pb::Image::from).collect(),
        }))
    }
}
