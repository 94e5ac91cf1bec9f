"""A piece of feedback's state, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.crm import FeedbackOpened, FeedbackResolved, FeedbackWorkStarted


@dataclass(frozen=True, slots=True)
class FeedbackState:
    status: str = "none"  # none, opened, in_progress, resolved
    customer_id: UUID | None = None
    kind: str = ""
    subject: str = ""
    description: str | None = None
    order_id: UUID | None = None
    shipment_id: UUID | None = None
    assignee: str | None = None
    resolution: str | None = None
    opened_at: datetime | None = None
    started_at: datetime | None = None
    resolved_at: datetime | None = None


def evolve(state: FeedbackState, event: DomainEvent) -> FeedbackState:
    match event:
        case FeedbackOpened():
            return FeedbackState(
                "opened",
                event.customer_id,
                event.kind,
                event.subject,
                event.description,
                event.order_id,
                event.shipment_id,
                opened_at=event.opened_at,
            )
        case FeedbackWorkStarted():
            return replace(
                state, status="in_progress", assignee=event.assignee, started_at=event.started_at
            )
        case FeedbackResolved():
            return replace(
                state,
                status="resolved",
                resolution=event.resolution,
                resolved_at=event.resolved_at,
            )
    return state
