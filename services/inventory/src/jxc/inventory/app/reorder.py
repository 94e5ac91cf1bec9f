"""Reorder rules and their alerts: the application layer.

A rule is set or removed through the platform's command handler (stream
reorder-rule-<sku>@<warehouse>); adapters/reorder_rules.py keeps the inline table
`reorder_rules` — the rule, its alert state and its stream version — in the same transaction
as the events, and holds the advisory locks described below.

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

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from jxc.inventory.adapters import reorder_rules, stock_levels, stock_tables
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
from jxc.inventory.domain.stock import available_of
from jxc.platform.commands import CommandHandler, CommandResult, from_events
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.logging import get_logger
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.platform.store import Conn, EventStore, Metadata, NewEvent
from jxc.platform.value_checks import check_code

log = get_logger("jxc.inventory.reorder")


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
            await check_known(conn, warehouses=[(warehouse, "warehouse")], skus=[(sku, "sku")])
            await reorder_rules.take_reorder_locks(conn, [(sku, warehouse)], exclusive=True)
            available, kept_in = ZERO, None
            level = await stock_levels.level(conn, sku, warehouse)
            if level is not None:
                kept_in, on_hand, quarantined, reserved = level
                available = available_of(on_hand, quarantined, reserved)
            else:
                kept_in = (await stock_tables.item_units(conn, [sku])).get(sku)
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
            after_append=from_events(reorder_rules.record_rules),
            **idempotency,
        )

    async def remove_rule(
        self, sku: str, warehouse: str, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def build(conn: Conn) -> RemoveReorderRule:
            await reorder_rules.take_reorder_locks(conn, [(sku, warehouse)], exclusive=True)
            return RemoveReorderRule(sku, warehouse)

        return await self.commands.handle(
            reorder_decider,
            stream_of(sku, warehouse),
            build,
            meta,
            name="remove-reorder-rule",
            after_append=from_events(reorder_rules.record_rules),
            **idempotency,
        )

    # --- queries ------------------------------------------------------------------------

    async def rules(
        self,
        *,
        warehouse: str | None = None,
        sku: str | None = None,
        limit: int = 1000,
        sort: str | None = None,
        order: Order | None = None,
        after: str | None = None,
    ) -> Page:
        async with reading(self.commands.pool) as conn:
            return await reorder_rules.rules(
                conn,
                warehouse=warehouse,
                sku=sku,
                limit=limit,
                sort=sort,
                order=order,
                after=after,
            )

    async def rule(self, sku: str, warehouse: str) -> dict[str, Any]:
        rows, _ = await self.rules(warehouse=warehouse, sku=sku, limit=1)
        if not rows:
            raise NotFound(
                f"there is no reorder rule for {sku} in {warehouse}", fields=("sku", "warehouse")
            )
        return rows[0]

    async def alerts(
        self,
        *,
        warehouse: str | None = None,
        kind: Level | None = None,
        limit: int = 1000,
        sort: str | None = None,
        order: Order | None = None,
        after: str | None = None,
    ) -> Page:
        """A page of the positions below min or above max now, with their available stock
        now."""
        async with reading(self.commands.pool) as conn:
            rows, next_cursor = await reorder_rules.alerting(
                conn,
                warehouse=warehouse,
                kind=None if kind is None else kind.value,
                limit=limit,
                sort=sort,
                order=order,
                after=after,
            )
        for row in rows:
            row["available"] = available_of(
                row.pop("on_hand"), row.pop("quarantined"), row.pop("reserved")
            )
        return rows, next_cursor


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
        await reorder_rules.take_reorder_locks(conn, moved)
        keys = sorted(moved)
        new: list[NewEvent] = []
        rows = await reorder_rules.lock_rules(conn, keys)
        for sku, wh, unit, low, high, reorder, below, above, version in rows:
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
            await reorder_rules.record_rules(
                conn, [(e, n.event) for e, n in zip(envelopes, new, strict=True)]
            )
