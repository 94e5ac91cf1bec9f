"""Reorder rules and their alerts: the application layer.

A rule is set or removed through the platform's command handler (stream
reorder-rule-<sku>@<warehouse>); `record_rules` keeps the inline table `reorder_rules` — the
rule, its alert state and its stream version — in the same transaction as the events.

`ReorderWatcher` is a PositionWatcher of the stock keeper: at the end of every stock batch, in
the batch's transaction, it reads the rules of the positions whose available stock changed (one
query, rows locked), decides the alerts with the pure domain and appends them on the rules'
streams at the versions the table holds. So an alert commits or rolls back with the movement
that caused it, and is published once per crossing.

Setting a rule and a stock batch on the same position are serialised by transaction-level
advisory locks, which both take before reading the other's data: the setter then reads the
available stock as the last batch left it, and the next batch sees the rule as the setter left
it. (A row lock on the position cannot do this for a position that a concurrent batch is
creating: an uncommitted row is invisible, not locked.) The locks are per bucket of SKU x
warehouse (LOCK_BUCKETS of them), so a batch of thousands of positions (a stock count) takes at
most that many and never fills PostgreSQL's lock table; batches take them shared, so they never
wait for each other, a setter takes its bucket exclusive. Batches take them in bucket order,
after the keeper's row locks, and a setter holds none of the keeper's row locks: no deadlock.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from psycopg.rows import dict_row

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    LowStockDetected,
    OverstockDetected,
    ReorderRuleRemoved,
    ReorderRuleSet,
    StockBackInRange,
)
from jxc.events.envelope import Envelope
from jxc.inventory.adapters.known_names import check_known
from jxc.inventory.app.stock_keeper import PositionChange
from jxc.inventory.domain.reorder import (
    ZERO,
    Level,
    RemoveReorderRule,
    ReorderRuleState,
    Rule,
    SetReorderRule,
    alerts,
    reorder_decider,
    stream_of,
)
from jxc.platform.commands import CommandHandler, CommandResult
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.logging import get_logger
from jxc.platform.store import Conn, EventStore, Metadata, NewEvent
from jxc.platform.value_checks import check_code

log = get_logger("jxc.inventory.reorder")

#: First key of the advisory locks that serialise rule setters with stock batches.
REORDER_LOCK_CLASS = 7_007_001
#: How many of them: the most a stock batch takes, however many positions it moves.
LOCK_BUCKETS = 256

# Available as the stock keeper's Position computes it: on hand outside quarantine, less reserved.
_AVAILABLE = """
    p.on_hand - p.reserved - coalesce((
        SELECT sum(b.on_hand) FROM stock_balances b
        JOIN warehouse_locations l ON l.warehouse = b.warehouse AND l.location = b.location
        WHERE b.sku = p.sku AND b.warehouse = p.warehouse AND l.quarantine), 0)
"""

_RULE_COLUMNS = """
    r.sku, r.warehouse, r.unit, r.min_quantity, r.max_quantity, r.reorder_quantity,
    CASE WHEN r.below_min THEN 'below_min' WHEN r.above_max THEN 'above_max' END AS alert,
    r.alert_available, r.alert_since, r.version, r.updated_at
