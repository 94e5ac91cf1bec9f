"""A received return is settled: refunded with a credit note (every line received, whatever
its disposition, at the price the customer paid, with VAT: 13 % unless said otherwise), or
exchanged: the same goods sent again by a replacement order, which the order aggregate places
(the return records that it asked for it)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from jxc.events.base import DomainEvent
from jxc.events.contracts.sales import (
    CreditNoteIssued,
    ExchangedLine,
    InvoiceLine,
    ReturnExchanged,
    TaxTotal,
)
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_code
from jxc.sales.domain.customer_return._guards import in_status
from jxc.sales.domain.customer_return.commands import ExchangeReturn, RefundReturn
from jxc.sales.domain.customer_return.state import ZERO, ReturnLine, ReturnState, ReturnStatus

CENT = Decimal("0.01")


def cents(amount: Decimal) -> Decimal:
    """An amount of money as documents show it: to the cent, half up."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def refund(command: RefundReturn, state: ReturnState) -> list[DomainEvent]:
    in_status(state, command.return_id, ReturnStatus.RECEIVED, to="refunded")
    rate = command.tax_rate
    if not rate.is_finite() or not 0 <= rate < 1:
        raise DomainError(
            "the tax rate is a fraction from 0 up to 1 (0.13 is 13 %)", fields=("tax_rate",)
        )
    number = check_code(command.credit_note_no, "credit_note_no", "the credit note number")
    lines = []
    for line, quantity in _received(state):
        net = cents(quantity * line.unit_price)
        lines.append(
            InvoiceLine(
                line_no=line.line_no,
                sku=line.sku,
                quantity=quantity,
                unit=line.unit,
                net_amount=net,
                tax_rate=rate,
                tax_amount=cents(net * rate),
            )
        )
    net_total = sum((line.net_amount for line in lines), ZERO)
    tax_total = sum((line.tax_amount for line in lines), ZERO)
    assert state.order_id is not None and state.customer_id is not None
    return [
        CreditNoteIssued(
            credit_note_id=command.credit_note_id,
            credit_note_no=number,
            return_id=command.return_id,
            order_id=state.order_id,
            customer_id=state.customer_id,
            issued_on=command.issued_on,
            currency=state.currency,
            lines=lines,
            taxes=[TaxTotal(tax_rate=rate, net_amount=net_total, tax_amount=tax_total)],
            net_total=net_total,
            tax_total=tax_total,
            gross_total=net_total + tax_total,
            reason=f"customer return: {state.reason}"[:500],
        )
    ]


def exchange(command: ExchangeReturn, state: ReturnState) -> list[DomainEvent]:
    in_status(state, command.return_id, ReturnStatus.RECEIVED, to="exchanged")
    assert state.order_id is not None and state.customer_id is not None
    return [
        ReturnExchanged(
            return_id=command.return_id,
            order_id=state.order_id,
            customer_id=state.customer_id,
            replacement_order_id=command.replacement_order_id,
            lines=[
                ExchangedLine(
                    line_no=line.line_no,
                    sku=line.sku,
                    warehouse=line.warehouse,
                    quantity=quantity,
                    unit=line.unit,
                )
                for line, quantity in _received(state)
            ],
        )
    ]


def _received(state: ReturnState) -> Iterable[tuple[ReturnLine, Decimal]]:
    """Each requested line with what arrived of it, whatever its disposition; lines of which
    nothing arrived are left out."""
    for line in state.lines:
        quantity = state.received_of(line.line_no)
        if quantity > 0:
            yield line, quantity


def credit_note_no_of(year: int, number: int) -> str:
    """A credit note's number: the year it is issued in and its place in that year's series."""
    return f"CN-{year}-{number:06d}"
