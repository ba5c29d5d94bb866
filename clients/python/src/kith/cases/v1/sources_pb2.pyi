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

class SourceKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SOURCE_KIND_UNSPECIFIED: _ClassVar[SourceKind]
    SOURCE_KIND_POSTGRES: _ClassVar[SourceKind]

class SyncTrigger(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SYNC_TRIGGER_UNSPECIFIED: _ClassVar[SyncTrigger]
    SYNC_TRIGGER_MANUAL: _ClassVar[SyncTrigger]
    SYNC_TRIGGER_SCHEDULED: _ClassVar[SyncTrigger]

class SyncStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SYNC_STATUS_UNSPECIFIED: _ClassVar[SyncStatus]
    SYNC_STATUS_RUNNING: _ClassVar[SyncStatus]
    SYNC_STATUS_SUCCEEDED: _ClassVar[SyncStatus]
    SYNC_STATUS_FAILED: _ClassVar[SyncStatus]

class QueryPurpose(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    QUERY_PURPOSE_UNSPECIFIED: _ClassVar[QueryPurpose]
    QUERY_PURPOSE_TEST: _ClassVar[QueryPurpose]
    QUERY_PURPOSE_SYNC: _ClassVar[QueryPurpose]
SOURCE_KIND_UNSPECIFIED: SourceKind
SOURCE_KIND_POSTGRES: SourceKind
SYNC_TRIGGER_UNSPECIFIED: SyncTrigger
SYNC_TRIGGER_MANUAL: SyncTrigger
SYNC_TRIGGER_SCHEDULED: SyncTrigger
SYNC_STATUS_UNSPECIFIED: SyncStatus
SYNC_STATUS_RUNNING: SyncStatus
SYNC_STATUS_SUCCEEDED: SyncStatus
SYNC_STATUS_FAILED: SyncStatus
QUERY_PURPOSE_UNSPECIFIED: QueryPurpose
QUERY_PURPOSE_TEST: QueryPurpose
QUERY_PURPOSE_SYNC: QueryPurpose

class ExternalSource(_message.Message):
    __slots__ = ("id", "name", "kind", "table", "key_column", "mapping", "enabled", "sync_every_minutes", "has_connection", "last_sync_time", "create_time", "update_time")
    class MappingEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TABLE_FIELD_NUMBER: _ClassVar[int]
    KEY_COLUMN_FIELD_NUMBER: _ClassVar[int]
    MAPPING_FIELD_NUMBER: _ClassVar[int]
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    SYNC_EVERY_MINUTES_FIELD_NUMBER: _ClassVar[int]
    HAS_CONNECTION_FIELD_NUMBER: _ClassVar[int]
    LAST_SYNC_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    kind: SourceKind
    table: str
    key_column: str
    mapping: _containers.ScalarMap[str, str]
    enabled: bool
    sync_every_minutes: int
    has_connection: bool
    last_sync_time: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., kind: _Optional[_Union[SourceKind, str]] = ..., table: _Optional[str] = ..., key_column: _Optional[str] = ..., mapping: _Optional[_Mapping[str, str]] = ..., enabled: _Optional[bool] = ..., sync_every_minutes: _Optional[int] = ..., has_connection: _Optional[bool] = ..., last_sync_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateExternalSourceRequest(_message.Message):
    __slots__ = ("source", "connection_string")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    CONNECTION_STRING_FIELD_NUMBER: _ClassVar[int]
    source: ExternalSource
    connection_string: str
    def __init__(self, source: _Optional[_Union[ExternalSource, _Mapping]] = ..., connection_string: _Optional[str] = ...) -> None: ...

class CreateExternalSourceResponse(_message.Message):
    __slots__ = ("source",)
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    source: ExternalSource
    def __init__(self, source: _Optional[_Union[ExternalSource, _Mapping]] = ...) -> None: ...

class ListExternalSourcesRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListExternalSourcesResponse(_message.Message):
    __slots__ = ("sources", "next_page_token")
    SOURCES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    sources: _containers.RepeatedCompositeFieldContainer[ExternalSource]
    next_page_token: str
    def __init__(self, sources: _Optional[_Iterable[_Union[ExternalSource, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateExternalSourceRequest(_message.Message):
    __slots__ = ("source", "update_mask", "connection_string")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    CONNECTION_STRING_FIELD_NUMBER: _ClassVar[int]
    source: ExternalSource
    update_mask: _field_mask_pb2.FieldMask
    connection_string: str
    def __init__(self, source: _Optional[_Union[ExternalSource, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., connection_string: _Optional[str] = ...) -> None: ...

class UpdateExternalSourceResponse(_message.Message):
    __slots__ = ("source",)
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    source: ExternalSource
    def __init__(self, source: _Optional[_Union[ExternalSource, _Mapping]] = ...) -> None: ...

class DeleteExternalSourceRequest(_message.Message):
    __slots__ = ("source_id",)
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    source_id: str
    def __init__(self, source_id: _Optional[str] = ...) -> None: ...

class DeleteExternalSourceResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class TestConnectionRequest(_message.Message):
    __slots__ = ("source_id",)
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    source_id: str
    def __init__(self, source_id: _Optional[str] = ...) -> None: ...

class TestConnectionResponse(_message.Message):
    __slots__ = ("ok", "rows", "problem")
    OK_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    PROBLEM_FIELD_NUMBER: _ClassVar[int]
    ok: bool
    rows: int
    problem: str
    def __init__(self, ok: _Optional[bool] = ..., rows: _Optional[int] = ..., problem: _Optional[str] = ...) -> None: ...

class SyncNowRequest(_message.Message):
    __slots__ = ("source_id",)
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    source_id: str
    def __init__(self, source_id: _Optional[str] = ...) -> None: ...

class SyncNowResponse(_message.Message):
    __slots__ = ("log",)
    LOG_FIELD_NUMBER: _ClassVar[int]
    log: SyncLog
    def __init__(self, log: _Optional[_Union[SyncLog, _Mapping]] = ...) -> None: ...

class SyncLog(_message.Message):
    __slots__ = ("id", "source_id", "trigger", "start_time", "finish_time", "status", "pulled", "created", "updated", "skipped", "errors")
    ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    FINISH_TIME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PULLED_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    UPDATED_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_FIELD_NUMBER: _ClassVar[int]
    ERRORS_FIELD_NUMBER: _ClassVar[int]
    id: str
    source_id: str
    trigger: SyncTrigger
    start_time: _timestamp_pb2.Timestamp
    finish_time: _timestamp_pb2.Timestamp
    status: SyncStatus
    pulled: int
    created: int
    updated: int
    skipped: int
    errors: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, id: _Optional[str] = ..., source_id: _Optional[str] = ..., trigger: _Optional[_Union[SyncTrigger, str]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., finish_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., status: _Optional[_Union[SyncStatus, str]] = ..., pulled: _Optional[int] = ..., created: _Optional[int] = ..., updated: _Optional[int] = ..., skipped: _Optional[int] = ..., errors: _Optional[_Iterable[str]] = ...) -> None: ...

class ListSyncLogsRequest(_message.Message):
    __slots__ = ("source_id", "page_size", "page_token")
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    source_id: str
    page_size: int
    page_token: str
    def __init__(self, source_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListSyncLogsResponse(_message.Message):
    __slots__ = ("logs", "next_page_token")
    LOGS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    logs: _containers.RepeatedCompositeFieldContainer[SyncLog]
    next_page_token: str
    def __init__(self, logs: _Optional[_Iterable[_Union[SyncLog, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class QueryLog(_message.Message):
    __slots__ = ("id", "source_id", "user_id", "purpose", "query", "rows", "error", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    source_id: str
    user_id: str
    purpose: QueryPurpose
    query: str
    rows: int
    error: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., source_id: _Optional[str] = ..., user_id: _Optional[str] = ..., purpose: _Optional[_Union[QueryPurpose, str]] = ..., query: _Optional[str] = ..., rows: _Optional[int] = ..., error: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListQueryLogsRequest(_message.Message):
    __slots__ = ("source_id", "page_size", "page_token")
    SOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    source_id: str
    page_size: int
    page_token: str
    def __init__(self, source_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListQueryLogsResponse(_message.Message):
    __slots__ = ("logs", "next_page_token")
    LOGS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    logs: _containers.RepeatedCompositeFieldContainer[QueryLog]
    next_page_token: str
    def __init__(self, logs: _Optional[_Iterable[_Union[QueryLog, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
