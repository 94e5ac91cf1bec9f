"""The general ledger, projected from the events of purchasing, inventory and sales: each
event that moves value posts one balanced entry (jxc.finance.domain.ledger.rules), exactly
once (the runner's offsets and processed ids, and the entry's unique source event), in the
period of its date or, when that is closed, the next open one. The period balances, the stock
value per inventory's events and the open items (invoices of customers and suppliers) move in
the same transaction; a customer whose receivables changed is reported to sales
(finance.ReceivablesChanged, appended in that transaction too); warehouses become cost
centres as inventory registers them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from jxc.events.contracts.inventory import WarehouseRegistered
from jxc.finance.adapters import ledger_tables, open_items
from jxc.finance.adapters.ledger_tables import Posting
from jxc.finance.app import budgets, receivables
from jxc.finance.domain.ledger.items import ItemChanges
from jxc.finance.domain.ledger.periods import posting_period
from jxc.finance.domain.ledger.rules import POSTED_TYPES, entry_for
from jxc.finance.domain.ledger.stock_value import StockValueChange, changes_of
from jxc.platform.commands import CommandHandler
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn, Metadata


@dataclass(frozen=True)
class GeneralLedgerProjection:
    name: str
    topics: Sequence[str]
    commands: CommandHandler
    currency: str = "CNY"
    handles: frozenset[str] = POSTED_TYPES | {WarehouseRegistered.event_type}

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        closed = await ledger_tables.closed(conn)
        postings: list[Posting] = []
        values: list[StockValueChange] = []
        warehouses: dict[str, str] = {}
        items = ItemChanges()
        for consumed in events:
            event, envelope = consumed.event, consumed.envelope
            items.add(event, envelope.occurred_at.date())
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
        await open_items.add(conn, items.opened)
        await open_items.credit(conn, items.credited)
        last = events[-1].envelope
        meta = Metadata(
            occurred_at=datetime.now(UTC),
            correlation_id=last.correlation_id,
            causation_id=last.event_id,
        )
        if items.customers:
            await receivables.report(
                self.commands, conn, items.customers, meta.occurred_at.date(), meta, self.currency
            )
        touched = {(p.period, line.account) for p in postings for line in p.entry.lines}
        await budgets.check(self.commands, conn, touched, meta)

    async def clear(self, conn: Conn) -> None:
        await ledger_tables.clear(conn)
