from kith.apps.v1 import apps_pb2 as _apps_pb2
from kith.conversations.v1 import conversations_pb2 as _conversations_pb2
from kith.usage.v1 import usage_pb2 as _usage_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WellnessComponentKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WELLNESS_COMPONENT_KIND_UNSPECIFIED: _ClassVar[WellnessComponentKind]
    WELLNESS_COMPONENT_KIND_SCREEN_TIME: _ClassVar[WellnessComponentKind]
    WELLNESS_COMPONENT_KIND_NIGHT_TIME: _ClassVar[WellnessComponentKind]
    WELLNESS_COMPONENT_KIND_PICKUPS: _ClassVar[WellnessComponentKind]
    WELLNESS_COMPONENT_KIND_PATTERNS: _ClassVar[WellnessComponentKind]
    WELLNESS_COMPONENT_KIND_GOALS: _ClassVar[WellnessComponentKind]
WELLNESS_COMPONENT_KIND_UNSPECIFIED: WellnessComponentKind
WELLNESS_COMPONENT_KIND_SCREEN_TIME: WellnessComponentKind
WELLNESS_COMPONENT_KIND_NIGHT_TIME: WellnessComponentKind
WELLNESS_COMPONENT_KIND_PICKUPS: WellnessComponentKind
WELLNESS_COMPONENT_KIND_PATTERNS: WellnessComponentKind
WELLNESS_COMPONENT_KIND_GOALS: WellnessComponentKind

class AppTime(_message.Message):
    __slots__ = ("app", "time_ms", "launches")
    APP_FIELD_NUMBER: _ClassVar[int]
    TIME_MS_FIELD_NUMBER: _ClassVar[int]
    LAUNCHES_FIELD_NUMBER: _ClassVar[int]
    app: _apps_pb2.App
    time_ms: int
    launches: int
    def __init__(self, app: _Optional[_Union[_apps_pb2.App, _Mapping]] = ..., time_ms: _Optional[int] = ..., launches: _Optional[int] = ...) -> None: ...

class CategoryTime(_message.Message):
    __slots__ = ("category", "time_ms")
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    TIME_MS_FIELD_NUMBER: _ClassVar[int]
    category: _apps_pb2.AppCategory
    time_ms: int
    def __init__(self, category: _Optional[_Union[_apps_pb2.AppCategory, str]] = ..., time_ms: _Optional[int] = ...) -> None: ...

