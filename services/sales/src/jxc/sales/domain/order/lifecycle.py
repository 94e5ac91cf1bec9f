"""After an order is placed: confirmed, shipped (in one or more shipments), delivered, closed;
or cancelled while nothing has left a warehouse."""

from __future__ import annotations

from decimal import Decimal

from jxc.events.base import DomainEvent
from jxc.events.contracts.sales import OrderCancelled
from jxc.events.contracts.sales_orders import (
    OrderClosed,
    OrderConfirmed,
    OrderDeliveryRecorded,
    OrderShipmentRecorded,
    ShipmentLine,
)
from jxc.events.limits import MAX_NAME, MAX_REASON
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import check_text
from jxc.sales.domain.order.commands import (
    CancelOrder,
    CloseOrder,
    ConfirmOrder,
    RecordDelivery,
    RecordShipment,
)
from jxc.sales.domain.order.placing import existing
from jxc.sales.domain.order.state import CANCELLABLE, LET_GO, OrderState, Reservation, Stage


def confirm(command: ConfirmOrder, state: OrderState) -> list[DomainEvent]:
    taken = existing(state, command.order_id)
    if state.stage is Stage.CONFIRMED:
        return []
    if state.stage is Stage.HELD:
        raise StateConflict(
            f"order {taken.order_no} is held on credit; a credit_controller must release it first",
            fields=("order_id",),
        )
    if state.stage is not Stage.PLACED:
        raise StateConflict(
            f"order {taken.order_no} is {state.status}: only a placed order is confirmed",
            fields=("order_id",),
        )
    if any(line.reservation is Reservation.PENDING for line in state.lines):
        raise StateConflict(
            f"inventory has not answered for every line of order {taken.order_no} yet; "
            "confirm it once its lines are reserved or backordered",
            fields=("order_id",),
        )
    by = check_text(command.confirmed_by, "confirmed_by", "who confirms", max_length=MAX_NAME)
    return [OrderConfirmed(order_id=command.order_id, confirmed_by=by)]


def ship(command: RecordShipment, state: OrderState) -> list[DomainEvent]:
    """A shipment of the order left (sales.OrderShipped). Lines it does not know, and a
    shipment recorded before, change nothing."""
    if not state.exists or command.shipment_id in state.shipments:
        return []
    if state.stage in {Stage.CANCELLED, Stage.CLOSED, Stage.HELD, Stage.CREDIT_REFUSED}:
        return []
    known = {line.line_no for line in state.lines}
    shipped: dict[int, Decimal] = {}
    for line_no, quantity in command.lines:
        if line_no in known:
            shipped[line_no] = shipped.get(line_no, Decimal(0)) + quantity
    if not shipped:
        return []
    fully = all(
        line.shipped + shipped.get(line.line_no, Decimal(0)) >= line.quantity
        for line in state.lines
    )
    return [
        OrderShipmentRecorded(
            order_id=command.order_id,
            shipment_id=command.shipment_id,
            lines=[ShipmentLine(line_no=n, quantity=q) for n, q in sorted(shipped.items())],
            fully_shipped=fully,
        )
    ]


def deliver(command: RecordDelivery, state: OrderState) -> list[DomainEvent]:
    if not state.exists or command.shipment_id in state.delivered:
        return []
    if state.stage not in {Stage.PARTIALLY_SHIPPED, Stage.SHIPPED}:
        return []
    return [
        OrderDeliveryRecorded(
            order_id=command.order_id,
            shipment_id=command.shipment_id,
            delivered_at=command.delivered_at,
            fully_delivered=command.fully_delivered,
        )
    ]


def close(command: CloseOrder, state: OrderState) -> list[DomainEvent]:
    taken = existing(state, command.order_id)
    if state.stage is Stage.CLOSED:
        return []
    if state.stage is not Stage.DELIVERED and not _rest_cannot_ship(state):
        raise StateConflict(
            f"order {taken.order_no} is {state.status}: an order is closed once delivered "
            "(or once what shipped is delivered and the rest was refused by inventory)",
            fields=("order_id",),
        )
    by = check_text(command.closed_by, "closed_by", "who closes", max_length=MAX_NAME)
    return [OrderClosed(order_id=command.order_id, closed_by=by)]


def cancel(command: CancelOrder, state: OrderState) -> list[DomainEvent]:
    taken = existing(state, command.order_id)
    if state.stage is Stage.CANCELLED:
        return []
    if state.stage not in CANCELLABLE:
        why = (
            "goods of it have already left a warehouse"
            if any(line.shipped > 0 for line in state.lines)
            else f"it is {state.status}"
        )
        raise StateConflict(
            f"order {taken.order_no} cannot be cancelled: {why}", fields=("order_id",)
        )
    if not command.reason.strip():
        raise DomainError("say why: the reason must not be blank", fields=("reason",))
    reason = check_text(command.reason, "reason", "the reason", max_length=MAX_REASON)
    return [OrderCancelled(order_id=command.order_id, reason=reason)]


def _rest_cannot_ship(state: OrderState) -> bool:
    """Partly shipped, every shipment delivered, and every line not fully shipped one that
    inventory refused or let go of (it will never ship)."""
    return (
        state.stage is Stage.PARTIALLY_SHIPPED
        and set(state.shipments) <= set(state.delivered)
        and all(
            line.shipped >= line.quantity
            or line.reservation is Reservation.REJECTED
            or line.reservation in LET_GO
            for line in state.lines
        )
    )
