"""ABC classification: consumption value from the stock ledger, classes by the pure domain,
stored in `abc_classes` and published as AbcClassChanged when they change.

Consumption value is what shipments cost: the issue lines of the ledger of kind "shipment"
(sales shipments, typed by the stock keeper; never the free-text reason a person types),
valued at their cost (−value_change), occurred within the period (both dates inclusive, UTC
days). Each warehouse is classed on its own (its SKUs are those with a stock
position there), and all warehouses together (every SKU with a position anywhere or in the
item master); SKUs with no consumption are C.

A run classes everything in one transaction under an advisory lock (runs never interleave):
it upserts every row of `abc_classes` (value, period, thresholds) and appends AbcClassChanged
on stream abc-<sku>@<warehouse> (abc-<sku>@* for all warehouses) only where the class differs
from the stored one — a SKU classed the first time changes from none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from psycopg_pool import AsyncConnectionPool

from jxc.events.base import Money
from jxc.events.contracts.inventory import AbcClassChanged
from jxc.inventory.adapters import abc_tables
from jxc.inventory.adapters.abc_tables import OVERALL
from jxc.inventory.domain.abc_class import ZERO, AbcClass, Classified, Thresholds, classify
from jxc.inventory.domain.stock import money
from jxc.platform.decider import DomainError
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.platform.store import EventStore, Metadata, NewEvent

#: How the stream id names "all warehouses".
OVERALL_STREAM = "*"
SHARE_PLACES = Decimal("0.000001")


def abc_stream(sku: str, warehouse: str | None) -> str:
    return f"abc-{sku}@{warehouse or OVERALL_STREAM}"


@dataclass(frozen=True, slots=True)
class Change:
    sku: str
    warehouse: str | None
    previous_class: str | None
    new_class: str
    consumption_value: Decimal
    event_id: UUID


@dataclass(slots=True)
class Run:
    """What a classification run did."""

    period_from: date
    period_to: date
    thresholds: Thresholds
    currency: str
    classified: int = 0
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # scope -> class -> n
    changes: list[Change] = field(default_factory=list)


class AbcClassifier:
    def __init__(self, pool: AsyncConnectionPool[Any], store: EventStore, currency: str) -> None:
        self.pool = pool
        self.store = store
        self.currency = currency

    async def classify(
        self, period_from: date, period_to: date, thresholds: Thresholds, meta: Metadata
    ) -> Run:
        if period_from > period_to:
            raise DomainError(
                f"the period starts ({period_from}) after it ends ({period_to})",
                fields=("period_from", "period_to"),
            )
        start = datetime.combine(period_from, time.min, tzinfo=UTC)
        end = datetime.combine(period_to + timedelta(days=1), time.min, tzinfo=UTC)
        async with abc_tables.locked_run(self.pool) as conn:
            consumed = await abc_tables.consumption(conn, start, end)
            currencies = {row[2] for row in consumed}
            if len(currencies) > 1:
                raise DomainError(
                    "shipments in this period are valued in several currencies "
                    f"({', '.join(sorted(currencies))}); their values cannot be ranked together",
                    fields=("period_from", "period_to"),
                )
            currency = currencies.pop() if currencies else self.currency
            scopes: dict[str, dict[str, Decimal]] = {OVERALL: {}}
            for sku, wh in await abc_tables.positions(conn):
                scopes.setdefault(wh, {})[sku] = ZERO
                scopes[OVERALL][sku] = ZERO
            for sku in await abc_tables.item_skus(conn):
                scopes[OVERALL][sku] = ZERO
            for sku, wh, _, value in consumed:
                in_wh = scopes.setdefault(wh, {})
                in_wh[sku] = in_wh.get(sku, ZERO) + value
                scopes[OVERALL][sku] = scopes[OVERALL].get(sku, ZERO) + value

            stored = await abc_tables.stored(conn)

            run = Run(period_from, period_to, thresholds, currency)
            rows: list[tuple[Any, ...]] = []
            new: list[NewEvent] = []
            for wh in sorted(scopes):
                result = classify(scopes[wh], thresholds)
                run.counts[wh or OVERALL_STREAM] = _counts(result)
                for item in result:
                    value = money(item.consumption_value)
                    previous, version = stored.get((item.sku, wh), (None, 0))
                    if previous != item.abc_class.value:
                        version += 1
                        event = AbcClassChanged(
                            sku=item.sku,
                            warehouse=wh or None,
                            previous_class=previous,
                            new_class=item.abc_class.value,
                            consumption_value=Money(amount=value, currency=currency),
                            period_from=period_from,
                            period_to=period_to,
                        )
                        new.append(NewEvent(abc_stream(item.sku, wh or None), version, event, meta))
                    rows.append(
                        (
                            item.sku,
                            wh,
                            item.abc_class.value,
                            value,
                            currency,
                            item.cumulative_share.quantize(SHARE_PLACES),
                            version,
                        )
                    )
            envelopes = await self.store.append_many(conn, new)
            for envelope, n in zip(envelopes, new, strict=True):
                assert isinstance(n.event, AbcClassChanged)
                run.changes.append(
                    Change(
                        n.event.sku,
                        n.event.warehouse,
                        n.event.previous_class,
                        n.event.new_class,
                        n.event.consumption_value.amount,
                        envelope.event_id,
                    )
                )
            await abc_tables.save(
                conn,
                rows,
                period_from=period_from,
                period_to=period_to,
                a_share=thresholds.a_share,
                b_share=thresholds.b_share,
                at=meta.occurred_at,
            )
            run.classified = len(rows)
        return run

    async def classes(
        self,
        *,
        warehouse: str | None = None,
        abc_class: AbcClass | None = None,
        sku: str | None = None,
        limit: int = 1000,
        sort: str | None = None,
        order: Order | None = None,
        after: str | None = None,
    ) -> Page:
        """A page of the stored classes of one warehouse, or of all warehouses together
        (None), highest consumption value first unless sorted otherwise."""
        async with reading(self.pool) as conn:
            return await abc_tables.classes(
                conn,
                warehouse=warehouse,
                abc_class=None if abc_class is None else abc_class.value,
                sku=sku,
                limit=limit,
                sort=sort,
                order=order,
                after=after,
            )


def _counts(result: Sequence[Classified]) -> dict[str, int]:
    counts = {c.value: 0 for c in AbcClass}
    for item in result:
        counts[item.abc_class.value] += 1
    return counts
