"""The stock tables: positions (the state of each stream stock-<sku>@<warehouse> at its
current version), balances per location and lot, FIFO layers, reservations and the ledger.
Bulk reads and writes with unnest, array parameters in binary."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any
from uuid import UUID

from psycopg import AsyncCursor
from sqlalchemy import Text, Uuid, bindparam, func, literal, select
from sqlalchemy.dialects.postgresql import ARRAY

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import CostAdjusted, StockAdjusted, StockIssued, StockReceived
from jxc.events.envelope import Envelope
from jxc.inventory.adapters.kept_positions import KeptPosition, KeptPositions
from jxc.inventory.domain.stock import (
    ZERO,
    Backorder,
    Layer,
    Position,
    Valuation,
    received_value,
)
from jxc.inventory.tables import (
    items,
    stock_backorders,
    stock_ledger,
    stock_reservations,
    warehouse_locations,
)
from jxc.inventory.tables import warehouses as _warehouses
from jxc.platform.arrays import Int4Array, TextArray, UuidArray, columns
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.unnest import NUMERIC_ARRAY as NUMERICS
from jxc.platform.unnest import UnnestInsert, numeric_texts

Key = tuple[str, str]

_ITEM_UNITS = Statement(
    select(items.c.sku, items.c.unit).where(
        items.c.sku == func.any(bindparam("skus", type_=ARRAY(Text)))
    )
)
_r = stock_reservations
_RESERVED_LINES = Statement(
    select(_r.c.order_id, _r.c.line_no, _r.c.sku, _r.c.warehouse)
    .where(_r.c.order_id == func.any(bindparam("order_ids", type_=ARRAY(Uuid))))
    .order_by(_r.c.order_id, _r.c.line_no)
)
_g = stock_ledger
_ISSUE_COSTS = Statement(
    select(
        _g.c.order_id,
        _g.c.sku,
        _g.c.warehouse,
        _g.c.currency,
        func.sum(-_g.c.quantity),
        func.sum(-_g.c.value_change),
    )
    .where(
        _g.c.order_id == func.any(bindparam("order_ids", type_=ARRAY(Uuid))),
        _g.c.movement == "issue",
    )
    .group_by(_g.c.order_id, _g.c.sku, _g.c.warehouse, _g.c.currency)
)
_b = stock_backorders
_WAITING_LINES = Statement(
    select(_b.c.order_id, _b.c.line_no, _b.c.sku, _b.c.warehouse)
    .where(_b.c.order_id == func.any(bindparam("order_ids", type_=ARRAY(Uuid))))
    .order_by(_b.c.order_id, _b.c.line_no)
)
_w, _l = _warehouses, warehouse_locations
_WAREHOUSE_POLICIES = Statement(
    select(
        _w.c.code,
        _w.c.allow_negative_on_hand,
        func.coalesce(
            func.array_agg(_l.c.location).filter(_l.c.quarantine),
            literal([], ARRAY(Text)),
        ),
    )
    .join_from(_w, _l, _l.c.warehouse == _w.c.code, isouter=True)
    .where(_w.c.code == func.any(bindparam("warehouses", type_=ARRAY(Text))))
    .group_by(_w.c.code, _w.c.allow_negative_on_hand)
)


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """A ledger line to write: the event, the position after it, and what caused it — the
    consumed event and its line (None for a command sent by a person), and which part of that
    line's outcome this is (an issue drawn from several balances has several parts)."""

    envelope: Envelope
    event: DomainEvent
    after: Position
    cause_id: UUID | None = None
    cause_line: int = 0
    cause_part: int = 0


@dataclass(slots=True)
class Slot:
    """A position loaded for a batch: as loaded, as it is now, its stream version and the id
    of the event at that version (None before the position's first event)."""

    original: Position
    current: Position
    version: int
    last_event_id: UUID | None = None
    original_version: int = -1

    def __post_init__(self) -> None:
        self.original_version = self.version

    @property
    def changed(self) -> bool:
        # An event that changes no quantity (a rejected reservation) still moves the version.
        return self.version != self.original_version


