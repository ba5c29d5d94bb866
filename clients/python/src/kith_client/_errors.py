"""What a failed call says beyond its code: Kith's AIP-193 error details."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import grpc
import grpc.aio
from google.rpc import error_details_pb2, status_pb2

_DETAILS_TRAILER = "grpc-status-details-bin"


@dataclass(frozen=True)
class FieldViolation:
    """One wrong field of a request (`google.rpc.BadRequest.FieldViolation`)."""

    field: str
    description: str


@dataclass(frozen=True)
class ErrorDetails:
    """A decoded failed call.

    `reason` and `domain` come from `google.rpc.ErrorInfo` (every Kith error
    has one: domain `kith.dev`, an UPPER_SNAKE reason such as
    `DEVICE_NOT_FOUND`); they are empty when the server sent none (e.g. the
    client could not reach it). `field_violations` lists every wrong field of
    an INVALID_ARGUMENT answer. `status` is the whole `google.rpc.Status`, for
    any other detail, or None.
    """

    code: grpc.StatusCode
    message: str
    reason: str = ""
    domain: str = ""
    metadata: Mapping[str, str] = field(default_factory=dict)
    field_violations: tuple[FieldViolation, ...] = ()
    request_id: str = ""
    status: status_pb2.Status | None = field(default=None, repr=False)

    @property
    def fields(self) -> list[str]:
        """The names of the violated fields, in the server's order."""
        return [v.field for v in self.field_violations]


def _metadata_value(metadata: object, key: str) -> str | bytes | None:
    for k, v in metadata or ():  # type: ignore[attr-defined]
        if k == key:
            return v  # type: ignore[no-any-return]
    return None


def error_details(error: grpc.RpcError) -> ErrorDetails:
    """Decodes the `grpc-status-details-bin` trailer of a failed call
    (a `google.rpc.Status`) into its ErrorInfo and BadRequest details.

    `error` is the `grpc.RpcError` a stub raised (it is also a `grpc.Call`),
    or the `grpc.aio.AioRpcError` an asyncio stub raised.
    """
    if not isinstance(error, (grpc.Call, grpc.aio.AioRpcError)):
        raise TypeError(f"expected the grpc.RpcError a call raised, got {type(error).__name__}")
    trailing = error.trailing_metadata()
    initial = error.initial_metadata()
    request_id = _metadata_value(trailing, "x-request-id") or _metadata_value(initial, "x-request-id") or ""
    if isinstance(request_id, bytes):
        request_id = request_id.decode()
    code = error.code()
    message = error.details() or ""

    raw = _metadata_value(trailing, _DETAILS_TRAILER)
    if not isinstance(raw, bytes):
        return ErrorDetails(code=code, message=message, request_id=request_id)
    status = status_pb2.Status.FromString(raw)
    reason = domain = ""
    metadata: dict[str, str] = {}
    violations: list[FieldViolation] = []
    for detail in status.details:
        if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            info = error_details_pb2.ErrorInfo()
            detail.Unpack(info)
            reason, domain, metadata = info.reason, info.domain, dict(info.metadata)
        elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad_request = error_details_pb2.BadRequest()
            detail.Unpack(bad_request)
            violations.extend(FieldViolation(v.field, v.description) for v in bad_request.field_violations)
    return ErrorDetails(
        code=code,
        message=message or status.message,
        reason=reason,
        domain=domain,
        metadata=metadata,
        field_violations=tuple(violations),
        request_id=request_id,
        status=status,
    )
