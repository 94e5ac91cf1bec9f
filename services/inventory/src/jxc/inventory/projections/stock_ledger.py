"""Stock ledger and on-hand levels, projected from purchasing.GoodsReceived.

Every accepted receipt line becomes one immutable ledger line (its source is the event id and
line number); the level per SKU x warehouse is the running sum. Rejected quantities never
enter stock."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jxc.events.contracts.purchasing import GoodsReceived
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn

_LEDGER = """
INSERT INTO stock_ledger (source_event_id, line_no, movement, document_id, sku, warehouse, lot,
                          quantity, unit, unit_cost, currency, occurred_at)
SELECT * FROM unnest(%s::uuid[], %s::int[], %s::text[], %s::uuid[], %s::text[], %s::text[],
                     %s::text[], %s::numeric[], %s::text[], %s::numeric[], %s::text[],
                     %s::timestamptz[])
"""

_LEVELS = """
INSERT INTO stock_levels AS l (sku, warehouse, unit, on_hand)
SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::numeric[])
ON CONFLICT (sku, warehouse) DO UPDATE
SET on_hand = l.on_hand + excluded.on_hand, updated_at = now()
"""


@dataclass(frozen=True)
class StockLedgerProjection:
    name: str
    topics: Sequence[str]
    handles: frozenset[str] = frozenset({GoodsReceived.event_type})

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        rows: list[tuple[object, ...]] = []
        levels: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
        units: dict[tuple[str, str], str] = {}
        for consumed in events:
            event = consumed.event
            assert isinstance(event, GoodsReceived)
            for line in event.lines:
                if line.quantity_accepted == 0:
                    continue
                rows.append(
                    (
                        consumed.envelope.event_id,
                        line.line_no,
                        "receipt",
                        event.receipt_id,
                        line.sku,
                        line.warehouse,
                        line.lot,
                        line.quantity_accepted,
                        line.unit,
                        line.unit_cost.amount,
                        line.unit_cost.currency,
                        consumed.envelope.occurred_at,
                    )
                )
                key = (line.sku, line.warehouse)
                levels[key] += line.quantity_accepted
                units.setdefault(key, line.unit)
        if not rows:
            return
        await conn.execute(_LEDGER, [list(column) for column in zip(*rows, strict=True)])
        keys = sorted(levels)  # a fixed order, so concurrent replicas cannot deadlock
        await conn.execute(
            _LEVELS,
            (
                [k[0] for k in keys],
                [k[1] for k in keys],
                [units[k] for k in keys],
                [levels[k] for k in keys],
            ),
        )

    async def clear(self, conn: Conn) -> None:
        await conn.execute("TRUNCATE stock_ledger, stock_levels")
