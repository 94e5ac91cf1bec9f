"""Shipment commands and queries. The facts a decision needs from outside the shipment (the
order as sales learnt it with what is reserved and already on shipments, the carrier, what
the order's other shipments delivered) are read in the command's transaction, under a lock
on the order, so two shipments of one order never take the same reserved goods."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any
from uuid import UUID

from jxc.events.contracts.logistics import Destination
from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.decider import NotFound
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading, wait_for_event
from jxc.platform.store import Conn, Metadata
from jxc.sales.adapters import shipment_list, shipping_orders
from jxc.sales.adapters.shipment_list import Filters
from jxc.sales.domain.carrier import carrier_decider
from jxc.sales.domain.shipment import (
    CancelShipment,
    CreateShipment,
    DeliverShipment,
    DispatchShipment,
    OrderFacts,
    OrderLineFacts,
    ShipmentCommand,
    ShipmentState,
    Wanted,
    shipment_decider,
)

Built = ShipmentCommand | Callable[[Conn], Awaitable[ShipmentCommand]]


class Shipments:
    def __init__(self, commands: CommandHandler, consumer: str, max_wait_seconds: float) -> None:
        self.commands = commands
        self.consumer = consumer  # the projection logistics-orders
        self.max_wait_seconds = max_wait_seconds

    async def handle(
        self, command: ShipmentCommand, meta: Metadata, name: str, **idempotency: Any
    ) -> CommandResult:
        """Pick, pack, track, deliver or cancel: `name` names the command for metrics and
        idempotency keys. A delivery learns here what the order's other shipments delivered."""
        built: Built = command
        if isinstance(command, DeliverShipment):
            built = self._delivered(command)
        return await self._run(command.shipment_id, built, meta, name, **idempotency)

    async def create(
        self,
        shipment_id: UUID,
        warehouse: str,
        order_id: UUID,
        wanted: tuple[Wanted, ...] | None,
        meta: Metadata,
        **idempotency: Any,
    ) -> CommandResult:
        async def build(conn: Conn) -> ShipmentCommand:
            await shipment_list.lock_order(conn, order_id)
            found = await shipping_orders.order(conn, order_id)
            return CreateShipment(shipment_id, warehouse, _facts(found), wanted)

        return await self._run(shipment_id, build, meta, "create-shipment", **idempotency)

    async def dispatch(
        self,
        shipment_id: UUID,
        carrier_id: UUID,
        service: str,
        dispatched_on: date,
        tracking_number: str | None,
        freight_cost: Decimal | None,
        freight_currency: str | None,
        meta: Metadata,
        **idempotency: Any,
    ) -> CommandResult:
        async def build(conn: Conn) -> ShipmentCommand:
            carrier = await self.commands.load(
                conn, carrier_decider, carrier_decider.stream_id(carrier_id)
            )
            shipment = await self._state(conn, shipment_id)
            order = (
                None
                if shipment.order_id is None
                else await shipping_orders.order(conn, shipment.order_id)
            )
            return DispatchShipment(
                shipment_id,
                carrier_id,
                carrier.state,
                service,
                dispatched_on,
                tracking_number,
                freight_cost,
                freight_currency,
                order_cancelled=order is not None and bool(order["cancelled"]),
            )

        return await self._run(shipment_id, build, meta, "dispatch-shipment", **idempotency)

    def _delivered(self, command: DeliverShipment) -> Built:
        async def build(conn: Conn) -> ShipmentCommand:
            state = await self._state(conn, command.shipment_id)
            if state.order_id is None:
                return command  # no such shipment: the decider says so
            await shipment_list.lock_order(conn, state.order_id)
            found = await shipping_orders.order(conn, state.order_id)
            ordered = (
                {int(row["line_no"]): Decimal(row["quantity"]) for row in found["lines"]}
                if found is not None
                else {line.line_no: line.quantity for line in state.lines}
            )
            before = await shipment_list.delivered_before(conn, state.order_id, command.shipment_id)
            return DeliverShipment(
                command.shipment_id, command.delivered_at, command.signed_by, ordered, before
            )

        return build

    async def _run(
        self, shipment_id: UUID, built: Built, meta: Metadata, name: str, **idempotency: Any
    ) -> CommandResult:
        return await self.commands.handle(
            shipment_decider,
            shipment_decider.stream_id(shipment_id),
            built,
            meta,
            name=name,
            after_append=partial(self._save, shipment_id),
            **idempotency,
        )

    @staticmethod
    async def _save(shipment_id: UUID, conn: Conn, appended: Appended[ShipmentState]) -> None:
        await shipment_list.save(
            conn, shipment_id, appended.state, appended.version, appended.last.recorded_at
        )

    async def _state(self, conn: Conn, shipment_id: UUID) -> ShipmentState:
        fold = await self.commands.load(
            conn, shipment_decider, shipment_decider.stream_id(shipment_id)
        )
        return fold.state

    async def on_order_cancelled(
        self, conn: Conn, order_id: UUID, reason: str, meta: Metadata
    ) -> None:
        """The policy: an order was cancelled; its shipments that have not left are cancelled
        too (inventory releases the reservations itself). Runs in the consumer's transaction."""
        await shipment_list.lock_order(conn, order_id)
        for shipment_id in await shipment_list.not_left(conn, order_id):
            command = CancelShipment(shipment_id, f"order cancelled: {reason}"[:500])
            stream = shipment_decider.stream_id(shipment_id)
            save = partial(self._save, shipment_id)
            await self.commands.execute_in(conn, shipment_decider, stream, command, meta, save)

    async def by_tracking(self, carrier_id: UUID, tracking_number: str) -> UUID:
        """The shipment a carrier knows by its tracking number."""
        async with reading(self.commands.pool) as conn:
            carrier = await self.commands.load(
                conn, carrier_decider, carrier_decider.stream_id(carrier_id)
            )
            if not carrier.state.exists:
                raise NotFound(f"there is no carrier {carrier_id}", fields=("carrier_id",))
            found = await shipment_list.by_tracking(conn, carrier.state.code, tracking_number)
        if found is None:
            raise NotFound(
                f"{carrier.state.code} carries no shipment with tracking number {tracking_number}",
                fields=("tracking_number",),
            )
        return found

    async def get(self, shipment_id: UUID) -> tuple[ShipmentState, int]:
        async with reading(self.commands.pool) as conn:
            fold = await self.commands.load(
                conn, shipment_decider, shipment_decider.stream_id(shipment_id)
            )
        if not fold.state.exists:
            raise NotFound(f"there is no shipment {shipment_id}", fields=("shipment_id",))
        return fold.state, fold.version

    async def order(
        self, order_id: UUID, wait_for: UUID | None, wait_seconds: float
    ) -> dict[str, Any]:
        """What logistics knows of an order: its lines, what is reserved of each and what is
        on shipments, and where it goes (after the event `wait_for`, if given)."""
        timeout = min(wait_seconds, self.max_wait_seconds)
        pool = self.commands.pool
        await wait_for_event(pool, self.consumer, wait_for, timeout, "shipping order book")
        async with reading(pool) as conn:
            found = await shipping_orders.order(conn, order_id)
        facts = _facts(found)
        if found is None or facts is None:
            raise NotFound(f"sales has not seen order {order_id}", fields=("order_id",))
        return {
            "order_id": order_id,
            "customer_id": facts.customer_id,
            "order_no": found["order_no"],
            "currency": facts.currency,
            "cancelled": facts.cancelled,
            "promised_on": facts.promised_on,
            "destination": facts.destination.model_dump(mode="json") if facts.destination else None,
            "lines": [
                {
                    "line_no": row["line_no"],
                    "sku": row["sku"],
                    "warehouse": row["warehouse"],
                    "quantity": str(row["quantity"]),
                    "unit": row["unit"],
                    "net_amount": str(row["net_amount"]),
                    "reserved": str(row["reserved"]),
                    "on_shipments": str(row["shipped"]),
                }
                for row in found["lines"]
            ],
        }

    async def search(
        self, filters: Filters, after: UUID | None, limit: int
    ) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await shipment_list.search(conn, filters, after, limit)

    async def sorted_page(
        self, filters: Filters, sort: str | None, order: Order | None, after: str | None, limit: int
    ) -> Page:
        async with reading(self.commands.pool) as conn:
            return await shipment_list.sorted_page(conn, filters, sort, order, after, limit)

    async def performance(
        self,
        carrier: str | None,
        warehouse: str | None,
        since: date | None,
        until: date | None,
    ) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await shipment_list.performance(conn, carrier, warehouse, since, until)


def _facts(found: dict[str, Any] | None) -> OrderFacts | None:
    if found is None:
        return None
    places = found["addresses"]
    place = next((a for a in places if a["label"] == found["ship_to"]), None)
    if place is None and places:
        place = places[0]
    destination = (
        None
        if place is None
        else Destination(
            label=place["label"],
            city=place["city"],
            country=place["country"],
            latitude=place["latitude"],
            longitude=place["longitude"],
        )
    )
    return OrderFacts(
        order_id=found["order_id"],
        customer_id=found["customer_id"],
        currency=found["currency"],
        cancelled=found["cancelled"],
        lines=tuple(
            OrderLineFacts(
                line_no=row["line_no"],
                sku=row["sku"],
                warehouse=row["warehouse"],
                quantity=Decimal(row["quantity"]),
                unit=row["unit"],
                net_amount=Decimal(row["net_amount"]),
                shippable=max(Decimal(row["reserved"]) - Decimal(row["shipped"]), Decimal(0)),
            )
            for row in found["lines"]
        ),
        destination=destination,
        promised_on=found["promised_on"],
    )
