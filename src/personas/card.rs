//! The share card: a 1200 x 630 PNG (the Open Graph image size) showing a
//! persona's illustration, name, top three traits and how many friends'
//! answers made it.
//!
//! Text is laid out with ab_glyph from the bundled DejaVu Sans, not system
//! fonts, so every server draws the same card; glyph coverage is blended
//! straight into the pixmap. Same card in, same bytes out.

use ab_glyph::{point, Font, FontRef, GlyphId, ScaleFont};
use tiny_skia::{
    Color, FillRule, FilterQuality, GradientStop, LinearGradient, Paint, PathBuilder, Pattern, Pixmap, Point,
    PremultipliedColorU8, Rect, SpreadMode, Transform,
};

use super::avatar::{self, circle, solid, Rgb};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

const INK: Rgb = [43, 37, 64];
const MUTED: Rgb = [110, 102, 130];
const ACCENT: Rgb = [255, 122, 89];
const TRACK: Rgb = [236, 228, 244];
const WHITE: Rgb = [255, 255, 255];

const W: f32 = WIDTH as f32;
const H: f32 = HEIGHT as f32;
/// The illustration: a circle filling a 420 px square on the left.
const ART_CX: f32 = 270.0;
const ART_CY: f32 = H / 2.0;
const ART_R: f32 = 210.0;
/// The text column on the right.
const TEXT_X: f32 = 560.0;
const TEXT_W: f32 = W - TEXT_X - 60.0;
const NAME_BASELINE: f32 = 185.0;
const NAME_MAX_PX: u8 = 64;
const NAME_MIN_PX: u8 = 32;
const TRAITS_SHOWN: usize = 3;
const LABEL_PX: f32 = 28.0;
const FIRST_LABEL_BASELINE: f32 = 270.0;
const ROW_STEP: f32 = 84.0;
const BAR_H: f32 = 16.0;
const FOOTER_BASELINE: f32 = 562.0;
const ELLIPSIS: &str = "…";

pub struct Card<'a> {
    /// Persona name, may be long or empty.
    pub name: &'a str,
    /// Already sorted best first; the top 3 are drawn (name + a score bar).
    pub traits: &'a [(&'a str, i32)],
    /// "Made from 7 friends' answers" (1 => "1 friend's answer").
    pub response_count: i32,
    /// PNG bytes of the illustration, any size; None or undecodable => the
    /// built-in avatar.
    pub illustration: Option<&'a [u8]>,
}

struct Fonts<'f> {
    regular: FontRef<'f>,
    bold: FontRef<'f>,
}

/// PNG bytes, WIDTH x HEIGHT.
pub fn draw(card: &Card<'_>) -> Vec<u8> {
    let mut pm = Pixmap::new(WIDTH, HEIGHT).expect("WIDTH and HEIGHT are non-zero constants");
    background(&mut pm);
    illustration(&mut pm, card);
    // The bundled fonts always parse; were they ever broken, a card without
    // text is still better than a failed request.
    if let (Ok(regular), Ok(bold)) = (FontRef::try_from_slice(REGULAR), FontRef::try_from_slice(BOLD)) {
        let fonts = Fonts { regular, bold };
        name(&mut pm, &fonts.bold, card.name);
        traits(&mut pm, &fonts, card.traits);
        footer(&mut pm, &fonts, card.response_count);
    }
    // Encoding only fails for an empty pixmap, which the constants rule out.
    pm.encode_png().unwrap_or_default()
}

/// A warm diagonal wash with two faint blobs, light enough for dark text.
fn background(pm: &mut Pixmap) {
    let (cream, lavender) = (
        Color::from_rgba8(255, 247, 238, 255),
        Color::from_rgba8(243, 236, 255, 255),
    );
    pm.fill(cream);
    let stops = vec![GradientStop::new(0.0, cream), GradientStop::new(1.0, lavender)];
    let wash = LinearGradient::new(
        Point::from_xy(0.0, 0.0),
        Point::from_xy(W, H),
        stops,
        SpreadMode::Pad,
        Transform::identity(),
    );
    if let (Some(shader), Some(rect)) = (wash, Rect::from_xywh(0.0, 0.0, W, H)) {
        let paint = Paint {
            shader,
            ..Paint::default()
        };
        pm.fill_rect(rect, &paint, Transform::identity(), None);
    }
    circle(pm, W - 50.0, 40.0, 180.0, ACCENT, 28);
    circle(pm, 40.0, H - 30.0, 120.0, [126, 87, 194], 20);
}

