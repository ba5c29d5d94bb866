//! Step 2's image provider: an OpenAI-images-compatible API
//! (`POST {url}/images/generations`, answer `data[0].b64_json`), and the
//! folder illustrations are written to when one is configured. What comes
//! back must be a PNG that decodes, at most [`MAX_PNG_BYTES`].

use std::path::Path;
use std::sync::OnceLock;
use std::time::Duration;

use base64::Engine;
use secrecy::ExposeSecret;

use super::repo::PersonaRow;
use crate::config::PersonasConfig;

pub const MAX_PNG_BYTES: usize = 8 << 20;
/// The base64 answer around a PNG of the largest size, with room for JSON.
const MAX_BODY_BYTES: usize = MAX_PNG_BYTES / 3 * 4 + (64 << 10);
const TIMEOUT: Duration = Duration::from_secs(90);

fn client() -> &'static reqwest::Client {
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .timeout(TIMEOUT)
            .build()
            .expect("the HTTP client builds")
    })
}

/// The picture prompt: the persona's name, traits and description, which
/// came from the synthesis (itself told to treat answers as data).
fn prompt(persona: &PersonaRow) -> String {
    let traits: Vec<String> = persona.traits().into_iter().take(5).map(|t| t.name).collect();
    format!(
        "A friendly, colourful illustrated portrait of a character named {}, who is {}. {} \
         Flat vector style, plain background, no text.",
        crate::ai::quoted_up_to(&persona.name, 40),
        traits.join(", "),
        crate::ai::quoted_up_to(&persona.description, 600),
    )
}

/// Asks the provider for the persona's picture; the error says why not.
pub async fn generate(url: &str, config: &PersonasConfig, persona: &PersonaRow) -> Result<Vec<u8>, String> {
    let body = serde_json::json!({
        "model": config.image_model,
        "prompt": prompt(persona),
        "n": 1,
        "size": "1024x1024",
        "response_format": "b64_json",
    });
    let mut request = client().post(format!("{url}/images/generations")).json(&body);
    if let Some(key) = &config.image_api_key {
        request = request.bearer_auth(key.expose_secret());
    }
    let mut response = request
        .send()
        .await
        .map_err(|e| format!("image provider unreachable: {e}"))?;
    let status = response.status();
    if !status.is_success() {
        return Err(format!("image provider answered HTTP {}", status.as_u16()));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| format!("image provider cut off: {e}"))?
    {
        if body.len() + chunk.len() > MAX_BODY_BYTES {
            return Err(format!("the image is larger than {MAX_PNG_BYTES} bytes"));
        }
        body.extend_from_slice(&chunk);
    }
    let answer: serde_json::Value =
        serde_json::from_slice(&body).map_err(|e| format!("image provider sent no JSON: {e}"))?;
    let b64 = answer["data"][0]["b64_json"]
        .as_str()
        .ok_or("image provider sent no data[0].b64_json")?;
    let png = base64::engine::general_purpose::STANDARD
        .decode(b64)
        .map_err(|e| format!("image provider sent bad base64: {e}"))?;
    check_png(&png)?;
    Ok(png)
}

/// The largest side of an illustration: decoding allocates width × height
/// × 4 bytes whatever the file's size, so the header is read first.
pub const MAX_SIDE: u32 = 2048;

/// Width and height from a PNG's header (IHDR, right after the signature).
fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    let header = png.get(12..24)?;
    if !png.starts_with(b"\x89PNG\r\n\x1a\n") || &header[..4] != b"IHDR" {
        return None;
    }
    let side = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    Some((side(&header[4..8]), side(&header[8..12])))
}

/// A PNG that decodes, within the size limits.
pub fn check_png(png: &[u8]) -> Result<(), String> {
    check_size(png)?;
    tiny_skia::Pixmap::decode_png(png)
        .map(|_| ())
        .map_err(|e| format!("the image is not a PNG that decodes: {e}"))
}

/// A PNG within the byte and side limits, read from its header only.
pub fn check_size(png: &[u8]) -> Result<(), String> {
    if png.len() > MAX_PNG_BYTES {
        return Err(format!("the image is larger than {MAX_PNG_BYTES} bytes"));
    }
    match png_size(png) {
        None => Err("the image is not a PNG".into()),
        Some((w, h)) if w > MAX_SIDE || h > MAX_SIDE => {
            Err(format!("the image is {w} x {h}; at most {MAX_SIDE} x {MAX_SIDE}"))
        }
        Some(_) => Ok(()),
    }
}

/// The illustration's file name: made of ids only, so it cannot leave the
/// folder.
fn file_name(persona: &PersonaRow) -> String {
    format!("{}-{}.png", persona.id, persona.generation)
}

/// Writes the PNG under a temporary name, then renames it, so a reader
/// never sees half a file; answers the file name.
pub async fn write(dir: &Path, persona: &PersonaRow, png: &[u8]) -> Result<String, String> {
    let name = file_name(persona);
    let partial = dir.join(format!(".{name}.partial"));
    tokio::fs::create_dir_all(dir)
        .await
        .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    tokio::fs::write(&partial, png)
        .await
        .map_err(|e| format!("cannot write {}: {e}", partial.display()))?;
    tokio::fs::rename(&partial, dir.join(&name))
        .await
        .map_err(|e| format!("cannot rename {}: {e}", partial.display()))?;
    Ok(name)
}

/// The stored file's bytes; None when it is gone or the name is not one
/// this module wrote.
pub async fn read(dir: &Path, name: &str) -> Option<Vec<u8>> {
    let ours = name.ends_with(".png") && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if !ours || name.starts_with('.') {
        return None;
    }
    tokio::fs::read(dir.join(name)).await.ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_illustration_announcing_a_huge_picture_is_refused_before_decoding() {
        let mut png = super::super::avatar::draw("Sunny", &[]);
        assert!(check_png(&png).is_ok());
        // IHDR's width and height: 20,000 x 20,000 (the CRC is not needed
        // to refuse it).
        png[16..20].copy_from_slice(&20_000u32.to_be_bytes());
        png[20..24].copy_from_slice(&20_000u32.to_be_bytes());
        assert!(check_size(&png).unwrap_err().contains("at most 2048"));
        assert!(check_png(b"not a png at all, not at all").is_err());
    }
}
