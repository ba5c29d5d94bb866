//! The demo's social side: the demo user and Sam are friends, both take part
//! in a week-long screen-time challenge, and Sam's phone is visiting the
//! demo user's devices, with a conversation written about it. Each step is
//! safe to repeat.

use chrono::{Duration, NaiveDate, Utc};
use tonic::transport::Channel;
use tonic::Code;

use super::authed;
use crate::proto::social::v1 as pb;
use crate::proto::timestamp;

pub struct Seeded {
    pub challenge_id: String,
    pub visit_id: String,
}

/// Ignores the status a repeated step answers with.
fn again<T>(result: Result<T, tonic::Status>, repeated: Code) -> Result<Option<T>, tonic::Status> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(status) if status.code() == repeated => Ok(None),
        Err(status) => Err(status),
    }
}

pub async fn seed(
    channel: &Channel,
    token: &str,
    friend_token: &str,
    friend_phone: &str,
    last_day: NaiveDate,
) -> anyhow::Result<Seeded> {
    let mut social = pb::social_service_client::SocialServiceClient::new(channel.clone());

    // Sam asks; the demo user accepts (asking back accepts too).
    let to_demo = pb::SendFriendRequestRequest {
        to: Some(pb::send_friend_request_request::To::Email(super::DEMO_EMAIL.into())),
    };
    again(
        social.send_friend_request(authed(to_demo, friend_token)).await,
        Code::AlreadyExists,
    )?;
    let to_sam = pb::SendFriendRequestRequest {
        to: Some(pb::send_friend_request_request::To::Email(super::FRIEND_EMAIL.into())),
    };
    again(
        social.send_friend_request(authed(to_sam, token)).await,
        Code::AlreadyExists,
    )?;

    let challenge = pb::Challenge {
        kind: pb::ChallengeKind::ReduceScreenTime as i32,
        title: "Under three hours a day".into(),
        description: "A week of at most three hours of screen time a day.".into(),
        start_day: (last_day - Duration::days(6)).to_string(),
        end_day: (last_day + Duration::days(7)).to_string(),
        target: 180,
        visibility: pb::ChallengeVisibility::Friends as i32,
        ..Default::default()
    };
    let create = pb::CreateChallengeRequest {
        challenge: Some(challenge),
        request_id: format!("demo-challenge-{last_day}"),
    };
    let challenge = social
        .create_challenge(authed(create, token))
        .await?
        .into_inner()
        .challenge
        .unwrap_or_default();
    let join = pb::JoinChallengeRequest {
        challenge_id: challenge.id.clone(),
    };
    again(
        social.join_challenge(authed(join, friend_token)).await,
        Code::AlreadyExists,
    )?;

    let visit = pb::StartVisitRequest {
        visiting_device_id: friend_phone.into(),
        end_time: Some(timestamp(Utc::now() + Duration::hours(3))),
        conversation: true,
        request_id: format!("demo-visit-{last_day}"),
        ..Default::default()
    };
    // A visit from an earlier run of today may still keep the phone busy.
    let visit = again(social.start_visit(authed(visit, token)).await, Code::FailedPrecondition)?
        .and_then(|r| r.into_inner().visit)
        .unwrap_or_default();
    Ok(Seeded {
        challenge_id: challenge.id,
        visit_id: visit.id,
    })
}
