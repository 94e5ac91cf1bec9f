"""Vehicle: one of our own fleet, based at a warehouse, with what it can carry (weight,
volume) and the depot its delivery runs start from and return to."""

from jxc.sales.domain.vehicle.commands import RegisterVehicle
from jxc.sales.domain.vehicle.decider import vehicle_decider
from jxc.sales.domain.vehicle.state import VehicleState

__all__ = ["RegisterVehicle", "VehicleState", "vehicle_decider"]
