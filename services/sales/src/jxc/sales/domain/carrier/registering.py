"""Registering a carrier and adding services to it."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.logistics import CarrierRegistered, CarrierService, CarrierServiceAdded
from jxc.events.limits import MAX_NAME
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_code, check_currency, check_text
from jxc.sales.domain.carrier.commands import AddCarrierService, RegisterCarrier, ServiceDetails
from jxc.sales.domain.carrier.state import CarrierState


def register(command: RegisterCarrier, state: CarrierState) -> list[DomainEvent]:
    if state.exists:
        raise StateConflict(
            f"carrier {command.carrier_id} is already registered (as {state.code})",
            fields=("carrier_id",),
        )
    services = _services(command.services)
    return [
        CarrierRegistered(
            carrier_id=command.carrier_id,
            code=check_code(command.code, "code", "carrier code"),
            name=check_text(command.name, "name", "carrier name", max_length=MAX_NAME),
            currency=check_currency(command.currency, "currency"),
            own_fleet=command.own_fleet,
            services=list(services),
        )
    ]


def add_service(command: AddCarrierService, state: CarrierState) -> list[DomainEvent]:
    existing(state, command.carrier_id)
    [service] = _services([command.service], "service")
    if state.has_service(service.code):
        raise StateConflict(
            f"carrier {state.code} already has a service {service.code}",
            fields=("service.code",),
        )
    return [CarrierServiceAdded(carrier_id=command.carrier_id, service=service)]


def existing(state: CarrierState, carrier_id: UUID) -> None:
    if not state.exists:
        raise NotFound(f"there is no carrier {carrier_id}", fields=("carrier_id",))


def _services(values: Sequence[ServiceDetails], at: str = "services") -> tuple[CarrierService, ...]:
    checked: list[CarrierService] = []
    for i, value in enumerate(values):
        where = at if at == "service" else f"{at}.{i}"
        code = check_code(value.code, f"{where}.code", "service code")
        if any(s.code == code for s in checked):
            raise DomainError(f"service {code} is named twice", fields=(f"{where}.code",))
        name = check_text(value.name, f"{where}.name", "service name", max_length=MAX_NAME)
        checked.append(CarrierService(code=code, name=name))
    return tuple(checked)
