"""A sales order's state, folded from its events. The order moves through stages; while it
is placed, its status says how inventory answered its lines (reserved, partly backordered)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.sales import OrderCancelled, OrderPlaced
from jxc.events.contracts.sales_orders import (
    OrderClosed,
    OrderConfirmed,
    OrderCreditRefused,
    OrderCreditReleased,
    OrderDeliveryRecorded,
    OrderHeldOnCredit,
    OrderLineBackordered,
    OrderLineBackorderWithdrawn,
    OrderLineRejected,
    OrderLineReleased,
    OrderLineReserved,
    OrderShipmentRecorded,
    OrderTaken,
)


class Stage(StrEnum):
    NEW = "new"
    HELD = "held_on_credit"
    CREDIT_REFUSED = "credit_refused"
    PLACED = "placed"
    CONFIRMED = "confirmed"
    PARTIALLY_SHIPPED = "partially_shipped"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class Reservation(StrEnum):
    NOT_REQUESTED = "not_requested"  # the order is held: inventory was not asked
    PENDING = "pending"  # inventory has not answered yet
    RESERVED = "reserved"
    BACKORDERED = "backordered"
    REJECTED = "rejected"
    CANCELLED = "cancelled"  # the order was cancelled: what was reserved is released
    RELEASED = "released"  # inventory released what the line held (ReservationReleased)
    WITHDRAWN = "withdrawn"  # the line left the backorder queue unreserved


#: What inventory let go of: the line holds nothing and waits for nothing, it will not ship.
LET_GO = frozenset({Reservation.RELEASED, Reservation.WITHDRAWN})


#: Stages an order can still be cancelled in (nothing has left a warehouse).
CANCELLABLE = frozenset({Stage.HELD, Stage.PLACED, Stage.CONFIRMED})
#: Stages in which inventory's answers about the lines still matter.
RESERVING = frozenset({Stage.PLACED, Stage.CONFIRMED, Stage.PARTIALLY_SHIPPED})


@dataclass(frozen=True, slots=True)
class LineState:
    line_no: int
    sku: str
    warehouse: str
    quantity: Decimal
    unit: str
    reservation: Reservation = Reservation.NOT_REQUESTED
    backorder_position: int | None = None
    rejection: str | None = None
    shipped: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class OrderState:
    taken: OrderTaken | None = None
    stage: Stage = Stage.NEW
    lines: tuple[LineState, ...] = ()
    hold: OrderHeldOnCredit | None = None
    status_reason: str | None = None
    shipments: tuple[UUID, ...] = ()
    delivered: tuple[UUID, ...] = ()
    delivered_at: datetime | None = None

    @property
    def exists(self) -> bool:
        return self.taken is not None

    @property
    def status(self) -> str:
        """The stage, and while placed, what inventory made of the lines: reserved, partly
        backordered, or released (inventory let go of a line's stock without the order being
        cancelled, by a warehouse's hand)."""
        if self.stage is not Stage.PLACED:
            return self.stage.value
        states = {line.reservation for line in self.lines}
        if Reservation.PENDING in states:
            return "placed"
        if states == {Reservation.RESERVED}:
            return "reserved"
        if states & LET_GO:
            return "released"
        return "partly_backordered"

    def line(self, line_no: int) -> LineState | None:
        return next((line for line in self.lines if line.line_no == line_no), None)

    def with_line(self, line: LineState) -> OrderState:
        return replace(
            self, lines=tuple(line if old.line_no == line.line_no else old for old in self.lines)
        )


def evolve(state: OrderState, event: DomainEvent) -> OrderState:
    match event:
        case OrderTaken():
            lines = tuple(
                LineState(line.line_no, line.sku, line.warehouse, line.quantity, line.unit)
                for line in event.lines
            )
            return OrderState(taken=event, lines=lines)
        case OrderHeldOnCredit():
            return replace(state, stage=Stage.HELD, hold=event, status_reason=event.reason)
        case OrderCreditReleased():
            return replace(state, status_reason=None)
        case OrderCreditRefused():
            return replace(state, stage=Stage.CREDIT_REFUSED, status_reason=event.reason)
        case OrderPlaced():
            lines = tuple(replace(line, reservation=Reservation.PENDING) for line in state.lines)
            return replace(state, stage=Stage.PLACED, lines=lines)
        case OrderLineReserved():
            return _line(state, event.line_no, Reservation.RESERVED)
        case OrderLineBackordered():
            found = state.line(event.line_no)
            if found is None:
                return state
            line = replace(
                found, reservation=Reservation.BACKORDERED, backorder_position=event.position
            )
            return state.with_line(line)
        case OrderLineRejected():
            found = state.line(event.line_no)
            if found is None:
                return state
            return state.with_line(
                replace(found, reservation=Reservation.REJECTED, rejection=event.reason)
            )
        case OrderLineReleased() | OrderLineBackorderWithdrawn():
            found = state.line(event.line_no)
            if found is None:
                return state
            let_go = (
                Reservation.RELEASED
                if isinstance(event, OrderLineReleased)
                else Reservation.WITHDRAWN
            )
            state = state.with_line(replace(found, reservation=let_go, backorder_position=None))
            if state.stage is Stage.CANCELLED:
                return state
            return replace(state, status_reason=f"line {event.line_no}: {event.reason}")
        case OrderConfirmed():
            return replace(state, stage=Stage.CONFIRMED)
        case OrderShipmentRecorded():
            shipped = {line.line_no: line.quantity for line in event.lines}
            lines = tuple(
                replace(line, shipped=line.shipped + shipped.get(line.line_no, Decimal(0)))
                for line in state.lines
            )
            stage = Stage.SHIPPED if event.fully_shipped else Stage.PARTIALLY_SHIPPED
            return replace(
                state, stage=stage, lines=lines, shipments=(*state.shipments, event.shipment_id)
            )
        case OrderDeliveryRecorded():
            stage = Stage.DELIVERED if event.fully_delivered else state.stage
            return replace(
                state,
                stage=stage,
                delivered=(*state.delivered, event.shipment_id),
                delivered_at=event.delivered_at,
            )
        case OrderClosed():
            return replace(state, stage=Stage.CLOSED)
        case OrderCancelled():
            lines = tuple(
                replace(line, reservation=Reservation.CANCELLED, backorder_position=None)
                for line in state.lines
            )
            return replace(state, stage=Stage.CANCELLED, status_reason=event.reason, lines=lines)
    return state


def _line(state: OrderState, line_no: int, reservation: Reservation) -> OrderState:
    found = state.line(line_no)
    if found is None:
        return state
    return state.with_line(replace(found, reservation=reservation, backorder_position=None))