async def open_positions(conn: Conn, rows: Sequence[tuple[str, str, str, str]]) -> None:
    """Create the (sku, warehouse, unit, currency) positions that do not exist yet."""
    if rows:
        await conn.execute(
            "INSERT INTO stock_positions (sku, warehouse, unit, currency) "
            "SELECT * FROM unnest(%b::text[], %b::text[], %b::text[], %b::text[]) "
            "ON CONFLICT DO NOTHING",
            columns(rows, TextArray, TextArray, TextArray, TextArray),
        )


async def item_units(conn: Conn, skus: list[str]) -> dict[str, str]:
    cur = await conn.execute(_ITEM_UNITS.sql, _ITEM_UNITS.args(skus=skus))
    return {sku: unit for sku, unit in await cur.fetchall()}


async def reserved_lines(
    conn: Conn, order_ids: list[UUID]
) -> dict[UUID, list[tuple[int, str, str]]]:
    """The lines of these orders that hold a reservation: (line number, SKU, warehouse)."""
    if not order_ids:
        return {}
    cur = await conn.execute(_RESERVED_LINES.sql, _RESERVED_LINES.args(order_ids=order_ids))
    lines: dict[UUID, list[tuple[int, str, str]]] = {}
    for order_id, line_no, sku, wh in await cur.fetchall():
        lines.setdefault(order_id, []).append((line_no, sku, wh))
    return lines


@dataclass(frozen=True, slots=True)
class IssuedForOrder:
    """What left for an order, of one SKU from one warehouse: quantity and value, per the
    ledger's issue lines."""

    quantity: Decimal
    value: Decimal
    currency: str


async def issue_costs(
    conn: Conn, order_ids: list[UUID]
) -> dict[tuple[UUID, str, str], IssuedForOrder]:
    """Per (order, SKU, warehouse): the stock issued for these orders, with its cost."""
    if not order_ids:
        return {}
    cur = await conn.execute(_ISSUE_COSTS.sql, _ISSUE_COSTS.args(order_ids=order_ids))
    return {
        (order_id, sku, wh): IssuedForOrder(quantity, value, currency)
        for order_id, sku, wh, currency, quantity, value in await cur.fetchall()
    }


async def waiting_lines(
    conn: Conn, order_ids: list[UUID]
) -> dict[UUID, list[tuple[int, str, str]]]:
    """The lines of these orders waiting in a backorder queue: (line number, SKU, warehouse)."""
    if not order_ids:
        return {}
    cur = await conn.execute(_WAITING_LINES.sql, _WAITING_LINES.args(order_ids=order_ids))
    lines: dict[UUID, list[tuple[int, str, str]]] = {}
    for order_id, line_no, sku, wh in await cur.fetchall():
        lines.setdefault(order_id, []).append((line_no, sku, wh))
    return lines


async def lock_position_rows(conn: Conn, keys: Sequence[Key]) -> None:
    """Lock existing positions in (sku, warehouse) order, the order `load` locks in, so that
    anything that locks positions (a stock batch, a transfer) never deadlocks with another."""
    wanted = sorted(set(keys))
    if wanted:
        await conn.execute(
            "SELECT 1 FROM stock_positions p JOIN unnest(%b::text[], %b::text[]) "
            "AS k(sku, warehouse) USING (sku, warehouse) ORDER BY p.sku, p.warehouse "
            "FOR UPDATE OF p",
            (TextArray([k[0] for k in wanted]), TextArray([k[1] for k in wanted])),
        )


