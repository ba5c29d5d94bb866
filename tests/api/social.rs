//! Social through the real server: the friend lifecycle, blocking, device
//! visits with their conversation, challenges with leaderboards read from
//! rollups, the notifications they emit, and bad input.

use chrono::{Duration, NaiveDate, Utc};
use kith::jobs::NewJob;
use kith::proto::conversations::v1 as conv_pb;
use kith::proto::notifications::v1 as notify_pb;
use kith::proto::social::v1 as pb;
use kith::proto::usage::v1 as usage_pb;
use notify_pb::notification_service_client::NotificationServiceClient;
use pb::social_service_client::SocialServiceClient;
use serde_json::json;
use tonic::transport::Channel;
use tonic::Code;
use uuid::Uuid;

use crate::fake_openai::{FakeOpenAi, Reply};
use crate::harness::{authed, device, enqueue, reason, run_jobs, usage, violated_fields, TestApp};

fn social(app: &TestApp) -> SocialServiceClient<Channel> {
    SocialServiceClient::new(app.channel.clone())
}

fn notifications(app: &TestApp) -> NotificationServiceClient<Channel> {
    NotificationServiceClient::new(app.channel.clone())
}

/// A signed-in member: id and access token.
struct Member {
    id: String,
    token: String,
}

async fn member(app: &TestApp, name: &str) -> Member {
    let (user, session) = app.register(&format!("{}@example.com", name.to_lowercase())).await;
    app.sql()
        .await
        .execute(
            "UPDATE users SET display_name = $2 WHERE id = $1::text::uuid",
            &[&user.id, &name],
        )
        .await
        .unwrap();
    Member {
        id: user.id,
        token: session.access_token,
    }
}

async fn send(app: &TestApp, from: &Member, to: &Member) -> Result<pb::FriendRequest, tonic::Status> {
    let request = pb::SendFriendRequestRequest {
        to: Some(pb::send_friend_request_request::To::UserId(to.id.clone())),
    };
    let reply = social(app).send_friend_request(authed(request, &from.token)).await?;
    Ok(reply.into_inner().friend_request.unwrap())
}

async fn respond(
    app: &TestApp,
    who: &Member,
    request_id: &str,
    response: pb::FriendResponse,
) -> Result<pb::FriendRequest, tonic::Status> {
    let request = pb::RespondToFriendRequestRequest {
        friend_request_id: request_id.into(),
        response: response as i32,
    };
    let reply = social(app)
        .respond_to_friend_request(authed(request, &who.token))
        .await?;
    Ok(reply.into_inner().friend_request.unwrap())
}

async fn befriend(app: &TestApp, a: &Member, b: &Member) {
    let request = send(app, a, b).await.unwrap();
    respond(app, b, &request.id, pb::FriendResponse::Accept).await.unwrap();
}

async fn list_friends(app: &TestApp, who: &Member) -> pb::ListFriendsResponse {
    social(app)
        .list_friends(authed(pb::ListFriendsRequest {}, &who.token))
        .await
        .unwrap()
        .into_inner()
}

fn friend_ids(list: &pb::ListFriendsResponse) -> Vec<String> {
    list.friends
        .iter()
        .map(|f| f.person.as_ref().unwrap().user_id.clone())
        .collect()
}

async fn get_friend(app: &TestApp, who: &Member, other: &Member) -> Result<pb::FriendProfile, tonic::Status> {
    let request = pb::GetFriendRequest {
        user_id: other.id.clone(),
    };
    let reply = social(app).get_friend(authed(request, &who.token)).await?;
    Ok(reply.into_inner().profile.unwrap())
}

async fn notices(app: &TestApp, who: &Member) -> Vec<notify_pb::Notification> {
    let request = notify_pb::ListNotificationsRequest::default();
    notifications(app)
        .list_notifications(authed(request, &who.token))
        .await
        .unwrap()
        .into_inner()
        .notifications
}

fn kinds(list: &[notify_pb::Notification]) -> Vec<&str> {
    list.iter().map(|n| n.kind.as_str()).collect()
}

