"""Sales targets set (and revised), and sales against target: what each target's subject sold
in its period (a salesperson: orders they placed; a team: its members'; a category: its items';
a warehouse: the lines placed on it), and sales summed by period, product, customer, warehouse,
salesperson or category."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any
from uuid import UUID

from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.decider import NotFound
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading, wait_for_event
from jxc.platform.store import Conn, Metadata
from jxc.sales.adapters import sales_history, sales_targets
from jxc.sales.adapters.sales_history import SalesFilter
from jxc.sales.adapters.sales_targets import TargetFilter
from jxc.sales.domain.sales_plan import SalesTargetState, SetSalesTarget, sales_target_decider

_PERCENT = Decimal("0.01")
BREAKDOWN = 500  # groups of a target's breakdown at most


class SalesPlans:
    def __init__(self, commands: CommandHandler, history: str, max_wait_seconds: float) -> None:
        self.commands = commands
        self.history = history  # the sales history's consumer
        self.max_wait_seconds = max_wait_seconds

    async def set_target(
        self, command: SetSalesTarget, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def save(conn: Conn, appended: Appended[SalesTargetState]) -> None:
            await sales_targets.save(
                conn, command.target_id, appended.state, appended.version, appended.last.recorded_at
            )

        result = await self.commands.handle(
            sales_target_decider,
            sales_target_decider.stream_id(command.target_id),
            command,
            meta,
            name="set-sales-target",
            after_append=save,
            **idempotency,
        )
        return replace(result, id=str(command.target_id))

    async def targets(
        self,
        filters: TargetFilter,
        after: tuple[str, str, str] | None,
        limit: int,
        *,
        wait_for: UUID | None = None,
        wait_seconds: float = 5.0,
    ) -> list[dict[str, Any]]:
        """Targets with what their subjects sold in their periods."""
        await self._wait(wait_for, wait_seconds)
        async with reading(self.commands.pool) as conn:
            rows = await sales_targets.page(conn, filters, after, limit)
            return [await _against_target(conn, row) for row in rows]

    async def sorted_targets(
        self,
        filters: TargetFilter,
        sort: str | None,
        order: Order | None,
        after: str | None,
        limit: int,
        *,
        wait_for: UUID | None = None,
        wait_seconds: float = 5.0,
    ) -> Page:
        """A page of the targets (with what their subjects sold) in the order asked, and
        the next page's cursor."""
        await self._wait(wait_for, wait_seconds)
        async with reading(self.commands.pool) as conn:
            rows, cursor = await sales_targets.sorted_page(conn, filters, sort, order, after, limit)
            return [await _against_target(conn, row) for row in rows], cursor

    async def target(
        self,
        target_id: UUID,
        *,
        by: str | None = None,
        wait_for: UUID | None = None,
        wait_seconds: float = 5.0,
    ) -> dict[str, Any]:
        """The target with what its subject sold, and that broken down `by` period, product,
        customer, warehouse, salesperson or category (the first BREAKDOWN groups) if asked."""
        await self._wait(wait_for, wait_seconds)
        async with reading(self.commands.pool) as conn:
            row = await sales_targets.one(conn, target_id)
            if row is None:
                raise NotFound(f"there is no sales target {target_id}", fields=("target_id",))
            found = await _against_target(conn, row)
            if by is not None:
                groups = await sales_history.summary(conn, by, _sold_by(row), None, BREAKDOWN)
                found["breakdown"] = {"by": by, "items": groups}
            return found

    async def summary(
        self,
        by: str,
        sales: SalesFilter,
        after: str | None,
        limit: int,
        *,
        wait_for: UUID | None = None,
        wait_seconds: float = 5.0,
    ) -> list[dict[str, Any]]:
        await self._wait(wait_for, wait_seconds)
        async with reading(self.commands.pool) as conn:
            return await sales_history.summary(conn, by, sales, after, limit)

    async def _wait(self, event_id: UUID | None, wait_seconds: float) -> None:
        timeout = min(wait_seconds, self.max_wait_seconds)
        await wait_for_event(self.commands.pool, self.history, event_id, timeout, "sales history")


def _sold_by(row: dict[str, Any]) -> SalesFilter:
    """The sales a target counts: its subject's, in its period, in its currency."""
    dimension, subject = row["dimension"], row["subject"]
    return SalesFilter(
        currency=row["currency"],
        since=row["period_start"],
        until=row["period_end"],
        salespeople=(
            [subject]
            if dimension == "salesperson"
            else list(row["members"])
            if dimension == "team"
            else None
        ),
        category=subject if dimension == "category" else None,
        warehouse=subject if dimension == "warehouse" else None,
    )


async def _against_target(conn: Conn, row: dict[str, Any]) -> dict[str, Any]:
    sold = await sales_history.total(conn, _sold_by(row))
    amount, target = Decimal(sold["amount"]), Decimal(row["amount"])
    quantity_target = row["quantity"]
    return {
        "target_id": row["target_id"],
        "dimension": row["dimension"],
        "subject": row["subject"],
        "members": row["members"],
        "period": row["period"],
        "period_start": row["period_start"],
        "period_end": row["period_end"],
        "target": {"amount": target, "currency": row["currency"], "quantity": quantity_target},
        "actual": {
            "amount": amount,
            "currency": row["currency"],
            "quantity": Decimal(sold["quantity"]),
            "orders": sold["orders"],
        },
        "attainment_percent": (amount * 100 / target).quantize(_PERCENT),
        "remaining": {"amount": max(target - amount, Decimal(0)), "currency": row["currency"]},
        "set_by": row["set_by"],
        "version": row["version"],
        "updated_at": row["updated_at"],
    }
