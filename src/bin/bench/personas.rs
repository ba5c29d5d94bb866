//! The personas section of `make bench`: public SubmitResponse throughput
//! (answers a second, from 8 concurrent anonymous respondents, each with
//! its own fingerprint) against inserting the same answers one row at a
//! time straight into `survey_responses` (8 connections) in the same run.

use std::time::Instant;

use kith::proto::identity::v1 as identity_pb;
use kith::proto::personas::v1 as pb;
use pb::answer::Value;
use pb::survey_service_client::SurveyServiceClient;
use tonic::transport::Channel;

use super::authed;

const ANSWERS: usize = 4000;
const CLIENTS: usize = 8;

fn answers() -> Vec<pb::Answer> {
    vec![
        pb::Answer {
            question: 0,
            value: Some(Value::Scale(4)),
        },
        pb::Answer {
            question: 1,
            value: Some(Value::Choice(1)),
        },
        pb::Answer {
            question: 2,
            value: Some(Value::Text("Always curious, never on time.".into())),
        },
    ]
}

pub async fn run(channel: Channel, url: &str) -> anyhow::Result<()> {
    let mut auth = identity_pb::auth_service_client::AuthServiceClient::new(channel.clone());
    let token = auth
        .register(identity_pb::RegisterRequest {
            email: "surveyed@kith.dev".into(),
            password: "bench password".into(),
            display_name: "Surveyed".into(),
            ..Default::default()
        })
        .await?
        .into_inner()
        .session
        .unwrap_or_default()
        .access_token;
    let question = |text: &str, kind: pb::QuestionKind, options: &[&str]| pb::Question {
        text: text.into(),
        kind: kind as i32,
        options: options.iter().map(|o| o.to_string()).collect(),
        optional: false,
    };
    let request = pb::CreateSurveyRequest {
        title: "Bench survey".into(),
        questions: vec![
            question("How funny?", pb::QuestionKind::Scale, &[]),
            question(
                "Morning or night?",
                pb::QuestionKind::SingleChoice,
                &["morning", "night"],
            ),
            question("One line about me", pb::QuestionKind::FreeText, &[]),
        ],
        // Never reached: the saga is not what is measured here.
        min_responses: 50,
    };
    let survey = SurveyServiceClient::new(channel.clone())
        .create_survey(authed(request, &token))
        .await?
        .into_inner()
        .survey
        .unwrap_or_default();
    let started = Instant::now();
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let mut client = SurveyServiceClient::new(channel.clone());
            let slug = survey.slug.clone();
            tokio::spawn(async move {
                for i in (c..ANSWERS).step_by(CLIENTS) {
                    let request = pb::SubmitResponseRequest {
                        slug: slug.clone(),
                        answers: answers(),
                        fingerprint: format!("bench-respondent-{i}"),
                    };
                    client.submit_response(request).await?;
                }
                anyhow::Ok(())
            })
        })
        .collect();
    for task in tasks {
        task.await??;
    }
    let through_kith = started.elapsed();

    // The baseline: the same rows, one INSERT each, 8 connections.
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await?;
    tokio::spawn(connection);
    let survey_id: uuid::Uuid = survey.id.parse()?;
    client
        .execute("DELETE FROM survey_responses WHERE survey_id = $1", &[&survey_id])
        .await?;
    let stored = serde_json::to_value([
        serde_json::json!({"question": 0, "value": {"scale": 4}}),
        serde_json::json!({"question": 1, "value": {"choice": 1}}),
        serde_json::json!({"question": 2, "value": {"text": "Always curious, never on time."}}),
    ])?;
    let started = Instant::now();
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (url, stored) = (url.to_owned(), stored.clone());
            tokio::spawn(async move {
                let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await?;
                tokio::spawn(connection);
                let insert = client
                    .prepare(
                        "INSERT INTO survey_responses (id, survey_id, fingerprint, answers)
                         VALUES (gen_random_uuid(), $1, sha256($2::text::bytea), $3)",
                    )
                    .await?;
                for i in (c..ANSWERS).step_by(CLIENTS) {
                    client
                        .execute(&insert, &[&survey_id, &format!("direct-{i}"), &stored])
                        .await?;
                }
                anyhow::Ok(())
            })
        })
        .collect();
    for task in tasks {
        task.await??;
    }
    let direct = started.elapsed();
    let rate = |d: std::time::Duration| ANSWERS as f64 / d.as_secs_f64();
    println!(
        "SubmitResponse (public, {CLIENTS} respondents at once, {ANSWERS} answers): {:.0} answers/s through Kith; \
         single-row INSERTs of the same rows directly: {:.0} rows/s (x{:.2})",
        rate(through_kith),
        rate(direct),
        rate(through_kith) / rate(direct)
    );
    // What one GetPersonaCard costs the server in CPU: drawing the card
    // (with the built-in avatar) and encoding the PNG, in this process.
    let traits = [("curious", 91), ("kind", 84), ("bold", 60)];
    let mut draws = Vec::with_capacity(20);
    for _ in 0..20 {
        let started = Instant::now();
        let png = kith::personas::card::draw(&kith::personas::card::Card {
            name: "Sunny",
            traits: &traits,
            response_count: 7,
            illustration: None,
        });
        draws.push(started.elapsed());
        anyhow::ensure!(png.starts_with(b"\x89PNG"), "not a PNG");
    }
    println!(
        "GetPersonaCard's drawing (1200 x 630 PNG with the built-in avatar), p50 of 20: {:.1} ms",
        super::p50(draws).as_secs_f64() * 1e3
    );
    Ok(())
}