fn assert_not_found<T: std::fmt::Debug>(result: Result<T, tonic::Status>, expected_reason: &str) {
    let status = result.expect_err("expected NOT_FOUND");
    assert_eq!(status.code(), Code::NotFound, "{status:?}");
    assert_eq!(reason(&status), expected_reason);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn friend_lifecycle_with_notifications() {
    let app = TestApp::spawn().await;
    let ada = member(&app, "Ada").await;
    let bo = member(&app, "Bo").await;
    let cy = member(&app, "Cy").await;
    device(&app, &bo.id, "Bo's phone").await;

    // By email; asking again while pending returns the same request.
    let by_email = pb::SendFriendRequestRequest {
        to: Some(pb::send_friend_request_request::To::Email("BO@example.com".into())),
    };
    let request = social(&app)
        .send_friend_request(authed(by_email, &ada.token))
        .await
        .unwrap()
        .into_inner()
        .friend_request
        .unwrap();
    assert_eq!(request.status, pb::FriendshipStatus::Pending as i32);
    assert_eq!(
        request.addressee,
        Some(pb::Person::default()),
        "who the address belongs to shows once they accept"
    );
    assert_eq!(send(&app, &ada, &bo).await.unwrap().id, request.id);

    let bo_view = list_friends(&app, &bo).await;
    assert_eq!(bo_view.incoming.len(), 1);
    assert_eq!(bo_view.incoming[0].id, request.id);
    assert!(bo_view.friends.is_empty() && bo_view.outgoing.is_empty());
    assert_eq!(list_friends(&app, &ada).await.outgoing[0].id, request.id);
    assert_eq!(kinds(&notices(&app, &bo).await), ["friend_request_received"]);

    // Not friends yet: nothing of Bo is visible to Ada.
    assert_not_found(get_friend(&app, &ada, &bo).await, "FRIEND_NOT_FOUND");
    // Only the addressee may answer.
    assert_not_found(
        respond(&app, &ada, &request.id, pb::FriendResponse::Accept).await,
        "FRIEND_REQUEST_NOT_FOUND",
    );

    let accepted = respond(&app, &bo, &request.id, pb::FriendResponse::Accept)
        .await
        .unwrap();
    assert_eq!(accepted.status, pb::FriendshipStatus::Accepted as i32);
    assert!(accepted.respond_time.is_some());
    let again = respond(&app, &bo, &request.id, pb::FriendResponse::Decline)
        .await
        .unwrap_err();
    assert_eq!(
        (again.code(), reason(&again)),
        (Code::FailedPrecondition, "FRIEND_REQUEST_ANSWERED".into())
    );
    assert_eq!(friend_ids(&list_friends(&app, &ada).await), [bo.id.as_str()]);
    assert_eq!(friend_ids(&list_friends(&app, &bo).await), [ada.id.as_str()]);
    let ada_notices = notices(&app, &ada).await;
    assert_eq!(kinds(&ada_notices), ["friend_request_accepted"]);
    assert_eq!(ada_notices[0].title, "Bo accepted your friend request");

    // A friend's profile shows their devices.
    let profile = get_friend(&app, &ada, &bo).await.unwrap();
    assert_eq!(profile.devices.len(), 1);
    assert_eq!(profile.devices[0].name, "Bo's phone");
    assert_eq!(profile.devices[0].personality, "snarky");
    let status = send(&app, &bo, &ada).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status)),
        (Code::AlreadyExists, "ALREADY_FRIENDS".into())
    );

    // Asking someone who already asked you accepts their request.
    let pending = send(&app, &cy, &ada).await.unwrap();
    let mutual = send(&app, &ada, &cy).await.unwrap();
    assert_eq!(mutual.id, pending.id);
    assert_eq!(mutual.status, pb::FriendshipStatus::Accepted as i32);

    // Remove: gone for both, and the profile is NOT_FOUND again.
    let remove = pb::RemoveFriendRequest { user_id: bo.id.clone() };
    social(&app)
        .remove_friend(authed(remove.clone(), &ada.token))
        .await
        .unwrap();
    assert_eq!(friend_ids(&list_friends(&app, &bo).await), Vec::<String>::new());
    assert_not_found(get_friend(&app, &bo, &ada).await, "FRIEND_NOT_FOUND");
    assert_not_found(
        social(&app).remove_friend(authed(remove, &ada.token)).await,
        "FRIEND_NOT_FOUND",
    );

    // A decline is silent: the request leaves the requester's list; asking
    // again makes a new pending request.
    let request = send(&app, &bo, &ada).await.unwrap();
    let declined = respond(&app, &ada, &request.id, pb::FriendResponse::Decline)
        .await
        .unwrap();
    assert_eq!(declined.status, pb::FriendshipStatus::Declined as i32);
    assert!(list_friends(&app, &bo).await.outgoing.is_empty());
    assert_eq!(
        send(&app, &bo, &ada).await.unwrap().status,
        pb::FriendshipStatus::Pending as i32
    );
    // The requester may withdraw a pending request.
    let withdraw = pb::RemoveFriendRequest {
        user_id: ada.id.clone(),
    };
    social(&app).remove_friend(authed(withdraw, &bo.token)).await.unwrap();
    assert!(list_friends(&app, &ada).await.incoming.is_empty());

    // Notifications: unread filter and marking read.
    let mark = notify_pb::MarkNotificationsReadRequest::default();
    let marked = notifications(&app)
        .mark_notifications_read(authed(mark, &ada.token))
        .await
        .unwrap()
        .into_inner();
    assert!(marked.marked >= 1);
    let unread = notify_pb::ListNotificationsRequest {
        unread_only: true,
        ..Default::default()
    };
    let left = notifications(&app)
        .list_notifications(authed(unread, &ada.token))
        .await
        .unwrap()
        .into_inner();
    assert!(left.notifications.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blocking_is_silent_and_hides_everything() {
    let app = TestApp::spawn().await;
    let ada = member(&app, "Ada").await;
    let bo = member(&app, "Bo").await;
    let ada_phone = device(&app, &ada.id, "Ada's phone").await;
    device(&app, &bo.id, "Bo's laptop").await;
    befriend(&app, &ada, &bo).await;

    // A visit of Ada's phone to Bo, and a public challenge of Bo's.
    let visit = start_visit(&app, &bo, &ada_phone, false).await.unwrap();
    let challenge = create_challenge(&app, &bo, pb::ChallengeVisibility::Public).await;
    let get = |id: &str| pb::GetChallengeRequest {
        challenge_id: id.to_owned(),
    };
    social(&app)
        .get_challenge(authed(get(&challenge.id), &ada.token))
        .await
        .unwrap();

    let block = pb::BlockRequest {
        user_id: ada.id.clone(),
    };
    social(&app).block(authed(block.clone(), &bo.token)).await.unwrap();
    // Idempotent.
    social(&app).block(authed(block, &bo.token)).await.unwrap();

    // Ada sees Bo gone, like an unfriending, and nothing of Bo's.
    assert!(list_friends(&app, &ada).await.friends.is_empty());
    assert_not_found(get_friend(&app, &ada, &bo).await, "FRIEND_NOT_FOUND");
    assert_not_found(get_visit(&app, &ada, &visit.id).await, "VISIT_NOT_FOUND");
    assert_not_found(
        social(&app).get_challenge(authed(get(&challenge.id), &ada.token)).await,
        "CHALLENGE_NOT_FOUND",
    );
    assert_not_found(
        social(&app)
            .get_leaderboard(authed(
                pb::GetLeaderboardRequest {
                    challenge_id: challenge.id.clone(),
                },
                &ada.token,
            ))
            .await,
        "CHALLENGE_NOT_FOUND",
    );
    let public = list_challenges(&app, &ada, pb::ChallengeScope::Public).await;
    assert!(public.is_empty());
    // Bo no longer sees it either, and the block ended it.
    assert_not_found(get_visit(&app, &bo, &visit.id).await, "VISIT_NOT_FOUND");
    let ended: bool = app
        .sql()
        .await
        .query_one(
            "SELECT ended_at IS NOT NULL FROM device_visits WHERE id = $1::text::uuid",
            &[&visit.id],
        )
        .await
        .unwrap()
        .get(0);
    assert!(ended);

    // Ada's request looks sent and pending to her; Bo never hears of it.
    let request = send(&app, &ada, &bo).await.unwrap();
    assert_eq!(request.status, pb::FriendshipStatus::Pending as i32);
    assert_eq!(list_friends(&app, &ada).await.outgoing.len(), 1);
    assert!(list_friends(&app, &bo).await.incoming.is_empty());
    let received = kinds(&notices(&app, &bo).await)
        .into_iter()
        .filter(|k| *k == "friend_request_received")
        .count();
    assert_eq!(received, 1, "only the first request, from before the block");
    assert_not_found(
        respond(&app, &bo, &request.id, pb::FriendResponse::Accept).await,
        "FRIEND_REQUEST_NOT_FOUND",
    );
    // Bo has to unblock before asking Ada.
    let status = send(&app, &bo, &ada).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status)),
        (Code::FailedPrecondition, "USER_BLOCKED".into())
    );
    let blocked = social(&app)
        .list_blocked(authed(pb::ListBlockedRequest {}, &bo.token))
        .await
        .unwrap()
        .into_inner()
        .blocked;
    assert_eq!(blocked.len(), 1);
    assert_eq!(blocked[0].person.as_ref().unwrap().user_id, ada.id);

    let unblock = pb::UnblockRequest {
        user_id: ada.id.clone(),
    };
    social(&app).unblock(authed(unblock, &bo.token)).await.unwrap();
    // Ada's pending request now reaches Bo, who can accept it.
    let incoming = list_friends(&app, &bo).await.incoming;
    assert_eq!(incoming.len(), 1);
    respond(&app, &bo, &incoming[0].id, pb::FriendResponse::Accept)
        .await
        .unwrap();
    assert_eq!(friend_ids(&list_friends(&app, &ada).await), [bo.id.as_str()]);
}

