"""Own vehicles and delivery runs over HTTP (role warehouse, in the warehouse's scope):
register a vehicle of a warehouse, plan the warehouse's runs of a day (again: the new plan
replaces the old), the vehicles and the run sheet."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import Query
from pydantic import Field

from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRouter
from jxc.sales.api.fields import Code, Latitude, Longitude, Text, Volume, Weight
from jxc.sales.app.delivery_runs import DeliveryRuns
from jxc.sales.domain.vehicle import RegisterVehicle


class VehicleBody(Body):
    vehicle: Code
    name: Text
    max_weight_kg: Weight
    max_volume_m3: Volume
    depot_latitude: Latitude
    depot_longitude: Longitude


class PlanBody(Body):
    day: date = Field(description="the day the shipments were dispatched")


def delivery_runs_router(runs: DeliveryRuns) -> CommandRouter:
    router = CommandRouter(tags=["delivery runs"])

    @router.command(
        "/warehouses/{warehouse}/vehicles", role=Role.WAREHOUSE, warehouses="path", status_code=201
    )
    async def register_vehicle(warehouse: Code, body: VehicleBody, cmd: Command) -> dict[str, Any]:
        command = RegisterVehicle(
            body.vehicle,
            warehouse,
            body.name,
            body.max_weight_kg,
            body.max_volume_m3,
            body.depot_latitude,
            body.depot_longitude,
        )
        return cmd.answer(await runs.register_vehicle(command, cmd.meta, **cmd.idempotency))

    @router.command(
        "/warehouses/{warehouse}/delivery-runs/plan", role=Role.WAREHOUSE, warehouses="path"
    )
    async def plan_delivery_runs(warehouse: Code, body: PlanBody, cmd: Command) -> dict[str, Any]:
        """Group the day's shipments dispatched with our own fleet into one run per vehicle
        within its capacity, each run's stops in a short order; what cannot go is named."""
        return cmd.answer(await runs.plan(warehouse, body.day, cmd.meta, **cmd.idempotency))

    @router.get("/warehouses/{warehouse}/vehicles")
    async def list_vehicles(warehouse: Code) -> dict[str, Any]:
        rows = await runs.vehicles(warehouse)
        return {"items": [{k: str(v) if k != "vehicle" else v for k, v in r.items()} for r in rows]}

    @router.get("/warehouses/{warehouse}/delivery-runs")
    async def run_sheet(
        warehouse: Code, day: Annotated[date, Query(description="the delivery day")]
    ) -> dict[str, Any]:
        """The run sheet: each vehicle's run with its stops in order, and what was left out."""
        plan, version = await runs.run_sheet(warehouse, day)
        return {"version": version, **plan.model_dump(mode="json")}

    return router
