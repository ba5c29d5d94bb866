"""Usage through the Python client: the client-streaming upload and what it adds up to."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import grpc
import pytest

from kith.apps.v1 import apps_pb2
from kith.usage.v1 import usage_pb2
from kith_client import KithClient, error_details
from support import Account, create_device, daily, day_range, days_ago, session

MINUTE = 60_000


def week_of_usage(phone: str, laptop: str, chirp: str, notes: str) -> list[list[usage_pb2.UsageRecord]]:
    """Three batches: daily device rows, then app sessions of two apps on two days."""
    d1, d2 = days_ago(3), days_ago(2)
    return [
        [daily(phone, d1, 200, 50), daily(laptop, d1, 100, 5), daily(phone, d2, 120, 30)],
        [
            session(phone, chirp, d1, 9, 60, 5),
            session(phone, chirp, d2, 9, 30, 4),
            session(phone, notes, d1, 11, 5, 12, apps_pb2.APP_CATEGORY_PRODUCTIVITY),
        ],
        [session(laptop, notes, d1, 14, 80, 1, apps_pb2.APP_CATEGORY_PRODUCTIVITY)],
    ]


def new_apps() -> tuple[str, str]:
    """Bundle ids no other test uses (the app catalogue is shared by all users)."""
    suffix = uuid.uuid4().hex[:8]
    return f"com.example.chirp{suffix}", f"com.example.notes{suffix}"


def stream(batches: list[list[usage_pb2.UsageRecord]], upload_id: str = "", sent: list[int] | None = None) -> Iterator[usage_pb2.UploadUsageRequest]:
    """The request stream, produced lazily as a phone would read its database."""
    for index, records in enumerate(batches):
        if sent is not None:
            sent.append(index)
        yield usage_pb2.UploadUsageRequest(upload_id=upload_id, batch_index=index, records=records)


def summary(client: KithClient) -> usage_pb2.GetUsageSummaryResponse:
    return client.usage.GetUsageSummary(usage_pb2.GetUsageSummaryRequest(range=day_range(days_ago(3), days_ago(2))))


def test_upload_stream_then_summary_and_top_apps(new_account: Callable[[str], Account]) -> None:
    client = new_account("Ada").client
    phone, laptop = create_device(client, "Phone").id, create_device(client, "Laptop").id
    chirp, notes = new_apps()
    batches = week_of_usage(phone, laptop, chirp, notes)
    sent: list[int] = []

    response = client.usage.UploadUsage(stream(batches, sent=sent), timeout=30)
    assert sent == [0, 1, 2], "the whole generator was streamed"
    counts = response.counts
    assert (counts.received, counts.inserted, counts.updated, counts.unchanged, counts.rejected) == (7, 7, 0, 0, 0)
    assert list(response.rejections) == []
    assert response.new_apps == 2, "both apps joined the catalogue"

    result = summary(client)
    assert [d.day for d in result.days] == [days_ago(3).isoformat(), days_ago(2).isoformat()]
    first, second = result.days
    assert (first.screen_time_ms, first.unlocks, first.app_time_ms) == (300 * MINUTE, 55, 145 * MINUTE)
    assert (second.screen_time_ms, second.unlocks, second.app_time_ms) == (120 * MINUTE, 30, 30 * MINUTE)
    assert (result.totals.screen_time_ms, result.totals.app_time_ms) == (420 * MINUTE, 175 * MINUTE)
    assert {c.category: (c.app_time_ms, c.launches) for c in result.categories} == {
        apps_pb2.APP_CATEGORY_SOCIAL: (90 * MINUTE, 9),
        apps_pb2.APP_CATEGORY_PRODUCTIVITY: (85 * MINUTE, 13),
    }

    def top(order: usage_pb2.TopAppsOrder, device_id: str = "") -> list[tuple[str, int, int, int]]:
        apps = client.usage.ListTopApps(
            usage_pb2.ListTopAppsRequest(range=day_range(days_ago(3), days_ago(2)), order=order, device_id=device_id)
        ).apps
        return [(a.app.bundle_id, a.app_time_ms, a.launches, a.sessions) for a in apps]

    assert top(usage_pb2.TOP_APPS_ORDER_TIME) == [(chirp, 90 * MINUTE, 9, 2), (notes, 85 * MINUTE, 13, 2)]
    assert [t[0] for t in top(usage_pb2.TOP_APPS_ORDER_LAUNCHES)] == [notes, chirp]
    assert top(usage_pb2.TOP_APPS_ORDER_TIME, laptop) == [(notes, 80 * MINUTE, 1, 1)]

    # Resending the same upload stores nothing twice.
    again = client.usage.UploadUsage(stream(batches), timeout=30)
    assert (again.counts.received, again.counts.inserted, again.counts.updated, again.counts.unchanged) == (7, 0, 0, 7)
    assert again.new_apps == 0
    assert summary(client) == result

    # A changed daily row is an update; the rest stays unchanged.
    changed = [list(b) for b in batches]
    changed[0][2] = daily(phone, days_ago(2), 150, 31)
    third = client.usage.UploadUsage(stream(changed), timeout=30).counts
    assert (third.inserted, third.updated, third.unchanged) == (0, 1, 6)
    assert summary(client).totals.screen_time_ms == 450 * MINUTE


def test_upload_rejects_bad_records_and_keeps_the_good(new_account: Callable[[str], Account]) -> None:
    ada, eve = new_account("Ada"), new_account("Eve")
    phone = create_device(ada.client, "Phone").id
    eves_phone = create_device(eve.client, "Eve's phone").id
    day = days_ago(4)
    batches = [
        [daily(phone, day, 60, 3), session(phone, "com.example.chirp", day, 8, 10, 1)],
        [
            session(eves_phone, "com.example.chirp", day, 9, 10, 1),
            session(phone, "com.example.chirp", day, 10, 25 * 60, 1),
            daily(phone, days_ago(5), 10, -1),
        ],
    ]
    response = ada.client.usage.UploadUsage(stream(batches), timeout=30)
    assert (response.counts.received, response.counts.inserted, response.counts.rejected) == (5, 2, 3)
    assert [(r.batch_index, r.record_index, r.field) for r in response.rejections] == [
        (1, 0, "session.device_id"),
        (1, 1, "session.duration_ms"),
        (1, 2, "daily.unlocks"),
    ]
    eves = eve.client.usage.GetUsageSummary(usage_pb2.GetUsageSummaryRequest(range=day_range(day, day)))
    assert eves.totals.app_time_ms == 0, "nothing was stored for another user's device"


def test_named_upload_resumes_after_its_last_committed_batch(new_account: Callable[[str], Account]) -> None:
    client = new_account("Ada").client
    phone, laptop = create_device(client, "Phone").id, create_device(client, "Laptop").id
    batches = week_of_usage(phone, laptop, *new_apps())
    upload_id = f"sync-{uuid.uuid4()}"

    first = client.usage.UploadUsage(stream(batches[:2], upload_id), timeout=30)
    assert (first.upload_id, first.last_batch_index, first.counts.inserted) == (upload_id, 1, 6)
    status = client.usage.GetUploadStatus(usage_pb2.GetUploadStatusRequest(upload_id=upload_id))
    assert status.last_batch_index == 1

    resumed = client.usage.UploadUsage(stream(batches, upload_id), timeout=30)
    assert (resumed.skipped_batches, resumed.last_batch_index, resumed.counts.inserted) == (2, 2, 1)
    assert client.usage.GetUploadStatus(usage_pb2.GetUploadStatusRequest(upload_id=upload_id)).counts.inserted == 7


def test_bad_requests_are_invalid_argument_with_every_field(new_account: Callable[[str], Account]) -> None:
    client = new_account("Ada").client
    with pytest.raises(grpc.RpcError) as caught:
        client.usage.GetUsageSummary(
            usage_pb2.GetUsageSummaryRequest(range=day_range(days_ago(1), days_ago(7)), device_id="not-a-uuid")
        )
    details = error_details(caught.value)
    assert details.code == grpc.StatusCode.INVALID_ARGUMENT
    assert details.reason == "INVALID_ARGUMENT"
    assert details.fields == ["range.end_day", "device_id"]

    # A named upload must number its batches 0, 1, 2, ...
    requests = iter(
        [
            usage_pb2.UploadUsageRequest(upload_id=f"gap-{uuid.uuid4()}", batch_index=0),
            usage_pb2.UploadUsageRequest(batch_index=5),
        ]
    )
    with pytest.raises(grpc.RpcError) as caught:
        client.usage.UploadUsage(requests, timeout=30)
    details = error_details(caught.value)
    assert details.code == grpc.StatusCode.INVALID_ARGUMENT
    assert details.fields == ["batch_index"]

    with pytest.raises(grpc.RpcError) as caught:
        client.usage.ListTopApps(usage_pb2.ListTopAppsRequest(range=day_range(days_ago(2), days_ago(1)), limit=-1))
    assert error_details(caught.value).fields == ["limit"]