async fn start_visit(
    app: &TestApp,
    host: &Member,
    device_id: &str,
    conversation: bool,
) -> Result<pb::Visit, tonic::Status> {
    let request = pb::StartVisitRequest {
        visiting_device_id: device_id.into(),
        end_time: Some(kith::proto::timestamp(Utc::now() + Duration::hours(2))),
        conversation,
        ..Default::default()
    };
    let reply = social(app).start_visit(authed(request, &host.token)).await?;
    Ok(reply.into_inner().visit.unwrap())
}

async fn get_visit(app: &TestApp, who: &Member, id: &str) -> Result<pb::Visit, tonic::Status> {
    let request = pb::GetVisitRequest { visit_id: id.into() };
    let reply = social(app).get_visit(authed(request, &who.token)).await?;
    Ok(reply.into_inner().visit.unwrap())
}

async fn conversations(app: &TestApp, who: &Member) -> Vec<conv_pb::Conversation> {
    let request = conv_pb::ListConversationsRequest {
        kind: conv_pb::ConversationKind::FriendVisit as i32,
        ..Default::default()
    };
    conv_pb::conversation_service_client::ConversationServiceClient::new(app.channel.clone())
        .list_conversations(authed(request, &who.token))
        .await
        .unwrap()
        .into_inner()
        .conversations
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_visit_writes_each_friend_a_conversation_from_shared_facts_only() {
    let script = "Sparky: Welcome to my desk!\nNomad: Thanks for having me over.\nSparky: Mind the cables.\n";
    let fake = FakeOpenAi::start([Reply::Json {
        text: script.into(),
        usage: (40, 20),
    }])
    .await;
    let base_url = fake.base_url();
    let app = TestApp::spawn_with(|c| c.ai.base_url = Some(base_url)).await;
    let ada = member(&app, "Ada").await;
    let bo = member(&app, "Bo").await;
    let cy = member(&app, "Cy").await;
    let host_device = device(&app, &ada.id, "Sparky").await;
    let guest_device = device(&app, &bo.id, "Nomad").await;
    // Usage that must not reach the writer.
    let secret = usage_pb::UsageRecord {
        record: Some(usage_pb::usage_record::Record::Daily(usage_pb::DailyDeviceUsage {
            device_id: guest_device.clone(),
            day: Utc::now().date_naive().to_string(),
            screen_time_ms: 7_777 * 60_000 / 10,
            unlocks: 4321,
            pickups: 1,
            notifications: 1,
            first_pickup_time: String::new(),
        })),
    };
    usage(&app)
        .batch_create_usage(authed(
            usage_pb::BatchCreateUsageRequest { records: vec![secret] },
            &bo.token,
        ))
        .await
        .unwrap();

    // Not friends: Bo's device cannot be invited.
    assert_not_found(start_visit(&app, &ada, &guest_device, true).await, "DEVICE_NOT_FOUND");
    befriend(&app, &ada, &bo).await;
    // One's own device is not a visitor either.
    assert_not_found(start_visit(&app, &ada, &host_device, true).await, "DEVICE_NOT_FOUND");

    let visit = start_visit(&app, &ada, &guest_device, true).await.unwrap();
    assert_eq!(visit.host.as_ref().unwrap().user_id, ada.id);
    assert_eq!(visit.visitor.as_ref().unwrap().user_id, bo.id);
    assert_eq!(visit.visiting_device.as_ref().unwrap().name, "Nomad");
    assert!(visit.conversation_requested && visit.conversation_id.is_empty());
    assert!(kinds(&notices(&app, &bo).await).contains(&"visit_started"));

    // The same device cannot be at two places at once.
    let status = start_visit(&app, &ada, &guest_device, false).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status)),
        (Code::FailedPrecondition, "DEVICE_ALREADY_VISITING".into())
    );
    // Strangers see nothing of it.
    assert_not_found(get_visit(&app, &cy, &visit.id).await, "VISIT_NOT_FOUND");
    let end = pb::EndVisitRequest {
        visit_id: visit.id.clone(),
    };
    assert_not_found(
        social(&app).end_visit(authed(end.clone(), &cy.token)).await,
        "VISIT_NOT_FOUND",
    );

    // The conversation job was enqueued with the visit.
    let job: String = app
        .sql()
        .await
        .query_one(
            "SELECT id::text FROM jobs WHERE kind = 'visit_conversation' AND payload->>'visit_id' = $1",
            &[&visit.id],
        )
        .await
        .unwrap()
        .get(0);
    run_jobs(&app, &[job.parse().unwrap()]).await;

    let ada_copy = conversations(&app, &ada).await;
    let bo_copy = conversations(&app, &bo).await;
    assert_eq!((ada_copy.len(), bo_copy.len()), (1, 1));
    assert_ne!(ada_copy[0].id, bo_copy[0].id);
    for copy in [&ada_copy[0], &bo_copy[0]] {
        assert_eq!(copy.trigger, conv_pb::Trigger::Visit as i32);
        let lines: Vec<(&str, &str)> = copy
            .lines
            .iter()
            .map(|l| (l.speaker.as_str(), l.text.as_str()))
            .collect();
        assert_eq!(lines[0], ("Sparky", "Welcome to my desk!"));
        assert_eq!(lines.len(), 3);
    }
    // Each copy links only its owner's device; the other is kept by name.
    use conv_pb::participant::Participant as P;
    let linked = |c: &conv_pb::Conversation| -> Vec<(String, Option<P>)> {
        c.participants
            .iter()
            .map(|p| (p.name.clone(), p.participant.clone()))
            .collect()
    };
    assert_eq!(
        linked(&ada_copy[0]),
        [
            ("Sparky".to_owned(), Some(P::DeviceId(host_device.clone()))),
            ("Nomad".to_owned(), None)
        ]
    );
    assert_eq!(
        linked(&bo_copy[0]),
        [
            ("Nomad".to_owned(), Some(P::DeviceId(guest_device.clone()))),
            ("Sparky".to_owned(), None)
        ]
    );
    assert_eq!(
        get_visit(&app, &ada, &visit.id).await.unwrap().conversation_id,
        ada_copy[0].id
    );
    assert_eq!(
        get_visit(&app, &bo, &visit.id).await.unwrap().conversation_id,
        bo_copy[0].id
    );

    // The writer got names and personalities, and none of the usage.
    let requests = fake.requests();
    assert_eq!(requests.len(), 1);
    let prompt: String = requests[0].messages().into_iter().map(|(_, text)| text).collect();
    assert!(prompt.contains("Sparky") && prompt.contains("Nomad") && prompt.contains("snarky"));
    for leak in ["4321", "12h", "unlocked", "screen time was", "screens stayed dark"] {
        assert!(!prompt.contains(leak), "the prompt mentions {leak:?}: {prompt}");
    }

    // Listing by role, ending by the visitor, and ending twice.
    let list = |role: pb::VisitRole, active_only: bool| pb::ListVisitsRequest {
        role: role as i32,
        active_only,
        ..Default::default()
    };
    let visiting = social(&app)
        .list_visits(authed(list(pb::VisitRole::Visitor, true), &bo.token))
        .await
        .unwrap()
        .into_inner()
        .visits;
    assert_eq!(visiting.len(), 1);
    let hosting = social(&app)
        .list_visits(authed(list(pb::VisitRole::Host, false), &bo.token))
        .await
        .unwrap()
        .into_inner()
        .visits;
    assert!(hosting.is_empty());
    let ended = social(&app)
        .end_visit(authed(end.clone(), &bo.token))
        .await
        .unwrap()
        .into_inner()
        .visit
        .unwrap();
    assert!(ended.ended_time.is_some());
    let status = social(&app).end_visit(authed(end, &ada.token)).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status)),
        (Code::FailedPrecondition, "VISIT_OVER".into())
    );
    let active = social(&app)
        .list_visits(authed(list(pb::VisitRole::Unspecified, true), &ada.token))
        .await
        .unwrap()
        .into_inner()
        .visits;
    assert!(active.is_empty());
    // Over now, so the device may visit again.
    start_visit(&app, &ada, &guest_device, false).await.unwrap();
}

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

