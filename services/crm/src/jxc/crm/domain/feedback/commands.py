"""What may be asked of a piece of feedback."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID


@dataclass(frozen=True, slots=True)
class OpenFeedback:
    feedback_id: UUID
    customer_id: UUID
    kind: str  # complaint or suggestion
    subject: str
    opened_at: datetime
    opened_by: str
    description: str | None = None
    order_id: UUID | None = None
    shipment_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class StartWork:
    feedback_id: UUID
    assignee: str
    started_at: datetime


@dataclass(frozen=True, slots=True)
class ResolveFeedback:
    feedback_id: UUID
    resolution: str
    resolved_at: datetime
    resolved_by: str


FeedbackCommand = OpenFeedback | StartWork | ResolveFeedback
