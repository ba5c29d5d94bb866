//! What an uploaded photo is, read from its bytes (never the client's
//! word): JPEG, PNG or WebP by its signature, then decoded whole with the
//! `image` crate (within size limits) to be sure it is a picture and to
//! learn its width and height.

use std::io::Cursor;

use image::ImageFormat;

/// The largest side a photo may have, and the memory its decoding may take.
const MAX_SIDE: u32 = 12_000;
const MAX_DECODE_BYTES: u64 = 512 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Photo {
    pub mime_type: &'static str,
    pub width: u32,
    pub height: u32,
}

/// The type by signature; the error says what is accepted.
pub fn kind(head: &[u8]) -> Result<(ImageFormat, &'static str), String> {
    match image::guess_format(head) {
        Ok(ImageFormat::Jpeg) => Ok((ImageFormat::Jpeg, "image/jpeg")),
        Ok(ImageFormat::Png) => Ok((ImageFormat::Png, "image/png")),
        Ok(ImageFormat::WebP) => Ok((ImageFormat::WebP, "image/webp")),
        _ => Err("must be a JPEG, PNG or WebP image".into()),
    }
}

/// Decodes `bytes` whole; CPU work, for a blocking thread.
pub fn inspect(bytes: &[u8]) -> Result<Photo, String> {
    let (format, mime_type) = kind(bytes)?;
    let mut reader = image::ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let decoded = reader
        .decode()
        .map_err(|e| format!("does not decode as {mime_type}: {e}"))?;
    Ok(Photo {
        mime_type,
        width: decoded.width(),
        height: decoded.height(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([x as u8, y as u8, 7]));
        let mut out = Cursor::new(Vec::new());
        img.write_to(&mut out, ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn photos_are_read_from_their_bytes() {
        let photo = inspect(&png(40, 30)).unwrap();
        assert_eq!((photo.mime_type, photo.width, photo.height), ("image/png", 40, 30));
        assert!(inspect(b"GIF89a....").unwrap_err().contains("JPEG, PNG or WebP"));
        let mut cut = png(40, 30);
        cut.truncate(cut.len() / 2);
        assert!(inspect(&cut).unwrap_err().contains("does not decode"));
    }
}
