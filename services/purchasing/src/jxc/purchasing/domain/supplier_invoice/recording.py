"""Recording a supplier invoice against a purchase order, and matching it at once: the invoice
is recorded (SupplierInvoiceRecorded), then matched or held with the reason per line."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.purchasing import InvoicedLine, InvoiceTax, SupplierInvoiceRecorded
from jxc.events.limits import MAX_CODE
from jxc.platform.decider import DomainError, StateConflict
from jxc.platform.value_checks import check_currency, check_number, check_text, fmt, round_amount
from jxc.purchasing.domain.supplier_invoice.commands import InvoiceLine, RecordSupplierInvoice
from jxc.purchasing.domain.supplier_invoice.facts import OrderFacts
from jxc.purchasing.domain.supplier_invoice.resolving import outcome_events
from jxc.purchasing.domain.supplier_invoice.state import SupplierInvoiceState, evolve

_ZERO = Decimal(0)


def record(command: RecordSupplierInvoice, state: SupplierInvoiceState) -> list[DomainEvent]:
    if state.exists:
        raise StateConflict(
            f"invoice {command.invoice_id} is already recorded (number {state.invoice_number})",
            fields=("invoice_id",),
        )
    number = check_text(
        command.invoice_number, "invoice_number", "the invoice number", max_length=MAX_CODE
    )
    if command.number_taken:
        raise StateConflict(
            f"supplier {command.supplier_id} already has an invoice numbered {number}",
            fields=("invoice_number",),
        )
    order = command.order
    _check_order(command, order)
    if not command.lines:
        raise DomainError("an invoice needs at least one line", fields=("lines",))
    lines = _lines(command.lines, order)
    taxes = taxes_of(lines)
    recorded = SupplierInvoiceRecorded(
        invoice_id=command.invoice_id,
        supplier_id=command.supplier_id,
        purchase_order_id=order.purchase_order_id,
        invoice_number=number,
        invoice_date=command.invoice_date,
        due_date=command.invoice_date + timedelta(days=command.payment_terms_days),
        currency=order.currency,
        lines=lines,
        total=Money(
            amount=sum((line.amount.amount for line in lines), _ZERO), currency=order.currency
        ),
        taxes=taxes,
        tax_total=(
            Money(amount=sum((t.tax_amount for t in taxes), _ZERO), currency=order.currency)
            if taxes
            else None
        ),
    )
    after = evolve(state, recorded)
    return [recorded, *outcome_events(after, command.invoice_id, order, command.tolerances)]


def _check_order(command: RecordSupplierInvoice, order: OrderFacts) -> None:
    po = order.purchase_order_id
    if order.supplier_id != command.supplier_id:
        raise DomainError(
            f"purchase order {po} was placed with another supplier, not {command.supplier_id}",
            fields=("purchase_order_id",),
        )
    if not order.invoiceable:
        raise StateConflict(
            f"purchase order {po} is {order.status.replace('_', ' ')}; invoices are recorded "
            "against approved orders only",
            fields=("purchase_order_id",),
        )
    if command.currency is not None:
        currency = check_currency(command.currency, "currency")
        if currency != order.currency:
            raise DomainError(
                f"the invoice is in {currency} but purchase order {po} is in {order.currency}",
                fields=("currency",),
            )


def _lines(lines: Sequence[InvoiceLine], order: OrderFacts) -> list[InvoicedLine]:
    invoiced: list[InvoicedLine] = []
    seen: dict[int, int] = {}
    for i, line in enumerate(lines):
        at = f"lines.{i}"
        facts = order.lines.get(line.line_no)
        if facts is None:
            numbers = ", ".join(str(n) for n in sorted(order.lines))
            raise DomainError(
                f"purchase order {order.purchase_order_id} has no line {line.line_no} "
                f"(its lines are {numbers})",
                fields=(f"{at}.line_no",),
            )
        if line.line_no in seen:
            raise DomainError(
                f"PO line {line.line_no} is invoiced twice (lines.{seen[line.line_no]} and "
                f"{at}); put it on one line",
                fields=(f"{at}.line_no",),
            )
        seen[line.line_no] = i
        name = f"line {line.line_no} ({facts.sku})"
        quantity = check_number(line.quantity, f"{at}.quantity", f"{name}: quantity")
        if quantity <= 0:
            raise DomainError(
                f"{name}: quantity must be more than 0, not {fmt(quantity)}",
                fields=(f"{at}.quantity",),
            )
        price = check_number(line.unit_price, f"{at}.unit_price", f"{name}: unit price")
        if price < 0:
            raise DomainError(
                f"{name}: unit price must not be negative, not {fmt(price)}",
                fields=(f"{at}.unit_price",),
            )
        rate = line.tax_rate
        if rate is not None and not (0 <= rate < 1):
            raise DomainError(
                f"{name}: a VAT rate is a fraction from 0 to below 1 (0.13 is 13 %), not "
                f"{fmt(rate)}",
                fields=(f"{at}.tax_rate",),
            )
        currency = order.currency
        invoiced.append(
            InvoicedLine(
                line_no=line.line_no,
                sku=facts.sku,
                quantity=quantity,
                unit=facts.unit,
                unit_price=Money(amount=price, currency=currency),
                amount=Money(amount=round_amount(quantity * price), currency=currency),
                po_unit_price=Money(amount=facts.unit_price, currency=currency),
                tax_rate=rate,
            )
        )
    if len({line.tax_rate is None for line in invoiced}) > 1:
        raise DomainError(
            "either every line of the invoice states its VAT rate or none does",
            fields=("lines",),
        )
    return invoiced


_CENT = Decimal("0.01")


def taxes_of(lines: Sequence[InvoicedLine]) -> list[InvoiceTax]:
    """The invoice's VAT per rate: the net of the rate's lines x the rate, to the cent (half
    up, as VAT invoices round)."""
    nets: dict[Decimal, Decimal] = {}
    for line in lines:
        if line.tax_rate is not None:
            nets[line.tax_rate] = nets.get(line.tax_rate, _ZERO) + line.amount.amount
    return [
        InvoiceTax(
            tax_rate=rate,
            net_amount=net,
            tax_amount=(net * rate).quantize(_CENT, rounding=ROUND_HALF_UP),
        )
        for rate, net in sorted(nets.items())
    ]