class Stats(_message.Message):
    __slots__ = ("day", "window_start_day", "window_end_day", "days_with_usage", "today_screen_time_ms", "today_unlocks", "today_pickups", "today_notifications", "today_app_time_ms", "average_daily_screen_time_ms", "average_daily_unlocks", "average_daily_pickups", "average_daily_notifications", "average_daily_sessions", "total_screen_time_ms", "total_app_time_ms", "top_app", "top_category", "apps_used", "longest_session_ms", "night_time_share", "average_first_pickup_time", "productive_share", "time_wasting_share", "active_devices", "conversations", "favorite_conversations", "favorite_apps", "journals", "active_patterns", "active_goals", "goals_achieved", "current_streak_days", "longest_streak_days", "streak_target_ms", "week_over_week_change_percent", "month_over_month_change_percent", "wellness")
    DAY_FIELD_NUMBER: _ClassVar[int]
    WINDOW_START_DAY_FIELD_NUMBER: _ClassVar[int]
    WINDOW_END_DAY_FIELD_NUMBER: _ClassVar[int]
    DAYS_WITH_USAGE_FIELD_NUMBER: _ClassVar[int]
    TODAY_SCREEN_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    TODAY_UNLOCKS_FIELD_NUMBER: _ClassVar[int]
    TODAY_PICKUPS_FIELD_NUMBER: _ClassVar[int]
    TODAY_NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    TODAY_APP_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_DAILY_SCREEN_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_DAILY_UNLOCKS_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_DAILY_PICKUPS_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_DAILY_NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_DAILY_SESSIONS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SCREEN_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_APP_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    TOP_APP_FIELD_NUMBER: _ClassVar[int]
    TOP_CATEGORY_FIELD_NUMBER: _ClassVar[int]
    APPS_USED_FIELD_NUMBER: _ClassVar[int]
    LONGEST_SESSION_MS_FIELD_NUMBER: _ClassVar[int]
    NIGHT_TIME_SHARE_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_FIRST_PICKUP_TIME_FIELD_NUMBER: _ClassVar[int]
    PRODUCTIVE_SHARE_FIELD_NUMBER: _ClassVar[int]
    TIME_WASTING_SHARE_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_DEVICES_FIELD_NUMBER: _ClassVar[int]
    CONVERSATIONS_FIELD_NUMBER: _ClassVar[int]
    FAVORITE_CONVERSATIONS_FIELD_NUMBER: _ClassVar[int]
    FAVORITE_APPS_FIELD_NUMBER: _ClassVar[int]
    JOURNALS_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_PATTERNS_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_GOALS_FIELD_NUMBER: _ClassVar[int]
    GOALS_ACHIEVED_FIELD_NUMBER: _ClassVar[int]
    CURRENT_STREAK_DAYS_FIELD_NUMBER: _ClassVar[int]
    LONGEST_STREAK_DAYS_FIELD_NUMBER: _ClassVar[int]
    STREAK_TARGET_MS_FIELD_NUMBER: _ClassVar[int]
    WEEK_OVER_WEEK_CHANGE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    MONTH_OVER_MONTH_CHANGE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    WELLNESS_FIELD_NUMBER: _ClassVar[int]
    day: str
    window_start_day: str
    window_end_day: str
    days_with_usage: int
    today_screen_time_ms: int
    today_unlocks: int
    today_pickups: int
    today_notifications: int
    today_app_time_ms: int
    average_daily_screen_time_ms: int
    average_daily_unlocks: float
    average_daily_pickups: float
    average_daily_notifications: float
    average_daily_sessions: float
    total_screen_time_ms: int
    total_app_time_ms: int
    top_app: AppTime
    top_category: CategoryTime
    apps_used: int
    longest_session_ms: int
    night_time_share: float
    average_first_pickup_time: str
    productive_share: float
    time_wasting_share: float
    active_devices: int
    conversations: int
    favorite_conversations: int
    favorite_apps: int
    journals: int
    active_patterns: int
    active_goals: int
    goals_achieved: int
    current_streak_days: int
    longest_streak_days: int
    streak_target_ms: int
    week_over_week_change_percent: float
    month_over_month_change_percent: float
    wellness: WellnessScore
    def __init__(self, day: _Optional[str] = ..., window_start_day: _Optional[str] = ..., window_end_day: _Optional[str] = ..., days_with_usage: _Optional[int] = ..., today_screen_time_ms: _Optional[int] = ..., today_unlocks: _Optional[int] = ..., today_pickups: _Optional[int] = ..., today_notifications: _Optional[int] = ..., today_app_time_ms: _Optional[int] = ..., average_daily_screen_time_ms: _Optional[int] = ..., average_daily_unlocks: _Optional[float] = ..., average_daily_pickups: _Optional[float] = ..., average_daily_notifications: _Optional[float] = ..., average_daily_sessions: _Optional[float] = ..., total_screen_time_ms: _Optional[int] = ..., total_app_time_ms: _Optional[int] = ..., top_app: _Optional[_Union[AppTime, _Mapping]] = ..., top_category: _Optional[_Union[CategoryTime, _Mapping]] = ..., apps_used: _Optional[int] = ..., longest_session_ms: _Optional[int] = ..., night_time_share: _Optional[float] = ..., average_first_pickup_time: _Optional[str] = ..., productive_share: _Optional[float] = ..., time_wasting_share: _Optional[float] = ..., active_devices: _Optional[int] = ..., conversations: _Optional[int] = ..., favorite_conversations: _Optional[int] = ..., favorite_apps: _Optional[int] = ..., journals: _Optional[int] = ..., active_patterns: _Optional[int] = ..., active_goals: _Optional[int] = ..., goals_achieved: _Optional[int] = ..., current_streak_days: _Optional[int] = ..., longest_streak_days: _Optional[int] = ..., streak_target_ms: _Optional[int] = ..., week_over_week_change_percent: _Optional[float] = ..., month_over_month_change_percent: _Optional[float] = ..., wellness: _Optional[_Union[WellnessScore, _Mapping]] = ...) -> None: ...

