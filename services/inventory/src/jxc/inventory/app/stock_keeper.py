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
from decimal import Decimal
from typing import Any, Protocol
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    CostAdjusted,
    StockAdjusted,
    StockIssued,
    StockReceived,
)
from jxc.events.envelope import Envelope
from jxc.inventory.domain.stock import (
    ZERO,
    Adjust,
    CorrectCost,
    Issue,
    Layer,
    Position,
    Receive,
    Reserve,
    StockCommand,
    Valuation,
    decide,
    evolve,
    money,
)
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.store import Conn, EventStore, Metadata, NewEvent

Key = tuple[str, str]


def stream_of(sku: str, warehouse: str) -> str:
    return f"stock-{sku}@{warehouse}"


@dataclass(frozen=True, slots=True)
class StockOrder:
    """One command for one position, with why it happens."""

    sku: str
    warehouse: str
    command: StockCommand
    meta: Metadata

    @property
    def key(self) -> Key:
        return (self.sku, self.warehouse)


@dataclass(slots=True)
class Outcome:
    order: StockOrder
    envelopes: list[Envelope] = field(default_factory=list)
    events: list[DomainEvent] = field(default_factory=list)
    error: DomainError | None = None
    version: int = 0


@dataclass(slots=True)
class _Loaded:
    original: Position
    current: Position
    version: int
    original_version: int = -1

    def __post_init__(self) -> None:
        self.original_version = self.version


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
    ) -> None:
        self.store = store
        self.valuation = valuation
        self.currency = currency
        self.watchers = list(watchers)

    async def execute(
        self, conn: Conn, orders: Sequence[StockOrder], *, stop_on_error: bool = False
    ) -> list[Outcome]:
        """Decide and record every order in sequence. A refused order records nothing and
        carries its DomainError; with `stop_on_error` the first refusal is raised instead."""
        if not orders:
            return []
        loaded = await self._lock_and_load(conn, orders)
        outcomes: list[Outcome] = []
        new: list[NewEvent] = []
        ledger: list[tuple[Outcome, DomainEvent, Position]] = []
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
                events = decide(order.command, slot.current)
            except DomainError as exc:
                if stop_on_error:
                    raise
                outcome.error = exc
                continue
            stream = stream_of(*order.key)
            for event in events:
                slot.current = evolve(slot.current, event)
                slot.version += 1
                new.append(NewEvent(stream, slot.version, event, order.meta))
                outcome.events.append(event)
                if isinstance(event, StockReceived | StockIssued | StockAdjusted | CostAdjusted):
                    ledger.append((outcome, event, slot.current))
            outcome.version = slot.version
        envelopes = await self.store.append_many(conn, new)
        by_event = iter(envelopes)
        for outcome in outcomes:
            outcome.envelopes = [next(by_event) for _ in outcome.events]
        await self._write_ledger(conn, ledger)
        await self._save(conn, loaded)
        if self.watchers:
            last_meta = {o.order.key: o.order.meta for o in outcomes if o.events}
            changes = [
                PositionChange(slot.original, slot.current, last_meta[key])
                for key, slot in loaded.items()
                if slot.version != slot.original_version
            ]
            for watch in self.watchers:
                await watch(conn, changes)
        return outcomes

    async def position(self, conn: Conn, sku: str, warehouse: str) -> Position | None:
        """One position as it is now (no lock), for queries."""
        rows = await self._load(conn, [(sku, warehouse)], lock=False)
        found = rows.get((sku, warehouse))
        return None if found is None else found.current

    # --- loading ------------------------------------------------------------------------

    async def _lock_and_load(self, conn: Conn, orders: Sequence[StockOrder]) -> dict[Key, _Loaded]:
        keys = sorted({o.key for o in orders})
        firsts: dict[Key, StockOrder] = {}
        for order in orders:
            firsts.setdefault(order.key, order)
        units = await self._item_units(conn, [k[0] for k in keys])
        new_rows = []
        for key in keys:
            command = firsts[key].command
            unit = units.get(key[0]) or getattr(command, "unit", None)
            if unit is None:
                continue  # a release or a cost correction never opens a position
            currency = getattr(command, "currency", None) or self.currency
            new_rows.append((key[0], key[1], unit, currency))
        if new_rows:
            await conn.execute(
                "INSERT INTO stock_positions (sku, warehouse, unit, currency) "
                "SELECT * FROM unnest(%b::text[], %b::text[], %b::text[], %b::text[]) "
                "ON CONFLICT DO NOTHING",
                [list(c) for c in zip(*new_rows, strict=True)],
            )
        loaded = await self._load(conn, keys, lock=True)
        for key in keys:
            expected = units.get(key[0])
            if expected is not None and key in loaded and loaded[key].current.unit != expected:
                raise DomainError(
                    f"{key[0]} is kept in {loaded[key].current.unit} in {key[1]}, "
                    f"but the item master says {expected}",
                    fields=("unit",),
                )
        return loaded

    async def _item_units(self, conn: Conn, skus: list[str]) -> dict[str, str]:
        cur = await conn.execute("SELECT sku, unit FROM items WHERE sku = ANY(%s)", (skus,))
        return {sku: unit for sku, unit in await cur.fetchall()}

    async def _load(self, conn: Conn, keys: Sequence[Key], *, lock: bool) -> dict[Key, _Loaded]:
        skus, whs = [k[0] for k in keys], [k[1] for k in keys]
        join = "JOIN unnest(%b::text[], %b::text[]) AS k(sku, warehouse) USING (sku, warehouse)"
        cur = await conn.execute(
            "SELECT sku, warehouse, unit, currency, on_hand, reserved, value, last_unit_cost, "
            f"version FROM stock_positions {join} ORDER BY sku, warehouse"
            + (" FOR UPDATE" if lock else ""),
            (skus, whs),
        )
        rows = await cur.fetchall()
        balances: dict[Key, dict[tuple[str, str], Decimal]] = {}
        cur = await conn.execute(
            f"SELECT sku, warehouse, location, lot, on_hand FROM stock_balances {join}",
            (skus, whs),
        )
        for sku, wh, location, lot, quantity in await cur.fetchall():
            balances.setdefault((sku, wh), {})[(location, lot)] = quantity
        layers: dict[Key, list[Layer]] = {}
        cur = await conn.execute(
            f"SELECT sku, warehouse, quantity, unit_cost, source_id FROM stock_layers {join} "
            "ORDER BY sku, warehouse, seq",
            (skus, whs),
        )
        for sku, wh, quantity, unit_cost, source in await cur.fetchall():
            layers.setdefault((sku, wh), []).append(Layer(quantity, unit_cost, source))
        reservations: dict[Key, dict[tuple[UUID, int], Decimal]] = {}
        cur = await conn.execute(
            f"SELECT sku, warehouse, order_id, line_no, quantity FROM stock_reservations {join}",
            (skus, whs),
        )
        for sku, wh, order_id, line_no, quantity in await cur.fetchall():
            reservations.setdefault((sku, wh), {})[(order_id, line_no)] = quantity
        policies = await self._warehouse_policies(conn, sorted(set(whs)))
        loaded: dict[Key, _Loaded] = {}
        for sku, wh, unit, currency, on_hand, reserved, value, last_cost, version in rows:
            allow_negative, quarantine = policies.get(wh, (False, frozenset()))
            position = Position(
                sku=sku,
                warehouse=wh,
                unit=unit,
                currency=currency,
                valuation=self.valuation,
                allow_negative=allow_negative,
                quarantine=quarantine,
                on_hand=on_hand,
                reserved=reserved,
                value=value,
                last_unit_cost=last_cost,
                balances=balances.get((sku, wh), {}),
                layers=tuple(layers.get((sku, wh), ())),
                reservations=reservations.get((sku, wh), {}),
            )
            loaded[(sku, wh)] = _Loaded(position, position, version)
        return loaded

    async def _warehouse_policies(
        self, conn: Conn, warehouses: list[str]
    ) -> dict[str, tuple[bool, frozenset[str]]]:
        cur = await conn.execute(
            "SELECT w.code, w.allow_negative_on_hand, "
            "coalesce(array_agg(l.location) FILTER (WHERE l.quarantine), '{}') "
            "FROM warehouses w LEFT JOIN warehouse_locations l ON l.warehouse = w.code "
            "WHERE w.code = ANY(%s) GROUP BY w.code, w.allow_negative_on_hand",
            (warehouses,),
        )
        return {code: (allow, frozenset(q)) for code, allow, q in await cur.fetchall()}

    # --- saving -------------------------------------------------------------------------

    async def _save(self, conn: Conn, loaded: dict[Key, _Loaded]) -> None:
        # An event that changes no quantity (a rejected reservation) still moves the version.
        changed = [s for s in loaded.values() if s.version != s.original_version]
        if not changed:
            return
        positions = [s.current for s in changed]
        await conn.execute(
            "UPDATE stock_positions p SET on_hand = v.on_hand, reserved = v.reserved, "
            "value = v.value, last_unit_cost = v.last_unit_cost, version = v.version, "
            "updated_at = now() "
            "FROM unnest(%b::text[], %b::text[], %b::numeric[], %b::numeric[], %b::numeric[], "
            "%b::numeric[], %b::int[]) AS v(sku, warehouse, on_hand, reserved, value, "
            "last_unit_cost, version) WHERE p.sku = v.sku AND p.warehouse = v.warehouse",
            (
                [p.sku for p in positions],
                [p.warehouse for p in positions],
                [p.on_hand for p in positions],
                [p.reserved for p in positions],
                [p.value for p in positions],
                [p.last_unit_cost for p in positions],
                [s.version for s in changed],
            ),
        )
        await self._save_balances(conn, changed)
        await self._save_reservations(conn, changed)
        await self._save_layers(conn, changed)

    async def _save_balances(self, conn: Conn, changed: list[_Loaded]) -> None:
        upsert: list[tuple[str, str, str, str, Decimal]] = []
        gone: list[tuple[str, str, str, str]] = []
        for slot in changed:
            before, after = slot.original.balances, slot.current.balances
            if before is after:
                continue
            p = slot.current
            upsert += [
                (p.sku, p.warehouse, k[0], k[1], q) for k, q in after.items() if before.get(k) != q
            ]
            gone += [(p.sku, p.warehouse, k[0], k[1]) for k in before if k not in after]
        if gone:
            await conn.execute(
                "DELETE FROM stock_balances b USING unnest(%b::text[], %b::text[], %b::text[], "
                "%b::text[]) AS g(sku, warehouse, location, lot) WHERE (b.sku, b.warehouse, "
                "b.location, b.lot) = (g.sku, g.warehouse, g.location, g.lot)",
                [list(c) for c in zip(*gone, strict=True)],
            )
        if upsert:
            await conn.execute(
                "INSERT INTO stock_balances (sku, warehouse, location, lot, on_hand) "
                "SELECT * FROM unnest(%b::text[], %b::text[], %b::text[], %b::text[], "
                "%b::numeric[]) ON CONFLICT (sku, warehouse, location, lot) "
                "DO UPDATE SET on_hand = excluded.on_hand",
                [list(c) for c in zip(*upsert, strict=True)],
            )

    async def _save_reservations(self, conn: Conn, changed: list[_Loaded]) -> None:
        upsert: list[tuple[UUID, int, str, str, Decimal]] = []
        gone: list[tuple[UUID, int]] = []
        for slot in changed:
            before, after = slot.original.reservations, slot.current.reservations
            if before is after:
                continue
            p = slot.current
            upsert += [
                (k[0], k[1], p.sku, p.warehouse, q) for k, q in after.items() if before.get(k) != q
            ]
            gone += [k for k in before if k not in after]
        if gone:
            await conn.execute(
                "DELETE FROM stock_reservations r USING unnest(%b::uuid[], %b::int[]) "
                "AS g(order_id, line_no) WHERE (r.order_id, r.line_no) = (g.order_id, g.line_no)",
                [list(c) for c in zip(*gone, strict=True)],
            )
        if upsert:
            await conn.execute(
                "INSERT INTO stock_reservations (order_id, line_no, sku, warehouse, quantity) "
                "SELECT * FROM unnest(%b::uuid[], %b::int[], %b::text[], %b::text[], "
                "%b::numeric[]) ON CONFLICT (order_id, line_no) "
                "DO UPDATE SET quantity = excluded.quantity",
                [list(c) for c in zip(*upsert, strict=True)],
            )

    async def _save_layers(self, conn: Conn, changed: list[_Loaded]) -> None:
        touched = [s for s in changed if s.current.layers != s.original.layers]
        if not touched:
            return
        await conn.execute(
            "DELETE FROM stock_layers l USING unnest(%b::text[], %b::text[]) AS t(sku, warehouse) "
            "WHERE (l.sku, l.warehouse) = (t.sku, t.warehouse)",
            ([s.current.sku for s in touched], [s.current.warehouse for s in touched]),
        )
        rows = [
            (s.current.sku, s.current.warehouse, seq, layer.quantity, layer.unit_cost, layer.source)
            for s in touched
            for seq, layer in enumerate(s.current.layers)
        ]
        if rows:
            await conn.execute(
                "INSERT INTO stock_layers (sku, warehouse, seq, quantity, unit_cost, source_id) "
                "SELECT * FROM unnest(%b::text[], %b::text[], %b::int[], %b::numeric[], "
                "%b::numeric[], %b::uuid[])",
                [list(c) for c in zip(*rows, strict=True)],
            )

    async def _write_ledger(
        self, conn: Conn, ledger: list[tuple[Outcome, DomainEvent, Position]]
    ) -> None:
        if not ledger:
            return
        envelope_of = {
            id(event): envelope
            for outcome in {id(o): o for o, _, _ in ledger}.values()
            for event, envelope in zip(outcome.events, outcome.envelopes, strict=True)
        }
        rows: list[tuple[Any, ...]] = []
        for _, event, after in ledger:
            envelope = envelope_of[id(event)]
            rows.append(
                (
                    envelope.event_id,
                    *_ledger_columns(event),
                    after.on_hand,
                    after.value,
                    envelope.occurred_at,
                )
            )
        columns = [list(c) for c in zip(*rows, strict=True)]
        for numeric in _LEDGER_NUMERIC_COLUMNS:  # as text: binary numeric dumping is slow
            columns[numeric] = [None if v is None else str(v) for v in columns[numeric]]
        await conn.execute(
            "INSERT INTO stock_ledger (event_id, sku, warehouse, location, lot, movement, reason, "
            "quantity, unit, unit_cost, value_change, currency, order_id, document_id, "
            "source_event_id, on_hand_after, value_after, occurred_at) "
            "SELECT e, s, w, l, t, m, r, q::numeric, u, c::numeric, v::numeric, cur, o, d, src, "
            "oh::numeric, va::numeric, at FROM unnest(%b::uuid[], %b::text[], %b::text[], "
            "%b::text[], %b::text[], %b::text[], %b::text[], %b::text[], %b::text[], %b::text[], "
            "%b::text[], %b::text[], %b::uuid[], %b::uuid[], %b::uuid[], %b::text[], %b::text[], "
            "%b::timestamptz[]) AS x(e, s, w, l, t, m, r, q, u, c, v, cur, o, d, src, oh, va, at)",
            columns,
        )


