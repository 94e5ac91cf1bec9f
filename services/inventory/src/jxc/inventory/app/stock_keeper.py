"""Runs stock commands against positions kept in PostgreSQL, many at a time.

A position (SKU x warehouse) is the state of its stream `stock-<sku>@<warehouse>`, stored at
every version: a batch locks its positions (in a fixed order, so batches never deadlock),
decides each command with the pure domain, appends the events at the next versions, writes
the ledger lines and stores the new state — all in the caller's transaction. Row locks make
concurrent reservations queue instead of racing: available stock never goes below zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.envelope import Envelope
from jxc.inventory.adapters import stock_tables
from jxc.inventory.adapters.kept_positions import KeptPositions
from jxc.inventory.adapters.stock_tables import Key, LedgerEntry, Slot
from jxc.inventory.domain.stock import Position, StockCommand, Valuation, decide_folding
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.pipelining import sending
from jxc.platform.store import Conn, EventStore, Metadata, NewEvent

# Orders decided before their events and ledger lines are sent: small enough that the server
# starts writing early, large enough that a statement carries many rows.
SENT_EVERY = 250
# Rows of positions kept between batches (kept_positions.py): a position, its balances, layers
# and waiting lines; some tens of megabytes at most.
KEPT_ROWS = 100_000


def stream_of(sku: str, warehouse: str) -> str:
    return f"stock-{sku}@{warehouse}"


@dataclass(frozen=True, slots=True)
class PositionCommand:
    """One command for one position, with why it happens: `cause` is the consumed event and
    its line that the command carries out (a policy's), so the ledger can refuse to apply
    the same cause twice; None for a command a person sends."""

    sku: str
    warehouse: str
    command: StockCommand
    meta: Metadata
    cause: tuple[UUID, int] | None = None

    @property
    def key(self) -> Key:
        return (self.sku, self.warehouse)


@dataclass(slots=True)
class Outcome:
    order: PositionCommand
    envelopes: list[Envelope] = field(default_factory=list)
    events: list[DomainEvent] = field(default_factory=list)
    error: DomainError | None = None
    version: int = 0


@dataclass(frozen=True, slots=True)
class PositionChange:
    """A position a batch changed: as it was before the batch and as it is after."""

    before: Position
    after: Position
    meta: Metadata  # of the last order that touched it


class PositionWatcher(Protocol):
    """Runs at the end of every batch, in its transaction, with the positions it changed
    (reorder alerts, say): whatever it records commits or rolls back with the batch."""

    async def __call__(self, conn: Conn, changes: Sequence[PositionChange]) -> None: ...


class StockKeeper:
    def __init__(
        self,
        store: EventStore,
        valuation: Valuation,
        currency: str,
        watchers: Sequence[PositionWatcher] = (),
        kept: KeptPositions | None = None,
    ) -> None:
        self.store = store
        self.valuation = valuation
        self.currency = currency
        self.watchers = list(watchers)
        self.kept = KeptPositions(KEPT_ROWS) if kept is None else kept

    async def execute(
        self, conn: Conn, orders: Sequence[PositionCommand], *, stop_on_error: bool = False
    ) -> list[Outcome]:
        """Decide and record every order in sequence. A refused order records nothing and
        carries its DomainError; with `stop_on_error` the first refusal is raised instead.

        The positions are locked and loaded first; then the orders are decided a chunk at a
        time, and each chunk's events and ledger lines go to the server while the next chunk
        is decided, so the server writes them meanwhile."""
        if not orders:
            return []
        loaded = await self._lock_and_load(conn, orders)
        outcomes: list[Outcome] = []
        async with sending(conn):
            for start in range(0, len(orders), SENT_EVERY):
                chunk = orders[start : start + SENT_EVERY]
                outcomes.extend(await self._record(conn, loaded, chunk, stop_on_error))
            stock_tables.keep(self.kept, loaded)
            await stock_tables.save(conn, loaded)
        if self.watchers:
            last_meta = {o.order.key: o.order.meta for o in outcomes if o.events}
            changes = [
                PositionChange(slot.original, slot.current, last_meta[key])
                for key, slot in loaded.items()
                if slot.changed
            ]
            for watch in self.watchers:
                await watch(conn, changes)
        return outcomes

    async def _record(
        self,
        conn: Conn,
        loaded: dict[Key, Slot],
        orders: Sequence[PositionCommand],
        stop_on_error: bool,
    ) -> list[Outcome]:
        """Decide the orders against the loaded positions (moving them on) and send what they
        recorded: their events and ledger lines."""
        outcomes: list[Outcome] = []
        new: list[NewEvent] = []
        moved: list[tuple[int, DomainEvent, Position, PositionCommand, int]] = []  # i in `new`
        for order in orders:
            outcome = Outcome(order)
            outcomes.append(outcome)
            slot = loaded.get(order.key)
            try:
                if slot is None:
                    raise NotFound(
                        f"no stock of {order.sku} has been recorded in warehouse {order.warehouse}",
                        fields=("sku", "warehouse"),
                    )
                folded = decide_folding(order.command, slot.current)
            except DomainError as exc:
                if stop_on_error:
                    raise
                outcome.error = exc
                continue
            stream = stream_of(*order.key)
            part = 0
            for event, after in folded:
                slot.current = after
                slot.version += 1
                if stock_tables.is_ledger_event(event):
                    moved.append((len(new), event, slot.current, order, part))
                    part += 1
                new.append(NewEvent(stream, slot.version, event, order.meta))
                outcome.events.append(event)
            outcome.version = slot.version
        envelopes = await self.store.append_many(conn, new)
        by_event = iter(envelopes)
        for outcome in outcomes:
            outcome.envelopes = [next(by_event) for _ in outcome.events]
            if outcome.envelopes:
                loaded[outcome.order.key].last_event_id = outcome.envelopes[-1].event_id
        await stock_tables.write_ledger(
            conn,
            [
                LedgerEntry(
                    envelopes[i],
                    event,
                    after,
                    cause_id=order.cause[0] if order.cause else None,
                    cause_line=order.cause[1] if order.cause else 0,
                    cause_part=part,
                )
                for i, event, after, order, part in moved
            ],
        )
        return outcomes

    async def position(self, conn: Conn, sku: str, warehouse: str) -> Position | None:
        """One position as it is now (no lock), for queries."""
        rows = await stock_tables.load(conn, [(sku, warehouse)], self.valuation, lock=False)
        found = rows.get((sku, warehouse))
        return None if found is None else found.current

    async def _lock_and_load(
        self, conn: Conn, orders: Sequence[PositionCommand]
    ) -> dict[Key, Slot]:
        keys = sorted({o.key for o in orders})
        firsts: dict[Key, PositionCommand] = {}
        for order in orders:
            firsts.setdefault(order.key, order)
        units = await stock_tables.item_units(conn, [k[0] for k in keys])
        new_rows = []
        for key in keys:
            command = firsts[key].command
            unit = units.get(key[0]) or getattr(command, "unit", None)
            if unit is None:
                continue  # a release or a cost correction never opens a position
            currency = getattr(command, "currency", None) or self.currency
            new_rows.append((key[0], key[1], unit, currency))
        await stock_tables.open_positions(conn, new_rows)
        loaded = await stock_tables.load(
            conn,
            keys,
            self.valuation,
            lock=True,
            reservations_of=_reservations_named(orders),
            kept=self.kept,
        )
        for key in keys:
            expected = units.get(key[0])
            if expected is not None and key in loaded and loaded[key].current.unit != expected:
                raise DomainError(
                    f"{key[0]} is kept in {loaded[key].current.unit} in {key[1]}, "
                    f"but the item master says {expected}",
                    fields=("unit",),
                )
        return loaded


def _reservations_named(orders: Sequence[PositionCommand]) -> set[tuple[UUID, int]]:
    """The reservations (order, line) the commands name: the only ones their decisions look
    up (a reservation is only ever found by its key; a plain issue names none)."""
    named: set[tuple[UUID, int]] = set()
    for order in orders:
        order_id = getattr(order.command, "order_id", None)
        if isinstance(order_id, UUID):
            named.add((order_id, getattr(order.command, "line_no", None) or 0))
    return named
