//! The cases section of `make bench`:
//! - UploadImage throughput (MB/s of photos streamed in 1 MiB chunks,
//!   checked, hashed, decoded and stored) against writing the same bytes to
//!   files in the same folder (write, then rename into place, as the store
//!   does) in the same run;
//! - SearchByImage p50 over 10,000 processed photos against reading the
//!   same features straight from the table and ranking them in process.

use std::io::Cursor;
use std::path::Path;
use std::time::{Duration, Instant};

use kith::cases::matcher::{Matcher, Visual};
use kith::proto::cases::v1 as pb;
use kith::proto::identity::v1 as identity_pb;
use pb::upload_image_request::Part;
use tonic::transport::Channel;
use uuid::Uuid;

use super::authed;

/// Photos uploaded, and the stored photos searched.
const UPLOADS: usize = 24;
const STORED: usize = 10_000;
const SEARCHES: usize = 40;
const CHUNK: usize = 1 << 20;

/// A photo-like JPEG of about 1 to 2 MB (a generated scene, enlarged).
fn photo(seed: u32) -> Vec<u8> {
    let scene = kith::cases::visual::scene(seed, 480, 360);
    let img = image::DynamicImage::ImageRgb8(scene).resize_exact(2400, 1800, image::imageops::FilterType::Triangle);
    let mut out = Cursor::new(Vec::new());
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 95);
    img.to_rgb8().write_with_encoder(encoder).expect("encodes");
    out.into_inner()
}

async fn investigator(channel: &Channel, sql: &tokio_postgres::Client) -> anyhow::Result<String> {
    let mut auth = identity_pb::auth_service_client::AuthServiceClient::new(channel.clone());
    let register = identity_pb::RegisterRequest {
        email: "investigator@kith.dev".into(),
        password: "bench password".into(),
        display_name: "Investigator".into(),
        ..Default::default()
    };
    auth.register(register).await?;
    sql.execute(
        "UPDATE users SET role = 'investigator' WHERE email = 'investigator@kith.dev'",
        &[],
    )
    .await?;
    let login = identity_pb::LoginRequest {
        email: "investigator@kith.dev".into(),
        password: "bench password".into(),
    };
    Ok(auth
        .login(login)
        .await?
        .into_inner()
        .session
        .unwrap_or_default()
        .access_token)
}

