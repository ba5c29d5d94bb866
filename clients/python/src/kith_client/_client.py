"""The channel, the bearer token and one typed stub per Kith service."""

from __future__ import annotations

import collections
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Union
from urllib.parse import urlsplit

import grpc

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

#: A fixed access token, a function returning the current one (called before
#: every call, so it can refresh), or None for no `authorization` header.
TokenSource = Union[str, Callable[[], Union[str, None]], None]


class _CallDetails(
    collections.namedtuple(
        "_CallDetails",
        ("method", "timeout", "metadata", "credentials", "wait_for_ready", "compression"),
    ),
    grpc.ClientCallDetails,
):
    pass


class BearerTokenInterceptor(
    grpc.UnaryUnaryClientInterceptor,
    grpc.UnaryStreamClientInterceptor,
    grpc.StreamUnaryClientInterceptor,
    grpc.StreamStreamClientInterceptor,
):
    """Adds `authorization: Bearer <token>` to every call that has none.

    grpc-python refuses call credentials on insecure (plain HTTP/2) channels,
    so the header is added by this interceptor instead; it works the same over
    TLS. `token` is asked before each call and may return None (no header).
    """

    def __init__(self, token: Callable[[], str | None]) -> None:
        self._token = token

    def _with_token(self, details: grpc.ClientCallDetails) -> grpc.ClientCallDetails:
        token = self._token()
        metadata = list(details.metadata or ())
        if not token or any(key.lower() == "authorization" for key, _ in metadata):
            return details
        metadata.append(("authorization", f"Bearer {token}"))
        return _CallDetails(
            details.method,
            details.timeout,
            metadata,
            details.credentials,
            getattr(details, "wait_for_ready", None),
            getattr(details, "compression", None),
        )

    def intercept_unary_unary(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        return continuation(self._with_token(client_call_details), request)

    def intercept_unary_stream(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        return continuation(self._with_token(client_call_details), request)

    def intercept_stream_unary(self, continuation: Any, client_call_details: Any, request_iterator: Iterator[Any]) -> Any:
        return continuation(self._with_token(client_call_details), request_iterator)

    def intercept_stream_stream(self, continuation: Any, client_call_details: Any, request_iterator: Iterator[Any]) -> Any:
        return continuation(self._with_token(client_call_details), request_iterator)


class _Stubs:
    """One typed stub per Kith service, on `channel` (sync or asyncio: the
    generated stubs work on both)."""

    def __init__(self, channel: grpc.Channel) -> None:
        #: Register, Login, Refresh, Logout, SignInWithGoogle, ChangePassword.
        self.auth = identity_pb2_grpc.AuthServiceStub(channel)
        #: The signed-in user's own account: GetMe, UpdateMe.
        self.users = identity_pb2_grpc.UserServiceStub(channel)
        #: Operators only (role ADMIN).
        self.admin = identity_pb2_grpc.AdminServiceStub(channel)
        self.devices = devices_pb2_grpc.DeviceServiceStub(channel)
        self.apps = apps_pb2_grpc.AppServiceStub(channel)
        self.usage = usage_pb2_grpc.UsageServiceStub(channel)
        #: Stats, the wellness score, comparisons and trends.
        self.analytics = analytics_pb2_grpc.AnalyticsServiceStub(channel)
        #: Generated conversations between the user's devices and apps, and journals.
        self.conversations = conversations_pb2_grpc.ConversationServiceStub(channel)
        #: Chat threads with a device or app; SendMessage streams the reply.
        self.chat = chat_pb2_grpc.ChatServiceStub(channel)
        #: The background job queue and schedules (admins).
        self.jobs = jobs_pb2_grpc.JobServiceStub(channel)
        #: Friends, device visits, challenges and leaderboards.
        self.social = social_pb2_grpc.SocialServiceStub(channel)
        #: The signed-in user's notifications.
        self.notifications = notifications_pb2_grpc.NotificationServiceStub(channel)
        #: The signed-in user's webhook endpoints and their delivery logs.
        self.webhooks = webhooks_pb2_grpc.WebhookServiceStub(channel)
        #: RecordLogin, RecordEvent, RecordEvents: what the signed-in user does.
        self.activity = engagement_pb2_grpc.ActivityServiceStub(channel)
        #: Engagement profiles, message logs and statuses; runs and metrics (admins).
        self.engagement = engagement_pb2_grpc.EngagementServiceStub(channel)
        #: SendUtility: reminders and receipts from templates (admins and backends).
        self.utility = engagement_pb2_grpc.UtilityServiceStub(channel)
        #: The signed-in user's goals, their plans (habits and subgoals) and daily check-ins.
        self.goals = coaching_pb2_grpc.GoalServiceStub(channel)
        #: The signed-in user's journal, scored on the server; ShareEntry shares an entry with their mentor.
        self.journal = coaching_pb2_grpc.JournalServiceStub(channel)
        #: GetSummary, GetAdherence, GetRisk: how the signed-in user is doing on their habits.
        self.dashboards = coaching_pb2_grpc.DashboardServiceStub(channel)
        #: Mentors and their members: links, invitations, member dashboards and AskAboutMember.
        self.mentors = coaching_pb2_grpc.MentorServiceStub(channel)
        #: Plan changes the AI proposes weekly; AcceptSuggestion applies one atomically.
        self.suggestions = coaching_pb2_grpc.SuggestionServiceStub(channel)
        #: The cohort feed of a mentor and their members, with the AI coach's weekly reviews.
        self.feed = coaching_pb2_grpc.FeedServiceStub(channel)
        #: ExportChanges (admin, streamed): coaching changes since a watermark, for a warehouse.
        self.exports = coaching_pb2_grpc.ExportServiceStub(channel)
        #: The signed-in user's surveys and their answers. GetPublicSurvey and
        #: SubmitResponse are public: a client without a token calls them.
        self.surveys = personas_pb2_grpc.SurveyServiceStub(channel)
        #: The AI persona made of a survey's answers: GetMyPersona, WatchPersona
        #: (streamed), RegeneratePersona, GetPersonaCard (a PNG).
        self.personas = personas_pb2_grpc.PersonaServiceStub(channel)
        #: Missing-person cases: CreateCase, GetCase, ListCases, UpdateCase,
        #: CloseCase, MarkFound, ShareCase (a case the caller may not see is NOT_FOUND).
        self.cases = cases_pb2_grpc.CaseServiceStub(channel)
        #: A case's photos: UploadImage (client-streamed: a header, then chunks),
        #: UploadImageBatch, DownloadImage (streamed), ListImages.
        self.images = cases_pb2_grpc.ImageServiceStub(channel)
        #: SubmitSighting (client-streamed; any signed-in user), and for
        #: investigators SearchByImage, ListMatches, VerifyMatch, RejectMatch.
        self.matches = cases_pb2_grpc.MatchServiceStub(channel)
        #: External registries synced into cases (admins): Create/List/Update/
        #: DeleteExternalSource, TestConnection, SyncNow, ListSyncLogs, ListQueryLogs.
        self.sources = sources_pb2_grpc.ExternalSourceServiceStub(channel)


def _parse_target(url_or_target: str) -> tuple[str, bool]:
    """`http://h:p` → ("h:p", insecure); `https://h[:p]` → ("h:p", TLS);
    anything else is a gRPC target (`host:port`, `dns:///…`, `unix:…`), insecure."""
    if "://" not in url_or_target or url_or_target.startswith("dns:"):
        return url_or_target, False
    url = urlsplit(url_or_target)
    if url.scheme not in ("http", "https"):
        raise ValueError(f"unsupported scheme {url.scheme!r} in {url_or_target!r}: use http, https or a gRPC target")
    if url.path not in ("", "/") or url.query or url.fragment:
        raise ValueError(f"{url_or_target!r}: gRPC has no path prefix; give only scheme, host and port")
    if not url.hostname:
        raise ValueError(f"{url_or_target!r} has no host")
    tls = url.scheme == "https"
    host = f"[{url.hostname}]" if ":" in url.hostname else url.hostname
    return f"{host}:{url.port or (443 if tls else 80)}", tls


class KithClient(_Stubs):
    """One channel to a Kith server with a typed stub for every service.

    Use it as a context manager, or call `close()`. `token` may be changed at
    any time (for instance after `login`); every later call carries it.
    """

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
        if tls:
            credentials = grpc.ssl_channel_credentials(root_certificates=root_certificates)
            self._raw_channel = grpc.secure_channel(target, credentials, options=list(options))
        else:
            self._raw_channel = grpc.insecure_channel(target, options=list(options))
        #: The channel every stub uses (with the bearer token interceptor), for
        #: stubs of other services (health, reflection) or `channel_ready_future`.
        self.channel: grpc.Channel = grpc.intercept_channel(self._raw_channel, BearerTokenInterceptor(self._current_token))
        _Stubs.__init__(self, self.channel)

    def _current_token(self) -> str | None:
        token = self.token
        return token() if callable(token) else token

    def login(self, email: str, password: str, *, timeout: float | None = None) -> identity_pb2.LoginResponse:
        """Signs in with `AuthService.Login` and uses the new access token for
        every later call. Returns the response (user and session, with the
        refresh token)."""
        response = self.auth.Login(identity_pb2.LoginRequest(email=email, password=password), timeout=timeout)
        self.token = response.session.access_token
        return response

    def close(self) -> None:
        self._raw_channel.close()

    def __enter__(self) -> KithClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def connect(
    url_or_target: str,
    token: TokenSource = None,
    *,
    options: Sequence[tuple[str, Any]] = (),
    root_certificates: bytes | None = None,
) -> KithClient:
    """Opens a client for a Kith server.

    `url_or_target`: `http://host:port` (plain HTTP/2, as `make run` serves),
    `https://host[:port]` (TLS, with `root_certificates` or the system's), or a
    gRPC target such as `127.0.0.1:50051`. `token`: an access token or a
    function returning the current one; it is sent as
    `authorization: Bearer <token>`. `options`: gRPC channel options.
    """
    return KithClient(url_or_target, token, options=options, root_certificates=root_certificates)