async fn create_challenge(app: &TestApp, creator: &Member, visibility: pb::ChallengeVisibility) -> pb::Challenge {
    let request = pb::CreateChallengeRequest {
        challenge: Some(pb::Challenge {
            kind: pb::ChallengeKind::ReduceScreenTime as i32,
            title: "Two hours a day".into(),
            start_day: (today() - Duration::days(2)).to_string(),
            end_day: (today() + Duration::days(5)).to_string(),
            target: 120,
            visibility: visibility as i32,
            ..Default::default()
        }),
        request_id: String::new(),
    };
    social(app)
        .create_challenge(authed(request, &creator.token))
        .await
        .unwrap()
        .into_inner()
        .challenge
        .unwrap()
}

async fn list_challenges(app: &TestApp, who: &Member, scope: pb::ChallengeScope) -> Vec<String> {
    let request = pb::ListChallengesRequest {
        scope: scope as i32,
        ..Default::default()
    };
    social(app)
        .list_challenges(authed(request, &who.token))
        .await
        .unwrap()
        .into_inner()
        .challenges
        .into_iter()
        .map(|c| c.id)
        .collect()
}

async fn join(app: &TestApp, who: &Member, id: &str) -> Result<pb::Challenge, tonic::Status> {
    let request = pb::JoinChallengeRequest {
        challenge_id: id.into(),
    };
    let reply = social(app).join_challenge(authed(request, &who.token)).await?;
    Ok(reply.into_inner().challenge.unwrap())
}

