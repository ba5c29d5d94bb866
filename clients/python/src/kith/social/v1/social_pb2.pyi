import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class FriendshipStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FRIENDSHIP_STATUS_UNSPECIFIED: _ClassVar[FriendshipStatus]
    FRIENDSHIP_STATUS_PENDING: _ClassVar[FriendshipStatus]
    FRIENDSHIP_STATUS_ACCEPTED: _ClassVar[FriendshipStatus]
    FRIENDSHIP_STATUS_DECLINED: _ClassVar[FriendshipStatus]

class FriendResponse(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FRIEND_RESPONSE_UNSPECIFIED: _ClassVar[FriendResponse]
    FRIEND_RESPONSE_ACCEPT: _ClassVar[FriendResponse]
    FRIEND_RESPONSE_DECLINE: _ClassVar[FriendResponse]

class VisitRole(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VISIT_ROLE_UNSPECIFIED: _ClassVar[VisitRole]
    VISIT_ROLE_HOST: _ClassVar[VisitRole]
    VISIT_ROLE_VISITOR: _ClassVar[VisitRole]

class ChallengeKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHALLENGE_KIND_UNSPECIFIED: _ClassVar[ChallengeKind]
    CHALLENGE_KIND_REDUCE_SCREEN_TIME: _ClassVar[ChallengeKind]
    CHALLENGE_KIND_INCREASE_PRODUCTIVITY: _ClassVar[ChallengeKind]
    CHALLENGE_KIND_FEWER_UNLOCKS: _ClassVar[ChallengeKind]
    CHALLENGE_KIND_DIGITAL_DETOX: _ClassVar[ChallengeKind]

class ChallengeVisibility(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHALLENGE_VISIBILITY_UNSPECIFIED: _ClassVar[ChallengeVisibility]
    CHALLENGE_VISIBILITY_FRIENDS: _ClassVar[ChallengeVisibility]
    CHALLENGE_VISIBILITY_PUBLIC: _ClassVar[ChallengeVisibility]

class ChallengeScope(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHALLENGE_SCOPE_UNSPECIFIED: _ClassVar[ChallengeScope]
    CHALLENGE_SCOPE_MINE: _ClassVar[ChallengeScope]
    CHALLENGE_SCOPE_FRIENDS: _ClassVar[ChallengeScope]
    CHALLENGE_SCOPE_PUBLIC: _ClassVar[ChallengeScope]
FRIENDSHIP_STATUS_UNSPECIFIED: FriendshipStatus
FRIENDSHIP_STATUS_PENDING: FriendshipStatus
FRIENDSHIP_STATUS_ACCEPTED: FriendshipStatus
FRIENDSHIP_STATUS_DECLINED: FriendshipStatus
FRIEND_RESPONSE_UNSPECIFIED: FriendResponse
FRIEND_RESPONSE_ACCEPT: FriendResponse
FRIEND_RESPONSE_DECLINE: FriendResponse
VISIT_ROLE_UNSPECIFIED: VisitRole
VISIT_ROLE_HOST: VisitRole
VISIT_ROLE_VISITOR: VisitRole
CHALLENGE_KIND_UNSPECIFIED: ChallengeKind
CHALLENGE_KIND_REDUCE_SCREEN_TIME: ChallengeKind
CHALLENGE_KIND_INCREASE_PRODUCTIVITY: ChallengeKind
CHALLENGE_KIND_FEWER_UNLOCKS: ChallengeKind
CHALLENGE_KIND_DIGITAL_DETOX: ChallengeKind
CHALLENGE_VISIBILITY_UNSPECIFIED: ChallengeVisibility
CHALLENGE_VISIBILITY_FRIENDS: ChallengeVisibility
CHALLENGE_VISIBILITY_PUBLIC: ChallengeVisibility
CHALLENGE_SCOPE_UNSPECIFIED: ChallengeScope
CHALLENGE_SCOPE_MINE: ChallengeScope
CHALLENGE_SCOPE_FRIENDS: ChallengeScope
CHALLENGE_SCOPE_PUBLIC: ChallengeScope

class Person(_message.Message):
    __slots__ = ("user_id", "display_name")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    display_name: str
    def __init__(self, user_id: _Optional[str] = ..., display_name: _Optional[str] = ...) -> None: ...

class FriendRequest(_message.Message):
    __slots__ = ("id", "requester", "addressee", "status", "create_time", "respond_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTER_FIELD_NUMBER: _ClassVar[int]
    ADDRESSEE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    RESPOND_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    requester: Person
    addressee: Person
    status: FriendshipStatus
    create_time: _timestamp_pb2.Timestamp
    respond_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., requester: _Optional[_Union[Person, _Mapping]] = ..., addressee: _Optional[_Union[Person, _Mapping]] = ..., status: _Optional[_Union[FriendshipStatus, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., respond_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Friend(_message.Message):
    __slots__ = ("person", "friend_request_id", "friends_since")
    PERSON_FIELD_NUMBER: _ClassVar[int]
    FRIEND_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    FRIENDS_SINCE_FIELD_NUMBER: _ClassVar[int]
    person: Person
    friend_request_id: str
    friends_since: _timestamp_pb2.Timestamp
    def __init__(self, person: _Optional[_Union[Person, _Mapping]] = ..., friend_request_id: _Optional[str] = ..., friends_since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SendFriendRequestRequest(_message.Message):
    __slots__ = ("email", "user_id")
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    email: str
    user_id: str
    def __init__(self, email: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class SendFriendRequestResponse(_message.Message):
    __slots__ = ("friend_request",)
    FRIEND_REQUEST_FIELD_NUMBER: _ClassVar[int]
    friend_request: FriendRequest
    def __init__(self, friend_request: _Optional[_Union[FriendRequest, _Mapping]] = ...) -> None: ...

class RespondToFriendRequestRequest(_message.Message):
    __slots__ = ("friend_request_id", "response")
    FRIEND_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_FIELD_NUMBER: _ClassVar[int]
    friend_request_id: str
    response: FriendResponse
    def __init__(self, friend_request_id: _Optional[str] = ..., response: _Optional[_Union[FriendResponse, str]] = ...) -> None: ...

class RespondToFriendRequestResponse(_message.Message):
    __slots__ = ("friend_request",)
    FRIEND_REQUEST_FIELD_NUMBER: _ClassVar[int]
    friend_request: FriendRequest
    def __init__(self, friend_request: _Optional[_Union[FriendRequest, _Mapping]] = ...) -> None: ...

class ListFriendsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListFriendsResponse(_message.Message):
    __slots__ = ("friends", "incoming", "outgoing")
    FRIENDS_FIELD_NUMBER: _ClassVar[int]
    INCOMING_FIELD_NUMBER: _ClassVar[int]
    OUTGOING_FIELD_NUMBER: _ClassVar[int]
    friends: _containers.RepeatedCompositeFieldContainer[Friend]
    incoming: _containers.RepeatedCompositeFieldContainer[FriendRequest]
    outgoing: _containers.RepeatedCompositeFieldContainer[FriendRequest]
    def __init__(self, friends: _Optional[_Iterable[_Union[Friend, _Mapping]]] = ..., incoming: _Optional[_Iterable[_Union[FriendRequest, _Mapping]]] = ..., outgoing: _Optional[_Iterable[_Union[FriendRequest, _Mapping]]] = ...) -> None: ...

class GetFriendRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class SharedDevice(_message.Message):
    __slots__ = ("device_id", "name", "personality", "device_type")
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PERSONALITY_FIELD_NUMBER: _ClassVar[int]
    DEVICE_TYPE_FIELD_NUMBER: _ClassVar[int]
    device_id: str
    name: str
    personality: str
    device_type: str
    def __init__(self, device_id: _Optional[str] = ..., name: _Optional[str] = ..., personality: _Optional[str] = ..., device_type: _Optional[str] = ...) -> None: ...

class FriendProfile(_message.Message):
    __slots__ = ("friend", "devices")
    FRIEND_FIELD_NUMBER: _ClassVar[int]
    DEVICES_FIELD_NUMBER: _ClassVar[int]
    friend: Friend
    devices: _containers.RepeatedCompositeFieldContainer[SharedDevice]
    def __init__(self, friend: _Optional[_Union[Friend, _Mapping]] = ..., devices: _Optional[_Iterable[_Union[SharedDevice, _Mapping]]] = ...) -> None: ...

class GetFriendResponse(_message.Message):
    __slots__ = ("profile",)
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    profile: FriendProfile
    def __init__(self, profile: _Optional[_Union[FriendProfile, _Mapping]] = ...) -> None: ...

class RemoveFriendRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class RemoveFriendResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BlockRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class BlockResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UnblockRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class UnblockResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListBlockedRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BlockedUser(_message.Message):
    __slots__ = ("person", "block_time")
    PERSON_FIELD_NUMBER: _ClassVar[int]
    BLOCK_TIME_FIELD_NUMBER: _ClassVar[int]
    person: Person
    block_time: _timestamp_pb2.Timestamp
    def __init__(self, person: _Optional[_Union[Person, _Mapping]] = ..., block_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListBlockedResponse(_message.Message):
    __slots__ = ("blocked",)
    BLOCKED_FIELD_NUMBER: _ClassVar[int]
    blocked: _containers.RepeatedCompositeFieldContainer[BlockedUser]
    def __init__(self, blocked: _Optional[_Iterable[_Union[BlockedUser, _Mapping]]] = ...) -> None: ...

class Visit(_message.Message):
    __slots__ = ("id", "host", "visitor", "visiting_device", "start_time", "end_time", "ended_time", "conversation_requested", "conversation_id", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    VISITOR_FIELD_NUMBER: _ClassVar[int]
    VISITING_DEVICE_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    ENDED_TIME_FIELD_NUMBER: _ClassVar[int]
    CONVERSATION_REQUESTED_FIELD_NUMBER: _ClassVar[int]
    CONVERSATION_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    host: Person
    visitor: Person
    visiting_device: SharedDevice
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    ended_time: _timestamp_pb2.Timestamp
    conversation_requested: bool
    conversation_id: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., host: _Optional[_Union[Person, _Mapping]] = ..., visitor: _Optional[_Union[Person, _Mapping]] = ..., visiting_device: _Optional[_Union[SharedDevice, _Mapping]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., ended_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., conversation_requested: _Optional[bool] = ..., conversation_id: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class StartVisitRequest(_message.Message):
    __slots__ = ("visiting_device_id", "start_time", "end_time", "conversation", "request_id")
    VISITING_DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    visiting_device_id: str
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    conversation: bool
    request_id: str
    def __init__(self, visiting_device_id: _Optional[str] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., conversation: _Optional[bool] = ..., request_id: _Optional[str] = ...) -> None: ...

class StartVisitResponse(_message.Message):
    __slots__ = ("visit",)
    VISIT_FIELD_NUMBER: _ClassVar[int]
    visit: Visit
    def __init__(self, visit: _Optional[_Union[Visit, _Mapping]] = ...) -> None: ...

class EndVisitRequest(_message.Message):
    __slots__ = ("visit_id",)
    VISIT_ID_FIELD_NUMBER: _ClassVar[int]
    visit_id: str
    def __init__(self, visit_id: _Optional[str] = ...) -> None: ...

class EndVisitResponse(_message.Message):
    __slots__ = ("visit",)
    VISIT_FIELD_NUMBER: _ClassVar[int]
    visit: Visit
    def __init__(self, visit: _Optional[_Union[Visit, _Mapping]] = ...) -> None: ...

class ListVisitsRequest(_message.Message):
    __slots__ = ("role", "active_only", "page_size", "page_token")
    ROLE_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_ONLY_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    role: VisitRole
    active_only: bool
    page_size: int
    page_token: str
    def __init__(self, role: _Optional[_Union[VisitRole, str]] = ..., active_only: _Optional[bool] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListVisitsResponse(_message.Message):
    __slots__ = ("visits", "next_page_token")
    VISITS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    visits: _containers.RepeatedCompositeFieldContainer[Visit]
    next_page_token: str
    def __init__(self, visits: _Optional[_Iterable[_Union[Visit, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetVisitRequest(_message.Message):
    __slots__ = ("visit_id",)
    VISIT_ID_FIELD_NUMBER: _ClassVar[int]
    visit_id: str
    def __init__(self, visit_id: _Optional[str] = ...) -> None: ...

class GetVisitResponse(_message.Message):
    __slots__ = ("visit",)
    VISIT_FIELD_NUMBER: _ClassVar[int]
    visit: Visit
    def __init__(self, visit: _Optional[_Union[Visit, _Mapping]] = ...) -> None: ...

class Challenge(_message.Message):
    __slots__ = ("id", "creator", "kind", "title", "description", "start_day", "end_day", "target", "visibility", "participant_count", "joined", "create_time", "finish_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    CREATOR_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    START_DAY_FIELD_NUMBER: _ClassVar[int]
    END_DAY_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    VISIBILITY_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANT_COUNT_FIELD_NUMBER: _ClassVar[int]
    JOINED_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    FINISH_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    creator: Person
    kind: ChallengeKind
    title: str
    description: str
    start_day: str
    end_day: str
    target: int
    visibility: ChallengeVisibility
    participant_count: int
    joined: bool
    create_time: _timestamp_pb2.Timestamp
    finish_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., creator: _Optional[_Union[Person, _Mapping]] = ..., kind: _Optional[_Union[ChallengeKind, str]] = ..., title: _Optional[str] = ..., description: _Optional[str] = ..., start_day: _Optional[str] = ..., end_day: _Optional[str] = ..., target: _Optional[int] = ..., visibility: _Optional[_Union[ChallengeVisibility, str]] = ..., participant_count: _Optional[int] = ..., joined: _Optional[bool] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., finish_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateChallengeRequest(_message.Message):
    __slots__ = ("challenge", "request_id")
    CHALLENGE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    challenge: Challenge
    request_id: str
    def __init__(self, challenge: _Optional[_Union[Challenge, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateChallengeResponse(_message.Message):
    __slots__ = ("challenge",)
    CHALLENGE_FIELD_NUMBER: _ClassVar[int]
    challenge: Challenge
    def __init__(self, challenge: _Optional[_Union[Challenge, _Mapping]] = ...) -> None: ...

class GetChallengeRequest(_message.Message):
    __slots__ = ("challenge_id",)
    CHALLENGE_ID_FIELD_NUMBER: _ClassVar[int]
    challenge_id: str
    def __init__(self, challenge_id: _Optional[str] = ...) -> None: ...

class GetChallengeResponse(_message.Message):
    __slots__ = ("challenge",)
    CHALLENGE_FIELD_NUMBER: _ClassVar[int]
    challenge: Challenge
    def __init__(self, challenge: _Optional[_Union[Challenge, _Mapping]] = ...) -> None: ...

class ListChallengesRequest(_message.Message):
    __slots__ = ("scope", "current_only", "page_size", "page_token")
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    CURRENT_ONLY_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    scope: ChallengeScope
    current_only: bool
    page_size: int
    page_token: str
    def __init__(self, scope: _Optional[_Union[ChallengeScope, str]] = ..., current_only: _Optional[bool] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListChallengesResponse(_message.Message):
    __slots__ = ("challenges", "next_page_token")
    CHALLENGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    challenges: _containers.RepeatedCompositeFieldContainer[Challenge]
    next_page_token: str
    def __init__(self, challenges: _Optional[_Iterable[_Union[Challenge, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class JoinChallengeRequest(_message.Message):
    __slots__ = ("challenge_id",)
    CHALLENGE_ID_FIELD_NUMBER: _ClassVar[int]
    challenge_id: str
    def __init__(self, challenge_id: _Optional[str] = ...) -> None: ...

class JoinChallengeResponse(_message.Message):
    __slots__ = ("challenge",)
    CHALLENGE_FIELD_NUMBER: _ClassVar[int]
    challenge: Challenge
    def __init__(self, challenge: _Optional[_Union[Challenge, _Mapping]] = ...) -> None: ...

class LeaveChallengeRequest(_message.Message):
    __slots__ = ("challenge_id",)
    CHALLENGE_ID_FIELD_NUMBER: _ClassVar[int]
    challenge_id: str
    def __init__(self, challenge_id: _Optional[str] = ...) -> None: ...

class LeaveChallengeResponse(_message.Message):
    __slots__ = ("challenge",)
    CHALLENGE_FIELD_NUMBER: _ClassVar[int]
    challenge: Challenge
    def __init__(self, challenge: _Optional[_Union[Challenge, _Mapping]] = ...) -> None: ...

class GetLeaderboardRequest(_message.Message):
    __slots__ = ("challenge_id",)
    CHALLENGE_ID_FIELD_NUMBER: _ClassVar[int]
    challenge_id: str
    def __init__(self, challenge_id: _Optional[str] = ...) -> None: ...

class LeaderboardEntry(_message.Message):
    __slots__ = ("rank", "person", "is_caller", "value", "unit", "days_counted", "meets_target")
    RANK_FIELD_NUMBER: _ClassVar[int]
    PERSON_FIELD_NUMBER: _ClassVar[int]
    IS_CALLER_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    DAYS_COUNTED_FIELD_NUMBER: _ClassVar[int]
    MEETS_TARGET_FIELD_NUMBER: _ClassVar[int]
    rank: int
    person: Person
    is_caller: bool
    value: float
    unit: str
    days_counted: int
    meets_target: bool
    def __init__(self, rank: _Optional[int] = ..., person: _Optional[_Union[Person, _Mapping]] = ..., is_caller: _Optional[bool] = ..., value: _Optional[float] = ..., unit: _Optional[str] = ..., days_counted: _Optional[int] = ..., meets_target: _Optional[bool] = ...) -> None: ...

class GetLeaderboardResponse(_message.Message):
    __slots__ = ("challenge", "entries", "compute_time")
    CHALLENGE_FIELD_NUMBER: _ClassVar[int]
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    COMPUTE_TIME_FIELD_NUMBER: _ClassVar[int]
    challenge: Challenge
    entries: _containers.RepeatedCompositeFieldContainer[LeaderboardEntry]
    compute_time: _timestamp_pb2.Timestamp
    def __init__(self, challenge: _Optional[_Union[Challenge, _Mapping]] = ..., entries: _Optional[_Iterable[_Union[LeaderboardEntry, _Mapping]]] = ..., compute_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
