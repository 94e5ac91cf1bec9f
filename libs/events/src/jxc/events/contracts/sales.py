"""Events published by sales on jxc.sales.events."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from jxc.events.base import (
    Amount,
    Code,
    Currency,
    DomainEvent,
    Money,
    NonNegativeQuantity,
    PositiveQuantity,
    Sku,
    Unit,
)
from jxc.events.contracts.registry import registry
from jxc.events.limits import Name, Text

#: A tax rate as a fraction: 0.13 is 13 %.
TaxRate = Annotated[Decimal, Field(allow_inf_nan=False, ge=0, lt=1, decimal_places=6)]


class OrderLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    warehouse: Code
    quantity: PositiveQuantity
    unit: Unit
    unit_price: Money  # the price used, after quantity breaks, before the line discount
    # quantity x unit_price less the line discount (and its share of the order discount);
    # None in orders placed before pricing
    net_amount: Money | None = None


@registry.register
class OrderPlaced(DomainEvent):
    """An order taken: inventory reserves its lines, crm counts it in the customer's history.
    `total` is the sum of the lines' net amounts, tax excluded; a coupon (crm.CouponIssued) or
    a loyalty voucher (crm.PointsRedeemed) used on it is named, each usable once."""

    event_type = "sales.OrderPlaced"

    order_id: UUID
    customer_id: UUID
    lines: Annotated[list[OrderLine], Field(min_length=1)]
    order_no: Code | None = None
    currency: Currency | None = None
    total: Money | None = None
    discount_total: Money | None = None
    coupon_code: Code | None = None
    voucher_code: Code | None = None
    quotation_id: UUID | None = None
    ship_to: Code | None = None  # the label of one of the customer's addresses (crm)
    promised_on: date | None = None  # the delivery date promised to the customer


@registry.register
class OrderCancelled(DomainEvent):
    event_type = "sales.OrderCancelled"

    order_id: UUID
    reason: str


class ShippedLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    warehouse: Code
    quantity: PositiveQuantity
    unit: Unit


@registry.register
class OrderShipped(DomainEvent):
    event_type = "sales.OrderShipped"

    order_id: UUID
    shipment_id: UUID
    customer_id: UUID
    lines: Annotated[list[ShippedLine], Field(min_length=1)]
    carrier: str | None = None
    tracking_number: str | None = None


@registry.register
class OrderDelivered(DomainEvent):
    """A shipment of the order reached the customer (proof of delivery): crm earns loyalty
    points on `value`, the net value of the goods in this shipment."""

    event_type = "sales.OrderDelivered"

    order_id: UUID
    shipment_id: UUID
    customer_id: UUID
    delivered_at: datetime
    signed_by: Name | None = None
    value: Money
    fully_delivered: bool  # every line of the order is now delivered


@registry.register
class FreightCharged(DomainEvent):
    """What a dispatched shipment costs to carry, for finance to post (freight expense)."""

    event_type = "sales.FreightCharged"

    shipment_id: UUID
    order_id: UUID
    warehouse: Code
    carrier: Code
    freight_cost: Money
    dispatched_on: date


class ReturnedLine(BaseModel):
    """One returned line after inspection: `restock` goes back on the shelf (inventory restocks
    it at the cost it left with), `scrap` is written off, `return_to_supplier` is set aside."""

    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    warehouse: Code
    quantity: PositiveQuantity
    unit: Unit
    disposition: Literal["restock", "scrap", "return_to_supplier"]
    unit_price: Money  # the price the customer paid, net of discounts


@registry.register
class ReturnReceived(DomainEvent):
    """Goods of a customer return (RMA) arrived and were inspected. Inventory restocks the
    `restock` lines of `order_id` at the cost they were issued with; crm reverses the loyalty
    points of `value`."""

    event_type = "sales.ReturnReceived"

    return_id: UUID
    order_id: UUID
    customer_id: UUID
    lines: Annotated[list[ReturnedLine], Field(min_length=1)]
    value: Money


class InvoiceLine(BaseModel):
    """One taxed line of an invoice or credit note; amounts in the document's currency."""

    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    category: Code | None = None
    quantity: PositiveQuantity
    unit: Unit
    net_amount: Amount
    tax_rate: TaxRate
    tax_amount: Amount


class TaxTotal(BaseModel):
    """The document's tax at one rate, for the VAT accounts per rate."""

    model_config = ConfigDict(frozen=True)

    tax_rate: TaxRate
    net_amount: Amount
    tax_amount: Amount


