"""Stock count (盘点) of a warehouse: open it for a scope, record counted quantities, close it.
Pure: no I/O, no clock, no ids made here. Stream `stock-count-<id>`.

- Scope: every balance of the warehouse (`all`), one location's, or a cycle count of
  selected SKUs. Two open counts of one warehouse may not overlap (`overlaps`): a count of
  all excludes any other, location counts of different locations and cycle counts of
  disjoint selections run side by side, and a location count and a cycle count are taken to
  overlap (a selected SKU may lie in that location). That spans aggregates: the application
  checks it under a per-warehouse lock.
- A line is one balance, SKU x location x lot (none: the unassigned balance / no lot). Lines
  are recorded in bulk; a balance counted again replaces its earlier count (the last one
  wins, within one recording too). A location must be one the warehouse has (registered, or
  holding stock): a mistyped bin would otherwise post found goods to a bin that is not there.
  A count is in the unit the stock is kept in.
- Blind: the command carries the system quantity of the balance at the moment it is counted
  (`expected`, read by the application in the recording transaction), the events keep it,
  and nothing that answers the counter shows it while the count is open.
- Close: every counted line's variance is counted − expected, expected being the stock when
  *that line* was counted, so receipts and issues between counting and closing are left
  alone. The variances are posted as StockAdjusted (application, same transaction) and
  published in StockCounted, 1,000 lines an event at most. Balances in scope that nobody
  counted are not adjusted (a count that missed a bin must not write its stock off): the
  close records how many there were, and the application reports them.
- Cancel: an open count ends with nothing adjusted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import assert_never
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    CountedLine,
    RecordedCountLine,
    StockCountCancelled,
    StockCountClosed,
    StockCounted,
    StockCountLinesRecorded,
    StockCountOpened,
)
from jxc.events.limits import MAX_CODE, MAX_REASON
from jxc.platform.decider import Decider, DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_code, check_quantity, optional_text

#: Lines per StockCountLinesRecorded / StockCounted event: keeps a record well under Kafka's
#: default 1 MB message limit, however long the codes.
LINES_PER_EVENT = 1_000
#: Most SKUs a cycle count may select.
MAX_SELECTION = 5_000
#: Decimal places a quantity may have (as the event contracts allow).

LineKey = tuple[str, str, str]  # (sku, location, lot); "" for no location / no lot


class Scope(StrEnum):
    ALL = "all"
    LOCATION = "location"
    SELECTION = "selection"


class Status(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class CountScope:
    kind: Scope = Scope.ALL
    location: str | None = None
    skus: frozenset[str] = frozenset()

    def covers(self, sku: str, location: str) -> bool:
        if self.kind is Scope.LOCATION:
            return location == self.location
        if self.kind is Scope.SELECTION:
            return sku in self.skus
        return True

    def describe(self) -> str:
        if self.kind is Scope.LOCATION:
            return f"location {self.location}"
        if self.kind is Scope.SELECTION:
            return f"a cycle count of {len(self.skus)} SKU(s)"
        return "all items"


def overlaps(a: CountScope, b: CountScope) -> bool:
    """May two counts of one warehouse count the same balance?"""
    if a.kind is Scope.ALL or b.kind is Scope.ALL:
        return True
    if a.kind is Scope.LOCATION and b.kind is Scope.LOCATION:
        return a.location == b.location
    if a.kind is Scope.SELECTION and b.kind is Scope.SELECTION:
        return not a.skus.isdisjoint(b.skus)
    return True  # a location and a selection: a selected SKU may lie in that location


def scope_of(opened: StockCountOpened) -> CountScope:
    return CountScope(Scope(opened.scope), opened.location, frozenset(opened.skus))


def line_key(sku: str, location: str | None, lot: str | None) -> LineKey:
    """A line's balance, checked and normalised: stripped codes, "" for none."""
    return (
        check_code(sku, "sku", "the SKU"),
        optional_text(location, "location", "the location", max_length=MAX_CODE) or "",
        optional_text(lot, "lot", "the lot", max_length=MAX_CODE) or "",
    )


# --- commands ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OpenCount:
    count_id: UUID
    warehouse: str
    scope: Scope = Scope.ALL
    location: str | None = None
    skus: Sequence[str] = ()
    note: str | None = None
    location_known: bool = True  # the warehouse has the location (registered, or holds stock)


@dataclass(frozen=True, slots=True)
class CountLine:
    """A counted quantity, and what the system held of that balance when it was counted:
    `expected` and `stock_unit` (the unit the stock is kept in, if known) are read by the
    application in the recording transaction, and whether the warehouse has the location
    (registered, or holding stock there); `unit` is what the counter said, if anything."""

    sku: str
    counted: Decimal
    expected: Decimal
    location: str | None = None
    lot: str | None = None
    unit: str | None = None
    stock_unit: str | None = None
    location_known: bool = True


@dataclass(frozen=True, slots=True)
class RecordCounts:
    lines: Sequence[CountLine]
    counted_at: datetime


@dataclass(frozen=True, slots=True)
class CloseCount:
    """`uncounted`: how many balances in scope nobody counted (the application finds them)."""

    uncounted: int = 0


@dataclass(frozen=True, slots=True)
class CancelCount:
    reason: str | None = None


CountCommand = OpenCount | RecordCounts | CloseCount | CancelCount


# --- state ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Counted:
    unit: str
    counted: Decimal
    expected: Decimal
    counted_at: datetime
    times: int = 1

    @property
    def variance(self) -> Decimal:
        return self.counted - self.expected


