"""The asyncio twin of `kith_client.connect`, on `grpc.aio`.

    import asyncio
    from kith_client.aio import connect
    from kith.identity.v1 import identity_pb2

    async def main() -> None:
        async with connect("http://127.0.0.1:50051") as kith:
            await kith.login("ada@example.com", "correct horse")
            me = (await kith.users.GetMe(identity_pb2.GetMeRequest())).user

    asyncio.run(main())

Every stub is the same as in the blocking client; calls return awaitables
(unary) or async iterators (server streams).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import grpc
import grpc.aio

from kith.analytics.v1 import analytics_pb2_grpc
from kith.apps.v1 import apps_pb2_grpc
from kith.cases.v1 import cases_pb2_grpc, sources_pb2_grpc
from kith.chat.v1 import chat_pb2_grpc
from kith.coaching.v1 import coaching_pb2_grpc
from kith.jobs.v1 import jobs_pb2_grpc
from kith.notifications.v1 import notifications_pb2_grpc, webhooks_pb2_grpc
from kith.personas.v1 import personas_pb2_grpc
from kith.social.v1 import social_pb2_grpc
from kith.conversations.v1 import conversations_pb2_grpc
from kith.devices.v1 import devices_pb2_grpc
from kith.engagement.v1 import engagement_pb2_grpc
from kith.identity.v1 import identity_pb2, identity_pb2_grpc
from kith.usage.v1 import usage_pb2_grpc
from kith_client._client import TokenSource, _parse_target, _Stubs


class _AsyncBearerToken:
    """Adds `authorization: Bearer <token>` to every call that has none.
    grpc.aio files an interceptor under one call kind only, so each kind
    has its class below."""

    def __init__(self, client: AsyncKithClient) -> None:
        self._client = client

    def _with_token(self, details: grpc.aio.ClientCallDetails) -> grpc.aio.ClientCallDetails:
        token = self._client._current_token()
        metadata = grpc.aio.Metadata(*(details.metadata or ()))
        if not token or metadata.get("authorization") is not None:
            return details
        metadata.add("authorization", f"Bearer {token}")
        return grpc.aio.ClientCallDetails(
            details.method, details.timeout, metadata, details.credentials, details.wait_for_ready
        )


class _UnaryUnary(_AsyncBearerToken, grpc.aio.UnaryUnaryClientInterceptor):
    async def intercept_unary_unary(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        return await continuation(self._with_token(client_call_details), request)


class _UnaryStream(_AsyncBearerToken, grpc.aio.UnaryStreamClientInterceptor):
    async def intercept_unary_stream(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        return await continuation(self._with_token(client_call_details), request)


class _StreamUnary(_AsyncBearerToken, grpc.aio.StreamUnaryClientInterceptor):
    async def intercept_stream_unary(self, continuation: Any, client_call_details: Any, request_iterator: Any) -> Any:
        return await continuation(self._with_token(client_call_details), request_iterator)


class _StreamStream(_AsyncBearerToken, grpc.aio.StreamStreamClientInterceptor):
    async def intercept_stream_stream(self, continuation: Any, client_call_details: Any, request_iterator: Any) -> Any:
        return await continuation(self._with_token(client_call_details), request_iterator)


class AsyncKithClient(_Stubs):
    """One `grpc.aio` channel to a Kith server with a typed stub for every
    service. Use it with `async with`, or `await close()`."""

    # The same stubs as KithClient's, typed as their asyncio variants.
    auth: identity_pb2_grpc.AuthServiceAsyncStub
    users: identity_pb2_grpc.UserServiceAsyncStub
    admin: identity_pb2_grpc.AdminServiceAsyncStub
    devices: devices_pb2_grpc.DeviceServiceAsyncStub
    apps: apps_pb2_grpc.AppServiceAsyncStub
    usage: usage_pb2_grpc.UsageServiceAsyncStub
    analytics: analytics_pb2_grpc.AnalyticsServiceAsyncStub
    conversations: conversations_pb2_grpc.ConversationServiceAsyncStub
    chat: chat_pb2_grpc.ChatServiceAsyncStub
    jobs: jobs_pb2_grpc.JobServiceAsyncStub
    social: social_pb2_grpc.SocialServiceAsyncStub
    notifications: notifications_pb2_grpc.NotificationServiceAsyncStub
    webhooks: webhooks_pb2_grpc.WebhookServiceAsyncStub
    activity: engagement_pb2_grpc.ActivityServiceAsyncStub
    engagement: engagement_pb2_grpc.EngagementServiceAsyncStub
    utility: engagement_pb2_grpc.UtilityServiceAsyncStub
    goals: coaching_pb2_grpc.GoalServiceAsyncStub
    journal: coaching_pb2_grpc.JournalServiceAsyncStub
    dashboards: coaching_pb2_grpc.DashboardServiceAsyncStub
    mentors: coaching_pb2_grpc.MentorServiceAsyncStub
    suggestions: coaching_pb2_grpc.SuggestionServiceAsyncStub
    feed: coaching_pb2_grpc.FeedServiceAsyncStub
    exports: coaching_pb2_grpc.ExportServiceAsyncStub
    surveys: personas_pb2_grpc.SurveyServiceAsyncStub
    personas: personas_pb2_grpc.PersonaServiceAsyncStub
    cases: cases_pb2_grpc.CaseServiceAsyncStub
    images: cases_pb2_grpc.ImageServiceAsyncStub
    matches: cases_pb2_grpc.MatchServiceAsyncStub
    sources: sources_pb2_grpc.ExternalSourceServiceAsyncStub

    def __init__(
        self,
        url_or_target: str,
        token: TokenSource = None,
        *,
        options: Sequence[tuple[str, Any]] = (),
        root_certificates: bytes | None = None,
    ) -> None:
        self.token: TokenSource = token
        target, tls = _parse_target(url_or_target)
        interceptors: list[grpc.aio.ClientInterceptor] = [
            _UnaryUnary(self),
            _UnaryStream(self),
            _StreamUnary(self),
            _StreamStream(self),
        ]
        if tls:
            credentials = grpc.ssl_channel_credentials(root_certificates=root_certificates)
            self.channel = grpc.aio.secure_channel(target, credentials, options=list(options), interceptors=interceptors)
        else:
            self.channel = grpc.aio.insecure_channel(target, options=list(options), interceptors=interceptors)
        # The generated stubs take either kind of channel.
        _Stubs.__init__(self, self.channel)  # type: ignore[arg-type]

    def _current_token(self) -> str | None:
        token = self.token
        return token() if callable(token) else token

    async def login(self, email: str, password: str, *, timeout: float | None = None) -> identity_pb2.LoginResponse:
        """Signs in and uses the new access token for every later call."""
        response = await self.auth.Login(identity_pb2.LoginRequest(email=email, password=password), timeout=timeout)
        self.token = response.session.access_token
        return response

    async def close(self) -> None:
        await self.channel.close()

    async def __aenter__(self) -> AsyncKithClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def connect(
    url_or_target: str,
    token: TokenSource = None,
    *,
    options: Sequence[tuple[str, Any]] = (),
    root_certificates: bytes | None = None,
) -> AsyncKithClient:
    """Opens an asyncio client; the arguments are those of `kith_client.connect`."""
    return AsyncKithClient(url_or_target, token, options=options, root_certificates=root_certificates)
