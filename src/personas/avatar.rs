//! The built-in persona illustration, used when no image provider is
//! configured: a friendly round face on a soft background, ringed by one dot
//! or petal per trait whose size and strength follow the trait's score. The
//! eyes grow with the highest score and the smile deepens with the average.
//!
//! Every other choice (colours, cheeks, freckles, hair band, dots or petals)
//! comes from a SHA-256 of the name and traits, so a persona always gets the
//! same picture, byte for byte. The layout avoids `sin`/`cos`, whose results
//! come from the platform's maths library, and uses only basic arithmetic.

use std::f32::consts::FRAC_1_SQRT_2;

use sha2::{Digest, Sha256};
use tiny_skia::{
    Color, FillRule, GradientStop, LineCap, LineJoin, LinearGradient, Paint, Path, PathBuilder, Pixmap, Point, Rect,
    SpreadMode, Stroke, Transform,
};

pub const SIZE: u32 = 512;

/// One trait of a persona: a short name (e.g. "curious") and a score 0..=100.
pub struct TraitInput<'a> {
    pub name: &'a str,
    pub score: i32,
}

pub(super) type Rgb = [u8; 3];

const SIDE: f32 = SIZE as f32;
const CENTRE: f32 = SIDE / 2.0;
const FACE_R: f32 = 140.0;
/// Petals sit on this ring; the largest (score 100) still ends inside the
/// picture and clear of the face.
const RING_R: f32 = 196.0;
/// The ring has room for this many petals; further traits are ignored.
const MAX_TRAITS: usize = 8;
const INK: Rgb = [43, 37, 64];
const WHITE: Rgb = [255, 255, 255];

/// Background pairs: gradient ends, or base and blob for the two-tone style.
const BACKGROUNDS: [(Rgb, Rgb); 8] = [
    ([255, 214, 165], [255, 173, 173]),
    ([178, 240, 214], [160, 210, 255]),
    ([205, 190, 255], [255, 198, 255]),
    ([255, 238, 170], [255, 190, 130]),
    ([160, 230, 230], [130, 180, 240]),
    ([255, 190, 200], [255, 220, 180]),
    ([200, 230, 170], [250, 245, 180]),
    ([190, 200, 255], [255, 200, 220]),
];

/// Five skin tones and three playful colours.
const FACES: [Rgb; 8] = [
    [255, 219, 172],
    [241, 194, 125],
    [224, 172, 105],
    [198, 134, 66],
    [141, 85, 36],
    [255, 236, 150],
    [190, 235, 200],
    [205, 200, 255],
];

/// Petal and hair band colours.
const ACCENTS: [Rgb; 8] = [
    [255, 122, 89],
    [38, 166, 154],
    [126, 87, 194],
    [255, 183, 3],
    [236, 72, 153],
    [59, 130, 246],
    [34, 160, 90],
    [150, 60, 120],
];

/// (cos, sin) of a full turn divided by n, for n = 1..=MAX_TRAITS: stepping
/// around the ring by rotation keeps the layout free of libm.
const RING_STEPS: [(f32, f32); MAX_TRAITS] = [
    (1.0, 0.0),
    (-1.0, 0.0),
    (-0.5, 0.866_025_4),
    (0.0, 1.0),
    (0.309_017, 0.951_056_5),
    (0.5, 0.866_025_4),
    (0.623_489_8, 0.781_831_5),
    (FRAC_1_SQRT_2, FRAC_1_SQRT_2),
];