/// Screen time of `minutes` on each of `days_ago` days, through the API.
async fn screen_time(app: &TestApp, who: &Member, device: &str, days: &[(i64, i64)]) {
    let records = days
        .iter()
        .map(|(ago, minutes)| usage_pb::UsageRecord {
            record: Some(usage_pb::usage_record::Record::Daily(usage_pb::DailyDeviceUsage {
                device_id: device.into(),
                day: (today() - Duration::days(*ago)).to_string(),
                screen_time_ms: minutes * 60_000,
                unlocks: 10,
                pickups: 10,
                notifications: 0,
                first_pickup_time: String::new(),
            })),
        })
        .collect();
    let counts = usage(app)
        .batch_create_usage(authed(usage_pb::BatchCreateUsageRequest { records }, &who.token))
        .await
        .unwrap()
        .into_inner()
        .counts
        .unwrap();
    assert_eq!(counts.rejected, 0);
}

/// Recomputes the members' rollups for the challenge's days now (an upload's
/// own rollup waits for the end of its minute).
async fn roll_up(app: &TestApp, who: &[&Member]) {
    let mut ids = Vec::new();
    for m in who {
        let payload = json!({ "user_id": m.id, "from": today() - Duration::days(3), "day": today() });
        let job = NewJob::new("analytics_rollup", payload).for_user(m.id.parse().unwrap());
        ids.push(enqueue(app, job).await);
    }
    run_jobs(app, &ids).await;
}

