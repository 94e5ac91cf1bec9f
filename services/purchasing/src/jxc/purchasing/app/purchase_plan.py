"""The purchase plan: suggestions with what to order now, and turning one into a draft order.

The suggested quantity is worked out when asked, from the open orders in flight at that
moment; the sales rate from the shipments of the last days (today included). Where sales has
forecast the demand of the SKU x warehouse, the forecast demand over the lead time (from today)
sizes the suggestion and gives the daily rate of the cover days instead."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg_pool import AsyncConnectionPool

from jxc.platform.commands import CommandResult
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading, wait_for_event
from jxc.platform.store import Conn, Metadata
from jxc.platform.value_checks import round_amount
from jxc.purchasing.adapters import order_list, plan_forecasts, plan_list
from jxc.purchasing.app.purchase_orders import PurchaseOrders
from jxc.purchasing.app.suppliers import known_supplier
from jxc.purchasing.domain import OPEN_STATUSES, PurchaseOrderCommand
from jxc.purchasing.domain.purchase_plan import (
    DemandForecast,
    DraftFromSuggestion,
    Suggestion,
    SuggestionStatus,
    cover_days,
    covers,
    draft_order,
    forecast_demand,
    forecast_need,
    sales_rate,
    suggested_quantity,
)
from jxc.purchasing.projections.purchase_plan import shipped_since, suggestion_of, suggestions

_IN_FLIGHT = sorted(s.value for s in OPEN_STATUSES)
_ZERO = Decimal(0)


class PurchasePlan:
    def __init__(
        self,
        orders: PurchaseOrders,
        consumer: str,
        sales_days: int,
        max_wait_seconds: float,
        *,
        lead_time_days: int = 14,
    ) -> None:
        self.orders = orders
        self.consumer = consumer
        self.sales_days = sales_days
        self.max_wait_seconds = max_wait_seconds
        self.lead_time_days = lead_time_days

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
        lead_time_days: int | None = None,
        wait_for: UUID | None = None,
        wait_seconds: float = 5.0,
        limit: int = 200,
        sort: str | None = None,
        order: Order | None = None,
        after: str | None = None,
    ) -> Page:
        """A page of suggestions (with `status`, or all when None), oldest first unless sorted
        otherwise."""
        timeout = min(wait_seconds, self.max_wait_seconds)
        await wait_for_event(self.pool, self.consumer, wait_for, timeout, "purchase plan")
        days = days or self.sales_days
        lead = Lead(datetime.now(UTC).date(), lead_time_days or self.lead_time_days)
        first_day = lead.today - timedelta(days=days - 1)
        async with reading(self.pool) as conn:
            rows, next_cursor = await plan_list.page(
                conn,
                status=None if status is None else status.value,
                sku=sku,
                warehouse=warehouse,
                limit=limit,
                sort=sort,
                order=order,
                after=after,
            )
            found = [(suggestion_of(row), row) for row in rows]
            keys = sorted({(s.sku, s.warehouse) for s, _ in found})
            flights = await order_list.in_flight(conn, keys, _IN_FLIGHT)
            shipped = await shipped_since(conn, keys, first_day)
            forecasts = await plan_forecasts.of(conn, keys)
        shown = [
            _view(
                s,
                row,
                flights.get((s.sku, s.warehouse), _ZERO),
                Sales(shipped.get((s.sku, s.warehouse), _ZERO), days, first_day),
                lead,
                forecasts.get((s.sku, s.warehouse)),
            )
            for s, row in found
        ]
        return shown, next_cursor

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
            forecast = (await plan_forecasts.of(conn, [key])).get(key)
            lead = Lead(meta.occurred_at.date(), self.lead_time_days)
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
                    demand=None if forecast is None else lead.demand(forecast[0]),
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


@dataclass(frozen=True, slots=True)
class Sales:
    """What shipped over the last `days` days, from `since`."""

    shipped: Decimal
    days: int
    since: date


@dataclass(frozen=True, slots=True)
class Lead:
    """The lead time: `days` days from `today` (included)."""

    today: date
    days: int

    def demand(self, forecast: DemandForecast) -> Decimal | None:
        """The forecast demand over the lead time; None when the forecast is stale."""
        if not covers(forecast, self.today):
            return None
        return forecast_demand(forecast, self.today, self.days)


def _view(
    suggestion: Suggestion,
    row: dict[str, Any],
    in_flight: Decimal,
    sales: Sales,
    lead: Lead,
    forecast: tuple[DemandForecast, datetime] | None,
) -> dict[str, Any]:
    rate = sales_rate(sales.shipped, sales.days)
    demand = None if forecast is None else lead.demand(forecast[0])
    daily = rate if demand is None else round_amount(demand / lead.days)
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
        "suggested_quantity": suggested_quantity(suggestion, in_flight, demand),
        "sales": {
            "per_day": rate,
            "days": sales.days,
            "since": sales.since,
            "shipped": sales.shipped,
        },
        "forecast": None
        if forecast is None or demand is None
        else {
            "method": forecast[0].method,
            "first_week": forecast[0].first_week,
            "computed_at": forecast[1],
            "lead_time_days": lead.days,
            "from": lead.today,
            "demand_over_lead_time": demand,
            "per_day": daily,
            "need": forecast_need(suggestion, demand),
        },
        "cover_days": cover_days(suggestion.available, daily),
        "purchase_order_id": suggestion.purchase_order_id,
        "detected_at": row["detected_at"],
        "updated_at": row["updated_at"],
    }
