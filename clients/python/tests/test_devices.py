"""Devices through the Python client: create, read, bad input, ownership."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import grpc
import pytest

from kith.devices.v1 import devices_pb2
from kith.usage.v1 import usage_pb2
from kith_client import error_details
from support import Account, create_device, day_range, days_ago


def test_create_device_and_read_it_back(new_account: Callable[[str], Account]) -> None:
    client = new_account("Ada").client
    request = devices_pb2.CreateDeviceRequest(
        device=devices_pb2.Device(
            name="Ada's phone",
            nickname="Sparky",
            platform=devices_pb2.PLATFORM_IOS,
            device_type=devices_pb2.DEVICE_TYPE_SMARTPHONE,
            personality=devices_pb2.DEVICE_PERSONALITY_DRAMATIC,
            is_primary=True,
        ),
        request_id=f"create-{uuid.uuid4()}",
    )
    device = client.devices.CreateDevice(request).device
    assert device.id
    assert (device.name, device.nickname, device.platform, device.personality) == (
        "Ada's phone",
        "Sparky",
        devices_pb2.PLATFORM_IOS,
        devices_pb2.DEVICE_PERSONALITY_DRAMATIC,
    )
    assert device.is_primary and device.is_active
    assert device.HasField("create_time")

    retry = client.devices.CreateDevice(request).device
    assert retry.id == device.id, "a retry with the same request_id returns the first device"
    assert client.devices.GetDevice(devices_pb2.GetDeviceRequest(device_id=device.id)).device == device
    listed = client.devices.ListDevices(devices_pb2.ListDevicesRequest()).devices
    assert [d.id for d in listed] == [device.id]

    laptop = create_device(client, "Laptop", primary=True)
    again = client.devices.GetDevice(devices_pb2.GetDeviceRequest(device_id=device.id)).device
    assert laptop.is_primary and not again.is_primary, "one primary device per user"


def test_bad_device_names_every_wrong_field(new_account: Callable[[str], Account]) -> None:
    client = new_account("Ada").client
    with pytest.raises(grpc.RpcError) as caught:
        client.devices.CreateDevice(
            devices_pb2.CreateDeviceRequest(
                device=devices_pb2.Device(
                    name="",
                    platform=devices_pb2.PLATFORM_ANDROID,
                    device_type=devices_pb2.DEVICE_TYPE_TABLET,
                    personality=999,  # type: ignore[arg-type]
                    nickname="n" * 101,
                )
            )
        )
    details = error_details(caught.value)
    assert details.code == grpc.StatusCode.INVALID_ARGUMENT
    assert (details.domain, details.reason) == ("kith.dev", "INVALID_ARGUMENT")
    assert details.fields == ["device.name", "device.personality", "device.nickname"]
    assert all(v.description for v in details.field_violations)
    assert client.devices.ListDevices(devices_pb2.ListDevicesRequest()).devices == [], "nothing was created"


def test_another_users_device_is_not_found(new_account: Callable[[str], Account]) -> None:
    ada, eve = new_account("Ada"), new_account("Eve")
    phone = create_device(ada.client, "Ada's phone")

    with pytest.raises(grpc.RpcError) as caught:
        eve.client.devices.GetDevice(devices_pb2.GetDeviceRequest(device_id=phone.id))
    details = error_details(caught.value)
    assert details.code == grpc.StatusCode.NOT_FOUND
    assert details.reason == "DEVICE_NOT_FOUND"

    with pytest.raises(grpc.RpcError) as caught:
        eve.client.devices.DeleteDevice(devices_pb2.DeleteDeviceRequest(device_id=phone.id))
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND

    with pytest.raises(grpc.RpcError) as caught:
        eve.client.usage.GetUsageSummary(
            usage_pb2.GetUsageSummaryRequest(range=day_range(days_ago(7), days_ago(1)), device_id=phone.id)
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND

    assert ada.client.devices.GetDevice(devices_pb2.GetDeviceRequest(device_id=phone.id)).device.id == phone.id, (
        "the owner still has it"
    )
