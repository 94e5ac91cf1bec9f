"""What may be asked of a follow-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID


@dataclass(frozen=True, slots=True)
class ScheduleFollowUp:
    follow_up_id: UUID
    customer_id: UUID
    kind: str  # call or visit
    subject: str
    owner: str
    due_on: date
    scheduled_by: str


@dataclass(frozen=True, slots=True)
class RescheduleFollowUp:
    """A new due date, and a new owner if given."""

    follow_up_id: UUID
    due_on: date
    reason: str
    owner: str | None = None


@dataclass(frozen=True, slots=True)
class CompleteFollowUp:
    follow_up_id: UUID
    outcome: str
    completed_on: date
    completed_by: str


@dataclass(frozen=True, slots=True)
class CancelFollowUp:
    follow_up_id: UUID
    reason: str
    cancelled_by: str


FollowUpCommand = ScheduleFollowUp | RescheduleFollowUp | CompleteFollowUp | CancelFollowUp
