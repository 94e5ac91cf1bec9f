"""Inventory's answers about an order's lines (reserved, backordered, rejected, released,
withdrawn from the backorder queue), recorded on the order. An answer for an order sales does
not know, for a line it does not have, for an order no longer waiting for stock, or one already
recorded, changes nothing. A release or a withdrawal is recorded also on a cancelled order (it
is how inventory confirms that the cancellation let the stock go)."""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.sales_orders import (
    OrderLineBackordered,
    OrderLineBackorderWithdrawn,
    OrderLineRejected,
    OrderLineReleased,
    OrderLineReserved,
)
from jxc.sales.domain.order.commands import (
    RecordBackorderWithdrawn,
    RecordLineBackordered,
    RecordLineRejected,
    RecordLineReleased,
    RecordLineReserved,
)
from jxc.sales.domain.order.state import (
    RESERVING,
    LineState,
    OrderState,
    Reservation,
    Stage,
)


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
    reason = _reason(command.reason)
    return [OrderLineRejected(order_id=command.order_id, line_no=command.line_no, reason=reason)]


def released(command: RecordLineReleased, state: OrderState) -> list[DomainEvent]:
    line = _letting_go(state, command.line_no)
    if line is None or line.reservation not in {Reservation.RESERVED, Reservation.CANCELLED}:
        return []
    return [
        OrderLineReleased(
            order_id=command.order_id,
            line_no=command.line_no,
            quantity=command.quantity,
            reason=_reason(command.reason),
        )
    ]


def withdrawn(command: RecordBackorderWithdrawn, state: OrderState) -> list[DomainEvent]:
    line = _letting_go(state, command.line_no)
    if line is None or line.reservation not in {Reservation.BACKORDERED, Reservation.CANCELLED}:
        return []
    return [
        OrderLineBackorderWithdrawn(
            order_id=command.order_id,
            line_no=command.line_no,
            quantity=command.quantity,
            reason=_reason(command.reason),
        )
    ]


def _reason(reason: str) -> str:
    return reason.strip()[:500] or "inventory gave no reason"


def _letting_go(state: OrderState, line_no: int) -> LineState | None:
    """The line, if inventory letting go of its stock still says something about it."""
    if not state.exists or state.stage not in RESERVING | {Stage.CANCELLED}:
        return None
    return state.line(line_no)


def _waiting(state: OrderState, line_no: int) -> LineState | None:
    if not state.exists or state.stage not in RESERVING:
        return None
    return state.line(line_no)
