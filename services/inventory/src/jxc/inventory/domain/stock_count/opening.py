"""Opening a count: its warehouse and what it covers."""

from __future__ import annotations

from jxc.events.contracts.inventory import (
    StockCountOpened,
)
from jxc.events.limits import MAX_REASON
from jxc.inventory.domain.stock_count.commands import OpenCount
from jxc.inventory.domain.stock_count.recording import unknown_location
from jxc.inventory.domain.stock_count.scope import MAX_SELECTION, Scope
from jxc.inventory.domain.stock_count.state import CountState
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import check_code, optional_text


def open_count(command: OpenCount, state: CountState) -> StockCountOpened:
    if state.status is not None:
        raise StateConflict(
            f"stock count {state.count_id} was opened already (for {state.warehouse})",
            fields=("count_id",),
        )
    warehouse = check_code(command.warehouse, "warehouse", "the warehouse code")
    location: str | None = None
    skus: list[str] = []
    if command.scope is Scope.LOCATION:
        if command.location is None or not command.location.strip():
            raise DomainError("a count of one location needs the location", fields=("location",))
        location = check_code(command.location, "location", "the location")
        if not command.location_known:
            raise unknown_location(warehouse, location, "location")
    elif command.location is not None and command.location.strip():
        raise DomainError(
            f"a location is given only for a count of one location, not of {command.scope}",
            fields=("location",),
        )
    if command.scope is Scope.SELECTION:
        skus = sorted({check_code(sku, "skus", "the SKU") for sku in command.skus})
        if not skus:
            raise DomainError("a cycle count needs the SKUs to count", fields=("skus",))
        if len(skus) > MAX_SELECTION:
            raise DomainError(
                f"a cycle count may select at most {MAX_SELECTION} SKUs, not {len(skus)}; "
                "split it, or count all items",
                fields=("skus",),
            )
    elif command.skus:
        raise DomainError(
            f"SKUs are given only for a cycle count (scope selection), not of {command.scope}",
            fields=("skus",),
        )
    return StockCountOpened(
        count_id=command.count_id,
        warehouse=warehouse,
        scope=command.scope.value,
        location=location,
        skus=skus,
        note=optional_text(command.note, "note", "the note", max_length=MAX_REASON),
    )
