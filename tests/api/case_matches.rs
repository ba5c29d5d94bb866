//! Sightings and candidate matches through the real server: anyone signed
//! in sends a sighting, the matcher proposes matches with open cases'
//! photos, investigators hear of them and decide, reporters hear of
//! verified ones; the face-embedding provider over HTTP.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use kith::proto::cases::v1 as pb;
use pb::match_service_client::MatchServiceClient;
use pb::submit_sighting_request::Part;
use tonic::transport::Channel;
use tonic::Code;

use crate::cases::{audited, file, images, scene_jpeg, upload};
use crate::harness::{authed, count, reason, violated_fields, TestApp, TestWorker};

fn matches(app: &TestApp) -> MatchServiceClient<Channel> {
    MatchServiceClient::new(app.channel.clone())
}

fn sighting_parts(header: pb::SightingHeader, bytes: &[u8]) -> Vec<pb::SubmitSightingRequest> {
    let mut parts = vec![pb::SubmitSightingRequest {
        part: Some(Part::Header(header)),
    }];
    parts.extend(bytes.chunks(16 << 10).map(|c| pb::SubmitSightingRequest {
        part: Some(Part::Chunk(c.to_vec())),
    }));
    parts
}

fn seen_at_station() -> pb::SightingHeader {
    pb::SightingHeader {
        place: "Platform 4, Central Station".into(),
        seen_time: Some(prost_types::Timestamp {
            seconds: chrono::Utc::now().timestamp() - 3600,
            nanos: 0,
        }),
        latitude: Some(51.5),
        longitude: Some(-0.12),
        note: "Wearing a red coat".into(),
    }
}

async fn sight(
    app: &TestApp,
    token: &str,
    header: pb::SightingHeader,
    bytes: &[u8],
) -> Result<pb::SubmitSightingResponse, tonic::Status> {
    let request = authed(futures::stream::iter(sighting_parts(header, bytes)), token);
    Ok(matches(app).submit_sighting(request).await?.into_inner())
}

