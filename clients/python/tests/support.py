"""Shared test data: accounts, devices and usage records."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from kith.apps.v1 import apps_pb2
from kith.devices.v1 import devices_pb2
from kith.identity.v1 import identity_pb2
from kith.usage.v1 import usage_pb2
from kith_client import KithClient

PASSWORD = "correct horse battery"


def unique_email(name: str) -> str:
    return f"{name.lower()}-{uuid.uuid4().hex[:12]}@example.com"


@dataclass
class Account:
    """A freshly registered user with a client signed in as them."""

    client: KithClient
    user: identity_pb2.User
    email: str
    password: str


def create_device(client: KithClient, name: str = "Phone", *, primary: bool = False) -> devices_pb2.Device:
    return client.devices.CreateDevice(
        devices_pb2.CreateDeviceRequest(
            device=devices_pb2.Device(
                name=name,
                platform=devices_pb2.PLATFORM_ANDROID,
                device_type=devices_pb2.DEVICE_TYPE_SMARTPHONE,
                personality=devices_pb2.DEVICE_PERSONALITY_SNARKY,
                is_primary=primary,
            )
        ),
        timeout=10,
    ).device


def days_ago(n: int) -> dt.date:
    """A day in the past (UTC, the test users' timezone), far enough from now
    that no session in it ends in the future."""
    return dt.datetime.now(dt.timezone.utc).date() - dt.timedelta(days=n)


def daily(device_id: str, day: dt.date, minutes: int, unlocks: int) -> usage_pb2.UsageRecord:
    return usage_pb2.UsageRecord(
        daily=usage_pb2.DailyDeviceUsage(
            device_id=device_id,
            day=day.isoformat(),
            screen_time_ms=minutes * 60_000,
            unlocks=unlocks,
            pickups=unlocks + 2,
            notifications=10,
        )
    )


def session(
    device_id: str,
    bundle_id: str,
    day: dt.date,
    hour: int,
    minutes: int,
    launches: int,
    category: apps_pb2.AppCategory = apps_pb2.APP_CATEGORY_SOCIAL,
) -> usage_pb2.UsageRecord:
    record = usage_pb2.UsageRecord(
        session=usage_pb2.AppSession(
            device_id=device_id,
            bundle_id=bundle_id,
            app_name=bundle_id.rsplit(".", 1)[-1].title(),
            category=category,
            duration_ms=minutes * 60_000,
            launches=launches,
            notifications=1,
        )
    )
    record.session.start_time.FromDatetime(dt.datetime.combine(day, dt.time(hour), tzinfo=dt.timezone.utc))
    return record


def day_range(start: dt.date, end: dt.date) -> usage_pb2.DayRange:
    return usage_pb2.DayRange(start_day=start.isoformat(), end_day=end.isoformat())
