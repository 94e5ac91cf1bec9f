"""Goods receipt with inspection: per line, what was accepted (enters stock) and what was
rejected (with a reason; still owed by the supplier). A line may be over-received by at most
OVER_RECEIPT_TOLERANCE of its ordered quantity; rejected goods do not use it up."""

from __future__ import annotations

from decimal import Decimal

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.purchasing import GoodsReceived, ReceivedLine
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import fmt
from jxc.purchasing.domain.purchase_order._guards import existing, not_negative, order_line
from jxc.purchasing.domain.purchase_order.commands import ReceiptLine, RecordGoodsReceipt
from jxc.purchasing.domain.purchase_order.state import (
    OVER_RECEIPT_TOLERANCE,
    PurchaseOrderLineState,
    PurchaseOrderState,
    PurchaseOrderStatus,
)

_ZERO = Decimal(0)
_NOT_RECEIVING = {
    PurchaseOrderStatus.DRAFT: "is still a draft; approve it first, then receive goods against it",
    PurchaseOrderStatus.SUBMITTED: "is waiting for approval; approve it first, then receive "
    "goods against it",
    PurchaseOrderStatus.CLOSED: "is closed; no more goods are expected on it",
    PurchaseOrderStatus.CANCELLED: "is cancelled; no goods are expected on it",
}


def receive(command: RecordGoodsReceipt, state: PurchaseOrderState) -> list[DomainEvent]:
    order = command.purchase_order_id
    status = existing(state, order)
    assert state.supplier_id is not None
    if status in _NOT_RECEIVING:
        raise StateConflict(
            f"purchase order {order} {_NOT_RECEIVING[status]}", fields=("purchase_order_id",)
        )
    if command.receipt_id in state.receipts:
        raise StateConflict(
            f"receipt {command.receipt_id} is already recorded on purchase order {order}",
            fields=("receipt_id",),
        )
    if status is PurchaseOrderStatus.RECEIVED:
        raise StateConflict(
            f"purchase order {order} is already fully received; nothing more is expected on it",
            fields=("purchase_order_id",),
        )
    if not command.lines:
        raise DomainError("a goods receipt needs at least one line", fields=("lines",))

    received: list[ReceivedLine] = []
    accepted_here: dict[int, Decimal] = {}
    for i, line in enumerate(command.lines):
        po_line = order_line(state, order, line.line_no, f"lines.{i}.line_no")
        got = _inspected(line, po_line, f"lines.{i}", state.currency)
        this_receipt = accepted_here.get(po_line.line_no, _ZERO) + got.quantity_accepted
        accepted_here[po_line.line_no] = this_receipt
        _within_tolerance(po_line, this_receipt, f"lines.{i}.quantity_accepted")
        received.append(got)
    return [
        GoodsReceived(
            receipt_id=command.receipt_id,
            purchase_order_id=order,
            supplier_id=state.supplier_id,
            lines=received,
        )
    ]


def _inspected(
    line: ReceiptLine, po_line: PurchaseOrderLineState, at: str, currency: str
) -> ReceivedLine:
    name = f"line {po_line.line_no} ({po_line.sku})"
    accepted = not_negative(
        line.quantity_accepted, f"{at}.quantity_accepted", f"{name}: quantity accepted"
    )
    rejected = not_negative(
        line.quantity_rejected, f"{at}.quantity_rejected", f"{name}: quantity rejected"
    )
    if accepted + rejected == 0:
        raise DomainError(
            f"{name}: nothing accepted and nothing rejected; a receipt line must count some goods",
            fields=(f"{at}.quantity_accepted", f"{at}.quantity_rejected"),
        )
    reason = (line.rejection_reason or "").strip() or None
    if rejected > 0 and reason is None:
        raise DomainError(
            f"{name}: {fmt(rejected)} {po_line.unit} rejected without a reason; "
            "say why the goods were rejected",
            fields=(f"{at}.rejection_reason",),
        )
    return ReceivedLine(
        line_no=po_line.line_no,
        sku=po_line.sku,
        warehouse=po_line.warehouse,
        unit=po_line.unit,
        quantity_accepted=accepted,
        quantity_rejected=rejected,
        rejection_reason=reason,
        unit_cost=Money(amount=po_line.unit_price, currency=currency),
        lot=(line.lot or "").strip() or None,
        expected_date=po_line.expected_date,
    )


def _within_tolerance(po_line: PurchaseOrderLineState, this_receipt: Decimal, field: str) -> None:
    maximum = po_line.max_acceptable
    if po_line.accepted + this_receipt <= maximum:
        return
    raise DomainError(
        f"line {po_line.line_no} ({po_line.sku}) would be over-received: ordered "
        f"{fmt(po_line.ordered)}, already received {fmt(po_line.accepted)}, this receipt "
        f"{fmt(this_receipt)}, maximum allowed {fmt(maximum)} {po_line.unit} "
        f"(ordered + {fmt(OVER_RECEIPT_TOLERANCE * 100)} %)",
        fields=(field,),
        line_no=po_line.line_no,
        ordered=po_line.ordered,
        already_received=po_line.accepted,
        this_receipt=this_receipt,
        maximum_allowed=maximum,
    )
