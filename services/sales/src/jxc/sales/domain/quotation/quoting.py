"""A quotation: lines with prices and discounts, valid until a date; accepted by the
customer; converted once into an order (the order is placed in the same transaction, see
jxc.sales.app.quotations). An expired or unaccepted quotation does not convert."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.sales_orders import (
    QuotationAccepted,
    QuotationConverted,
    QuotationCreated,
    QuotedLine,
)
from jxc.events.limits import MAX_NAME
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_text
from jxc.sales.domain.order.commands import OrderDiscount
from jxc.sales.domain.order.pricing import Buyer, price_lines
from jxc.sales.domain.quotation.commands import AcceptQuotation, ConvertQuotation, CreateQuotation
from jxc.sales.domain.quotation.state import QuotationState

MAX_LINES = 500


def create(command: CreateQuotation, state: QuotationState) -> list[DomainEvent]:
    if state.created is not None:
        raise StateConflict(
            f"quotation {command.quotation_id} already exists", fields=("quotation_id",)
        )
    if not command.lines or len(command.lines) > MAX_LINES:
        raise DomainError(f"a quotation has 1 to {MAX_LINES} lines", fields=("lines",))
    if command.valid_until < command.today:
        raise DomainError(
            f"valid_until {command.valid_until} is already past (today is {command.today})",
            fields=("valid_until",),
        )
    customer = command.customer
    buyer = Buyer(
        customer.customer_id, customer.customer_group, command.today, command.quotation_id
    )
    priced = price_lines(command.lines, customer.currency, OrderDiscount(), buyer)
    return [
        QuotationCreated(
            quotation_id=command.quotation_id,
            customer_id=customer.customer_id,
            currency=customer.currency,
            lines=[
                QuotedLine(
                    line_no=line.line_no,
                    sku=line.sku,
                    warehouse=line.warehouse,
                    quantity=line.quantity,
                    unit=line.unit,
                    unit_price=line.unit_price,
                    discount_percent=line.line_discount_percent,
                    net_amount=line.net_amount,
                )
                for line in priced.lines
            ],
            total=Money(amount=priced.total, currency=customer.currency),
            valid_until=command.valid_until,
            created_by=check_text(command.created_by, "created_by", "who", max_length=MAX_NAME),
        )
    ]


def accept(command: AcceptQuotation, state: QuotationState) -> list[DomainEvent]:
    created = _valid(state, command.quotation_id, command.today)
    if state.accepted_on is not None:
        return []
    by = check_text(command.recorded_by, "recorded_by", "who", max_length=MAX_NAME)
    return [
        QuotationAccepted(
            quotation_id=created.quotation_id, accepted_on=command.today, recorded_by=by
        )
    ]


def convert(command: ConvertQuotation, state: QuotationState) -> list[DomainEvent]:
    created = _valid(state, command.quotation_id, command.today)
    if state.accepted_on is None:
        raise StateConflict(
            f"quotation {created.quotation_id} has not been accepted; record the customer's "
            "acceptance first",
            fields=("quotation_id",),
        )
    return [
        QuotationConverted(
            quotation_id=created.quotation_id, order_id=command.order_id, converted_on=command.today
        )
    ]


def _valid(state: QuotationState, quotation_id: UUID, today: date) -> QuotationCreated:
    created = state.created
    if created is None:
        raise NotFound(f"there is no quotation {quotation_id}", fields=("quotation_id",))
    if state.order_id is not None:
        raise StateConflict(
            f"quotation {quotation_id} was already converted into order {state.order_id}",
            fields=("quotation_id",),
        )
    if today > created.valid_until:
        raise StateConflict(
            f"quotation {quotation_id} expired on {created.valid_until}; quote again",
            fields=("quotation_id",),
        )
    return created
