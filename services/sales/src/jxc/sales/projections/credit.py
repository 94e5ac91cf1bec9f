"""What lowers or raises a customer's exposure besides its orders: an invoice issued for an
order (sales.InvoiceIssued: that part of the order is now a receivable, no longer an open
order) and finance's open receivables (finance.ReceivablesChanged, the latest wins)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from jxc.events.contracts.finance import ReceivablesChanged
from jxc.events.contracts.sales import InvoiceIssued
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn
from jxc.sales.adapters import credit


@dataclass(frozen=True)
class CreditProjection:
    name: str
    topics: Sequence[str]
    handles: frozenset[str] = field(
        default=frozenset({InvoiceIssued.event_type, ReceivablesChanged.event_type})
    )

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        for consumed in events:
            event = consumed.event
            match event:
                case InvoiceIssued():
                    await credit.add_invoiced(
                        conn, event.order_id, event.customer_id, event.net_total
                    )
                case ReceivablesChanged():
                    await credit.set_receivables(
                        conn,
                        event.customer_id,
                        event.open_receivables.amount,
                        event.overdue.amount,
                        consumed.envelope.stream_version,
                    )

    async def clear(self, conn: Conn) -> None:
        await credit.clear(conn)
