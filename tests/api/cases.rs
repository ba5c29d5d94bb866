//! Cases through the real server: who sees and changes which case, the
//! audit of investigators' reads, and photos in (streamed, batched) and
//! out, checked from their bytes, deduplicated, and never half-written.

use std::io::Cursor;
use std::path::PathBuf;
use std::time::Duration;

use futures::StreamExt;
use kith::proto::cases::v1 as pb;
use pb::case_service_client::CaseServiceClient;
use pb::image_service_client::ImageServiceClient;
use pb::upload_image_request::Part;
use prost_types::FieldMask;
use tonic::transport::Channel;
use tonic::Code;

use crate::harness::{authed, count, reason, violated_fields, TestApp};

pub(crate) fn cases(app: &TestApp) -> CaseServiceClient<Channel> {
    CaseServiceClient::new(app.channel.clone())
}

pub(crate) fn images(app: &TestApp) -> ImageServiceClient<Channel> {
    ImageServiceClient::new(app.channel.clone())
}

pub(crate) async fn file(app: &TestApp, token: &str, name: &str, aliases: &[&str], priority: pb::Priority) -> pb::Case {
    let case = pb::Case {
        full_name: name.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        age: 34,
        last_seen_place: "Central station".into(),
        description: "Wearing a green coat.".into(),
        priority: priority as i32,
        ..Default::default()
    };
    cases(app)
        .create_case(authed(pb::CreateCaseRequest { case: Some(case) }, token))
        .await
        .unwrap()
        .into_inner()
        .case
        .unwrap()
}

async fn get(app: &TestApp, token: &str, id: &str) -> Result<pb::Case, tonic::Status> {
    let request = pb::GetCaseRequest { case_id: id.into() };
    Ok(cases(app)
        .get_case(authed(request, token))
        .await?
        .into_inner()
        .case
        .unwrap())
}

async fn list(app: &TestApp, token: &str, request: pb::ListCasesRequest) -> Vec<String> {
    let listed = cases(app)
        .list_cases(authed(request, token))
        .await
        .unwrap()
        .into_inner();
    listed.cases.into_iter().map(|c| c.full_name).collect()
}

async fn share(app: &TestApp, token: &str, case_id: &str, user_id: &str, revoke: bool) -> Result<(), tonic::Status> {
    let request = pb::ShareCaseRequest {
        case_id: case_id.into(),
        user_id: user_id.into(),
        revoke,
    };
    cases(app).share_case(authed(request, token)).await.map(|_| ())
}

pub(crate) async fn audited(app: &TestApp, action: &str, actor: &str) -> i64 {
    count(
        app,
        &format!("SELECT count(*) FROM audit_events WHERE action = '{action}' AND actor_id::text = '{actor}'"),
    )
    .await
}

