"""Typed Python client for the Kith gRPC API.

    from kith_client import connect
    from kith.identity.v1 import identity_pb2

    with connect("http://127.0.0.1:50051") as kith:
        kith.login("ada@example.com", "correct horse")
        me = kith.users.GetMe(identity_pb2.GetMeRequest()).user

`kith_client.aio.connect` is the same client on `grpc.aio` (awaited calls).

The generated messages and stubs are the package `kith` of this distribution
(`kith.<domain>.v1.<domain>_pb2` and `..._pb2_grpc`), written by generate.sh.
"""

from kith_client._client import BearerTokenInterceptor, KithClient, TokenSource, connect
from kith_client._errors import ErrorDetails, FieldViolation, error_details

__all__ = [
    "BearerTokenInterceptor",
    "ErrorDetails",
    "FieldViolation",
    "KithClient",
    "TokenSource",
    "connect",
    "error_details",
]
