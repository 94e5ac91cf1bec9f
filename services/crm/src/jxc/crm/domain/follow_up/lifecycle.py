"""Scheduling a follow-up, moving it, and closing it (done with an outcome, or cancelled)."""

from __future__ import annotations

from uuid import UUID

from jxc.crm.domain.follow_up.commands import (
    CancelFollowUp,
    CompleteFollowUp,
    RescheduleFollowUp,
    ScheduleFollowUp,
)
from jxc.crm.domain.follow_up.state import FollowUpState
from jxc.events.base import DomainEvent
from jxc.events.contracts.crm import (
    FollowUpCancelled,
    FollowUpCompleted,
    FollowUpRescheduled,
    FollowUpScheduled,
)
from jxc.events.limits import MAX_NAME, MAX_REASON
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_text

KINDS = ("call", "visit")


def schedule(command: ScheduleFollowUp, state: FollowUpState) -> list[DomainEvent]:
    if state.status != "none":
        raise StateConflict(
            f"follow-up {command.follow_up_id} exists already", fields=("follow_up_id",)
        )
    if command.kind not in KINDS:
        raise DomainError(
            f"a follow-up is a call or a visit, not {command.kind!r}", fields=("kind",)
        )
    return [
        FollowUpScheduled(
            follow_up_id=command.follow_up_id,
            customer_id=command.customer_id,
            kind=command.kind,
            subject=check_text(command.subject, "subject", "the subject", max_length=MAX_NAME),
            owner=check_text(command.owner, "owner", "the owner", max_length=MAX_NAME),
            due_on=command.due_on,
            scheduled_by=command.scheduled_by,
        )
    ]


def reschedule(command: RescheduleFollowUp, state: FollowUpState) -> list[DomainEvent]:
    _open(state, command.follow_up_id, "reschedule")
    assert state.due_on is not None
    owner = (
        state.owner
        if command.owner is None
        else check_text(command.owner, "owner", "the owner", max_length=MAX_NAME)
    )
    if (command.due_on, owner) == (state.due_on, state.owner):
        return []
    return [
        FollowUpRescheduled(
            follow_up_id=command.follow_up_id,
            due_on=command.due_on,
            previous_due_on=state.due_on,
            owner=owner,
            reason=_reason(command.reason),
        )
    ]


def complete(command: CompleteFollowUp, state: FollowUpState) -> list[DomainEvent]:
    _open(state, command.follow_up_id, "complete")
    assert state.customer_id is not None
    return [
        FollowUpCompleted(
            follow_up_id=command.follow_up_id,
            customer_id=state.customer_id,
            outcome=check_text(command.outcome, "outcome", "the outcome", max_length=MAX_REASON),
            completed_on=command.completed_on,
            completed_by=command.completed_by,
        )
    ]


def cancel(command: CancelFollowUp, state: FollowUpState) -> list[DomainEvent]:
    _open(state, command.follow_up_id, "cancel")
    assert state.customer_id is not None
    return [
        FollowUpCancelled(
            follow_up_id=command.follow_up_id,
            customer_id=state.customer_id,
            reason=_reason(command.reason),
            cancelled_by=command.cancelled_by,
        )
    ]


def _open(state: FollowUpState, follow_up: UUID, action: str) -> None:
    if state.status == "none":
        raise NotFound(f"there is no follow-up {follow_up}", fields=("follow_up_id",))
    if state.status != "open":
        raise StateConflict(f"follow-up {follow_up} is {state.status}: it cannot {action}")


def _reason(value: str) -> str:
    return check_text(value, "reason", "the reason", max_length=MAX_REASON)
