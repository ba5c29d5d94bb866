"""The client helper without a server: targets and error decoding."""

from __future__ import annotations

from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2

from kith_client import error_details
from kith_client._client import _parse_target


@pytest.mark.parametrize(
    ("url", "target", "tls"),
    [
        ("http://127.0.0.1:50051", "127.0.0.1:50051", False),
        ("http://127.0.0.1:50051/", "127.0.0.1:50051", False),
        ("http://localhost", "localhost:80", False),
        ("https://api.example.com", "api.example.com:443", True),
        ("https://api.example.com:8443", "api.example.com:8443", True),
        ("http://[::1]:50051", "[::1]:50051", False),
        ("127.0.0.1:50051", "127.0.0.1:50051", False),
        ("dns:///kith.internal:50051", "dns:///kith.internal:50051", False),
    ],
)
def test_urls_and_targets(url: str, target: str, tls: bool) -> None:
    assert _parse_target(url) == (target, tls)


@pytest.mark.parametrize("url", ["ftp://example.com", "http://example.com/api", "http://:50051"])
def test_urls_grpc_cannot_reach_are_refused(url: str) -> None:
    with pytest.raises(ValueError):
        _parse_target(url)


class _FailedCall(grpc.RpcError, grpc.Call):
    """What a stub raises, with chosen code and trailers."""

    def __init__(self, code: grpc.StatusCode, message: str, trailers: tuple[tuple[str, str | bytes], ...]) -> None:
        super().__init__()
        self._code, self._message, self._trailers = code, message, trailers

    def code(self) -> grpc.StatusCode:
        return self._code

    def details(self) -> str:
        return self._message

    def trailing_metadata(self) -> Any:
        return self._trailers

    def initial_metadata(self) -> Any:
        return ()

    def is_active(self) -> bool:
        return False

    def time_remaining(self) -> float:
        return 0.0

    def cancel(self) -> bool:
        return False

    def add_callback(self, callback: object) -> bool:
        return False


def test_error_details_decodes_error_info_and_every_violation() -> None:
    status = status_pb2.Status(code=3, message="bad")
    status.details.add().Pack(error_details_pb2.ErrorInfo(reason="INVALID_ARGUMENT", domain="kith.dev", metadata={"fields": "a,b"}))
    bad_request = error_details_pb2.BadRequest()
    bad_request.field_violations.add(field="a", description="is required")
    bad_request.field_violations.add(field="b.c", description="must be positive")
    status.details.add().Pack(bad_request)
    call = _FailedCall(
        grpc.StatusCode.INVALID_ARGUMENT,
        "bad",
        (("grpc-status-details-bin", status.SerializeToString()), ("x-request-id", "r-1")),
    )
    details = error_details(call)
    assert details.code == grpc.StatusCode.INVALID_ARGUMENT
    assert (details.reason, details.domain, dict(details.metadata)) == ("INVALID_ARGUMENT", "kith.dev", {"fields": "a,b"})
    assert details.fields == ["a", "b.c"]
    assert details.field_violations[1].description == "must be positive"
    assert details.request_id == "r-1"


def test_error_details_without_a_status_trailer() -> None:
    details = error_details(_FailedCall(grpc.StatusCode.UNAVAILABLE, "connection refused", ()))
    assert (details.code, details.message, details.reason, details.fields) == (
        grpc.StatusCode.UNAVAILABLE,
        "connection refused",
        "",
        [],
    )
    assert details.status is None


def test_the_client_has_a_stub_for_every_generated_service() -> None:
    import importlib
    import pkgutil

    import kith
    from kith_client import connect

    services = set()
    for module in pkgutil.walk_packages(kith.__path__, "kith."):
        if module.name.endswith("_pb2"):
            descriptor = importlib.import_module(module.name).DESCRIPTOR
            services |= {f"{descriptor.package}.{name}" for name in descriptor.services_by_name}
    assert "kith.usage.v1.UsageService" in services

    with connect("127.0.0.1:1") as client:
        stubs = {
            f"{type(stub).__module__.removesuffix('_pb2_grpc').rsplit('.', 1)[0]}.{type(stub).__name__.removesuffix('Stub')}"
            for stub in vars(client).values()
            if type(stub).__name__.endswith("Stub")
        }
    assert stubs == services