/// The illustration cropped to a circle in a white frame; anything that is
/// not a decodable PNG falls back to the built-in avatar.
fn illustration(pm: &mut Pixmap, card: &Card<'_>) {
    // Only an illustration that passes the stored-image checks (a PNG of
    // at most 2048 px a side) is decoded; anything else gets the avatar.
    let art = card
        .illustration
        .filter(|png| super::images::check_size(png).is_ok())
        .and_then(|png| Pixmap::decode_png(png).ok())
        .unwrap_or_else(|| {
            let traits: Vec<avatar::TraitInput<'_>> = card
                .traits
                .iter()
                .map(|&(name, score)| avatar::TraitInput { name, score })
                .collect();
            avatar::pixmap(card.name, &traits)
        });
    circle(pm, ART_CX, ART_CY + 10.0, ART_R + 12.0, [0, 0, 0], 30);
    circle(pm, ART_CX, ART_CY, ART_R + 12.0, WHITE, 255);
    // Cover the circle: the shorter side spans the diameter, the rest is
    // centred and cropped.
    let (w, h) = (art.width() as f32, art.height() as f32);
    let scale = 2.0 * ART_R / w.min(h);
    let place = Transform::from_scale(scale, scale).post_translate(ART_CX - w * scale / 2.0, ART_CY - h * scale / 2.0);
    let shader = Pattern::new(art.as_ref(), SpreadMode::Pad, FilterQuality::Bicubic, 1.0, place);
    if let Some(path) = PathBuilder::from_circle(ART_CX, ART_CY, ART_R) {
        let paint = Paint {
            shader,
            ..Paint::default()
        };
        pm.fill_path(&path, &paint, FillRule::Winding, Transform::identity(), None);
    }
}

fn name(pm: &mut Pixmap, bold: &FontRef<'_>, name: &str) {
    let (px, shown) = fit_name(bold, name);
    text(pm, bold, px, TEXT_X, NAME_BASELINE, INK, &shown);
}

/// The largest size from 64 px down to 32 px at which the whole name fits;
/// below that it is cut with "…" at 32 px.
fn fit_name(bold: &FontRef<'_>, name: &str) -> (f32, String) {
    for px in (NAME_MIN_PX..=NAME_MAX_PX).rev().step_by(4) {
        let px = f32::from(px);
        if measure(bold, px, name) <= TEXT_W {
            return (px, name.to_owned());
        }
    }
    let px = f32::from(NAME_MIN_PX);
    (px, truncate(bold, px, TEXT_W, name))
}

fn traits(pm: &mut Pixmap, fonts: &Fonts<'_>, traits: &[(&str, i32)]) {
    for (row, &(label, score)) in traits.iter().take(TRAITS_SHOWN).enumerate() {
        let baseline = FIRST_LABEL_BASELINE + ROW_STEP * row as f32;
        trait_row(pm, fonts, baseline, label, score.clamp(0, 100));
    }
}

/// "Curious ........ 91" over a bar filled to the score.
fn trait_row(pm: &mut Pixmap, fonts: &Fonts<'_>, baseline: f32, label: &str, score: i32) {
    let number = score.to_string();
    let number_w = measure(&fonts.bold, LABEL_PX, &number);
    text(
        pm,
        &fonts.bold,
        LABEL_PX,
        TEXT_X + TEXT_W - number_w,
        baseline,
        ACCENT,
        &number,
    );
    let label = truncate(&fonts.regular, LABEL_PX, TEXT_W - number_w - 24.0, &capitalised(label));
    text(pm, &fonts.regular, LABEL_PX, TEXT_X, baseline, INK, &label);
    let top = baseline + 16.0;
    pill(pm, TEXT_X, top, TEXT_W, TRACK);
    pill(pm, TEXT_X, top, TEXT_W * score as f32 / 100.0, ACCENT);
}

fn footer(pm: &mut Pixmap, fonts: &Fonts<'_>, response_count: i32) {
    let count = response_count.max(0);
    let line = match count {
        1 => "Made from 1 friend's answer".to_owned(),
        n => format!("Made from {n} friends' answers"),
    };
    text(pm, &fonts.regular, 24.0, TEXT_X, FOOTER_BASELINE, MUTED, &line);
    let mark_px = 34.0;
    let mark_x = TEXT_X + TEXT_W - measure(&fonts.bold, mark_px, "Kith");
    circle(pm, mark_x - 14.0, FOOTER_BASELINE - 11.0, 6.0, ACCENT, 255);
    text(pm, &fonts.bold, mark_px, mark_x, FOOTER_BASELINE, INK, "Kith");
}