#[tokio::test]
async fn reporters_see_their_own_and_shared_cases_members_none_and_investigators_all() {
    let app = TestApp::spawn().await;
    let (ada_id, ada) = app.user_with_role("ada@example.com", "case_reporter").await;
    let (_, bob) = app.user_with_role("bob@example.com", "case_reporter").await;
    let (ivy_id, ivy) = app.user_with_role("ivy@example.com", "investigator").await;
    let (mo, session) = app.register("mo@example.com").await;
    let mo_token = &session.access_token;

    let hers = file(&app, &ada, "Grace Hopper", &["Amazing Grace"], pb::Priority::High).await;
    let his = file(&app, &bob, "Alan Turing", &[], pb::Priority::Normal).await;
    assert_eq!(hers.reporter_id, ada_id);
    assert_eq!(hers.status(), pb::CaseStatus::Open);

    // Reporters: their own only.
    assert_eq!(get(&app, &ada, &hers.id).await.unwrap().full_name, "Grace Hopper");
    let status = get(&app, &ada, &his.id).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status)),
        (Code::NotFound, "CASE_NOT_FOUND".into())
    );
    assert_eq!(list(&app, &ada, Default::default()).await, ["Grace Hopper"]);
    // A member: none, and may not file.
    assert_eq!(get(&app, mo_token, &hers.id).await.unwrap_err().code(), Code::NotFound);
    assert!(list(&app, mo_token, Default::default()).await.is_empty());
    let request = pb::CreateCaseRequest {
        case: Some(pb::Case {
            full_name: "X".into(),
            ..Default::default()
        }),
    };
    let status = cases(&app).create_case(authed(request, mo_token)).await.unwrap_err();
    assert_eq!(status.code(), Code::PermissionDenied);
    // An investigator: all, and every read is audited; a reporter's are not.
    assert_eq!(
        list(&app, &ivy, Default::default()).await,
        ["Alan Turing", "Grace Hopper"]
    );
    get(&app, &ivy, &his.id).await.unwrap();
    assert_eq!(audited(&app, "case.read", &ivy_id).await, 1);
    assert_eq!(audited(&app, "case.list", &ivy_id).await, 1);
    assert_eq!(audited(&app, "case.read", &ada_id).await, 0);
    assert_eq!(audited(&app, "case.create", &ada_id).await, 1);

    // Shared with the member: read-only; only the reporter (or an admin)
    // shares it, and another reporter cannot even see it.
    share(&app, &ada, &hers.id, &mo.id, false).await.unwrap();
    assert_eq!(get(&app, mo_token, &hers.id).await.unwrap().id, hers.id);
    assert_eq!(list(&app, mo_token, Default::default()).await, ["Grace Hopper"]);
    let update = |token: String, case: pb::Case, paths: &[&str]| {
        let request = pb::UpdateCaseRequest {
            case: Some(case),
            update_mask: Some(FieldMask {
                paths: paths.iter().map(|p| p.to_string()).collect(),
            }),
        };
        let mut client = cases(&app);
        async move {
            client
                .update_case(authed(request, &token))
                .await
                .map(|r| r.into_inner().case.unwrap())
        }
    };
    let change = pb::Case {
        id: hers.id.clone(),
        description: "Seen near the harbour on Friday.".into(),
        ..Default::default()
    };
    let status = update(mo_token.clone(), change.clone(), &["description"])
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::PermissionDenied);
    let status = share(&app, mo_token, &hers.id, &ivy_id, false).await.unwrap_err();
    assert_eq!(status.code(), Code::PermissionDenied);
    assert_eq!(
        share(&app, &bob, &hers.id, &mo.id, false).await.unwrap_err().code(),
        Code::NotFound
    );
    share(&app, &ada, &hers.id, &mo.id, true).await.unwrap();
    assert_eq!(get(&app, mo_token, &hers.id).await.unwrap_err().code(), Code::NotFound);

    // The reporter changes only what the mask names; bad values are named.
    let changed = update(ada.clone(), change.clone(), &["description"]).await.unwrap();
    assert_eq!(changed.description, "Seen near the harbour on Friday.");
    assert_eq!((changed.full_name.as_str(), changed.age), ("Grace Hopper", 34));
    let bad = pb::Case {
        id: hers.id.clone(),
        height_cm: 5,
        last_seen_latitude: Some(10.0),
        ..Default::default()
    };
    let status = update(ada.clone(), bad, &["height_cm", "last_seen_location", "status"])
        .await
        .unwrap_err();
    assert_eq!(
        violated_fields(&status),
        ["update_mask", "case.height_cm", "case.last_seen_latitude"]
    );

    // Name search (each word a prefix, aliases too) and filters.
    let search = |query: &str| pb::ListCasesRequest {
        query: query.into(),
        ..Default::default()
    };
    assert_eq!(list(&app, &ivy, search("amaz")).await, ["Grace Hopper"]);
    assert_eq!(list(&app, &ivy, search("alan tur")).await, ["Alan Turing"]);
    assert!(list(&app, &ivy, search("grace turing")).await.is_empty());
    assert_eq!(list(&app, &ivy, search("') OR 1=1 --")).await.len(), 0);
    let high = pb::ListCasesRequest {
        priority: pb::Priority::High as i32,
        ..Default::default()
    };
    assert_eq!(list(&app, &ivy, high).await, ["Grace Hopper"]);

    // Found, once; audited; then no longer open for changes.
    let found = cases(&app)
        .mark_found(authed(
            pb::MarkFoundRequest {
                case_id: his.id.clone(),
                note: "Safe at home.".into(),
            },
            &ivy,
        ))
        .await
        .unwrap()
        .into_inner()
        .case
        .unwrap();
    assert_eq!(found.status(), pb::CaseStatus::Found);
    let again = cases(&app)
        .close_case(authed(
            pb::CloseCaseRequest {
                case_id: his.id.clone(),
                reason: String::new(),
            },
            &bob,
        ))
        .await
        .unwrap_err();
    assert_eq!(
        (again.code(), reason(&again)),
        (Code::FailedPrecondition, "CASE_FINISHED".into())
    );
    assert_eq!(audited(&app, "case.found", &ivy_id).await, 1);
    let open = pb::ListCasesRequest {
        status: pb::CaseStatus::Open as i32,
        ..Default::default()
    };
    assert_eq!(list(&app, &ivy, open).await, ["Grace Hopper"]);
}