/// Runs the photo and sighting jobs until `sql` counts `want`.
async fn process(app: &TestApp, sql: &str, want: i64) {
    let registry = kith::jobs::Registry::new()
        .register(kith::jobs::JobKind::new(
            kith::cases::matching::FEATURES_JOB,
            kith::cases::matching::features_job,
        ))
        .register(kith::jobs::JobKind::new(
            kith::cases::matching::SIGHTING_JOB,
            kith::cases::matching::sighting_job,
        ));
    let worker = TestWorker::start(app, "matches-test", registry);
    for _ in 0..400 {
        if count(app, sql).await == want {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    worker.stop().await;
    assert_eq!(count(app, sql).await, want, "{sql}");
}

async fn notices(app: &TestApp, user_id: &str, kind: &str) -> i64 {
    count(
        app,
        &format!("SELECT count(*) FROM notifications WHERE user_id::text = '{user_id}' AND kind = '{kind}'"),
    )
    .await
}

async fn list(app: &TestApp, token: &str, status: pb::MatchStatus) -> Vec<pb::Match> {
    let request = pb::ListMatchesRequest {
        status: status as i32,
        ..Default::default()
    };
    matches(app)
        .list_matches(authed(request, token))
        .await
        .unwrap()
        .into_inner()
        .matches
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sightings_become_candidate_matches_that_investigators_decide_and_reporters_hear_of() {
    let app = TestApp::spawn().await;
    let (ada_id, ada) = app.user_with_role("ada@example.com", "case_reporter").await;
    let (bob_id, bob) = app.user_with_role("bob@example.com", "case_reporter").await;
    let (ivy_id, ivy) = app.user_with_role("ivy@example.com", "investigator").await;
    let (_, mo) = app.user_with_role("mo@example.com", "member").await;
    let case = file(&app, &ada, "Grace Hopper", &[], pb::Priority::High).await;
    let photo = upload(&app, &ada, &case.id, &scene_jpeg(3, 480, 360, 90))
        .await
        .unwrap()
        .image
        .unwrap();
    upload(&app, &ada, &case.id, &scene_jpeg(57, 480, 360, 90))
        .await
        .unwrap();
    process(&app, "SELECT count(*) FROM case_images WHERE status = 'done'", 2).await;

    // A member sends the same scene, smaller and recompressed, and an
    // unrelated one; a resend of the first is the same sighting.
    let seen = sight(&app, &mo, seen_at_station(), &scene_jpeg(3, 400, 300, 70))
        .await
        .unwrap();
    assert!(seen.created);
    let sighting = seen.sighting.unwrap();
    assert_eq!(sighting.place, "Platform 4, Central Station");
    assert_eq!(sighting.status(), pb::ImageStatus::Queued);
    let again = sight(&app, &mo, seen_at_station(), &scene_jpeg(3, 400, 300, 70))
        .await
        .unwrap();
    assert!(!again.created);
    assert_eq!(again.sighting.unwrap().id, sighting.id);
    sight(&app, &mo, seen_at_station(), &scene_jpeg(200, 400, 300, 80))
        .await
        .unwrap();
    assert_eq!(count(&app, "SELECT count(*) FROM case_sightings").await, 2);
    process(&app, "SELECT count(*) FROM case_sightings WHERE status = 'done'", 2).await;

    // One candidate: the case photo and the matching sighting.
    let pending = list(&app, &ivy, pb::MatchStatus::Pending).await;
    assert_eq!(pending.len(), 1, "{pending:?}");
    let m = &pending[0];
    assert_eq!(
        (m.case_id.as_str(), m.case_image_id.as_str()),
        (case.id.as_str(), photo.id.as_str())
    );
    assert_eq!(m.matcher, "visual-v1");
    assert!(m.score >= 0.93, "{m:?}");
    let Some(pb::r#match::Other::Sighting(s)) = &m.other else {
        panic!("a sighting match: {m:?}")
    };
    assert_eq!(s.id, sighting.id);
    assert_eq!(notices(&app, &ivy_id, "case_match_candidate").await, 1);
    // Nobody else hears of it or may list matches.
    for token in [&ada, &mo] {
        let status = matches(&app)
            .list_matches(authed(pb::ListMatchesRequest::default(), token))
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::PermissionDenied);
    }
    assert_eq!(notices(&app, &ada_id, "case_match_candidate").await, 0);

    // The investigator fetches the sighting's photo; the reporter cannot.
    let mut stream = images(&app)
        .download_image(authed(
            pb::DownloadImageRequest {
                image_id: sighting.id.clone(),
            },
            &ivy,
        ))
        .await
        .unwrap()
        .into_inner();
    let mut bytes = Vec::new();
    while let Some(part) = stream.next().await {
        if let Some(pb::download_image_response::Part::Chunk(c)) = part.unwrap().part {
            bytes.extend(c);
        }
    }
    assert_eq!(bytes, scene_jpeg(3, 400, 300, 70));
    let status = images(&app)
        .download_image(authed(
            pb::DownloadImageRequest {
                image_id: sighting.id.clone(),
            },
            &ada,
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);

    // Verified: the reporter hears of it, once; a decided match stays decided.
    let verify = pb::VerifyMatchRequest {
        match_id: m.id.clone(),
        note: "Same coat, same station camera".into(),
    };
    let status = matches(&app)
        .verify_match(authed(verify.clone(), &mo))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::PermissionDenied);
    let decided = matches(&app)
        .verify_match(authed(verify.clone(), &ivy))
        .await
        .unwrap()
        .into_inner();
    let decided = decided.r#match.unwrap();
    assert_eq!(decided.status(), pb::MatchStatus::Verified);
    assert_eq!(decided.decided_by, ivy_id);
    assert!(decided.decide_time.is_some());
    assert_eq!(notices(&app, &ada_id, "case_match_verified").await, 1);
    let status = matches(&app).verify_match(authed(verify, &ivy)).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status).as_str()),
        (Code::FailedPrecondition, "MATCH_DECIDED")
    );
    let reject = pb::RejectMatchRequest {
        match_id: m.id.clone(),
        note: String::new(),
    };
    let status = matches(&app).reject_match(authed(reject, &ivy)).await.unwrap_err();
    assert_eq!(status.code(), Code::FailedPrecondition);
    assert_eq!(audited(&app, "case_match.verify", &ivy_id).await, 1);

    // Another reporter's case with the same photo: the matcher proposes it
    // against the first case's photo and the sighting. Rejected, nobody
    // but the investigators heard of it.
    let second = file(&app, &bob, "G. Hopper", &[], pb::Priority::Normal).await;
    upload(&app, &bob, &second.id, &scene_jpeg(3, 440, 330, 80))
        .await
        .unwrap();
    process(&app, "SELECT count(*) FROM case_images WHERE status = 'done'", 3).await;
    let pending = list(&app, &ivy, pb::MatchStatus::Pending).await;
    assert_eq!(pending.len(), 2, "{pending:?}");
    assert!(pending.iter().all(|m| m.case_id == second.id));
    let kinds: Vec<bool> = pending
        .iter()
        .map(|m| matches!(m.other, Some(pb::r#match::Other::OtherImage(_))))
        .collect();
    assert!(kinds.contains(&true) && kinds.contains(&false), "{pending:?}");
    assert_eq!(notices(&app, &ivy_id, "case_match_candidate").await, 3);
    for m in &pending {
        let reject = pb::RejectMatchRequest {
            match_id: m.id.clone(),
            note: "Different person".into(),
        };
        let decided = matches(&app)
            .reject_match(authed(reject, &ivy))
            .await
            .unwrap()
            .into_inner();
        assert_eq!(decided.r#match.unwrap().status(), pb::MatchStatus::Rejected);
    }
    assert_eq!(notices(&app, &bob_id, "case_match_verified").await, 0);
    assert_eq!(notices(&app, &ada_id, "case_match_verified").await, 1);
    assert_eq!(list(&app, &ivy, pb::MatchStatus::Rejected).await.len(), 2);
    assert_eq!(list(&app, &ivy, pb::MatchStatus::Unspecified).await.len(), 3);

    // Paged, newest first; another user's token cannot be replayed.
    let first = matches(&app)
        .list_matches(authed(
            pb::ListMatchesRequest {
                page_size: 2,
                ..Default::default()
            },
            &ivy,
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(first.matches.len(), 2);
    let rest = matches(&app)
        .list_matches(authed(
            pb::ListMatchesRequest {
                page_size: 2,
                page_token: first.next_page_token.clone(),
                ..Default::default()
            },
            &ivy,
        ))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(rest.matches.len(), 1);
    assert!(rest.next_page_token.is_empty());
    assert_eq!(rest.matches[0].id, m.id);

    // An unknown match is NOT_FOUND; bad ids and notes are named.
    let missing = pb::VerifyMatchRequest {
        match_id: uuid::Uuid::nil().to_string(),
        note: String::new(),
    };
    let status = matches(&app).verify_match(authed(missing, &ivy)).await.unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    let bad = pb::VerifyMatchRequest {
        match_id: "x".into(),
        note: "n".repeat(2001),
    };
    let status = matches(&app).verify_match(authed(bad, &ivy)).await.unwrap_err();
    assert_eq!(violated_fields(&status), ["match_id", "note"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sightings_are_limited_per_user_and_every_bad_part_is_named() {
    let app = TestApp::spawn_with(|c| c.cases.sightings_per_hour = 2).await;
    let (_, mo) = app.user_with_role("mo@example.com", "member").await;
    let (_, kim) = app.user_with_role("kim@example.com", "member").await;
    for seed in [1, 2] {
        sight(&app, &mo, seen_at_station(), &scene_jpeg(seed, 200, 150, 80))
            .await
            .unwrap();
    }
    let status = sight(&app, &mo, seen_at_station(), &scene_jpeg(9, 200, 150, 80))
        .await
        .unwrap_err();
    assert_eq!(
        (status.code(), reason(&status).as_str()),
        (Code::ResourceExhausted, "TOO_MANY_SIGHTINGS")
    );
    // Per user: another member is not held back.
    sight(&app, &kim, seen_at_station(), &scene_jpeg(9, 200, 150, 80))
        .await
        .unwrap();

    // Every header fault named, before any byte is read.
    let header = pb::SightingHeader {
        place: "p".repeat(301),
        seen_time: Some(prost_types::Timestamp {
            seconds: chrono::Utc::now().timestamp() + 86_400,
            nanos: 0,
        }),
        latitude: Some(12.0),
        longitude: None,
        note: String::new(),
    };
    let status = sight(&app, &kim, header, b"ignored").await.unwrap_err();
    assert_eq!(
        violated_fields(&status),
        ["header.place", "header.seen_time", "header.latitude"]
    );
    // Not a picture; no header first; no bytes.
    let status = sight(&app, &kim, seen_at_station(), b"GIF89a not accepted")
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), ["chunk"]);
    let only_chunk = vec![pb::SubmitSightingRequest {
        part: Some(Part::Chunk(vec![1, 2, 3])),
    }];
    let status = matches(&app)
        .submit_sighting(authed(futures::stream::iter(only_chunk), &kim))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), ["header"]);
    let status = sight(&app, &kim, seen_at_station(), b"").await.unwrap_err();
    assert_eq!(violated_fields(&status), ["chunk"]);
    assert_eq!(count(&app, "SELECT count(*) FROM case_sightings").await, 3);
    // Signed-in users only.
    let parts = sighting_parts(seen_at_station(), &scene_jpeg(4, 200, 150, 80));
    let status = matches(&app)
        .submit_sighting(futures::stream::iter(parts))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
}

/// A face-embedding service stand-in: reads each whole request and
/// answers with `answer`, counting the photos it was sent.
async fn face_service(answer: &'static str) -> (SocketAddr, Arc<AtomicUsize>) {
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let photos = Arc::new(AtomicUsize::new(0));
    let counter = photos.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let counter = counter.clone();
            tokio::spawn(async move {
                let mut reader = BufReader::new(socket);
                let (mut length, mut is_image) = (0usize, false);
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    let lower = line.to_ascii_lowercase();
                    if let Some(v) = lower.strip_prefix("content-length:") {
                        length = v.trim().parse().unwrap_or(0);
                    }
                    is_image |= lower.starts_with("content-type: image/");
                    if line == "\r\n" {
                        break;
                    }
                }
                let mut body = vec![0u8; length];
                reader.read_exact(&mut body).await.unwrap();
                if is_image && image::guess_format(&body).is_ok() {
                    counter.fetch_add(1, Ordering::SeqCst);
                }
                let response = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{answer}",
                    answer.len()
                );
                let _ = reader.get_mut().write_all(response.as_bytes()).await;
            });
        }
    });
    (addr, photos)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_face_embedding_service_makes_the_features_when_configured() {
    let (addr, photos) = face_service(r#"{"embedding": [0.6, 0.8, 0.0]}"#).await;
    let app = TestApp::spawn_with(|c| c.cases.face_url = Some(format!("http://{addr}/embed"))).await;
    let (_, ada) = app.user_with_role("ada@example.com", "case_reporter").await;
    let (_, ivy) = app.user_with_role("ivy@example.com", "investigator").await;
    let (_, mo) = app.user_with_role("mo@example.com", "member").await;
    let case = file(&app, &ada, "Grace Hopper", &[], pb::Priority::Normal).await;
    upload(&app, &ada, &case.id, &scene_jpeg(3, 300, 200, 90))
        .await
        .unwrap();
    // Unrelated to the eye, but the service says it is the same face.
    sight(&app, &mo, seen_at_station(), &scene_jpeg(77, 300, 200, 90))
        .await
        .unwrap();
    process(
        &app,
        "SELECT count(*) FROM case_images WHERE status = 'done' AND matcher = 'face-embedding-v1'",
        1,
    )
    .await;
    process(&app, "SELECT count(*) FROM case_sightings WHERE status = 'done'", 1).await;
    assert_eq!(photos.load(Ordering::SeqCst), 2);
    let pending = list(&app, &ivy, pb::MatchStatus::Pending).await;
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].matcher, "face-embedding-v1");
    assert!((pending[0].score - 1.0).abs() < 1e-4, "{:?}", pending[0]);

    // A photo without a face fails at once, without retries.
    let (addr, _) = face_service(r#"{"embedding": null}"#).await;
    let app = TestApp::spawn_with(|c| c.cases.face_url = Some(format!("http://{addr}/embed"))).await;
    let (_, ada) = app.user_with_role("ada@example.com", "case_reporter").await;
    let case = file(&app, &ada, "Grace Hopper", &[], pb::Priority::Normal).await;
    upload(&app, &ada, &case.id, &scene_jpeg(3, 300, 200, 90))
        .await
        .unwrap();
    process(
        &app,
        "SELECT count(*) FROM case_images WHERE status = 'failed' AND error = 'no face found in the photo'",
        1,
    )
    .await;
    assert_eq!(
        count(
            &app,
            "SELECT max(attempts)::bigint FROM jobs WHERE kind = 'case_image_features'"
        )
        .await,
        1
    );
}
