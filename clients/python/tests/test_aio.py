"""The asyncio client: the same stubs on grpc.aio, the bearer token added
to unary and streamed calls, errors as grpc.aio.AioRpcError."""

from __future__ import annotations

import asyncio

import grpc
import grpc.aio
import pytest

from support import PASSWORD, unique_email
from kith.identity.v1 import identity_pb2
from kith.notifications.v1 import notifications_pb2
from kith_client import error_details
from kith_client.aio import AsyncKithClient, connect


def test_the_asyncio_client_signs_in_calls_and_streams(kith_url: str) -> None:
    async def scenario() -> None:
        async with connect(kith_url) as kith:
            assert isinstance(kith, AsyncKithClient)
            email = unique_email("Aio")
            await kith.auth.Register(identity_pb2.RegisterRequest(email=email, password=PASSWORD, display_name="Aio"))
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await kith.users.GetMe(identity_pb2.GetMeRequest())
            assert error_details(caught.value).code == grpc.StatusCode.UNAUTHENTICATED

            login = await kith.login(email, PASSWORD)
            assert kith.token == login.session.access_token
            me = (await kith.users.GetMe(identity_pb2.GetMeRequest())).user
            assert (me.id, me.email) == (login.user.id, email)

            # A server stream carries the token too: it opens and stays open.
            watch = kith.notifications.WatchNotifications(notifications_pb2.WatchNotificationsRequest())
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(watch.read(), timeout=0.5)
            watch.cancel()

    asyncio.run(scenario())


def test_the_asyncio_client_types_every_stub_of_the_blocking_one(kith_url: str) -> None:
    from kith_client import connect as connect_blocking

    with connect_blocking(kith_url) as blocking:
        stubs = {name for name, value in vars(blocking).items() if type(value).__name__.endswith("Stub")}
    assert len(stubs) > 25
    annotated = set(AsyncKithClient.__annotations__)
    assert stubs <= annotated, stubs - annotated
