"""Purchase order: created as a draft, approved, then received (in part or in full).

Pure: no I/O, no clock, no ids made here; every id comes in with its command. What the order
needs to know about its supplier (currency, blocked) comes in with the command too, read by
the command handler from the supplier's stream.

Receiving: `quantity_accepted` is what enters stock and counts toward the ordered quantity;
`quantity_rejected` is recorded (with its reason) but does not reduce what is still owed. A
line may be over-received by at most OVER_RECEIPT_TOLERANCE of its ordered quantity.

Errors name the offending input in `fields`, list positions counted from 0 as in the request
body (`lines[2].quantity` is the third line sent).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import assert_never
from uuid import UUID

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.purchasing import (
    GoodsReceived,
    PurchaseOrderApproved,
    PurchaseOrderCreated,
    PurchaseOrderLine,
    ReceivedLine,
)
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict
from jxc.purchasing.domain._checks import (
    MAX_WHOLE_DIGITS,
    check_currency,
    check_number,
    check_text,
    fmt,
    round_amount,
)

#: A line may be received up to this fraction above its ordered quantity (0.05 = 5 %).
OVER_RECEIPT_TOLERANCE = Decimal("0.05")

_ZERO = Decimal(0)


# --- commands ----------------------------------------------------------------------------


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
    purchase_order_id: UUID
    supplier_id: UUID
    supplier_currency: str
    supplier_blocked: bool
    currency: str
    lines: Sequence[OrderLine]


@dataclass(frozen=True, slots=True)
class ApprovePurchaseOrder:
    purchase_order_id: UUID
    approved_by: str


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


PurchaseOrderCommand = CreatePurchaseOrder | ApprovePurchaseOrder | RecordGoodsReceipt


# --- state -------------------------------------------------------------------------------


class PurchaseOrderStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    PARTIALLY_RECEIVED = "partially_received"
    RECEIVED = "received"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


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
    """`status` is None until the order is created."""

    status: PurchaseOrderStatus | None = None
    supplier_id: UUID | None = None
    currency: str = ""
    total: Decimal = _ZERO
    approved_by: str | None = None
    lines: tuple[PurchaseOrderLineState, ...] = ()
    receipts: frozenset[UUID] = frozenset()

    @property
    def exists(self) -> bool:
        return self.status is not None

    def line(self, line_no: int) -> PurchaseOrderLineState | None:
        for line in self.lines:
            if line.line_no == line_no:
                return line
        return None


# --- decide ------------------------------------------------------------------------------


def decide(command: PurchaseOrderCommand, state: PurchaseOrderState) -> Sequence[DomainEvent]:
    match command:
        case CreatePurchaseOrder():
            return _create(command, state)
        case ApprovePurchaseOrder():
            return _approve(command, state)
        case RecordGoodsReceipt():
            return _receive(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


def _create(command: CreatePurchaseOrder, state: PurchaseOrderState) -> list[DomainEvent]:
    order = command.purchase_order_id
    if state.exists:
        raise StateConflict(f"purchase order {order} already exists", fields=("purchase_order_id",))
    if command.supplier_blocked:
        raise DomainError(
            f"supplier {command.supplier_id} is blocked: no new purchase orders may be placed "
            "with it",
            fields=("supplier_id",),
        )
    currency = check_currency(command.currency, "currency")
    if currency != command.supplier_currency:
        raise DomainError(
            f"the order is in {currency} but supplier {command.supplier_id} trades in "
            f"{command.supplier_currency}; place the order in {command.supplier_currency}",
            fields=("currency",),
        )
    if not command.lines:
        raise DomainError("a purchase order needs at least one line", fields=("lines",))

    lines: list[PurchaseOrderLine] = []
    position_of: dict[int, int] = {}
    total = _ZERO
    for i, line in enumerate(command.lines):
        at = f"lines[{i}]"
        if line.line_no < 1:
            raise DomainError(
                f"line numbers start at 1; lines[{i}] has {line.line_no}", fields=(f"{at}.line_no",)
            )
        if line.line_no in position_of:
            raise DomainError(
                f"line number {line.line_no} is used twice (lines[{position_of[line.line_no]}] "
                f"and lines[{i}]); each line needs its own number",
                fields=(f"{at}.line_no",),
            )
        position_of[line.line_no] = i
        sku = check_text(line.sku, f"{at}.sku", f"line {line.line_no}: the SKU")
        name = f"line {line.line_no} ({sku})"
        unit = check_text(line.unit, f"{at}.unit", f"{name}: the unit", max_length=16)
        warehouse = check_text(line.warehouse, f"{at}.warehouse", f"{name}: the warehouse")
        quantity = check_number(line.quantity, f"{at}.quantity", f"{name}: quantity")
        if quantity <= 0:
            raise DomainError(
                f"{name}: quantity must be more than 0, not {fmt(quantity)}",
                fields=(f"{at}.quantity",),
            )
        price = check_number(line.unit_price, f"{at}.unit_price", f"{name}: unit price")
        if price < 0:
            raise DomainError(
                f"{name}: unit price must not be negative, not {fmt(price)}",
                fields=(f"{at}.unit_price",),
            )
        if line.currency is not None and line.currency != currency:
            raise DomainError(
                f"{name} is priced in {line.currency} but the order is in {currency}; "
                "every line must be in the order's currency",
                fields=(f"{at}.currency",),
            )
        total += quantity * price
        lines.append(
            PurchaseOrderLine(
                line_no=line.line_no,
                sku=sku,
                quantity=quantity,
                unit=unit,
                unit_price=Money(amount=price, currency=currency),
                warehouse=warehouse,
                expected_date=line.expected_date,
            )
        )
    total = round_amount(total)
    if total >= Decimal(10) ** MAX_WHOLE_DIGITS:
        raise DomainError(
            f"the order total {fmt(total)} {currency} is too large for one purchase order",
            fields=("lines",),
        )
    return [
        PurchaseOrderCreated(
            purchase_order_id=order,
            supplier_id=command.supplier_id,
            currency=currency,
            lines=lines,
            total=Money(amount=total, currency=currency),
        )
    ]


def _approve(command: ApprovePurchaseOrder, state: PurchaseOrderState) -> list[DomainEvent]:
    order = command.purchase_order_id
    if state.status is None:
        raise NotFound(f"purchase order {order} does not exist", fields=("purchase_order_id",))
    if state.status is PurchaseOrderStatus.APPROVED:
        raise StateConflict(
            f"purchase order {order} is already approved (by {state.approved_by})",
            fields=("purchase_order_id",),
        )
    if state.status is not PurchaseOrderStatus.DRAFT:
        raise StateConflict(
            f"purchase order {order} is {state.status.label}; only a draft can be approved",
            fields=("purchase_order_id",),
        )
    approved_by = check_text(command.approved_by, "approved_by", "who approves", max_length=200)
    return [
        PurchaseOrderApproved(
            purchase_order_id=order,
            approved_by=approved_by,
            total=Money(amount=state.total, currency=state.currency),
        )
    ]


def _receive(command: RecordGoodsReceipt, state: PurchaseOrderState) -> list[DomainEvent]:
    order = command.purchase_order_id
    if state.status is None or state.supplier_id is None:
        raise NotFound(f"purchase order {order} does not exist", fields=("purchase_order_id",))
    if state.status is PurchaseOrderStatus.DRAFT:
        raise StateConflict(
            f"purchase order {order} is still a draft; approve it first, then receive goods "
            "against it",
            fields=("purchase_order_id",),
        )
    if command.receipt_id in state.receipts:
        raise StateConflict(
            f"receipt {command.receipt_id} is already recorded on purchase order {order}",
            fields=("receipt_id",),
        )
    if state.status is PurchaseOrderStatus.RECEIVED:
        raise StateConflict(
            f"purchase order {order} is already fully received; nothing more is expected on it",
            fields=("purchase_order_id",),
        )
    if not command.lines:
        raise DomainError("a goods receipt needs at least one line", fields=("lines",))

    received: list[ReceivedLine] = []
    accepted_here: dict[int, Decimal] = {}
    for i, line in enumerate(command.lines):
        at = f"lines[{i}]"
        po_line = state.line(line.line_no)
        if po_line is None:
            numbers = ", ".join(str(po.line_no) for po in state.lines)
            raise DomainError(
                f"purchase order {order} has no line {line.line_no} (its lines are {numbers})",
                fields=(f"{at}.line_no",),
            )
        name = f"line {po_line.line_no} ({po_line.sku})"
        accepted = check_number(
            line.quantity_accepted, f"{at}.quantity_accepted", f"{name}: quantity accepted"
        )
        rejected = check_number(
            line.quantity_rejected, f"{at}.quantity_rejected", f"{name}: quantity rejected"
        )
        if accepted < 0:
            raise DomainError(
                f"{name}: quantity accepted must not be negative, not {fmt(accepted)}",
                fields=(f"{at}.quantity_accepted",),
            )
        if rejected < 0:
            raise DomainError(
                f"{name}: quantity rejected must not be negative, not {fmt(rejected)}",
                fields=(f"{at}.quantity_rejected",),
            )
        if accepted + rejected == 0:
            raise DomainError(
                f"{name}: nothing accepted and nothing rejected; a receipt line must count "
                "some goods",
                fields=(f"{at}.quantity_accepted", f"{at}.quantity_rejected"),
            )
        reason = (line.rejection_reason or "").strip() or None
        if rejected > 0 and reason is None:
            raise DomainError(
                f"{name}: {fmt(rejected)} {po_line.unit} rejected without a reason; "
                "say why the goods were rejected",
                fields=(f"{at}.rejection_reason",),
            )
        this_receipt = accepted_here.get(po_line.line_no, _ZERO) + accepted
        accepted_here[po_line.line_no] = this_receipt
        maximum = po_line.max_acceptable
        if po_line.accepted + this_receipt > maximum:
            raise DomainError(
                f"{name} would be over-received: ordered {fmt(po_line.ordered)}, "
                f"already received {fmt(po_line.accepted)}, this receipt {fmt(this_receipt)}, "
                f"maximum allowed {fmt(maximum)} {po_line.unit} "
                f"(ordered + {fmt(OVER_RECEIPT_TOLERANCE * 100)} %)",
                fields=(f"{at}.quantity_accepted",),
                line_no=po_line.line_no,
                ordered=po_line.ordered,
                already_received=po_line.accepted,
                this_receipt=this_receipt,
                maximum_allowed=maximum,
            )
        lot = (line.lot or "").strip() or None
        received.append(
            ReceivedLine(
                line_no=po_line.line_no,
                sku=po_line.sku,
                warehouse=po_line.warehouse,
                unit=po_line.unit,
                quantity_accepted=accepted,
                quantity_rejected=rejected,
                rejection_reason=reason,
                unit_cost=Money(amount=po_line.unit_price, currency=state.currency),
                lot=lot,
            )
        )
    return [
        GoodsReceived(
            receipt_id=command.receipt_id,
            purchase_order_id=order,
            supplier_id=state.supplier_id,
            lines=received,
        )
    ]


# --- evolve ------------------------------------------------------------------------------


def evolve(state: PurchaseOrderState, event: DomainEvent) -> PurchaseOrderState:
    if isinstance(event, PurchaseOrderCreated):
        return PurchaseOrderState(
            status=PurchaseOrderStatus.DRAFT,
            supplier_id=event.supplier_id,
            currency=event.currency,
            total=event.total.amount,
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
    if isinstance(event, PurchaseOrderApproved):
        return replace(state, status=PurchaseOrderStatus.APPROVED, approved_by=event.approved_by)
    if isinstance(event, GoodsReceived):
        accepted: dict[int, Decimal] = {}
        rejected: dict[int, Decimal] = {}
        for got in event.lines:
            accepted[got.line_no] = accepted.get(got.line_no, _ZERO) + got.quantity_accepted
            rejected[got.line_no] = rejected.get(got.line_no, _ZERO) + got.quantity_rejected
        lines = tuple(
            replace(
                line,
                accepted=line.accepted + accepted[line.line_no],
                rejected=line.rejected + rejected[line.line_no],
            )
            if line.line_no in accepted
            else line
            for line in state.lines
        )
        status = (
            PurchaseOrderStatus.RECEIVED
            if all(line.fully_received for line in lines)
            else PurchaseOrderStatus.PARTIALLY_RECEIVED
        )
        return replace(
            state, status=status, lines=lines, receipts=state.receipts | {event.receipt_id}
        )
    return state


purchase_order_decider: Decider[PurchaseOrderCommand, PurchaseOrderState] = Decider(
    stream_prefix="purchase-order",
    initial_state=PurchaseOrderState(),
    decide=decide,
    evolve=evolve,
    state_type=PurchaseOrderState,
)
