"""Inventory's answers about an order's lines (reserved, backordered, rejected), recorded on
the order. An answer for an order sales does not know, for a line it does not have, for an
order no longer waiting for stock, or one already recorded, changes nothing."""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.sales_orders import (
    OrderLineBackordered,
    OrderLineRejected,
    OrderLineReserved,
)
from jxc.sales.domain.order.commands import (
    RecordLineBackordered,
    RecordLineRejected,
    RecordLineReserved,
)
from jxc.sales.domain.order.state import RESERVING, LineState, OrderState, Reservation


def reserved(command: RecordLineReserved, state: OrderState) -> list[DomainEvent]:
    line = _waiting(state, command.line_no)
    if line is None or line.reservation is Reservation.RESERVED:
        return []
    return [
        OrderLineReserved(
            order_id=command.order_id,
            line_no=command.line_no,
            quantity=command.quantity,
            from_backorder=command.from_backorder,
        )
    ]


def backordered(command: RecordLineBackordered, state: OrderState) -> list[DomainEvent]:
    line = _waiting(state, command.line_no)
    if line is None or line.reservation is not Reservation.PENDING:
        return []
    return [
        OrderLineBackordered(
            order_id=command.order_id,
            line_no=command.line_no,
            quantity=command.quantity,
            position=command.position,
        )
    ]


def rejected(command: RecordLineRejected, state: OrderState) -> list[DomainEvent]:
    line = _waiting(state, command.line_no)
    if line is None or line.reservation not in {Reservation.PENDING, Reservation.BACKORDERED}:
        return []
    reason = command.reason.strip()[:500] or "inventory gave no reason"
    return [OrderLineRejected(order_id=command.order_id, line_no=command.line_no, reason=reason)]


def _waiting(state: OrderState, line_no: int) -> LineState | None:
    if not state.exists or state.stage not in RESERVING:
        return None
    return state.line(line_no)
