import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ConversationKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONVERSATION_KIND_UNSPECIFIED: _ClassVar[ConversationKind]
    CONVERSATION_KIND_DAILY_RECAP: _ClassVar[ConversationKind]
    CONVERSATION_KIND_USAGE_INTERVENTION: _ClassVar[ConversationKind]
    CONVERSATION_KIND_PATTERN_DISCUSSION: _ClassVar[ConversationKind]
    CONVERSATION_KIND_GOAL_CHECK_IN: _ClassVar[ConversationKind]
    CONVERSATION_KIND_APP_DRAMA: _ClassVar[ConversationKind]
    CONVERSATION_KIND_DEVICE_GOSSIP: _ClassVar[ConversationKind]
    CONVERSATION_KIND_PRODUCTIVITY_ROAST: _ClassVar[ConversationKind]
    CONVERSATION_KIND_SOCIAL_COMPARISON: _ClassVar[ConversationKind]
    CONVERSATION_KIND_MILESTONE_CELEBRATION: _ClassVar[ConversationKind]
    CONVERSATION_KIND_FRIEND_VISIT: _ClassVar[ConversationKind]
    CONVERSATION_KIND_EMERGENCY_MEETING: _ClassVar[ConversationKind]

class Mood(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MOOD_UNSPECIFIED: _ClassVar[Mood]
    MOOD_HUMOROUS: _ClassVar[Mood]
    MOOD_SUPPORTIVE: _ClassVar[Mood]
    MOOD_DRAMATIC: _ClassVar[Mood]
    MOOD_SARCASTIC: _ClassVar[Mood]
    MOOD_WHOLESOME: _ClassVar[Mood]
    MOOD_CHAOTIC: _ClassVar[Mood]
    MOOD_PHILOSOPHICAL: _ClassVar[Mood]
    MOOD_PASSIVE_AGGRESSIVE: _ClassVar[Mood]
    MOOD_MOTIVATIONAL: _ClassVar[Mood]
    MOOD_GOSSIPY: _ClassVar[Mood]

class Trigger(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TRIGGER_UNSPECIFIED: _ClassVar[Trigger]
    TRIGGER_SCHEDULED: _ClassVar[Trigger]
    TRIGGER_ON_DEMAND: _ClassVar[Trigger]
    TRIGGER_PATTERN: _ClassVar[Trigger]
    TRIGGER_VISIT: _ClassVar[Trigger]
CONVERSATION_KIND_UNSPECIFIED: ConversationKind
CONVERSATION_KIND_DAILY_RECAP: ConversationKind
CONVERSATION_KIND_USAGE_INTERVENTION: ConversationKind
CONVERSATION_KIND_PATTERN_DISCUSSION: ConversationKind
CONVERSATION_KIND_GOAL_CHECK_IN: ConversationKind
CONVERSATION_KIND_APP_DRAMA: ConversationKind
CONVERSATION_KIND_DEVICE_GOSSIP: ConversationKind
CONVERSATION_KIND_PRODUCTIVITY_ROAST: ConversationKind
CONVERSATION_KIND_SOCIAL_COMPARISON: ConversationKind
CONVERSATION_KIND_MILESTONE_CELEBRATION: ConversationKind
CONVERSATION_KIND_FRIEND_VISIT: ConversationKind
CONVERSATION_KIND_EMERGENCY_MEETING: ConversationKind
MOOD_UNSPECIFIED: Mood
MOOD_HUMOROUS: Mood
MOOD_SUPPORTIVE: Mood
MOOD_DRAMATIC: Mood
MOOD_SARCASTIC: Mood
MOOD_WHOLESOME: Mood
MOOD_CHAOTIC: Mood
MOOD_PHILOSOPHICAL: Mood
MOOD_PASSIVE_AGGRESSIVE: Mood
MOOD_MOTIVATIONAL: Mood
MOOD_GOSSIPY: Mood
TRIGGER_UNSPECIFIED: Trigger
TRIGGER_SCHEDULED: Trigger
TRIGGER_ON_DEMAND: Trigger
TRIGGER_PATTERN: Trigger
TRIGGER_VISIT: Trigger

class Participant(_message.Message):
    __slots__ = ("device_id", "device_app_id", "name", "personality")
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    DEVICE_APP_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PERSONALITY_FIELD_NUMBER: _ClassVar[int]
    device_id: str
    device_app_id: str
    name: str
    personality: str
    def __init__(self, device_id: _Optional[str] = ..., device_app_id: _Optional[str] = ..., name: _Optional[str] = ..., personality: _Optional[str] = ...) -> None: ...

class Line(_message.Message):
    __slots__ = ("index", "speaker", "text")
    INDEX_FIELD_NUMBER: _ClassVar[int]
    SPEAKER_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    index: int
    speaker: str
    text: str
    def __init__(self, index: _Optional[int] = ..., speaker: _Optional[str] = ..., text: _Optional[str] = ...) -> None: ...

class Generation(_message.Message):
    __slots__ = ("provider", "model", "prompt_tokens", "completion_tokens", "cost_usd")
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    PROMPT_TOKENS_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_TOKENS_FIELD_NUMBER: _ClassVar[int]
    COST_USD_FIELD_NUMBER: _ClassVar[int]
    provider: str
    model: str
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float
    def __init__(self, provider: _Optional[str] = ..., model: _Optional[str] = ..., prompt_tokens: _Optional[int] = ..., completion_tokens: _Optional[int] = ..., cost_usd: _Optional[float] = ...) -> None: ...

class Conversation(_message.Message):
    __slots__ = ("id", "kind", "mood", "trigger", "participants", "lines", "generation", "rating", "is_favorite", "feedback", "day", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    MOOD_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    GENERATION_FIELD_NUMBER: _ClassVar[int]
    RATING_FIELD_NUMBER: _ClassVar[int]
    IS_FAVORITE_FIELD_NUMBER: _ClassVar[int]
    FEEDBACK_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    kind: ConversationKind
    mood: Mood
    trigger: Trigger
    participants: _containers.RepeatedCompositeFieldContainer[Participant]
    lines: _containers.RepeatedCompositeFieldContainer[Line]
    generation: Generation
    rating: int
    is_favorite: bool
    feedback: str
    day: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., kind: _Optional[_Union[ConversationKind, str]] = ..., mood: _Optional[_Union[Mood, str]] = ..., trigger: _Optional[_Union[Trigger, str]] = ..., participants: _Optional[_Iterable[_Union[Participant, _Mapping]]] = ..., lines: _Optional[_Iterable[_Union[Line, _Mapping]]] = ..., generation: _Optional[_Union[Generation, _Mapping]] = ..., rating: _Optional[int] = ..., is_favorite: _Optional[bool] = ..., feedback: _Optional[str] = ..., day: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GenerateConversationRequest(_message.Message):
    __slots__ = ("participants", "kind", "mood", "day", "request_id")
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    MOOD_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    participants: _containers.RepeatedCompositeFieldContainer[Participant]
    kind: ConversationKind
    mood: Mood
    day: str
    request_id: str
    def __init__(self, participants: _Optional[_Iterable[_Union[Participant, _Mapping]]] = ..., kind: _Optional[_Union[ConversationKind, str]] = ..., mood: _Optional[_Union[Mood, str]] = ..., day: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class GenerateConversationResponse(_message.Message):
    __slots__ = ("line", "conversation")
    LINE_FIELD_NUMBER: _ClassVar[int]
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    line: Line
    conversation: Conversation
    def __init__(self, line: _Optional[_Union[Line, _Mapping]] = ..., conversation: _Optional[_Union[Conversation, _Mapping]] = ...) -> None: ...

class ListConversationsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "kind", "mood", "is_favorite", "start_day", "end_day")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    MOOD_FIELD_NUMBER: _ClassVar[int]
    IS_FAVORITE_FIELD_NUMBER: _ClassVar[int]
    START_DAY_FIELD_NUMBER: _ClassVar[int]
    END_DAY_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    kind: ConversationKind
    mood: Mood
    is_favorite: bool
    start_day: str
    end_day: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., kind: _Optional[_Union[ConversationKind, str]] = ..., mood: _Optional[_Union[Mood, str]] = ..., is_favorite: _Optional[bool] = ..., start_day: _Optional[str] = ..., end_day: _Optional[str] = ...) -> None: ...

class ListConversationsResponse(_message.Message):
    __slots__ = ("conversations", "next_page_token")
    CONVERSATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    conversations: _containers.RepeatedCompositeFieldContainer[Conversation]
    next_page_token: str
    def __init__(self, conversations: _Optional[_Iterable[_Union[Conversation, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetConversationRequest(_message.Message):
    __slots__ = ("conversation_id",)
    CONVERSATION_ID_FIELD_NUMBER: _ClassVar[int]
    conversation_id: str
    def __init__(self, conversation_id: _Optional[str] = ...) -> None: ...

class GetConversationResponse(_message.Message):
    __slots__ = ("conversation",)
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ...) -> None: ...

class DeleteConversationRequest(_message.Message):
    __slots__ = ("conversation_id",)
    CONVERSATION_ID_FIELD_NUMBER: _ClassVar[int]
    conversation_id: str
    def __init__(self, conversation_id: _Optional[str] = ...) -> None: ...

class DeleteConversationResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RateConversationRequest(_message.Message):
    __slots__ = ("conversation_id", "rating")
    CONVERSATION_ID_FIELD_NUMBER: _ClassVar[int]
    RATING_FIELD_NUMBER: _ClassVar[int]
    conversation_id: str
    rating: int
    def __init__(self, conversation_id: _Optional[str] = ..., rating: _Optional[int] = ...) -> None: ...

class RateConversationResponse(_message.Message):
    __slots__ = ("conversation",)
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ...) -> None: ...

class ToggleFavoriteRequest(_message.Message):
    __slots__ = ("conversation_id",)
    CONVERSATION_ID_FIELD_NUMBER: _ClassVar[int]
    conversation_id: str
    def __init__(self, conversation_id: _Optional[str] = ...) -> None: ...

class ToggleFavoriteResponse(_message.Message):
    __slots__ = ("conversation",)
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ...) -> None: ...

class SubmitFeedbackRequest(_message.Message):
    __slots__ = ("conversation_id", "feedback")
    CONVERSATION_ID_FIELD_NUMBER: _ClassVar[int]
    FEEDBACK_FIELD_NUMBER: _ClassVar[int]
    conversation_id: str
    feedback: str
    def __init__(self, conversation_id: _Optional[str] = ..., feedback: _Optional[str] = ...) -> None: ...

class SubmitFeedbackResponse(_message.Message):
    __slots__ = ("conversation",)
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    conversation: Conversation
    def __init__(self, conversation: _Optional[_Union[Conversation, _Mapping]] = ...) -> None: ...

class ListRecentRequest(_message.Message):
    __slots__ = ("limit",)
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    limit: int
    def __init__(self, limit: _Optional[int] = ...) -> None: ...

class ListRecentResponse(_message.Message):
    __slots__ = ("conversations",)
    CONVERSATIONS_FIELD_NUMBER: _ClassVar[int]
    conversations: _containers.RepeatedCompositeFieldContainer[Conversation]
    def __init__(self, conversations: _Optional[_Iterable[_Union[Conversation, _Mapping]]] = ...) -> None: ...

class Journal(_message.Message):
    __slots__ = ("id", "author", "day", "mood", "text", "facts", "generation", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    MOOD_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    FACTS_FIELD_NUMBER: _ClassVar[int]
    GENERATION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    author: Participant
    day: str
    mood: Mood
    text: str
    facts: _containers.RepeatedScalarFieldContainer[str]
    generation: Generation
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., author: _Optional[_Union[Participant, _Mapping]] = ..., day: _Optional[str] = ..., mood: _Optional[_Union[Mood, str]] = ..., text: _Optional[str] = ..., facts: _Optional[_Iterable[str]] = ..., generation: _Optional[_Union[Generation, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GenerateJournalRequest(_message.Message):
    __slots__ = ("author", "day", "mood")
    AUTHOR_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    MOOD_FIELD_NUMBER: _ClassVar[int]
    author: Participant
    day: str
    mood: Mood
    def __init__(self, author: _Optional[_Union[Participant, _Mapping]] = ..., day: _Optional[str] = ..., mood: _Optional[_Union[Mood, str]] = ...) -> None: ...

class GenerateJournalResponse(_message.Message):
    __slots__ = ("journal",)
    JOURNAL_FIELD_NUMBER: _ClassVar[int]
    journal: Journal
    def __init__(self, journal: _Optional[_Union[Journal, _Mapping]] = ...) -> None: ...

class ListJournalsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "author")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    author: Participant
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., author: _Optional[_Union[Participant, _Mapping]] = ...) -> None: ...

class ListJournalsResponse(_message.Message):
    __slots__ = ("journals", "next_page_token")
    JOURNALS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    journals: _containers.RepeatedCompositeFieldContainer[Journal]
    next_page_token: str
    def __init__(self, journals: _Optional[_Iterable[_Union[Journal, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetJournalRequest(_message.Message):
    __slots__ = ("journal_id",)
    JOURNAL_ID_FIELD_NUMBER: _ClassVar[int]
    journal_id: str
    def __init__(self, journal_id: _Optional[str] = ...) -> None: ...

class GetJournalResponse(_message.Message):
    __slots__ = ("journal",)
    JOURNAL_FIELD_NUMBER: _ClassVar[int]
    journal: Journal
    def __init__(self, journal: _Optional[_Union[Journal, _Mapping]] = ...) -> None: ...
