import datetime

from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from kith.apps.v1 import apps_pb2 as _apps_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TopAppsOrder(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TOP_APPS_ORDER_UNSPECIFIED: _ClassVar[TopAppsOrder]
    TOP_APPS_ORDER_TIME: _ClassVar[TopAppsOrder]
    TOP_APPS_ORDER_LAUNCHES: _ClassVar[TopAppsOrder]

class PatternKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PATTERN_KIND_UNSPECIFIED: _ClassVar[PatternKind]
    PATTERN_KIND_BINGE_USAGE: _ClassVar[PatternKind]
    PATTERN_KIND_NIGHT_OWL: _ClassVar[PatternKind]
    PATTERN_KIND_MORNING_PERSON: _ClassVar[PatternKind]
    PATTERN_KIND_WEEKEND_WARRIOR: _ClassVar[PatternKind]
    PATTERN_KIND_DISTRACTED: _ClassVar[PatternKind]
    PATTERN_KIND_DOOM_SCROLLING: _ClassVar[PatternKind]
    PATTERN_KIND_PHANTOM_VIBRATION: _ClassVar[PatternKind]
    PATTERN_KIND_APP_SWITCHING: _ClassVar[PatternKind]
    PATTERN_KIND_NOTIFICATION_ADDICTION: _ClassVar[PatternKind]

class GoalKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GOAL_KIND_UNSPECIFIED: _ClassVar[GoalKind]
    GOAL_KIND_DAILY_SCREEN_TIME: _ClassVar[GoalKind]
    GOAL_KIND_APP_LIMIT: _ClassVar[GoalKind]
    GOAL_KIND_CATEGORY_LIMIT: _ClassVar[GoalKind]
    GOAL_KIND_UNLOCKS: _ClassVar[GoalKind]

class GoalPeriod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GOAL_PERIOD_UNSPECIFIED: _ClassVar[GoalPeriod]
    GOAL_PERIOD_DAILY: _ClassVar[GoalPeriod]
    GOAL_PERIOD_WEEKLY: _ClassVar[GoalPeriod]
TOP_APPS_ORDER_UNSPECIFIED: TopAppsOrder
TOP_APPS_ORDER_TIME: TopAppsOrder
TOP_APPS_ORDER_LAUNCHES: TopAppsOrder
PATTERN_KIND_UNSPECIFIED: PatternKind
PATTERN_KIND_BINGE_USAGE: PatternKind
PATTERN_KIND_NIGHT_OWL: PatternKind
PATTERN_KIND_MORNING_PERSON: PatternKind
PATTERN_KIND_WEEKEND_WARRIOR: PatternKind
PATTERN_KIND_DISTRACTED: PatternKind
PATTERN_KIND_DOOM_SCROLLING: PatternKind
PATTERN_KIND_PHANTOM_VIBRATION: PatternKind
PATTERN_KIND_APP_SWITCHING: PatternKind
PATTERN_KIND_NOTIFICATION_ADDICTION: PatternKind
GOAL_KIND_UNSPECIFIED: GoalKind
GOAL_KIND_DAILY_SCREEN_TIME: GoalKind
GOAL_KIND_APP_LIMIT: GoalKind
GOAL_KIND_CATEGORY_LIMIT: GoalKind
GOAL_KIND_UNLOCKS: GoalKind
GOAL_PERIOD_UNSPECIFIED: GoalPeriod
GOAL_PERIOD_DAILY: GoalPeriod
GOAL_PERIOD_WEEKLY: GoalPeriod

class DailyDeviceUsage(_message.Message):
    __slots__ = ("device_id", "day", "screen_time_ms", "unlocks", "pickups", "notifications", "first_pickup_time")
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    SCREEN_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    UNLOCKS_FIELD_NUMBER: _ClassVar[int]
    PICKUPS_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    FIRST_PICKUP_TIME_FIELD_NUMBER: _ClassVar[int]
    device_id: str
    day: str
    screen_time_ms: int
    unlocks: int
    pickups: int
    notifications: int
    first_pickup_time: str
    def __init__(self, device_id: _Optional[str] = ..., day: _Optional[str] = ..., screen_time_ms: _Optional[int] = ..., unlocks: _Optional[int] = ..., pickups: _Optional[int] = ..., notifications: _Optional[int] = ..., first_pickup_time: _Optional[str] = ...) -> None: ...

class AppSession(_message.Message):
    __slots__ = ("device_id", "bundle_id", "app_name", "category", "start_time", "duration_ms", "launches", "notifications")
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    BUNDLE_ID_FIELD_NUMBER: _ClassVar[int]
    APP_NAME_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    LAUNCHES_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    device_id: str
    bundle_id: str
    app_name: str
    category: _apps_pb2.AppCategory
    start_time: _timestamp_pb2.Timestamp
    duration_ms: int
    launches: int
    notifications: int
    def __init__(self, device_id: _Optional[str] = ..., bundle_id: _Optional[str] = ..., app_name: _Optional[str] = ..., category: _Optional[_Union[_apps_pb2.AppCategory, str]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., duration_ms: _Optional[int] = ..., launches: _Optional[int] = ..., notifications: _Optional[int] = ...) -> None: ...

class UsageRecord(_message.Message):
    __slots__ = ("daily", "session")
    DAILY_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    daily: DailyDeviceUsage
    session: AppSession
    def __init__(self, daily: _Optional[_Union[DailyDeviceUsage, _Mapping]] = ..., session: _Optional[_Union[AppSession, _Mapping]] = ...) -> None: ...

class UploadUsageRequest(_message.Message):
    __slots__ = ("upload_id", "batch_index", "records")
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    BATCH_INDEX_FIELD_NUMBER: _ClassVar[int]
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    upload_id: str
    batch_index: int
    records: _containers.RepeatedCompositeFieldContainer[UsageRecord]
    def __init__(self, upload_id: _Optional[str] = ..., batch_index: _Optional[int] = ..., records: _Optional[_Iterable[_Union[UsageRecord, _Mapping]]] = ...) -> None: ...

class RejectedRecord(_message.Message):
    __slots__ = ("batch_index", "record_index", "field", "reason")
    BATCH_INDEX_FIELD_NUMBER: _ClassVar[int]
    RECORD_INDEX_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    batch_index: int
    record_index: int
    field: str
    reason: str
    def __init__(self, batch_index: _Optional[int] = ..., record_index: _Optional[int] = ..., field: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class UsageCounts(_message.Message):
    __slots__ = ("received", "inserted", "updated", "unchanged", "rejected")
    RECEIVED_FIELD_NUMBER: _ClassVar[int]
    INSERTED_FIELD_NUMBER: _ClassVar[int]
    UPDATED_FIELD_NUMBER: _ClassVar[int]
    UNCHANGED_FIELD_NUMBER: _ClassVar[int]
    REJECTED_FIELD_NUMBER: _ClassVar[int]
    received: int
    inserted: int
    updated: int
    unchanged: int
    rejected: int
    def __init__(self, received: _Optional[int] = ..., inserted: _Optional[int] = ..., updated: _Optional[int] = ..., unchanged: _Optional[int] = ..., rejected: _Optional[int] = ...) -> None: ...

class UploadUsageResponse(_message.Message):
    __slots__ = ("upload_id", "counts", "rejections", "last_batch_index", "skipped_batches", "new_apps")
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    COUNTS_FIELD_NUMBER: _ClassVar[int]
    REJECTIONS_FIELD_NUMBER: _ClassVar[int]
    LAST_BATCH_INDEX_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_BATCHES_FIELD_NUMBER: _ClassVar[int]
    NEW_APPS_FIELD_NUMBER: _ClassVar[int]
    upload_id: str
    counts: UsageCounts
    rejections: _containers.RepeatedCompositeFieldContainer[RejectedRecord]
    last_batch_index: int
    skipped_batches: int
    new_apps: int
    def __init__(self, upload_id: _Optional[str] = ..., counts: _Optional[_Union[UsageCounts, _Mapping]] = ..., rejections: _Optional[_Iterable[_Union[RejectedRecord, _Mapping]]] = ..., last_batch_index: _Optional[int] = ..., skipped_batches: _Optional[int] = ..., new_apps: _Optional[int] = ...) -> None: ...

class GetUploadStatusRequest(_message.Message):
    __slots__ = ("upload_id",)
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    upload_id: str
    def __init__(self, upload_id: _Optional[str] = ...) -> None: ...

class GetUploadStatusResponse(_message.Message):
    __slots__ = ("upload_id", "last_batch_index", "counts", "update_time")
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_BATCH_INDEX_FIELD_NUMBER: _ClassVar[int]
    COUNTS_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    upload_id: str
    last_batch_index: int
    counts: UsageCounts
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, upload_id: _Optional[str] = ..., last_batch_index: _Optional[int] = ..., counts: _Optional[_Union[UsageCounts, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BatchCreateUsageRequest(_message.Message):
    __slots__ = ("records",)
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    records: _containers.RepeatedCompositeFieldContainer[UsageRecord]
    def __init__(self, records: _Optional[_Iterable[_Union[UsageRecord, _Mapping]]] = ...) -> None: ...

class BatchCreateUsageResponse(_message.Message):
    __slots__ = ("counts", "rejections")
    COUNTS_FIELD_NUMBER: _ClassVar[int]
    REJECTIONS_FIELD_NUMBER: _ClassVar[int]
    counts: UsageCounts
    rejections: _containers.RepeatedCompositeFieldContainer[RejectedRecord]
    def __init__(self, counts: _Optional[_Union[UsageCounts, _Mapping]] = ..., rejections: _Optional[_Iterable[_Union[RejectedRecord, _Mapping]]] = ...) -> None: ...

class RecordUsageRequest(_message.Message):
    __slots__ = ("record",)
    RECORD_FIELD_NUMBER: _ClassVar[int]
    record: UsageRecord
    def __init__(self, record: _Optional[_Union[UsageRecord, _Mapping]] = ...) -> None: ...

class RecordUsageResponse(_message.Message):
    __slots__ = ("counts",)
    COUNTS_FIELD_NUMBER: _ClassVar[int]
    counts: UsageCounts
    def __init__(self, counts: _Optional[_Union[UsageCounts, _Mapping]] = ...) -> None: ...

class DayRange(_message.Message):
    __slots__ = ("start_day", "end_day")
    START_DAY_FIELD_NUMBER: _ClassVar[int]
    END_DAY_FIELD_NUMBER: _ClassVar[int]
    start_day: str
    end_day: str
    def __init__(self, start_day: _Optional[str] = ..., end_day: _Optional[str] = ...) -> None: ...

class StoredAppSession(_message.Message):
    __slots__ = ("device_id", "app", "start_time", "duration_ms", "launches", "notifications")
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    APP_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    DURATION_MS_FIELD_NUMBER: _ClassVar[int]
    LAUNCHES_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    device_id: str
    app: _apps_pb2.App
    start_time: _timestamp_pb2.Timestamp
    duration_ms: int
    launches: int
    notifications: int
    def __init__(self, device_id: _Optional[str] = ..., app: _Optional[_Union[_apps_pb2.App, _Mapping]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., duration_ms: _Optional[int] = ..., launches: _Optional[int] = ..., notifications: _Optional[int] = ...) -> None: ...

class ListUsageRequest(_message.Message):
    __slots__ = ("range", "device_id", "bundle_id", "page_size", "page_token")
    RANGE_FIELD_NUMBER: _ClassVar[int]
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    BUNDLE_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    range: DayRange
    device_id: str
    bundle_id: str
    page_size: int
    page_token: str
    def __init__(self, range: _Optional[_Union[DayRange, _Mapping]] = ..., device_id: _Optional[str] = ..., bundle_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListUsageResponse(_message.Message):
    __slots__ = ("sessions", "next_page_token")
    SESSIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    sessions: _containers.RepeatedCompositeFieldContainer[StoredAppSession]
    next_page_token: str
    def __init__(self, sessions: _Optional[_Iterable[_Union[StoredAppSession, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListDailyUsageRequest(_message.Message):
    __slots__ = ("range", "device_id", "page_size", "page_token")
    RANGE_FIELD_NUMBER: _ClassVar[int]
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    range: DayRange
    device_id: str
    page_size: int
    page_token: str
    def __init__(self, range: _Optional[_Union[DayRange, _Mapping]] = ..., device_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListDailyUsageResponse(_message.Message):
    __slots__ = ("days", "next_page_token")
    DAYS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    days: _containers.RepeatedCompositeFieldContainer[DailyDeviceUsage]
    next_page_token: str
    def __init__(self, days: _Optional[_Iterable[_Union[DailyDeviceUsage, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class DayTotal(_message.Message):
    __slots__ = ("day", "screen_time_ms", "unlocks", "pickups", "notifications", "app_time_ms")
    DAY_FIELD_NUMBER: _ClassVar[int]
    SCREEN_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    UNLOCKS_FIELD_NUMBER: _ClassVar[int]
    PICKUPS_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    APP_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    day: str
    screen_time_ms: int
    unlocks: int
    pickups: int
    notifications: int
    app_time_ms: int
    def __init__(self, day: _Optional[str] = ..., screen_time_ms: _Optional[int] = ..., unlocks: _Optional[int] = ..., pickups: _Optional[int] = ..., notifications: _Optional[int] = ..., app_time_ms: _Optional[int] = ...) -> None: ...

class CategoryTotal(_message.Message):
    __slots__ = ("category", "app_time_ms", "launches")
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    APP_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    LAUNCHES_FIELD_NUMBER: _ClassVar[int]
    category: _apps_pb2.AppCategory
    app_time_ms: int
    launches: int
    def __init__(self, category: _Optional[_Union[_apps_pb2.AppCategory, str]] = ..., app_time_ms: _Optional[int] = ..., launches: _Optional[int] = ...) -> None: ...

class UsageTotals(_message.Message):
    __slots__ = ("screen_time_ms", "unlocks", "pickups", "notifications", "app_time_ms")
    SCREEN_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    UNLOCKS_FIELD_NUMBER: _ClassVar[int]
    PICKUPS_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    APP_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    screen_time_ms: int
    unlocks: int
    pickups: int
    notifications: int
    app_time_ms: int
    def __init__(self, screen_time_ms: _Optional[int] = ..., unlocks: _Optional[int] = ..., pickups: _Optional[int] = ..., notifications: _Optional[int] = ..., app_time_ms: _Optional[int] = ...) -> None: ...

class GetUsageSummaryRequest(_message.Message):
    __slots__ = ("range", "device_id")
    RANGE_FIELD_NUMBER: _ClassVar[int]
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    range: DayRange
    device_id: str
    def __init__(self, range: _Optional[_Union[DayRange, _Mapping]] = ..., device_id: _Optional[str] = ...) -> None: ...

class GetUsageSummaryResponse(_message.Message):
    __slots__ = ("days", "categories", "totals", "previous_totals", "screen_time_change_percent")
    DAYS_FIELD_NUMBER: _ClassVar[int]
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    TOTALS_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_TOTALS_FIELD_NUMBER: _ClassVar[int]
    SCREEN_TIME_CHANGE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    days: _containers.RepeatedCompositeFieldContainer[DayTotal]
    categories: _containers.RepeatedCompositeFieldContainer[CategoryTotal]
    totals: UsageTotals
    previous_totals: UsageTotals
    screen_time_change_percent: float
    def __init__(self, days: _Optional[_Iterable[_Union[DayTotal, _Mapping]]] = ..., categories: _Optional[_Iterable[_Union[CategoryTotal, _Mapping]]] = ..., totals: _Optional[_Union[UsageTotals, _Mapping]] = ..., previous_totals: _Optional[_Union[UsageTotals, _Mapping]] = ..., screen_time_change_percent: _Optional[float] = ...) -> None: ...

class TopApp(_message.Message):
    __slots__ = ("app", "app_time_ms", "launches", "sessions")
    APP_FIELD_NUMBER: _ClassVar[int]
    APP_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    LAUNCHES_FIELD_NUMBER: _ClassVar[int]
    SESSIONS_FIELD_NUMBER: _ClassVar[int]
    app: _apps_pb2.App
    app_time_ms: int
    launches: int
    sessions: int
    def __init__(self, app: _Optional[_Union[_apps_pb2.App, _Mapping]] = ..., app_time_ms: _Optional[int] = ..., launches: _Optional[int] = ..., sessions: _Optional[int] = ...) -> None: ...

class ListTopAppsRequest(_message.Message):
    __slots__ = ("range", "order", "limit", "device_id")
    RANGE_FIELD_NUMBER: _ClassVar[int]
    ORDER_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    range: DayRange
    order: TopAppsOrder
    limit: int
    device_id: str
    def __init__(self, range: _Optional[_Union[DayRange, _Mapping]] = ..., order: _Optional[_Union[TopAppsOrder, str]] = ..., limit: _Optional[int] = ..., device_id: _Optional[str] = ...) -> None: ...

class ListTopAppsResponse(_message.Message):
    __slots__ = ("apps",)
    APPS_FIELD_NUMBER: _ClassVar[int]
    apps: _containers.RepeatedCompositeFieldContainer[TopApp]
    def __init__(self, apps: _Optional[_Iterable[_Union[TopApp, _Mapping]]] = ...) -> None: ...

class Pattern(_message.Message):
    __slots__ = ("id", "kind", "severity", "confidence", "detected_at", "resolved_at", "metadata")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    DETECTED_AT_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_AT_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    id: str
    kind: PatternKind
    severity: float
    confidence: float
    detected_at: _timestamp_pb2.Timestamp
    resolved_at: _timestamp_pb2.Timestamp
    metadata: _containers.ScalarMap[str, str]
    def __init__(self, id: _Optional[str] = ..., kind: _Optional[_Union[PatternKind, str]] = ..., severity: _Optional[float] = ..., confidence: _Optional[float] = ..., detected_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., resolved_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class ListPatternsRequest(_message.Message):
    __slots__ = ("kind", "include_resolved", "page_size", "page_token")
    KIND_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_RESOLVED_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    kind: PatternKind
    include_resolved: bool
    page_size: int
    page_token: str
    def __init__(self, kind: _Optional[_Union[PatternKind, str]] = ..., include_resolved: _Optional[bool] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListPatternsResponse(_message.Message):
    __slots__ = ("patterns", "next_page_token")
    PATTERNS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    patterns: _containers.RepeatedCompositeFieldContainer[Pattern]
    next_page_token: str
    def __init__(self, patterns: _Optional[_Iterable[_Union[Pattern, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ResolvePatternRequest(_message.Message):
    __slots__ = ("pattern_id",)
    PATTERN_ID_FIELD_NUMBER: _ClassVar[int]
    pattern_id: str
    def __init__(self, pattern_id: _Optional[str] = ...) -> None: ...

class ResolvePatternResponse(_message.Message):
    __slots__ = ("pattern",)
    PATTERN_FIELD_NUMBER: _ClassVar[int]
    pattern: Pattern
    def __init__(self, pattern: _Optional[_Union[Pattern, _Mapping]] = ...) -> None: ...

class DetectPatternsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DetectPatternsResponse(_message.Message):
    __slots__ = ("job_id",)
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    def __init__(self, job_id: _Optional[str] = ...) -> None: ...

class Goal(_message.Message):
    __slots__ = ("id", "kind", "target", "period", "bundle_id", "category", "is_active", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    BUNDLE_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    IS_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    kind: GoalKind
    target: int
    period: GoalPeriod
    bundle_id: str
    category: _apps_pb2.AppCategory
    is_active: bool
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., kind: _Optional[_Union[GoalKind, str]] = ..., target: _Optional[int] = ..., period: _Optional[_Union[GoalPeriod, str]] = ..., bundle_id: _Optional[str] = ..., category: _Optional[_Union[_apps_pb2.AppCategory, str]] = ..., is_active: _Optional[bool] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateGoalRequest(_message.Message):
    __slots__ = ("goal", "request_id")
    GOAL_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    goal: Goal
    request_id: str
    def __init__(self, goal: _Optional[_Union[Goal, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateGoalResponse(_message.Message):
    __slots__ = ("goal",)
    GOAL_FIELD_NUMBER: _ClassVar[int]
    goal: Goal
    def __init__(self, goal: _Optional[_Union[Goal, _Mapping]] = ...) -> None: ...

class GetGoalRequest(_message.Message):
    __slots__ = ("goal_id",)
    GOAL_ID_FIELD_NUMBER: _ClassVar[int]
    goal_id: str
    def __init__(self, goal_id: _Optional[str] = ...) -> None: ...

class GetGoalResponse(_message.Message):
    __slots__ = ("goal",)
    GOAL_FIELD_NUMBER: _ClassVar[int]
    goal: Goal
    def __init__(self, goal: _Optional[_Union[Goal, _Mapping]] = ...) -> None: ...

class ListGoalsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "is_active")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    IS_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    is_active: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., is_active: _Optional[bool] = ...) -> None: ...

class ListGoalsResponse(_message.Message):
    __slots__ = ("goals", "next_page_token")
    GOALS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    goals: _containers.RepeatedCompositeFieldContainer[Goal]
    next_page_token: str
    def __init__(self, goals: _Optional[_Iterable[_Union[Goal, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateGoalRequest(_message.Message):
    __slots__ = ("goal", "update_mask")
    GOAL_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    goal: Goal
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, goal: _Optional[_Union[Goal, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateGoalResponse(_message.Message):
    __slots__ = ("goal",)
    GOAL_FIELD_NUMBER: _ClassVar[int]
    goal: Goal
    def __init__(self, goal: _Optional[_Union[Goal, _Mapping]] = ...) -> None: ...

class DeleteGoalRequest(_message.Message):
    __slots__ = ("goal_id",)
    GOAL_ID_FIELD_NUMBER: _ClassVar[int]
    goal_id: str
    def __init__(self, goal_id: _Optional[str] = ...) -> None: ...

class DeleteGoalResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GoalPeriodProgress(_message.Message):
    __slots__ = ("start_day", "end_day", "actual", "target", "ratio", "achieved")
    START_DAY_FIELD_NUMBER: _ClassVar[int]
    END_DAY_FIELD_NUMBER: _ClassVar[int]
    ACTUAL_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    RATIO_FIELD_NUMBER: _ClassVar[int]
    ACHIEVED_FIELD_NUMBER: _ClassVar[int]
    start_day: str
    end_day: str
    actual: int
    target: int
    ratio: float
    achieved: bool
    def __init__(self, start_day: _Optional[str] = ..., end_day: _Optional[str] = ..., actual: _Optional[int] = ..., target: _Optional[int] = ..., ratio: _Optional[float] = ..., achieved: _Optional[bool] = ...) -> None: ...

class GetGoalProgressRequest(_message.Message):
    __slots__ = ("goal_id", "history_periods")
    GOAL_ID_FIELD_NUMBER: _ClassVar[int]
    HISTORY_PERIODS_FIELD_NUMBER: _ClassVar[int]
    goal_id: str
    history_periods: int
    def __init__(self, goal_id: _Optional[str] = ..., history_periods: _Optional[int] = ...) -> None: ...

class GetGoalProgressResponse(_message.Message):
    __slots__ = ("goal", "current", "history", "streak")
    GOAL_FIELD_NUMBER: _ClassVar[int]
    CURRENT_FIELD_NUMBER: _ClassVar[int]
    HISTORY_FIELD_NUMBER: _ClassVar[int]
    STREAK_FIELD_NUMBER: _ClassVar[int]
    goal: Goal
    current: GoalPeriodProgress
    history: _containers.RepeatedCompositeFieldContainer[GoalPeriodProgress]
    streak: int
    def __init__(self, goal: _Optional[_Union[Goal, _Mapping]] = ..., current: _Optional[_Union[GoalPeriodProgress, _Mapping]] = ..., history: _Optional[_Iterable[_Union[GoalPeriodProgress, _Mapping]]] = ..., streak: _Optional[int] = ...) -> None: ...
