"""Shipments over HTTP. The warehouse (role warehouse, in the warehouse's scope) creates a
shipment of an order's reserved lines, picks it (the pick list), packs it, dispatches it with
a carrier, records proof of delivery or cancels it before it leaves. A carrier integration
records tracking updates with a warehouse-role token scoped to the warehouses it serves
(idempotent on the carrier's event id). Queries: a shipment with its tracking history, its
pick list, the list (filters, keyset paging), on-time delivery per carrier and warehouse."""

from __future__ import annotations

from datetime import UTC, date
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query
from pydantic import AwareDatetime, Field

from jxc.events import limits
from jxc.events.contracts.logistics import TrackingStatus
from jxc.events.ids import uuid7
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRequest, CommandRouter
from jxc.platform.paging import SortOrder
from jxc.sales.adapters.shipment_list import SHIPMENTS, Filters
from jxc.sales.api.common import AfterIdOrCursor, after_id, sorting
from jxc.sales.api.fields import (
    MAX_PAGE,
    Code,
    Currency,
    Reason,
    Text,
    Volume,
    WaitFor,
    WaitSeconds,
    Weight,
)
from jxc.sales.app.shipments import Shipments
from jxc.sales.domain.shipment import (
    CancelShipment,
    DeliverShipment,
    PackShipment,
    ParcelDetails,
    PickShipment,
    ShipmentCommand,
    ShipmentState,
    ShipmentStatus,
    TrackShipment,
    Wanted,
)


class WantedLine(Body):
    line_no: Annotated[int, Field(ge=1, le=100000)]
    quantity: limits.PositiveQuantity


class CreateShipmentBody(Body):
    shipment_id: UUID | None = None
    order_id: UUID
    lines: Annotated[list[WantedLine], Field(min_length=1, max_length=1000)] | None = Field(
        default=None, description="what to ship; all that is reserved here when left out"
    )


class ParcelBody(Body):
    weight_kg: Weight
    volume_m3: Volume


class PackBody(Body):
    parcels: Annotated[list[ParcelBody], Field(min_length=1, max_length=500)]


class DispatchBody(Body):
    carrier_id: UUID
    service: Code
    tracking_number: Code | None = None
    freight_cost: limits.NonNegativeAmount | None = Field(
        default=None, description="instead of the rate card's price"
    )
    currency: Currency | None = Field(default=None, description="of freight_cost")
    dispatched_on: date | None = Field(default=None, description="today when left out")


class TrackBody(Body):
    carrier_event_id: Code
    status: TrackingStatus
    at: AwareDatetime
    location: Text | None = None
    note: Reason | None = None


class CarrierTrackBody(TrackBody):
    tracking_number: Code


class DeliverBody(Body):
    signed_by: Text | None = None
    delivered_at: AwareDatetime | None = Field(default=None, description="now when left out")


class CancelBody(Body):
    reason: Reason


