"""Planning a day's delivery runs of a warehouse: the loads within capacity (grouping), each
load's stops in a short order (routing), one run per loaded vehicle. A plan replaces the one
before; every consignment is on exactly one run or left out with the reason."""

from __future__ import annotations

from jxc.events.base import DomainEvent
from jxc.events.contracts.logistics import (
    DeliveryRunsPlanned,
    PlannedRun,
    RunStop,
    UnplannedShipment,
)
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_code
from jxc.sales.domain.delivery_run.commands import PlanDeliveryRuns
from jxc.sales.domain.delivery_run.grouping import group
from jxc.sales.domain.delivery_run.routing import route
from jxc.sales.domain.delivery_run.state import DeliveryDayState


def plan(command: PlanDeliveryRuns, state: DeliveryDayState) -> list[DomainEvent]:
    warehouse = check_code(command.warehouse, "warehouse", "warehouse")
    ids = {c.shipment_id for c in command.consignments}
    if len(ids) != len(command.consignments):
        raise DomainError("a shipment is given twice", fields=("consignments",))
    if not command.consignments:
        raise DomainError(
            f"nothing was dispatched from {warehouse} with our own fleet on {command.day}",
            fields=("day",),
        )
    if len(command.run_ids) < len(command.vehicles):
        raise ValueError("one run id per vehicle is needed")  # the application's mistake
    loads, left = group(command.consignments, command.vehicles)
    runs: list[PlannedRun] = []
    for run_id, load in zip(command.run_ids, loads, strict=False):
        v = load.vehicle
        depot = (float(v.depot_latitude), float(v.depot_longitude))
        points = [(float(c.latitude or 0), float(c.longitude or 0)) for c in load.consignments]
        order, distance = route(depot, points)
        stops = []
        for seq, i in enumerate(order, start=1):
            c = load.consignments[i]
            assert c.latitude is not None and c.longitude is not None
            stops.append(
                RunStop(
                    seq=seq,
                    shipment_id=c.shipment_id,
                    order_id=c.order_id,
                    customer_id=c.customer_id,
                    latitude=c.latitude,
                    longitude=c.longitude,
                    weight_kg=c.weight_kg,
                    volume_m3=c.volume_m3,
                )
            )
        runs.append(
            PlannedRun(
                run_id=run_id,
                vehicle=v.vehicle,
                stops=stops,
                weight_kg=load.weight_kg,
                volume_m3=load.volume_m3,
                distance_km=distance,
            )
        )
    return [
        DeliveryRunsPlanned(
            warehouse=warehouse,
            day=command.day,
            runs=runs,
            unplanned=[
                UnplannedShipment(shipment_id=c.shipment_id, reason=why)
                for c, why in sorted(left, key=lambda x: str(x[0].shipment_id))
            ],
        )
    ]
