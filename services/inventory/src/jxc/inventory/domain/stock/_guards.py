"""Checks every stock command shares."""

from __future__ import annotations

from jxc.inventory.domain.stock.state import Position
from jxc.platform.decider import DomainError


def check_unit(unit: str, state: Position) -> None:
    if unit != state.unit:
        raise DomainError(
            f"{state.sku} is kept in {state.unit}, not {unit}",
            fields=("unit",),
        )