async def load(
    conn: Conn,
    keys: Sequence[Key],
    valuation: Valuation,
    *,
    lock: bool,
    reservations_of: Collection[tuple[UUID, int]] | None = None,
    kept: KeptPositions | None = None,
) -> dict[Key, Slot]:
    """The positions of `keys` that exist, locked (in key order) when `lock`. All the reads go
    to the server in one pipeline (one round trip; the lock is taken first).

    `reservations_of`: only these reservations (order, line) are loaded, not every one the
    positions hold. The rules only ever look a reservation up by its key, and saving writes
    only the keys that changed, so deciding commands that name these keys needs no others;
    a hot position holding thousands of reservations then loads a few rows, not thousands.

    `kept`: positions kept from earlier batches (kept_positions.py). Their balances, layers
    and backorders are not read while their row names the same version and last event; a
    kept position the row contradicts is read in a second round trip."""
    keys = list(keys)
    skus, whs = TextArray([k[0] for k in keys]), TextArray([k[1] for k in keys])
    unknown = keys if kept is None else [k for k in keys if kept.get(k) is None]
    async with conn.pipeline():
        positions = await conn.execute(
            "SELECT sku, warehouse, unit, currency, on_hand, reserved, value, last_unit_cost, "
            f"in_transit, version, last_event_id FROM stock_positions {_JOIN} "
            "ORDER BY sku, warehouse" + (" FOR UPDATE" if lock else ""),
            (skus, whs),
        )
        parts = await _PartReads.send(conn, unknown)
        if reservations_of is None:
            reservations_cur = await conn.execute(
                "SELECT sku, warehouse, order_id, line_no, quantity "
                f"FROM stock_reservations {_JOIN}",
                (skus, whs),
            )
        else:
            wanted = sorted(reservations_of)
            reservations_cur = await conn.execute(
                "SELECT sku, warehouse, order_id, line_no, quantity "
                f"FROM stock_reservations {_JOIN} "
                "JOIN unnest(%b::uuid[], %b::int[]) AS w(order_id, line_no) "
                "USING (order_id, line_no)",
                (skus, whs, UuidArray([w[0] for w in wanted]), Int4Array([w[1] for w in wanted])),
            )
        policies = await warehouse_policies(conn, sorted({k[1] for k in keys}))
        rows = await positions.fetchall()
        read = await parts.fetch()
        reservations: dict[Key, dict[tuple[UUID, int], Decimal]] = {}  # by position
        for sku, wh, order_id, line_no, quantity in await reservations_cur.fetchall():
            reservations.setdefault((sku, wh), {})[(order_id, line_no)] = quantity
    found: dict[Key, KeptPosition] = {}
    if kept is not None:
        overtaken: list[Key] = []
        for sku, wh, *_, version, last_event_id in rows:
            hit = kept.valid((sku, wh), version, last_event_id)
            if hit is not None:
                found[(sku, wh)] = hit
            elif (sku, wh) not in read.keys:
                overtaken.append((sku, wh))
        if overtaken:
            async with conn.pipeline():
                again = await _PartReads.send(conn, overtaken)
                read.update(await again.fetch())
    loaded: dict[Key, Slot] = {}
    for (
        sku,
        wh,
        unit,
        currency,
        on_hand,
        reserved,
        value,
        last_cost,
        in_transit,
        version,
        last_event_id,
    ) in rows:
        allow_negative, quarantine = policies.get(wh, (False, frozenset()))
        hit = found.get((sku, wh))
        position = Position(
            sku=sku,
            warehouse=wh,
            unit=unit,
            currency=currency,
            valuation=valuation,
            allow_negative=allow_negative,
            quarantine=quarantine,
            on_hand=on_hand,
            reserved=reserved,
            value=value,
            last_unit_cost=last_cost,
            balances=hit.balances if hit else read.balances.get((sku, wh), {}),
            layers=hit.layers if hit else tuple(read.layers.get((sku, wh), ())),
            reservations=reservations.get((sku, wh), {}),
            in_transit=in_transit,
            backorders=hit.backorders if hit else tuple(read.backorders.get((sku, wh), ())),
        )
        loaded[(sku, wh)] = Slot(position, position, version, last_event_id)
    return loaded


