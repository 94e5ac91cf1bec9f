"""Delivery runs for our own vehicles: a warehouse's shipments of a day, dispatched with our
own fleet, grouped into one run per vehicle within its capacity (weight and volume), each
run's stops ordered by nearest neighbour and 2-opt. Pure: no I/O, no clock, no ids made."""

from jxc.sales.domain.delivery_run.commands import Consignment, PlanDeliveryRuns, Vehicle
from jxc.sales.domain.delivery_run.decider import day_key, delivery_day_decider
from jxc.sales.domain.delivery_run.state import DeliveryDayState

__all__ = [
    "Consignment",
    "DeliveryDayState",
    "PlanDeliveryRuns",
    "Vehicle",
    "day_key",
    "delivery_day_decider",
]
