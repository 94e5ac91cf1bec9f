"""Carrier: who carries shipments (a parcel company, or our own fleet), its services and the
rate card of each service (price by zone and weight). Pure: no I/O, no clock, no ids made."""

from jxc.sales.domain.carrier.commands import (
    AddCarrierService,
    Bracket,
    CarrierCommand,
    RegisterCarrier,
    ServiceDetails,
    SetRateCard,
    Zone,
)
from jxc.sales.domain.carrier.decider import carrier_decider
from jxc.sales.domain.carrier.rates import Quote, quote
from jxc.sales.domain.carrier.state import CarrierState

__all__ = [
    "AddCarrierService",
    "Bracket",
    "CarrierCommand",
    "CarrierState",
    "Quote",
    "RegisterCarrier",
    "ServiceDetails",
    "SetRateCard",
    "Zone",
    "carrier_decider",
    "quote",
]
