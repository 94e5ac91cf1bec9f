"""Goods in transit to this position by a transfer: more when it is dispatched, less as it is
received or its goods are declared lost; never below zero."""

from __future__ import annotations

from jxc.events.contracts.inventory import StockInTransitChanged
from jxc.inventory.domain.stock._guards import check_unit
from jxc.inventory.domain.stock.commands import ChangeInTransit
from jxc.inventory.domain.stock.state import Position
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_number, fmt


def change_in_transit(command: ChangeInTransit, state: Position) -> StockInTransitChanged:
    check_unit(command.unit, state)
    check_number(command.quantity, "quantity", "the change in transit")
    after = state.in_transit + command.quantity
    if after < 0:
        raise DomainError(
            f"{fmt(-command.quantity)} {state.unit} of {state.sku} cannot arrive in "
            f"{state.warehouse}: {fmt(state.in_transit)} are in transit",
            fields=("quantity",),
        )
    return StockInTransitChanged(
        sku=state.sku,
        warehouse=state.warehouse,
        quantity=command.quantity,
        unit=state.unit,
        in_transit_after=after,
        transfer_id=command.transfer_id,
    )
