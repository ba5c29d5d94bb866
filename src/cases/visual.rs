//! The built-in matcher: visual similarity, not face recognition. It says
//! how alike two pictures look as wholes — layout of light and dark (two
//! perceptual hashes from `image_hasher`), colour (a coarse RGB histogram)
//! and texture (edge strength in a 4 x 4 grid) — which finds the same photo
//! resized, recompressed or lightly cropped, and photos of one scene. It
//! does not know faces: two different photos of one person in different
//! light and clothes need the face-embedding provider.

use image::{imageops::FilterType, DynamicImage};
use image_hasher::{HashAlg, HasherConfig, ImageHash};

/// Features as stored: the two hashes, then the histogram and the texture
/// grid as bytes (each a share of 255).
pub const VERSION: u8 = 1;
const HASH_BYTES: usize = 8;
const BINS: usize = 4;
const COLOURS: usize = BINS * BINS * BINS;
const GRID: usize = 4;
const LEN: usize = 1 + 2 * HASH_BYTES + COLOURS + GRID * GRID;

/// The score from which two pictures are a candidate match: a resized,
/// recompressed copy scores about 0.99, similar but different generated
/// scenes 0.60 to 0.88.
pub const THRESHOLD: f32 = 0.93;

/// Weights of the parts of the score.
const HASH_WEIGHT: f32 = 0.55;
const COLOUR_WEIGHT: f32 = 0.25;
const TEXTURE_WEIGHT: f32 = 0.20;

/// What the matcher keeps of a picture.
pub fn features(img: &DynamicImage) -> Vec<u8> {
    let mut out = Vec::with_capacity(LEN);
    out.push(VERSION);
    for alg in [HashAlg::Gradient, HashAlg::Mean] {
        let hash: ImageHash = HasherConfig::new()
            .hash_alg(alg)
            .hash_size(8, 8)
            .to_hasher()
            .hash_image(img);
        let mut bytes = hash.as_bytes().to_vec();
        bytes.resize(HASH_BYTES, 0);
        out.extend(bytes);
    }
    let small = img.resize_exact(64, 64, FilterType::Triangle).to_rgb8();
    let mut colours = [0u32; COLOURS];
    for p in small.pixels() {
        let bin = |c: u8| usize::from(c) * BINS / 256;
        colours[bin(p[0]) * BINS * BINS + bin(p[1]) * BINS + bin(p[2])] += 1;
    }
    let total = (small.width() * small.height()).max(1);
    out.extend(colours.iter().map(|c| (c * 255 / total) as u8));
    out.extend(texture(&DynamicImage::ImageRgb8(small)));
    out
}

/// Mean edge strength in each cell of a 4 x 4 grid, scaled to 0..=255.
fn texture(img: &DynamicImage) -> [u8; GRID * GRID] {
    let grey = img.to_luma8();
    let (w, h) = grey.dimensions();
    let mut sums = [0u32; GRID * GRID];
    let mut counts = [0u32; GRID * GRID];
    for y in 0..h.saturating_sub(1) {
        for x in 0..w.saturating_sub(1) {
            let here = i32::from(grey.get_pixel(x, y)[0]);
            let dx = (i32::from(grey.get_pixel(x + 1, y)[0]) - here).unsigned_abs();
            let dy = (i32::from(grey.get_pixel(x, y + 1)[0]) - here).unsigned_abs();
            let cell = (y as usize * GRID / h as usize) * GRID + x as usize * GRID / w as usize;
            sums[cell] += dx + dy;
            counts[cell] += 1;
        }
    }
    let mut out = [0u8; GRID * GRID];
    for (i, o) in out.iter_mut().enumerate() {
        *o = (sums[i] / counts[i].max(1)).min(255) as u8;
    }
    out
}

