"""The 3-way match: PO price x received quantity x invoiced quantity and price, per line.

A line is beyond tolerance when it invoices more than was received and not yet invoiced on
the order's other matched invoices (plus the quantity tolerance, in % of what was received),
or at a unit price further from the PO price than the price tolerance (in % of the PO price),
either way. Amounts are quantity x price, rounded to the places an amount holds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jxc.events.base import Money
from jxc.events.contracts.purchasing import HeldLine, MatchedLine
from jxc.platform.value_checks import fmt, round_amount
from jxc.purchasing.domain.percent import percent
from jxc.purchasing.domain.supplier_invoice.facts import OrderFacts, OrderLineFacts, Tolerances
from jxc.purchasing.domain.supplier_invoice.state import InvoiceLineState

_ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Outcome:
    """Every line as matched (the amounts finance books), and the lines beyond tolerance."""

    lines: list[MatchedLine]
    held: list[HeldLine]

    @property
    def total(self) -> Decimal:
        return sum((line.amount_invoiced.amount for line in self.lines), _ZERO)

    @property
    def total_at_po_price(self) -> Decimal:
        return sum((line.amount_at_po_price.amount for line in self.lines), _ZERO)

    @property
    def reason(self) -> str:
        return "; ".join(line.reason for line in self.held)


def three_way(
    lines: Sequence[InvoiceLineState], order: OrderFacts, tolerances: Tolerances
) -> Outcome:
    matched: list[MatchedLine] = []
    held: list[HeldLine] = []
    for line in lines:
        facts = order.lines.get(line.line_no) or OrderLineFacts(
            line.line_no, line.sku, line.unit, line.unit_price
        )
        matched.append(_matched(line, facts, order.currency))
        problems = [
            *_quantity_problem(line, facts, tolerances.quantity_percent),
            *_price_problem(line, facts, tolerances.price_percent),
        ]
        if problems:
            held.append(
                HeldLine(
                    line_no=line.line_no,
                    reason=f"line {line.line_no} ({line.sku}): " + "; ".join(problems),
                )
            )
    return Outcome(matched, held)


def _matched(line: InvoiceLineState, facts: OrderLineFacts, currency: str) -> MatchedLine:
    def money(amount: Decimal) -> Money:
        return Money(amount=amount, currency=currency)

    return MatchedLine(
        line_no=line.line_no,
        sku=line.sku,
        unit=line.unit,
        quantity_invoiced=line.quantity,
        quantity_received=facts.received,
        unit_price_invoiced=money(line.unit_price),
        unit_price_po=money(facts.unit_price),
        amount_invoiced=money(round_amount(line.quantity * line.unit_price)),
        amount_at_po_price=money(round_amount(line.quantity * facts.unit_price)),
    )


def _quantity_problem(
    line: InvoiceLineState, facts: OrderLineFacts, tolerance_percent: Decimal
) -> list[str]:
    allowed = facts.received * (1 + tolerance_percent / 100) - facts.invoiced_before
    if line.quantity <= allowed:
        return []
    problem = f"invoiced {fmt(line.quantity)} but received {fmt(facts.received)}"
    if facts.invoiced_before > 0:
        problem += f", of which {fmt(facts.invoiced_before)} already invoiced"
    if tolerance_percent > 0:
        problem += f" (quantity tolerance {fmt(tolerance_percent)} %)"
    return [problem]


def _price_problem(
    line: InvoiceLineState, facts: OrderLineFacts, tolerance_percent: Decimal
) -> list[str]:
    difference = line.unit_price - facts.unit_price
    if abs(difference) <= facts.unit_price * tolerance_percent / 100:
        return []
    off = percent(difference, facts.unit_price)
    how_far = "" if off is None else f"{'+' if off > 0 else ''}{off} %, "
    return [
        f"invoiced at {fmt(line.unit_price)} but the PO price is {fmt(facts.unit_price)} "
        f"({how_far}price tolerance {fmt(tolerance_percent)} %)"
    ]