"""


def lock_bucket(sku: str, warehouse: str) -> int:
    return zlib.crc32(f"{sku}@{warehouse}".encode()) % LOCK_BUCKETS


async def take_reorder_locks(
    conn: Conn, keys: Iterable[tuple[str, str]], *, exclusive: bool = False
) -> None:
    """Take the reorder advisory locks of these positions' buckets till the end of the
    transaction, in bucket order (no deadlocks): shared for a stock batch, exclusive for a
    rule setter."""
    buckets = sorted({lock_bucket(sku, warehouse) for sku, warehouse in keys})
    if buckets:
        function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
        await conn.execute(
            f"SELECT {function}(%s, b) FROM unnest(%s::int[]) AS b ORDER BY b",
            (REORDER_LOCK_CLASS, buckets),
        )


class ReorderRules:
    def __init__(self, commands: CommandHandler) -> None:
        self.commands = commands

    async def set_rule(
        self,
        *,
        sku: str,
        warehouse: str,
        min_quantity: Decimal,
        max_quantity: Decimal,
        reorder_quantity: Decimal | None,
        unit: str | None,
        meta: Metadata,
        **idempotency: Any,
    ) -> CommandResult:
        # SKU and warehouse name the stream: check them before choosing it.
        sku = check_code(sku, "sku", "the SKU")
        warehouse = check_code(warehouse, "warehouse", "the warehouse code")

        async def build(conn: Conn) -> SetReorderRule:
            await check_known(conn, warehouses=[(warehouse, "warehouse")])
            await take_reorder_locks(conn, [(sku, warehouse)], exclusive=True)
            available, kept_in = await _position(conn, sku, warehouse)
            if kept_in is None:
                kept_in = await _item_unit(conn, sku)
            if unit is not None and kept_in is not None and unit.strip() != kept_in:
                raise DomainError(
                    f"{sku} is kept in {kept_in}, not {unit.strip()}: the rule's quantities "
                    "are in the unit of the stock",
                    fields=("unit",),
                )
            chosen = kept_in or unit
            if chosen is None:
                raise DomainError(
                    f"{sku} is neither in the item master nor in stock in {warehouse}: "
                    "give the unit of the rule's quantities",
                    fields=("unit",),
                )
            return SetReorderRule(
                sku=sku,
                warehouse=warehouse,
                min_quantity=min_quantity,
                max_quantity=max_quantity,
                reorder_quantity=reorder_quantity,
                unit=chosen,
                available=available,
            )

        return await self.commands.handle(
            reorder_decider,
            stream_of(sku, warehouse),
            build,
            meta,
            name="set-reorder-rule",
            after_append=record_rules,
            **idempotency,
        )

    async def remove_rule(
        self, sku: str, warehouse: str, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def build(conn: Conn) -> RemoveReorderRule:
            await take_reorder_locks(conn, [(sku, warehouse)], exclusive=True)
            return RemoveReorderRule(sku, warehouse)

        return await self.commands.handle(
            reorder_decider,
            stream_of(sku, warehouse),
            build,
            meta,
            name="remove-reorder-rule",
            after_append=record_rules,
            **idempotency,
        )

    # --- queries ------------------------------------------------------------------------

    async def rules(
        self, *, warehouse: str | None = None, sku: str | None = None, limit: int = 1000
    ) -> list[dict[str, Any]]:
        async with self.commands.pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                f"SELECT {_RULE_COLUMNS} FROM reorder_rules r "
                "WHERE (%(wh)s::text IS NULL OR r.warehouse = %(wh)s) "
                "AND (%(sku)s::text IS NULL OR r.sku = %(sku)s) "
                "ORDER BY r.warehouse, r.sku LIMIT %(limit)s",
                {"wh": warehouse, "sku": sku, "limit": limit},
            )
            rows: list[dict[str, Any]] = await cur.fetchall()
        return rows

    async def rule(self, sku: str, warehouse: str) -> dict[str, Any]:
        rows = await self.rules(warehouse=warehouse, sku=sku, limit=1)
        if not rows:
            raise NotFound(
                f"there is no reorder rule for {sku} in {warehouse}", fields=("sku", "warehouse")
            )
        return rows[0]

    async def alerts(
        self, *, warehouse: str | None = None, kind: Level | None = None, limit: int = 1000
    ) -> list[dict[str, Any]]:
        """Positions below min or above max now, with their available stock now."""
        async with self.commands.pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                f"SELECT {_RULE_COLUMNS}, coalesce({_AVAILABLE}, 0) AS available "
                "FROM reorder_rules r LEFT JOIN stock_positions p "
                "ON p.sku = r.sku AND p.warehouse = r.warehouse "
                "WHERE (r.below_min OR r.above_max) "
                "AND (%(wh)s::text IS NULL OR r.warehouse = %(wh)s) "
                "AND (%(kind)s::text IS NULL OR (%(kind)s = 'below_min' AND r.below_min) "
                "     OR (%(kind)s = 'above_max' AND r.above_max)) "
                "ORDER BY r.warehouse, r.sku LIMIT %(limit)s",
                {"wh": warehouse, "kind": None if kind is None else kind.value, "limit": limit},
            )
            rows: list[dict[str, Any]] = await cur.fetchall()
        return rows


class ReorderWatcher:
    """Publishes LowStockDetected / OverstockDetected (and StockBackInRange) when a stock batch
    moves available stock across a rule's limits; see the module's docstring."""

    def __init__(self, store: EventStore) -> None:
        self.store = store

    async def __call__(self, conn: Conn, changes: Sequence[PositionChange]) -> None:
        # A batch that leaves available where it was (a rejected reservation, a cost
        # correction) cannot cross a limit.
        moved = {
            (c.after.sku, c.after.warehouse): c
            for c in changes
            if c.before.available != c.after.available
        }
        if not moved:
            return
        await take_reorder_locks(conn, moved)
        keys = sorted(moved)
        cur = await conn.execute(
            "SELECT r.sku, r.warehouse, r.unit, r.min_quantity, r.max_quantity, "
            "r.reorder_quantity, r.below_min, r.above_max, r.version FROM reorder_rules r "
            "JOIN unnest(%s::text[], %s::text[]) AS k(sku, warehouse) USING (sku, warehouse) "
            "ORDER BY r.sku, r.warehouse FOR UPDATE OF r",
            ([k[0] for k in keys], [k[1] for k in keys]),
        )
        new: list[NewEvent] = []
        for sku, wh, unit, low, high, reorder, below, above, version in await cur.fetchall():
            state = ReorderRuleState(
                sku=sku,
                warehouse=wh,
                rule=Rule(low, high, reorder, unit),
                level=Level.BELOW_MIN if below else Level.ABOVE_MAX if above else Level.IN_RANGE,
            )
            change = moved[(sku, wh)]
            if change.after.unit != unit:
                # Only possible for a SKU not in the item master whose first stock came in
                # another unit than the rule was set in: the quantities do not compare.
                log.warning(
                    "reorder rule not evaluated: units differ",
                    sku=sku,
                    warehouse=wh,
                    rule_unit=unit,
                    stock_unit=change.after.unit,
                )
                continue
            for event in alerts(state, change.after.available):
                version += 1
                new.append(NewEvent(stream_of(sku, wh), version, event, change.meta))
        if new:
            envelopes = await self.store.append_many(conn, new)
            await record_rules(conn, [(e, n.event) for e, n in zip(envelopes, new, strict=True)])


# --- the inline table ----------------------------------------------------------------------


async def record_rules(conn: Conn, recorded: Sequence[tuple[Envelope, DomainEvent]]) -> None:
    """Show what was recorded on rule streams in `reorder_rules`, in the same transaction."""
    for envelope, event in recorded:
        version = envelope.stream_version
        match event:
            case ReorderRuleSet():
                await conn.execute(
                    "INSERT INTO reorder_rules (sku, warehouse, unit, min_quantity, max_quantity, "
                    "reorder_quantity, version, updated_at) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT (sku, warehouse) DO UPDATE SET unit = excluded.unit, "
                    "min_quantity = excluded.min_quantity, max_quantity = excluded.max_quantity, "
                    "reorder_quantity = excluded.reorder_quantity, version = excluded.version, "
                    "updated_at = excluded.updated_at",
                    (
                        event.sku,
                        event.warehouse,
                        event.unit,
                        event.min_quantity,
                        event.max_quantity,
                        event.reorder_quantity,
                        version,
                        envelope.recorded_at,
                    ),
                )
            case ReorderRuleRemoved():
                await conn.execute(
                    "DELETE FROM reorder_rules WHERE sku = %s AND warehouse = %s",
                    (event.sku, event.warehouse),
                )
            case LowStockDetected() | OverstockDetected() | StockBackInRange():
                low = isinstance(event, LowStockDetected)
                high = isinstance(event, OverstockDetected)
                alerting = low or high
                cur = await conn.execute(
                    "UPDATE reorder_rules SET below_min = %s, above_max = %s, "
                    "alert_available = %s, alert_since = %s, version = %s, updated_at = %s "
                    "WHERE sku = %s AND warehouse = %s",
                    (
                        low,
                        high,
                        event.available if alerting else None,
                        envelope.occurred_at if alerting else None,
                        version,
                        envelope.recorded_at,
                        event.sku,
                        event.warehouse,
                    ),
                )
                if cur.rowcount != 1:
                    raise RuntimeError(
                        f"reorder_rules out of step with stream {envelope.stream_id}: no row"
                    )
            case _:
                raise TypeError(f"reorder rules do not record {event.event_type}")


async def _position(conn: Conn, sku: str, warehouse: str) -> tuple[Decimal, str | None]:
    """Available stock of the position now and its unit; zero and None when there is none."""
    cur = await conn.execute(
        f"SELECT p.unit, {_AVAILABLE} FROM stock_positions p WHERE p.sku = %s AND p.warehouse = %s",
        (sku, warehouse),
    )
    row = await cur.fetchone()
    if row is None:
        return ZERO, None
    return Decimal(row[1]), str(row[0])


async def _item_unit(conn: Conn, sku: str) -> str | None:
    cur = await conn.execute("SELECT unit FROM items WHERE sku = %s", (sku,))
    row = await cur.fetchone()
    return None if row is None else str(row[0])


__all__ = [
    "ReorderRules",
    "ReorderWatcher",
    "lock_bucket",
    "record_rules",
    "take_reorder_locks",
]