async fn leaderboard(app: &TestApp, who: &Member, id: &str) -> Vec<(i32, String, f64, bool)> {
    let request = pb::GetLeaderboardRequest {
        challenge_id: id.into(),
    };
    social(app)
        .get_leaderboard(authed(request, &who.token))
        .await
        .unwrap()
        .into_inner()
        .entries
        .into_iter()
        .map(|e| {
            let name = e.person.map(|p| p.display_name).unwrap_or_default();
            (e.rank, name, e.value, e.meets_target)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn challenges_visibility_and_a_leaderboard_that_follows_uploads() {
    let app = TestApp::spawn().await;
    let ada = member(&app, "Ada").await;
    let bo = member(&app, "Bo").await;
    let cy = member(&app, "Cy").await;
    befriend(&app, &ada, &bo).await;

    let friends_only = create_challenge(&app, &ada, pb::ChallengeVisibility::Friends).await;
    assert!(friends_only.joined);
    assert_eq!(friends_only.participant_count, 1);
    assert_eq!(friends_only.creator.as_ref().unwrap().display_name, "Ada");
    let public = create_challenge(&app, &ada, pb::ChallengeVisibility::Public).await;

    // Bo (a friend) sees both; Cy (a stranger) only the public one, without
    // its creator's name.
    assert_eq!(
        list_challenges(&app, &bo, pb::ChallengeScope::Friends).await,
        [public.id.clone(), friends_only.id.clone()]
    );
    assert_eq!(
        list_challenges(&app, &cy, pb::ChallengeScope::Unspecified).await,
        [public.id.as_str()]
    );
    assert!(list_challenges(&app, &cy, pb::ChallengeScope::Friends).await.is_empty());
    assert_not_found(join(&app, &cy, &friends_only.id).await, "CHALLENGE_NOT_FOUND");
    let seen_by_cy = join(&app, &cy, &public.id).await.unwrap();
    assert!(seen_by_cy.creator.is_none());
    assert!(seen_by_cy.joined);
    assert_eq!(
        list_challenges(&app, &cy, pb::ChallengeScope::Mine).await,
        [public.id.as_str()]
    );

    join(&app, &bo, &public.id).await.unwrap();
    let status = join(&app, &bo, &public.id).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status)),
        (Code::AlreadyExists, "ALREADY_JOINED".into())
    );

    // Screen time, minutes a day: Ada 100 and 140 (120 a day), Bo 200 and
    // 100 (150), Cy 60 on one day.
    let (ada_phone, bo_phone, cy_phone) = (
        device(&app, &ada.id, "a").await,
        device(&app, &bo.id, "b").await,
        device(&app, &cy.id, "c").await,
    );
    screen_time(&app, &ada, &ada_phone, &[(2, 100), (1, 140)]).await;
    screen_time(&app, &bo, &bo_phone, &[(2, 200), (1, 100)]).await;
    screen_time(&app, &cy, &cy_phone, &[(1, 60)]).await;
    // Outside the challenge's days: does not count.
    screen_time(&app, &cy, &cy_phone, &[(3, 900)]).await;
    roll_up(&app, &[&ada, &bo, &cy]).await;

    // Ada sees her friend Bo by name, the stranger Cy without one.
    assert_eq!(
        leaderboard(&app, &ada, &public.id).await,
        [
            (1, String::new(), 60.0, true),
            (2, "Ada".into(), 120.0, true),
            (3, "Bo".into(), 150.0, false),
        ]
    );
    // Cy sees only themself by name.
    let cy_view: Vec<String> = leaderboard(&app, &cy, &public.id)
        .await
        .into_iter()
        .map(|e| e.1)
        .collect();
    assert_eq!(cy_view, ["Cy", "", ""]);

    // Bo uploads a quiet day: after the rollup Bo passes Ada.
    screen_time(&app, &bo, &bo_phone, &[(0, 30)]).await;
    roll_up(&app, &[&bo]).await;
    assert_eq!(
        leaderboard(&app, &ada, &public.id).await,
        [
            (1, String::new(), 60.0, true),
            (2, "Bo".into(), 110.0, true),
            (3, "Ada".into(), 120.0, true),
        ]
    );

    // Leaving, and leaving twice.
    let leave = pb::LeaveChallengeRequest {
        challenge_id: public.id.clone(),
    };
    let left = social(&app)
        .leave_challenge(authed(leave.clone(), &cy.token))
        .await
        .unwrap()
        .into_inner()
        .challenge
        .unwrap();
    assert!(!left.joined);
    assert_eq!(left.participant_count, 2);
    let status = social(&app)
        .leave_challenge(authed(leave, &cy.token))
        .await
        .unwrap_err();
    assert_eq!(
        (status.code(), reason(&status)),
        (Code::FailedPrecondition, "NOT_A_PARTICIPANT".into())
    );

    // Once its last day is past, nobody may join. Moved back to end two
    // days ago: Ada's 100 and Bo's 200 minutes of that day still count.
    let (start, end) = (today() - Duration::days(10), today() - Duration::days(2));
    app.sql()
        .await
        .execute(
            "UPDATE challenges SET start_day = $2::text::date, end_day = $3::text::date WHERE id = $1::text::uuid",
            &[&public.id, &start.to_string(), &end.to_string()],
        )
        .await
        .unwrap();
    let status = join(&app, &cy, &public.id).await.unwrap_err();
    assert_eq!(
        (status.code(), reason(&status)),
        (Code::FailedPrecondition, "CHALLENGE_ENDED".into())
    );

    // The finish job sends each participant their final rank, once.
    let finish = enqueue(&app, NewJob::new("finish_challenges", json!({}))).await;
    run_jobs(&app, &[finish]).await;
    let finished: Vec<_> = notices(&app, &bo)
        .await
        .into_iter()
        .filter(|n| n.kind == "challenge_finished")
        .collect();
    assert_eq!(finished.len(), 1);
    let data = finished[0].data.as_ref().unwrap();
    assert_eq!(data.fields["challenge_id"], prost_types::Value::from(public.id.clone()));
    assert_eq!(finished[0].title, "\"Two hours a day\" is over: you finished #2 of 2");
    let again = enqueue(&app, NewJob::new("finish_challenges", json!({}))).await;
    run_jobs(&app, &[again]).await;
    let count = notices(&app, &ada)
        .await
        .iter()
        .filter(|n| n.kind == "challenge_finished")
        .count();
    assert_eq!(count, 1);
    let challenge = social(&app)
        .get_challenge(authed(
            pb::GetChallengeRequest {
                challenge_id: public.id.clone(),
            },
            &ada.token,
        ))
        .await
        .unwrap()
        .into_inner()
        .challenge
        .unwrap();
    assert!(challenge.finish_time.is_some());
    // Finished ones drop out of the current list.
    let current = pb::ListChallengesRequest {
        current_only: true,
        ..Default::default()
    };
    let current: Vec<String> = social(&app)
        .list_challenges(authed(current, &ada.token))
        .await
        .unwrap()
        .into_inner()
        .challenges
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(current, [friends_only.id.as_str()]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_names_each_field() {
    let app = TestApp::spawn().await;
    let ada = member(&app, "Ada").await;
    let s = social(&app);
    let fields = |status: tonic::Status| {
        assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
        violated_fields(&status)
    };
    use pb::send_friend_request_request::To;
    for (to, field) in [
        (None, "to"),
        (Some(To::Email("not-an-email".into())), "email"),
        (Some(To::UserId("42".into())), "user_id"),
        (Some(To::UserId(ada.id.clone())), "user_id"),
        (Some(To::Email("ada@example.com".into())), "email"),
    ] {
        let status = s
            .clone()
            .send_friend_request(authed(pb::SendFriendRequestRequest { to }, &ada.token))
            .await
            .unwrap_err();
        assert_eq!(fields(status), [field]);
    }
    // An address without an account looks like any pending request.
    let unknown = pb::SendFriendRequestRequest {
        to: Some(To::Email("nobody@example.com".into())),
    };
    let pending = s
        .clone()
        .send_friend_request(authed(unknown, &ada.token))
        .await
        .unwrap()
        .into_inner()
        .friend_request
        .unwrap();
    assert_eq!(pending.status, pb::FriendshipStatus::Pending as i32);

    let respond = pb::RespondToFriendRequestRequest {
        friend_request_id: "x".into(),
        response: 0,
    };
    let status = s
        .clone()
        .respond_to_friend_request(authed(respond, &ada.token))
        .await
        .unwrap_err();
    assert_eq!(fields(status), ["friend_request_id", "response"]);
    let status = s
        .clone()
        .get_friend(authed(pb::GetFriendRequest { user_id: String::new() }, &ada.token))
        .await
        .unwrap_err();
    assert_eq!(fields(status), ["user_id"]);
    let status = s
        .clone()
        .block(authed(
            pb::BlockRequest {
                user_id: ada.id.clone(),
            },
            &ada.token,
        ))
        .await
        .unwrap_err();
    assert_eq!(fields(status), ["user_id"]);
    // Blocking an id that names nobody answers as for anybody.
    s.clone()
        .block(authed(
            pb::BlockRequest {
                user_id: Uuid::now_v7().to_string(),
            },
            &ada.token,
        ))
        .await
        .unwrap();

    let visit = pb::StartVisitRequest {
        visiting_device_id: "phone".into(),
        start_time: Some(kith::proto::timestamp(Utc::now() - Duration::hours(1))),
        end_time: None,
        conversation: true,
        request_id: "r".repeat(101),
    };
    let status = s.clone().start_visit(authed(visit, &ada.token)).await.unwrap_err();
    assert_eq!(
        fields(status),
        ["visiting_device_id", "request_id", "start_time", "end_time"]
    );
    let status = s
        .clone()
        .end_visit(authed(pb::EndVisitRequest { visit_id: "v".into() }, &ada.token))
        .await
        .unwrap_err();
    assert_eq!(fields(status), ["visit_id"]);
    let list = pb::ListVisitsRequest {
        role: 9,
        page_size: -1,
        page_token: "garbage".into(),
        ..Default::default()
    };
    let status = s.clone().list_visits(authed(list, &ada.token)).await.unwrap_err();
    assert_eq!(fields(status), ["role", "page_size", "page_token"]);

    let create = pb::CreateChallengeRequest {
        challenge: Some(pb::Challenge {
            kind: 0,
            title: " ".into(),
            start_day: "2026-13-01".into(),
            end_day: today().to_string(),
            target: 0,
            visibility: 7,
            ..Default::default()
        }),
        request_id: String::new(),
    };
    let status = s
        .clone()
        .create_challenge(authed(create, &ada.token))
        .await
        .unwrap_err();
    assert_eq!(
        fields(status),
        [
            "challenge.kind",
            "challenge.title",
            "challenge.start_day",
            "challenge.visibility"
        ]
    );
    let missing = pb::CreateChallengeRequest::default();
    let status = s
        .clone()
        .create_challenge(authed(missing, &ada.token))
        .await
        .unwrap_err();
    assert_eq!(fields(status), ["challenge"]);
    let list = pb::ListChallengesRequest {
        scope: 12,
        ..Default::default()
    };
    let status = s.clone().list_challenges(authed(list, &ada.token)).await.unwrap_err();
    assert_eq!(fields(status), ["scope"]);
    let status = s
        .clone()
        .get_leaderboard(authed(
            pb::GetLeaderboardRequest {
                challenge_id: "c".into(),
            },
            &ada.token,
        ))
        .await
        .unwrap_err();
    assert_eq!(fields(status), ["challenge_id"]);
    assert_not_found(
        s.clone()
            .get_leaderboard(authed(
                pb::GetLeaderboardRequest {
                    challenge_id: Uuid::now_v7().to_string(),
                },
                &ada.token,
            ))
            .await,
        "CHALLENGE_NOT_FOUND",
    );
    let mark = notify_pb::MarkNotificationsReadRequest {
        notification_ids: vec!["n".into()],
    };
    let status = notifications(&app)
        .mark_notifications_read(authed(mark, &ada.token))
        .await
        .unwrap_err();
    assert_eq!(fields(status), ["notification_ids[0]"]);

    // Without a token nothing is answered.
    let status = social(&app).list_friends(pb::ListFriendsRequest {}).await.unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_seeds_two_friends_a_challenge_and_a_visit_twice_alike() {
    let app = TestApp::spawn().await;
    let addr = format!("http://{}", app.addr);
    let first = kith::demo::seed(&addr).await.unwrap();
    let second = kith::demo::seed(&addr).await.unwrap();
    assert_eq!(first.social.challenge_id, second.social.challenge_id);
    assert_eq!(first.social.visit_id, second.social.visit_id);
    let sql = app.sql().await;
    let count = |table: &'static str| {
        let sql = &sql;
        async move {
            sql.query_one(&format!("SELECT count(*) FROM {table}"), &[])
                .await
                .unwrap()
                .get::<_, i64>(0)
        }
    };
    assert_eq!(
        (
            count("friendships").await,
            count("challenges").await,
            count("challenge_participants").await,
            count("device_visits").await
        ),
        (1, 1, 2, 1)
    );

    // The visit's conversation and the rollups, as the worker would.
    let demo = Member {
        id: sql
            .query_one("SELECT id::text FROM users WHERE email = 'demo@kith.dev'", &[])
            .await
            .unwrap()
            .get(0),
        token: first.access_token.clone(),
    };
    let sam_id: String = sql
        .query_one("SELECT id::text FROM users WHERE email = 'sam@kith.dev'", &[])
        .await
        .unwrap()
        .get(0);
    let job: String = sql
        .query_one("SELECT id::text FROM jobs WHERE kind = 'visit_conversation'", &[])
        .await
        .unwrap()
        .get(0);
    run_jobs(&app, &[job.parse().unwrap()]).await;
    assert_eq!(conversations(&app, &demo).await.len(), 1);
    let sam = Member {
        id: sam_id,
        token: String::new(),
    };
    let mut ids = Vec::new();
    for m in [&demo, &sam] {
        let payload = json!({ "user_id": m.id, "from": first.first_day, "day": first.last_day });
        ids.push(
            enqueue(
                &app,
                NewJob::new("analytics_rollup", payload).for_user(m.id.parse().unwrap()),
            )
            .await,
        );
    }
    run_jobs(&app, &ids).await;
    let board = leaderboard(&app, &demo, &first.social.challenge_id).await;
    let names: Vec<&str> = board.iter().map(|e| e.1.as_str()).collect();
    assert_eq!(board.len(), 2);
    assert!(names.contains(&"Demo") && names.contains(&"Sam"), "{board:?}");
    assert!(board.iter().all(|e| e.0 >= 1 && e.2 > 0.0), "both ranked: {board:?}");
}
