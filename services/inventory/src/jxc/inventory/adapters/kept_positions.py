"""The positions a stock keeper worked on recently, kept in its process between batches.

A batch locks and reads its positions before deciding. The position row (its scalars and
version) is read every time, under the lock; what hangs off it — balances per location and
lot, FIFO layers, the backorder queue — is read from its own tables, row by row. A FIFO
position holds one layer per receipt still on hand, hundreds where goods come in often and
leave seldom, and a keeper working through a backlog reads the same positions batch after
batch. Kept here, those rows are read only when the position changed elsewhere.

A kept position is trusted only while its row still names the same version and the same last
event (stock_positions.last_event_id): whatever else wrote it since — another process, a
batch that was kept and then rolled back, a database restored from a backup — names another
event, and the position is read afresh. Reservations are not kept: a batch reads only the
ones its commands name (stock_tables.load), so no batch holds all of them.

The size is in rows (a position, each balance, layer and waiting line), so a few positions
with long histories cannot take the memory of thousands of others. A position of fewer than
`min_rows` rows is not kept: reading its balance or two costs less than keeping it, tens of
thousands of small objects that every full garbage collection walks (measured: a keeper that
kept every moving-average position spent more CPU per event, not less)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from jxc.inventory.domain.stock import Backorder, Layer
from jxc.inventory.domain.stock.state import BalanceKey

Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class KeptPosition:
    version: int
    last_event_id: UUID  # the event at `version`: checked against the row before it is trusted
    balances: Mapping[BalanceKey, Decimal]
    layers: tuple[Layer, ...]
    backorders: tuple[Backorder, ...]
    rows: int  # the position's own and those above


class KeptPositions:
    """The positions used most recently, up to `max_rows` rows in all (0: keeps nothing),
    each of at least `min_rows`."""

    def __init__(self, max_rows: int, min_rows: int = 8) -> None:
        self.max_rows = max_rows
        self.min_rows = min_rows
        self.rows = 0
        self._kept: OrderedDict[Key, KeptPosition] = OrderedDict()

    def __len__(self) -> int:
        return len(self._kept)

    def get(self, key: Key) -> KeptPosition | None:
        return self._kept.get(key)

    def valid(self, key: Key, version: int, last_event_id: UUID | None) -> KeptPosition | None:
        """The kept position if the row read under its lock still names it, else None (and a
        position kept but overtaken is dropped)."""
        kept = self._kept.get(key)
        if kept is None:
            return None
        if last_event_id is None or (kept.version, kept.last_event_id) != (version, last_event_id):
            self.forget(key)
            return None
        self._kept.move_to_end(key)
        return kept

    def put(
        self,
        key: Key,
        version: int,
        last_event_id: UUID,
        balances: Mapping[BalanceKey, Decimal],
        layers: tuple[Layer, ...],
        backorders: tuple[Backorder, ...],
    ) -> bool:
        """Keep the position (True), or not: too few rows to be worth it, or too many."""
        self.forget(key)
        rows = 1 + len(balances) + len(layers) + len(backorders)
        if rows < self.min_rows or rows > self.max_rows:
            return False
        self._kept[key] = KeptPosition(version, last_event_id, balances, layers, backorders, rows)
        self.rows += rows
        while self.rows > self.max_rows:
            _, dropped = self._kept.popitem(last=False)
            self.rows -= dropped.rows
        return True

    def forget(self, key: Key) -> None:
        dropped = self._kept.pop(key, None)
        if dropped is not None:
            self.rows -= dropped.rows