fn p50(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

pub async fn run(channel: Channel, sql: &tokio_postgres::Client, image_dir: &Path) -> anyhow::Result<()> {
    let token = investigator(&channel, sql).await?;
    let mut cases = pb::case_service_client::CaseServiceClient::new(channel.clone());
    let case = pb::Case {
        full_name: "Bench Person".into(),
        ..Default::default()
    };
    let case = cases
        .create_case(authed(pb::CreateCaseRequest { case: Some(case) }, &token))
        .await?
        .into_inner()
        .case
        .unwrap_or_default();

    // 1. Uploads, one after another, each streamed in 1 MiB chunks.
    let photos: Vec<Vec<u8>> = (0..UPLOADS as u32).map(|i| photo(i * 7 + 1)).collect();
    let bytes: usize = photos.iter().map(Vec::len).sum();
    let mut images = pb::image_service_client::ImageServiceClient::new(channel.clone());
    let started = Instant::now();
    for photo in &photos {
        let mut parts = vec![pb::UploadImageRequest {
            part: Some(Part::Header(pb::UploadImageHeader {
                case_id: case.id.clone(),
                caption: String::new(),
            })),
        }];
        parts.extend(photo.chunks(CHUNK).map(|c| pb::UploadImageRequest {
            part: Some(Part::Chunk(c.to_vec())),
        }));
        let stored = images
            .upload_image(authed(futures::stream::iter(parts), &token))
            .await?
            .into_inner();
        anyhow::ensure!(stored.created, "a bench photo was a duplicate");
    }
    let upload_time = started.elapsed();
    // The same bytes written to files in the same folder and renamed into
    // place.
    let scratch = image_dir.join("bench-baseline");
    tokio::fs::create_dir_all(&scratch).await?;
    let started = Instant::now();
    for (i, photo) in photos.iter().enumerate() {
        let temp = scratch.join(format!("{i}.part"));
        tokio::fs::write(&temp, photo).await?;
        tokio::fs::rename(&temp, scratch.join(i.to_string())).await?;
    }
    let write_time = started.elapsed();
    tokio::fs::remove_dir_all(&scratch).await?;
    let mb = bytes as f64 / 1e6;
    println!(
        "UploadImage ({UPLOADS} photos of {:.1} MB on average, 2400 x 1800 JPEG): {:.1} MB/s through Kith, {:.1} MB/s writing the same bytes to files (x{:.3})",
        mb / UPLOADS as f64,
        mb / upload_time.as_secs_f64(),
        mb / write_time.as_secs_f64(),
        write_time.as_secs_f64() / upload_time.as_secs_f64()
    );

    // 2. 10,000 processed photos over 50 cases (200 each, the cap): the
    //    built-in matcher's features of 200 generated scenes, each stored
    //    50 times under its own case.
    let features: Vec<Vec<u8>> = (0..200u32)
        .map(|seed| {
            kith::cases::visual::features(&image::DynamicImage::ImageRgb8(kith::cases::visual::scene(
                seed, 160, 120,
            )))
        })
        .collect();
    sql.batch_execute("BEGIN").await?;
    for c in 0..STORED / 200 {
        let case_id = Uuid::now_v7();
        sql.execute(
            "INSERT INTO cases (id, full_name) VALUES ($1, $2)",
            &[&case_id, &format!("Stored person {c}")],
        )
        .await?;
        for (i, f) in features.iter().enumerate() {
            let sha: Vec<u8> = (0..32)
                .map(|b| (b as u8) ^ (i as u8) ^ (c as u8).rotate_left(3))
                .collect();
            let mut sha = sha;
            sha[0..8].copy_from_slice(&(c as u64 * 1000 + i as u64).to_le_bytes());
            sql.execute(
                "INSERT INTO case_images (id, case_id, sha256, storage_key, mime_type, size_bytes, width, height,
                                          status, features, matcher)
                 VALUES ($1, $2, $3, 'bench', 'image/jpeg', 1, 160, 120, 'done', $4, 'visual-v1')",
                &[&Uuid::now_v7(), &case_id, &sha, f],
            )
            .await?;
        }
    }
    sql.batch_execute("COMMIT").await?;
    let probe = photo(5 * 7 + 1);
    let mut matches = pb::match_service_client::MatchServiceClient::new(channel.clone());
    let mut through = Vec::new();
    for _ in 0..SEARCHES {
        let request = pb::SearchByImageRequest {
            probe: probe.clone(),
            top_k: 10,
        };
        let started = Instant::now();
        let found = matches.search_by_image(authed(request, &token)).await?.into_inner();
        through.push(started.elapsed());
        anyhow::ensure!(found.compared as usize >= STORED, "compared {}", found.compared);
    }
    // Directly: the same probe's features, the same rows read, ranked.
    let matcher = Visual;
    let mut direct = Vec::new();
    for _ in 0..SEARCHES {
        let started = Instant::now();
        let probe_features = matcher
            .features(probe.clone(), "image/jpeg")
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let rows = sql
            .query(
                "SELECT id, case_id, features FROM case_images WHERE matcher = 'visual-v1' AND features IS NOT NULL",
                &[],
            )
            .await?;
        let stored: Vec<(Uuid, Uuid, Vec<u8>)> = rows.iter().map(|r| (r.get(0), r.get(1), r.get(2))).collect();
        let hits = kith::cases::matching::rank(&matcher, &probe_features, &stored, 10);
        anyhow::ensure!(hits.len() == 10);
        direct.push(started.elapsed());
    }
    let (through, direct) = (p50(through), p50(direct));
    println!(
        "SearchByImage over {STORED} stored photos, p50: {:.1} ms through Kith, {:.1} ms to decode the probe, read the features and rank them directly (x{:.2})",
        through.as_secs_f64() * 1e3,
        direct.as_secs_f64() * 1e3,
        through.as_secs_f64() / direct.as_secs_f64()
    );
    Ok(())
}
