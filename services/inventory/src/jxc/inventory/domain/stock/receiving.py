"""Goods come in: a receipt, a transit loss written off at once, and stock issued below zero
settled at the receipt's cost."""

from __future__ import annotations

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.inventory import (
    CostAdjusted,
    StockAdjusted,
    StockReceived,
)
from jxc.inventory.domain.stock._guards import check_unit
from jxc.inventory.domain.stock.commands import TRANSIT_LOSS, Receive
from jxc.inventory.domain.stock.state import ZERO, Position, money
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_number, check_quantity


def receive(command: Receive, state: Position) -> StockReceived:
    if command.lost < 0 or command.quantity < 0:
        raise DomainError("quantities received and lost cannot be negative", fields=("lost",))
    check_quantity(command.quantity, "quantity", "quantity", zero=True)
    check_quantity(command.lost, "lost", "lost", zero=True)
    check_quantity(command.quantity + command.lost, "quantity", "quantity")
    check_unit(command.unit, state)
    if command.currency != state.currency:
        raise DomainError(
            f"{state.sku} in {state.warehouse} is valued in {state.currency}, "
            f"not {command.currency}",
            fields=("currency",),
        )
    if command.unit_cost < 0:
        raise DomainError("unit cost cannot be negative", fields=("unit_cost",))
    # A cost the wire cannot carry is refused here, by name, not by the event's validation.
    unit_cost = check_number(money(command.unit_cost), "unit_cost", "unit cost")
    return StockReceived(
        sku=state.sku,
        warehouse=state.warehouse,
        location=command.location,
        lot=command.lot,
        quantity=command.quantity + command.lost,
        unit=state.unit,
        unit_cost=Money(amount=unit_cost, currency=state.currency),
        source_event_id=command.source_event_id,
        reason=command.reason,
        document_id=command.document_id,
    )


def lost_on_the_way(command: Receive, state: Position) -> list[DomainEvent]:
    if command.lost == 0:
        return []
    value = command.lost_value
    if value is None:
        value = command.lost * command.unit_cost
    cur = state.currency
    return [
        StockAdjusted(
            sku=state.sku,
            warehouse=state.warehouse,
            location=command.location,
            lot=command.lot,
            quantity=-command.lost,
            unit=state.unit,
            reason=TRANSIT_LOSS,
            unit_cost=Money(amount=money(command.unit_cost), currency=cur),
            total_cost=Money(amount=-money(value), currency=cur),
            document_id=command.document_id,
            from_receipt=command.source_event_id,
        )
    ]


def settle_shortfall(state: Position, received: StockReceived) -> list[DomainEvent]:
    """Stock issued beyond what was on hand (negative stock allowed) left at an estimated
    cost; the receipt that covers it says what it really cost. The difference moves from the
    stock's value to expense, so what stays on hand is worth what it cost."""
    if state.on_hand >= 0:
        return []
    short = -state.on_hand
    settled = min(short, received.quantity)
    issued_at = state.value if settled == short else money(state.value * settled / short)
    difference = money(settled * received.unit_cost.amount) + issued_at
    if difference == 0:
        return []
    cur = state.currency
    return [
        CostAdjusted(
            sku=state.sku,
            warehouse=state.warehouse,
            amount=Money(amount=ZERO, currency=cur),
            capitalised=Money(amount=-difference, currency=cur),
            expensed=Money(amount=difference, currency=cur),
            reason=SHORTFALL_SETTLED,
            source_event_id=None,
            document_id=received.document_id,
        )
    ]


SHORTFALL_SETTLED = "negative stock settled at the receipt's cost"