_LEDGER_NUMERIC_COLUMNS = (7, 9, 10, 15, 16)  # quantity, unit_cost, value_change, after x2


def _ledger_columns(event: DomainEvent) -> tuple[Any, ...]:
    """(sku, warehouse, location, lot, movement, reason, quantity, unit, unit_cost,
    value_change, currency, order_id, document_id, source_event_id) of a ledger line."""
    if isinstance(event, StockReceived):
        cost = event.unit_cost
        return (
            event.sku,
            event.warehouse,
            event.location,
            event.lot,
            "receipt",
            event.reason,
            event.quantity,
            event.unit,
            cost.amount,
            event.quantity * cost.amount,
            cost.currency,
            None,
            event.document_id,
            event.source_event_id,
        )
    if isinstance(event, StockIssued):
        return (
            event.sku,
            event.warehouse,
            event.location,
            event.lot,
            "issue",
            event.reason,
            -event.quantity,
            event.unit,
            event.unit_cost.amount,
            -event.total_cost.amount,
            event.total_cost.currency,
            event.order_id,
            event.document_id,
            event.source_event_id,
        )
    if isinstance(event, StockAdjusted):
        return (
            event.sku,
            event.warehouse,
            event.location,
            event.lot,
            "adjustment",
            event.reason,
            event.quantity,
            event.unit,
            event.unit_cost.amount,
            event.total_cost.amount,
            event.total_cost.currency,
            None,
            event.document_id,
            event.count_id,
        )
    assert isinstance(event, CostAdjusted)
    return (
        event.sku,
        event.warehouse,
        None,
        None,
        "revaluation",
        event.reason,
        ZERO,
        "",
        None,
        event.capitalised.amount,
        event.amount.currency,
        None,
        event.document_id,
        event.source_event_id,
    )


__all__ = [
    "Adjust",
    "CorrectCost",
    "Issue",
    "Outcome",
    "Receive",
    "Reserve",
    "StockKeeper",
    "StockOrder",
    "money",
    "stream_of",
]
