"""A follow-up's state, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.crm import (
    FollowUpCancelled,
    FollowUpCompleted,
    FollowUpRescheduled,
    FollowUpScheduled,
)


@dataclass(frozen=True, slots=True)
class FollowUpState:
    status: str = "none"  # none, open, done, cancelled
    customer_id: UUID | None = None
    kind: str = ""
    subject: str = ""
    owner: str = ""
    due_on: date | None = None
    outcome: str | None = None
    completed_on: date | None = None


def evolve(state: FollowUpState, event: DomainEvent) -> FollowUpState:
    match event:
        case FollowUpScheduled():
            return FollowUpState(
                "open",
                event.customer_id,
                event.kind,
                event.subject,
                event.owner,
                event.due_on,
            )
        case FollowUpRescheduled():
            return replace(state, due_on=event.due_on, owner=event.owner)
        case FollowUpCompleted():
            return replace(
                state, status="done", outcome=event.outcome, completed_on=event.completed_on
            )
        case FollowUpCancelled():
            return replace(state, status="cancelled", outcome=event.reason)
    return state