def keep(kept: KeptPositions, loaded: dict[Key, Slot]) -> None:
    """Keep the positions of a batch as it leaves them, before they are saved (one whose
    batch rolls back is never trusted: its row names another last event). A position not
    kept is saved without its last event (NULL), so no process trusts a copy of it, and the
    many small positions cost neither the id's writing nor its reading."""
    for key, slot in loaded.items():
        p = slot.current
        if slot.last_event_id is None:
            kept.forget(key)
        elif not kept.put(
            key, slot.version, slot.last_event_id, p.balances, p.layers, p.backorders
        ):
            slot.last_event_id = None


_JOIN = "JOIN unnest(%b::text[], %b::text[]) AS k(sku, warehouse) USING (sku, warehouse)"


@dataclass
class _Parts:
    """What hangs off the positions read: balances, layers and backorder queues, by key."""

    keys: set[Key] = field(default_factory=set)
    balances: dict[Key, dict[tuple[str, str], Decimal]] = field(default_factory=dict)
    layers: dict[Key, list[Layer]] = field(default_factory=dict)
    backorders: dict[Key, list[Backorder]] = field(default_factory=dict)

    def update(self, other: _Parts) -> None:
        self.keys |= other.keys
        self.balances.update(other.balances)
        self.layers.update(other.layers)
        self.backorders.update(other.backorders)


@dataclass
class _PartReads:
    """The three reads of the parts of some positions, sent in the caller's pipeline."""

    keys: list[Key]
    cursors: tuple[AsyncCursor[Any], AsyncCursor[Any], AsyncCursor[Any]] | None

    @classmethod
    async def send(cls, conn: Conn, keys: list[Key]) -> _PartReads:
        if not keys:
            return cls(keys, None)
        args = (TextArray([k[0] for k in keys]), TextArray([k[1] for k in keys]))
        balances = await conn.execute(
            f"SELECT sku, warehouse, location, lot, on_hand FROM stock_balances {_JOIN}", args
        )
        layers = await conn.execute(
            f"SELECT sku, warehouse, quantity, unit_cost, source_id, seq FROM stock_layers {_JOIN} "
            "ORDER BY sku, warehouse, seq",
            args,
        )
        backorders = await conn.execute(
            f"SELECT sku, warehouse, order_id, line_no, quantity FROM stock_backorders {_JOIN} "
            "ORDER BY sku, warehouse, seq",
            args,
        )
        return cls(keys, (balances, layers, backorders))

    async def fetch(self) -> _Parts:
        parts = _Parts(set(self.keys))
        if self.cursors is None:
            return parts
        balances_cur, layers_cur, backorders_cur = self.cursors
        for sku, wh, location, lot, quantity in await balances_cur.fetchall():
            parts.balances.setdefault((sku, wh), {})[(location, lot)] = quantity
        for sku, wh, quantity, unit_cost, source, seq in await layers_cur.fetchall():
            parts.layers.setdefault((sku, wh), []).append(Layer(quantity, unit_cost, source, seq))
        for sku, wh, order_id, line_no, quantity in await backorders_cur.fetchall():
            parts.backorders.setdefault((sku, wh), []).append(
                Backorder(order_id, line_no, quantity)
            )
        return parts


async def warehouse_policies(
    conn: Conn, warehouses: list[str]
) -> dict[str, tuple[bool, frozenset[str]]]:
    """Per warehouse: whether negative on-hand is allowed, and its quarantine locations."""
    cur = await conn.execute(
        _WAREHOUSE_POLICIES.sql, _WAREHOUSE_POLICIES.args(warehouses=warehouses)
    )
    return {code: (allow, frozenset(q)) for code, allow, q in await cur.fetchall()}