/// Labels arrive lower case ("curious"); the card reads better with "Curious".
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `s` as it is if it fits in `max` px, else its longest prefix that fits
/// with a trailing "…".
fn truncate(font: &FontRef<'_>, px: f32, max: f32, s: &str) -> String {
    if measure(font, px, s) <= max {
        return s.to_owned();
    }
    let budget = max - measure(font, px, ELLIPSIS);
    let scaled = font.as_scaled(px);
    let mut cut = None;
    layout(font, px, s, |at, id, x| {
        if cut.is_none() && x + scaled.h_advance(id) > budget {
            cut = Some(at);
        }
    });
    let kept = s.get(..cut.unwrap_or(s.len())).unwrap_or("").trim_end();
    format!("{kept}{ELLIPSIS}")
}

/// Width in px of `s` drawn by `text`.
fn measure(font: &FontRef<'_>, size: f32, s: &str) -> f32 {
    layout(font, size, s, |_, _, _| {})
}

/// Draws `s` with its left edge at `x` and returns its advance width.
fn text(pixmap: &mut Pixmap, font: &FontRef<'_>, size: f32, x: f32, baseline: f32, colour: [u8; 3], s: &str) -> f32 {
    layout(font, size, s, |_, id, dx| {
        let glyph = id.with_scale_and_position(size, point(x + dx, baseline));
        let Some(outlined) = font.outline_glyph(glyph) else {
            return; // Spaces and other blank glyphs have no outline.
        };
        // `draw` reports pixels relative to the glyph's whole-pixel bounds.
        let min = outlined.px_bounds().min;
        let (left, top) = (min.x as i64, min.y as i64);
        outlined.draw(|gx, gy, coverage| {
            blend(pixmap, left + i64::from(gx), top + i64::from(gy), colour, coverage);
        });
    })
}

/// Walks the drawable glyphs of `s` left to right, calling `place` with each
/// one's byte offset in `s`, glyph and x offset; returns the total advance.
fn layout(font: &FontRef<'_>, size: f32, s: &str, mut place: impl FnMut(usize, GlyphId, f32)) -> f32 {
    let scaled = font.as_scaled(size);
    let mut x = 0.0;
    let mut previous = None;
    for (at, c) in s.char_indices().filter(|(_, c)| !c.is_control()) {
        let id = font.glyph_id(c);
        // Glyph 0 is the font's "missing" box: emoji and scripts DejaVu lacks
        // are left out rather than shown as a row of boxes.
        if id.0 == 0 {
            continue;
        }
        if let Some(previous) = previous {
            x += scaled.kern(previous, id);
        }
        place(at, id, x);
        x += scaled.h_advance(id);
        previous = Some(id);
    }
    x
}

/// Source-over of `colour` at `coverage` onto one premultiplied pixel;
/// pixels outside the pixmap are ignored.
fn blend(pixmap: &mut Pixmap, x: i64, y: i64, colour: Rgb, coverage: f32) {
    let (w, h) = (i64::from(pixmap.width()), i64::from(pixmap.height()));
    if !(0..w).contains(&x) || !(0..h).contains(&y) || coverage.is_nan() || coverage <= 0.0 {
        return;
    }
    let Some(dst) = usize::try_from(y * w + x)
        .ok()
        .and_then(|i| pixmap.pixels_mut().get_mut(i))
    else {
        return;
    };
    let a = coverage.min(1.0);
    let over = |src: f32, old: u8| (src * a + f32::from(old) * (1.0 - a)).round() as u8;
    // Each colour channel is computed with the same formula as alpha from
    // smaller inputs, so it never exceeds alpha and from_rgba cannot refuse.
    let out = PremultipliedColorU8::from_rgba(
        over(f32::from(colour[0]), dst.red()),
        over(f32::from(colour[1]), dst.green()),
        over(f32::from(colour[2]), dst.blue()),
        over(255.0, dst.alpha()),
    );
    if let Some(out) = out {
        *dst = out;
    }
}

