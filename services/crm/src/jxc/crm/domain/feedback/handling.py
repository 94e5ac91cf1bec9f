"""Opening feedback, starting work on it, resolving it. Opened → in progress → resolved; a
suggestion (or a complaint settled at once) may be resolved straight from opened. Resolved is
final."""

from __future__ import annotations

from uuid import UUID

from jxc.crm.domain.feedback.commands import OpenFeedback, ResolveFeedback, StartWork
from jxc.crm.domain.feedback.state import FeedbackState
from jxc.events.base import DomainEvent
from jxc.events.contracts.crm import FeedbackOpened, FeedbackResolved, FeedbackWorkStarted
from jxc.events.limits import MAX_NAME, MAX_REASON
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_text, optional_text

KINDS = ("complaint", "suggestion")
MAX_DESCRIPTION = 4000


def open_feedback(command: OpenFeedback, state: FeedbackState) -> list[DomainEvent]:
    c = command
    if state.status != "none":
        raise StateConflict(f"feedback {c.feedback_id} exists already", fields=("feedback_id",))
    if c.kind not in KINDS:
        raise DomainError(
            f"feedback is a complaint or a suggestion, not {c.kind!r}", fields=("kind",)
        )
    return [
        FeedbackOpened(
            feedback_id=c.feedback_id,
            customer_id=c.customer_id,
            kind=c.kind,
            subject=check_text(c.subject, "subject", "the subject", max_length=MAX_NAME),
            description=optional_text(
                c.description, "description", "the description", max_length=MAX_DESCRIPTION
            ),
            order_id=c.order_id,
            shipment_id=c.shipment_id,
            opened_at=c.opened_at,
            opened_by=c.opened_by,
        )
    ]


def start_work(command: StartWork, state: FeedbackState) -> list[DomainEvent]:
    _existing(state, command.feedback_id)
    assert state.customer_id is not None
    if state.status != "opened":
        raise StateConflict(
            f"feedback {command.feedback_id} is {state.status.replace('_', ' ')}: work on it "
            "starts once, from opened"
        )
    return [
        FeedbackWorkStarted(
            feedback_id=command.feedback_id,
            customer_id=state.customer_id,
            assignee=check_text(command.assignee, "assignee", "the assignee", max_length=MAX_NAME),
            started_at=command.started_at,
        )
    ]


def resolve(command: ResolveFeedback, state: FeedbackState) -> list[DomainEvent]:
    _existing(state, command.feedback_id)
    assert state.customer_id is not None and state.opened_at is not None
    if state.status == "resolved":
        raise StateConflict(f"feedback {command.feedback_id} is resolved already")
    return [
        FeedbackResolved(
            feedback_id=command.feedback_id,
            customer_id=state.customer_id,
            kind=state.kind,
            resolution=check_text(
                command.resolution, "resolution", "the resolution", max_length=MAX_REASON
            ),
            opened_at=state.opened_at,
            resolved_at=max(command.resolved_at, state.opened_at),
            resolved_by=command.resolved_by,
        )
    ]


def _existing(state: FeedbackState, feedback: UUID) -> None:
    if state.status == "none":
        raise NotFound(f"there is no feedback {feedback}", fields=("feedback_id",))
