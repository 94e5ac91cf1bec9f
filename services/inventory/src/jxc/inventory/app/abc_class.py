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

from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

from jxc.events.base import Money
from jxc.events.contracts.inventory import AbcClassChanged
from jxc.inventory.domain.abc_class import ZERO, AbcClass, Classified, Thresholds, classify
from jxc.inventory.domain.stock import money
from jxc.platform.decider import DomainError
from jxc.platform.store import Conn, EventStore, Metadata, NewEvent

#: The key of the advisory lock that keeps classification runs apart.
ABC_LOCK = (7_007_002, 0)
#: How `abc_classes.warehouse` and the stream id name "all warehouses".
OVERALL = ""
OVERALL_STREAM = "*"
SHARE_PLACES = Decimal("0.000001")


def stream_of(sku: str, warehouse: str | None) -> str:
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
        async with self.pool.connection() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", ABC_LOCK)
            cur = await conn.execute(
                "SELECT sku, warehouse, currency, sum(-value_change) FROM stock_ledger "
                "WHERE movement = 'issue' AND kind = 'shipment' "
                "AND occurred_at >= %s AND occurred_at < %s "
                "GROUP BY sku, warehouse, currency",
                (start, end),
            )
            consumed = await cur.fetchall()
            currencies = {row[2] for row in consumed}
            if len(currencies) > 1:
                raise DomainError(
                    "shipments in this period are valued in several currencies "
                    f"({', '.join(sorted(currencies))}); their values cannot be ranked together",
                    fields=("period_from", "period_to"),
                )
            currency = currencies.pop() if currencies else self.currency
            scopes: dict[str, dict[str, Decimal]] = {OVERALL: {}}
            cur = await conn.execute("SELECT sku, warehouse FROM stock_positions")
            for sku, wh in await cur.fetchall():
                scopes.setdefault(wh, {})[sku] = ZERO
                scopes[OVERALL][sku] = ZERO
            cur = await conn.execute("SELECT sku FROM items")
            for (sku,) in await cur.fetchall():
                scopes[OVERALL][sku] = ZERO
            for sku, wh, _, value in consumed:
                in_wh = scopes.setdefault(wh, {})
                in_wh[sku] = in_wh.get(sku, ZERO) + value
                scopes[OVERALL][sku] = scopes[OVERALL].get(sku, ZERO) + value

            cur = await conn.execute("SELECT sku, warehouse, class, version FROM abc_classes")
            stored = {(sku, wh): (cls, version) for sku, wh, cls, version in await cur.fetchall()}

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
                        new.append(NewEvent(stream_of(item.sku, wh or None), version, event, meta))
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
            await self._save(conn, rows, run, meta.occurred_at)
            run.classified = len(rows)
        return run

    async def _save(
        self, conn: Conn, rows: Sequence[tuple[Any, ...]], run: Run, at: datetime
    ) -> None:
        if not rows:
            return
        columns = [list(c) for c in zip(*rows, strict=True)]
        await conn.execute(
            "INSERT INTO abc_classes (sku, warehouse, class, consumption_value, currency, "
            "cumulative_share, version, period_from, period_to, a_share, b_share, classified_at) "
            "SELECT v.*, %s::date, %s::date, %s::numeric, %s::numeric, %s::timestamptz "
            "FROM unnest(%s::text[], %s::text[], %s::text[], %s::numeric[], %s::text[], "
            "%s::numeric[], %s::int[]) AS v "
            "ON CONFLICT (sku, warehouse) DO UPDATE SET class = excluded.class, "
            "consumption_value = excluded.consumption_value, currency = excluded.currency, "
            "cumulative_share = excluded.cumulative_share, version = excluded.version, "
            "period_from = excluded.period_from, period_to = excluded.period_to, "
            "a_share = excluded.a_share, b_share = excluded.b_share, "
            "classified_at = excluded.classified_at",
            [
                run.period_from,
                run.period_to,
                run.thresholds.a_share,
                run.thresholds.b_share,
                at,
                *columns,
            ],
        )

    async def classes(
        self,
        *,
        warehouse: str | None = None,
        abc_class: AbcClass | None = None,
        sku: str | None = None,
        limit: int = 1000,
    ) -> list[dict[str, Any]]:
        """The stored classes of one warehouse, or of all warehouses together (None), highest
        consumption value first."""
        async with self.pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                "SELECT sku, nullif(warehouse, '') AS warehouse, class AS abc_class, "
                "consumption_value, currency, cumulative_share, period_from, period_to, "
                "a_share, b_share, classified_at, version FROM abc_classes "
                "WHERE warehouse = %(wh)s AND (%(cls)s::text IS NULL OR class = %(cls)s) "
                "AND (%(sku)s::text IS NULL OR sku = %(sku)s) "
                "ORDER BY consumption_value DESC, sku LIMIT %(limit)s",
                {
                    "wh": warehouse or OVERALL,
                    "cls": None if abc_class is None else abc_class.value,
                    "sku": sku,
                    "limit": limit,
                },
            )
            rows: list[dict[str, Any]] = await cur.fetchall()
        return rows


def _counts(result: Sequence[Classified]) -> dict[str, int]:
    counts = {c.value: 0 for c in AbcClass}
    for item in result:
        counts[item.abc_class.value] += 1
    return counts
