"""The purchase plan, projected from inventory's topic.

- LowStockDetected opens a suggestion for its SKU x warehouse (its id is the event's id) or
  refreshes the open one; if an order was already drafted from the open one, that one is left
  as it is and a new one opens.
- StockBackInRange (from below min) and ReorderRuleRemoved close the open suggestion.
- StockIssued with reason "shipment" adds to the day's shipments, for the sales rate.
- sales.DemandForecasted (from sales' topic) keeps the latest forecast of its SKU x warehouse,
  which the plan uses over the lead time instead of the sales rate.
Which suggestions became orders is not projected: the command that drafts the order records it
(purchase_plan_conversions), and a rebuild keeps it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg.rows import dict_row

from jxc.events.contracts.inventory import (
    LowStockDetected,
    ReorderRuleRemoved,
    StockBackInRange,
    StockIssued,
)
from jxc.events.contracts.sales import DemandForecasted
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn
from jxc.purchasing.adapters import plan_forecasts
from jxc.purchasing.domain.purchase_plan import Suggestion, SuggestionStatus

_OPEN = """
SELECT s.suggestion_id, c.suggestion_id IS NOT NULL
FROM purchase_plan_suggestions s LEFT JOIN purchase_plan_conversions c USING (suggestion_id)
WHERE s.sku = %s AND s.warehouse = %s AND s.open
FOR UPDATE OF s
"""

_REFRESH = """
UPDATE purchase_plan_suggestions SET available = %s, min_quantity = %s, max_quantity = %s,
    reorder_quantity = %s, unit = %s, updated_at = %s
WHERE suggestion_id = %s
"""

_OPENING = """
INSERT INTO purchase_plan_suggestions (suggestion_id, sku, warehouse, unit, available,
    min_quantity, max_quantity, reorder_quantity, detected_at, updated_at)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
"""

_CLOSE = """
UPDATE purchase_plan_suggestions SET open = false, updated_at = %s
WHERE sku = %s AND warehouse = %s AND open
"""

_SHIPMENTS = """
INSERT INTO purchase_plan_shipments AS s (sku, warehouse, day, quantity)
SELECT * FROM unnest(%s::text[], %s::text[], %s::date[], %s::numeric[])
ON CONFLICT (sku, warehouse, day) DO UPDATE SET quantity = s.quantity + excluded.quantity
"""

_SUGGESTIONS = """
SELECT s.suggestion_id, s.sku, s.warehouse, s.unit, s.available, s.min_quantity,
    s.max_quantity, s.reorder_quantity, s.open, s.detected_at, s.updated_at,
    c.purchase_order_id
FROM purchase_plan_suggestions s LEFT JOIN purchase_plan_conversions c USING (suggestion_id)
WHERE (%(id)s::uuid IS NULL OR s.suggestion_id = %(id)s)
  AND (%(sku)s::text IS NULL OR s.sku = %(sku)s)
  AND (%(wh)s::text IS NULL OR s.warehouse = %(wh)s)
ORDER BY s.detected_at, s.suggestion_id
"""

Day = tuple[str, str, date]


@dataclass(frozen=True)
class PurchasePlanProjection:
    name: str
    topics: Sequence[str]
    handles: frozenset[str] = frozenset(
        {
            LowStockDetected.event_type,
            StockBackInRange.event_type,
            ReorderRuleRemoved.event_type,
            StockIssued.event_type,
            DemandForecasted.event_type,
        }
    )

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        shipped: dict[Day, Decimal] = defaultdict(Decimal)
        for consumed in events:
            event, at = consumed.event, consumed.envelope.occurred_at
            match event:
                case StockIssued(reason="shipment"):
                    shipped[(event.sku, event.warehouse, at.date())] += event.quantity
                case LowStockDetected():
                    await _low_stock(conn, consumed.envelope.event_id, event, at)
                case StockBackInRange(was="below_min") | ReorderRuleRemoved():
                    await conn.execute(_CLOSE, (at, event.sku, event.warehouse))
                case DemandForecasted():
                    await plan_forecasts.save(
                        conn,
                        event.sku,
                        event.warehouse,
                        event.first_week,
                        event.weeks,
                        event.method,
                        event.computed_at,
                    )
        if shipped:
            days = sorted(shipped)  # a fixed order, so concurrent batches cannot deadlock
            await conn.execute(
                _SHIPMENTS,
                (
                    [d[0] for d in days],
                    [d[1] for d in days],
                    [d[2] for d in days],
                    [shipped[d] for d in days],
                ),
            )

    async def clear(self, conn: Conn) -> None:
        await conn.execute("TRUNCATE purchase_plan_suggestions, purchase_plan_shipments")
        await plan_forecasts.clear(conn)


async def _low_stock(conn: Conn, event_id: UUID, event: LowStockDetected, at: datetime) -> None:
    cur = await conn.execute(_OPEN, (event.sku, event.warehouse))
    row = await cur.fetchone()
    rule = (event.available, event.min_quantity, event.max_quantity, event.reorder_quantity)
    if row is not None and not row[1]:
        await conn.execute(_REFRESH, (*rule, event.unit, at, row[0]))
        return
    if row is not None:  # an order was drafted from it: leave it, open a new one
        await conn.execute(_CLOSE, (at, event.sku, event.warehouse))
    await conn.execute(_OPENING, (event_id, event.sku, event.warehouse, event.unit, *rule, at, at))


def suggestion_of(row: dict[str, Any]) -> Suggestion:
    if row["purchase_order_id"] is not None:
        status = SuggestionStatus.ORDERED
    else:
        status = SuggestionStatus.OPEN if row["open"] else SuggestionStatus.RESOLVED
    return Suggestion(
        suggestion_id=row["suggestion_id"],
        sku=row["sku"],
        warehouse=row["warehouse"],
        unit=row["unit"],
        available=row["available"],
        min_quantity=row["min_quantity"],
        max_quantity=row["max_quantity"],
        reorder_quantity=row["reorder_quantity"],
        status=status,
        purchase_order_id=row["purchase_order_id"],
    )


async def suggestions(
    conn: Conn,
    *,
    suggestion_id: UUID | None = None,
    sku: str | None = None,
    warehouse: str | None = None,
    lock: bool = False,
) -> list[tuple[Suggestion, dict[str, Any]]]:
    """Suggestions with their status, and their rows (for the times); `lock` locks them until
    the end of the transaction."""
    cur = conn.cursor(row_factory=dict_row)
    sql = _SUGGESTIONS + (" FOR UPDATE OF s" if lock else "")
    await cur.execute(sql, {"id": suggestion_id, "sku": sku, "wh": warehouse})
    return [(suggestion_of(row), row) for row in await cur.fetchall()]


async def shipped_since(
    conn: Conn, keys: Sequence[tuple[str, str]], first_day: date
) -> dict[tuple[str, str], Decimal]:
    """Per SKU x warehouse, the quantity shipped from `first_day` on."""
    if not keys:
        return {}
    cur = await conn.execute(
        "SELECT sku, warehouse, sum(quantity) FROM purchase_plan_shipments "
        "WHERE (sku, warehouse) IN (SELECT * FROM unnest(%s::text[], %s::text[])) "
        "AND day >= %s GROUP BY sku, warehouse",
        ([k[0] for k in keys], [k[1] for k in keys], first_day),
    )
    return {(sku, wh): quantity for sku, wh, quantity in await cur.fetchall()}
