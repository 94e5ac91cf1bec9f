"""What may be asked of a purchase order. Every id, date and setting comes in with the command;
facts from other aggregates (the supplier's currency, whether it is blocked) too."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

_ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class OrderLine:
    """A line of a new purchase order. `unit_price` is in the order's currency; `currency`,
    when a client sends it, must be that currency."""

    line_no: int
    sku: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    warehouse: str
    expected_date: date | None = None
    currency: str | None = None


@dataclass(frozen=True, slots=True)
class CreatePurchaseOrder:
    """`suggestion_id`: the purchase-plan suggestion the order was drafted from, if any."""

    purchase_order_id: UUID
    supplier_id: UUID
    supplier_currency: str
    supplier_blocked: bool
    currency: str
    lines: Sequence[OrderLine]
    suggestion_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class SubmitPurchaseOrder:
    purchase_order_id: UUID
    submitted_by: str


@dataclass(frozen=True, slots=True)
class RejectPurchaseOrder:
    purchase_order_id: UUID
    rejected_by: str
    reason: str


@dataclass(frozen=True, slots=True)
class ApprovePurchaseOrder:
    """`second_approval_above`: an order whose total is above it needs two approvals by two
    different people (the company setting, in the order's currency); None: one is enough.
    Approving a draft submits it at the same time."""

    purchase_order_id: UUID
    approved_by: str
    second_approval_above: Decimal | None = None


@dataclass(frozen=True, slots=True)
class SendPurchaseOrder:
    purchase_order_id: UUID
    sent_by: str
    sent_to: str | None = None


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    """What was counted and inspected for one purchase order line (`line_no` is the PO line's
    number). A receipt may hold several lines for the same PO line, e.g. one per lot."""

    line_no: int
    quantity_accepted: Decimal
    quantity_rejected: Decimal = _ZERO
    rejection_reason: str | None = None
    lot: str | None = None


@dataclass(frozen=True, slots=True)
class RecordGoodsReceipt:
    purchase_order_id: UUID
    receipt_id: UUID
    lines: Sequence[ReceiptLine]


@dataclass(frozen=True, slots=True)
class ClosePurchaseOrder:
    """Closing an order not yet fully received (a short close) needs a reason."""

    purchase_order_id: UUID
    closed_by: str
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class CancelPurchaseOrder:
    purchase_order_id: UUID
    cancelled_by: str
    reason: str


@dataclass(frozen=True, slots=True)
class ReturnLine:
    """Rejected goods of PO line `line_no` going back. `warehouse` defaults to the line's;
    `location` names where they lie if they were put in stock (e.g. a quarantine bin)."""

    line_no: int
    quantity: Decimal
    reason: str
    warehouse: str | None = None
    location: str | None = None
    lot: str | None = None


@dataclass(frozen=True, slots=True)
class ShipPurchaseReturn:
    purchase_order_id: UUID
    return_id: UUID
    lines: Sequence[ReturnLine]


@dataclass(frozen=True, slots=True)
class ClaimLine:
    line_no: int
    quantity: Decimal
    reason: str


@dataclass(frozen=True, slots=True)
class RaiseSupplierClaim:
    purchase_order_id: UUID
    claim_id: UUID
    lines: Sequence[ClaimLine]


PurchaseOrderCommand = (
    CreatePurchaseOrder
    | SubmitPurchaseOrder
    | ApprovePurchaseOrder
    | RejectPurchaseOrder
    | SendPurchaseOrder
    | RecordGoodsReceipt
    | ClosePurchaseOrder
    | CancelPurchaseOrder
    | ShipPurchaseReturn
    | RaiseSupplierClaim
)
