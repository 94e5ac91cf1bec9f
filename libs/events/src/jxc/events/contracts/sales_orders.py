"""Events of sales' own order and quotation aggregates (published on jxc.sales.events like
every sales event, but consumed by sales alone): how an order was taken and priced, held on
credit, reserved line by line from inventory's answers, confirmed, shipped, delivered and
closed; quotations created, accepted and converted. The cross-service facts stay in
jxc.events.contracts.sales (OrderPlaced, OrderCancelled, ...)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from jxc.events.base import Code, Currency, DomainEvent, Money, PositiveQuantity, Sku, Unit
from jxc.events.contracts.registry import registry
from jxc.events.limits import Text

#: A discount as a fraction: 0.05 is 5 %.
Percent = Annotated[Decimal, Field(allow_inf_nan=False, ge=0, le=1, decimal_places=6)]


class PricedLine(BaseModel):
    """One line as sales priced it: `list_price` is where the price came from (a price list,
    a quotation or the price the seller typed), `unit_price` the price used after quantity
    breaks, the discounts then taken off: the line's own, and its share of the order's."""

    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    warehouse: Code
    quantity: PositiveQuantity
    unit: Unit
    unit_price: Money
    price_source: Text  # e.g. "price list RETAIL-2026 (from 10)", "entered by wang.fang"
    gross_amount: Money  # quantity x unit_price
    line_discount_percent: Percent = Decimal(0)
    line_discount: Money
    order_discount: Money  # this line's share of the order discount, coupon and voucher
    net_amount: Money


@registry.register
class OrderTaken(DomainEvent):
    """An order as it was taken and priced, before credit decides whether it is placed
    (sales.OrderPlaced) or held (OrderHeldOnCredit)."""

    event_type = "sales.OrderTaken"

    order_id: UUID
    order_no: Code
    customer_id: UUID
    customer_code: Code
    currency: Currency
    lines: Annotated[list[PricedLine], Field(min_length=1)]
    order_discount_percent: Percent = Decimal(0)
    discount_total: Money
    total: Money
    ship_to: Code | None = None
    promised_on: date | None = None
    quotation_id: UUID | None = None
    coupon_code: Code | None = None
    voucher_code: Code | None = None
    order_percent_discount: Money | None = None  # what order_discount_percent took off
    coupon_discount: Money | None = None  # what the coupon took off
    voucher_discount: Money | None = None  # what the loyalty voucher took off
    taken_on: date
    taken_by: Text


@registry.register
class OrderHeldOnCredit(DomainEvent):
    """The order would take the customer's exposure over its credit limit, or the customer has
    receivables overdue (`overdue`, when that is a reason): it waits for a credit_controller;
    nothing is reserved meanwhile."""

    event_type = "sales.OrderHeldOnCredit"

    order_id: UUID
    customer_id: UUID
    reason: Text
    exposure: Money  # open orders not yet invoiced + open receivables, before this order
    order_total: Money
    credit_limit: Money
    overdue: Money | None = None  # the customer's receivables overdue, when a reason to hold


@registry.register
class OrderCreditReleased(DomainEvent):
    event_type = "sales.OrderCreditReleased"

    order_id: UUID
    released_by: Text
    note: Text | None = None


@registry.register
class OrderCreditRefused(DomainEvent):
    event_type = "sales.OrderCreditRefused"

    order_id: UUID
    refused_by: Text
    reason: Text


@registry.register
class OrderLineReserved(DomainEvent):
    """Inventory reserved the line (at once, or later from its backorder queue)."""

    event_type = "sales.OrderLineReserved"

    order_id: UUID
    line_no: int = Field(ge=1)
    quantity: PositiveQuantity
    from_backorder: bool = False


@registry.register
class OrderLineBackordered(DomainEvent):
    """Not enough stock: the line waits in inventory's queue at `position`."""

    event_type = "sales.OrderLineBackordered"

    order_id: UUID
    line_no: int = Field(ge=1)
    quantity: PositiveQuantity
    position: int = Field(ge=1)


