"""Shipment: what of an order leaves one warehouse together. Created from the order's
reserved lines → picked (the pick list) → packed (parcels) → dispatched with a carrier
(sales.OrderShipped, sales.FreightCharged) → tracked → delivered with proof
(sales.OrderDelivered). Pure: no I/O, no clock, no ids made here."""

from jxc.sales.domain.shipment.commands import (
    CancelShipment,
    CreateShipment,
    DeliverShipment,
    DispatchShipment,
    OrderFacts,
    OrderLineFacts,
    PackShipment,
    ParcelDetails,
    PickShipment,
    ShipmentCommand,
    TrackShipment,
    Wanted,
)
from jxc.sales.domain.shipment.creating import line_value
from jxc.sales.domain.shipment.decider import shipment_decider
from jxc.sales.domain.shipment.state import ShipmentState, ShipmentStatus

__all__ = [
    "CancelShipment",
    "CreateShipment",
    "DeliverShipment",
    "DispatchShipment",
    "OrderFacts",
    "OrderLineFacts",
    "PackShipment",
    "ParcelDetails",
    "PickShipment",
    "ShipmentCommand",
    "ShipmentState",
    "ShipmentStatus",
    "TrackShipment",
    "Wanted",
    "line_value",
    "shipment_decider",
]
