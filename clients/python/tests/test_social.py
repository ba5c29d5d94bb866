"""Social through the Python client: two users befriend, one's phone visits
the other, both join a challenge; strangers see none of it."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import grpc
import pytest

from kith.notifications.v1 import notifications_pb2
from kith.social.v1 import social_pb2
from kith_client import error_details
from support import Account, create_device


def test_friends_visit_and_challenge(new_account: Callable[[str], Account]) -> None:
    ada, bo, cy = new_account("Ada"), new_account("Bo"), new_account("Cy")
    sent = ada.client.social.SendFriendRequest(social_pb2.SendFriendRequestRequest(email=bo.email)).friend_request
    assert sent.status == social_pb2.FRIENDSHIP_STATUS_PENDING
    listed = bo.client.notifications.ListNotifications(notifications_pb2.ListNotificationsRequest())
    kinds = [n.kind for n in listed.notifications]
    assert kinds == ["friend_request_received"]
    bo.client.social.RespondToFriendRequest(
        social_pb2.RespondToFriendRequestRequest(friend_request_id=sent.id, response=social_pb2.FRIEND_RESPONSE_ACCEPT)
    )
    friends = ada.client.social.ListFriends(social_pb2.ListFriendsRequest()).friends
    assert [f.person.display_name for f in friends] == ["Bo"]

    phone = create_device(bo.client, "Bo's phone")
    create_device(ada.client, "Ada's laptop")
    end = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)
    request = social_pb2.StartVisitRequest(visiting_device_id=phone.id, conversation=True)
    request.end_time.FromDatetime(end)
    visit = ada.client.social.StartVisit(request).visit
    assert visit.visiting_device.name == "Bo's phone"
    assert bo.client.social.GetVisit(social_pb2.GetVisitRequest(visit_id=visit.id)).visit.id == visit.id
    with pytest.raises(grpc.RpcError) as caught:
        cy.client.social.GetVisit(social_pb2.GetVisitRequest(visit_id=visit.id))
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND

    today = datetime.datetime.now(datetime.timezone.utc).date()
    challenge = ada.client.social.CreateChallenge(
        social_pb2.CreateChallengeRequest(
            challenge=social_pb2.Challenge(
                kind=social_pb2.CHALLENGE_KIND_FEWER_UNLOCKS,
                title="Fewer unlocks",
                start_day=today.isoformat(),
                end_day=(today + datetime.timedelta(days=6)).isoformat(),
                target=40,
                visibility=social_pb2.CHALLENGE_VISIBILITY_FRIENDS,
            )
        )
    ).challenge
    joined = bo.client.social.JoinChallenge(social_pb2.JoinChallengeRequest(challenge_id=challenge.id)).challenge
    assert joined.joined and joined.participant_count == 2
    board = bo.client.social.GetLeaderboard(social_pb2.GetLeaderboardRequest(challenge_id=challenge.id))
    assert sorted(e.person.display_name for e in board.entries) == ["Ada", "Bo"]
    with pytest.raises(grpc.RpcError) as caught:
        cy.client.social.JoinChallenge(social_pb2.JoinChallengeRequest(challenge_id=challenge.id))
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    assert error_details(caught.value).reason == "CHALLENGE_NOT_FOUND"