async def save(conn: Conn, loaded: dict[Key, Slot]) -> None:
    """Store the new state of the positions a batch changed."""
    changed = [s for s in loaded.values() if s.changed]
    if not changed:
        return
    positions = [s.current for s in changed]
    await conn.execute(
        "UPDATE stock_positions p SET on_hand = v.on_hand, reserved = v.reserved, "
        "value = v.value, last_unit_cost = v.last_unit_cost, in_transit = v.in_transit, "
        "version = v.version, last_event_id = v.last_event_id, updated_at = now() "
        f"FROM unnest(%b::text[], %b::text[], {NUMERICS}, {NUMERICS}, {NUMERICS}, "
        f"{NUMERICS}, {NUMERICS}, %b::int[], %b::uuid[]) AS v(sku, warehouse, on_hand, "
        "reserved, value, last_unit_cost, in_transit, version, last_event_id) "
        "WHERE p.sku = v.sku AND p.warehouse = v.warehouse",
        (
            TextArray([p.sku for p in positions]),
            TextArray([p.warehouse for p in positions]),
            numeric_texts(p.on_hand for p in positions),
            numeric_texts(p.reserved for p in positions),
            numeric_texts(p.value for p in positions),
            numeric_texts(p.last_unit_cost for p in positions),
            numeric_texts(p.in_transit for p in positions),
            Int4Array([s.version for s in changed]),
            UuidArray([s.last_event_id for s in changed]),
        ),
    )
    await save_balances(conn, changed)
    await save_reservations(conn, changed)
    await save_layers(conn, changed)
    await save_backorders(conn, changed)


_Col = tuple[str, str, type[list[Any]]]  # name, its unnest argument, the array class


def _text(name: str) -> _Col:
    return (name, "%b::text[]", TextArray)


def _int(name: str) -> _Col:
    return (name, "%b::int[]", Int4Array)


def _uuid(name: str) -> _Col:
    return (name, "%b::uuid[]", UuidArray)


def _numeric(name: str) -> _Col:
    return (name, NUMERICS, TextArray)  # sent as its text


@dataclass(frozen=True)
class _Rows:
    """One of a position's keyed tables, written as a diff: the keys gone deleted, the rows
    new or changed upserted, each in one statement of unnest arrays."""

    table: str
    keys: tuple[_Col, ...]  # the primary key
    values: tuple[_Col, ...]

    @cached_property
    def _delete(self) -> str:
        keys = [name for name, _, _ in self.keys]
        return (
            f"DELETE FROM {self.table} t USING unnest({_args(self.keys)}) "
            f"AS g({', '.join(keys)}) WHERE ({', '.join('t.' + k for k in keys)}) "
            f"= ({', '.join('g.' + k for k in keys)})"
        )

    @cached_property
    def _upsert(self) -> str:
        every = (*self.keys, *self.values)
        return (
            f"INSERT INTO {self.table} ({', '.join(name for name, _, _ in every)}) "
            f"SELECT * FROM unnest({_args(every)}) "
            f"ON CONFLICT ({', '.join(name for name, _, _ in self.keys)}) DO UPDATE SET "
            + ", ".join(f"{name} = excluded.{name}" for name, _, _ in self.values)
        )

    async def write(
        self, conn: Conn, gone: list[tuple[Any, ...]], upsert: list[tuple[Any, ...]]
    ) -> None:
        if gone:
            await conn.execute(self._delete, columns(gone, *(a for _, _, a in self.keys)))
        if upsert:
            arrays = (a for _, _, a in (*self.keys, *self.values))
            await conn.execute(self._upsert, columns(upsert, *arrays))


def _args(of: tuple[_Col, ...]) -> str:
    return ", ".join(arg for _, arg, _ in of)


_POSITION = (_text("sku"), _text("warehouse"))
_BALANCES = _Rows(
    "stock_balances", (*_POSITION, _text("location"), _text("lot")), (_numeric("on_hand"),)
)
_RESERVATIONS = _Rows(
    "stock_reservations",
    (_uuid("order_id"), _int("line_no"), *_POSITION),
    (_numeric("quantity"),),
)
_LAYERS = _Rows(
    "stock_layers",
    (*_POSITION, _int("seq")),
    (_numeric("quantity"), _numeric("unit_cost"), _uuid("source_id")),
)


