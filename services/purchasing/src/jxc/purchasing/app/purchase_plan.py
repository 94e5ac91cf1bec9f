"""The purchase plan: suggestions with what to order now, and turning one into a draft order.

The suggested quantity is worked out when asked, from the open orders in flight at that
moment; the sales rate from the shipments of the last days (today included)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg_pool import AsyncConnectionPool

from jxc.platform.commands import CommandResult
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.reads import wait_for_event
from jxc.platform.store import Conn, Metadata
from jxc.purchasing.adapters import order_list
from jxc.purchasing.app.purchase_orders import PurchaseOrders
from jxc.purchasing.app.suppliers import known_supplier
from jxc.purchasing.domain import OPEN_STATUSES, PurchaseOrderCommand
from jxc.purchasing.domain.purchase_plan import (
    DraftFromSuggestion,
    Suggestion,
    SuggestionStatus,
    cover_days,
    draft_order,
    sales_rate,
    suggested_quantity,
)
from jxc.purchasing.projections.purchase_plan import shipped_since, suggestions

_IN_FLIGHT = sorted(s.value for s in OPEN_STATUSES)
_ZERO = Decimal(0)


class PurchasePlan:
    def __init__(
        self, orders: PurchaseOrders, consumer: str, sales_days: int, max_wait_seconds: float
    ) -> None:
        self.orders = orders
        self.consumer = consumer
        self.sales_days = sales_days
        self.max_wait_seconds = max_wait_seconds

    @property
    def pool(self) -> AsyncConnectionPool[Any]:
        return self.orders.commands.pool

    async def list(
        self,
        *,
        status: SuggestionStatus | None = SuggestionStatus.OPEN,
        sku: str | None = None,
        warehouse: str | None = None,
        days: int | None = None,
        wait_for: UUID | None = None,
        wait_seconds: float = 5.0,
    ) -> list[dict[str, Any]]:
        """Suggestions (with `status`, or all when None), oldest first."""
        timeout = min(wait_seconds, self.max_wait_seconds)
        await wait_for_event(self.pool, self.consumer, wait_for, timeout, "purchase plan")
        days = days or self.sales_days
        first_day = datetime.now(UTC).date() - timedelta(days=days - 1)
        async with self.pool.connection() as conn:
            found = await suggestions(conn, sku=sku, warehouse=warehouse)
            found = [(s, row) for s, row in found if status is None or s.status is status]
            keys = sorted({(s.sku, s.warehouse) for s, _ in found})
            flights = await order_list.in_flight(conn, keys, _IN_FLIGHT)
            shipped = await shipped_since(conn, keys, first_day)
        return [
            _view(
                s,
                row,
                flights.get((s.sku, s.warehouse), _ZERO),
                shipped.get((s.sku, s.warehouse), _ZERO),
                days,
                first_day,
            )
            for s, row in found
        ]

    async def draft_order(
        self,
        suggestion_id: UUID,
        *,
        purchase_order_id: UUID,
        supplier_id: UUID,
        unit_price: Decimal | None,
        quantity: Decimal | None,
        expected_date: date | None,
        meta: Metadata,
        **idempotency: Any,
    ) -> CommandResult:
        """Create a draft purchase order from the suggestion, in one transaction with the
        suggestion locked: a suggestion becomes at most one order."""

        async def build(conn: Conn) -> PurchaseOrderCommand:
            found = await suggestions(conn, suggestion_id=suggestion_id, lock=True)
            if not found:
                raise NotFound(
                    f"there is no purchase-plan suggestion {suggestion_id}",
                    fields=("suggestion_id",),
                )
            suggestion = found[0][0]
            supplier = await known_supplier(self.orders.commands, conn, supplier_id)
            price = unit_price
            if price is None:
                price = await _last_price(conn, supplier_id, supplier.currency, suggestion)
            key = (suggestion.sku, suggestion.warehouse)
            flights = await order_list.in_flight(conn, [key], _IN_FLIGHT)
            return draft_order(
                DraftFromSuggestion(
                    suggestion=suggestion,
                    in_flight=flights.get(key, _ZERO),
                    purchase_order_id=purchase_order_id,
                    supplier_id=supplier_id,
                    supplier_currency=supplier.currency,
                    supplier_blocked=supplier.blocked,
                    unit_price=price,
                    quantity=quantity,
                    expected_date=expected_date,
                )
            )

        return await self.orders.handle(
            purchase_order_id, build, meta, "draft-purchase-order-from-plan", idempotency
        )


async def _last_price(
    conn: Conn, supplier_id: UUID, currency: str, suggestion: Suggestion
) -> Decimal:
    last = await order_list.last_price(conn, supplier_id, suggestion.sku)
    if last is None or last[1] != currency:
        raise DomainError(
            f"supplier {supplier_id} has no earlier price for {suggestion.sku}; "
            "send the agreed unit_price",
            fields=("unit_price",),
        )
    return last[0]


def _view(
    suggestion: Suggestion,
    row: dict[str, Any],
    in_flight: Decimal,
    shipped: Decimal,
    days: int,
    first_day: date,
) -> dict[str, Any]:
    rate = sales_rate(shipped, days)
    return {
        "suggestion_id": suggestion.suggestion_id,
        "status": suggestion.status,
        "sku": suggestion.sku,
        "warehouse": suggestion.warehouse,
        "unit": suggestion.unit,
        "available": suggestion.available,
        "min_quantity": suggestion.min_quantity,
        "max_quantity": suggestion.max_quantity,
        "reorder_quantity": suggestion.reorder_quantity,
        "in_flight": in_flight,
        "suggested_quantity": suggested_quantity(suggestion, in_flight),
        "sales": {"per_day": rate, "days": days, "since": first_day, "shipped": shipped},
        "cover_days": cover_days(suggestion.available, rate),
        "purchase_order_id": suggestion.purchase_order_id,
        "detected_at": row["detected_at"],
        "updated_at": row["updated_at"],
    }