/// A photo-like picture: smooth colour fields and a few shapes, from `seed`.
fn picture(seed: u8, width: u32, height: u32) -> image::RgbImage {
    image::RgbImage::from_fn(width, height, |x, y| {
        let band = ((x / 16 + y / 16) as u8).wrapping_mul(seed);
        image::Rgb([band, (x % 251) as u8 ^ seed, (y % 241) as u8])
    })
}

fn encoded(img: &image::RgbImage, format: image::ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, format).unwrap();
    out.into_inner()
}

fn header(case_id: &str) -> pb::UploadImageRequest {
    pb::UploadImageRequest {
        part: Some(Part::Header(pb::UploadImageHeader {
            case_id: case_id.into(),
            caption: "Last photo, taken in May".into(),
        })),
    }
}

fn chunks(bytes: &[u8], size: usize) -> Vec<pb::UploadImageRequest> {
    bytes
        .chunks(size)
        .map(|c| pb::UploadImageRequest {
            part: Some(Part::Chunk(c.to_vec())),
        })
        .collect()
}

pub(crate) async fn upload(
    app: &TestApp,
    token: &str,
    case_id: &str,
    bytes: &[u8],
) -> Result<pb::UploadImageResponse, tonic::Status> {
    let mut parts = vec![header(case_id)];
    parts.extend(chunks(bytes, 16 << 10));
    let request = authed(futures::stream::iter(parts), token);
    Ok(images(app).upload_image(request).await?.into_inner())
}

