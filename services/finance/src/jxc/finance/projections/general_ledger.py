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
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from jxc.events.contracts.finance import PaymentRecorded
from jxc.events.contracts.inventory import (
    ItemRegistered,
    ItemUpdated,
    StockIssued,
    WarehouseRegistered,
)
from jxc.events.contracts.purchasing import SupplierInvoiceMatched
from jxc.events.contracts.sales import CreditNoteIssued, InvoiceIssued, OrderPlaced
from jxc.finance.adapters import (
    cost_analysis,
    fx_tables,
    ledger_tables,
    open_items,
    order_tables,
)
from jxc.finance.adapters.ledger_tables import Posting
from jxc.finance.app import budgets, receivables
from jxc.finance.domain.ledger import accounts as chart
from jxc.finance.domain.ledger.currency import converted, payment_converted
from jxc.finance.domain.ledger.entry import Entry
from jxc.finance.domain.ledger.items import ItemChanges
from jxc.finance.domain.ledger.orders import ORDER_TYPES, OrderChanges
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
    handles: frozenset[str] = POSTED_TYPES | {
        WarehouseRegistered.event_type,
        OrderPlaced.event_type,
        ItemRegistered.event_type,
        ItemUpdated.event_type,
        *ORDER_TYPES,
    }

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        closed = await ledger_tables.closed(conn)
        postings: list[Posting] = []
        values: list[StockValueChange] = []
        warehouses: dict[str, str] = {}
        items = ItemChanges()
        orders_open = OrderChanges()
        orders = {e.order_id: e.customer_id for e in _of(events, OrderPlaced)}
        categories = {e.sku: e.category for e in _of(events, ItemRegistered, ItemUpdated)}
        await cost_analysis.remember(conn, orders, categories)
        shipped = [e.order_id for e in _of(events, StockIssued) if e.order_id is not None]
        customers = await cost_analysis.customers_of(conn, sorted(set(shipped), key=str))
        booked: dict[UUID, Decimal] = {}
        for consumed in events:
            event, envelope = consumed.event, consumed.envelope
            items.add(event, envelope.occurred_at.date())
            orders_open.add(event, envelope.occurred_at.date())
            if isinstance(event, WarehouseRegistered):
                warehouses[event.warehouse] = event.name
                continue
            values.extend(changes_of(event))
            made = entry_for(event, envelope.occurred_at.date())
            if made is None:
                continue
            if isinstance(event, StockIssued) and event.order_id in customers:
                made = _sold_to(made, customers[event.order_id])
            if made.currency != self.currency:
                made = await self._in_company_currency(conn, event, made, booked)
            postings.append(
                Posting(
                    source_event_id=envelope.event_id,
                    source_type=envelope.event_type,
                    period=posting_period(made.posted_on, closed),
                    recorded_at=envelope.recorded_at,
                    entry=made,
                    source_stream=envelope.stream_id,
                    source_payload=envelope.payload.decode(),
                )
            )
        await ledger_tables.open_warehouse_centres(conn, warehouses)
        await ledger_tables.post(conn, postings)
        await ledger_tables.add_stock_values(conn, values)
        await open_items.add(conn, items.opened)
        await fx_tables.book(conn, booked)
        await open_items.credit(conn, items.credited)
        await order_tables.change(
            conn, orders_open.opened, orders_open.invoiced, orders_open.closed
        )
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

    async def _in_company_currency(
        self, conn: Conn, event: Any, made: Entry, booked: dict[UUID, Decimal]
    ) -> Entry:
        """A foreign document's entry at the rate of its day; its open item booked at it."""
        rate = await fx_tables.rate_on(conn, made.currency, made.posted_on)
        if rate is None:
            raise ValueError(
                f"no exchange rate of {made.currency} on or before {made.posted_on}: record "
                "one (POST /exchange-rates), then replay this event from the dead letters"
            )
        if isinstance(event, PaymentRecorded):
            at = await fx_tables.booked(conn, [x.invoice_id for x in event.allocations])
            return payment_converted(event, rate, at, self.currency)
        if isinstance(event, InvoiceIssued | SupplierInvoiceMatched):
            booked[event.invoice_id] = rate
        elif isinstance(event, CreditNoteIssued) and event.invoice_id is None:
            booked[event.credit_note_id] = rate
        return converted(made, rate, self.currency)

    async def clear(self, conn: Conn) -> None:
        await ledger_tables.clear(conn)


def _of(events: Sequence[Consumed], *kinds: type[Any]) -> list[Any]:
    return [c.event for c in events if isinstance(c.event, kinds)]


def _sold_to(made: Entry, customer: UUID) -> Entry:
    """A shipment's cost of goods sold, named with the customer it was sold to."""
    lines = tuple(
        replace(line, party_id=customer) if line.account == chart.COGS else line
        for line in made.lines
    )
    return replace(made, lines=lines)
