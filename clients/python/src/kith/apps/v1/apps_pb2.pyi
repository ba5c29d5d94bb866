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

class AppCategory(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    APP_CATEGORY_UNSPECIFIED: _ClassVar[AppCategory]
    APP_CATEGORY_SOCIAL: _ClassVar[AppCategory]
    APP_CATEGORY_ENTERTAINMENT: _ClassVar[AppCategory]
    APP_CATEGORY_PRODUCTIVITY: _ClassVar[AppCategory]
    APP_CATEGORY_GAMES: _ClassVar[AppCategory]
    APP_CATEGORY_EDUCATION: _ClassVar[AppCategory]
    APP_CATEGORY_HEALTH: _ClassVar[AppCategory]
    APP_CATEGORY_COMMUNICATION: _ClassVar[AppCategory]
    APP_CATEGORY_NEWS: _ClassVar[AppCategory]
    APP_CATEGORY_UTILITIES: _ClassVar[AppCategory]
    APP_CATEGORY_OTHER: _ClassVar[AppCategory]

class AppPersonality(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    APP_PERSONALITY_UNSPECIFIED: _ClassVar[AppPersonality]
    APP_PERSONALITY_ATTENTION_SEEKING: _ClassVar[AppPersonality]
    APP_PERSONALITY_ADDICTIVE: _ClassVar[AppPersonality]
    APP_PERSONALITY_PRODUCTIVE: _ClassVar[AppPersonality]
    APP_PERSONALITY_TIME_WASTER: _ClassVar[AppPersonality]
    APP_PERSONALITY_EDUCATIONAL: _ClassVar[AppPersonality]
    APP_PERSONALITY_SOCIAL_BUTTERFLY: _ClassVar[AppPersonality]
    APP_PERSONALITY_INTROVERT: _ClassVar[AppPersonality]
    APP_PERSONALITY_DRAMATIC: _ClassVar[AppPersonality]
    APP_PERSONALITY_ZEN: _ClassVar[AppPersonality]
    APP_PERSONALITY_COMPETITIVE: _ClassVar[AppPersonality]
    APP_PERSONALITY_HELPFUL: _ClassVar[AppPersonality]
    APP_PERSONALITY_ANNOYING: _ClassVar[AppPersonality]
    APP_PERSONALITY_NEEDY: _ClassVar[AppPersonality]
    APP_PERSONALITY_CHILL: _ClassVar[AppPersonality]
    APP_PERSONALITY_TOXIC: _ClassVar[AppPersonality]
    APP_PERSONALITY_WHOLESOME: _ClassVar[AppPersonality]

class AppRelationshipKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    APP_RELATIONSHIP_KIND_UNSPECIFIED: _ClassVar[AppRelationshipKind]
    APP_RELATIONSHIP_KIND_RIVALS: _ClassVar[AppRelationshipKind]
    APP_RELATIONSHIP_KIND_BESTIES: _ClassVar[AppRelationshipKind]
    APP_RELATIONSHIP_KIND_FRENEMIES: _ClassVar[AppRelationshipKind]
APP_CATEGORY_UNSPECIFIED: AppCategory
APP_CATEGORY_SOCIAL: AppCategory
APP_CATEGORY_ENTERTAINMENT: AppCategory
APP_CATEGORY_PRODUCTIVITY: AppCategory
APP_CATEGORY_GAMES: AppCategory
APP_CATEGORY_EDUCATION: AppCategory
APP_CATEGORY_HEALTH: AppCategory
APP_CATEGORY_COMMUNICATION: AppCategory
APP_CATEGORY_NEWS: AppCategory
APP_CATEGORY_UTILITIES: AppCategory
APP_CATEGORY_OTHER: AppCategory
APP_PERSONALITY_UNSPECIFIED: AppPersonality
APP_PERSONALITY_ATTENTION_SEEKING: AppPersonality
APP_PERSONALITY_ADDICTIVE: AppPersonality
APP_PERSONALITY_PRODUCTIVE: AppPersonality
APP_PERSONALITY_TIME_WASTER: AppPersonality
APP_PERSONALITY_EDUCATIONAL: AppPersonality
APP_PERSONALITY_SOCIAL_BUTTERFLY: AppPersonality
APP_PERSONALITY_INTROVERT: AppPersonality
APP_PERSONALITY_DRAMATIC: AppPersonality
APP_PERSONALITY_ZEN: AppPersonality
APP_PERSONALITY_COMPETITIVE: AppPersonality
APP_PERSONALITY_HELPFUL: AppPersonality
APP_PERSONALITY_ANNOYING: AppPersonality
APP_PERSONALITY_NEEDY: AppPersonality
APP_PERSONALITY_CHILL: AppPersonality
APP_PERSONALITY_TOXIC: AppPersonality
APP_PERSONALITY_WHOLESOME: AppPersonality
APP_RELATIONSHIP_KIND_UNSPECIFIED: AppRelationshipKind
APP_RELATIONSHIP_KIND_RIVALS: AppRelationshipKind
APP_RELATIONSHIP_KIND_BESTIES: AppRelationshipKind
APP_RELATIONSHIP_KIND_FRENEMIES: AppRelationshipKind

class App(_message.Message):
    __slots__ = ("id", "bundle_id", "name", "category", "default_personality", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    BUNDLE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_PERSONALITY_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    bundle_id: str
    name: str
    category: AppCategory
    default_personality: AppPersonality
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., bundle_id: _Optional[str] = ..., name: _Optional[str] = ..., category: _Optional[_Union[AppCategory, str]] = ..., default_personality: _Optional[_Union[AppPersonality, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Category(_message.Message):
    __slots__ = ("category", "name", "description")
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    category: AppCategory
    name: str
    description: str
    def __init__(self, category: _Optional[_Union[AppCategory, str]] = ..., name: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...

class SearchAppsRequest(_message.Message):
    __slots__ = ("query", "category", "page_size", "page_token")
    QUERY_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    query: str
    category: AppCategory
    page_size: int
    page_token: str
    def __init__(self, query: _Optional[str] = ..., category: _Optional[_Union[AppCategory, str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class SearchAppsResponse(_message.Message):
    __slots__ = ("apps", "next_page_token")
    APPS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    apps: _containers.RepeatedCompositeFieldContainer[App]
    next_page_token: str
    def __init__(self, apps: _Optional[_Iterable[_Union[App, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetAppRequest(_message.Message):
    __slots__ = ("app_id",)
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    app_id: str
    def __init__(self, app_id: _Optional[str] = ...) -> None: ...

class GetAppResponse(_message.Message):
    __slots__ = ("app",)
    APP_FIELD_NUMBER: _ClassVar[int]
    app: App
    def __init__(self, app: _Optional[_Union[App, _Mapping]] = ...) -> None: ...

class ListCategoriesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListCategoriesResponse(_message.Message):
    __slots__ = ("categories",)
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    categories: _containers.RepeatedCompositeFieldContainer[Category]
    def __init__(self, categories: _Optional[_Iterable[_Union[Category, _Mapping]]] = ...) -> None: ...

class UpdateAppRequest(_message.Message):
    __slots__ = ("app", "update_mask")
    APP_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    app: App
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, app: _Optional[_Union[App, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateAppResponse(_message.Message):
    __slots__ = ("app",)
    APP_FIELD_NUMBER: _ClassVar[int]
    app: App
    def __init__(self, app: _Optional[_Union[App, _Mapping]] = ...) -> None: ...

class DeviceApp(_message.Message):
    __slots__ = ("id", "device_id", "app", "nickname", "personality_override", "personality", "is_favorite", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    APP_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    PERSONALITY_OVERRIDE_FIELD_NUMBER: _ClassVar[int]
    PERSONALITY_FIELD_NUMBER: _ClassVar[int]
    IS_FAVORITE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    device_id: str
    app: App
    nickname: str
    personality_override: AppPersonality
    personality: AppPersonality
    is_favorite: bool
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., device_id: _Optional[str] = ..., app: _Optional[_Union[App, _Mapping]] = ..., nickname: _Optional[str] = ..., personality_override: _Optional[_Union[AppPersonality, str]] = ..., personality: _Optional[_Union[AppPersonality, str]] = ..., is_favorite: _Optional[bool] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AddDeviceAppRequest(_message.Message):
    __slots__ = ("device_id", "bundle_id", "name", "category", "nickname", "personality_override")
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    BUNDLE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    PERSONALITY_OVERRIDE_FIELD_NUMBER: _ClassVar[int]
    device_id: str
    bundle_id: str
    name: str
    category: AppCategory
    nickname: str
    personality_override: AppPersonality
    def __init__(self, device_id: _Optional[str] = ..., bundle_id: _Optional[str] = ..., name: _Optional[str] = ..., category: _Optional[_Union[AppCategory, str]] = ..., nickname: _Optional[str] = ..., personality_override: _Optional[_Union[AppPersonality, str]] = ...) -> None: ...

class AddDeviceAppResponse(_message.Message):
    __slots__ = ("device_app",)
    DEVICE_APP_FIELD_NUMBER: _ClassVar[int]
    device_app: DeviceApp
    def __init__(self, device_app: _Optional[_Union[DeviceApp, _Mapping]] = ...) -> None: ...

class ListDeviceAppsRequest(_message.Message):
    __slots__ = ("device_id", "page_size", "page_token")
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    device_id: str
    page_size: int
    page_token: str
    def __init__(self, device_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListDeviceAppsResponse(_message.Message):
    __slots__ = ("device_apps", "next_page_token")
    DEVICE_APPS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    device_apps: _containers.RepeatedCompositeFieldContainer[DeviceApp]
    next_page_token: str
    def __init__(self, device_apps: _Optional[_Iterable[_Union[DeviceApp, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateDeviceAppRequest(_message.Message):
    __slots__ = ("device_app", "update_mask")
    DEVICE_APP_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    device_app: DeviceApp
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, device_app: _Optional[_Union[DeviceApp, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateDeviceAppResponse(_message.Message):
    __slots__ = ("device_app",)
    DEVICE_APP_FIELD_NUMBER: _ClassVar[int]
    device_app: DeviceApp
    def __init__(self, device_app: _Optional[_Union[DeviceApp, _Mapping]] = ...) -> None: ...

class RemoveDeviceAppRequest(_message.Message):
    __slots__ = ("device_app_id",)
    DEVICE_APP_ID_FIELD_NUMBER: _ClassVar[int]
    device_app_id: str
    def __init__(self, device_app_id: _Optional[str] = ...) -> None: ...

class RemoveDeviceAppResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ToggleFavoriteRequest(_message.Message):
    __slots__ = ("device_app_id",)
    DEVICE_APP_ID_FIELD_NUMBER: _ClassVar[int]
    device_app_id: str
    def __init__(self, device_app_id: _Optional[str] = ...) -> None: ...

class ToggleFavoriteResponse(_message.Message):
    __slots__ = ("device_app",)
    DEVICE_APP_FIELD_NUMBER: _ClassVar[int]
    device_app: DeviceApp
    def __init__(self, device_app: _Optional[_Union[DeviceApp, _Mapping]] = ...) -> None: ...

class ListFavoritesRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListFavoritesResponse(_message.Message):
    __slots__ = ("device_apps", "next_page_token")
    DEVICE_APPS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    device_apps: _containers.RepeatedCompositeFieldContainer[DeviceApp]
    next_page_token: str
    def __init__(self, device_apps: _Optional[_Iterable[_Union[DeviceApp, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class AppRelationship(_message.Message):
    __slots__ = ("id", "device_app_a_id", "device_app_b_id", "kind", "note", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    DEVICE_APP_A_ID_FIELD_NUMBER: _ClassVar[int]
    DEVICE_APP_B_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    device_app_a_id: str
    device_app_b_id: str
    kind: AppRelationshipKind
    note: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., device_app_a_id: _Optional[str] = ..., device_app_b_id: _Optional[str] = ..., kind: _Optional[_Union[AppRelationshipKind, str]] = ..., note: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateAppRelationshipRequest(_message.Message):
    __slots__ = ("relationship", "request_id")
    RELATIONSHIP_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    relationship: AppRelationship
    request_id: str
    def __init__(self, relationship: _Optional[_Union[AppRelationship, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateAppRelationshipResponse(_message.Message):
    __slots__ = ("relationship",)
    RELATIONSHIP_FIELD_NUMBER: _ClassVar[int]
    relationship: AppRelationship
    def __init__(self, relationship: _Optional[_Union[AppRelationship, _Mapping]] = ...) -> None: ...

class ListAppRelationshipsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "device_app_id")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    DEVICE_APP_ID_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    device_app_id: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., device_app_id: _Optional[str] = ...) -> None: ...

class ListAppRelationshipsResponse(_message.Message):
    __slots__ = ("relationships", "next_page_token")
    RELATIONSHIPS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    relationships: _containers.RepeatedCompositeFieldContainer[AppRelationship]
    next_page_token: str
    def __init__(self, relationships: _Optional[_Iterable[_Union[AppRelationship, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class DeleteAppRelationshipRequest(_message.Message):
    __slots__ = ("relationship_id",)
    RELATIONSHIP_ID_FIELD_NUMBER: _ClassVar[int]
    relationship_id: str
    def __init__(self, relationship_id: _Optional[str] = ...) -> None: ...

class DeleteAppRelationshipResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