/// How alike two pictures look, 0 (nothing alike) to 1 (the same);
/// None when either was made by another version.
pub fn similarity(a: &[u8], b: &[u8]) -> Option<f32> {
    if a.len() != LEN || b.len() != LEN || a[0] != VERSION || b[0] != VERSION {
        return None;
    }
    let hashes = 1..1 + 2 * HASH_BYTES;
    let differing: u32 = (a[hashes.clone()].iter().zip(&b[hashes]))
        .map(|(x, y)| (x ^ y).count_ones())
        .sum();
    let hash = 1.0 - differing as f32 / (2 * HASH_BYTES * 8) as f32;
    let colours = 1 + 2 * HASH_BYTES..1 + 2 * HASH_BYTES + COLOURS;
    let (a_colours, b_colours) = (&a[colours.clone()], &b[colours]);
    let shared: u32 = a_colours.iter().zip(b_colours).map(|(x, y)| u32::from(*x.min(y))).sum();
    let most = a_colours
        .iter()
        .map(|x| u32::from(*x))
        .sum::<u32>()
        .max(b_colours.iter().map(|x| u32::from(*x)).sum());
    let colour = shared as f32 / most.max(1) as f32;
    let grid = LEN - GRID * GRID..LEN;
    let apart: u32 = (a[grid.clone()].iter().zip(&b[grid]))
        .map(|(x, y)| u32::from(x.abs_diff(*y)))
        .sum();
    let texture = 1.0 - (apart as f32 / (GRID * GRID) as f32 / 64.0).min(1.0);
    Some(HASH_WEIGHT * hash + COLOUR_WEIGHT * colour + TEXTURE_WEIGHT * texture)
}

/// A photo-like scene (a sky gradient, a "sun", hills and noise) made
/// from `seed`: pictures for tests and the bench, none of anyone.
pub fn scene(seed: u32, w: u32, h: u32) -> image::RgbImage {
    let mut state = seed.wrapping_mul(2_654_435_761).max(1);
    let sun = (w / 4 + seed % (w / 2), h / 5 + seed % (h / 4));
    let hill = |x: u32| h / 2 + ((x as f32 / w as f32 * 6.0 + seed as f32).sin() * (h / 8) as f32) as u32;
    image::RgbImage::from_fn(w, h, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let noise = (state % 16) as u8;
        let d = ((x as i64 - sun.0 as i64).pow(2) + (y as i64 - sun.1 as i64).pow(2)) as f32;
        let tint = (seed * 37 % 120) as u8;
        if d < (h as f32 / 8.0).powi(2) {
            image::Rgb([250, 220u8.saturating_sub(tint / 4), 90 + noise])
        } else if y > hill(x) {
            image::Rgb([30 + tint / 3 + noise, 110 + noise, 40 + tint / 2])
        } else {
            let sky = (y * 120 / h) as u8;
            image::Rgb([90 + sky / 2 + noise, 150 + sky / 3, 235u8.saturating_sub(tint / 2)])
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn jpeg_round_trip(img: &DynamicImage, quality: u8) -> DynamicImage {
        let mut out = Cursor::new(Vec::new());
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality);
        img.to_rgb8().write_with_encoder(encoder).unwrap();
        image::load_from_memory(&out.into_inner()).unwrap()
    }

    #[test]
    fn a_resized_recompressed_copy_matches_and_other_scenes_do_not() {
        let original = DynamicImage::ImageRgb8(scene(3, 480, 360));
        let copy = jpeg_round_trip(&original.resize(400, 300, FilterType::Lanczos3), 70);
        let a = features(&original);
        let same = similarity(&a, &features(&copy)).unwrap();
        assert!(same > THRESHOLD + 0.04, "{same}");
        for seed in [11, 29, 57, 101] {
            let other = features(&DynamicImage::ImageRgb8(scene(seed, 480, 360)));
            let score = similarity(&a, &other).unwrap();
            assert!(score < THRESHOLD, "{seed}: {score} vs {same}");
        }
        assert!(similarity(&a, &a).unwrap() > 0.999);
        assert_eq!(similarity(&a, &a[1..]), None);
    }
}
