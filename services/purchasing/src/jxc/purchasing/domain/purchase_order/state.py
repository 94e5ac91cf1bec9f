"""A purchase order's state, folded from its events.

draft → submitted → approved → sent → partially received → received → closed; cancelled
from any state before the first receipt. Approving a draft submits it too; receiving an
approved order that was not marked sent is allowed (the goods came anyway).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.purchasing import (
    GoodsReceived,
    PurchaseOrderApproved,
    PurchaseOrderCancelled,
    PurchaseOrderClosed,
    PurchaseOrderCreated,
    PurchaseOrderFirstApproved,
    PurchaseOrderRejected,
    PurchaseOrderSent,
    PurchaseOrderSubmitted,
    PurchaseReturnShipped,
    SupplierClaimRaised,
)

#: A line may be received up to this fraction above its ordered quantity (0.05 = 5 %).
OVER_RECEIPT_TOLERANCE = Decimal("0.05")

_ZERO = Decimal(0)


class PurchaseOrderStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    SENT = "sent"
    PARTIALLY_RECEIVED = "partially_received"
    RECEIVED = "received"
    CLOSED = "closed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


#: Statuses in which goods are still expected: what the purchase plan counts as in flight.
OPEN_STATUSES = frozenset(
    {
        PurchaseOrderStatus.DRAFT,
        PurchaseOrderStatus.SUBMITTED,
        PurchaseOrderStatus.APPROVED,
        PurchaseOrderStatus.SENT,
        PurchaseOrderStatus.PARTIALLY_RECEIVED,
    }
)


@dataclass(frozen=True, slots=True)
class PurchaseOrderLineState:
    line_no: int
    sku: str
    unit: str
    unit_price: Decimal
    warehouse: str
    ordered: Decimal
    expected_date: date | None = None
    accepted: Decimal = _ZERO
    rejected: Decimal = _ZERO
    returned: Decimal = _ZERO
    claimed: Decimal = _ZERO

    @property
    def rejected_open(self) -> Decimal:
        """Rejected goods not yet returned nor claimed: what a return or a claim may take."""
        return self.rejected - self.returned - self.claimed

    @property
    def outstanding(self) -> Decimal:
        """What the supplier still owes: rejected goods do not reduce it."""
        return max(self.ordered - self.accepted, _ZERO)

    @property
    def fully_received(self) -> bool:
        return self.accepted >= self.ordered

    @property
    def max_acceptable(self) -> Decimal:
        """The most that may be accepted on this line in total, tolerance included."""
        return self.ordered * (1 + OVER_RECEIPT_TOLERANCE)


@dataclass(frozen=True, slots=True)
class PurchaseOrderState:
    """`status` is None until the order is created. `first_approved_by` is set between the
    first and the second approval of an order that needs two."""

    status: PurchaseOrderStatus | None = None
    supplier_id: UUID | None = None
    currency: str = ""
    total: Decimal = _ZERO
    first_approved_by: str | None = None
    approved_by: str | None = None
    status_reason: str | None = None
    lines: tuple[PurchaseOrderLineState, ...] = ()
    receipts: frozenset[UUID] = frozenset()
    returns: frozenset[UUID] = frozenset()
    claims: frozenset[UUID] = frozenset()
    suggestion_id: UUID | None = None

    @property
    def exists(self) -> bool:
        return self.status is not None

    def line(self, line_no: int) -> PurchaseOrderLineState | None:
        for line in self.lines:
            if line.line_no == line_no:
                return line
        return None


def evolve(state: PurchaseOrderState, event: DomainEvent) -> PurchaseOrderState:
    match event:
        case PurchaseOrderCreated():
            return _created(event)
        case PurchaseOrderSubmitted():
            return replace(state, status=PurchaseOrderStatus.SUBMITTED)
        case PurchaseOrderFirstApproved():
            return replace(
                state, status=PurchaseOrderStatus.SUBMITTED, first_approved_by=event.approved_by
            )
        case PurchaseOrderRejected():
            return replace(
                state,
                status=PurchaseOrderStatus.DRAFT,
                status_reason=event.reason,
                first_approved_by=None,
            )
        case PurchaseOrderApproved():
            return replace(
                state,
                status=PurchaseOrderStatus.APPROVED,
                approved_by=event.approved_by,
                first_approved_by=event.first_approved_by,
            )
        case PurchaseOrderSent():
            return replace(state, status=PurchaseOrderStatus.SENT)
        case GoodsReceived():
            return _received(state, event)
        case PurchaseOrderClosed():
            return replace(state, status=PurchaseOrderStatus.CLOSED, status_reason=event.reason)
        case PurchaseOrderCancelled():
            return replace(state, status=PurchaseOrderStatus.CANCELLED, status_reason=event.reason)
        case PurchaseReturnShipped():
            returned = _per_line((line.line_no, line.quantity) for line in event.lines)
            return replace(
                _add(state, "returned", returned), returns=state.returns | {event.return_id}
            )
        case SupplierClaimRaised():
            claimed = _per_line((line.line_no, line.quantity) for line in event.lines)
            return replace(_add(state, "claimed", claimed), claims=state.claims | {event.claim_id})
    return state


def _add(
    state: PurchaseOrderState, quantity: str, per_line: dict[int, Decimal]
) -> PurchaseOrderState:
    """`per_line` added to each line's `quantity` (accepted, rejected, returned, claimed)."""
    return replace(
        state,
        lines=tuple(
            replace(line, **{quantity: getattr(line, quantity) + per_line[line.line_no]})
            if line.line_no in per_line
            else line
            for line in state.lines
        ),
    )


def _per_line(quantities: Iterable[tuple[int, Decimal]]) -> dict[int, Decimal]:
    total: dict[int, Decimal] = {}
    for line_no, quantity in quantities:
        total[line_no] = total.get(line_no, _ZERO) + quantity
    return total


def _created(event: PurchaseOrderCreated) -> PurchaseOrderState:
    return PurchaseOrderState(
        status=PurchaseOrderStatus.DRAFT,
        supplier_id=event.supplier_id,
        currency=event.currency,
        total=event.total.amount,
        suggestion_id=event.suggestion_id,
        lines=tuple(
            PurchaseOrderLineState(
                line_no=line.line_no,
                sku=line.sku,
                unit=line.unit,
                unit_price=line.unit_price.amount,
                warehouse=line.warehouse,
                ordered=line.quantity,
                expected_date=line.expected_date,
            )
            for line in event.lines
        ),
    )


def _received(state: PurchaseOrderState, event: GoodsReceived) -> PurchaseOrderState:
    accepted = _per_line((got.line_no, got.quantity_accepted) for got in event.lines)
    rejected = _per_line((got.line_no, got.quantity_rejected) for got in event.lines)
    state = _add(_add(state, "accepted", accepted), "rejected", rejected)
    status = (
        PurchaseOrderStatus.RECEIVED
        if all(line.fully_received for line in state.lines)
        else PurchaseOrderStatus.PARTIALLY_RECEIVED
    )
    return replace(state, status=status, receipts=state.receipts | {event.receipt_id})