def shipments_router(shipments: Shipments) -> CommandRouter:
    router = CommandRouter(tags=["shipments"])

    async def run(command: ShipmentCommand, name: str, cmd: CommandRequest) -> dict[str, Any]:
        await in_scope(cmd, command.shipment_id)
        return cmd.answer(await shipments.handle(command, cmd.meta, name, **cmd.idempotency))

    async def in_scope(cmd: CommandRequest, shipment_id: UUID) -> None:
        state, _ = await shipments.get(shipment_id)
        cmd.in_warehouses(state.warehouse)

    @router.command(
        "/warehouses/{warehouse}/shipments", role=Role.WAREHOUSE, warehouses="path", status_code=201
    )
    async def create_shipment(
        warehouse: Code, body: CreateShipmentBody, cmd: Command
    ) -> dict[str, Any]:
        wanted = (
            None
            if body.lines is None
            else tuple(Wanted(line.line_no, line.quantity) for line in body.lines)
        )
        result = await shipments.create(
            body.shipment_id or uuid7(),
            warehouse,
            body.order_id,
            wanted,
            cmd.meta,
            **cmd.idempotency,
        )
        return cmd.answer(result)

    @router.command("/shipments/{shipment_id}/pick", role=Role.WAREHOUSE, warehouses="aggregate")
    async def pick_shipment(shipment_id: UUID, cmd: Command) -> dict[str, Any]:
        return await run(PickShipment(shipment_id, cmd.user.name), "pick-shipment", cmd)

    @router.command("/shipments/{shipment_id}/pack", role=Role.WAREHOUSE, warehouses="aggregate")
    async def pack_shipment(shipment_id: UUID, body: PackBody, cmd: Command) -> dict[str, Any]:
        parcels = tuple(ParcelDetails(p.weight_kg, p.volume_m3) for p in body.parcels)
        return await run(PackShipment(shipment_id, parcels), "pack-shipment", cmd)

    @router.command(
        "/shipments/{shipment_id}/dispatch", role=Role.WAREHOUSE, warehouses="aggregate"
    )
    async def dispatch_shipment(
        shipment_id: UUID, body: DispatchBody, cmd: Command
    ) -> dict[str, Any]:
        await in_scope(cmd, shipment_id)
        result = await shipments.dispatch(
            shipment_id,
            body.carrier_id,
            body.service,
            body.dispatched_on or cmd.meta.occurred_at.astimezone(UTC).date(),
            body.tracking_number,
            body.freight_cost,
            body.currency,
            cmd.meta,
            **cmd.idempotency,
        )
        return cmd.answer(result)

    @router.command(
        "/shipments/{shipment_id}/tracking", role=Role.WAREHOUSE, warehouses="aggregate"
    )
    async def record_tracking(shipment_id: UUID, body: TrackBody, cmd: Command) -> dict[str, Any]:
        """For carrier integrations: the same carrier event sent again records nothing."""
        command = TrackShipment(
            shipment_id, body.carrier_event_id, body.status, body.at, body.location, body.note
        )
        return await run(command, "track-shipment", cmd)

    @router.command(
        "/carriers/{carrier_id}/tracking-updates", role=Role.WAREHOUSE, warehouses="aggregate"
    )
    async def record_carrier_tracking(
        carrier_id: UUID, body: CarrierTrackBody, cmd: Command
    ) -> dict[str, Any]:
        """For carrier integrations that know their tracking number, not our shipment id; the
        same carrier event sent again records nothing."""
        shipment_id = await shipments.by_tracking(carrier_id, body.tracking_number)
        command = TrackShipment(
            shipment_id, body.carrier_event_id, body.status, body.at, body.location, body.note
        )
        return await run(command, "track-shipment", cmd)

    @router.command("/shipments/{shipment_id}/deliver", role=Role.WAREHOUSE, warehouses="aggregate")
    async def deliver_shipment(
        shipment_id: UUID, body: DeliverBody, cmd: Command
    ) -> dict[str, Any]:
        """Proof of delivery: who signed and when (sales.OrderDelivered)."""
        at = body.delivered_at or cmd.meta.occurred_at
        command = DeliverShipment(shipment_id, at, body.signed_by, {}, {})
        return await run(command, "deliver-shipment", cmd)

    @router.command("/shipments/{shipment_id}/cancel", role=Role.WAREHOUSE, warehouses="aggregate")
    async def cancel_shipment(shipment_id: UUID, body: CancelBody, cmd: Command) -> dict[str, Any]:
        return await run(CancelShipment(shipment_id, body.reason), "cancel-shipment", cmd)

    @router.get("/shipping-orders/{order_id}")
    async def shipping_order(
        order_id: UUID, wait_for_event: WaitFor = None, wait_seconds: WaitSeconds = 5.0
    ) -> dict[str, Any]:
        """An order as logistics sees it: per line, what inventory reserved (only that ships)
        and what is on shipments already."""
        return await shipments.order(order_id, wait_for_event, wait_seconds)

    @router.get("/shipments/{shipment_id}")
    async def get_shipment(shipment_id: UUID) -> dict[str, Any]:
        state, version = await shipments.get(shipment_id)
        return {"shipment_id": shipment_id, "version": version, **_view(state)}

    @router.get("/shipments/{shipment_id}/tracking")
    async def tracking_history(shipment_id: UUID) -> dict[str, Any]:
        state, _ = await shipments.get(shipment_id)
        return {
            "shipment_id": shipment_id,
            "status": state.status.value,
            "items": [t.model_dump(mode="json", exclude={"shipment_id"}) for t in state.tracking],
        }

    @router.get("/shipments/{shipment_id}/pick-list")
    async def pick_list(shipment_id: UUID) -> dict[str, Any]:
        state, _ = await shipments.get(shipment_id)
        return {
            "shipment_id": shipment_id,
            "warehouse": state.warehouse,
            "order_id": state.order_id,
            "status": state.status.value,
            "lines": [
                {
                    "line_no": line.line_no,
                    "sku": line.sku,
                    "quantity": str(line.quantity),
                    "unit": line.unit,
                }
                for line in sorted(state.lines, key=lambda line: (line.sku, line.line_no))
            ],
        }

    @router.get("/shipments")
    async def list_shipments(
        order_id: Annotated[UUID | None, Query()] = None,
        warehouse: Annotated[Code | None, Query()] = None,
        status: Annotated[ShipmentStatus | None, Query()] = None,
        carrier: Annotated[Code | None, Query(description="carrier code")] = None,
        dispatched_on: Annotated[date | None, Query()] = None,
        after: AfterIdOrCursor = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        sort: Annotated[str | None, SHIPMENTS.sort_query()] = None,
        order: SortOrder = None,
    ) -> dict[str, Any]:
        """The shipments by id (creation order); with `sort` (and `order`) in the order
        asked, the `next` of each page then a cursor of that sort."""
        filters = Filters(
            order_id, warehouse, status.value if status else None, carrier, dispatched_on
        )
        if sorting(sort, order):
            found, cursor = await shipments.sorted_page(filters, sort, order, after, limit)
            return {"items": [_listed(row) for row in found], "next": cursor}
        rows = await shipments.search(filters, after_id(after), limit + 1)
        page = rows[:limit]
        return {
            "items": [_listed(row) for row in page],
            "next": str(page[-1]["shipment_id"]) if len(rows) > limit else None,
        }

    @router.get("/delivery-performance")
    async def delivery_performance(
        carrier: Annotated[Code | None, Query(description="carrier code")] = None,
        warehouse: Annotated[Code | None, Query()] = None,
        since: Annotated[
            date | None, Query(alias="from", description="delivered on or after")
        ] = None,
        until: Annotated[
            date | None, Query(alias="to", description="delivered on or before")
        ] = None,
    ) -> dict[str, Any]:
        """Promised vs actual delivery: per carrier and warehouse, the shipments delivered, on
        time (on or before the promised date), late, without a promise, and the on-time %
        of those with a promise."""
        rows = await shipments.performance(carrier, warehouse, since, until)
        return {"items": [_performance(row) for row in rows]}

    return router