/// A bar with round ends, `BAR_H` tall, at whole-pixel `y` so its long
/// edges stay crisp. A width below the height shrinks it to a dot.
fn pill(pm: &mut Pixmap, x: f32, y: f32, w: f32, c: Rgb) {
    if w.is_nan() || w <= 0.0 {
        return;
    }
    let r = (BAR_H / 2.0).min(w / 2.0);
    let cy = y + BAR_H / 2.0;
    // Rectangle and end caps are filled separately: in one path their
    // opposite windings could cancel into a hole.
    if let Some(rect) = Rect::from_xywh(x + r, y, w - 2.0 * r, BAR_H) {
        pm.fill_rect(rect, &solid(c, 255), Transform::identity(), None);
    }
    circle(pm, x + r, cy, r, c, 255);
    circle(pm, x + w - r, cy, r, c, 255);
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE_TRAITS: [(&str, i32); 3] = [("curious", 91), ("kind", 84), ("chaotic", 40)];

    fn sample() -> Card<'static> {
        Card {
            name: "Sunny Side",
            traits: &SAMPLE_TRAITS,
            response_count: 7,
            illustration: None,
        }
    }

    fn decoded(png: &[u8]) -> Pixmap {
        Pixmap::decode_png(png).expect("valid PNG")
    }

    #[test]
    fn decodes_to_card_size() {
        let card = decoded(&draw(&sample()));
        assert_eq!((card.width(), card.height()), (WIDTH, HEIGHT));
    }

    #[test]
    fn same_card_same_bytes() {
        assert_eq!(draw(&sample()), draw(&sample()));
    }

    #[test]
    fn long_and_unusual_text_does_not_panic() {
        let long: String = "Sunny 日本語 🙂‍🌈 é\u{301}\n\t".chars().cycle().take(500).collect();
        let traits = [(long.as_str(), i32::MAX), ("🙂", i32::MIN), ("", 50), ("fourth", 10)];
        for response_count in [i32::MIN, -1, 0, 1, 2, i32::MAX] {
            let card = Card {
                name: &long,
                traits: &traits,
                response_count,
                illustration: None,
            };
            let png = decoded(&draw(&card));
            assert_eq!((png.width(), png.height()), (WIDTH, HEIGHT));
        }
        let empty = Card {
            name: "",
            traits: &[],
            response_count: 0,
            illustration: Some(&[]),
        };
        assert_eq!(decoded(&draw(&empty)).width(), WIDTH);
    }

    #[test]
    fn long_names_are_cut_to_fit() {
        let bold = FontRef::try_from_slice(BOLD).expect("bundled font parses");
        let (px, shown) = fit_name(&bold, &"W".repeat(500));
        assert_eq!(px, f32::from(NAME_MIN_PX));
        assert!(shown.ends_with(ELLIPSIS));
        assert!(measure(&bold, px, &shown) <= TEXT_W);
        assert_eq!(
            fit_name(&bold, "Sunny Side"),
            (f32::from(NAME_MAX_PX), "Sunny Side".to_owned())
        );
    }

    #[test]
    fn illustration_replaces_the_avatar() {
        let other = [avatar::TraitInput {
            name: "bold",
            score: 12,
        }];
        let art = avatar::draw("Someone else", &other);
        let with = Card {
            illustration: Some(&art),
            ..sample()
        };
        assert_ne!(draw(&with), draw(&sample()));
    }

    #[test]
    fn undecodable_illustration_falls_back_to_the_avatar() {
        let broken = Card {
            illustration: Some(b"not a png"),
            ..sample()
        };
        assert_eq!(draw(&broken), draw(&sample()));
    }

    #[test]
    fn text_marks_pixels() {
        let with_name = decoded(&draw(&sample()));
        let without = decoded(&draw(&Card { name: "", ..sample() }));
        let region = |pm: &Pixmap| -> Vec<PremultipliedColorU8> {
            (120..200)
                .flat_map(|y| (560..1100).filter_map(move |x| pm.pixel(x, y)).collect::<Vec<_>>())
                .collect()
        };
        // The background there is light; only the ink of the name is dark.
        let dark = |pixels: Vec<PremultipliedColorU8>| pixels.iter().filter(|p| p.red() < 100).count();
        assert!(dark(region(&with_name)) > 500, "the name is drawn in dark ink");
        assert_eq!(dark(region(&without)), 0, "an empty name leaves the background");
    }

    #[test]
    #[ignore = "writes target/persona-card-sample.png for a person to look at"]
    fn writes_a_sample_card() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target");
        std::fs::create_dir_all(dir).expect("create target/");
        std::fs::write(format!("{dir}/persona-card-sample.png"), draw(&sample())).expect("write the sample card");
    }
}