/// Draws the avatar for a persona named `name` with `traits` (0 to 8 of them) and returns PNG bytes of SIZE x SIZE.
pub fn draw(name: &str, traits: &[TraitInput<'_>]) -> Vec<u8> {
    // Encoding only fails for an empty pixmap, which SIZE rules out; an empty
    // Vec keeps even that impossible case from panicking.
    pixmap(name, traits).encode_png().unwrap_or_default()
}

/// Same picture as a Pixmap (the card embeds it without a PNG round trip).
pub fn pixmap(name: &str, traits: &[TraitInput<'_>]) -> Pixmap {
    let traits = &traits[..traits.len().min(MAX_TRAITS)];
    let scores: Vec<f32> = traits.iter().map(|t| score(t.score) as f32).collect();
    let seed = Seed::of(name, traits);
    let mut pm = Pixmap::new(SIZE, SIZE).expect("SIZE is a non-zero constant");
    let accent = ACCENTS[seed.index(3, ACCENTS.len())];

    background(&mut pm, &seed);
    ring(&mut pm, &scores, accent, seed.bit(4, 3));
    face(&mut pm, &seed, &scores, accent);
    pm
}

/// Scores outside 0..=100 are clamped rather than rejected: the picture is
/// decoration, not validation.
fn score(raw: i32) -> i32 {
    raw.clamp(0, 100)
}

/// The picture's source of choices: a SHA-256 over length-prefixed fields,
/// so ("ab", "c") and ("a", "bc") differ.
struct Seed([u8; 32]);

impl Seed {
    fn of(name: &str, traits: &[TraitInput<'_>]) -> Seed {
        let mut hash = Sha256::new();
        hash.update(b"kith-avatar-v1");
        feed(&mut hash, name.as_bytes());
        for t in traits {
            feed(&mut hash, t.name.as_bytes());
            hash.update(score(t.score).to_le_bytes());
        }
        let mut bytes = [0; 32];
        for (out, b) in bytes.iter_mut().zip(hash.finalize()) {
            *out = b;
        }
        Seed(bytes)
    }

    /// An index below `len` taken from byte `i`.
    fn index(&self, i: usize, len: usize) -> usize {
        usize::from(self.0[i % self.0.len()]) % len.max(1)
    }

    fn bit(&self, i: usize, bit: u32) -> bool {
        (self.0[i % self.0.len()] >> (bit % 8)) & 1 == 1
    }
}

fn feed(hash: &mut Sha256, bytes: &[u8]) {
    hash.update((bytes.len() as u64).to_le_bytes());
    hash.update(bytes);
}

fn background(pm: &mut Pixmap, seed: &Seed) {
    let (first, second) = BACKGROUNDS[seed.index(0, BACKGROUNDS.len())];
    if seed.bit(1, 0) {
        gradient(pm, first, second, seed.bit(1, 1));
    } else {
        pm.fill(colour(first, 255));
        // A big soft blob in one corner makes the flat colour less plain.
        let cx = if seed.bit(1, 2) { SIDE } else { 0.0 };
        let cy = if seed.bit(1, 3) { SIDE } else { 0.0 };
        circle(pm, cx, cy, SIDE * 0.65, second, 255);
    }
}

fn gradient(pm: &mut Pixmap, top: Rgb, bottom: Rgb, diagonal: bool) {
    let end = Point::from_xy(if diagonal { SIDE } else { 0.0 }, SIDE);
    let stops = vec![
        GradientStop::new(0.0, colour(top, 255)),
        GradientStop::new(1.0, colour(bottom, 255)),
    ];
    let shader = LinearGradient::new(
        Point::from_xy(0.0, 0.0),
        end,
        stops,
        SpreadMode::Pad,
        Transform::identity(),
    );
    let (Some(shader), Some(rect)) = (shader, Rect::from_xywh(0.0, 0.0, SIDE, SIDE)) else {
        pm.fill(colour(top, 255));
        return;
    };
    let paint = Paint {
        shader,
        ..Paint::default()
    };
    pm.fill_rect(rect, &paint, Transform::identity(), None);
}

/// One dot or petal per trait, evenly spaced from the top, on a faint ring.
fn ring(pm: &mut Pixmap, scores: &[f32], accent: Rgb, petals: bool) {
    let Some(&(step_cos, step_sin)) = scores.len().checked_sub(1).and_then(|i| RING_STEPS.get(i)) else {
        return;
    };
    if let Some(path) = PathBuilder::from_circle(CENTRE, CENTRE, RING_R) {
        stroke(pm, &path, WHITE, 120, 3.0);
    }
    // Unit vector from the centre to the current petal; starts straight up.
    let (mut ux, mut uy) = (0.0_f32, -1.0_f32);
    for &s in scores {
        let r = 10.0 + s * 0.2;
        // Weaker traits are paler as well as smaller.
        let tint = mix(accent, WHITE, (100.0 - s) / 200.0);
        let (x, y) = (CENTRE + ux * RING_R, CENTRE + uy * RING_R);
        if petals {
            petal(pm, x, y, (ux, uy), r, tint);
        } else {
            circle(pm, x, y, r, tint, 255);
        }
        (ux, uy) = (ux * step_cos - uy * step_sin, ux * step_sin + uy * step_cos);
    }
}

/// An oval twice as long as wide, pointing away from the centre.
fn petal(pm: &mut Pixmap, x: f32, y: f32, (ux, uy): (f32, f32), r: f32, c: Rgb) {
    let Some(path) = Rect::from_xywh(-r, -r * 0.62, 2.0 * r, 1.24 * r).and_then(PathBuilder::from_oval) else {
        return;
    };
    // Rotation by the unit vector, then translation: no trigonometry needed.
    let place = Transform::from_row(ux, uy, -uy, ux, x, y);
    pm.fill_path(&path, &solid(c, 255), FillRule::Winding, place, None);
}

fn face(pm: &mut Pixmap, seed: &Seed, scores: &[f32], accent: Rgb) {
    let skin = FACES[seed.index(2, FACES.len())];
    circle(pm, CENTRE, CENTRE + 8.0, FACE_R, [0, 0, 0], 28);
    circle(pm, CENTRE, CENTRE, FACE_R, skin, 255);
    if seed.bit(4, 2) {
        hair_band(pm, accent);
    }
    if seed.bit(4, 0) {
        cheeks(pm);
    }
    if seed.bit(4, 1) {
        freckles(pm);
    }
    // No traits reads as a calm, neutral face.
    let (highest, average) = match scores {
        [] => (50.0, 50.0),
        _ => (
            scores.iter().copied().fold(0.0, f32::max),
            scores.iter().sum::<f32>() / scores.len() as f32,
        ),
    };
    let spread = 44.0 + f32::from(seed.0[5] % 16);
    eyes(pm, spread, 9.0 + highest * 0.13);
    mouth(pm, average);
}

fn hair_band(pm: &mut Pixmap, accent: Rgb) {
    let mut pb = PathBuilder::new();
    pb.move_to(CENTRE - 106.0, CENTRE - 84.0);
    pb.quad_to(CENTRE, CENTRE - 172.0, CENTRE + 106.0, CENTRE - 84.0);
    if let Some(path) = pb.finish() {
        stroke(pm, &path, accent, 255, 22.0);
    }
}

fn cheeks(pm: &mut Pixmap) {
    for side in [-1.0, 1.0] {
        circle(pm, CENTRE + side * 88.0, CENTRE + 36.0, 22.0, [255, 110, 130], 90);
    }
}

fn freckles(pm: &mut Pixmap) {
    const SPOTS: [(f32, f32); 3] = [(96.0, 14.0), (80.0, 24.0), (104.0, 30.0)];
    for side in [-1.0, 1.0] {
        for (dx, dy) in SPOTS {
            circle(pm, CENTRE + side * dx, CENTRE + dy, 3.5, INK, 80);
        }
    }
}

fn eyes(pm: &mut Pixmap, spread: f32, r: f32) {
    let y = CENTRE - 20.0;
    for side in [-1.0, 1.0] {
        let x = CENTRE + side * spread;
        circle(pm, x, y, r, INK, 255);
        // The highlight makes the eyes look alive rather than painted on.
        circle(pm, x + r * 0.35, y - r * 0.35, r * 0.35, WHITE, 230);
    }
}

/// A curve whose depth follows the average score; a high average opens it
/// into a grin.
fn mouth(pm: &mut Pixmap, average: f32) {
    let (y, half) = (CENTRE + 50.0, 48.0);
    let depth = 8.0 + average * 0.42;
    let mut pb = PathBuilder::new();
    pb.move_to(CENTRE - half, y);
    // A quadratic's midpoint sits halfway to its control point.
    pb.quad_to(CENTRE, y + 2.0 * depth, CENTRE + half, y);
    if average >= 70.0 {
        pb.close();
        if let Some(path) = pb.finish() {
            pm.fill_path(&path, &solid(INK, 255), FillRule::Winding, Transform::identity(), None);
        }
    } else if let Some(path) = pb.finish() {
        stroke(pm, &path, INK, 255, 9.0);
    }
}

pub(super) fn circle(pm: &mut Pixmap, x: f32, y: f32, r: f32, c: Rgb, alpha: u8) {
    if let Some(path) = PathBuilder::from_circle(x, y, r) {
        pm.fill_path(&path, &solid(c, alpha), FillRule::Winding, Transform::identity(), None);
    }
}

fn stroke(pm: &mut Pixmap, path: &Path, c: Rgb, alpha: u8, width: f32) {
    let style = Stroke {
        width,
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        ..Stroke::default()
    };
    pm.stroke_path(path, &solid(c, alpha), &style, Transform::identity(), None);
}

pub(super) fn solid(c: Rgb, alpha: u8) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color_rgba8(c[0], c[1], c[2], alpha);
    paint
}

fn colour(c: Rgb, alpha: u8) -> Color {
    Color::from_rgba8(c[0], c[1], c[2], alpha)
}

/// `a` moved towards `b` by `t` (0..=1).
fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    let t = t.clamp(0.0, 1.0);
    let channel = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    [channel(a[0], b[0]), channel(a[1], b[1]), channel(a[2], b[2])]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn traits(scores: &[(&'static str, i32)]) -> Vec<TraitInput<'static>> {
        scores.iter().map(|&(name, score)| TraitInput { name, score }).collect()
    }

    #[test]
    fn png_decodes_to_size() {
        let png = draw("Sunny Side", &traits(&[("curious", 91), ("kind", 84), ("chaotic", 40)]));
        let decoded = Pixmap::decode_png(&png).expect("valid PNG");
        assert_eq!((decoded.width(), decoded.height()), (SIZE, SIZE));
    }

    #[test]
    fn same_input_same_bytes() {
        let t = traits(&[("curious", 91), ("kind", 84)]);
        assert_eq!(draw("Sunny", &t), draw("Sunny", &t));
    }

    #[test]
    fn different_traits_differ() {
        let a = draw("Sunny", &traits(&[("curious", 91), ("kind", 84)]));
        let b = draw("Sunny", &traits(&[("curious", 20), ("kind", 84)]));
        let c = draw("Sunny", &traits(&[("curious", 91), ("bold", 84)]));
        assert_ne!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn empty_input_works() {
        let png = draw("", &[]);
        let decoded = Pixmap::decode_png(&png).expect("valid PNG");
        assert_eq!((decoded.width(), decoded.height()), (SIZE, SIZE));
    }

    #[test]
    fn odd_input_does_not_panic() {
        let many: Vec<TraitInput<'_>> = (0..20)
            .map(|i| TraitInput {
                name: "✨🙂日本",
                score: i32::MAX - i * 1000,
            })
            .collect();
        let _ = draw("🙂\u{0}\n", &many);
        let _ = draw("x", &traits(&[("low", i32::MIN), ("high", i32::MAX)]));
        for n in 1..=MAX_TRAITS {
            let _ = pixmap("n", &many[..n]);
        }
    }

    #[test]
    fn every_style_draws() {
        // Enough names to hit both background styles, both petal styles and
        // every accessory; each must still produce a full picture.
        for i in 0..32 {
            let name = format!("persona {i}");
            let pm = pixmap(&name, &traits(&[("a", 10), ("b", 95), ("c", 50)]));
            assert_eq!(pm.pixels().len(), (SIZE * SIZE) as usize);
            assert!(
                pm.pixels().iter().all(|p| p.is_opaque()),
                "background covers everything"
            );
        }
    }
}
