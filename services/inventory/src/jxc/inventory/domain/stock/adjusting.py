"""A signed correction of on hand (a count, damage found, goods found)."""

from __future__ import annotations

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.inventory import (
    StockAdjusted,
)
from jxc.inventory.domain.stock._guards import check_unit
from jxc.inventory.domain.stock.commands import Adjust
from jxc.inventory.domain.stock.issuing import cost_of
from jxc.inventory.domain.stock.state import ZERO, Position, money
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_number, fmt


def adjust(command: Adjust, state: Position) -> list[DomainEvent]:
    check_unit(command.unit, state)
    if not command.quantity.is_finite() or command.quantity == 0:
        raise DomainError("an adjustment must change the quantity", fields=("quantity",))
    check_number(command.quantity, "quantity", "the adjustment")
    if not command.reason.strip():
        raise DomainError("an adjustment needs a reason", fields=("reason",))
    location, lot = command.location or "", command.lot or ""
    if command.quantity > 0:
        unit_cost = command.unit_cost if command.unit_cost is not None else state.unit_cost
        total = money(command.quantity * unit_cost)
    else:
        held = state.balances.get((location, lot), ZERO)
        if -command.quantity > held and not state.allow_negative:
            raise DomainError(
                f"cannot remove {fmt(-command.quantity)} {state.unit}: "
                f"{fmt(held)} on hand at {location or 'the unassigned location'}"
                + (f" lot {lot}" if lot else ""),
                fields=("quantity",),
            )
        _, cost = cost_of(state, -command.quantity)
        unit_cost, total = cost / -command.quantity, -cost
    return [
        StockAdjusted(
            sku=state.sku,
            warehouse=state.warehouse,
            location=command.location,
            lot=command.lot,
            quantity=command.quantity,
            unit=state.unit,
            reason=command.reason,
            unit_cost=Money(amount=money(unit_cost), currency=state.currency),
            total_cost=Money(amount=money(total), currency=state.currency),
            count_id=command.count_id,
            document_id=command.document_id,
        )
    ]
