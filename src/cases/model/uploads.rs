//! ImageService's uploads, checked: every field valid, or every bad field
//! named. The photo size cap is the settings', passed in; the photos'
//! bytes are checked when stored.

use uuid::Uuid;

use super::requests::checked;
use super::MAX_CAPTION_CHARS;
use crate::cases::CasesError;
use crate::error::FieldViolations;
use crate::proto::cases::v1 as pb;
use crate::request::{self, Text};

/// Photos one UploadImageBatch may carry.
pub const MAX_BATCH: usize = 4;

/// A photo's caption, trimmed; checked as kept.
fn caption(v: &mut FieldViolations, field: &str, raw: &str) -> String {
    let caption = raw.trim();
    request::text(v, field, caption, MAX_CAPTION_CHARS, Text::Line);
    caption.to_owned()
}

/// UploadImage's first message, its header: the case and the caption. The
/// chunks that follow are checked as they come.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoHeader {
    pub case_id: Uuid,
    pub caption: String,
}

impl TryFrom<&pb::UploadImageRequest> for PhotoHeader {
    type Error = FieldViolations;

    fn try_from(first: &pb::UploadImageRequest) -> Result<Self, FieldViolations> {
        use pb::upload_image_request::Part;
        let mut v = FieldViolations::new();
        let Some(Part::Header(header)) = &first.part else {
            v.add("header", "must come first");
            return Err(v);
        };
        let case_id = request::uuid(&mut v, "header.case_id", &header.case_id);
        let caption = caption(&mut v, "header.caption", &header.caption);
        checked(case_id, v).map(|case_id| PhotoHeader { case_id, caption })
    }
}

/// UploadImageBatch but the photos' bytes: the case, and each photo's
/// caption, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoBatch {
    pub case_id: Uuid,
    pub captions: Vec<String>,
}

impl PhotoBatch {
    /// `max_bytes` is the configured cap on a photo: the first photo past
    /// it refuses the batch as too large (RESOURCE_EXHAUSTED), whatever
    /// else is wrong.
    pub fn check(r: &pb::UploadImageBatchRequest, max_bytes: usize) -> Result<PhotoBatch, CasesError> {
        let mut v = FieldViolations::new();
        let case_id = request::uuid(&mut v, "case_id", &r.case_id);
        let mut captions = Vec::new();
        if r.images.is_empty() {
            v.add("images", "must hold at least one image");
        }
        if request::count(&mut v, "images", &r.images, MAX_BATCH) {
            for (i, image) in r.images.iter().enumerate() {
                captions.push(caption(&mut v, &format!("images[{i}].caption"), &image.caption));
                if image.data.len() > max_bytes {
                    return Err(CasesError::TooLarge {
                        field: format!("images[{i}].data"),
                        max: max_bytes,
                    });
                }
            }
        }
        let case_id = checked(case_id, v)?;
        Ok(PhotoBatch { case_id, captions })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields<T: std::fmt::Debug>(checked: Result<T, FieldViolations>) -> Vec<String> {
        checked.unwrap_err().fields().map(str::to_owned).collect()
    }

    #[test]
    fn an_upload_starts_with_its_header() {
        use pb::upload_image_request::Part;
        let id = Uuid::now_v7();
        let header = |case_id: String, caption: &str| pb::UploadImageRequest {
            part: Some(Part::Header(pb::UploadImageHeader {
                case_id,
                caption: caption.into(),
            })),
        };
        assert_eq!(
            PhotoHeader::try_from(&header(id.to_string(), " At the fair ")).unwrap(),
            PhotoHeader {
                case_id: id,
                caption: "At the fair".into()
            }
        );
        assert_eq!(
            fields(PhotoHeader::try_from(&header("nope".into(), "a\nb"))),
            ["header.case_id", "header.caption"]
        );
        let chunk = pb::UploadImageRequest {
            part: Some(Part::Chunk(vec![1, 2, 3])),
        };
        assert_eq!(fields(PhotoHeader::try_from(&chunk)), ["header"]);
        assert_eq!(
            fields(PhotoHeader::try_from(&pb::UploadImageRequest::default())),
            ["header"]
        );
    }

    #[test]
    fn a_batch_is_counted_and_captioned_and_a_large_photo_refuses_it() {
        let id = Uuid::now_v7();
        let image = |caption: &str, bytes: usize| pb::ImageUpload {
            caption: caption.into(),
            data: vec![0; bytes],
        };
        let batch = |case_id: &str, images: Vec<pb::ImageUpload>| pb::UploadImageBatchRequest {
            case_id: case_id.into(),
            images,
        };
        let ok = batch(&id.to_string(), vec![image(" One ", 10), image("", 10)]);
        assert_eq!(
            PhotoBatch::check(&ok, 10).unwrap(),
            PhotoBatch {
                case_id: id,
                captions: vec!["One".into(), String::new()]
            }
        );
        let violations = |r: &pb::UploadImageBatchRequest| match PhotoBatch::check(r, 10) {
            Err(CasesError::Invalid(v)) => v.fields().map(str::to_owned).collect::<Vec<_>>(),
            other => panic!("{other:?}"),
        };
        assert_eq!(violations(&batch("", vec![])), ["case_id", "images"]);
        assert_eq!(violations(&batch(&id.to_string(), vec![image("", 1); 5])), ["images"]);
        assert_eq!(
            violations(&batch(&id.to_string(), vec![image("", 1), image("a\tb", 1)])),
            ["images[1].caption"]
        );
        let large = batch("nope", vec![image("a\tb", 1), image("", 11)]);
        assert!(matches!(
            PhotoBatch::check(&large, 10),
            Err(CasesError::TooLarge { field, max: 10 }) if field == "images[1].data"
        ));
    }
}
