"""Issue 8, item 13: follow-ups (call, visit) scheduled with a due date and an owner, moved,
and closed with an outcome or cancelled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any
from uuid import UUID

import pytest

from jxc.crm.domain.follow_up import (
    CancelFollowUp,
    CompleteFollowUp,
    RescheduleFollowUp,
    ScheduleFollowUp,
    follow_up_decider,
)
from jxc.events.contracts.crm import (
    FollowUpCancelled,
    FollowUpCompleted,
    FollowUpRescheduled,
    FollowUpScheduled,
)
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict

Given = Callable[..., Any]
FOLLOW_UP = UUID("0190b000-0000-7000-8000-0000000000f1")
CUSTOMER = UUID("0190b000-0000-7000-8000-000000000001")
DUE = date(2026, 12, 10)


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return follow_up_decider


def scheduled(kind: str = "call") -> FollowUpScheduled:
    return FollowUpScheduled(
        follow_up_id=FOLLOW_UP,
        customer_id=CUSTOMER,
        kind=kind,
        subject="renew the annual contract",
        owner="li.na",
        due_on=DUE,
        scheduled_by="wang.fang",
    )


def schedule(**changes: Any) -> ScheduleFollowUp:
    values: dict[str, Any] = {
        "follow_up_id": FOLLOW_UP,
        "customer_id": CUSTOMER,
        "kind": "call",
        "subject": " renew the annual contract ",
        "owner": "li.na",
        "due_on": DUE,
        "scheduled_by": "wang.fang",
    }
    values.update(changes)
    return ScheduleFollowUp(**values)


def test_a_call_is_scheduled_for_an_owner_by_a_date(given: Given) -> None:
    state = given().when(schedule()).then(scheduled())
    assert (state.status, state.owner, state.due_on) == ("open", "li.na", DUE)


def test_a_follow_up_is_a_call_or_a_visit(given: Given) -> None:
    given().when(schedule(kind="email")).raises(DomainError, match="call or a visit")


def test_an_owner_is_needed(given: Given) -> None:
    given().when(schedule(owner=" ")).raises(DomainError, match="blank", fields=("owner",))


def test_moving_it_records_the_new_date_and_owner(given: Given) -> None:
    given(scheduled()).when(
        RescheduleFollowUp(FOLLOW_UP, date(2026, 12, 20), "customer away", "zhao.lei")
    ).then(
        FollowUpRescheduled(
            follow_up_id=FOLLOW_UP,
            due_on=date(2026, 12, 20),
            previous_due_on=DUE,
            owner="zhao.lei",
            reason="customer away",
        )
    )


def test_completing_records_the_outcome(given: Given) -> None:
    state = (
        given(scheduled("visit"))
        .when(CompleteFollowUp(FOLLOW_UP, "signed for 2027", date(2026, 12, 9), "li.na"))
        .then(
            FollowUpCompleted(
                follow_up_id=FOLLOW_UP,
                customer_id=CUSTOMER,
                outcome="signed for 2027",
                completed_on=date(2026, 12, 9),
                completed_by="li.na",
            )
        )
    )
    assert (state.status, state.outcome) == ("done", "signed for 2027")


def test_a_closed_follow_up_stays_closed(given: Given) -> None:
    cancelled = FollowUpCancelled(
        follow_up_id=FOLLOW_UP, customer_id=CUSTOMER, reason="duplicate", cancelled_by="x"
    )
    given(scheduled(), cancelled).when(CompleteFollowUp(FOLLOW_UP, "done", DUE, "li.na")).raises(
        StateConflict, match="is cancelled"
    )


def test_cancelling_needs_a_reason(given: Given) -> None:
    given(scheduled()).when(CancelFollowUp(FOLLOW_UP, " ", "x")).raises(
        DomainError, match="blank", fields=("reason",)
    )


def test_an_unknown_follow_up_is_not_found(given: Given) -> None:
    given().when(CancelFollowUp(FOLLOW_UP, "x", "x")).raises(NotFound, match="no follow-up")


def test_scheduling_twice_is_a_conflict(given: Given) -> None:
    given(scheduled()).when(schedule()).raises(StateConflict, match="exists already")
