"""Sending, closing and cancelling a purchase order.

- send: an approved order goes to the supplier.
- close: no more goods are expected. A received order closes as it is; a partially received
  one can be short-closed with a reason (the rest will not come).
- cancel: only before the first receipt, with a reason; afterwards, close it instead.
"""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.purchasing import (
    PurchaseOrderCancelled,
    PurchaseOrderClosed,
    PurchaseOrderSent,
)
from jxc.platform.decider import DomainError, StateConflict
from jxc.purchasing.domain.purchase_order._guards import existing, person, reason
from jxc.purchasing.domain.purchase_order.commands import (
    CancelPurchaseOrder,
    ClosePurchaseOrder,
    SendPurchaseOrder,
)
from jxc.purchasing.domain.purchase_order.state import PurchaseOrderState, PurchaseOrderStatus

_FIELD = ("purchase_order_id",)


def send(command: SendPurchaseOrder, state: PurchaseOrderState) -> list[DomainEvent]:
    order = command.purchase_order_id
    status = existing(state, order)
    assert state.supplier_id is not None
    if status is PurchaseOrderStatus.SENT:
        raise StateConflict(f"purchase order {order} was already sent", fields=_FIELD)
    if status is not PurchaseOrderStatus.APPROVED:
        raise StateConflict(
            f"purchase order {order} is {status.label}; only an approved order can be sent",
            fields=_FIELD,
        )
    sent_by = person(command.sent_by, "sent_by", "who sends")
    sent_to = reason(command.sent_to, "sent_to", "where it was sent")
    return [
        PurchaseOrderSent(
            purchase_order_id=order, supplier_id=state.supplier_id, sent_by=sent_by, sent_to=sent_to
        )
    ]


def close(command: ClosePurchaseOrder, state: PurchaseOrderState) -> list[DomainEvent]:
    order = command.purchase_order_id
    status = existing(state, order)
    closed_by = person(command.closed_by, "closed_by", "who closes")
    why = reason(command.reason, "reason", "the reason")
    if status is PurchaseOrderStatus.RECEIVED:
        return [PurchaseOrderClosed(purchase_order_id=order, closed_by=closed_by, reason=why)]
    if status is PurchaseOrderStatus.PARTIALLY_RECEIVED:
        if why is None:
            raise DomainError(
                f"purchase order {order} is only partially received; say why it is closed "
                "before the rest arrives",
                fields=("reason",),
            )
        return [
            PurchaseOrderClosed(
                purchase_order_id=order, closed_by=closed_by, short_closed=True, reason=why
            )
        ]
    if status in (PurchaseOrderStatus.CLOSED, PurchaseOrderStatus.CANCELLED):
        raise StateConflict(f"purchase order {order} is already {status.label}", fields=_FIELD)
    raise StateConflict(
        f"purchase order {order} is {status.label} and nothing was received on it; "
        "cancel it instead",
        fields=_FIELD,
    )


def cancel(command: CancelPurchaseOrder, state: PurchaseOrderState) -> list[DomainEvent]:
    order = command.purchase_order_id
    status = existing(state, order)
    if status in (PurchaseOrderStatus.CLOSED, PurchaseOrderStatus.CANCELLED):
        raise StateConflict(f"purchase order {order} is already {status.label}", fields=_FIELD)
    if state.receipts:
        count = len(state.receipts)
        raise StateConflict(
            f"purchase order {order} cannot be cancelled: goods were already received against "
            f"it ({count} receipt{'s' if count > 1 else ''}); close it instead",
            fields=_FIELD,
        )
    cancelled_by = person(command.cancelled_by, "cancelled_by", "who cancels")
    why = reason(command.reason, "reason", "the reason")
    if why is None:
        raise DomainError(f"say why purchase order {order} is cancelled", fields=("reason",))
    return [PurchaseOrderCancelled(purchase_order_id=order, cancelled_by=cancelled_by, reason=why)]
