"""VAT on an invoice's lines. Rounding is per line: each line's tax is its net amount times
its rate, rounded half up to the cent; the tax per rate and the totals are sums of the
lines' rounded amounts, so net + tax = gross exactly, on every line and in total."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from jxc.events.contracts.sales import InvoiceLine, TaxTotal

CENT = Decimal("0.01")


def tax_of(net_amount: Decimal, rate: Decimal) -> Decimal:
    return (net_amount * rate).quantize(CENT, rounding=ROUND_HALF_UP)


def totals_per_rate(lines: Sequence[InvoiceLine]) -> list[TaxTotal]:
    per: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for line in lines:
        net, tax = per.get(line.tax_rate, (Decimal(0), Decimal(0)))
        per[line.tax_rate] = (net + line.net_amount, tax + line.tax_amount)
    return [
        TaxTotal(tax_rate=rate, net_amount=net, tax_amount=tax)
        for rate, (net, tax) in sorted(per.items())
    ]
