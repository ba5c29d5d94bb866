import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class QuestionKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    QUESTION_KIND_UNSPECIFIED: _ClassVar[QuestionKind]
    QUESTION_KIND_SCALE: _ClassVar[QuestionKind]
    QUESTION_KIND_SINGLE_CHOICE: _ClassVar[QuestionKind]
    QUESTION_KIND_MULTIPLE_CHOICE: _ClassVar[QuestionKind]
    QUESTION_KIND_FREE_TEXT: _ClassVar[QuestionKind]

class SurveyStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SURVEY_STATUS_UNSPECIFIED: _ClassVar[SurveyStatus]
    SURVEY_STATUS_OPEN: _ClassVar[SurveyStatus]
    SURVEY_STATUS_CLOSED: _ClassVar[SurveyStatus]

class PersonaStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PERSONA_STATUS_UNSPECIFIED: _ClassVar[PersonaStatus]
    PERSONA_STATUS_PENDING: _ClassVar[PersonaStatus]
    PERSONA_STATUS_SYNTHESIZING: _ClassVar[PersonaStatus]
    PERSONA_STATUS_ILLUSTRATING: _ClassVar[PersonaStatus]
    PERSONA_STATUS_READY: _ClassVar[PersonaStatus]
    PERSONA_STATUS_FAILED: _ClassVar[PersonaStatus]
QUESTION_KIND_UNSPECIFIED: QuestionKind
QUESTION_KIND_SCALE: QuestionKind
QUESTION_KIND_SINGLE_CHOICE: QuestionKind
QUESTION_KIND_MULTIPLE_CHOICE: QuestionKind
QUESTION_KIND_FREE_TEXT: QuestionKind
SURVEY_STATUS_UNSPECIFIED: SurveyStatus
SURVEY_STATUS_OPEN: SurveyStatus
SURVEY_STATUS_CLOSED: SurveyStatus
PERSONA_STATUS_UNSPECIFIED: PersonaStatus
PERSONA_STATUS_PENDING: PersonaStatus
PERSONA_STATUS_SYNTHESIZING: PersonaStatus
PERSONA_STATUS_ILLUSTRATING: PersonaStatus
PERSONA_STATUS_READY: PersonaStatus
PERSONA_STATUS_FAILED: PersonaStatus

class Question(_message.Message):
    __slots__ = ("text", "kind", "options", "optional")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    OPTIONAL_FIELD_NUMBER: _ClassVar[int]
    text: str
    kind: QuestionKind
    options: _containers.RepeatedScalarFieldContainer[str]
    optional: bool
    def __init__(self, text: _Optional[str] = ..., kind: _Optional[_Union[QuestionKind, str]] = ..., options: _Optional[_Iterable[str]] = ..., optional: _Optional[bool] = ...) -> None: ...

class Survey(_message.Message):
    __slots__ = ("id", "title", "questions", "slug", "status", "min_responses", "response_count", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    QUESTIONS_FIELD_NUMBER: _ClassVar[int]
    SLUG_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    MIN_RESPONSES_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_COUNT_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    title: str
    questions: _containers.RepeatedCompositeFieldContainer[Question]
    slug: str
    status: SurveyStatus
    min_responses: int
    response_count: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., title: _Optional[str] = ..., questions: _Optional[_Iterable[_Union[Question, _Mapping]]] = ..., slug: _Optional[str] = ..., status: _Optional[_Union[SurveyStatus, str]] = ..., min_responses: _Optional[int] = ..., response_count: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PublicSurvey(_message.Message):
    __slots__ = ("title", "questions")
    TITLE_FIELD_NUMBER: _ClassVar[int]
    QUESTIONS_FIELD_NUMBER: _ClassVar[int]
    title: str
    questions: _containers.RepeatedCompositeFieldContainer[Question]
    def __init__(self, title: _Optional[str] = ..., questions: _Optional[_Iterable[_Union[Question, _Mapping]]] = ...) -> None: ...

class Choices(_message.Message):
    __slots__ = ("options",)
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    options: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, options: _Optional[_Iterable[int]] = ...) -> None: ...

