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

adapters/count_tables.py keeps the inline tables (migration 0006) in the command's
transaction, with bulk statements (unnest), so 5,000 lines are a handful of statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.inventory import (
    StockCounted,
    StockCountOpened,
)
from jxc.events.envelope import Envelope
from jxc.inventory.adapters import count_tables
from jxc.inventory.adapters.known_names import check_known
from jxc.inventory.app.stock_keeper import PositionCommand, StockKeeper
from jxc.inventory.domain.stock import Adjust
from jxc.inventory.domain.stock_count import (
    CancelCount,
    CloseCount,
    CountLine,
    CountState,
    OpenCount,
    RecordCounts,
    checked_line_key,
    decide,
    overlaps,
    scope_of,
    stock_count_decider,
)
from jxc.platform.commands import Appended, CommandHandler, CommandResult, from_events
from jxc.platform.decider import NotFound, StateConflict
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
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
            await check_known(
                conn,
                warehouses=[(opened.warehouse, "warehouse")],
                skus=[(sku, "skus") for sku in opened.skus],
            )
            await count_tables.lock_warehouse(conn, opened.warehouse)
            if opened.location is not None:
                known = await count_tables.known_locations(
                    conn, opened.warehouse, [opened.location]
                )
                if opened.location not in known:
                    return replace(command, location_known=False)  # the decider says no
            wanted = scope_of(opened)
            for count_id, other in await count_tables.open_scopes(
                conn, opened.warehouse, command.count_id
            ):
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
            after_append=from_events(count_tables.record_stock_counts),
            **idempotency,
        )

    async def record(
        self, count_id: UUID, lines: Sequence[CountInput], meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def build(conn: Conn) -> RecordCounts:
            warehouse = await count_tables.warehouse_of(conn, count_id)
            if warehouse is None:
                raise NotFound(f"there is no stock count {count_id}", fields=("count_id",))
            keys = [
                checked_line_key(line.sku, line.location, line.lot, i)
                for i, line in enumerate(lines)
            ]
            system = await count_tables.system_stock(conn, warehouse, keys)
            for i, ((sku, _, _), (_, unit)) in enumerate(zip(keys, system, strict=True)):
                if unit is None:  # found goods of an unknown item could not be booked
                    raise NotFound(
                        f"no item {sku} is registered and no stock of it was ever kept in "
                        f"{warehouse}: register it under /items first",
                        fields=(f"lines.{i}.sku",),
                    )
            known = await count_tables.known_locations(
                conn, warehouse, [k[1] for k in keys if k[1]]
            )
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
            after_append=from_events(count_tables.record_stock_counts),
            **idempotency,
        )

    async def close(self, count_id: UUID, meta: Metadata, **idempotency: Any) -> CommandResult:
        uncounted: list[tuple[str, str, str, Decimal]] = []

        async def build(conn: Conn) -> CloseCount:
            found = await count_tables.open_count(conn, count_id)
            uncounted.clear()
            if found is None:
                return CloseCount()  # the decider says why it cannot be closed
            warehouse, scope = found
            uncounted.extend(await count_tables.uncounted(conn, count_id, warehouse, scope))
            return CloseCount(uncounted=len(uncounted))

        async def after(conn: Conn, appended: Appended[Any]) -> None:
            recorded = list(appended.events)
            await count_tables.record_stock_counts(conn, recorded)
            await self._post_variances(conn, count_id, recorded, meta)
            await count_tables.save_uncounted(conn, count_id, uncounted)

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
            after_append=from_events(count_tables.record_stock_counts),
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
        units = await count_tables.units_of_differences(conn, count_id)
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
        """A count and a page of its lines, blind while open (see count_tables.count)."""
        async with reading(self.commands.pool) as conn:
            found = await count_tables.count(conn, count_id, limit=limit, offset=offset)
        if found is None:
            raise NotFound(f"there is no stock count {count_id}", fields=("count_id",))
        return found

    async def counts(
        self,
        *,
        warehouse: str | None,
        status: str | None,
        limit: int,
        sort: str | None = None,
        order: Order | None = None,
        after: str | None = None,
    ) -> Page:
        async with reading(self.commands.pool) as conn:
            return await count_tables.counts(
                conn,
                warehouse=warehouse,
                status=status,
                limit=limit,
                sort=sort,
                order=order,
                after=after,
            )

    async def close_answer(self, count_id: UUID) -> dict[str, Any]:
        """What a close answers besides the events: its figures and the uncounted balances."""
        async with reading(self.commands.pool) as conn:
            row = await count_tables.close_figures(conn, count_id, UNCOUNTED_SHOWN)
        assert row is not None
        return row


def _where(order: PositionCommand) -> str:
    location = getattr(order.command, "location", None)
    lot = getattr(order.command, "lot", None)
    return order.sku + (f" at {location}" if location else "") + (f" lot {lot}" if lot else "")


__all__ = ["CountInput", "StockCounts", "reason_of"]
