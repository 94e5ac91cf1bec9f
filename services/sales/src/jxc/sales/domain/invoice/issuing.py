"""Issuing an invoice (sales.InvoiceIssued): once per invoice id, at least one line, every
line's tax at its category's rate (the default when the category has none)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from jxc.events.base import DomainEvent
from jxc.events.contracts.sales import InvoiceIssued, InvoiceLine
from jxc.platform.decider import DomainError, StateConflict
from jxc.sales.domain.invoice.commands import IssueInvoice
from jxc.sales.domain.invoice.state import InvoiceState
from jxc.sales.domain.invoice.taxing import CENT, tax_of, totals_per_rate


def issue(command: IssueInvoice, state: InvoiceState) -> list[DomainEvent]:
    if state.issued is not None:
        raise StateConflict(
            f"invoice {state.issued.invoice_no} was issued already for this "
            + ("shipment" if command.shipment_id else "order"),
            fields=("shipment_id" if command.shipment_id else "order_id",),
        )
    if not command.lines:
        raise DomainError("there is nothing to invoice", fields=("lines",))
    if command.due_on < command.issued_on:
        raise DomainError("an invoice falls due on or after its issue date", fields=("due_on",))
    lines: list[InvoiceLine] = []
    for billed in command.lines:
        net = billed.net_amount.quantize(CENT, rounding=ROUND_HALF_UP)  # billed in cents
        rate = command.rates.rate_of(billed.category)
        lines.append(
            InvoiceLine(
                line_no=billed.line_no,
                sku=billed.sku,
                category=billed.category,
                quantity=billed.quantity,
                unit=billed.unit,
                net_amount=net,
                tax_rate=rate,
                tax_amount=tax_of(net, rate),
            )
        )
    net = sum((line.net_amount for line in lines), Decimal(0))
    tax = sum((line.tax_amount for line in lines), Decimal(0))
    return [
        InvoiceIssued(
            invoice_id=command.invoice_id,
            invoice_no=command.invoice_no,
            order_id=command.order_id,
            shipment_id=command.shipment_id,
            customer_id=command.customer_id,
            issued_on=command.issued_on,
            due_on=command.due_on,
            currency=command.currency,
            lines=lines,
            taxes=totals_per_rate(lines),
            net_total=net,
            tax_total=tax,
            gross_total=net + tax,
        )
    ]
