"""Own vehicles and delivery runs: registering a vehicle, planning a warehouse's runs of a
day from the shipments dispatched with our own fleet that day and the warehouse's vehicles
(read in the plan's transaction), and the run sheet."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from jxc.events.contracts.logistics import DeliveryRunsPlanned
from jxc.events.ids import uuid7
from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.decider import NotFound
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata
from jxc.sales.adapters import shipment_list, vehicle_list
from jxc.sales.domain.delivery_run import (
    Consignment,
    PlanDeliveryRuns,
    Vehicle,
    day_key,
    delivery_day_decider,
)
from jxc.sales.domain.vehicle import RegisterVehicle, VehicleState, vehicle_decider


class DeliveryRuns:
    def __init__(self, commands: CommandHandler) -> None:
        self.commands = commands

    async def register_vehicle(
        self, command: RegisterVehicle, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        return await self.commands.handle(
            vehicle_decider,
            vehicle_decider.stream_id(command.vehicle.strip()),
            command,
            meta,
            name="register-vehicle",
            after_append=self._save_vehicle,
            **idempotency,
        )

    @staticmethod
    async def _save_vehicle(conn: Conn, appended: Appended[VehicleState]) -> None:
        assert appended.state.registered is not None
        await vehicle_list.save(conn, appended.state.registered)

    async def vehicles(self, warehouse: str) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await vehicle_list.of_warehouse(conn, warehouse)

    async def plan(
        self, warehouse: str, day: date, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        async def build(conn: Conn) -> PlanDeliveryRuns:
            shipped = await shipment_list.own_fleet_of_day(conn, warehouse, day)
            fleet = await vehicle_list.of_warehouse(conn, warehouse)
            return PlanDeliveryRuns(
                warehouse=warehouse,
                day=day,
                consignments=tuple(
                    Consignment(
                        shipment_id=row["shipment_id"],
                        order_id=row["order_id"],
                        customer_id=row["customer_id"],
                        weight_kg=Decimal(row["weight_kg"]),
                        volume_m3=Decimal(row["volume_m3"]),
                        latitude=row["latitude"],
                        longitude=row["longitude"],
                    )
                    for row in shipped
                ),
                vehicles=tuple(
                    Vehicle(
                        vehicle=row["vehicle"],
                        max_weight_kg=row["max_weight_kg"],
                        max_volume_m3=row["max_volume_m3"],
                        depot_latitude=row["depot_latitude"],
                        depot_longitude=row["depot_longitude"],
                    )
                    for row in fleet
                ),
                run_ids=tuple(uuid7() for _ in fleet),
            )

        return await self.commands.handle(
            delivery_day_decider,
            delivery_day_decider.stream_id(day_key(warehouse, day)),
            build,
            meta,
            name="plan-delivery-runs",
            **idempotency,
        )

    async def run_sheet(self, warehouse: str, day: date) -> tuple[DeliveryRunsPlanned, int]:
        """The latest plan of the warehouse's day, with the stream version it is at."""
        async with reading(self.commands.pool) as conn:
            fold = await self.commands.load(
                conn, delivery_day_decider, delivery_day_decider.stream_id(day_key(warehouse, day))
            )
        if fold.state.plan is None:
            raise NotFound(
                f"no delivery runs are planned for {warehouse} on {day}", fields=("day",)
            )
        return fold.state.plan, fold.version
