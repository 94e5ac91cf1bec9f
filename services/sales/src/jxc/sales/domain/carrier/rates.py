"""Rate cards: setting one (zones that do not overlap, brackets that rise) and quoting the
freight of a packed shipment from it: the zone of the destination (its city first, then its
country, then the catch-all `*`), then the first bracket the weight fits under."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jxc.events.base import DomainEvent
from jxc.events.contracts.logistics import RateCardSet, WeightBracket, ZoneRates
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.value_checks import check_code, check_number, check_quantity, fmt
from jxc.sales.domain.carrier.commands import SetRateCard, Zone
from jxc.sales.domain.carrier.registering import existing
from jxc.sales.domain.carrier.state import CarrierState

ANYWHERE = "*"


def set_rate_card(command: SetRateCard, state: CarrierState) -> list[DomainEvent]:
    existing(state, command.carrier_id)
    if not state.has_service(command.service):
        raise NotFound(
            f"carrier {state.code} has no service {command.service}; add it first",
            fields=("service",),
        )
    if not command.zones:
        raise DomainError("a rate card needs at least one zone", fields=("zones",))
    zones: list[ZoneRates] = []
    covered: dict[str, str] = {}
    for i, zone in enumerate(command.zones):
        checked = _zone(zone, f"zones.{i}")
        if any(z.zone == checked.zone for z in zones):
            raise DomainError(f"zone {checked.zone} is named twice", fields=(f"zones.{i}.zone",))
        for destination in checked.destinations:
            key = destination.upper()
            if key in covered:
                raise DomainError(
                    f"destination {destination} is in zone {covered[key]} and zone "
                    f"{checked.zone}; a destination belongs to one zone",
                    fields=(f"zones.{i}.destinations",),
                )
            covered[key] = checked.zone
        zones.append(checked)
    return [
        RateCardSet(
            carrier_id=command.carrier_id,
            service=command.service,
            currency=state.currency,
            zones=zones,
        )
    ]


def _zone(zone: Zone, at: str) -> ZoneRates:
    code = check_code(zone.zone, f"{at}.zone", "zone")
    if not zone.destinations:
        raise DomainError(f"zone {code} covers no destination", fields=(f"{at}.destinations",))
    destinations = [
        check_code(d, f"{at}.destinations.{j}", "destination")
        for j, d in enumerate(zone.destinations)
    ]
    if not zone.brackets:
        raise DomainError(f"zone {code} has no weight bracket", fields=(f"{at}.brackets",))
    brackets: list[WeightBracket] = []
    for j, bracket in enumerate(zone.brackets):
        where = f"{at}.brackets.{j}"
        up_to = check_quantity(bracket.up_to_kg, f"{where}.up_to_kg", "the bracket's weight")
        price = check_number(bracket.price, f"{where}.price", "the bracket's price")
        if price < 0:
            raise DomainError("a price must be zero or more", fields=(f"{where}.price",))
        if brackets and up_to <= brackets[-1].up_to_kg:
            raise DomainError(
                f"brackets must rise: {fmt(up_to)} kg comes after {fmt(brackets[-1].up_to_kg)} kg",
                fields=(f"{where}.up_to_kg",),
            )
        brackets.append(WeightBracket(up_to_kg=up_to, price=price))
    return ZoneRates(zone=code, destinations=destinations, brackets=brackets)


@dataclass(frozen=True, slots=True)
class Quote:
    zone: str
    price: Decimal
    currency: str


def quote(
    state: CarrierState, service: str, city: str | None, country: str | None, weight_kg: Decimal
) -> Quote:
    """The freight of `weight_kg` to (city, country) by `service`, from the rate card.
    A DomainError says why there is none (give the freight cost then)."""
    zones = state.rate_cards.get(service)
    if not zones:
        raise DomainError(
            f"service {service} of carrier {state.code} has no rate card: give the freight cost",
            fields=("freight_cost",),
        )
    zone = _zone_of(zones, city, country)
    if zone is None:
        raise DomainError(
            f"no zone of the {state.code} {service} rate card covers {city}, {country}: "
            "give the freight cost",
            fields=("freight_cost",),
        )
    for bracket in zone.brackets:
        if weight_kg <= bracket.up_to_kg:
            return Quote(zone.zone, bracket.price, state.currency)
    raise DomainError(
        f"{fmt(weight_kg)} kg is above the heaviest bracket of zone {zone.zone} "
        f"({fmt(zone.brackets[-1].up_to_kg)} kg): give the freight cost",
        fields=("freight_cost",),
    )


def _zone_of(
    zones: tuple[ZoneRates, ...], city: str | None, country: str | None
) -> ZoneRates | None:
    for wanted in (city, country, ANYWHERE):
        if wanted is None:
            continue
        for zone in zones:
            if any(d.upper() == wanted.upper() for d in zone.destinations):
                return zone
    return None