@registry.register
class InvoiceIssued(DomainEvent):
    """A sales invoice: finance posts Dr receivable `gross_total` / Cr revenue `net_total`,
    Cr output VAT per rate. `gross_total` = `net_total` + `tax_total`."""

    event_type = "sales.InvoiceIssued"

    invoice_id: UUID
    invoice_no: Code
    order_id: UUID
    shipment_id: UUID | None = None
    customer_id: UUID
    issued_on: date
    due_on: date
    currency: Currency
    lines: Annotated[list[InvoiceLine], Field(min_length=1)]
    taxes: list[TaxTotal]
    net_total: Amount
    tax_total: Amount
    gross_total: Amount


@registry.register
class CreditNoteIssued(DomainEvent):
    """A credit note (a return, a price correction): the invoice's posting reversed for these
    lines. Amounts are positive; the note reduces the receivable by `gross_total`."""

    event_type = "sales.CreditNoteIssued"

    credit_note_id: UUID
    credit_note_no: Code
    invoice_id: UUID | None = None
    return_id: UUID | None = None
    order_id: UUID
    customer_id: UUID
    issued_on: date
    currency: Currency
    lines: Annotated[list[InvoiceLine], Field(min_length=1)]
    taxes: list[TaxTotal]
    net_total: Amount
    tax_total: Amount
    gross_total: Amount
    reason: Text


@registry.register
class SalesTargetSet(DomainEvent):
    """A sales target (销售计划) set or revised for one period: what a salesperson, a team (its
    `members`, salespeople), a product category or a warehouse should sell from `period_start`
    to `period_end` (both included), net of discounts and tax. Setting it again revises it."""

    event_type = "sales.SalesTargetSet"

    target_id: UUID
    dimension: Literal["salesperson", "team", "category", "warehouse"]
    subject: Code  # the salesperson, team, category or warehouse
    members: list[Name] = Field(default_factory=list)  # a team's salespeople
    period: Code  # 2026, 2026-Q4 or 2026-11
    period_start: date
    period_end: date
    amount: Money
    quantity: NonNegativeQuantity | None = None
    set_by: Name


class ForecastError(BaseModel):
    """A method's mean absolute error over the held-out weeks of the backtest."""

    model_config = ConfigDict(frozen=True)

    method: Code
    mean_absolute_error: NonNegativeQuantity


@registry.register
class DemandForecasted(DomainEvent):
    """The demand forecast of one SKU in one warehouse, per week (weeks start on Monday):
    `weeks[i]` is the quantity expected to be ordered in the week starting `first_week` + 7i
    days. `method` was chosen by backtest over the last `holdout_weeks` of the history
    (`errors`, the chosen one and the naive one among them); a naive method (seasonal_naive,
    last_value) is used when the history is short or no model beats it. Purchasing plans
    with it instead of the plain average daily rate."""

    event_type = "sales.DemandForecasted"

    sku: Sku
    warehouse: Code
    unit: Unit
    first_week: date
    weeks: Annotated[list[NonNegativeQuantity], Field(min_length=1)]
    method: Code
    season_weeks: int | None = Field(default=None, ge=2)
    history_weeks: int = Field(ge=0)
    holdout_weeks: int = Field(ge=0)
    errors: list[ForecastError] = Field(default_factory=list)
    computed_at: datetime


# --- customer returns (stream customer-return-<id>): sales' own events ---------------------


class RequestedReturnLine(BaseModel):
    """A line of an order the customer wants to return: `line_no` is the order's line,
    `unit_price` what the customer paid for one, net of discounts."""

    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    warehouse: Code
    quantity: PositiveQuantity
    unit: Unit
    unit_price: Money


@registry.register
class ReturnRequested(DomainEvent):
    """A customer asks to return goods of an order (RMA); never more than was shipped less
    what other returns of the order already claim."""

    event_type = "sales.ReturnRequested"

    return_id: UUID
    order_id: UUID
    customer_id: UUID
    lines: Annotated[list[RequestedReturnLine], Field(min_length=1)]
    reason: Text


@registry.register
class ReturnApproved(DomainEvent):
    """The return may come back: the warehouse receives and inspects it."""

    event_type = "sales.ReturnApproved"

    return_id: UUID
    note: Text | None = None


@registry.register
class ReturnRefused(DomainEvent):
    """The return is refused; what it claimed of the order may be returned by another."""

    event_type = "sales.ReturnRefused"

    return_id: UUID
    reason: Text


class ExchangedLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    warehouse: Code
    quantity: PositiveQuantity
    unit: Unit


@registry.register
class ReturnExchanged(DomainEvent):
    """The received goods are replaced instead of refunded: a replacement order
    `replacement_order_id` for these lines is wanted (the order aggregate places it; the
    return only asks for it)."""

    event_type = "sales.ReturnExchanged"

    return_id: UUID
    order_id: UUID
    customer_id: UUID
    replacement_order_id: UUID
    lines: Annotated[list[ExchangedLine], Field(min_length=1)]
