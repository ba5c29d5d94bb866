"""Coaching through the Python client: a goal planned inline by the server's
offline writer, a check-in on one of its habits, the day's summary showing it
done, and a goal without a title refused by name."""

from __future__ import annotations

from collections.abc import Callable

import grpc
import pytest

from kith.coaching.v1 import coaching_pb2
from kith_client import error_details
from support import Account


def test_goal_plan_check_in_and_summary(new_account: Callable[[str], Account]) -> None:
    ada = new_account("Ada")
    goal = ada.client.goals.CreateGoal(
        coaching_pb2.CreateGoalRequest(title="Run a 5k", theme=coaching_pb2.THEME_FITNESS, minutes_per_week=120),
        timeout=30,
    ).goal
    # The offline writer plans within the plan wait: no job to watch.
    assert goal.plan_status == coaching_pb2.PLAN_STATUS_READY
    assert goal.plan_job_id == ""
    assert len(goal.habits) > 0
    habit_id = goal.habits[0].id

    logged = ada.client.goals.LogCheckIn(coaching_pb2.LogCheckInRequest(habit_id=habit_id, completed=True))
    assert logged.created
    assert logged.check_in.habit_id == habit_id and logged.check_in.completed

    summary = ada.client.dashboards.GetSummary(coaching_pb2.GetSummaryRequest())
    assert summary.active_goals == 1
    today = [h for h in summary.habits if h.habit.id == habit_id]
    assert len(today) == 1
    assert today[0].goal_title == "Run a 5k"
    assert today[0].done


def test_a_goal_without_a_title_is_refused_by_name(new_account: Callable[[str], Account]) -> None:
    ada = new_account("Ada")
    with pytest.raises(grpc.RpcError) as caught:
        ada.client.goals.CreateGoal(coaching_pb2.CreateGoalRequest(title="", theme=coaching_pb2.THEME_FITNESS))
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert [v.field for v in error_details(caught.value).field_violations] == ["title"]
    # Nothing was created.
    assert list(ada.client.goals.ListGoals(coaching_pb2.ListGoalsRequest()).goals) == []