async def save_balances(conn: Conn, changed: list[Slot]) -> None:
    gone, upsert = _quantities_changed(
        changed, lambda p: p.balances, lambda p, k: (p.sku, p.warehouse, *k)
    )
    await _BALANCES.write(conn, gone, upsert)


async def save_reservations(conn: Conn, changed: list[Slot]) -> None:
    gone, upsert = _quantities_changed(
        changed, lambda p: p.reservations, lambda p, k: (*k, p.sku, p.warehouse)
    )
    await _RESERVATIONS.write(conn, gone, upsert)


def _quantities_changed(
    changed: list[Slot],
    held: Callable[[Position], Mapping[Any, Decimal]],
    key_of: Callable[[Position, Any], tuple[Any, ...]],
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Of a quantity per key the positions hold (balances, reservations): the row keys gone,
    and the rows new or changed (the key, then the quantity as numeric text)."""
    gone: list[tuple[Any, ...]] = []
    upsert: list[tuple[Any, ...]] = []
    for slot in changed:
        before, after = held(slot.original), held(slot.current)
        if before is after:
            continue
        p = slot.current
        upsert += [(*key_of(p, k), str(q)) for k, q in after.items() if before.get(k) != q]
        gone += [key_of(p, k) for k in before if k not in after]
    return gone, upsert


async def save_layers(conn: Conn, changed: list[Slot]) -> None:
    """Only the layers that changed: a receipt adds one, an issue draws down or uses up the
    oldest, a cost correction revalues a receipt's. A position keeps every layer still on
    hand, hundreds where goods come in often and leave seldom, so writing them all again on
    every batch would cost each movement as much as the position's whole history."""
    upsert: list[tuple[Any, ...]] = []
    gone: list[tuple[Any, ...]] = []
    for slot in changed:
        before, after = slot.original.layers, slot.current.layers
        if before is after:
            continue
        p = slot.current
        was = {layer.seq: layer for layer in before}
        upsert += [
            (p.sku, p.warehouse, la.seq, str(la.quantity), str(la.unit_cost), la.source)
            for la in after
            # a layer the batch left alone is the very object loaded (the domain never copies
            # one it does not change): no field-by-field comparison for the hundreds of those
            if (old := was.get(la.seq)) is not la and old != la
        ]
        kept = {layer.seq for layer in after}
        gone += [(p.sku, p.warehouse, seq) for seq in was if seq not in kept]
    await _LAYERS.write(conn, gone, upsert)


async def save_backorders(conn: Conn, changed: list[Slot]) -> None:
    """The queues that changed, written again whole in their order (a queue is short: the
    lines waiting for one SKU in one warehouse)."""
    touched = [s for s in changed if s.current.backorders != s.original.backorders]
    if not touched:
        return
    await conn.execute(
        "DELETE FROM stock_backorders b USING unnest(%b::text[], %b::text[]) "
        "AS t(sku, warehouse) WHERE (b.sku, b.warehouse) = (t.sku, t.warehouse)",
        (
            TextArray([s.current.sku for s in touched]),
            TextArray([s.current.warehouse for s in touched]),
        ),
    )
    rows = [
        (s.current.sku, s.current.warehouse, seq, b.order_id, b.line_no, str(b.quantity))
        for s in touched
        for seq, b in enumerate(s.current.backorders, start=1)
    ]
    if rows:
        await conn.execute(
            "INSERT INTO stock_backorders (sku, warehouse, seq, order_id, line_no, quantity) "
            "SELECT * FROM unnest(%b::text[], %b::text[], %b::int[], %b::uuid[], "
            f"%b::int[], {NUMERICS})",
            columns(rows, TextArray, TextArray, Int4Array, UuidArray, Int4Array, TextArray),
        )


LEDGER_INSERT = UnnestInsert(
    stock_ledger,
    (
        "event_id",
        "sku",
        "warehouse",
        "location",
        "lot",
        "movement",
        "reason",
        "quantity",
        "unit",
        "unit_cost",
        "value_change",
        "currency",
        "order_id",
        "document_id",
        "source_event_id",
        "on_hand_after",
        "value_after",
        "occurred_at",
        "cause_id",
        "cause_line",
        "cause_part",
        "kind",
    ),
)


async def write_ledger(conn: Conn, ledger: Sequence[LedgerEntry]) -> None:
    """One immutable line per movement or revaluation event, with the position after it.
    A cause applied twice (the same consumed event and line on the same position) violates
    stock_ledger_applied_once and rolls the whole transaction back."""
    if not ledger:
        return
    rows = [
        _ledger_line(line.event)
        | {
            "event_id": line.envelope.event_id,
            "on_hand_after": line.after.on_hand,
            "value_after": line.after.value,
            "occurred_at": line.envelope.occurred_at,
            "cause_id": line.cause_id,
            "cause_line": line.cause_line,
            "cause_part": line.cause_part,
            "kind": line.event.kind if isinstance(line.event, StockIssued) else None,
        }
        for line in ledger
    ]
    await conn.execute(*LEDGER_INSERT.statement(rows))


def is_ledger_event(event: DomainEvent) -> bool:
    return isinstance(event, StockReceived | StockIssued | StockAdjusted | CostAdjusted)


def ledger_changes(event: DomainEvent) -> tuple[Decimal, Decimal]:
    """(quantity change, value change) of the ledger line an event writes."""
    line = _ledger_line(event)
    return line["quantity"], line["value_change"]


def _ledger_line(event: DomainEvent) -> dict[str, Any]:
    """The columns of a ledger line that come from its event, by name."""
    if isinstance(event, StockReceived):
        cost = event.unit_cost
        return {
            "sku": event.sku,
            "warehouse": event.warehouse,
            "location": event.location,
            "lot": event.lot,
            "movement": "receipt",
            "reason": event.reason,
            "quantity": event.quantity,
            "unit": event.unit,
            "unit_cost": cost.amount,
            "value_change": received_value(event),
            "currency": cost.currency,
            "order_id": None,
            "document_id": event.document_id,
            "source_event_id": event.source_event_id,
        }
    if isinstance(event, StockIssued):
        return {
            "sku": event.sku,
            "warehouse": event.warehouse,
            "location": event.location,
            "lot": event.lot,
            "movement": "issue",
            "reason": event.reason,
            "quantity": -event.quantity,
            "unit": event.unit,
            "unit_cost": event.unit_cost.amount,
            "value_change": -event.total_cost.amount,
            "currency": event.total_cost.currency,
            "order_id": event.order_id,
            "document_id": event.document_id,
            "source_event_id": event.source_event_id,
        }
    if isinstance(event, StockAdjusted):
        return {
            "sku": event.sku,
            "warehouse": event.warehouse,
            "location": event.location,
            "lot": event.lot,
            "movement": "adjustment",
            "reason": event.reason,
            "quantity": event.quantity,
            "unit": event.unit,
            "unit_cost": event.unit_cost.amount,
            "value_change": event.total_cost.amount,
            "currency": event.total_cost.currency,
            "order_id": None,
            "document_id": event.document_id,
            "source_event_id": event.count_id,
        }
    assert isinstance(event, CostAdjusted)
    return {
        "sku": event.sku,
        "warehouse": event.warehouse,
        "location": None,
        "lot": None,
        "movement": "revaluation",
        "reason": event.reason,
        "quantity": ZERO,
        "unit": "",
        "unit_cost": None,
        "value_change": event.capitalised.amount,
        "currency": event.amount.currency,
        "order_id": None,
        "document_id": event.document_id,
        "source_event_id": event.source_event_id,
    }
