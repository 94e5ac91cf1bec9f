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

from jxc.inventory.domain.stock_count.commands import (
    CancelCount,
    CloseCount,
    CountCommand,
    CountLine,
    OpenCount,
    RecordCounts,
)
from jxc.inventory.domain.stock_count.decider import decide, stock_count_decider
from jxc.inventory.domain.stock_count.scope import (
    LINES_PER_EVENT,
    MAX_SELECTION,
    CountScope,
    LineKey,
    Scope,
    checked_line_key,
    line_key,
    overlaps,
    scope_of,
)
from jxc.inventory.domain.stock_count.state import Counted, CountState, Status, adjustments, evolve

__all__ = [
    "LINES_PER_EVENT",
    "MAX_SELECTION",
    "CancelCount",
    "CloseCount",
    "CountCommand",
    "CountLine",
    "CountScope",
    "CountState",
    "Counted",
    "LineKey",
    "OpenCount",
    "RecordCounts",
    "Scope",
    "Status",
    "adjustments",
    "checked_line_key",
    "decide",
    "evolve",
    "line_key",
    "overlaps",
    "scope_of",
    "stock_count_decider",
]