class Answer(_message.Message):
    __slots__ = ("question", "scale", "choice", "choices", "text")
    QUESTION_FIELD_NUMBER: _ClassVar[int]
    SCALE_FIELD_NUMBER: _ClassVar[int]
    CHOICE_FIELD_NUMBER: _ClassVar[int]
    CHOICES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    question: int
    scale: int
    choice: int
    choices: Choices
    text: str
    def __init__(self, question: _Optional[int] = ..., scale: _Optional[int] = ..., choice: _Optional[int] = ..., choices: _Optional[_Union[Choices, _Mapping]] = ..., text: _Optional[str] = ...) -> None: ...

class SurveyResponse(_message.Message):
    __slots__ = ("id", "answers", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    ANSWERS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    answers: _containers.RepeatedCompositeFieldContainer[Answer]
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., answers: _Optional[_Iterable[_Union[Answer, _Mapping]]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateSurveyRequest(_message.Message):
    __slots__ = ("title", "questions", "min_responses")
    TITLE_FIELD_NUMBER: _ClassVar[int]
    QUESTIONS_FIELD_NUMBER: _ClassVar[int]
    MIN_RESPONSES_FIELD_NUMBER: _ClassVar[int]
    title: str
    questions: _containers.RepeatedCompositeFieldContainer[Question]
    min_responses: int
    def __init__(self, title: _Optional[str] = ..., questions: _Optional[_Iterable[_Union[Question, _Mapping]]] = ..., min_responses: _Optional[int] = ...) -> None: ...

class CreateSurveyResponse(_message.Message):
    __slots__ = ("survey", "persona")
    SURVEY_FIELD_NUMBER: _ClassVar[int]
    PERSONA_FIELD_NUMBER: _ClassVar[int]
    survey: Survey
    persona: Persona
    def __init__(self, survey: _Optional[_Union[Survey, _Mapping]] = ..., persona: _Optional[_Union[Persona, _Mapping]] = ...) -> None: ...

class GetSurveyRequest(_message.Message):
    __slots__ = ("survey_id",)
    SURVEY_ID_FIELD_NUMBER: _ClassVar[int]
    survey_id: str
    def __init__(self, survey_id: _Optional[str] = ...) -> None: ...

class GetSurveyResponse(_message.Message):
    __slots__ = ("survey",)
    SURVEY_FIELD_NUMBER: _ClassVar[int]
    survey: Survey
    def __init__(self, survey: _Optional[_Union[Survey, _Mapping]] = ...) -> None: ...

class ListSurveysRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListSurveysResponse(_message.Message):
    __slots__ = ("surveys", "next_page_token")
    SURVEYS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    surveys: _containers.RepeatedCompositeFieldContainer[Survey]
    next_page_token: str
    def __init__(self, surveys: _Optional[_Iterable[_Union[Survey, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CloseSurveyRequest(_message.Message):
    __slots__ = ("survey_id",)
    SURVEY_ID_FIELD_NUMBER: _ClassVar[int]
    survey_id: str
    def __init__(self, survey_id: _Optional[str] = ...) -> None: ...

class CloseSurveyResponse(_message.Message):
    __slots__ = ("survey",)
    SURVEY_FIELD_NUMBER: _ClassVar[int]
    survey: Survey
    def __init__(self, survey: _Optional[_Union[Survey, _Mapping]] = ...) -> None: ...

class DeleteSurveyRequest(_message.Message):
    __slots__ = ("survey_id",)
    SURVEY_ID_FIELD_NUMBER: _ClassVar[int]
    survey_id: str
    def __init__(self, survey_id: _Optional[str] = ...) -> None: ...

class DeleteSurveyResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListResponsesRequest(_message.Message):
    __slots__ = ("survey_id", "page_size", "page_token")
    SURVEY_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    survey_id: str
    page_size: int
    page_token: str
    def __init__(self, survey_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListResponsesResponse(_message.Message):
    __slots__ = ("responses", "next_page_token")
    RESPONSES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    responses: _containers.RepeatedCompositeFieldContainer[SurveyResponse]
    next_page_token: str
    def __init__(self, responses: _Optional[_Iterable[_Union[SurveyResponse, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetPublicSurveyRequest(_message.Message):
    __slots__ = ("slug",)
    SLUG_FIELD_NUMBER: _ClassVar[int]
    slug: str
    def __init__(self, slug: _Optional[str] = ...) -> None: ...

class GetPublicSurveyResponse(_message.Message):
    __slots__ = ("survey",)
    SURVEY_FIELD_NUMBER: _ClassVar[int]
    survey: PublicSurvey
    def __init__(self, survey: _Optional[_Union[PublicSurvey, _Mapping]] = ...) -> None: ...

class SubmitResponseRequest(_message.Message):
    __slots__ = ("slug", "answers", "fingerprint")
    SLUG_FIELD_NUMBER: _ClassVar[int]
    ANSWERS_FIELD_NUMBER: _ClassVar[int]
    FINGERPRINT_FIELD_NUMBER: _ClassVar[int]
    slug: str
    answers: _containers.RepeatedCompositeFieldContainer[Answer]
    fingerprint: str
    def __init__(self, slug: _Optional[str] = ..., answers: _Optional[_Iterable[_Union[Answer, _Mapping]]] = ..., fingerprint: _Optional[str] = ...) -> None: ...

class SubmitResponseResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Trait(_message.Message):
    __slots__ = ("name", "score")
    NAME_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    name: str
    score: int
    def __init__(self, name: _Optional[str] = ..., score: _Optional[int] = ...) -> None: ...

class Persona(_message.Message):
    __slots__ = ("id", "survey_id", "status", "name", "traits", "description", "responses_used", "generation", "last_error", "has_illustration", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    SURVEY_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    TRAITS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    RESPONSES_USED_FIELD_NUMBER: _ClassVar[int]
    GENERATION_FIELD_NUMBER: _ClassVar[int]
    LAST_ERROR_FIELD_NUMBER: _ClassVar[int]
    HAS_ILLUSTRATION_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    survey_id: str
    status: PersonaStatus
    name: str
    traits: _containers.RepeatedCompositeFieldContainer[Trait]
    description: str
    responses_used: int
    generation: int
    last_error: str
    has_illustration: bool
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., survey_id: _Optional[str] = ..., status: _Optional[_Union[PersonaStatus, str]] = ..., name: _Optional[str] = ..., traits: _Optional[_Iterable[_Union[Trait, _Mapping]]] = ..., description: _Optional[str] = ..., responses_used: _Optional[int] = ..., generation: _Optional[int] = ..., last_error: _Optional[str] = ..., has_illustration: _Optional[bool] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class GetMyPersonaRequest(_message.Message):
    __slots__ = ("survey_id",)
    SURVEY_ID_FIELD_NUMBER: _ClassVar[int]
    survey_id: str
    def __init__(self, survey_id: _Optional[str] = ...) -> None: ...

class GetMyPersonaResponse(_message.Message):
    __slots__ = ("persona",)
    PERSONA_FIELD_NUMBER: _ClassVar[int]
    persona: Persona
    def __init__(self, persona: _Optional[_Union[Persona, _Mapping]] = ...) -> None: ...

class WatchPersonaRequest(_message.Message):
    __slots__ = ("persona_id",)
    PERSONA_ID_FIELD_NUMBER: _ClassVar[int]
    persona_id: str
    def __init__(self, persona_id: _Optional[str] = ...) -> None: ...

class WatchPersonaResponse(_message.Message):
    __slots__ = ("persona",)
    PERSONA_FIELD_NUMBER: _ClassVar[int]
    persona: Persona
    def __init__(self, persona: _Optional[_Union[Persona, _Mapping]] = ...) -> None: ...

class RegeneratePersonaRequest(_message.Message):
    __slots__ = ("persona_id",)
    PERSONA_ID_FIELD_NUMBER: _ClassVar[int]
    persona_id: str
    def __init__(self, persona_id: _Optional[str] = ...) -> None: ...

class RegeneratePersonaResponse(_message.Message):
    __slots__ = ("persona",)
    PERSONA_FIELD_NUMBER: _ClassVar[int]
    persona: Persona
    def __init__(self, persona: _Optional[_Union[Persona, _Mapping]] = ...) -> None: ...

class GetPersonaCardRequest(_message.Message):
    __slots__ = ("persona_id",)
    PERSONA_ID_FIELD_NUMBER: _ClassVar[int]
    persona_id: str
    def __init__(self, persona_id: _Optional[str] = ...) -> None: ...

class GetPersonaCardResponse(_message.Message):
    __slots__ = ("png", "width", "height")
    PNG_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    png: bytes
    width: int
    height: int
    def __init__(self, png: _Optional[bytes] = ..., width: _Optional[int] = ..., height: _Optional[int] = ...) -> None: ...
