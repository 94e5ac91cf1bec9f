"""Stock counts (盘点): the application layer of the stock-count aggregate.

Every command runs through the platform's handler, in one transaction each:

- open: under a per-warehouse advisory lock, refuses a scope that overlaps a count of the
  warehouse that is still open (two open counts of one balance would post its difference
  twice);
- record: reads, in the recording transaction, what stock_balances holds of every counted
  balance (and the unit the stock is kept in) with one query, and hands it to the decider as
  each line's `expected`: the variance is against the stock at the moment the line was
  counted, whatever moves between counting and closing;
- close: finds the balances in scope nobody counted (reported, not adjusted), records
  StockCounted / StockCountClosed and posts every variance as an Adjust through the
  StockKeeper, all in the same transaction: either the whole count is posted or nothing is.

`record_stock_counts` keeps the inline tables (migration 0006) in the command's transaction,
with bulk statements (unnest), so 5,000 lines are a handful of statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    StockCountCancelled,
    StockCountClosed,
    StockCounted,
    StockCountLinesRecorded,
    StockCountOpened,
)
from jxc.events.envelope import Envelope
from jxc.inventory.adapters.known_names import check_known
from jxc.inventory.app.stock_keeper import PositionCommand, StockKeeper
from jxc.inventory.domain.stock import Adjust
from jxc.inventory.domain.stock_count import (
    CancelCount,
    CloseCount,
    CountLine,
    CountScope,
    CountState,
    OpenCount,
    RecordCounts,
    Scope,
    Status,
    checked_line_key,
    decide,
    overlaps,
    scope_of,
    stock_count_decider,
)
from jxc.platform.commands import CommandHandler, CommandResult
from jxc.platform.decider import NotFound, StateConflict
from jxc.platform.store import Conn, Metadata

#: Most uncounted balances a close answer lists (all of them are kept in the table).
UNCOUNTED_SHOWN = 1_000


@dataclass(frozen=True, slots=True)
class CountInput:
    """A counted line as the counter gives it."""

    sku: str
    counted: Decimal
    location: str | None = None
    lot: str | None = None
    unit: str | None = None


def reason_of(count_id: UUID) -> str:
    """The reason every adjustment of a count carries."""
    return f"stock count {count_id}"


class StockCounts:
    def __init__(self, commands: CommandHandler, keeper: StockKeeper) -> None:
        self.commands = commands
        self.keeper = keeper

    def _stream(self, count_id: UUID) -> str:
        return stock_count_decider.stream_id(count_id)

    # --- commands -------------------------------------------------------------------------

    async def open(self, command: OpenCount, meta: Metadata, **idempotency: Any) -> CommandResult:
        async def build(conn: Conn) -> OpenCount:
            [opened] = decide(command, CountState())  # checks and normalises the scope
            assert isinstance(opened, StockCountOpened)
            await check_known(conn, warehouses=[(opened.warehouse, "warehouse")])
            await conn.execute(
                "SELECT pg_advisory_xact_lock(hashtext(%s))", (f"stock-count:{opened.warehouse}",)
            )
            if opened.location is not None:
                known = await _known_locations(conn, opened.warehouse, [opened.location])
                if opened.location not in known:
                    return replace(command, location_known=False)  # the decider says no
            cur = await conn.execute(
                "SELECT count_id, scope, location, skus FROM stock_counts "
                "WHERE warehouse = %s AND status = 'open' AND count_id <> %s "
                "ORDER BY opened_at",
                (opened.warehouse, command.count_id),
            )
            wanted = scope_of(opened)
            for count_id, scope, location, skus in await cur.fetchall():
                other = CountScope(Scope(scope), location, frozenset(skus))
                if overlaps(wanted, other):
                    raise StateConflict(
                        f"stock count {count_id} of {other.describe()} in {opened.warehouse} is "
                        f"still open and overlaps a count of {wanted.describe()}: close or "
                        "cancel it first (two open counts of one balance would post its "
                        "difference twice)",
                        fields=("scope",),
                        open_count=str(count_id),
                    )
            return command

        return await self.commands.handle(
            stock_count_decider,
            self._stream(command.count_id),
            build,
            meta,
            name="open-stock-count",
            after_append=record_stock_counts,
            **idempotency,
        )

    async def record(
        self, count_id: UUID, lines: Sequence[CountInput], meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def build(conn: Conn) -> RecordCounts:
            warehouse = await _warehouse_of(conn, count_id)
            keys = [
                checked_line_key(line.sku, line.location, line.lot, i)
                for i, line in enumerate(lines)
            ]
            system = await _system_stock(conn, warehouse, keys)
            known = await _known_locations(conn, warehouse, [k[1] for k in keys if k[1]])
            return RecordCounts(
                lines=[
                    CountLine(
                        sku=sku,
                        location=location or None,
                        lot=lot or None,
                        counted=line.counted,
                        unit=line.unit,
                        expected=on_hand,
                        stock_unit=unit,
                        location_known=not location or location in known,
                    )
                    for (sku, location, lot), line, (on_hand, unit) in zip(
                        keys, lines, system, strict=True
                    )
                ],
                counted_at=meta.occurred_at,
            )

        return await self.commands.handle(
            stock_count_decider,
            self._stream(count_id),
            build,
            meta,
            name="record-stock-count-lines",
            after_append=record_stock_counts,
            **idempotency,
        )

    async def close(self, count_id: UUID, meta: Metadata, **idempotency: Any) -> CommandResult:
        uncounted: list[tuple[str, str, str, Decimal]] = []

        async def build(conn: Conn) -> CloseCount:
            cur = await conn.execute(
                "SELECT warehouse, scope, location, skus, status FROM stock_counts "
                "WHERE count_id = %s",
                (count_id,),
            )
            row = await cur.fetchone()
            uncounted.clear()
            if row is None or row[4] != Status.OPEN:
                return CloseCount()  # the decider says why it cannot be closed
            warehouse, scope, location, skus, _ = row
            uncounted.extend(
                await _uncounted(
                    conn, count_id, warehouse, CountScope(Scope(scope), location, frozenset(skus))
                )
            )
            return CloseCount(uncounted=len(uncounted))

        async def after(conn: Conn, recorded: list[tuple[Envelope, DomainEvent]]) -> None:
            await record_stock_counts(conn, recorded)
            await self._post_variances(conn, count_id, recorded, meta)
            if uncounted:
                await conn.execute(
                    "INSERT INTO stock_count_uncounted (count_id, sku, location, lot, on_hand) "
                    "SELECT %s, * FROM unnest(%s::text[], %s::text[], %s::text[], %s::numeric[])",
                    (count_id, *[list(c) for c in zip(*uncounted, strict=True)]),
                )

        return await self.commands.handle(
            stock_count_decider,
            self._stream(count_id),
            build,
            meta,
            name="close-stock-count",
            after_append=after,
            **idempotency,
        )

    async def cancel(
        self, count_id: UUID, reason: str | None, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self.commands.handle(
            stock_count_decider,
            self._stream(count_id),
            CancelCount(reason),
            meta,
            name="cancel-stock-count",
            after_append=record_stock_counts,
            **idempotency,
        )

    async def _post_variances(
        self,
        conn: Conn,
        count_id: UUID,
        recorded: list[tuple[Envelope, DomainEvent]],
        meta: Metadata,
    ) -> None:
        """Every line that differs becomes an Adjust of its balance, all in one StockKeeper
        batch in this transaction; a refused one rolls the whole close back."""
        reports = [(e, ev) for e, ev in recorded if isinstance(ev, StockCounted)]
        if not reports:
            return
        cur = await conn.execute(
            "SELECT sku, location, lot, unit FROM stock_count_lines "
            "WHERE count_id = %s AND counted <> expected",
            (count_id,),
        )
        units = {(sku, loc, lot): unit for sku, loc, lot, unit in await cur.fetchall()}
        reason = reason_of(count_id)
        orders: list[PositionCommand] = []
        for envelope, report in reports:
            assert isinstance(report, StockCounted)
            why = Metadata(
                occurred_at=meta.occurred_at,
                correlation_id=meta.correlation_id,
                causation_id=envelope.event_id,
            )
            for line in report.lines:
                if line.variance == 0:
                    continue
                key = (line.sku, line.location or "", line.lot or "")
                adjust = Adjust(
                    quantity=line.variance,
                    unit=units[key],
                    reason=reason,
                    location=line.location,
                    lot=line.lot,
                    count_id=count_id,
                )
                orders.append(PositionCommand(line.sku, report.warehouse, adjust, why))
        outcomes = await self.keeper.execute(conn, orders)
        refused = [o for o in outcomes if o.error is not None]
        if refused:
            shown = refused[:20]
            raise StateConflict(
                f"stock count {count_id} cannot be closed: {len(refused)} of its differences "
                "cannot be posted as the stock stands now ("
                + "; ".join(f"{_where(o.order)}: {o.error.message}" for o in shown if o.error)
                + ("; ..." if len(refused) > len(shown) else "")
                + "). Stock moved after those lines were counted: recount them, then close "
                "again. Nothing was posted.",
                fields=("lines",),
                refused_lines=", ".join(_where(o.order) for o in shown),
            )

    # --- queries --------------------------------------------------------------------------

    async def count(self, count_id: UUID, *, limit: int, offset: int) -> dict[str, Any]:
        """A count and a page of its lines. Blind while open (and once cancelled): a line
        shows what was counted, never what the system expected or the variance."""
        async with self.commands.pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(_HEADER + "WHERE count_id = %s", (count_id,))
            header: dict[str, Any] | None = await cur.fetchone()
            if header is None:
                raise NotFound(f"there is no stock count {count_id}", fields=("count_id",))
            closed = header["status"] == Status.CLOSED
            columns = "sku, location, lot, unit, counted, counted_at, times_counted"
            if closed:
                columns += ", expected, counted - expected AS variance"
            await cur.execute(
                f"SELECT {columns} FROM stock_count_lines WHERE count_id = %s "
                "ORDER BY sku, location, lot LIMIT %s OFFSET %s",
                (count_id, limit, offset),
            )
            header["lines"] = [_nones(line) for line in await cur.fetchall()]
            if closed:
                header["uncounted_lines"] = await _uncounted_lines(conn, count_id, limit)
        return header

    async def counts(
        self, *, warehouse: str | None, status: str | None, limit: int
    ) -> list[dict[str, Any]]:
        async with self.commands.pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                _HEADER + "WHERE (%(wh)s::text IS NULL OR warehouse = %(wh)s) "
                "AND (%(status)s::text IS NULL OR status = %(status)s) "
                "ORDER BY opened_at DESC, count_id LIMIT %(limit)s",
                {"wh": warehouse, "status": status, "limit": limit},
            )
            rows: list[dict[str, Any]] = await cur.fetchall()
        return rows

    async def close_answer(self, count_id: UUID) -> dict[str, Any]:
        """What a close answers besides the events: its figures and the uncounted balances."""
        async with self.commands.pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                "SELECT status, lines_counted, lines_adjusted, uncounted FROM stock_counts "
                "WHERE count_id = %s",
                (count_id,),
            )
            row: dict[str, Any] | None = await cur.fetchone()
            assert row is not None
            row["uncounted_lines"] = await _uncounted_lines(conn, count_id, UNCOUNTED_SHOWN)
        return row


_HEADER = (
    "SELECT count_id, warehouse, scope, location, skus, note, status, lines_counted, "
    "lines_adjusted, uncounted, cancel_reason, opened_at, closed_at, cancelled_at, version, "
    "updated_at FROM stock_counts "
)


def _nones(line: dict[str, Any]) -> dict[str, Any]:
    line["location"] = line["location"] or None
    line["lot"] = line["lot"] or None
    return line


def _where(order: PositionCommand) -> str:
    location = getattr(order.command, "location", None)
    lot = getattr(order.command, "lot", None)
    return order.sku + (f" at {location}" if location else "") + (f" lot {lot}" if lot else "")


async def _warehouse_of(conn: Conn, count_id: UUID) -> str:
    cur = await conn.execute("SELECT warehouse FROM stock_counts WHERE count_id = %s", (count_id,))
    row = await cur.fetchone()
    if row is None:
        raise NotFound(f"there is no stock count {count_id}", fields=("count_id",))
    return str(row[0])


async def _system_stock(
    conn: Conn, warehouse: str, keys: Sequence[tuple[str, str, str]]
) -> list[tuple[Decimal, str | None]]:
    """What the system holds of each balance right now (0 when nothing), and the unit the SKU
    is kept in (its position's here, else the item master's; None if neither knows it)."""
    if not keys:
        return []
    cur = await conn.execute(
        "SELECT coalesce(b.on_hand, 0), coalesce(p.unit, i.unit) "
        "FROM unnest(%s::text[], %s::text[], %s::text[]) WITH ORDINALITY "
        "  AS k(sku, location, lot, n) "
        "LEFT JOIN stock_balances b ON b.sku = k.sku AND b.warehouse = %s "
        "  AND b.location = k.location AND b.lot = k.lot "
        "LEFT JOIN stock_positions p ON p.sku = k.sku AND p.warehouse = %s "
        "LEFT JOIN items i ON i.sku = k.sku "
        "ORDER BY k.n",
        ([k[0] for k in keys], [k[1] for k in keys], [k[2] for k in keys], warehouse, warehouse),
    )
    return [(on_hand, unit) for on_hand, unit in await cur.fetchall()]


async def _known_locations(conn: Conn, warehouse: str, locations: Sequence[str]) -> set[str]:
    """Which of `locations` the warehouse has: registered, or holding (or having held) stock."""
    wanted = sorted(set(locations))
    if not wanted:
        return set()
    cur = await conn.execute(
        "SELECT location FROM warehouse_locations WHERE warehouse = %(wh)s "
        "AND location = ANY(%(wanted)s) UNION "
        "SELECT DISTINCT location FROM stock_balances WHERE warehouse = %(wh)s "
        "AND location = ANY(%(wanted)s)",
        {"wh": warehouse, "wanted": wanted},
    )
    return {location for (location,) in await cur.fetchall()}


async def _uncounted(
    conn: Conn, count_id: UUID, warehouse: str, scope: CountScope
) -> list[tuple[str, str, str, Decimal]]:
    """The balances in scope that hold stock and nobody counted, and for a cycle count the
    selected SKUs nobody counted anywhere and that hold nothing here (on hand 0)."""
    cur = await conn.execute(
        "SELECT b.sku, b.location, b.lot, b.on_hand FROM stock_balances b "
        "WHERE b.warehouse = %(wh)s AND b.on_hand <> 0 "
        "AND (%(location)s::text IS NULL OR b.location = %(location)s) "
        "AND (%(skus)s::text[] IS NULL OR b.sku = ANY(%(skus)s)) "
        "AND NOT EXISTS (SELECT 1 FROM stock_count_lines l WHERE l.count_id = %(id)s "
        "  AND l.sku = b.sku AND l.location = b.location AND l.lot = b.lot) "
        "ORDER BY b.sku, b.location, b.lot",
        {
            "wh": warehouse,
            "location": scope.location if scope.kind is Scope.LOCATION else None,
            "skus": sorted(scope.skus) if scope.kind is Scope.SELECTION else None,
            "id": count_id,
        },
    )
    found: list[tuple[str, str, str, Decimal]] = list(await cur.fetchall())
    if scope.kind is Scope.SELECTION:
        cur = await conn.execute(
            "SELECT DISTINCT sku FROM stock_count_lines WHERE count_id = %s", (count_id,)
        )
        seen = {sku for (sku,) in await cur.fetchall()} | {row[0] for row in found}
        found += [(sku, "", "", Decimal(0)) for sku in sorted(scope.skus - seen)]
        found.sort()
    return found


async def _uncounted_lines(conn: Conn, count_id: UUID, limit: int) -> list[dict[str, Any]]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT sku, location, lot, on_hand FROM stock_count_uncounted WHERE count_id = %s "
        "ORDER BY sku, location, lot LIMIT %s",
        (count_id, limit),
    )
    return [_nones(row) for row in await cur.fetchall()]


# --- inline read tables ------------------------------------------------------------------


async def record_stock_counts(conn: Conn, recorded: Sequence[tuple[Envelope, DomainEvent]]) -> None:
    """Show what a command recorded in the inline tables, in the command's transaction."""
    for envelope, event in recorded:
        version = envelope.stream_version
        match event:
            case StockCountOpened():
                await conn.execute(
                    "INSERT INTO stock_counts (count_id, warehouse, scope, location, skus, note, "
                    "status, opened_at, version, updated_at) "
                    "VALUES (%s, %s, %s, %s, %s, %s, 'open', %s, %s, %s)",
                    (
                        event.count_id,
                        event.warehouse,
                        event.scope,
                        event.location,
                        event.skus,
                        event.note,
                        envelope.occurred_at,
                        version,
                        envelope.recorded_at,
                    ),
                )
            case StockCountLinesRecorded():
                lines = event.lines
                await conn.execute(
                    "INSERT INTO stock_count_lines AS l (count_id, sku, location, lot, unit, "
                    "counted, expected, counted_at) "
                    "SELECT %s, k.*, %s FROM unnest(%s::text[], %s::text[], %s::text[], "
                    "%s::text[], %s::numeric[], %s::numeric[]) AS k "
                    "ON CONFLICT (count_id, sku, location, lot) DO UPDATE SET "
                    "unit = excluded.unit, counted = excluded.counted, "
                    "expected = excluded.expected, counted_at = excluded.counted_at, "
                    "times_counted = l.times_counted + 1",
                    (
                        event.count_id,
                        event.counted_at,
                        [line.sku for line in lines],
                        [line.location or "" for line in lines],
                        [line.lot or "" for line in lines],
                        [line.unit for line in lines],
                        [line.counted for line in lines],
                        [line.expected for line in lines],
                    ),
                )
                await _update_one(
                    conn,
                    "UPDATE stock_counts SET lines_counted = (SELECT count(*) FROM "
                    "stock_count_lines WHERE count_id = %s), version = %s, updated_at = %s "
                    "WHERE count_id = %s",
                    (event.count_id, version, envelope.recorded_at, event.count_id),
                )
            case StockCounted():
                await _update_one(
                    conn,
                    "UPDATE stock_counts SET version = %s, updated_at = %s WHERE count_id = %s",
                    (version, envelope.recorded_at, event.count_id),
                )
            case StockCountClosed():
                await _update_one(
                    conn,
                    "UPDATE stock_counts SET status = 'closed', lines_adjusted = %s, "
                    "uncounted = %s, closed_at = %s, version = %s, updated_at = %s "
                    "WHERE count_id = %s",
                    (
                        event.lines_adjusted,
                        event.uncounted,
                        envelope.occurred_at,
                        version,
                        envelope.recorded_at,
                        event.count_id,
                    ),
                )
            case StockCountCancelled():
                await _update_one(
                    conn,
                    "UPDATE stock_counts SET status = 'cancelled', cancel_reason = %s, "
                    "cancelled_at = %s, version = %s, updated_at = %s WHERE count_id = %s",
                    (
                        event.reason,
                        envelope.occurred_at,
                        version,
                        envelope.recorded_at,
                        event.count_id,
                    ),
                )
            case _:
                raise TypeError(f"stock counts do not record {event.event_type}")


async def _update_one(conn: Conn, sql: str, params: tuple[Any, ...]) -> None:
    cur = await conn.execute(sql, params)
    if cur.rowcount != 1:
        # The table missed a row its stream has: refuse rather than let the two drift apart.
        raise RuntimeError(f"inline stock count table out of step with its events: {params!r}")


__all__ = ["CountInput", "StockCounts", "reason_of", "record_stock_counts"]
