"""Reserving stock for an order line, and releasing the reservation.

A line reserves whole or waits: when less is available than it asks, or other lines already
wait for this position, it joins the backorder queue (ReservationBackordered, with its place)
and is reserved as stock arrives (backorders.py). Only a line that can never be served (its
SKU or warehouse unknown, an order that cannot be reserved as placed) is rejected."""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    BackorderWithdrawn,
    ReservationBackordered,
    ReservationRejected,
    ReservationReleased,
    StockReserved,
)
from jxc.inventory.domain.stock._guards import check_unit
from jxc.inventory.domain.stock.commands import Release, Reserve
from jxc.inventory.domain.stock.state import Backorder, Position
from jxc.platform.decider import StateConflict
from jxc.platform.value_checks import check_quantity


def reserve(command: Reserve, state: Position) -> DomainEvent:
    check_quantity(command.quantity, "quantity", "quantity")
    if command.refusal is None:
        check_unit(command.unit, state)
    key = (command.order_id, command.line_no)
    if key in state.reservations:
        raise StateConflict(
            f"order {command.order_id} line {command.line_no} already holds a reservation",
            fields=("order_id", "line_no"),
        )
    if state.backorder_of(key) is not None:
        raise StateConflict(
            f"order {command.order_id} line {command.line_no} already waits as a backorder",
            fields=("order_id", "line_no"),
        )
    available = state.available
    if command.refusal is not None:
        return ReservationRejected(
            sku=state.sku,
            warehouse=state.warehouse,
            order_id=command.order_id,
            line_no=command.line_no,
            requested=command.quantity,
            available=available,
            unit=state.unit,
            reason=command.refusal,
        )
    if state.backorders or command.quantity > available:
        # Behind the lines already waiting, even when some stock is available: first placed,
        # first served.
        return ReservationBackordered(
            sku=state.sku,
            warehouse=state.warehouse,
            order_id=command.order_id,
            line_no=command.line_no,
            quantity=command.quantity,
            unit=state.unit,
            available=available,
            position=len(state.backorders) + 1,
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
    key = (command.order_id, command.line_no)
    held = state.reservations.get(key)
    if held is not None:
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
    waiting = state.backorder_of(key)
    if waiting is not None:
        return [withdrawn(state, waiting, command.reason)]
    return []  # nothing held or waiting (rejected, shipped or released already): nothing to do


def withdrawn(state: Position, waiting: Backorder, reason: str) -> BackorderWithdrawn:
    """A waiting line leaves the queue unreserved."""
    return BackorderWithdrawn(
        sku=state.sku,
        warehouse=state.warehouse,
        order_id=waiting.order_id,
        line_no=waiting.line_no,
        quantity=waiting.quantity,
        unit=state.unit,
        reason=reason,
    )
