"""Issue 8, item 14: complaints and suggestions, opened → in progress → resolved, linked to an
order or shipment where there is one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import pytest

from jxc.crm.domain.feedback import OpenFeedback, ResolveFeedback, StartWork, feedback_decider
from jxc.events.contracts.crm import FeedbackOpened, FeedbackResolved, FeedbackWorkStarted
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict

Given = Callable[..., Any]
FEEDBACK = UUID("0190b000-0000-7000-8000-0000000000fb")
CUSTOMER = UUID("0190b000-0000-7000-8000-000000000001")
ORDER = UUID("0190b000-0000-7000-8000-0000000000a1")
OPENED = datetime(2026, 12, 1, 9, tzinfo=UTC)


@pytest.fixture
def decider() -> Decider[Any, Any]:
    return feedback_decider


def open_(**changes: Any) -> OpenFeedback:
    values: dict[str, Any] = {
        "feedback_id": FEEDBACK,
        "customer_id": CUSTOMER,
        "kind": "complaint",
        "subject": " tea arrived crushed ",
        "opened_at": OPENED,
        "opened_by": "wang.fang",
        "description": "  ",
        "order_id": ORDER,
    }
    values.update(changes)
    return OpenFeedback(**values)


def opened() -> FeedbackOpened:
    return FeedbackOpened(
        feedback_id=FEEDBACK,
        customer_id=CUSTOMER,
        kind="complaint",
        subject="tea arrived crushed",
        order_id=ORDER,
        opened_at=OPENED,
        opened_by="wang.fang",
    )


def started() -> FeedbackWorkStarted:
    return FeedbackWorkStarted(
        feedback_id=FEEDBACK, customer_id=CUSTOMER, assignee="li.na", started_at=OPENED
    )


def test_a_complaint_about_an_order_is_opened(given: Given) -> None:
    state = given().when(open_()).then(opened())
    assert (state.status, state.order_id) == ("opened", ORDER)


def test_feedback_is_a_complaint_or_a_suggestion(given: Given) -> None:
    given().when(open_(kind="praise")).raises(DomainError, match="complaint or a suggestion")


def test_work_starts_once(given: Given) -> None:
    state = given(opened()).when(StartWork(FEEDBACK, "li.na", OPENED)).then(started())
    assert state.status == "in_progress"
    given(opened(), started()).when(StartWork(FEEDBACK, "li.na", OPENED)).raises(
        StateConflict, match="is in progress"
    )


def test_resolving_records_when_it_was_opened_and_resolved(given: Given) -> None:
    done = OPENED + timedelta(hours=30)
    state = (
        given(opened(), started())
        .when(ResolveFeedback(FEEDBACK, "replaced 2 boxes", done, "li.na"))
        .then(
            FeedbackResolved(
                feedback_id=FEEDBACK,
                customer_id=CUSTOMER,
                kind="complaint",
                resolution="replaced 2 boxes",
                opened_at=OPENED,
                resolved_at=done,
                resolved_by="li.na",
            )
        )
    )
    assert state.status == "resolved"


def test_resolved_is_final(given: Given) -> None:
    resolved = FeedbackResolved(
        feedback_id=FEEDBACK,
        customer_id=CUSTOMER,
        kind="complaint",
        resolution="x",
        opened_at=OPENED,
        resolved_at=OPENED,
        resolved_by="x",
    )
    given(opened(), resolved).when(ResolveFeedback(FEEDBACK, "y", OPENED, "x")).raises(
        StateConflict, match="resolved already"
    )


def test_a_resolution_is_needed(given: Given) -> None:
    given(opened()).when(ResolveFeedback(FEEDBACK, " ", OPENED, "x")).raises(
        DomainError, match="blank", fields=("resolution",)
    )


def test_unknown_feedback_is_not_found(given: Given) -> None:
    given().when(StartWork(FEEDBACK, "x", OPENED)).raises(NotFound, match="no feedback")
