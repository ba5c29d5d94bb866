"""Sign in, add a phone, stream a day of usage to Kith and read the summary.

    python examples/basic.py [URL]     (default $KITH_URL or http://127.0.0.1:50051)

Signs up KITH_EMAIL (default ada@example.com) with KITH_PASSWORD, or signs in
when the account exists. A rerun uploads the same records again: the server
counts them as unchanged.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterator

import grpc

from kith.apps.v1 import apps_pb2
from kith.devices.v1 import devices_pb2
from kith.identity.v1 import identity_pb2
from kith.usage.v1 import usage_pb2
from kith_client import connect, error_details


def batches(device_id: str, day: dt.date) -> Iterator[usage_pb2.UploadUsageRequest]:
    """What a phone would send: one batch of daily totals, one of app sessions."""
    daily = usage_pb2.DailyDeviceUsage(device_id=device_id, day=day.isoformat(), screen_time_ms=95 * 60_000, unlocks=42)
    yield usage_pb2.UploadUsageRequest(batch_index=0, records=[usage_pb2.UsageRecord(daily=daily)])
    sessions = []
    for hour, minutes in [(8, 20), (12, 35), (21, 40)]:
        s = usage_pb2.AppSession(
            device_id=device_id,
            bundle_id="com.example.chirp",
            app_name="Chirp",
            category=apps_pb2.APP_CATEGORY_SOCIAL,
            duration_ms=minutes * 60_000,
            launches=2,
        )
        s.start_time.FromDatetime(dt.datetime.combine(day, dt.time(hour), tzinfo=dt.timezone.utc))
        sessions.append(usage_pb2.UsageRecord(session=s))
    yield usage_pb2.UploadUsageRequest(batch_index=1, records=sessions)


def main() -> int:
    url = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("KITH_URL", "http://127.0.0.1:50051")
    email = os.environ.get("KITH_EMAIL", "ada@example.com")
    password = os.environ.get("KITH_PASSWORD", "correct horse")

    with connect(url) as kith:
        try:
            registered = kith.auth.Register(
                identity_pb2.RegisterRequest(email=email, password=password, display_name="Ada", timezone="UTC")
            )
            kith.token = registered.session.access_token
        except grpc.RpcError as err:
            if error_details(err).reason != "EMAIL_TAKEN":
                raise
            kith.login(email, password)  # every later call carries the new token

        me = kith.users.GetMe(identity_pb2.GetMeRequest()).user
        print(f"signed in as {me.email} ({me.id})")

        phone = kith.devices.CreateDevice(
            devices_pb2.CreateDeviceRequest(
                device=devices_pb2.Device(
                    name="Pixel",
                    platform=devices_pb2.PLATFORM_ANDROID,
                    device_type=devices_pb2.DEVICE_TYPE_SMARTPHONE,
                    personality=devices_pb2.DEVICE_PERSONALITY_SNARKY,
                ),
                request_id="basic-example-pixel",  # a rerun gets the same device back
            )
        ).device

        yesterday = dt.datetime.now(dt.timezone.utc).date() - dt.timedelta(days=1)
        upload = kith.usage.UploadUsage(batches(phone.id, yesterday))  # client streaming
        c = upload.counts
        print(f"uploaded: {c.received} received, {c.inserted} inserted, {c.unchanged} unchanged, {c.rejected} rejected")

        day_range = usage_pb2.DayRange(start_day=yesterday.isoformat(), end_day=yesterday.isoformat())
        summary = kith.usage.GetUsageSummary(usage_pb2.GetUsageSummaryRequest(range=day_range, device_id=phone.id))
        print(f"{yesterday}: {summary.totals.screen_time_ms // 60_000} min screen time, {summary.totals.unlocks} unlocks")

        try:
            kith.devices.CreateDevice(devices_pb2.CreateDeviceRequest(device=devices_pb2.Device(name="")))
        except grpc.RpcError as err:
            details = error_details(err)
            print(f"{details.code.name} {details.reason}: " + ", ".join(details.fields))
    return 0


if __name__ == "__main__":
    sys.exit(main())
