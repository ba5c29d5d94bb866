"""Push tokens through the Python client: a device registers (again, at each
start), shows in the list, moves when another user registers it, and is
private to its user."""

from __future__ import annotations

from collections.abc import Callable

import grpc
import pytest

from kith.notifications.v1 import notifications_pb2
from kith_client import error_details
from support import Account


def register(account: Account, token: str) -> notifications_pb2.PushToken:
    request = notifications_pb2.RegisterPushTokenRequest(token=token, platform=notifications_pb2.PUSH_PLATFORM_ANDROID)
    return account.client.notifications.RegisterPushToken(request).push_token


def listed(account: Account) -> list[str]:
    tokens = account.client.notifications.ListPushTokens(notifications_pb2.ListPushTokensRequest()).push_tokens
    return [t.id for t in tokens]


def test_push_tokens_register_move_and_stay_private(new_account: Callable[[str], Account]) -> None:
    ada, bo = new_account("Ada"), new_account("Bo")
    phone = register(ada, "python-phone-token")
    assert phone.platform == notifications_pb2.PUSH_PLATFORM_ANDROID
    assert register(ada, "python-phone-token").id == phone.id
    assert listed(ada) == [phone.id]

    with pytest.raises(grpc.RpcError) as caught:
        bo.client.notifications.DeletePushToken(notifications_pb2.DeletePushTokenRequest(push_token_id=phone.id))
    assert error_details(caught.value).reason == "PUSH_TOKEN_NOT_FOUND"

    # The phone changes hands.
    moved = register(bo, "python-phone-token")
    assert moved.id != phone.id
    assert listed(ada) == [] and listed(bo) == [moved.id]
    bo.client.notifications.DeletePushToken(notifications_pb2.DeletePushTokenRequest(push_token_id=moved.id))
    assert listed(bo) == []

    with pytest.raises(grpc.RpcError) as caught:
        ada.client.notifications.RegisterPushToken(notifications_pb2.RegisterPushTokenRequest(token="t"))
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert [v.field for v in error_details(caught.value).field_violations] == ["platform"]
