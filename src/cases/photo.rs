//! What an uploaded photo is, read from its bytes (never the client's
//! word): JPEG, PNG or WebP by its signature, then decoded whole with the
//! `image` crate (within size limits) to be sure it is a picture and to
//! learn its width and height.

use std::io::Cursor;

use image::ImageFormat;

/// The largest side a photo may have, its most pixels (40 MP: a small
/// file can announce a huge picture, and decoding allocates it whole), and
/// the memory its decoding may take.
const MAX_SIDE: u32 = 12_000;
const MAX_PIXELS: u64 = 40_000_000;
const MAX_DECODE_BYTES: u64 = 256 << 20;
/// Photos decoded at once in this process; the rest wait their turn.
const DECODERS: usize = 2;

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
    decode(bytes).map(|(_, photo)| photo)
}

/// Decodes `bytes` whole, within the limits, after reading its size from
/// the header alone.
pub fn decode(bytes: &[u8]) -> Result<(image::DynamicImage, Photo), String> {
    let (format, mime_type) = kind(bytes)?;
    let (w, h) = image::ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|e| format!("does not decode as {mime_type}: {e}"))?;
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(format!("is {w} x {h}; at most {MAX_PIXELS} pixels"));
    }
    let mut reader = image::ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let decoded = reader
        .decode()
        .map_err(|e| format!("does not decode as {mime_type}: {e}"))?;
    let photo = Photo {
        mime_type,
        width: decoded.width(),
        height: decoded.height(),
    };
    Ok((decoded, photo))
}

/// Runs `work` on `bytes` on a blocking thread, at most [`DECODERS`] at
/// once, so many uploads at once cannot take all memory and cores.
pub async fn limited<T: Send + 'static>(
    bytes: Vec<u8>,
    work: impl FnOnce(&[u8]) -> Result<T, String> + Send + 'static,
) -> Result<T, String> {
    static SLOTS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(DECODERS);
    let _slot = SLOTS.acquire().await.map_err(|e| e.to_string())?;
    tokio::task::spawn_blocking(move || work(&bytes))
        .await
        .map_err(|e| format!("decoding stopped: {e}"))?
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

    #[test]
    fn a_small_file_announcing_a_huge_picture_is_refused_before_decoding() {
        let mut bytes = png(40, 30);
        bytes[16..20].copy_from_slice(&10_000u32.to_be_bytes());
        bytes[20..24].copy_from_slice(&10_000u32.to_be_bytes());
        // IHDR's CRC covers its type and data.
        let mut crc = flate2::Crc::new();
        crc.update(&bytes[12..29]);
        bytes[29..33].copy_from_slice(&crc.sum().to_be_bytes());
        assert!(inspect(&bytes).unwrap_err().contains("at most 40000000 pixels"));
    }
}
