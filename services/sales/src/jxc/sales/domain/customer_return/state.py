"""A customer return as it stands, folded from its events."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.sales import (
    CreditNoteIssued,
    ReturnApproved,
    ReturnExchanged,
    ReturnReceived,
    ReturnRefused,
    ReturnRequested,
)

ZERO = Decimal(0)


class ReturnStatus(StrEnum):
    NEW = "new"  # nothing asked yet
    REQUESTED = "requested"
    APPROVED = "approved"
    REFUSED = "refused"
    RECEIVED = "received"
    REFUNDED = "refunded"
    EXCHANGED = "exchanged"


@dataclass(frozen=True, slots=True)
class ReturnLine:
    """A requested line: the order's line, how many, at the price paid for one."""

    line_no: int
    sku: str
    warehouse: str
    quantity: Decimal
    unit: str
    unit_price: Decimal


@dataclass(frozen=True, slots=True)
class ReceivedLine:
    line_no: int
    quantity: Decimal
    disposition: str


@dataclass(frozen=True, slots=True)
class ReturnState:
    status: ReturnStatus = ReturnStatus.NEW
    order_id: UUID | None = None
    customer_id: UUID | None = None
    currency: str = ""
    reason: str = ""
    lines: tuple[ReturnLine, ...] = ()
    received: tuple[ReceivedLine, ...] = ()
    refusal: str | None = None
    credit_note_id: UUID | None = None
    replacement_order_id: UUID | None = None

    def line(self, line_no: int) -> ReturnLine | None:
        return next((line for line in self.lines if line.line_no == line_no), None)

    def received_of(self, line_no: int) -> Decimal:
        return sum((r.quantity for r in self.received if r.line_no == line_no), ZERO)

    def claimed(self, line_no: int) -> Decimal:
        """How much of the order's line this return holds: what it asks for until received,
        then what arrived; nothing once refused."""
        if self.status is ReturnStatus.REFUSED:
            return ZERO
        if self.status in (ReturnStatus.NEW, ReturnStatus.REQUESTED, ReturnStatus.APPROVED):
            found = self.line(line_no)
            return ZERO if found is None else found.quantity
        return self.received_of(line_no)


def evolve(state: ReturnState, event: DomainEvent) -> ReturnState:
    match event:
        case ReturnRequested():
            return ReturnState(
                status=ReturnStatus.REQUESTED,
                order_id=event.order_id,
                customer_id=event.customer_id,
                currency=event.lines[0].unit_price.currency,
                reason=event.reason,
                lines=tuple(
                    ReturnLine(
                        line.line_no,
                        line.sku,
                        line.warehouse,
                        line.quantity,
                        line.unit,
                        line.unit_price.amount,
                    )
                    for line in event.lines
                ),
            )
        case ReturnApproved():
            return replace(state, status=ReturnStatus.APPROVED)
        case ReturnRefused():
            return replace(state, status=ReturnStatus.REFUSED, refusal=event.reason)
        case ReturnReceived():
            received = tuple(
                ReceivedLine(line.line_no, line.quantity, line.disposition) for line in event.lines
            )
            return replace(state, status=ReturnStatus.RECEIVED, received=received)
        case CreditNoteIssued():
            return replace(state, status=ReturnStatus.REFUNDED, credit_note_id=event.credit_note_id)
        case ReturnExchanged():
            return replace(
                state,
                status=ReturnStatus.EXCHANGED,
                replacement_order_id=event.replacement_order_id,
            )
    return state
