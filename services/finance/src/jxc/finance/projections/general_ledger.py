"""The general ledger, projected from the events of purchasing, inventory and sales: each
event that moves value posts one balanced entry (jxc.finance.domain.ledger.rules), exactly
once (the runner's offsets and processed ids, and the entry's unique source event), in the
period of its date or, when that is closed, the next open one. The period balances and the
stock value per inventory's events move in the same transaction; warehouses become cost
centres as inventory registers them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jxc.events.contracts.inventory import WarehouseRegistered
from jxc.finance.adapters import ledger_tables
from jxc.finance.adapters.ledger_tables import Posting
from jxc.finance.domain.ledger.periods import posting_period
from jxc.finance.domain.ledger.rules import POSTED_TYPES, entry_for
from jxc.finance.domain.ledger.stock_value import StockValueChange, changes_of
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn


@dataclass(frozen=True)
class GeneralLedgerProjection:
    name: str
    topics: Sequence[str]
    handles: frozenset[str] = POSTED_TYPES | {WarehouseRegistered.event_type}

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        closed = await ledger_tables.closed(conn)
        postings: list[Posting] = []
        values: list[StockValueChange] = []
        warehouses: dict[str, str] = {}
        for consumed in events:
            event, envelope = consumed.event, consumed.envelope
            if isinstance(event, WarehouseRegistered):
                warehouses[event.warehouse] = event.name
                continue
            values.extend(changes_of(event))
            made = entry_for(event, envelope.occurred_at.date())
            if made is None:
                continue
            postings.append(
                Posting(
                    source_event_id=envelope.event_id,
                    source_type=envelope.event_type,
                    period=posting_period(made.posted_on, closed),
                    recorded_at=envelope.recorded_at,
                    entry=made,
                )
            )
        await ledger_tables.open_warehouse_centres(conn, warehouses)
        await ledger_tables.post(conn, postings)
        await ledger_tables.add_stock_values(conn, values)

    async def clear(self, conn: Conn) -> None:
        await ledger_tables.clear(conn)
