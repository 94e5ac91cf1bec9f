"""What may be asked of a customer return (RMA)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal
from uuid import UUID

Disposition = Literal["restock", "scrap", "return_to_supplier"]
DISPOSITIONS: tuple[Disposition, ...] = ("restock", "scrap", "return_to_supplier")

#: VAT when nothing else is said: 13 %.
DEFAULT_TAX_RATE = Decimal("0.13")


@dataclass(frozen=True, slots=True)
class Returnable:
    """A shipped line of the order as sales knows it (from its own OrderPlaced / OrderShipped):
    the price the customer paid for one unit, net of discounts, and how much of it may still
    be returned (shipped, less what other returns of the order claim)."""

    line_no: int
    sku: str
    warehouse: str
    unit: str
    unit_price: Decimal
    currency: str
    returnable: Decimal


@dataclass(frozen=True, slots=True)
class WantedLine:
    line_no: int
    quantity: Decimal


@dataclass(frozen=True, slots=True)
class RequestReturn:
    """`order_customer` and `shipped` are what sales knows of the order (None: nothing)."""

    return_id: UUID
    order_id: UUID
    lines: tuple[WantedLine, ...]
    reason: str
    order_customer: UUID | None
    shipped: tuple[Returnable, ...]


@dataclass(frozen=True, slots=True)
class ApproveReturn:
    return_id: UUID
    note: str | None = None


@dataclass(frozen=True, slots=True)
class RefuseReturn:
    return_id: UUID
    reason: str


@dataclass(frozen=True, slots=True)
class Inspection:
    """What arrived of one requested line, and where it goes: one line may be split over
    dispositions (3 restocked, 1 scrapped)."""

    line_no: int
    quantity: Decimal
    disposition: Disposition


@dataclass(frozen=True, slots=True)
class ReceiveReturn:
    return_id: UUID
    inspections: tuple[Inspection, ...]


@dataclass(frozen=True, slots=True)
class RefundReturn:
    """Refund what was received, at the price paid, with a credit note."""

    return_id: UUID
    credit_note_id: UUID
    credit_note_no: str
    issued_on: date
    tax_rate: Decimal = DEFAULT_TAX_RATE


@dataclass(frozen=True, slots=True)
class ExchangeReturn:
    """Replace what was received instead of refunding it: a replacement order is asked for."""

    return_id: UUID
    replacement_order_id: UUID


ReturnCommand = (
    RequestReturn | ApproveReturn | RefuseReturn | ReceiveReturn | RefundReturn | ExchangeReturn
)
