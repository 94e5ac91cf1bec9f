"""Reserving stock for an order line, and releasing the reservation."""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    ReservationRejected,
    ReservationReleased,
    StockReserved,
)
from jxc.inventory.domain.stock._guards import check_unit
from jxc.inventory.domain.stock.commands import Release, Reserve
from jxc.inventory.domain.stock.state import ZERO, Position
from jxc.platform.decider import StateConflict
from jxc.platform.value_checks import check_quantity, fmt


def reserve(command: Reserve, state: Position) -> DomainEvent:
    check_quantity(command.quantity, "quantity", "quantity")
    check_unit(command.unit, state)
    key = (command.order_id, command.line_no)
    if key in state.reservations:
        raise StateConflict(
            f"order {command.order_id} line {command.line_no} already holds a reservation",
            fields=("order_id", "line_no"),
        )
    available = state.available
    if command.refusal is not None or command.quantity > available:
        return ReservationRejected(
            sku=state.sku,
            warehouse=state.warehouse,
            order_id=command.order_id,
            line_no=command.line_no,
            requested=command.quantity,
            available=available,
            unit=state.unit,
            reason=command.refusal or f"only {fmt(max(available, ZERO))} {state.unit} available",
        )
    return StockReserved(
        sku=state.sku,
        warehouse=state.warehouse,
        order_id=command.order_id,
        line_no=command.line_no,
        quantity=command.quantity,
        unit=state.unit,
        available_after=available - command.quantity,
    )


def release(command: Release, state: Position) -> list[DomainEvent]:
    held = state.reservations.get((command.order_id, command.line_no))
    if held is None:
        return []  # nothing held (rejected, shipped or released already): nothing to do
    return [
        ReservationReleased(
            sku=state.sku,
            warehouse=state.warehouse,
            order_id=command.order_id,
            line_no=command.line_no,
            quantity=held,
            unit=state.unit,
            reason=command.reason,
        )
    ]
