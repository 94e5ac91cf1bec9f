"""A late cost difference for goods received earlier: capitalised on what is on hand, expensed
for what was already issued."""

from __future__ import annotations

from jxc.events.base import Money
from jxc.events.contracts.inventory import (
    CostAdjusted,
)
from jxc.inventory.domain.stock.commands import CorrectCost
from jxc.inventory.domain.stock.state import ZERO, Position, Valuation, money
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_quantity


def correct_cost(command: CorrectCost, state: Position) -> CostAdjusted:
    if command.currency != state.currency:
        raise DomainError(
            f"{state.sku} is valued in {state.currency}, not {command.currency}",
            fields=("currency",),
        )
    check_quantity(command.quantity, "quantity", "quantity")
    if command.amount == 0:
        raise DomainError("a cost correction must change the cost", fields=("amount",))
    if state.valuation is Valuation.FIFO:
        # Without a receipt to point at, no layer is known to hold the goods: all expensed.
        affected = [
            layer
            for layer in state.layers
            if command.source_event_id is not None and layer.source == command.source_event_id
        ]
        still_here = sum((layer.quantity for layer in affected), ZERO)
        value_here = sum((layer.quantity * layer.unit_cost for layer in affected), ZERO)
    else:
        still_here = max(state.on_hand, ZERO)
        value_here = max(state.value, ZERO)
    share = min(still_here, command.quantity) / command.quantity
    # A credit never takes the goods below zero value; what it cannot take is expensed.
    capitalised = max(money(command.amount * share), -money(value_here))
    cur = state.currency
    return CostAdjusted(
        sku=state.sku,
        warehouse=state.warehouse,
        amount=Money(amount=money(command.amount), currency=cur),
        capitalised=Money(amount=capitalised, currency=cur),
        expensed=Money(amount=money(command.amount) - capitalised, currency=cur),
        reason=command.reason,
        source_event_id=command.source_event_id,
        document_id=command.document_id,
    )
