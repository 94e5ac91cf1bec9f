"""Stock as queries show it: levels (available by the domain's one rule, available_of), the
totals at a past moment, the ledger, and one position in detail. Levels are written in the same
transaction as the events, so they never lag them; `wait_for` waits, bounded, until the stock
keeper has consumed an event of another context."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg_pool import AsyncConnectionPool

from jxc.inventory.adapters import stock_queries
from jxc.inventory.app.stock_keeper import StockKeeper
from jxc.inventory.domain.stock import available_of, shown_unit_cost
from jxc.platform.decider import NotFound
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading, wait_for_event


class StockView:
    def __init__(
        self,
        pool: AsyncConnectionPool[Any],
        keeper: StockKeeper,
        consumer: str,
        max_wait_seconds: float,
    ) -> None:
        self.pool = pool
        self.keeper = keeper
        self.consumer = consumer
        self.max_wait_seconds = max_wait_seconds

    async def wait_for(self, event_id: UUID | None, timeout: float) -> None:
        await wait_for_event(
            self.pool,
            self.consumer,
            event_id,
            min(timeout, self.max_wait_seconds),
            "stock keeper",
        )

    async def levels(
        self,
        sku: str | None,
        warehouse: str | None,
        limit: int = 1000,
        after: tuple[str, str] | None = None,
        category: str | None = None,
    ) -> list[dict[str, Any]]:
        async with reading(self.pool) as conn:
            rows = await stock_queries.positions(conn, sku, warehouse, limit, after, category)
        return [_level(row) for row in rows]

    async def levels_page(
        self,
        sku: str | None,
        warehouse: str | None,
        category: str | None,
        limit: int,
        sort: str | None,
        order: Order | None,
        after: str | None,
    ) -> Page:
        """A page of levels, by SKU unless sorted otherwise."""
        async with reading(self.pool) as conn:
            rows, next_cursor = await stock_queries.positions_page(
                conn, sku, warehouse, category, limit, sort, order, after
            )
        return [_level(row) for row in rows], next_cursor

    async def value_by_warehouse(self) -> list[dict[str, Any]]:
        async with reading(self.pool) as conn:
            return await stock_queries.value_by_warehouse(conn)

    async def level(self, sku: str, warehouse: str) -> dict[str, Any]:
        found = await self.levels(sku, warehouse, limit=1)
        if not found:
            raise no_stock(sku, warehouse)
        return found[0]

    async def as_of(self, sku: str, warehouse: str, when: datetime) -> dict[str, Any]:
        async with reading(self.pool) as conn:
            on_hand, value = await stock_queries.totals_as_of(conn, sku, warehouse, when)
        return {
            "sku": sku,
            "warehouse": warehouse,
            "as_of": when,
            "on_hand": on_hand,
            "value": value,
        }

    async def valuation(self, when: datetime, warehouse: str | None) -> dict[str, Any]:
        """The value of stock at `when` by warehouse and item category (by the item's
        category now), with the total per currency."""
        async with reading(self.pool) as conn:
            rows = await stock_queries.valuation(conn, when, warehouse)
        totals: dict[str, Decimal] = {}
        for _, _, currency, value in rows:
            totals[currency] = totals.get(currency, Decimal(0)) + value
        return {
            "as_of": when,
            "warehouse": warehouse,
            "lines": [
                {"warehouse": w, "category": c or None, "currency": cur, "value": v}
                for w, c, cur, v in rows
            ],
            "totals": [{"currency": c, "value": v} for c, v in sorted(totals.items())],
        }

    async def ledger(
        self, sku: str, warehouse: str, after_id: int, limit: int
    ) -> list[dict[str, Any]]:
        async with reading(self.pool) as conn:
            return await stock_queries.ledger_lines(conn, sku, warehouse, after_id, limit)

    async def ledger_page(
        self,
        sku: str,
        warehouse: str,
        limit: int,
        sort: str | None = None,
        order: Order | None = None,
        after: str | None = None,
    ) -> Page:
        async with reading(self.pool) as conn:
            return await stock_queries.ledger_page(conn, sku, warehouse, limit, sort, order, after)

    async def backorders_page(
        self,
        sku: str | None,
        warehouse: str | None,
        order_id: UUID | None,
        limit: int,
        sort: str | None = None,
        order: Order | None = None,
        after: str | None = None,
    ) -> Page:
        async with reading(self.pool) as conn:
            rows, cursor = await stock_queries.backorders_page(
                conn, sku, warehouse, order_id, limit, sort, order, after
            )
        return [row | {"position": row["seq"]} for row in rows], cursor

    async def backorders(
        self,
        sku: str | None,
        warehouse: str | None,
        order_id: UUID | None,
        after: tuple[str, str, int] | None,
        limit: int,
    ) -> list[dict[str, Any]]:
        async with reading(self.pool) as conn:
            rows = await stock_queries.backorders(conn, sku, warehouse, order_id, after, limit)
        return [row | {"position": row["seq"]} for row in rows]

    async def detail(self, sku: str, warehouse: str) -> dict[str, Any]:
        """Balances per location and lot, FIFO cost layers, open reservations and the order
        lines waiting for stock (first served first)."""
        async with reading(self.pool) as conn:
            position = await self.keeper.position(conn, sku, warehouse)
        if position is None:
            raise no_stock(sku, warehouse)
        return {
            "sku": sku,
            "warehouse": warehouse,
            "valuation": position.valuation,
            "balances": [
                {
                    "location": loc or None,
                    "lot": lot or None,
                    "on_hand": q,
                    "quarantine": loc in position.quarantine,
                }
                for (loc, lot), q in sorted(position.balances.items())
            ],
            "layers": [
                {"quantity": layer.quantity, "unit_cost": layer.unit_cost, "source": layer.source}
                for layer in position.layers
            ],
            "reservations": [
                {"order_id": order_id, "line_no": line_no, "quantity": q}
                for (order_id, line_no), q in sorted(position.reservations.items())
            ],
            "backorders": [
                {"order_id": b.order_id, "line_no": b.line_no, "quantity": b.quantity}
                for b in position.backorders
            ],
        }


def no_stock(sku: str, warehouse: str) -> NotFound:
    return NotFound(
        f"no stock of {sku} has been recorded in warehouse {warehouse}",
        fields=("sku", "warehouse"),
    )


def _level(row: dict[str, Any]) -> dict[str, Any]:
    """A position row as answered: available and the unit cost by the domain's rules."""
    return row | {
        "available": available_of(row["on_hand"], row["quarantined"], row["reserved"]),
        "unit_cost": shown_unit_cost(row["on_hand"], row["value"], row["last_unit_cost"]),
    }
