"""Personas through the Python client: a user's survey answered by three
friends with no account (a client without a token), a second answer from the
same respondent and a wrong answer refused, then the persona made by the
server's worker (offline generator, built-in renderer) and its PNG card."""

from __future__ import annotations

import struct
import time
from collections.abc import Callable

import grpc
import pytest

from kith.personas.v1 import personas_pb2
from kith_client import KithClient, error_details
from support import Account

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _questions() -> list[personas_pb2.Question]:
    return [
        personas_pb2.Question(text="How calm am I under pressure?", kind=personas_pb2.QUESTION_KIND_SCALE),
        personas_pb2.Question(
            text="Where would I spend a free Saturday?",
            kind=personas_pb2.QUESTION_KIND_SINGLE_CHOICE,
            options=["Hiking", "Reading at home", "At a party"],
        ),
        personas_pb2.Question(text="Describe me in one sentence.", kind=personas_pb2.QUESTION_KIND_FREE_TEXT),
    ]


def _answers(scale: int, choice: int, text: str) -> list[personas_pb2.Answer]:
    return [
        personas_pb2.Answer(question=0, scale=scale),
        personas_pb2.Answer(question=1, choice=choice),
        personas_pb2.Answer(question=2, text=text),
    ]


def _submit(client: KithClient, slug: str, fingerprint: str, answers: list[personas_pb2.Answer]) -> None:
    client.surveys.SubmitResponse(
        personas_pb2.SubmitResponseRequest(slug=slug, answers=answers, fingerprint=fingerprint),
        timeout=10,
    )


def _wait_until_settled(owner: KithClient, survey_id: str, timeout: float = 60) -> personas_pb2.Persona:
    """Polls GetMyPersona until the persona is READY or FAILED."""
    deadline = time.monotonic() + timeout
    seen: list[int] = []
    while True:
        persona = owner.personas.GetMyPersona(personas_pb2.GetMyPersonaRequest(survey_id=survey_id), timeout=10).persona
        if not seen or seen[-1] != persona.status:
            seen.append(persona.status)
        if persona.status in (personas_pb2.PERSONA_STATUS_READY, personas_pb2.PERSONA_STATUS_FAILED):
            return persona
        if time.monotonic() > deadline:
            names = [personas_pb2.PersonaStatus.Name(s) for s in seen]
            pytest.fail(f"persona not ready after {timeout} s; statuses seen: {names}")
        time.sleep(0.2)


def test_anonymous_answers_make_a_persona_with_a_card(
    new_account: Callable[[str], Account], connect_to: Callable[..., KithClient]
) -> None:
    ada = new_account("Ada")
    created = ada.client.surveys.CreateSurvey(
        personas_pb2.CreateSurveyRequest(title="What am I like?", questions=_questions(), min_responses=3),
        timeout=30,
    )
    survey, persona = created.survey, created.persona
    assert survey.slug and survey.id
    assert survey.status == personas_pb2.SURVEY_STATUS_OPEN
    assert survey.min_responses == 3
    assert persona.id and persona.survey_id == survey.id
    assert persona.status == personas_pb2.PERSONA_STATUS_PENDING

    # A friend's client: no token at all.
    friend = connect_to()
    assert friend.token is None
    public = friend.surveys.GetPublicSurvey(personas_pb2.GetPublicSurveyRequest(slug=survey.slug), timeout=10).survey
    assert public.title == "What am I like?"
    assert [q.kind for q in public.questions] == [q.kind for q in _questions()]
    assert list(public.questions[1].options) == ["Hiking", "Reading at home", "At a party"]
    # The owner's methods still need a token.
    with pytest.raises(grpc.RpcError) as caught:
        friend.surveys.ListSurveys(personas_pb2.ListSurveysRequest(), timeout=10)
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED

    _submit(friend, survey.slug, "python-respondent-1", _answers(4, 0, "Steady, curious and kind."))

    # The same respondent again: one answer set per fingerprint.
    with pytest.raises(grpc.RpcError) as caught:
        _submit(friend, survey.slug, "python-respondent-1", _answers(2, 1, "Trying to answer twice."))
    assert caught.value.code() == grpc.StatusCode.ALREADY_EXISTS

    # A wrong answer is named; nothing is stored.
    with pytest.raises(grpc.RpcError) as caught:
        _submit(friend, survey.slug, "python-respondent-x", _answers(9, 1, "Out of range."))
    details = error_details(caught.value)
    assert details.code == grpc.StatusCode.INVALID_ARGUMENT
    assert details.fields == ["answers[0].scale"]

    _submit(connect_to(), survey.slug, "python-respondent-2", _answers(5, 2, "Loud laugh, big heart."))
    # The third answer reaches min_responses and starts the persona's run.
    _submit(connect_to(), survey.slug, "python-respondent-3", _answers(3, 0, "Thinks before speaking."))

    counted = ada.client.surveys.GetSurvey(personas_pb2.GetSurveyRequest(survey_id=survey.id), timeout=10).survey
    assert counted.response_count == 3, "the refused answers were not counted"

    ready = _wait_until_settled(ada.client, survey.id)
    assert ready.status == personas_pb2.PERSONA_STATUS_READY, ready.last_error
    assert ready.id == persona.id
    assert ready.name
    assert len(ready.traits) > 0
    assert all(0 <= t.score <= 100 and t.name for t in ready.traits)
    assert ready.responses_used == 3
    assert ready.has_illustration

    card = ada.client.personas.GetPersonaCard(personas_pb2.GetPersonaCardRequest(persona_id=ready.id), timeout=30)
    assert card.png.startswith(PNG_SIGNATURE)
    assert (card.width, card.height) == (1200, 630)
    # The IHDR chunk (always first) says the same.
    assert card.png[12:16] == b"IHDR"
    assert struct.unpack(">II", card.png[16:24]) == (1200, 630)


def test_an_unknown_slug_is_not_found(connect_to: Callable[..., KithClient]) -> None:
    with pytest.raises(grpc.RpcError) as caught:
        connect_to().surveys.GetPublicSurvey(personas_pb2.GetPublicSurveyRequest(slug="no-such-survey"), timeout=10)
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