class GetStatsRequest(_message.Message):
    __slots__ = ("day", "window_days")
    DAY_FIELD_NUMBER: _ClassVar[int]
    WINDOW_DAYS_FIELD_NUMBER: _ClassVar[int]
    day: str
    window_days: int
    def __init__(self, day: _Optional[str] = ..., window_days: _Optional[int] = ...) -> None: ...

class GetStatsResponse(_message.Message):
    __slots__ = ("stats",)
    STATS_FIELD_NUMBER: _ClassVar[int]
    stats: Stats
    def __init__(self, stats: _Optional[_Union[Stats, _Mapping]] = ...) -> None: ...

class WellnessComponent(_message.Message):
    __slots__ = ("kind", "value", "weight", "points", "detail")
    KIND_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    POINTS_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    kind: WellnessComponentKind
    value: float
    weight: float
    points: float
    detail: str
    def __init__(self, kind: _Optional[_Union[WellnessComponentKind, str]] = ..., value: _Optional[float] = ..., weight: _Optional[float] = ..., points: _Optional[float] = ..., detail: _Optional[str] = ...) -> None: ...

class WellnessScore(_message.Message):
    __slots__ = ("score", "components", "start_day", "end_day", "days_with_usage")
    SCORE_FIELD_NUMBER: _ClassVar[int]
    COMPONENTS_FIELD_NUMBER: _ClassVar[int]
    START_DAY_FIELD_NUMBER: _ClassVar[int]
    END_DAY_FIELD_NUMBER: _ClassVar[int]
    DAYS_WITH_USAGE_FIELD_NUMBER: _ClassVar[int]
    score: int
    components: _containers.RepeatedCompositeFieldContainer[WellnessComponent]
    start_day: str
    end_day: str
    days_with_usage: int
    def __init__(self, score: _Optional[int] = ..., components: _Optional[_Iterable[_Union[WellnessComponent, _Mapping]]] = ..., start_day: _Optional[str] = ..., end_day: _Optional[str] = ..., days_with_usage: _Optional[int] = ...) -> None: ...

class GetWellnessScoreRequest(_message.Message):
    __slots__ = ("day",)
    DAY_FIELD_NUMBER: _ClassVar[int]
    day: str
    def __init__(self, day: _Optional[str] = ...) -> None: ...

class GetWellnessScoreResponse(_message.Message):
    __slots__ = ("wellness",)
    WELLNESS_FIELD_NUMBER: _ClassVar[int]
    wellness: WellnessScore
    def __init__(self, wellness: _Optional[_Union[WellnessScore, _Mapping]] = ...) -> None: ...

class PeriodTotals(_message.Message):
    __slots__ = ("start_day", "end_day", "screen_time_ms", "unlocks", "pickups", "notifications", "app_time_ms", "days_with_usage", "average_daily_screen_time_ms")
    START_DAY_FIELD_NUMBER: _ClassVar[int]
    END_DAY_FIELD_NUMBER: _ClassVar[int]
    SCREEN_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    UNLOCKS_FIELD_NUMBER: _ClassVar[int]
    PICKUPS_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    APP_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    DAYS_WITH_USAGE_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_DAILY_SCREEN_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    start_day: str
    end_day: str
    screen_time_ms: int
    unlocks: int
    pickups: int
    notifications: int
    app_time_ms: int
    days_with_usage: int
    average_daily_screen_time_ms: int
    def __init__(self, start_day: _Optional[str] = ..., end_day: _Optional[str] = ..., screen_time_ms: _Optional[int] = ..., unlocks: _Optional[int] = ..., pickups: _Optional[int] = ..., notifications: _Optional[int] = ..., app_time_ms: _Optional[int] = ..., days_with_usage: _Optional[int] = ..., average_daily_screen_time_ms: _Optional[int] = ...) -> None: ...

