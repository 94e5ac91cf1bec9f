"""Picking (the pick list done) and packing (parcels with weight and volume)."""

from __future__ import annotations

from decimal import Decimal

from jxc.events.base import DomainEvent
from jxc.events.contracts.logistics import Parcel, ShipmentPacked, ShipmentPicked
from jxc.events.limits import MAX_NAME
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_quantity, check_text
from jxc.sales.domain.shipment._guards import in_status
from jxc.sales.domain.shipment.commands import PackShipment, PickShipment
from jxc.sales.domain.shipment.state import ShipmentState, ShipmentStatus


def pick(command: PickShipment, state: ShipmentState) -> list[DomainEvent]:
    in_status(state, command.shipment_id, {ShipmentStatus.CREATED}, "pick it")
    by = check_text(command.picked_by, "picked_by", "who picked", max_length=MAX_NAME)
    return [ShipmentPicked(shipment_id=command.shipment_id, picked_by=by)]


def pack(command: PackShipment, state: ShipmentState) -> list[DomainEvent]:
    """Packing again before dispatch replaces the parcels."""
    in_status(state, command.shipment_id, {ShipmentStatus.PICKED, ShipmentStatus.PACKED}, "pack it")
    if not command.parcels:
        raise DomainError("pack at least one parcel", fields=("parcels",))
    parcels = [
        Parcel(
            parcel_no=i,
            weight_kg=check_quantity(p.weight_kg, f"parcels.{i - 1}.weight_kg", "the weight"),
            volume_m3=check_quantity(p.volume_m3, f"parcels.{i - 1}.volume_m3", "the volume"),
        )
        for i, p in enumerate(command.parcels, start=1)
    ]
    return [
        ShipmentPacked(
            shipment_id=command.shipment_id,
            parcels=parcels,
            weight_kg=sum((p.weight_kg for p in parcels), Decimal(0)),
            volume_m3=sum((p.volume_m3 for p in parcels), Decimal(0)),
        )
    ]
