import datetime

from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Platform(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PLATFORM_UNSPECIFIED: _ClassVar[Platform]
    PLATFORM_IOS: _ClassVar[Platform]
    PLATFORM_ANDROID: _ClassVar[Platform]
    PLATFORM_MACOS: _ClassVar[Platform]
    PLATFORM_WINDOWS: _ClassVar[Platform]
    PLATFORM_LINUX: _ClassVar[Platform]
    PLATFORM_OTHER: _ClassVar[Platform]

class DeviceType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DEVICE_TYPE_UNSPECIFIED: _ClassVar[DeviceType]
    DEVICE_TYPE_SMARTPHONE: _ClassVar[DeviceType]
    DEVICE_TYPE_TABLET: _ClassVar[DeviceType]
    DEVICE_TYPE_LAPTOP: _ClassVar[DeviceType]
    DEVICE_TYPE_DESKTOP: _ClassVar[DeviceType]
    DEVICE_TYPE_WATCH: _ClassVar[DeviceType]
    DEVICE_TYPE_OTHER: _ClassVar[DeviceType]

class DevicePersonality(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DEVICE_PERSONALITY_UNSPECIFIED: _ClassVar[DevicePersonality]
    DEVICE_PERSONALITY_SNARKY: _ClassVar[DevicePersonality]
    DEVICE_PERSONALITY_LOGICAL: _ClassVar[DevicePersonality]
    DEVICE_PERSONALITY_CHAOTIC: _ClassVar[DevicePersonality]
    DEVICE_PERSONALITY_SUPPORTIVE: _ClassVar[DevicePersonality]
    DEVICE_PERSONALITY_DRAMATIC: _ClassVar[DevicePersonality]
    DEVICE_PERSONALITY_MINIMALIST: _ClassVar[DevicePersonality]
    DEVICE_PERSONALITY_ANXIOUS: _ClassVar[DevicePersonality]
    DEVICE_PERSONALITY_BOOMER: _ClassVar[DevicePersonality]
    DEVICE_PERSONALITY_GEN_Z: _ClassVar[DevicePersonality]
    DEVICE_PERSONALITY_PHILOSOPHICAL: _ClassVar[DevicePersonality]
    DEVICE_PERSONALITY_GOSSIP: _ClassVar[DevicePersonality]
    DEVICE_PERSONALITY_CORPORATE: _ClassVar[DevicePersonality]

class DeviceRelationshipKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DEVICE_RELATIONSHIP_KIND_UNSPECIFIED: _ClassVar[DeviceRelationshipKind]
    DEVICE_RELATIONSHIP_KIND_SIBLINGS: _ClassVar[DeviceRelationshipKind]
    DEVICE_RELATIONSHIP_KIND_RIVALS: _ClassVar[DeviceRelationshipKind]
    DEVICE_RELATIONSHIP_KIND_BESTIES: _ClassVar[DeviceRelationshipKind]
PLATFORM_UNSPECIFIED: Platform
PLATFORM_IOS: Platform
PLATFORM_ANDROID: Platform
PLATFORM_MACOS: Platform
PLATFORM_WINDOWS: Platform
PLATFORM_LINUX: Platform
PLATFORM_OTHER: Platform
DEVICE_TYPE_UNSPECIFIED: DeviceType
DEVICE_TYPE_SMARTPHONE: DeviceType
DEVICE_TYPE_TABLET: DeviceType
DEVICE_TYPE_LAPTOP: DeviceType
DEVICE_TYPE_DESKTOP: DeviceType
DEVICE_TYPE_WATCH: DeviceType
DEVICE_TYPE_OTHER: DeviceType
DEVICE_PERSONALITY_UNSPECIFIED: DevicePersonality
DEVICE_PERSONALITY_SNARKY: DevicePersonality
DEVICE_PERSONALITY_LOGICAL: DevicePersonality
DEVICE_PERSONALITY_CHAOTIC: DevicePersonality
DEVICE_PERSONALITY_SUPPORTIVE: DevicePersonality
DEVICE_PERSONALITY_DRAMATIC: DevicePersonality
DEVICE_PERSONALITY_MINIMALIST: DevicePersonality
DEVICE_PERSONALITY_ANXIOUS: DevicePersonality
DEVICE_PERSONALITY_BOOMER: DevicePersonality
DEVICE_PERSONALITY_GEN_Z: DevicePersonality
DEVICE_PERSONALITY_PHILOSOPHICAL: DevicePersonality
DEVICE_PERSONALITY_GOSSIP: DevicePersonality
DEVICE_PERSONALITY_CORPORATE: DevicePersonality
DEVICE_RELATIONSHIP_KIND_UNSPECIFIED: DeviceRelationshipKind
DEVICE_RELATIONSHIP_KIND_SIBLINGS: DeviceRelationshipKind
DEVICE_RELATIONSHIP_KIND_RIVALS: DeviceRelationshipKind
DEVICE_RELATIONSHIP_KIND_BESTIES: DeviceRelationshipKind

class Device(_message.Message):
    __slots__ = ("id", "name", "platform", "device_type", "personality", "nickname", "is_primary", "is_active", "last_synced_at", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_FIELD_NUMBER: _ClassVar[int]
    DEVICE_TYPE_FIELD_NUMBER: _ClassVar[int]
    PERSONALITY_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    IS_PRIMARY_FIELD_NUMBER: _ClassVar[int]
    IS_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    LAST_SYNCED_AT_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    platform: Platform
    device_type: DeviceType
    personality: DevicePersonality
    nickname: str
    is_primary: bool
    is_active: bool
    last_synced_at: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., platform: _Optional[_Union[Platform, str]] = ..., device_type: _Optional[_Union[DeviceType, str]] = ..., personality: _Optional[_Union[DevicePersonality, str]] = ..., nickname: _Optional[str] = ..., is_primary: _Optional[bool] = ..., is_active: _Optional[bool] = ..., last_synced_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateDeviceRequest(_message.Message):
    __slots__ = ("device", "request_id")
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    device: Device
    request_id: str
    def __init__(self, device: _Optional[_Union[Device, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateDeviceResponse(_message.Message):
    __slots__ = ("device",)
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    device: Device
    def __init__(self, device: _Optional[_Union[Device, _Mapping]] = ...) -> None: ...

class GetDeviceRequest(_message.Message):
    __slots__ = ("device_id",)
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    device_id: str
    def __init__(self, device_id: _Optional[str] = ...) -> None: ...

class GetDeviceResponse(_message.Message):
    __slots__ = ("device",)
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    device: Device
    def __init__(self, device: _Optional[_Union[Device, _Mapping]] = ...) -> None: ...

class ListDevicesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "platform", "personality", "is_active")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_FIELD_NUMBER: _ClassVar[int]
    PERSONALITY_FIELD_NUMBER: _ClassVar[int]
    IS_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    platform: Platform
    personality: DevicePersonality
    is_active: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., platform: _Optional[_Union[Platform, str]] = ..., personality: _Optional[_Union[DevicePersonality, str]] = ..., is_active: _Optional[bool] = ...) -> None: ...

class ListDevicesResponse(_message.Message):
    __slots__ = ("devices", "next_page_token")
    DEVICES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    devices: _containers.RepeatedCompositeFieldContainer[Device]
    next_page_token: str
    def __init__(self, devices: _Optional[_Iterable[_Union[Device, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateDeviceRequest(_message.Message):
    __slots__ = ("device", "update_mask")
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    device: Device
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, device: _Optional[_Union[Device, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateDeviceResponse(_message.Message):
    __slots__ = ("device",)
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    device: Device
    def __init__(self, device: _Optional[_Union[Device, _Mapping]] = ...) -> None: ...

class DeleteDeviceRequest(_message.Message):
    __slots__ = ("device_id",)
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    device_id: str
    def __init__(self, device_id: _Optional[str] = ...) -> None: ...

class DeleteDeviceResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SetPrimaryDeviceRequest(_message.Message):
    __slots__ = ("device_id",)
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    device_id: str
    def __init__(self, device_id: _Optional[str] = ...) -> None: ...

class SetPrimaryDeviceResponse(_message.Message):
    __slots__ = ("device",)
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    device: Device
    def __init__(self, device: _Optional[_Union[Device, _Mapping]] = ...) -> None: ...

class SyncDeviceRequest(_message.Message):
    __slots__ = ("device_id", "since")
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    device_id: str
    since: _timestamp_pb2.Timestamp
    def __init__(self, device_id: _Optional[str] = ..., since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SyncDeviceResponse(_message.Message):
    __slots__ = ("device", "sync_time", "changed_days", "app_sessions_received")
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    SYNC_TIME_FIELD_NUMBER: _ClassVar[int]
    CHANGED_DAYS_FIELD_NUMBER: _ClassVar[int]
    APP_SESSIONS_RECEIVED_FIELD_NUMBER: _ClassVar[int]
    device: Device
    sync_time: _timestamp_pb2.Timestamp
    changed_days: _containers.RepeatedScalarFieldContainer[str]
    app_sessions_received: int
    def __init__(self, device: _Optional[_Union[Device, _Mapping]] = ..., sync_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., changed_days: _Optional[_Iterable[str]] = ..., app_sessions_received: _Optional[int] = ...) -> None: ...

class DeviceRelationship(_message.Message):
    __slots__ = ("id", "device_a_id", "device_b_id", "kind", "note", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    DEVICE_A_ID_FIELD_NUMBER: _ClassVar[int]
    DEVICE_B_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    device_a_id: str
    device_b_id: str
    kind: DeviceRelationshipKind
    note: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., device_a_id: _Optional[str] = ..., device_b_id: _Optional[str] = ..., kind: _Optional[_Union[DeviceRelationshipKind, str]] = ..., note: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateDeviceRelationshipRequest(_message.Message):
    __slots__ = ("relationship", "request_id")
    RELATIONSHIP_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    relationship: DeviceRelationship
    request_id: str
    def __init__(self, relationship: _Optional[_Union[DeviceRelationship, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateDeviceRelationshipResponse(_message.Message):
    __slots__ = ("relationship",)
    RELATIONSHIP_FIELD_NUMBER: _ClassVar[int]
    relationship: DeviceRelationship
    def __init__(self, relationship: _Optional[_Union[DeviceRelationship, _Mapping]] = ...) -> None: ...

class ListDeviceRelationshipsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "device_id")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    device_id: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., device_id: _Optional[str] = ...) -> None: ...

class ListDeviceRelationshipsResponse(_message.Message):
    __slots__ = ("relationships", "next_page_token")
    RELATIONSHIPS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    relationships: _containers.RepeatedCompositeFieldContainer[DeviceRelationship]
    next_page_token: str
    def __init__(self, relationships: _Optional[_Iterable[_Union[DeviceRelationship, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class DeleteDeviceRelationshipRequest(_message.Message):
    __slots__ = ("relationship_id",)
    RELATIONSHIP_ID_FIELD_NUMBER: _ClassVar[int]
    relationship_id: str
    def __init__(self, relationship_id: _Optional[str] = ...) -> None: ...

class DeleteDeviceRelationshipResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