class Comparison(_message.Message):
    __slots__ = ("current", "previous", "screen_time_change_percent", "unlocks_change_percent", "pickups_change_percent", "notifications_change_percent")
    CURRENT_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_FIELD_NUMBER: _ClassVar[int]
    SCREEN_TIME_CHANGE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    UNLOCKS_CHANGE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    PICKUPS_CHANGE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATIONS_CHANGE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    current: PeriodTotals
    previous: PeriodTotals
    screen_time_change_percent: float
    unlocks_change_percent: float
    pickups_change_percent: float
    notifications_change_percent: float
    def __init__(self, current: _Optional[_Union[PeriodTotals, _Mapping]] = ..., previous: _Optional[_Union[PeriodTotals, _Mapping]] = ..., screen_time_change_percent: _Optional[float] = ..., unlocks_change_percent: _Optional[float] = ..., pickups_change_percent: _Optional[float] = ..., notifications_change_percent: _Optional[float] = ...) -> None: ...

class CompareUsageRequest(_message.Message):
    __slots__ = ("day",)
    DAY_FIELD_NUMBER: _ClassVar[int]
    day: str
    def __init__(self, day: _Optional[str] = ...) -> None: ...

class CompareUsageResponse(_message.Message):
    __slots__ = ("week", "month")
    WEEK_FIELD_NUMBER: _ClassVar[int]
    MONTH_FIELD_NUMBER: _ClassVar[int]
    week: Comparison
    month: Comparison
    def __init__(self, week: _Optional[_Union[Comparison, _Mapping]] = ..., month: _Optional[_Union[Comparison, _Mapping]] = ...) -> None: ...

class WeekApps(_message.Message):
    __slots__ = ("start_day", "end_day", "screen_time_ms", "apps")
    START_DAY_FIELD_NUMBER: _ClassVar[int]
    END_DAY_FIELD_NUMBER: _ClassVar[int]
    SCREEN_TIME_MS_FIELD_NUMBER: _ClassVar[int]
    APPS_FIELD_NUMBER: _ClassVar[int]
    start_day: str
    end_day: str
    screen_time_ms: int
    apps: _containers.RepeatedCompositeFieldContainer[AppTime]
    def __init__(self, start_day: _Optional[str] = ..., end_day: _Optional[str] = ..., screen_time_ms: _Optional[int] = ..., apps: _Optional[_Iterable[_Union[AppTime, _Mapping]]] = ...) -> None: ...

class PatternTrend(_message.Message):
    __slots__ = ("kind", "occurrences", "active", "max_severity")
    KIND_FIELD_NUMBER: _ClassVar[int]
    OCCURRENCES_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    MAX_SEVERITY_FIELD_NUMBER: _ClassVar[int]
    kind: _usage_pb2.PatternKind
    occurrences: int
    active: bool
    max_severity: float
    def __init__(self, kind: _Optional[_Union[_usage_pb2.PatternKind, str]] = ..., occurrences: _Optional[int] = ..., active: _Optional[bool] = ..., max_severity: _Optional[float] = ...) -> None: ...

class TopicCount(_message.Message):
    __slots__ = ("kind", "count")
    KIND_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    kind: _conversations_pb2.ConversationKind
    count: int
    def __init__(self, kind: _Optional[_Union[_conversations_pb2.ConversationKind, str]] = ..., count: _Optional[int] = ...) -> None: ...

class GetTrendsRequest(_message.Message):
    __slots__ = ("day", "weeks")
    DAY_FIELD_NUMBER: _ClassVar[int]
    WEEKS_FIELD_NUMBER: _ClassVar[int]
    day: str
    weeks: int
    def __init__(self, day: _Optional[str] = ..., weeks: _Optional[int] = ...) -> None: ...

class GetTrendsResponse(_message.Message):
    __slots__ = ("weeks", "patterns", "conversation_topics")
    WEEKS_FIELD_NUMBER: _ClassVar[int]
    PATTERNS_FIELD_NUMBER: _ClassVar[int]
    CONVERSATION_TOPICS_FIELD_NUMBER: _ClassVar[int]
    weeks: _containers.RepeatedCompositeFieldContainer[WeekApps]
    patterns: _containers.RepeatedCompositeFieldContainer[PatternTrend]
    conversation_topics: _containers.RepeatedCompositeFieldContainer[TopicCount]
    def __init__(self, weeks: _Optional[_Iterable[_Union[WeekApps, _Mapping]]] = ..., patterns: _Optional[_Iterable[_Union[PatternTrend, _Mapping]]] = ..., conversation_topics: _Optional[_Iterable[_Union[TopicCount, _Mapping]]] = ...) -> None: ...