def _view(state: ShipmentState) -> dict[str, Any]:
    def text(value: object) -> str | None:
        return None if value is None else str(value)

    return {
        "status": state.status.value,
        "order_id": state.order_id,
        "customer_id": state.customer_id,
        "warehouse": state.warehouse,
        "currency": state.currency,
        "value": str(state.value),
        "lines": [line.model_dump(mode="json") for line in state.lines],
        "destination": state.destination.model_dump(mode="json") if state.destination else None,
        "promised_on": state.promised_on,
        "picked_by": state.picked_by,
        "parcels": [p.model_dump(mode="json") for p in state.parcels],
        "weight_kg": text(state.weight_kg),
        "volume_m3": text(state.volume_m3),
        "carrier": state.carrier,
        "service": state.service,
        "own_fleet": state.own_fleet,
        "tracking_number": state.tracking_number,
        "freight_cost": state.freight_cost.model_dump(mode="json") if state.freight_cost else None,
        "dispatched_on": state.dispatched_on,
        "delivered_at": state.delivered_at,
        "signed_by": state.signed_by,
        "cancel_reason": state.cancel_reason,
    }


def _listed(row: dict[str, Any]) -> dict[str, Any]:
    shown = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
    for key in ("value", "weight_kg", "volume_m3"):
        if shown[key] is not None:
            shown[key] = str(shown[key])
    return shown


def _performance(row: dict[str, Any]) -> dict[str, Any]:
    promised = row["on_time"] + row["late"]
    percent = (
        None
        if promised == 0
        else (Decimal(row["on_time"]) * 100 / promised).quantize(Decimal("0.1"))
    )
    return {**row, "on_time_percent": None if percent is None else str(percent)}
