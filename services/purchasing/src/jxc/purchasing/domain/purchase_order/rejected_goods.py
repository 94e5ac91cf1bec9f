"""What becomes of rejected goods: a purchase return (they go back to the supplier) or a claim
(the supplier owes their value at the PO price). Either takes from the line's rejected goods
not yet returned nor claimed, so the same goods cannot be sent back twice, or sent back and
claimed too."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TypeVar
from uuid import UUID

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.purchasing import (
    ClaimedLine,
    PurchaseReturnShipped,
    ReturnedLine,
    SupplierClaimRaised,
)
from jxc.events.limits import MAX_CODE, MAX_REASON
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import check_text, fmt, round_amount
from jxc.purchasing.domain.purchase_order._guards import existing, order_line, positive
from jxc.purchasing.domain.purchase_order.commands import (
    ClaimLine,
    RaiseSupplierClaim,
    ReturnLine,
    ShipPurchaseReturn,
)
from jxc.purchasing.domain.purchase_order.state import PurchaseOrderLineState, PurchaseOrderState

_ZERO = Decimal(0)
L = TypeVar("L", ReturnLine, ClaimLine)


def ship_return(command: ShipPurchaseReturn, state: PurchaseOrderState) -> list[DomainEvent]:
    order = command.purchase_order_id
    existing(state, order)
    assert state.supplier_id is not None
    if command.return_id in state.returns:
        raise StateConflict(
            f"return {command.return_id} is already recorded on purchase order {order}",
            fields=("return_id",),
        )
    lines = _taking_rejected(state, order, command.lines, "to return")
    return [
        PurchaseReturnShipped(
            return_id=command.return_id,
            purchase_order_id=order,
            supplier_id=state.supplier_id,
            lines=[
                _returned(line, po_line, quantity, f"lines.{i}", state.currency)
                for i, (line, po_line, quantity) in enumerate(lines)
            ],
        )
    ]


def raise_claim(command: RaiseSupplierClaim, state: PurchaseOrderState) -> list[DomainEvent]:
    order = command.purchase_order_id
    existing(state, order)
    assert state.supplier_id is not None
    if command.claim_id in state.claims:
        raise StateConflict(
            f"claim {command.claim_id} is already recorded on purchase order {order}",
            fields=("claim_id",),
        )
    claimed: list[ClaimedLine] = []
    lines = _taking_rejected(state, order, command.lines, "to claim")
    for i, (line, po_line, quantity) in enumerate(lines):
        price = Money(amount=po_line.unit_price, currency=state.currency)
        claimed.append(
            ClaimedLine(
                line_no=po_line.line_no,
                sku=po_line.sku,
                quantity=quantity,
                unit=po_line.unit,
                unit_price=price,
                amount=Money(
                    amount=round_amount(quantity * po_line.unit_price), currency=state.currency
                ),
                reason=_reason(line.reason, f"lines.{i}.reason"),
            )
        )
    total = sum((line.amount.amount for line in claimed), _ZERO)
    return [
        SupplierClaimRaised(
            claim_id=command.claim_id,
            purchase_order_id=order,
            supplier_id=state.supplier_id,
            lines=claimed,
            amount=Money(amount=total, currency=state.currency),
        )
    ]


def _taking_rejected(
    state: PurchaseOrderState, order: UUID, lines: Sequence[L], verb: str
) -> list[tuple[L, PurchaseOrderLineState, Decimal]]:
    """Each line with its PO line and quantity, once every PO line is checked to have enough
    rejected goods left for all the lines of this command that take from it."""
    if not lines:
        raise DomainError("name at least one line", fields=("lines",))
    taken: dict[int, Decimal] = {}
    checked: list[tuple[L, PurchaseOrderLineState, Decimal]] = []
    for i, line in enumerate(lines):
        po_line = order_line(state, order, line.line_no, f"lines.{i}.line_no")
        name = f"line {po_line.line_no} ({po_line.sku})"
        quantity = positive(line.quantity, f"lines.{i}.quantity", f"{name}: quantity")
        taken[po_line.line_no] = taken.get(po_line.line_no, _ZERO) + quantity
        if taken[po_line.line_no] > po_line.rejected_open:
            raise DomainError(
                f"{name}: {fmt(taken[po_line.line_no])} {po_line.unit} {verb}, but only "
                f"{fmt(po_line.rejected_open)} rejected {po_line.unit} are not yet returned "
                f"or claimed (rejected {fmt(po_line.rejected)}, returned "
                f"{fmt(po_line.returned)}, claimed {fmt(po_line.claimed)})",
                fields=(f"lines.{i}.quantity",),
            )
        checked.append((line, po_line, quantity))
    return checked


def _returned(
    line: ReturnLine, po_line: PurchaseOrderLineState, quantity: Decimal, at: str, currency: str
) -> ReturnedLine:
    name = f"line {po_line.line_no} ({po_line.sku})"
    warehouse = po_line.warehouse
    if line.warehouse is not None:
        warehouse = check_text(
            line.warehouse, f"{at}.warehouse", f"{name}: the warehouse", max_length=MAX_CODE
        )
    location = _optional(line.location, f"{at}.location", f"{name}: the location")
    return ReturnedLine(
        line_no=po_line.line_no,
        sku=po_line.sku,
        warehouse=warehouse,
        location=location,
        lot=_optional(line.lot, f"{at}.lot", f"{name}: the lot"),
        quantity=quantity,
        unit=po_line.unit,
        unit_cost=Money(amount=po_line.unit_price, currency=currency),
        reason=_reason(line.reason, f"{at}.reason"),
        from_stock=location is not None,
    )


def _optional(value: str | None, field: str, what: str) -> str | None:
    if value is None or not value.strip():
        return None
    return check_text(value, field, what, max_length=MAX_CODE)


def _reason(value: str, field: str) -> str:
    if not value.strip():
        raise DomainError("say why: the reason must not be blank", fields=(field,))
    return check_text(value, field, "the reason", max_length=MAX_REASON)
