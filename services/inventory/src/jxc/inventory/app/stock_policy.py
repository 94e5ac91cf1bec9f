"""Inventory's reactions to purchasing and sales: a receipt puts accepted goods into stock, a
placed order reserves per line, a cancellation releases, a shipment issues the stock and uses
up the reservation, a purchase return takes goods back out of a quarantine location, a customer
return puts the goods it restocks back at the cost they left with.

It runs as a consumer of jxc.purchasing.events and jxc.sales.events: a batch's stock commands
and its offsets commit in one transaction, and each consumed event id is recorded there too,
so a redelivered event changes nothing; each stock order also names the event and line it
carries out, and the ledger refuses a second line for the same cause (a second line of
defence). A command the domain refuses (an issue beyond what is available, say) raises, and
the runner dead-letters that one event with the reason.

A placed line reserves, or waits in its position's backorder queue until stock arrives (the
stock domain decides which, under the position's lock). Only a line that can never be served is
rejected (ReservationRejected) with the reason: an OrderPlaced with the same line number twice
cannot be reserved as placed (every one of its lines is rejected, so sales hears back about
each); a SKU or warehouse inventory has never heard of (not registered, no stock ever recorded
there); a unit the SKU is not kept in. A cancellation releases the reserved lines and withdraws
the waiting ones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts import registry
from jxc.events.contracts.purchasing import GoodsReceived
from jxc.events.contracts.sales import OrderCancelled, OrderPlaced, OrderShipped, ReturnReceived
from jxc.inventory.adapters import known_names, stock_tables
from jxc.inventory.adapters.known_names import StockName
from jxc.inventory.adapters.stock_tables import IssuedForOrder
from jxc.inventory.app.stock_keeper import PositionCommand, StockKeeper
from jxc.inventory.domain.stock import ZERO, Issue, IssueKind, Receive, Release, Reserve
from jxc.platform.decider import NotFound
from jxc.platform.policy import refuse_rebuild
from jxc.platform.projection import Consumed
from jxc.platform.store import Conn, Metadata

RETURN_SHIPPED = "purchasing.PurchaseReturnShipped"
CUSTOMER_RETURN = "customer_return"


def restock(
    event: ReturnReceived,
    source: UUID,
    meta: Metadata,
    issued: dict[tuple[UUID, str, str], IssuedForOrder],
) -> list[PositionCommand]:
    """A customer return's `restock` lines go back into stock (reason customer_return) at the
    cost they left with for that order: what inventory's ledger issued of that SKU for the
    order, from the warehouse the goods come back to, else from all warehouses it shipped
    from; never today's average. Scrapped goods and goods set aside for the supplier do not
    come back into stock."""
    orders = []
    for i, line in enumerate(event.lines, start=1):
        if line.disposition != "restock":
            continue
        cost = issued.get((event.order_id, line.sku, line.warehouse))
        if cost is None:
            found = [
                c for (o, sku, _), c in issued.items() if (o, sku) == (event.order_id, line.sku)
            ]
            if found and len({c.currency for c in found}) == 1:
                cost = IssuedForOrder(
                    sum((c.quantity for c in found), ZERO),
                    sum((c.value for c in found), ZERO),
                    found[0].currency,
                )
        if cost is None or cost.quantity <= 0:
            raise NotFound(
                f"no {line.sku} was issued for order {event.order_id}: return {event.return_id} "
                "cannot be restocked at the cost it left with",
                fields=("order_id", "sku"),
            )
        orders.append(
            PositionCommand(
                line.sku,
                line.warehouse,
                Receive(
                    quantity=line.quantity,
                    unit=line.unit,
                    unit_cost=cost.value / cost.quantity,
                    currency=cost.currency,
                    reason=CUSTOMER_RETURN,
                    source_event_id=source,
                    document_id=event.return_id,
                ),
                meta,
                cause=(source, i),
            )
        )
    return orders


def never_served(
    sku: str, warehouse: str, unit: str, names: dict[tuple[str, str], StockName]
) -> str | None:
    """Why an order line can never be served from this position, or None when it can (now, or
    as a backorder when stock arrives)."""
    name = names.get((sku, warehouse))
    if name is None:
        return None
    if name.position_unit is None:
        if name.item_unit is None:
            return (
                f"no item {sku} is registered and no stock of it was ever recorded in "
                f"{warehouse}: the line can never be served"
            )
        if not name.warehouse_registered:
            return (
                f"no warehouse {warehouse} is registered and no stock of {sku} was ever "
                "recorded there: the line can never be served"
            )
    kept_in = name.position_unit or name.item_unit
    if kept_in is not None and unit != kept_in:
        return f"{sku} is kept in {kept_in}, not {unit}: the line can never be served as placed"
    return None


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
                ReturnReceived.event_type,
                *([RETURN_SHIPPED] if RETURN_SHIPPED in registry else []),
            }
        )
    )

    async def apply(self, conn: Conn, events: Sequence[Consumed]) -> None:
        cancelled = [c.event.order_id for c in events if isinstance(c.event, OrderCancelled)]
        held_lines = await stock_tables.reserved_lines(conn, cancelled)
        for order_id, lines in (await stock_tables.waiting_lines(conn, cancelled)).items():
            held_lines.setdefault(order_id, []).extend(lines)
        placed = [
            (line.sku, line.warehouse)
            for c in events
            if isinstance(c.event, OrderPlaced)
            for line in c.event.lines
        ]
        names = await known_names.stock_names(conn, placed)
        returned = [c.event.order_id for c in events if isinstance(c.event, ReturnReceived)]
        issued = await stock_tables.issue_costs(conn, returned)
        orders: list[PositionCommand] = []
        for consumed in events:
            meta = Metadata(
                occurred_at=consumed.envelope.occurred_at,
                correlation_id=consumed.envelope.correlation_id,
                causation_id=consumed.envelope.event_id,
            )
            if isinstance(consumed.event, ReturnReceived):
                orders.extend(restock(consumed.event, consumed.envelope.event_id, meta, issued))
            else:
                orders.extend(self._orders(consumed, meta, held_lines, names))
        await self.keeper.execute(conn, orders, stop_on_error=True)

    def _orders(
        self,
        consumed: Consumed,
        meta: Metadata,
        held_lines: dict[UUID, list[tuple[int, str, str]]],
        names: dict[tuple[str, str], StockName],
    ) -> list[PositionCommand]:
        event: DomainEvent = consumed.event
        source = consumed.envelope.event_id
        if isinstance(event, GoodsReceived):
            for line in event.lines:  # stock recorded in this batch: the position is known
                if line.quantity_accepted > 0 and (line.sku, line.warehouse) in names:
                    name = names[(line.sku, line.warehouse)]
                    names[(line.sku, line.warehouse)] = StockName(
                        name.position_unit or line.unit, name.item_unit, True
                    )
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
            held_lines.setdefault(event.order_id, []).extend(
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
                    Reserve(
                        event.order_id,
                        line.line_no,
                        line.quantity,
                        line.unit,
                        refusal or never_served(line.sku, line.warehouse, line.unit, names),
                    ),
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
                for line_no, sku, wh in held_lines.get(event.order_id, [])
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
        refuse_rebuild(
            self.name,
            "it is inventory's write side (stock positions, "
            "reservations and the ledger are stored with inventory's own events), not a read "
            "model; replaying purchasing and sales would record every movement twice. "
            "See README.md, 'Rebuilding': restore the inventory database from a backup instead.",
        )
