"""Fixtures for tests against a running Kith server at $KITH_URL.

`clients/with-server.sh` starts a fresh server and exports KITH_URL; every
test registers its own users (unique emails), so tests need no cleanup and
can share one server.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

from kith.identity.v1 import identity_pb2
from kith_client import KithClient, connect
from support import PASSWORD, Account, unique_email


@pytest.fixture(scope="session")
def kith_url() -> str:
    url = os.environ.get("KITH_URL", "")
    if not url:
        pytest.fail("KITH_URL is not set: run the tests with `make test-py` (clients/with-server.sh starts a server)")
    return url


@pytest.fixture
def connect_to(kith_url: str) -> Iterator[Callable[..., KithClient]]:
    """Opens clients to the test server (keyword arguments go to `connect`);
    they are closed after the test."""
    clients: list[KithClient] = []

    def open_client(**kwargs: object) -> KithClient:
        client = connect(kith_url, **kwargs)  # type: ignore[arg-type]
        clients.append(client)
        return client

    yield open_client
    for client in clients:
        client.close()


@pytest.fixture
def new_account(connect_to: Callable[..., KithClient]) -> Callable[[str], Account]:
    """Registers a user with a unique email (timezone UTC), signed in."""

    def register(name: str = "Ada") -> Account:
        client = connect_to()
        email = unique_email(name)
        response = client.auth.Register(
            identity_pb2.RegisterRequest(email=email, password=PASSWORD, display_name=name, timezone="UTC"),
            timeout=30,
        )
        client.token = response.session.access_token
        return Account(client=client, user=response.user, email=email, password=PASSWORD)

    return register
