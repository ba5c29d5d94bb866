"""Accounts through the Python client: register, log in, the bearer token."""

from __future__ import annotations

from collections.abc import Callable

import grpc
import pytest

from support import PASSWORD, Account, unique_email
from kith.identity.v1 import identity_pb2
from kith_client import KithClient, error_details


def test_register_login_and_get_me(connect_to: Callable[..., KithClient]) -> None:
    client = connect_to()
    email = unique_email("Ada")
    registered = client.auth.Register(
        identity_pb2.RegisterRequest(email=email.upper(), password=PASSWORD, display_name="Ada", timezone="Europe/Paris")
    )
    assert registered.user.email == email, "emails are stored lower-cased"
    assert registered.session.token_type == "Bearer"
    assert registered.session.access_token and registered.session.refresh_token

    # A second client that knows only the email and password.
    other = connect_to()
    login = other.login(email, PASSWORD)
    assert login.user.id == registered.user.id
    assert other.token == login.session.access_token, "login() makes later calls carry the new token"
    me = other.users.GetMe(identity_pb2.GetMeRequest()).user
    assert (me.id, me.email, me.display_name, me.timezone) == (registered.user.id, email, "Ada", "Europe/Paris")
    assert me.role == identity_pb2.ROLE_MEMBER
    assert me.is_active and me.has_password


def test_calls_without_a_token_are_unauthenticated(connect_to: Callable[..., KithClient]) -> None:
    with pytest.raises(grpc.RpcError) as caught:
        connect_to().users.GetMe(identity_pb2.GetMeRequest())
    details = error_details(caught.value)
    assert details.code == grpc.StatusCode.UNAUTHENTICATED
    assert (details.domain, details.reason) == ("kith.dev", "UNAUTHENTICATED")
    assert details.request_id, "the server echoes x-request-id"

    with pytest.raises(grpc.RpcError) as caught:
        connect_to(token="not-a-token").users.GetMe(identity_pb2.GetMeRequest())
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED


def test_wrong_password_is_invalid_credentials(new_account: Callable[[str], Account], connect_to: Callable[..., KithClient]) -> None:
    account = new_account("Bob")
    client = connect_to()
    with pytest.raises(grpc.RpcError) as caught:
        client.login(account.email, "not the password")
    details = error_details(caught.value)
    assert details.code == grpc.StatusCode.UNAUTHENTICATED
    assert details.reason == "INVALID_CREDENTIALS"
    assert client.token is None, "a failed login leaves the client signed out"


def test_token_provider_is_asked_before_every_call(new_account: Callable[[str], Account], connect_to: Callable[..., KithClient]) -> None:
    ada, bob = new_account("Ada"), new_account("Bob")
    current = {"token": ada.client.token}
    asked: list[str] = []

    def provider() -> str | None:
        asked.append("asked")
        token = current["token"]
        return token if isinstance(token, str) else None

    client = connect_to(token=provider)
    assert client.users.GetMe(identity_pb2.GetMeRequest()).user.id == ada.user.id
    current["token"] = bob.client.token
    assert client.users.GetMe(identity_pb2.GetMeRequest()).user.id == bob.user.id
    assert len(asked) == 2

    # A call's own authorization metadata wins over the provider's token.
    me = client.users.GetMe(identity_pb2.GetMeRequest(), metadata=(("authorization", f"Bearer {ada.client.token}"),))
    assert me.user.id == ada.user.id
