"""Purchase history: what an order placed is worth to the customer's history, and the
figures of a history (lifetime value, average order value). Pure.

- An order's value is its `total` (net of discounts, tax excluded); an order placed before
  sales priced orders (no total) is worth the sum of its lines' net amounts, or of quantity x
  unit price where a line has no net amount.
- A cancelled order counts nowhere: not in the number of orders, not in any value.
- Lifetime value = the value of the orders not cancelled less the value of the returns
  received. Average order value = the value of those orders / their number (before returns:
  what a customer spends per order).
- Figures are in one currency: the currency of the customer's latest order (sales prices a
  customer's orders in the customer's currency); orders in another currency are listed but
  not summed."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from jxc.events.contracts.sales import OrderPlaced
from jxc.platform.value_checks import round_amount


@dataclass(frozen=True, slots=True)
class ProductLine:
    """What an order holds of one SKU (its lines added up)."""

    sku: str
    quantity: Decimal
    unit: str
    value: Decimal


@dataclass(frozen=True, slots=True)
class OrderFacts:
    order_id: str
    currency: str
    total: Decimal
    products: tuple[ProductLine, ...]


def order_facts(event: OrderPlaced) -> OrderFacts:
    currency = (
        event.currency
        or (event.total.currency if event.total is not None else None)
        or event.lines[0].unit_price.currency
    )
    values: dict[str, Decimal] = defaultdict(Decimal)
    quantities: dict[str, Decimal] = defaultdict(Decimal)
    units: dict[str, str] = {}
    for line in event.lines:
        value = (
            line.net_amount.amount
            if line.net_amount is not None
            else line.quantity * line.unit_price.amount
        )
        values[line.sku] += value
        quantities[line.sku] += line.quantity
        units.setdefault(line.sku, line.unit)
    total = event.total.amount if event.total is not None else sum(values.values(), Decimal(0))
    products = tuple(
        ProductLine(sku, quantities[sku], units[sku], values[sku]) for sku in sorted(values)
    )
    return OrderFacts(str(event.order_id), currency, total, products)


@dataclass(frozen=True, slots=True)
class HistoryFigures:
    """The sums of a customer's history in one currency."""

    currency: str | None
    orders: int  # placed and not cancelled
    order_value: Decimal
    cancelled_orders: int
    returns: int
    returned_value: Decimal
    first_purchase: datetime | None
    last_purchase: datetime | None

    @property
    def lifetime_value(self) -> Decimal:
        return self.order_value - self.returned_value

    @property
    def average_order_value(self) -> Decimal | None:
        if self.orders == 0:
            return None
        return round_amount(self.order_value / self.orders)
