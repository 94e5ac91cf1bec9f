"""Purchase plan: a reorder suggestion per SKU x warehouse, opened by inventory's
LowStockDetected, and how much to order.

suggested = max((reorder quantity of the rule, or else max - available) - in flight, 0)

where "in flight" is what open purchase orders still bring to that warehouse. The sales rate
shown with it is the average daily quantity shipped over the last days. When sales has
published a demand forecast for the SKU x warehouse (sales.DemandForecasted), the forecast
demand over the lead time replaces that rate: the rule's quantity is raised, if need be, to

    forecast need = ceil(forecast demand over the lead time + min - available)

so what is ordered covers the demand expected until it arrives and keeps the minimum. A
suggestion is turned into a draft purchase order in one command. Pure: every fact comes in as
an argument."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal
from enum import StrEnum
from uuid import UUID

from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import fmt, round_amount
from jxc.purchasing.domain.purchase_order import CreatePurchaseOrder, OrderLine

_ZERO = Decimal(0)
_THOUSANDTH = Decimal("0.001")


class SuggestionStatus(StrEnum):
    OPEN = "open"  # below min, no order drafted from it yet
    ORDERED = "ordered"  # a purchase order was drafted from it
    RESOLVED = "resolved"  # stock went back in range (or the rule went) before an order


@dataclass(frozen=True, slots=True)
class Suggestion:
    suggestion_id: UUID
    sku: str
    warehouse: str
    unit: str
    available: Decimal
    min_quantity: Decimal
    max_quantity: Decimal
    reorder_quantity: Decimal | None
    status: SuggestionStatus
    purchase_order_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class DemandForecast:
    """Sales' forecast for one SKU x warehouse: `weeks[i]` is the demand of the week starting
    `first_week` + 7i days."""

    first_week: date
    weeks: tuple[Decimal, ...]
    method: str


def covers(forecast: DemandForecast, day: date) -> bool:
    """Whether `day` falls before the end of the forecast's last week: a forecast whose weeks
    are all past is stale, and the plan goes back to the sales rate."""
    return (day - forecast.first_week).days < 7 * len(forecast.weeks)


def forecast_demand(forecast: DemandForecast, start: date, days: int) -> Decimal:
    """The demand `forecast` expects over the `days` days from `start` (included), each day a
    seventh of its week's; a day past the forecast's last week counts as a day of that week,
    a day before its first week as a day of the first."""
    last = len(forecast.weeks) - 1
    per_week: dict[int, int] = {}
    for offset in range(days):
        index = (start - forecast.first_week).days + offset
        week = min(max(index // 7, 0), last)
        per_week[week] = per_week.get(week, 0) + 1
    total = sum((forecast.weeks[w] * n for w, n in sorted(per_week.items())), _ZERO)
    return (total / 7).quantize(_THOUSANDTH)


def forecast_need(suggestion: Suggestion, demand: Decimal) -> Decimal:
    """Enough to cover `demand` (over the lead time) and keep the minimum, in whole units."""
    return max(demand + suggestion.min_quantity - suggestion.available, _ZERO).to_integral_value(
        rounding=ROUND_CEILING
    )


def wanted_quantity(suggestion: Suggestion, demand: Decimal | None = None) -> Decimal:
    """What the rule asks for before counting what is on order, raised to the forecast need
    when a forecast `demand` over the lead time is known."""
    if suggestion.reorder_quantity is not None:
        wanted = suggestion.reorder_quantity
    else:
        wanted = suggestion.max_quantity - suggestion.available
    return wanted if demand is None else max(wanted, forecast_need(suggestion, demand))


def suggested_quantity(
    suggestion: Suggestion, in_flight: Decimal, demand: Decimal | None = None
) -> Decimal:
    """What the rule (or the forecast need) asks for, less what open orders (draft to
    partially received) still bring: a draft already in flight is never suggested again."""
    return max(wanted_quantity(suggestion, demand) - in_flight, _ZERO)


def sales_rate(shipped: Decimal, days: int) -> Decimal:
    """Average daily quantity shipped over `days` days."""
    return round_amount(shipped / days)


def cover_days(available: Decimal, rate: Decimal) -> Decimal | None:
    """How many days what is available lasts at `rate` a day; None when nothing ships."""
    if rate <= 0:
        return None
    return (max(available, _ZERO) / rate).quantize(Decimal("0.1"), rounding=ROUND_DOWN)


@dataclass(frozen=True, slots=True)
class DraftFromSuggestion:
    """Turn a suggestion into a draft purchase order. `quantity` overrides the suggested one;
    `unit_price` is the price agreed with the supplier (or its last price for the SKU)."""

    suggestion: Suggestion
    in_flight: Decimal
    purchase_order_id: UUID
    supplier_id: UUID
    supplier_currency: str
    supplier_blocked: bool
    unit_price: Decimal
    quantity: Decimal | None = None
    expected_date: date | None = None
    demand: Decimal | None = None  # forecast demand over the lead time, when there is one


def draft_order(command: DraftFromSuggestion) -> CreatePurchaseOrder:
    suggestion = command.suggestion
    if suggestion.status is SuggestionStatus.ORDERED:
        raise StateConflict(
            f"suggestion {suggestion.suggestion_id} was already turned into purchase order "
            f"{suggestion.purchase_order_id}",
            fields=("suggestion_id",),
        )
    if suggestion.status is SuggestionStatus.RESOLVED:
        raise StateConflict(
            f"suggestion {suggestion.suggestion_id} is resolved: {suggestion.sku} in "
            f"{suggestion.warehouse} is no longer below its minimum",
            fields=("suggestion_id",),
        )
    quantity = command.quantity
    if quantity is None:
        quantity = suggested_quantity(suggestion, command.in_flight, command.demand)
        if quantity == 0:
            raise DomainError(
                f"nothing to order for {suggestion.sku} in {suggestion.warehouse}: the rule asks "
                f"for {fmt(wanted_quantity(suggestion, command.demand))} and open orders already "
                f"bring "
                f"{fmt(command.in_flight)}; send a quantity to order anyway",
                fields=("quantity",),
            )
    return CreatePurchaseOrder(
        purchase_order_id=command.purchase_order_id,
        supplier_id=command.supplier_id,
        supplier_currency=command.supplier_currency,
        supplier_blocked=command.supplier_blocked,
        currency=command.supplier_currency,
        lines=[
            OrderLine(
                line_no=1,
                sku=suggestion.sku,
                quantity=quantity,
                unit=suggestion.unit,
                unit_price=command.unit_price,
                warehouse=suggestion.warehouse,
                expected_date=command.expected_date,
            )
        ],
        suggestion_id=suggestion.suggestion_id,
    )