@dataclass(frozen=True, slots=True)
class CountState:
    status: Status | None = None  # None: never opened
    count_id: UUID | None = None
    warehouse: str = ""
    scope: CountScope = field(default_factory=CountScope)
    lines: Mapping[LineKey, Counted] = field(default_factory=dict)


# --- decide --------------------------------------------------------------------------------


def decide(command: CountCommand, state: CountState) -> Sequence[DomainEvent]:
    match command:
        case OpenCount():
            return [_open(command, state)]
        case RecordCounts():
            return _record(command, state)
        case CloseCount():
            return _close(command, state)
        case CancelCount():
            return [_cancel(command, state)]
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


def _open(command: OpenCount, state: CountState) -> StockCountOpened:
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
            raise _unknown_location(warehouse, location, "location")
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


def _must_be_open(state: CountState, doing: str) -> None:
    if state.status is None:
        raise NotFound("there is no such stock count", fields=("count_id",))
    if state.status is not Status.OPEN:
        raise StateConflict(
            f"stock count {state.count_id} is {state.status}: it cannot {doing} any more",
            fields=("count_id",),
            count_status=state.status.value,
        )


def _record(command: RecordCounts, state: CountState) -> list[DomainEvent]:
    _must_be_open(state, "record counts")
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
            raise _unknown_location(state.warehouse, location, f"lines.{i}.location", i)
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
            count_id=_id(state),
            warehouse=state.warehouse,
            counted_at=command.counted_at,
            lines=lines[start : start + LINES_PER_EVENT],
        )
        for start in range(0, len(lines), LINES_PER_EVENT)
    ]


def _unknown_location(
    warehouse: str, location: str, field: str, i: int | None = None
) -> DomainError:
    return DomainError(
        ("" if i is None else f"line {i + 1}: ")
        + f"warehouse {warehouse} has no location {location} (none registered, no stock "
        "there): add the location to the warehouse first, or correct the code",
        fields=(field,),
    )


def checked_line_key(sku: str, location: str | None, lot: str | None, i: int) -> LineKey:
    """`line_key` of the (i+1)th line of a recording, its errors naming the line."""
    try:
        return line_key(sku, location, lot)
    except DomainError as exc:
        raise DomainError(
            f"line {i + 1}: {exc.message}", fields=tuple(f"lines.{i}.{f}" for f in exc.fields)
        ) from exc


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


def _close(command: CloseCount, state: CountState) -> list[DomainEvent]:
    _must_be_open(state, "be closed")
    if not state.lines:
        raise StateConflict(
            f"nothing has been counted in stock count {state.count_id}: record the counted "
            "lines first, or cancel the count",
            fields=("count_id",),
        )
    counted = [
        CountedLine(
            sku=sku,
            location=location or None,
            lot=lot or None,
            expected=line.expected,
            counted=line.counted,
            variance=line.variance,
            counted_at=line.counted_at,
        )
        for (sku, location, lot), line in sorted(state.lines.items())
    ]
    events: list[DomainEvent] = [
        StockCounted(
            count_id=_id(state),
            warehouse=state.warehouse,
            lines=counted[start : start + LINES_PER_EVENT],
        )
        for start in range(0, len(counted), LINES_PER_EVENT)
    ]
    events.append(
        StockCountClosed(
            count_id=_id(state),
            warehouse=state.warehouse,
            lines_counted=len(counted),
            lines_adjusted=sum(1 for line in counted if line.variance != 0),
            uncounted=max(command.uncounted, 0),
        )
    )
    return events


def _cancel(command: CancelCount, state: CountState) -> StockCountCancelled:
    _must_be_open(state, "be cancelled")
    return StockCountCancelled(
        count_id=_id(state),
        warehouse=state.warehouse,
        reason=optional_text(command.reason, "reason", "the reason", max_length=MAX_REASON),
    )


def _id(state: CountState) -> UUID:
    assert state.count_id is not None
    return state.count_id


# --- evolve --------------------------------------------------------------------------------


def evolve(state: CountState, event: DomainEvent) -> CountState:
    if isinstance(event, StockCountOpened):
        return CountState(
            status=Status.OPEN,
            count_id=event.count_id,
            warehouse=event.warehouse,
            scope=scope_of(event),
        )
    if isinstance(event, StockCountLinesRecorded):
        lines = dict(state.lines)
        for line in event.lines:
            key = (line.sku, line.location or "", line.lot or "")
            earlier = lines.get(key)
            lines[key] = Counted(
                unit=line.unit,
                counted=line.counted,
                expected=line.expected,
                counted_at=event.counted_at,
                times=1 if earlier is None else earlier.times + 1,
            )
        return replace(state, lines=lines)
    if isinstance(event, StockCountClosed):
        return replace(state, status=Status.CLOSED)
    if isinstance(event, StockCountCancelled):
        return replace(state, status=Status.CANCELLED)
    return state  # StockCounted: the close's report; StockCountClosed ends the count


stock_count_decider: Decider[CountCommand, CountState] = Decider(
    stream_prefix="stock-count",
    initial_state=CountState(),
    decide=decide,
    evolve=evolve,
)


def adjustments(state: CountState) -> list[tuple[LineKey, str, Decimal]]:
    """What closing the count posts: (balance, unit, variance) of every line that differs."""
    return [
        (key, line.unit, line.variance)
        for key, line in sorted(state.lines.items())
        if line.variance != 0
    ]
