"""Supplier scorecard: what each event adds to a supplier's day, and the figures of a period.

- on-time delivery %: receipt lines received on or before their PO line's expected date, of
  the receipt lines that had one;
- quality reject %: rejected / (accepted + rejected), in quantities received;
- price variance: what was invoiced against what the same quantities cost at the PO prices,
  as an amount (positive: invoiced above the PO) and as a % of the PO-price amount.
Pure: the day of an event comes in from its envelope."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from jxc.events.contracts.purchasing import GoodsReceived, SupplierInvoiceRecorded
from jxc.platform.value_checks import round_amount
from jxc.purchasing.domain.percent import percent

_ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class ScorecardFacts:
    """Sums over some days of one supplier; they add up."""

    lines_due: int = 0
    lines_on_time: int = 0
    accepted: Decimal = _ZERO
    rejected: Decimal = _ZERO
    invoiced: Decimal = _ZERO
    invoiced_at_po_price: Decimal = _ZERO

    def __add__(self, other: ScorecardFacts) -> ScorecardFacts:
        return ScorecardFacts(
            *(getattr(self, f.name) + getattr(other, f.name) for f in fields(self))
        )

    @property
    def on_time_percent(self) -> Decimal | None:
        return percent(Decimal(self.lines_on_time), Decimal(self.lines_due))

    @property
    def reject_percent(self) -> Decimal | None:
        return percent(self.rejected, self.accepted + self.rejected)

    @property
    def price_variance(self) -> Decimal:
        return self.invoiced - self.invoiced_at_po_price

    @property
    def price_variance_percent(self) -> Decimal | None:
        return percent(self.price_variance, self.invoiced_at_po_price)


def receipt_facts(event: GoodsReceived, received_on: date) -> ScorecardFacts:
    due = [line for line in event.lines if line.expected_date is not None]
    on_time = [line for line in due if line.expected_date and received_on <= line.expected_date]
    return ScorecardFacts(
        lines_due=len(due),
        lines_on_time=len(on_time),
        accepted=sum((line.quantity_accepted for line in event.lines), _ZERO),
        rejected=sum((line.quantity_rejected for line in event.lines), _ZERO),
    )


def invoice_facts(event: SupplierInvoiceRecorded) -> ScorecardFacts:
    """What was invoiced, and what the same quantities cost at the PO prices."""
    return ScorecardFacts(
        invoiced=sum((line.amount.amount for line in event.lines), _ZERO),
        invoiced_at_po_price=sum(
            (round_amount(line.quantity * line.po_unit_price.amount) for line in event.lines),
            _ZERO,
        ),
    )
