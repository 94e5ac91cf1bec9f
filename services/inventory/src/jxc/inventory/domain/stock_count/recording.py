"""Recording counted lines, blind: checked against the count's scope and the stock's unit."""

from __future__ import annotations

from decimal import Decimal

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    RecordedCountLine,
    StockCountLinesRecorded,
)
from jxc.inventory.domain.stock_count._guards import count_id_of, must_be_open
from jxc.inventory.domain.stock_count.commands import CountLine, RecordCounts
from jxc.inventory.domain.stock_count.scope import LINES_PER_EVENT, LineKey, Scope, checked_line_key
from jxc.inventory.domain.stock_count.state import CountState
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_quantity


def record(command: RecordCounts, state: CountState) -> list[DomainEvent]:
    must_be_open(state, "record counts")
    if not command.lines:
        raise DomainError("give at least one counted line", fields=("lines",))
    recorded: dict[LineKey, RecordedCountLine] = {}  # the last count of a balance wins
    for i, line in enumerate(command.lines):
        key = checked_line_key(line.sku, line.location, line.lot, i)
        sku, location, lot = key
        if not state.scope.covers(sku, location):
            where = ""
            if state.scope.kind is Scope.LOCATION:
                where = f" at {location}" if location else " (no location)"
            raise DomainError(
                f"line {i + 1}: {sku}{where} is outside this count, which counts "
                f"{state.scope.describe()}",
                fields=(f"lines.{i}",),
            )
        if location and not line.location_known:
            raise unknown_location(state.warehouse, location, f"lines.{i}.location", i)
        recorded.pop(key, None)
        recorded[key] = RecordedCountLine(
            sku=sku,
            location=location or None,
            lot=lot or None,
            unit=_unit_of(line, i),
            counted=_quantity(line.counted, i),
            expected=line.expected,
        )
    lines = list(recorded.values())
    return [
        StockCountLinesRecorded(
            count_id=count_id_of(state),
            warehouse=state.warehouse,
            counted_at=command.counted_at,
            lines=lines[start : start + LINES_PER_EVENT],
        )
        for start in range(0, len(lines), LINES_PER_EVENT)
    ]


def unknown_location(
    warehouse: str, location: str, field: str, i: int | None = None
) -> DomainError:
    return DomainError(
        ("" if i is None else f"line {i + 1}: ")
        + f"warehouse {warehouse} has no location {location} (none registered, no stock "
        "there): add the location to the warehouse first, or correct the code",
        fields=(field,),
    )


def _unit_of(line: CountLine, i: int) -> str:
    given = line.unit.strip() if line.unit is not None and line.unit.strip() else None
    if given is not None and line.stock_unit is not None and given != line.stock_unit:
        raise DomainError(
            f"line {i + 1}: {line.sku.strip()} is kept in {line.stock_unit}, not {given}; "
            f"count it in {line.stock_unit}",
            fields=(f"lines.{i}.unit",),
        )
    unit = line.stock_unit or given
    if unit is None:
        raise DomainError(
            f"line {i + 1}: {line.sku.strip()} is neither an item nor in stock here yet; "
            "give the unit it was counted in",
            fields=(f"lines.{i}.unit",),
        )
    return unit


def _quantity(value: Decimal, i: int) -> Decimal:
    """A counted quantity as events carry it, written without an exponent."""
    what = f"line {i + 1}: the counted quantity"
    check_quantity(value, f"lines.{i}.counted", what, zero=True)
    if value == 0:
        return Decimal(0)
    normal = value.normalize()
    exponent = normal.as_tuple().exponent
    assert isinstance(exponent, int)
    return normal if exponent < 0 else value.quantize(Decimal(1))