@registry.register
class OrderLineRejected(DomainEvent):
    """Inventory cannot reserve the line at all (ReservationRejected)."""

    event_type = "sales.OrderLineRejected"

    order_id: UUID
    line_no: int = Field(ge=1)
    reason: Text


@registry.register
class OrderLineReleased(DomainEvent):
    """Inventory released what the line held reserved (ReservationReleased): after the order
    was cancelled, or by a warehouse's hand; the line will not ship unless placed again."""

    event_type = "sales.OrderLineReleased"

    order_id: UUID
    line_no: int = Field(ge=1)
    quantity: PositiveQuantity
    reason: Text


@registry.register
class OrderLineBackorderWithdrawn(DomainEvent):
    """The line left inventory's backorder queue unreserved (BackorderWithdrawn)."""

    event_type = "sales.OrderLineBackorderWithdrawn"

    order_id: UUID
    line_no: int = Field(ge=1)
    quantity: PositiveQuantity
    reason: Text


@registry.register
class OrderConfirmed(DomainEvent):
    event_type = "sales.OrderConfirmed"

    order_id: UUID
    confirmed_by: Text


class ShipmentLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    quantity: PositiveQuantity


@registry.register
class OrderShipmentRecorded(DomainEvent):
    """A shipment of the order left (sales.OrderShipped): `fully_shipped` once every line's
    quantity has left."""

    event_type = "sales.OrderShipmentRecorded"

    order_id: UUID
    shipment_id: UUID
    lines: Annotated[list[ShipmentLine], Field(min_length=1)]
    fully_shipped: bool


@registry.register
class OrderDeliveryRecorded(DomainEvent):
    event_type = "sales.OrderDeliveryRecorded"

    order_id: UUID
    shipment_id: UUID
    delivered_at: datetime
    fully_delivered: bool


@registry.register
class OrderClosed(DomainEvent):
    event_type = "sales.OrderClosed"

    order_id: UUID
    closed_by: Text


class QuotedLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    warehouse: Code
    quantity: PositiveQuantity
    unit: Unit
    unit_price: Money
    discount_percent: Percent = Decimal(0)
    net_amount: Money


@registry.register
class QuotationCreated(DomainEvent):
    event_type = "sales.QuotationCreated"

    quotation_id: UUID
    customer_id: UUID
    currency: Currency
    lines: Annotated[list[QuotedLine], Field(min_length=1)]
    total: Money
    valid_until: date
    created_by: Text


@registry.register
class QuotationAccepted(DomainEvent):
    event_type = "sales.QuotationAccepted"

    quotation_id: UUID
    accepted_on: date
    recorded_by: Text


@registry.register
class QuotationConverted(DomainEvent):
    event_type = "sales.QuotationConverted"

    quotation_id: UUID
    order_id: UUID
    converted_on: date


class ListPrice(BaseModel):
    """A price of a price list: `unit_price` from `min_quantity` on (a quantity break; 0 is
    the base price)."""

    model_config = ConfigDict(frozen=True)

    sku: Sku
    min_quantity: Annotated[Decimal, Field(allow_inf_nan=False, ge=0, decimal_places=6)]
    unit_price: Money


@registry.register
class PriceListDefined(DomainEvent):
    """Prices for a customer group in a currency, valid from a date (until one, or open)."""

    event_type = "sales.PriceListDefined"

    price_list_id: UUID
    code: Code
    customer_group: Code
    currency: Currency
    valid_from: date
    valid_until: date | None = None
    prices: Annotated[list[ListPrice], Field(min_length=1)]


@registry.register
class PriceListRevised(DomainEvent):
    """The price list's validity and prices, all of them as they are now."""

    event_type = "sales.PriceListRevised"

    price_list_id: UUID
    valid_from: date
    valid_until: date | None = None
    prices: Annotated[list[ListPrice], Field(min_length=1)]
