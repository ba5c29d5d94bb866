//! The matcher behind [`Matcher`]: what it keeps of a photo, and how alike
//! two photos' features are. Two providers: the built-in visual-similarity
//! matcher ([`super::visual`], no model, not face recognition) and an HTTP
//! face-embedding service (`cases_face_url`, e.g. a DeepFace or InsightFace
//! server behind a small adapter). Features of two matchers are not
//! comparable, so each photo keeps the name of the one that made them.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;

use crate::config::CasesConfig;

/// Why features could not be made.
#[derive(Debug, Clone, PartialEq)]
pub enum MatchError {
    /// The photo cannot give features (no face in it): retrying won't help.
    Unusable(String),
    /// The provider failed this time (down, slow, a bad answer): retry.
    Transient(String),
}

impl std::fmt::Display for MatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MatchError::Unusable(why) | MatchError::Transient(why) => f.write_str(why),
        }
    }
}

#[async_trait]
pub trait Matcher: Send + Sync {
    /// Kept beside the features it made.
    fn name(&self) -> &'static str;
    /// The score (0 to 1) from which two photos are a candidate match.
    fn threshold(&self) -> f32;
    /// The features of a photo whose bytes were checked on upload.
    async fn features(&self, bytes: Vec<u8>, mime_type: &str) -> Result<Vec<u8>, MatchError>;
    /// How alike two photos' features are, 0 to 1; None when either is not
    /// this matcher's.
    fn similarity(&self, a: &[u8], b: &[u8]) -> Option<f32>;
    /// Whether [`Matcher::features`] decodes the photo itself (and so
    /// refuses what is not a picture): then a probe need not be decoded
    /// once more before it.
    fn decodes(&self) -> bool {
        false
    }
}

/// The matcher the settings name.
pub fn from_config(config: &CasesConfig) -> Arc<dyn Matcher> {
    match &config.face_url {
        Some(url) => Arc::new(FaceEmbedding::new(url.clone(), config.face_threshold)),
        None => Arc::new(Visual),
    }
}

/// The built-in visual-similarity matcher.
pub struct Visual;

#[async_trait]
impl Matcher for Visual {
    fn name(&self) -> &'static str {
        "visual-v1"
    }

    fn threshold(&self) -> f32 {
        super::visual::THRESHOLD
    }

    async fn features(&self, bytes: Vec<u8>, _: &str) -> Result<Vec<u8>, MatchError> {
        super::photo::limited(bytes, |bytes| {
            let (img, _) = super::photo::decode(bytes)?;
            Ok(super::visual::features(&img))
        })
        .await
        .map_err(MatchError::Unusable)
    }

    fn similarity(&self, a: &[u8], b: &[u8]) -> Option<f32> {
        super::visual::similarity(a, b)
    }

    fn decodes(&self) -> bool {
        true
    }
}

/// A face-embedding service: `POST` the photo's bytes (its type in
/// `Content-Type`) and receive `{"embedding": [numbers]}`, or
/// `{"embedding": null}` when the photo shows no face. Embeddings are kept
/// as little-endian f32, scaled to unit length, and compared by cosine.
pub struct FaceEmbedding {
    url: String,
    threshold: f32,
    http: reqwest::Client,
}

/// The longest embedding accepted, and the largest answer read.
const MAX_DIMENSIONS: usize = 4096;
const MAX_ANSWER_BYTES: usize = 256 << 10;

impl FaceEmbedding {
    pub fn new(url: String, threshold: f32) -> Self {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .connect_timeout(Duration::from_secs(5))
            .build()
            .unwrap_or_default();
        FaceEmbedding { url, threshold, http }
    }
}

#[derive(serde::Deserialize)]
struct Answer {
    embedding: Option<Vec<f32>>,
}

/// Unit-length little-endian f32s; None for an empty, too long, zero or
/// non-finite vector.
pub fn pack(embedding: &[f32]) -> Option<Vec<u8>> {
    if embedding.is_empty() || embedding.len() > MAX_DIMENSIONS || !embedding.iter().all(|x| x.is_finite()) {
        return None;
    }
    let norm = embedding.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm <= f32::EPSILON {
        return None;
    }
    Some(embedding.iter().flat_map(|x| (x / norm).to_le_bytes()).collect())
}

#[async_trait]
impl Matcher for FaceEmbedding {
    fn name(&self) -> &'static str {
        "face-embedding-v1"
    }

    fn threshold(&self) -> f32 {
        self.threshold
    }

    async fn features(&self, bytes: Vec<u8>, mime_type: &str) -> Result<Vec<u8>, MatchError> {
        let transient = |e: reqwest::Error| MatchError::Transient(format!("face service: {e}"));
        let mut response = (self.http.post(&self.url))
            .header(reqwest::header::CONTENT_TYPE, mime_type)
            .body(bytes)
            .send()
            .await
            .map_err(transient)?;
        let status = response.status();
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(transient)? {
            if body.len() + chunk.len() > MAX_ANSWER_BYTES {
                return Err(MatchError::Transient("face service: answer too large".into()));
            }
            body.extend_from_slice(&chunk);
        }
        if status == reqwest::StatusCode::UNPROCESSABLE_ENTITY {
            return Err(MatchError::Unusable("the face service cannot read this photo".into()));
        }
        if !status.is_success() {
            return Err(MatchError::Transient(format!("face service answered {status}")));
        }
        let answer: Answer = serde_json::from_slice(&body)
            .map_err(|e| MatchError::Transient(format!("face service: not an embedding: {e}")))?;
        let embedding = answer
            .embedding
            .ok_or_else(|| MatchError::Unusable("no face found in the photo".into()))?;
        pack(&embedding).ok_or_else(|| MatchError::Transient("face service: an unusable embedding".into()))
    }

    fn similarity(&self, a: &[u8], b: &[u8]) -> Option<f32> {
        if a.len() != b.len() || a.is_empty() || a.len() % 4 != 0 {
            return None;
        }
        let value = |c: &[u8]| f32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        let cosine: f32 = (a.chunks_exact(4).zip(b.chunks_exact(4)))
            .map(|(x, y)| value(x) * value(y))
            .sum();
        Some(cosine.clamp(0.0, 1.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embeddings_compare_by_cosine_and_refuse_other_lengths() {
        let face = FaceEmbedding::new("http://127.0.0.1:9/".into(), 0.7);
        let a = pack(&[3.0, 4.0]).unwrap();
        let b = pack(&[6.0, 8.0]).unwrap();
        let c = pack(&[4.0, -3.0]).unwrap();
        assert!((face.similarity(&a, &b).unwrap() - 1.0).abs() < 1e-6);
        assert!(face.similarity(&a, &c).unwrap().abs() < 1e-6);
        assert_eq!(face.similarity(&a, &pack(&[1.0, 2.0, 3.0]).unwrap()), None);
        assert_eq!(pack(&[0.0, 0.0]), None);
        assert_eq!(pack(&[f32::NAN]), None);
        assert_eq!(pack(&[]), None);
    }
}
