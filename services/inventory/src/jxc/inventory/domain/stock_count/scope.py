"""What a count covers (a whole warehouse, a location, a cycle of SKUs); the keys of its lines."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jxc.events.contracts.inventory import (
    StockCountOpened,
)
from jxc.events.limits import MAX_CODE
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_code, optional_text

#: Lines per StockCountLinesRecorded / StockCounted event: keeps a record well under Kafka's
#: default 1 MB message limit, however long the codes.
LINES_PER_EVENT = 1_000


#: Most SKUs a cycle count may select.
MAX_SELECTION = 5_000


LineKey = tuple[str, str, str]  # (sku, location, lot); "" for no location / no lot


class Scope(StrEnum):
    ALL = "all"
    LOCATION = "location"
    SELECTION = "selection"


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


def checked_line_key(sku: str, location: str | None, lot: str | None, i: int) -> LineKey:
    """`line_key` of the (i+1)th line of a recording, its errors naming the line."""
    try:
        return line_key(sku, location, lot)
    except DomainError as exc:
        raise DomainError(
            f"line {i + 1}: {exc.message}", fields=tuple(f"lines.{i}.{f}" for f in exc.fields)
        ) from exc
