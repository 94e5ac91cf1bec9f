"""The supplier scorecard, projected from purchasing's own topic: per supplier and day, the
sums of what its receipts and recorded invoices add. A period's figures are the sums of its
days (a receipt counts on the day it was recorded, an invoice on the day it was recorded)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from jxc.events.contracts.purchasing import GoodsReceived, SupplierInvoiceRecorded
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn
from jxc.purchasing.domain.scorecard import ScorecardFacts, invoice_facts, receipt_facts

_UPSERT = """
INSERT INTO supplier_scorecard_days AS d (supplier_id, day, lines_due, lines_on_time, accepted,
    rejected, invoiced, invoiced_at_po_price, currency)
SELECT * FROM unnest(%s::uuid[], %s::date[], %s::int[], %s::int[], %s::numeric[],
    %s::numeric[], %s::numeric[], %s::numeric[], %s::text[])
ON CONFLICT (supplier_id, day) DO UPDATE SET
    lines_due = d.lines_due + excluded.lines_due,
    lines_on_time = d.lines_on_time + excluded.lines_on_time,
    accepted = d.accepted + excluded.accepted,
    rejected = d.rejected + excluded.rejected,
    invoiced = d.invoiced + excluded.invoiced,
    invoiced_at_po_price = d.invoiced_at_po_price + excluded.invoiced_at_po_price,
    currency = coalesce(excluded.currency, d.currency)
"""

_TOTALS = """
SELECT coalesce(sum(lines_due), 0)::int, coalesce(sum(lines_on_time), 0)::int,
    coalesce(sum(accepted), 0), coalesce(sum(rejected), 0), coalesce(sum(invoiced), 0),
    coalesce(sum(invoiced_at_po_price), 0), max(currency)
FROM supplier_scorecard_days
WHERE supplier_id = %(supplier)s
  AND (%(first)s::date IS NULL OR day >= %(first)s)
  AND (%(last)s::date IS NULL OR day <= %(last)s)
"""

Key = tuple[UUID, date]


@dataclass(frozen=True)
class SupplierScorecardProjection:
    name: str
    topics: Sequence[str]
    handles: frozenset[str] = frozenset(
        {GoodsReceived.event_type, SupplierInvoiceRecorded.event_type}
    )

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        days: dict[Key, ScorecardFacts] = defaultdict(ScorecardFacts)
        currencies: dict[Key, str] = {}
        for consumed in events:
            event, day = consumed.event, consumed.envelope.occurred_at.date()
            if isinstance(event, GoodsReceived):
                days[(event.supplier_id, day)] += receipt_facts(event, day)
            elif isinstance(event, SupplierInvoiceRecorded):
                days[(event.supplier_id, day)] += invoice_facts(event)
                currencies[(event.supplier_id, day)] = event.currency
        keys = sorted(days)  # a fixed order, so concurrent batches cannot deadlock
        if not keys:
            return
        await conn.execute(
            _UPSERT,
            (
                [k[0] for k in keys],
                [k[1] for k in keys],
                [days[k].lines_due for k in keys],
                [days[k].lines_on_time for k in keys],
                [days[k].accepted for k in keys],
                [days[k].rejected for k in keys],
                [days[k].invoiced for k in keys],
                [days[k].invoiced_at_po_price for k in keys],
                [currencies.get(k) for k in keys],
            ),
        )

    async def clear(self, conn: Conn) -> None:
        await conn.execute("TRUNCATE supplier_scorecard_days")


async def totals(
    conn: Conn, supplier_id: UUID, first: date | None, last: date | None
) -> tuple[ScorecardFacts, str | None]:
    """The supplier's sums over the days from `first` to `last` (both included, either open),
    and the currency its invoices were in."""
    cur = await conn.execute(_TOTALS, {"supplier": supplier_id, "first": first, "last": last})
    row = await cur.fetchone()
    assert row is not None
    return ScorecardFacts(*row[:6]), row[6]