fn files_under(dir: &PathBuf) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if entry.path().is_dir() {
            found.extend(files_under(&entry.path()));
        } else {
            found.push(entry.path());
        }
    }
    found.sort();
    found
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn photos_are_checked_from_their_bytes_deduplicated_and_never_half_written() {
    let dir = std::env::temp_dir().join(format!("kith-case-photos-{}", uuid::Uuid::new_v4()));
    let folder = dir.clone();
    let app = TestApp::spawn_with(move |c| {
        c.cases.image_dir = Some(folder);
        c.cases.max_image_bytes = 256 << 10;
    })
    .await;
    let (_, ada) = app.user_with_role("ada@example.com", "case_reporter").await;
    let (ivy_id, ivy) = app.user_with_role("ivy@example.com", "investigator").await;
    let (_, session) = app.register("mo@example.com").await;
    let case = file(&app, &ada, "Grace Hopper", &[], pb::Priority::High).await;
    let jpeg = encoded(&picture(3, 320, 240), image::ImageFormat::Jpeg);

    // Streamed in chunks: checked, measured and stored once.
    let first = upload(&app, &ada, &case.id, &jpeg).await.unwrap();
    let image = first.image.unwrap();
    assert!(first.created);
    assert_eq!(
        (image.mime_type.as_str(), image.width, image.height),
        ("image/jpeg", 320, 240)
    );
    assert_eq!(image.size_bytes, jpeg.len() as i64);
    use sha2::Digest;
    assert_eq!(image.sha256, hex::encode(sha2::Sha256::digest(&jpeg)));
    // Sent again: the same photo, nothing new.
    let again = upload(&app, &ada, &case.id, &jpeg).await.unwrap();
    assert!(!again.created);
    assert_eq!(again.image.unwrap().id, image.id);
    assert_eq!(files_under(&dir).len(), 1);

    // A stream cut midway stores nothing and leaves no file behind.
    let cut =
        futures::stream::iter(vec![header(&case.id), chunks(&jpeg, 4096).remove(0)]).chain(futures::stream::pending());
    let mut client = images(&app);
    let cancelled = tokio::time::timeout(Duration::from_millis(300), client.upload_image(authed(cut, &ada))).await;
    assert!(cancelled.is_err(), "the upload was still waiting for its end");
    let mut left = files_under(&dir);
    for _ in 0..100 {
        if left.len() == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        left = files_under(&dir);
    }
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(count(&app, "SELECT count(*) FROM case_images").await, 1);

    // The bytes decide: not an image, a cut image, too large.
    let status = upload(&app, &ada, &case.id, b"GIF89a this is not a photo at all")
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), ["chunk"]);
    assert!(status.message().contains("JPEG, PNG or WebP"), "{}", status.message());
    let png = encoded(&picture(9, 64, 48), image::ImageFormat::Png);
    let status = upload(&app, &ada, &case.id, &png[..png.len() / 2]).await.unwrap_err();
    assert!(status.message().contains("does not decode"), "{}", status.message());
    let mut state = 7u32;
    let noise = image::RgbImage::from_fn(400, 300, |_, _| {
        state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        let [a, b, c, _] = state.to_le_bytes();
        image::Rgb([a, b, c])
    });
    let big = encoded(&noise, image::ImageFormat::Png);
    assert!(big.len() > 256 << 10);
    let status = upload(&app, &ada, &case.id, &big).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status)),
        (Code::ResourceExhausted, "IMAGE_TOO_LARGE".into())
    );
    assert!(status.message().contains("262144 bytes"), "{}", status.message());
    assert_eq!(count(&app, "SELECT count(*) FROM case_images").await, 1);
    assert_eq!(files_under(&dir).len(), 1);

    // Headers first; a member cannot add to a case they cannot see.
    let request = authed(futures::stream::iter(chunks(&jpeg, 4096)), &ada);
    let status = images(&app).upload_image(request).await.unwrap_err();
    assert_eq!(violated_fields(&status), ["header"]);
    let status = upload(&app, &session.access_token, &case.id, &jpeg).await.unwrap_err();
    assert_eq!(status.code(), Code::NotFound);

    // The browser twin: a batch, in order, deduplicated the same way.
    let request = pb::UploadImageBatchRequest {
        case_id: case.id.clone(),
        images: vec![
            pb::ImageUpload {
                caption: "Side view".into(),
                data: png.clone(),
            },
            pb::ImageUpload {
                caption: String::new(),
                data: jpeg.clone(),
            },
        ],
    };
    let batch = images(&app)
        .upload_image_batch(authed(request, &ada))
        .await
        .unwrap()
        .into_inner();
    let created: Vec<bool> = batch.results.iter().map(|r| r.created).collect();
    assert_eq!(created, [true, false]);
    let request = pb::UploadImageBatchRequest {
        case_id: case.id.clone(),
        images: vec![pb::ImageUpload::default(); 5],
    };
    let status = images(&app)
        .upload_image_batch(authed(request, &ada))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), ["images"]);

    // Out again, byte for byte, for an investigator (audited).
    let listed = images(&app)
        .list_images(authed(
            pb::ListImagesRequest {
                case_id: case.id.clone(),
            },
            &ivy,
        ))
        .await
        .unwrap()
        .into_inner()
        .images;
    assert_eq!(listed.len(), 2);
    let mut stream = images(&app)
        .download_image(authed(
            pb::DownloadImageRequest {
                image_id: image.id.clone(),
            },
            &ivy,
        ))
        .await
        .unwrap()
        .into_inner();
    let mut bytes = Vec::new();
    let mut meta = None;
    while let Some(part) = stream.message().await.unwrap() {
        match part.part.unwrap() {
            pb::download_image_response::Part::Image(i) => meta = Some(i),
            pb::download_image_response::Part::Chunk(c) => bytes.extend(c),
        }
    }
    assert_eq!(meta.unwrap().id, image.id);
    assert_eq!(bytes, jpeg);
    assert_eq!(audited(&app, "case_image.download", &ivy_id).await, 1);
    let status = images(&app)
        .download_image(authed(
            pb::DownloadImageRequest {
                image_id: image.id.clone(),
            },
            &session.access_token,
        ))
        .await
        .unwrap_err();
    assert_eq!(
        (status.code(), reason(&status)),
        (Code::NotFound, "IMAGE_NOT_FOUND".into())
    );

    // The daily cleanup removes bytes no case holds and unfinished uploads,
    // once they are an hour old, and keeps the rest.
    let orphan = dir.join("ab").join("ab".repeat(32));
    std::fs::create_dir_all(orphan.parent().unwrap()).unwrap();
    std::fs::write(&orphan, b"old").unwrap();
    let stale = dir.join("tmp").join("old.part");
    std::fs::create_dir_all(stale.parent().unwrap()).unwrap();
    std::fs::write(&stale, b"half").unwrap();
    let hour_ago = std::time::SystemTime::now() - Duration::from_secs(7200);
    for path in files_under(&dir) {
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(hour_ago)
            .unwrap();
    }
    let job = kith::jobs::NewJob::new(kith::cases::CLEANUP_JOB.name, serde_json::json!({}));
    let handler = kith::jobs::JobKind::new(kith::cases::CLEANUP_JOB, kith::cases::cleanup_job);
    let result = crate::harness::run_job(&app, job, handler).await;
    assert_eq!(result["orphans_removed"], 1, "{result}");
    assert_eq!(result["unfinished_removed"], 1, "{result}");
    assert!(!orphan.exists() && !stale.exists());
    assert_eq!(files_under(&dir).len(), 2, "both photos kept");
    let _ = std::fs::remove_dir_all(dir);
}

