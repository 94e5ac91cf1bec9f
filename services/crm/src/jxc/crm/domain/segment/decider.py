"""A customer's segment, an aggregate of its own (stream `customer-segment-<id>`): assigning
the segment a computation gave records crm.CustomerSegmentChanged when, and only when, it
differs from the one the customer has."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from jxc.crm.domain.segment.rfm import SEGMENTS
from jxc.events.base import DomainEvent
from jxc.events.contracts.crm import CustomerSegmentChanged
from jxc.platform.decider import Decider, DomainError


@dataclass(frozen=True, slots=True)
class AssignSegment:
    customer_id: UUID
    segment: str
    recency_score: int
    frequency_score: int
    monetary_score: int
    computed_at: datetime


@dataclass(frozen=True, slots=True)
class SegmentState:
    segment: str | None = None
    computed_at: datetime | None = None


def decide(command: AssignSegment, state: SegmentState) -> Sequence[DomainEvent]:
    if command.segment not in SEGMENTS:
        raise DomainError(f"there is no segment {command.segment!r}", fields=("segment",))
    if command.segment == state.segment:
        return []
    return [
        CustomerSegmentChanged(
            customer_id=command.customer_id,
            segment=command.segment,
            previous_segment=state.segment,
            recency_score=command.recency_score,
            frequency_score=command.frequency_score,
            monetary_score=command.monetary_score,
            computed_at=command.computed_at,
        )
    ]


def evolve(state: SegmentState, event: DomainEvent) -> SegmentState:
    if isinstance(event, CustomerSegmentChanged):
        return SegmentState(event.segment, event.computed_at)
    return state


segment_decider: Decider[AssignSegment, SegmentState] = Decider(
    stream_prefix="customer-segment",
    initial_state=SegmentState(),
    decide=decide,
    evolve=evolve,
    state_type=SegmentState,
)
