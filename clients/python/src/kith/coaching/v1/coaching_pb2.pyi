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

class Theme(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    THEME_UNSPECIFIED: _ClassVar[Theme]
    THEME_FITNESS: _ClassVar[Theme]
    THEME_LEARNING: _ClassVar[Theme]
    THEME_HEALTH: _ClassVar[Theme]
    THEME_CAREER: _ClassVar[Theme]
    THEME_FINANCE: _ClassVar[Theme]
    THEME_MINDFULNESS: _ClassVar[Theme]
    THEME_OTHER: _ClassVar[Theme]

class GoalStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GOAL_STATUS_UNSPECIFIED: _ClassVar[GoalStatus]
    GOAL_STATUS_ACTIVE: _ClassVar[GoalStatus]
    GOAL_STATUS_PAUSED: _ClassVar[GoalStatus]
    GOAL_STATUS_COMPLETED: _ClassVar[GoalStatus]
    GOAL_STATUS_ABANDONED: _ClassVar[GoalStatus]

class PlanStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PLAN_STATUS_UNSPECIFIED: _ClassVar[PlanStatus]
    PLAN_STATUS_PENDING: _ClassVar[PlanStatus]
    PLAN_STATUS_READY: _ClassVar[PlanStatus]
    PLAN_STATUS_FAILED: _ClassVar[PlanStatus]

class SentimentLabel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SENTIMENT_LABEL_UNSPECIFIED: _ClassVar[SentimentLabel]
    SENTIMENT_LABEL_NEGATIVE: _ClassVar[SentimentLabel]
    SENTIMENT_LABEL_NEUTRAL: _ClassVar[SentimentLabel]
    SENTIMENT_LABEL_POSITIVE: _ClassVar[SentimentLabel]

class RiskLevel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RISK_LEVEL_UNSPECIFIED: _ClassVar[RiskLevel]
    RISK_LEVEL_LOW: _ClassVar[RiskLevel]
    RISK_LEVEL_MEDIUM: _ClassVar[RiskLevel]
    RISK_LEVEL_HIGH: _ClassVar[RiskLevel]

class SuggestionStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUGGESTION_STATUS_UNSPECIFIED: _ClassVar[SuggestionStatus]
    SUGGESTION_STATUS_PENDING: _ClassVar[SuggestionStatus]
    SUGGESTION_STATUS_ACCEPTED: _ClassVar[SuggestionStatus]
    SUGGESTION_STATUS_REJECTED: _ClassVar[SuggestionStatus]

class PostAuthor(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    POST_AUTHOR_UNSPECIFIED: _ClassVar[PostAuthor]
    POST_AUTHOR_COACH: _ClassVar[PostAuthor]
    POST_AUTHOR_MENTOR: _ClassVar[PostAuthor]
    POST_AUTHOR_MEMBER: _ClassVar[PostAuthor]
THEME_UNSPECIFIED: Theme
THEME_FITNESS: Theme
THEME_LEARNING: Theme
THEME_HEALTH: Theme
THEME_CAREER: Theme
THEME_FINANCE: Theme
THEME_MINDFULNESS: Theme
THEME_OTHER: Theme
GOAL_STATUS_UNSPECIFIED: GoalStatus
GOAL_STATUS_ACTIVE: GoalStatus
GOAL_STATUS_PAUSED: GoalStatus
GOAL_STATUS_COMPLETED: GoalStatus
GOAL_STATUS_ABANDONED: GoalStatus
PLAN_STATUS_UNSPECIFIED: PlanStatus
PLAN_STATUS_PENDING: PlanStatus
PLAN_STATUS_READY: PlanStatus
PLAN_STATUS_FAILED: PlanStatus
SENTIMENT_LABEL_UNSPECIFIED: SentimentLabel
SENTIMENT_LABEL_NEGATIVE: SentimentLabel
SENTIMENT_LABEL_NEUTRAL: SentimentLabel
SENTIMENT_LABEL_POSITIVE: SentimentLabel
RISK_LEVEL_UNSPECIFIED: RiskLevel
RISK_LEVEL_LOW: RiskLevel
RISK_LEVEL_MEDIUM: RiskLevel
RISK_LEVEL_HIGH: RiskLevel
SUGGESTION_STATUS_UNSPECIFIED: SuggestionStatus
SUGGESTION_STATUS_PENDING: SuggestionStatus
SUGGESTION_STATUS_ACCEPTED: SuggestionStatus
SUGGESTION_STATUS_REJECTED: SuggestionStatus
POST_AUTHOR_UNSPECIFIED: PostAuthor
POST_AUTHOR_COACH: PostAuthor
POST_AUTHOR_MENTOR: PostAuthor
POST_AUTHOR_MEMBER: PostAuthor

class Goal(_message.Message):
    __slots__ = ("id", "title", "description", "theme", "constraints", "minutes_per_week", "status", "target_date", "plan_status", "plan_error", "plan_job_id", "plan_summary", "subgoals", "habits", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    THEME_FIELD_NUMBER: _ClassVar[int]
    CONSTRAINTS_FIELD_NUMBER: _ClassVar[int]
    MINUTES_PER_WEEK_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    TARGET_DATE_FIELD_NUMBER: _ClassVar[int]
    PLAN_STATUS_FIELD_NUMBER: _ClassVar[int]
    PLAN_ERROR_FIELD_NUMBER: _ClassVar[int]
    PLAN_JOB_ID_FIELD_NUMBER: _ClassVar[int]
    PLAN_SUMMARY_FIELD_NUMBER: _ClassVar[int]
    SUBGOALS_FIELD_NUMBER: _ClassVar[int]
    HABITS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    title: str
    description: str
    theme: Theme
    constraints: str
    minutes_per_week: int
    status: GoalStatus
    target_date: str
    plan_status: PlanStatus
    plan_error: str
    plan_job_id: str
    plan_summary: str
    subgoals: _containers.RepeatedCompositeFieldContainer[Subgoal]
    habits: _containers.RepeatedCompositeFieldContainer[Habit]
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., title: _Optional[str] = ..., description: _Optional[str] = ..., theme: _Optional[_Union[Theme, str]] = ..., constraints: _Optional[str] = ..., minutes_per_week: _Optional[int] = ..., status: _Optional[_Union[GoalStatus, str]] = ..., target_date: _Optional[str] = ..., plan_status: _Optional[_Union[PlanStatus, str]] = ..., plan_error: _Optional[str] = ..., plan_job_id: _Optional[str] = ..., plan_summary: _Optional[str] = ..., subgoals: _Optional[_Iterable[_Union[Subgoal, _Mapping]]] = ..., habits: _Optional[_Iterable[_Union[Habit, _Mapping]]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Subgoal(_message.Message):
    __slots__ = ("id", "goal_id", "title", "target_date", "done", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    GOAL_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    TARGET_DATE_FIELD_NUMBER: _ClassVar[int]
    DONE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    goal_id: str
    title: str
    target_date: str
    done: bool
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., goal_id: _Optional[str] = ..., title: _Optional[str] = ..., target_date: _Optional[str] = ..., done: _Optional[bool] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Habit(_message.Message):
    __slots__ = ("id", "goal_id", "title", "weekdays", "target", "unit", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    GOAL_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    WEEKDAYS_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    goal_id: str
    title: str
    weekdays: _containers.RepeatedScalarFieldContainer[int]
    target: int
    unit: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., goal_id: _Optional[str] = ..., title: _Optional[str] = ..., weekdays: _Optional[_Iterable[int]] = ..., target: _Optional[int] = ..., unit: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CheckIn(_message.Message):
    __slots__ = ("id", "habit_id", "goal_id", "day", "completed", "value", "note", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    HABIT_ID_FIELD_NUMBER: _ClassVar[int]
    GOAL_ID_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    habit_id: str
    goal_id: str
    day: str
    completed: bool
    value: float
    note: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., habit_id: _Optional[str] = ..., goal_id: _Optional[str] = ..., day: _Optional[str] = ..., completed: _Optional[bool] = ..., value: _Optional[float] = ..., note: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateGoalRequest(_message.Message):
    __slots__ = ("title", "description", "theme", "constraints", "minutes_per_week", "target_date")
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    THEME_FIELD_NUMBER: _ClassVar[int]
    CONSTRAINTS_FIELD_NUMBER: _ClassVar[int]
    MINUTES_PER_WEEK_FIELD_NUMBER: _ClassVar[int]
    TARGET_DATE_FIELD_NUMBER: _ClassVar[int]
    title: str
    description: str
    theme: Theme
    constraints: str
    minutes_per_week: int
    target_date: str
    def __init__(self, title: _Optional[str] = ..., description: _Optional[str] = ..., theme: _Optional[_Union[Theme, str]] = ..., constraints: _Optional[str] = ..., minutes_per_week: _Optional[int] = ..., target_date: _Optional[str] = ...) -> None: ...

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
    __slots__ = ("status", "page_size", "page_token")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    status: GoalStatus
    page_size: int
    page_token: str
    def __init__(self, status: _Optional[_Union[GoalStatus, str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

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

class CreateHabitRequest(_message.Message):
    __slots__ = ("goal_id", "title", "weekdays", "target", "unit")
    GOAL_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    WEEKDAYS_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    goal_id: str
    title: str
    weekdays: _containers.RepeatedScalarFieldContainer[int]
    target: int
    unit: str
    def __init__(self, goal_id: _Optional[str] = ..., title: _Optional[str] = ..., weekdays: _Optional[_Iterable[int]] = ..., target: _Optional[int] = ..., unit: _Optional[str] = ...) -> None: ...

class CreateHabitResponse(_message.Message):
    __slots__ = ("habit",)
    HABIT_FIELD_NUMBER: _ClassVar[int]
    habit: Habit
    def __init__(self, habit: _Optional[_Union[Habit, _Mapping]] = ...) -> None: ...

class UpdateHabitRequest(_message.Message):
    __slots__ = ("habit", "update_mask")
    HABIT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    habit: Habit
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, habit: _Optional[_Union[Habit, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateHabitResponse(_message.Message):
    __slots__ = ("habit",)
    HABIT_FIELD_NUMBER: _ClassVar[int]
    habit: Habit
    def __init__(self, habit: _Optional[_Union[Habit, _Mapping]] = ...) -> None: ...

class DeleteHabitRequest(_message.Message):
    __slots__ = ("habit_id",)
    HABIT_ID_FIELD_NUMBER: _ClassVar[int]
    habit_id: str
    def __init__(self, habit_id: _Optional[str] = ...) -> None: ...

class DeleteHabitResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CreateSubgoalRequest(_message.Message):
    __slots__ = ("goal_id", "title", "target_date")
    GOAL_ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    TARGET_DATE_FIELD_NUMBER: _ClassVar[int]
    goal_id: str
    title: str
    target_date: str
    def __init__(self, goal_id: _Optional[str] = ..., title: _Optional[str] = ..., target_date: _Optional[str] = ...) -> None: ...

class CreateSubgoalResponse(_message.Message):
    __slots__ = ("subgoal",)
    SUBGOAL_FIELD_NUMBER: _ClassVar[int]
    subgoal: Subgoal
    def __init__(self, subgoal: _Optional[_Union[Subgoal, _Mapping]] = ...) -> None: ...

class UpdateSubgoalRequest(_message.Message):
    __slots__ = ("subgoal", "update_mask")
    SUBGOAL_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    subgoal: Subgoal
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, subgoal: _Optional[_Union[Subgoal, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateSubgoalResponse(_message.Message):
    __slots__ = ("subgoal",)
    SUBGOAL_FIELD_NUMBER: _ClassVar[int]
    subgoal: Subgoal
    def __init__(self, subgoal: _Optional[_Union[Subgoal, _Mapping]] = ...) -> None: ...

class DeleteSubgoalRequest(_message.Message):
    __slots__ = ("subgoal_id",)
    SUBGOAL_ID_FIELD_NUMBER: _ClassVar[int]
    subgoal_id: str
    def __init__(self, subgoal_id: _Optional[str] = ...) -> None: ...

class DeleteSubgoalResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LogCheckInRequest(_message.Message):
    __slots__ = ("habit_id", "day", "completed", "value", "note")
    HABIT_ID_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    habit_id: str
    day: str
    completed: bool
    value: float
    note: str
    def __init__(self, habit_id: _Optional[str] = ..., day: _Optional[str] = ..., completed: _Optional[bool] = ..., value: _Optional[float] = ..., note: _Optional[str] = ...) -> None: ...

class LogCheckInResponse(_message.Message):
    __slots__ = ("check_in", "created")
    CHECK_IN_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    check_in: CheckIn
    created: bool
    def __init__(self, check_in: _Optional[_Union[CheckIn, _Mapping]] = ..., created: _Optional[bool] = ...) -> None: ...

class ListCheckInsRequest(_message.Message):
    __slots__ = ("goal_id", "habit_id", "start_day", "end_day", "page_size", "page_token")
    GOAL_ID_FIELD_NUMBER: _ClassVar[int]
    HABIT_ID_FIELD_NUMBER: _ClassVar[int]
    START_DAY_FIELD_NUMBER: _ClassVar[int]
    END_DAY_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    goal_id: str
    habit_id: str
    start_day: str
    end_day: str
    page_size: int
    page_token: str
    def __init__(self, goal_id: _Optional[str] = ..., habit_id: _Optional[str] = ..., start_day: _Optional[str] = ..., end_day: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListCheckInsResponse(_message.Message):
    __slots__ = ("check_ins", "next_page_token")
    CHECK_INS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    check_ins: _containers.RepeatedCompositeFieldContainer[CheckIn]
    next_page_token: str
    def __init__(self, check_ins: _Optional[_Iterable[_Union[CheckIn, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class JournalEntry(_message.Message):
    __slots__ = ("id", "text", "sentiment", "label", "emotions", "shared", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    SENTIMENT_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    EMOTIONS_FIELD_NUMBER: _ClassVar[int]
    SHARED_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    text: str
    sentiment: float
    label: SentimentLabel
    emotions: _containers.RepeatedScalarFieldContainer[str]
    shared: bool
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., text: _Optional[str] = ..., sentiment: _Optional[float] = ..., label: _Optional[_Union[SentimentLabel, str]] = ..., emotions: _Optional[_Iterable[str]] = ..., shared: _Optional[bool] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateEntryRequest(_message.Message):
    __slots__ = ("text",)
    TEXT_FIELD_NUMBER: _ClassVar[int]
    text: str
    def __init__(self, text: _Optional[str] = ...) -> None: ...

class CreateEntryResponse(_message.Message):
    __slots__ = ("entry",)
    ENTRY_FIELD_NUMBER: _ClassVar[int]
    entry: JournalEntry
    def __init__(self, entry: _Optional[_Union[JournalEntry, _Mapping]] = ...) -> None: ...

class ListEntriesRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListEntriesResponse(_message.Message):
    __slots__ = ("entries", "next_page_token")
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[JournalEntry]
    next_page_token: str
    def __init__(self, entries: _Optional[_Iterable[_Union[JournalEntry, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ShareEntryRequest(_message.Message):
    __slots__ = ("entry_id", "shared")
    ENTRY_ID_FIELD_NUMBER: _ClassVar[int]
    SHARED_FIELD_NUMBER: _ClassVar[int]
    entry_id: str
    shared: bool
    def __init__(self, entry_id: _Optional[str] = ..., shared: _Optional[bool] = ...) -> None: ...

class ShareEntryResponse(_message.Message):
    __slots__ = ("entry",)
    ENTRY_FIELD_NUMBER: _ClassVar[int]
    entry: JournalEntry
    def __init__(self, entry: _Optional[_Union[JournalEntry, _Mapping]] = ...) -> None: ...

class GetSummaryRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class HabitToday(_message.Message):
    __slots__ = ("habit", "goal_title", "due", "done", "streak")
    HABIT_FIELD_NUMBER: _ClassVar[int]
    GOAL_TITLE_FIELD_NUMBER: _ClassVar[int]
    DUE_FIELD_NUMBER: _ClassVar[int]
    DONE_FIELD_NUMBER: _ClassVar[int]
    STREAK_FIELD_NUMBER: _ClassVar[int]
    habit: Habit
    goal_title: str
    due: bool
    done: bool
    streak: int
    def __init__(self, habit: _Optional[_Union[Habit, _Mapping]] = ..., goal_title: _Optional[str] = ..., due: _Optional[bool] = ..., done: _Optional[bool] = ..., streak: _Optional[int] = ...) -> None: ...

class GetSummaryResponse(_message.Message):
    __slots__ = ("day", "active_goals", "completed_goals", "habits", "longest_streak")
    DAY_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_GOALS_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_GOALS_FIELD_NUMBER: _ClassVar[int]
    HABITS_FIELD_NUMBER: _ClassVar[int]
    LONGEST_STREAK_FIELD_NUMBER: _ClassVar[int]
    day: str
    active_goals: int
    completed_goals: int
    habits: _containers.RepeatedCompositeFieldContainer[HabitToday]
    longest_streak: int
    def __init__(self, day: _Optional[str] = ..., active_goals: _Optional[int] = ..., completed_goals: _Optional[int] = ..., habits: _Optional[_Iterable[_Union[HabitToday, _Mapping]]] = ..., longest_streak: _Optional[int] = ...) -> None: ...

class Adherence(_message.Message):
    __slots__ = ("days", "scheduled", "completed", "percent", "has_schedule")
    DAYS_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_FIELD_NUMBER: _ClassVar[int]
    PERCENT_FIELD_NUMBER: _ClassVar[int]
    HAS_SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    days: int
    scheduled: int
    completed: int
    percent: float
    has_schedule: bool
    def __init__(self, days: _Optional[int] = ..., scheduled: _Optional[int] = ..., completed: _Optional[int] = ..., percent: _Optional[float] = ..., has_schedule: _Optional[bool] = ...) -> None: ...

class GetAdherenceRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetAdherenceResponse(_message.Message):
    __slots__ = ("day", "windows")
    DAY_FIELD_NUMBER: _ClassVar[int]
    WINDOWS_FIELD_NUMBER: _ClassVar[int]
    day: str
    windows: _containers.RepeatedCompositeFieldContainer[Adherence]
    def __init__(self, day: _Optional[str] = ..., windows: _Optional[_Iterable[_Union[Adherence, _Mapping]]] = ...) -> None: ...

class GetRiskRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetRiskResponse(_message.Message):
    __slots__ = ("day", "level", "missed", "days_since_last_check_in", "adherence_7")
    DAY_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    MISSED_FIELD_NUMBER: _ClassVar[int]
    DAYS_SINCE_LAST_CHECK_IN_FIELD_NUMBER: _ClassVar[int]
    ADHERENCE_7_FIELD_NUMBER: _ClassVar[int]
    day: str
    level: RiskLevel
    missed: int
    days_since_last_check_in: int
    adherence_7: float
    def __init__(self, day: _Optional[str] = ..., level: _Optional[_Union[RiskLevel, str]] = ..., missed: _Optional[int] = ..., days_since_last_check_in: _Optional[int] = ..., adherence_7: _Optional[float] = ...) -> None: ...

class Member(_message.Message):
    __slots__ = ("user_id", "display_name", "link_time")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    LINK_TIME_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    display_name: str
    link_time: _timestamp_pb2.Timestamp
    def __init__(self, user_id: _Optional[str] = ..., display_name: _Optional[str] = ..., link_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListMembersRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListMembersResponse(_message.Message):
    __slots__ = ("members", "next_page_token")
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[Member]
    next_page_token: str
    def __init__(self, members: _Optional[_Iterable[_Union[Member, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetMemberDashboardRequest(_message.Message):
    __slots__ = ("member_id",)
    MEMBER_ID_FIELD_NUMBER: _ClassVar[int]
    member_id: str
    def __init__(self, member_id: _Optional[str] = ...) -> None: ...

class GetMemberDashboardResponse(_message.Message):
    __slots__ = ("member", "day", "goals", "adherence", "risk", "shared_entries")
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    GOALS_FIELD_NUMBER: _ClassVar[int]
    ADHERENCE_FIELD_NUMBER: _ClassVar[int]
    RISK_FIELD_NUMBER: _ClassVar[int]
    SHARED_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    member: Member
    day: str
    goals: _containers.RepeatedCompositeFieldContainer[Goal]
    adherence: _containers.RepeatedCompositeFieldContainer[Adherence]
    risk: GetRiskResponse
    shared_entries: _containers.RepeatedCompositeFieldContainer[JournalEntry]
    def __init__(self, member: _Optional[_Union[Member, _Mapping]] = ..., day: _Optional[str] = ..., goals: _Optional[_Iterable[_Union[Goal, _Mapping]]] = ..., adherence: _Optional[_Iterable[_Union[Adherence, _Mapping]]] = ..., risk: _Optional[_Union[GetRiskResponse, _Mapping]] = ..., shared_entries: _Optional[_Iterable[_Union[JournalEntry, _Mapping]]] = ...) -> None: ...

class AskAboutMemberRequest(_message.Message):
    __slots__ = ("member_id", "question")
    MEMBER_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_FIELD_NUMBER: _ClassVar[int]
    member_id: str
    question: str
    def __init__(self, member_id: _Optional[str] = ..., question: _Optional[str] = ...) -> None: ...

class AskAboutMemberResponse(_message.Message):
    __slots__ = ("chunk", "interaction")
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    INTERACTION_FIELD_NUMBER: _ClassVar[int]
    chunk: str
    interaction: MentorInteraction
    def __init__(self, chunk: _Optional[str] = ..., interaction: _Optional[_Union[MentorInteraction, _Mapping]] = ...) -> None: ...

class MentorInteraction(_message.Message):
    __slots__ = ("id", "mentor_id", "member_id", "question", "answer", "context", "create_time", "complete")
    ID_FIELD_NUMBER: _ClassVar[int]
    MENTOR_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_ID_FIELD_NUMBER: _ClassVar[int]
    QUESTION_FIELD_NUMBER: _ClassVar[int]
    ANSWER_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    COMPLETE_FIELD_NUMBER: _ClassVar[int]
    id: str
    mentor_id: str
    member_id: str
    question: str
    answer: str
    context: str
    create_time: _timestamp_pb2.Timestamp
    complete: bool
    def __init__(self, id: _Optional[str] = ..., mentor_id: _Optional[str] = ..., member_id: _Optional[str] = ..., question: _Optional[str] = ..., answer: _Optional[str] = ..., context: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., complete: _Optional[bool] = ...) -> None: ...

class ListInteractionsRequest(_message.Message):
    __slots__ = ("member_id", "mentor_id", "page_size", "page_token")
    MEMBER_ID_FIELD_NUMBER: _ClassVar[int]
    MENTOR_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    member_id: str
    mentor_id: str
    page_size: int
    page_token: str
    def __init__(self, member_id: _Optional[str] = ..., mentor_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListInteractionsResponse(_message.Message):
    __slots__ = ("interactions", "next_page_token")
    INTERACTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    interactions: _containers.RepeatedCompositeFieldContainer[MentorInteraction]
    next_page_token: str
    def __init__(self, interactions: _Optional[_Iterable[_Union[MentorInteraction, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class InviteMemberRequest(_message.Message):
    __slots__ = ("email",)
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    email: str
    def __init__(self, email: _Optional[str] = ...) -> None: ...

class InviteMemberResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MentorInvite(_message.Message):
    __slots__ = ("id", "mentor_id", "mentor_name", "create_time", "expire_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    MENTOR_ID_FIELD_NUMBER: _ClassVar[int]
    MENTOR_NAME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    mentor_id: str
    mentor_name: str
    create_time: _timestamp_pb2.Timestamp
    expire_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., mentor_id: _Optional[str] = ..., mentor_name: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListMentorInvitesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListMentorInvitesResponse(_message.Message):
    __slots__ = ("invites",)
    INVITES_FIELD_NUMBER: _ClassVar[int]
    invites: _containers.RepeatedCompositeFieldContainer[MentorInvite]
    def __init__(self, invites: _Optional[_Iterable[_Union[MentorInvite, _Mapping]]] = ...) -> None: ...

class AcceptMentorInviteRequest(_message.Message):
    __slots__ = ("invite_id",)
    INVITE_ID_FIELD_NUMBER: _ClassVar[int]
    invite_id: str
    def __init__(self, invite_id: _Optional[str] = ...) -> None: ...

class AcceptMentorInviteResponse(_message.Message):
    __slots__ = ("mentor",)
    MENTOR_FIELD_NUMBER: _ClassVar[int]
    mentor: Member
    def __init__(self, mentor: _Optional[_Union[Member, _Mapping]] = ...) -> None: ...

class LinkMentorRequest(_message.Message):
    __slots__ = ("mentor_id", "member_id")
    MENTOR_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_ID_FIELD_NUMBER: _ClassVar[int]
    mentor_id: str
    member_id: str
    def __init__(self, mentor_id: _Optional[str] = ..., member_id: _Optional[str] = ...) -> None: ...

class LinkMentorResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UnlinkMentorRequest(_message.Message):
    __slots__ = ("member_id",)
    MEMBER_ID_FIELD_NUMBER: _ClassVar[int]
    member_id: str
    def __init__(self, member_id: _Optional[str] = ...) -> None: ...

class UnlinkMentorResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class HabitTarget(_message.Message):
    __slots__ = ("habit_id", "target")
    HABIT_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    habit_id: str
    target: int
    def __init__(self, habit_id: _Optional[str] = ..., target: _Optional[int] = ...) -> None: ...

class HabitWeekdays(_message.Message):
    __slots__ = ("habit_id", "weekdays")
    HABIT_ID_FIELD_NUMBER: _ClassVar[int]
    WEEKDAYS_FIELD_NUMBER: _ClassVar[int]
    habit_id: str
    weekdays: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, habit_id: _Optional[str] = ..., weekdays: _Optional[_Iterable[int]] = ...) -> None: ...

class PlanChange(_message.Message):
    __slots__ = ("add_habit", "change_target", "change_weekdays", "remove_habit_id")
    ADD_HABIT_FIELD_NUMBER: _ClassVar[int]
    CHANGE_TARGET_FIELD_NUMBER: _ClassVar[int]
    CHANGE_WEEKDAYS_FIELD_NUMBER: _ClassVar[int]
    REMOVE_HABIT_ID_FIELD_NUMBER: _ClassVar[int]
    add_habit: Habit
    change_target: HabitTarget
    change_weekdays: HabitWeekdays
    remove_habit_id: str
    def __init__(self, add_habit: _Optional[_Union[Habit, _Mapping]] = ..., change_target: _Optional[_Union[HabitTarget, _Mapping]] = ..., change_weekdays: _Optional[_Union[HabitWeekdays, _Mapping]] = ..., remove_habit_id: _Optional[str] = ...) -> None: ...

class Suggestion(_message.Message):
    __slots__ = ("id", "goal_id", "change", "rationale", "status", "create_time", "decide_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    GOAL_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    RATIONALE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    DECIDE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    goal_id: str
    change: PlanChange
    rationale: str
    status: SuggestionStatus
    create_time: _timestamp_pb2.Timestamp
    decide_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., goal_id: _Optional[str] = ..., change: _Optional[_Union[PlanChange, _Mapping]] = ..., rationale: _Optional[str] = ..., status: _Optional[_Union[SuggestionStatus, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., decide_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListSuggestionsRequest(_message.Message):
    __slots__ = ("goal_id", "status", "page_size", "page_token")
    GOAL_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    goal_id: str
    status: SuggestionStatus
    page_size: int
    page_token: str
    def __init__(self, goal_id: _Optional[str] = ..., status: _Optional[_Union[SuggestionStatus, str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListSuggestionsResponse(_message.Message):
    __slots__ = ("suggestions", "next_page_token")
    SUGGESTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    suggestions: _containers.RepeatedCompositeFieldContainer[Suggestion]
    next_page_token: str
    def __init__(self, suggestions: _Optional[_Iterable[_Union[Suggestion, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class AcceptSuggestionRequest(_message.Message):
    __slots__ = ("suggestion_id",)
    SUGGESTION_ID_FIELD_NUMBER: _ClassVar[int]
    suggestion_id: str
    def __init__(self, suggestion_id: _Optional[str] = ...) -> None: ...

class AcceptSuggestionResponse(_message.Message):
    __slots__ = ("suggestion", "goal")
    SUGGESTION_FIELD_NUMBER: _ClassVar[int]
    GOAL_FIELD_NUMBER: _ClassVar[int]
    suggestion: Suggestion
    goal: Goal
    def __init__(self, suggestion: _Optional[_Union[Suggestion, _Mapping]] = ..., goal: _Optional[_Union[Goal, _Mapping]] = ...) -> None: ...

class RejectSuggestionRequest(_message.Message):
    __slots__ = ("suggestion_id",)
    SUGGESTION_ID_FIELD_NUMBER: _ClassVar[int]
    suggestion_id: str
    def __init__(self, suggestion_id: _Optional[str] = ...) -> None: ...

class RejectSuggestionResponse(_message.Message):
    __slots__ = ("suggestion",)
    SUGGESTION_FIELD_NUMBER: _ClassVar[int]
    suggestion: Suggestion
    def __init__(self, suggestion: _Optional[_Union[Suggestion, _Mapping]] = ...) -> None: ...

class Post(_message.Message):
    __slots__ = ("id", "cohort_id", "author", "author_id", "author_name", "content", "member_id", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    COHORT_ID_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_ID_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_NAME_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    MEMBER_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    cohort_id: str
    author: PostAuthor
    author_id: str
    author_name: str
    content: str
    member_id: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., cohort_id: _Optional[str] = ..., author: _Optional[_Union[PostAuthor, str]] = ..., author_id: _Optional[str] = ..., author_name: _Optional[str] = ..., content: _Optional[str] = ..., member_id: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListPostsRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListPostsResponse(_message.Message):
    __slots__ = ("posts", "next_page_token")
    POSTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    posts: _containers.RepeatedCompositeFieldContainer[Post]
    next_page_token: str
    def __init__(self, posts: _Optional[_Iterable[_Union[Post, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CreatePostRequest(_message.Message):
    __slots__ = ("content",)
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    content: str
    def __init__(self, content: _Optional[str] = ...) -> None: ...

class CreatePostResponse(_message.Message):
    __slots__ = ("post",)
    POST_FIELD_NUMBER: _ClassVar[int]
    post: Post
    def __init__(self, post: _Optional[_Union[Post, _Mapping]] = ...) -> None: ...

class ExportChangesRequest(_message.Message):
    __slots__ = ("since_watermark",)
    SINCE_WATERMARK_FIELD_NUMBER: _ClassVar[int]
    since_watermark: int
    def __init__(self, since_watermark: _Optional[int] = ...) -> None: ...

class ExportChangesResponse(_message.Message):
    __slots__ = ("users", "goals", "check_ins", "journal_entries", "deletions", "done", "watermark")
    USERS_FIELD_NUMBER: _ClassVar[int]
    GOALS_FIELD_NUMBER: _ClassVar[int]
    CHECK_INS_FIELD_NUMBER: _ClassVar[int]
    JOURNAL_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    DELETIONS_FIELD_NUMBER: _ClassVar[int]
    DONE_FIELD_NUMBER: _ClassVar[int]
    WATERMARK_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[ExportedUser]
    goals: _containers.RepeatedCompositeFieldContainer[ExportedGoal]
    check_ins: _containers.RepeatedCompositeFieldContainer[ExportedCheckIn]
    journal_entries: _containers.RepeatedCompositeFieldContainer[ExportedJournalEntry]
    deletions: _containers.RepeatedCompositeFieldContainer[ExportedDeletion]
    done: bool
    watermark: int
    def __init__(self, users: _Optional[_Iterable[_Union[ExportedUser, _Mapping]]] = ..., goals: _Optional[_Iterable[_Union[ExportedGoal, _Mapping]]] = ..., check_ins: _Optional[_Iterable[_Union[ExportedCheckIn, _Mapping]]] = ..., journal_entries: _Optional[_Iterable[_Union[ExportedJournalEntry, _Mapping]]] = ..., deletions: _Optional[_Iterable[_Union[ExportedDeletion, _Mapping]]] = ..., done: _Optional[bool] = ..., watermark: _Optional[int] = ...) -> None: ...

class ExportedUser(_message.Message):
    __slots__ = ("key", "role", "timezone", "locale", "is_active", "create_time", "changed_txid")
    KEY_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    TIMEZONE_FIELD_NUMBER: _ClassVar[int]
    LOCALE_FIELD_NUMBER: _ClassVar[int]
    IS_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    CHANGED_TXID_FIELD_NUMBER: _ClassVar[int]
    key: str
    role: str
    timezone: str
    locale: str
    is_active: bool
    create_time: _timestamp_pb2.Timestamp
    changed_txid: int
    def __init__(self, key: _Optional[str] = ..., role: _Optional[str] = ..., timezone: _Optional[str] = ..., locale: _Optional[str] = ..., is_active: _Optional[bool] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., changed_txid: _Optional[int] = ...) -> None: ...

class ExportedGoal(_message.Message):
    __slots__ = ("id", "user_key", "title", "theme", "status", "target_date", "minutes_per_week", "create_time", "update_time", "changed_txid")
    ID_FIELD_NUMBER: _ClassVar[int]
    USER_KEY_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    THEME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    TARGET_DATE_FIELD_NUMBER: _ClassVar[int]
    MINUTES_PER_WEEK_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    CHANGED_TXID_FIELD_NUMBER: _ClassVar[int]
    id: str
    user_key: str
    title: str
    theme: Theme
    status: GoalStatus
    target_date: str
    minutes_per_week: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    changed_txid: int
    def __init__(self, id: _Optional[str] = ..., user_key: _Optional[str] = ..., title: _Optional[str] = ..., theme: _Optional[_Union[Theme, str]] = ..., status: _Optional[_Union[GoalStatus, str]] = ..., target_date: _Optional[str] = ..., minutes_per_week: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., changed_txid: _Optional[int] = ...) -> None: ...

class ExportedCheckIn(_message.Message):
    __slots__ = ("id", "user_key", "goal_id", "habit_id", "day", "completed", "value", "create_time", "update_time", "changed_txid")
    ID_FIELD_NUMBER: _ClassVar[int]
    USER_KEY_FIELD_NUMBER: _ClassVar[int]
    GOAL_ID_FIELD_NUMBER: _ClassVar[int]
    HABIT_ID_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    CHANGED_TXID_FIELD_NUMBER: _ClassVar[int]
    id: str
    user_key: str
    goal_id: str
    habit_id: str
    day: str
    completed: bool
    value: float
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    changed_txid: int
    def __init__(self, id: _Optional[str] = ..., user_key: _Optional[str] = ..., goal_id: _Optional[str] = ..., habit_id: _Optional[str] = ..., day: _Optional[str] = ..., completed: _Optional[bool] = ..., value: _Optional[float] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., changed_txid: _Optional[int] = ...) -> None: ...

class ExportedJournalEntry(_message.Message):
    __slots__ = ("id", "user_key", "sentiment", "label", "emotions", "shared", "text_chars", "create_time", "changed_txid")
    ID_FIELD_NUMBER: _ClassVar[int]
    USER_KEY_FIELD_NUMBER: _ClassVar[int]
    SENTIMENT_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    EMOTIONS_FIELD_NUMBER: _ClassVar[int]
    SHARED_FIELD_NUMBER: _ClassVar[int]
    TEXT_CHARS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    CHANGED_TXID_FIELD_NUMBER: _ClassVar[int]
    id: str
    user_key: str
    sentiment: float
    label: SentimentLabel
    emotions: _containers.RepeatedScalarFieldContainer[str]
    shared: bool
    text_chars: int
    create_time: _timestamp_pb2.Timestamp
    changed_txid: int
    def __init__(self, id: _Optional[str] = ..., user_key: _Optional[str] = ..., sentiment: _Optional[float] = ..., label: _Optional[_Union[SentimentLabel, str]] = ..., emotions: _Optional[_Iterable[str]] = ..., shared: _Optional[bool] = ..., text_chars: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., changed_txid: _Optional[int] = ...) -> None: ...

class ExportedDeletion(_message.Message):
    __slots__ = ("entity", "row_id", "delete_time", "changed_txid")
    ENTITY_FIELD_NUMBER: _ClassVar[int]
    ROW_ID_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    CHANGED_TXID_FIELD_NUMBER: _ClassVar[int]
    entity: str
    row_id: str
    delete_time: _timestamp_pb2.Timestamp
    changed_txid: int
    def __init__(self, entity: _Optional[str] = ..., row_id: _Optional[str] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., changed_txid: _Optional[int] = ...) -> None: ...