pub(crate) fn scene_jpeg(seed: u32, width: u32, height: u32, quality: u8) -> Vec<u8> {
    let scene = kith::cases::visual::scene(seed, 480, 360);
    let img = image::DynamicImage::ImageRgb8(scene).resize_exact(width, height, image::imageops::FilterType::Lanczos3);
    let mut out = Cursor::new(Vec::new());
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality);
    img.to_rgb8().write_with_encoder(encoder).unwrap();
    out.into_inner()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_photo_and_its_resized_recompressed_copy_match_and_unrelated_photos_do_not() {
    let app = TestApp::spawn().await;
    let (_, ada) = app.user_with_role("ada@example.com", "case_reporter").await;
    let (ivy_id, ivy) = app.user_with_role("ivy@example.com", "investigator").await;
    let case = file(&app, &ada, "Grace Hopper", &[], pb::Priority::High).await;
    let mut uploaded = Vec::new();
    for seed in [3, 57, 101] {
        let image = upload(&app, &ada, &case.id, &scene_jpeg(seed, 480, 360, 90))
            .await
            .unwrap()
            .image
            .unwrap();
        assert_eq!(image.status(), pb::ImageStatus::Queued);
        uploaded.push(image.id);
    }
    // Processing is a job per photo, ahead of lower-priority cases' photos.
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM jobs WHERE kind = 'case_image_features' AND priority = 2"
        )
        .await,
        3
    );
    let registry = kith::jobs::Registry::new().register(kith::jobs::JobKind::new(
        kith::cases::matching::FEATURES_JOB,
        kith::cases::matching::features_job,
    ));
    let worker = crate::harness::TestWorker::start(&app, "cases-test", registry);
    for _ in 0..400 {
        if count(&app, "SELECT count(*) FROM case_images WHERE status = 'done'").await == 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    worker.stop().await;
    assert_eq!(
        count(&app, "SELECT count(*) FROM case_images WHERE status = 'done'").await,
        3
    );

    // The first photo, smaller and recompressed harder, finds itself above
    // the threshold; the unrelated ones stay below it.
    let mut matches = pb::match_service_client::MatchServiceClient::new(app.channel.clone());
    let request = pb::SearchByImageRequest {
        probe: scene_jpeg(3, 400, 300, 70),
        top_k: 3,
    };
    let found = matches
        .search_by_image(authed(request.clone(), &ivy))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(found.compared, 3);
    assert_eq!(found.hits.len(), 3);
    let best = &found.hits[0];
    assert_eq!(best.image.as_ref().unwrap().id, uploaded[0]);
    assert!(best.candidate && best.score >= found.match_threshold, "{best:?}");
    for other in &found.hits[1..] {
        assert!(!other.candidate && other.score < found.match_threshold, "{other:?}");
    }
    assert_eq!(audited(&app, "case_image.search", &ivy_id).await, 1);

    // Investigators only; the probe is checked like an upload.
    let status = matches.search_by_image(authed(request, &ada)).await.unwrap_err();
    assert_eq!(status.code(), Code::PermissionDenied);
    let bad = pb::SearchByImageRequest {
        probe: b"not a picture".to_vec(),
        top_k: 99,
    };
    let status = matches.search_by_image(authed(bad, &ivy)).await.unwrap_err();
    assert_eq!(violated_fields(&status), ["top_k"]);
}
