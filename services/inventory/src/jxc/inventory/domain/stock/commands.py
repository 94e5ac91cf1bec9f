"""The commands a stock position takes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from jxc.inventory.domain.stock.state import ZERO, IssueKind


@dataclass(frozen=True, slots=True)
class Receive:
    """Goods come in; `lost` more were on the way and never arrived (a transfer's transit
    loss): they come in and are written off at once, at `lost_value`, so the ledger shows
    both what was sent and what was lost."""

    quantity: Decimal
    unit: str
    unit_cost: Decimal
    currency: str
    location: str | None = None
    lot: str | None = None
    reason: str = "purchase_receipt"
    source_event_id: UUID | None = None
    document_id: UUID | None = None
    lost: Decimal = ZERO
    lost_value: Decimal | None = None


TRANSIT_LOSS = "transit_loss"


@dataclass(frozen=True, slots=True)
class Reserve:
    """Reserve for an order line; with `refusal`, the line is rejected for that reason
    whatever is available (an order that cannot be reserved as it was placed)."""

    order_id: UUID
    line_no: int
    quantity: Decimal
    unit: str
    refusal: str | None = None


@dataclass(frozen=True, slots=True)
class Release:
    order_id: UUID
    line_no: int
    reason: str


@dataclass(frozen=True, slots=True)
class Issue:
    """Stock leaves: `order_id`/`line_no` consume that reservation first."""

    quantity: Decimal
    unit: str
    reason: str
    location: str | None = None
    lot: str | None = None
    order_id: UUID | None = None
    line_no: int | None = None
    document_id: UUID | None = None
    source_event_id: UUID | None = None
    kind: IssueKind = IssueKind.OTHER


@dataclass(frozen=True, slots=True)
class Adjust:
    """A signed correction of on hand; an addition is valued at `unit_cost` or the current cost."""

    quantity: Decimal
    unit: str
    reason: str
    location: str | None = None
    lot: str | None = None
    unit_cost: Decimal | None = None
    count_id: UUID | None = None
    document_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class CorrectCost:
    """A late cost difference for goods received earlier (`quantity` of them, by `source`)."""

    amount: Decimal
    currency: str
    quantity: Decimal
    reason: str
    source_event_id: UUID | None = None
    document_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class ChangeInTransit:
    """Goods of a transfer on their way here: `quantity` more in transit (dispatched), or less
    (negative: received, or declared lost)."""

    quantity: Decimal
    unit: str
    transfer_id: UUID


StockCommand = Receive | Reserve | Release | Issue | Adjust | CorrectCost | ChangeInTransit
