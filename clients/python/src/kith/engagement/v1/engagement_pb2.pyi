import datetime

from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Segment(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SEGMENT_UNSPECIFIED: _ClassVar[Segment]
    SEGMENT_NEW: _ClassVar[Segment]
    SEGMENT_FREQUENT: _ClassVar[Segment]
    SEGMENT_CASUAL: _ClassVar[Segment]
    SEGMENT_NIGHT_OWL: _ClassVar[Segment]
    SEGMENT_DORMANT: _ClassVar[Segment]
    SEGMENT_CHURNED: _ClassVar[Segment]

class MessageKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGE_KIND_UNSPECIFIED: _ClassVar[MessageKind]
    MESSAGE_KIND_CLIENT_ENGAGEMENT: _ClassVar[MessageKind]
    MESSAGE_KIND_USER_UTILITY: _ClassVar[MessageKind]

class MessageStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGE_STATUS_UNSPECIFIED: _ClassVar[MessageStatus]
    MESSAGE_STATUS_QUEUED: _ClassVar[MessageStatus]
    MESSAGE_STATUS_SENT: _ClassVar[MessageStatus]
    MESSAGE_STATUS_DELIVERED: _ClassVar[MessageStatus]
    MESSAGE_STATUS_CLICKED: _ClassVar[MessageStatus]
    MESSAGE_STATUS_FAILED: _ClassVar[MessageStatus]
SEGMENT_UNSPECIFIED: Segment
SEGMENT_NEW: Segment
SEGMENT_FREQUENT: Segment
SEGMENT_CASUAL: Segment
SEGMENT_NIGHT_OWL: Segment
SEGMENT_DORMANT: Segment
SEGMENT_CHURNED: Segment
MESSAGE_KIND_UNSPECIFIED: MessageKind
MESSAGE_KIND_CLIENT_ENGAGEMENT: MessageKind
MESSAGE_KIND_USER_UTILITY: MessageKind
MESSAGE_STATUS_UNSPECIFIED: MessageStatus
MESSAGE_STATUS_QUEUED: MessageStatus
MESSAGE_STATUS_SENT: MessageStatus
MESSAGE_STATUS_DELIVERED: MessageStatus
MESSAGE_STATUS_CLICKED: MessageStatus
MESSAGE_STATUS_FAILED: MessageStatus

class RecordLoginRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RecordLoginResponse(_message.Message):
    __slots__ = ("last_active_time",)
    LAST_ACTIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    last_active_time: _timestamp_pb2.Timestamp
    def __init__(self, last_active_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ActivityEvent(_message.Message):
    __slots__ = ("name", "properties", "time")
    NAME_FIELD_NUMBER: _ClassVar[int]
    PROPERTIES_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    properties: _struct_pb2.Struct
    time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., properties: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RecordEventRequest(_message.Message):
    __slots__ = ("event",)
    EVENT_FIELD_NUMBER: _ClassVar[int]
    event: ActivityEvent
    def __init__(self, event: _Optional[_Union[ActivityEvent, _Mapping]] = ...) -> None: ...

class RecordEventResponse(_message.Message):
    __slots__ = ("last_active_time",)
    LAST_ACTIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    last_active_time: _timestamp_pb2.Timestamp
    def __init__(self, last_active_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RecordEventsRequest(_message.Message):
    __slots__ = ("events",)
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    events: _containers.RepeatedCompositeFieldContainer[ActivityEvent]
    def __init__(self, events: _Optional[_Iterable[_Union[ActivityEvent, _Mapping]]] = ...) -> None: ...

class RecordEventsResponse(_message.Message):
    __slots__ = ("recorded", "last_active_time")
    RECORDED_FIELD_NUMBER: _ClassVar[int]
    LAST_ACTIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    recorded: int
    last_active_time: _timestamp_pb2.Timestamp
    def __init__(self, recorded: _Optional[int] = ..., last_active_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class EngagementProfile(_message.Message):
    __slots__ = ("user_id", "last_active_time", "first_seen_time", "segment", "churn_risk_score", "active_days_7", "active_days_28", "compute_time")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_ACTIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    FIRST_SEEN_TIME_FIELD_NUMBER: _ClassVar[int]
    SEGMENT_FIELD_NUMBER: _ClassVar[int]
    CHURN_RISK_SCORE_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_DAYS_7_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_DAYS_28_FIELD_NUMBER: _ClassVar[int]
    COMPUTE_TIME_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    last_active_time: _timestamp_pb2.Timestamp
    first_seen_time: _timestamp_pb2.Timestamp
    segment: Segment
    churn_risk_score: float
    active_days_7: int
    active_days_28: int
    compute_time: _timestamp_pb2.Timestamp
    def __init__(self, user_id: _Optional[str] = ..., last_active_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., first_seen_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., segment: _Optional[_Union[Segment, str]] = ..., churn_risk_score: _Optional[float] = ..., active_days_7: _Optional[int] = ..., active_days_28: _Optional[int] = ..., compute_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetEngagementProfileRequest(_message.Message):
    __slots__ = ("user_id", "recompute")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    RECOMPUTE_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    recompute: bool
    def __init__(self, user_id: _Optional[str] = ..., recompute: _Optional[bool] = ...) -> None: ...

class GetEngagementProfileResponse(_message.Message):
    __slots__ = ("profile",)
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    profile: EngagementProfile
    def __init__(self, profile: _Optional[_Union[EngagementProfile, _Mapping]] = ...) -> None: ...

class StatusChange(_message.Message):
    __slots__ = ("status", "time")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    status: MessageStatus
    time: _timestamp_pb2.Timestamp
    def __init__(self, status: _Optional[_Union[MessageStatus, str]] = ..., time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MessageLog(_message.Message):
    __slots__ = ("id", "user_id", "kind", "template", "content", "channel", "segment", "status", "history", "notification_id", "send_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    SEGMENT_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    HISTORY_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATION_ID_FIELD_NUMBER: _ClassVar[int]
    SEND_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    user_id: str
    kind: MessageKind
    template: str
    content: str
    channel: str
    segment: Segment
    status: MessageStatus
    history: _containers.RepeatedCompositeFieldContainer[StatusChange]
    notification_id: str
    send_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., user_id: _Optional[str] = ..., kind: _Optional[_Union[MessageKind, str]] = ..., template: _Optional[str] = ..., content: _Optional[str] = ..., channel: _Optional[str] = ..., segment: _Optional[_Union[Segment, str]] = ..., status: _Optional[_Union[MessageStatus, str]] = ..., history: _Optional[_Iterable[_Union[StatusChange, _Mapping]]] = ..., notification_id: _Optional[str] = ..., send_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListMessageLogsRequest(_message.Message):
    __slots__ = ("user_id", "kind", "status", "template", "start_time", "end_time", "page_size", "page_token")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    kind: MessageKind
    status: MessageStatus
    template: str
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    page_size: int
    page_token: str
    def __init__(self, user_id: _Optional[str] = ..., kind: _Optional[_Union[MessageKind, str]] = ..., status: _Optional[_Union[MessageStatus, str]] = ..., template: _Optional[str] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListMessageLogsResponse(_message.Message):
    __slots__ = ("messages", "next_page_token")
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[MessageLog]
    next_page_token: str
    def __init__(self, messages: _Optional[_Iterable[_Union[MessageLog, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateMessageStatusRequest(_message.Message):
    __slots__ = ("message_id", "status")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    status: MessageStatus
    def __init__(self, message_id: _Optional[str] = ..., status: _Optional[_Union[MessageStatus, str]] = ...) -> None: ...

class UpdateMessageStatusResponse(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: MessageLog
    def __init__(self, message: _Optional[_Union[MessageLog, _Mapping]] = ...) -> None: ...

class RunEngagementRequest(_message.Message):
    __slots__ = ("dry_run",)
    DRY_RUN_FIELD_NUMBER: _ClassVar[int]
    dry_run: bool
    def __init__(self, dry_run: _Optional[bool] = ...) -> None: ...

class Decision(_message.Message):
    __slots__ = ("user_id", "send", "reason", "segment", "template", "content", "message_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    SEND_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    SEGMENT_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    send: bool
    reason: str
    segment: Segment
    template: str
    content: str
    message_id: str
    def __init__(self, user_id: _Optional[str] = ..., send: _Optional[bool] = ..., reason: _Optional[str] = ..., segment: _Optional[_Union[Segment, str]] = ..., template: _Optional[str] = ..., content: _Optional[str] = ..., message_id: _Optional[str] = ...) -> None: ...

class RunEngagementResponse(_message.Message):
    __slots__ = ("candidates", "sent", "skipped", "skipped_by_reason", "decisions", "dry_run")
    class SkippedByReasonEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: int
        def __init__(self, key: _Optional[str] = ..., value: _Optional[int] = ...) -> None: ...
    CANDIDATES_FIELD_NUMBER: _ClassVar[int]
    SENT_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_BY_REASON_FIELD_NUMBER: _ClassVar[int]
    DECISIONS_FIELD_NUMBER: _ClassVar[int]
    DRY_RUN_FIELD_NUMBER: _ClassVar[int]
    candidates: int
    sent: int
    skipped: int
    skipped_by_reason: _containers.ScalarMap[str, int]
    decisions: _containers.RepeatedCompositeFieldContainer[Decision]
    dry_run: bool
    def __init__(self, candidates: _Optional[int] = ..., sent: _Optional[int] = ..., skipped: _Optional[int] = ..., skipped_by_reason: _Optional[_Mapping[str, int]] = ..., decisions: _Optional[_Iterable[_Union[Decision, _Mapping]]] = ..., dry_run: _Optional[bool] = ...) -> None: ...

class GetEngagementMetricsRequest(_message.Message):
    __slots__ = ("start_time", "end_time", "kind")
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    kind: MessageKind
    def __init__(self, start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., kind: _Optional[_Union[MessageKind, str]] = ...) -> None: ...

class MetricsRow(_message.Message):
    __slots__ = ("segment", "template", "sent", "delivered", "clicked", "delivery_rate", "click_rate")
    SEGMENT_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    SENT_FIELD_NUMBER: _ClassVar[int]
    DELIVERED_FIELD_NUMBER: _ClassVar[int]
    CLICKED_FIELD_NUMBER: _ClassVar[int]
    DELIVERY_RATE_FIELD_NUMBER: _ClassVar[int]
    CLICK_RATE_FIELD_NUMBER: _ClassVar[int]
    segment: Segment
    template: str
    sent: int
    delivered: int
    clicked: int
    delivery_rate: float
    click_rate: float
    def __init__(self, segment: _Optional[_Union[Segment, str]] = ..., template: _Optional[str] = ..., sent: _Optional[int] = ..., delivered: _Optional[int] = ..., clicked: _Optional[int] = ..., delivery_rate: _Optional[float] = ..., click_rate: _Optional[float] = ...) -> None: ...

class GetEngagementMetricsResponse(_message.Message):
    __slots__ = ("rows", "total", "start_time", "end_time")
    ROWS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[MetricsRow]
    total: MetricsRow
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, rows: _Optional[_Iterable[_Union[MetricsRow, _Mapping]]] = ..., total: _Optional[_Union[MetricsRow, _Mapping]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SendUtilityRequest(_message.Message):
    __slots__ = ("user_id", "kind", "data", "dedupe_key")
    class DataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    DEDUPE_KEY_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    kind: str
    data: _containers.ScalarMap[str, str]
    dedupe_key: str
    def __init__(self, user_id: _Optional[str] = ..., kind: _Optional[str] = ..., data: _Optional[_Mapping[str, str]] = ..., dedupe_key: _Optional[str] = ...) -> None: ...

class SendUtilityResponse(_message.Message):
    __slots__ = ("message", "sent")
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SENT_FIELD_NUMBER: _ClassVar[int]
    message: MessageLog
    sent: bool
    def __init__(self, message: _Optional[_Union[MessageLog, _Mapping]] = ..., sent: _Optional[bool] = ...) -> None: ...
