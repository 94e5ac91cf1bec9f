"""Inventory's reactions to purchasing and sales: a receipt puts accepted goods into stock, a
placed order reserves per line, a cancellation releases, a shipment issues the stock and uses
up the reservation, a purchase return takes goods back out of a quarantine location.

It runs as a consumer of jxc.purchasing.events and jxc.sales.events: a batch's stock commands
and its offsets commit in one transaction, and each consumed event id is recorded there too,
so a redelivered event changes nothing; each stock order also names the event and line it
carries out, and the ledger refuses a second line for the same cause (a second line of
defence). A command the domain refuses (an issue beyond what is available, say) raises, and
the runner dead-letters that one event with the reason.

An OrderPlaced with the same line number twice cannot be reserved as placed: every one of its
lines is rejected (ReservationRejected) with the reason, so sales hears back about each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts import registry
from jxc.events.contracts.purchasing import GoodsReceived
from jxc.events.contracts.sales import OrderCancelled, OrderPlaced, OrderShipped
from jxc.inventory.adapters import stock_tables
from jxc.inventory.app.stock_keeper import PositionCommand, StockKeeper
from jxc.inventory.domain.stock import Issue, IssueKind, Receive, Release, Reserve
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn, Metadata

RETURN_SHIPPED = "purchasing.PurchaseReturnShipped"


@dataclass
class StockPolicy:
    name: str
    topics: Sequence[str]
    keeper: StockKeeper
    handles: frozenset[str] = field(
        default_factory=lambda: frozenset(
            {
                GoodsReceived.event_type,
                OrderPlaced.event_type,
                OrderCancelled.event_type,
                OrderShipped.event_type,
                *([RETURN_SHIPPED] if RETURN_SHIPPED in registry else []),
            }
        )
    )

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        cancelled = [c.event.order_id for c in events if isinstance(c.event, OrderCancelled)]
        reserved_lines = await stock_tables.reserved_lines(conn, cancelled)
        orders: list[PositionCommand] = []
        for consumed in events:
            meta = Metadata(
                occurred_at=consumed.envelope.occurred_at,
                correlation_id=consumed.envelope.correlation_id,
                causation_id=consumed.envelope.event_id,
            )
            orders.extend(self._orders(consumed, meta, reserved_lines))
        await self.keeper.execute(conn, orders, stop_on_error=True)

    def _orders(
        self,
        consumed: Consumed,
        meta: Metadata,
        reserved_lines: dict[UUID, list[tuple[int, str, str]]],
    ) -> list[PositionCommand]:
        event: DomainEvent = consumed.event
        source = consumed.envelope.event_id
        if isinstance(event, GoodsReceived):
            return [
                PositionCommand(
                    line.sku,
                    line.warehouse,
                    Receive(
                        quantity=line.quantity_accepted,
                        unit=line.unit,
                        unit_cost=line.unit_cost.amount,
                        currency=line.unit_cost.currency,
                        lot=line.lot,
                        source_event_id=source,
                        document_id=event.receipt_id,
                    ),
                    meta,
                    cause=(source, line.line_no),
                )
                for line in event.lines
                if line.quantity_accepted > 0
            ]
        if isinstance(event, OrderPlaced):
            reserved_lines.setdefault(event.order_id, []).extend(
                (line.line_no, line.sku, line.warehouse) for line in event.lines
            )
            numbers = [line.line_no for line in event.lines]
            repeated = sorted({n for n in numbers if numbers.count(n) > 1})
            refusal = (
                "the order repeats line number(s) "
                + ", ".join(str(n) for n in repeated)
                + ": no line of it is reserved"
                if repeated
                else None
            )
            return [
                PositionCommand(
                    line.sku,
                    line.warehouse,
                    Reserve(event.order_id, line.line_no, line.quantity, line.unit, refusal),
                    meta,
                )
                for line in event.lines
            ]
        if isinstance(event, OrderCancelled):
            return [
                PositionCommand(
                    sku,
                    wh,
                    Release(event.order_id, line_no, f"order cancelled: {event.reason}"),
                    meta,
                )
                for line_no, sku, wh in reserved_lines.get(event.order_id, [])
            ]
        if isinstance(event, OrderShipped):
            return [
                PositionCommand(
                    line.sku,
                    line.warehouse,
                    Issue(
                        quantity=line.quantity,
                        unit=line.unit,
                        reason="shipment",
                        order_id=event.order_id,
                        line_no=line.line_no,
                        document_id=event.shipment_id,
                        source_event_id=source,
                        kind=IssueKind.SHIPMENT,
                    ),
                    meta,
                    cause=(source, line.line_no),
                )
                for line in event.lines
            ]
        if event.event_type == RETURN_SHIPPED:
            return self._return_orders(event, meta, source)
        return []

    def _return_orders(
        self, event: DomainEvent, meta: Metadata, source: UUID
    ) -> list[PositionCommand]:
        orders = []
        for line in getattr(event, "lines", []):
            if not getattr(line, "from_stock", False):
                continue  # rejected at the door: it never entered stock
            orders.append(
                PositionCommand(
                    line.sku,
                    line.warehouse,
                    Issue(
                        quantity=line.quantity,
                        unit=line.unit,
                        reason="purchase_return",
                        location=line.location,
                        lot=line.lot,
                        document_id=getattr(event, "return_id", None),
                        source_event_id=source,
                        kind=IssueKind.PURCHASE_RETURN,
                    ),
                    meta,
                    cause=(source, getattr(line, "line_no", 0)),
                )
            )
        return orders

    async def clear(self, conn: Conn) -> None:
        # Not a read model: its tables are inventory's write side, committed with its events.
        # Replaying purchasing and sales would decide every command again and record new events.
        raise SystemExit(
            f"{self.name} cannot be rebuilt: it is inventory's write side (stock positions, "
            "reservations and the ledger are stored with inventory's own events), not a read "
            "model; replaying purchasing and sales would record every movement twice. "
            "See README.md, 'Rebuilding': restore the inventory database from a backup instead."
        )
