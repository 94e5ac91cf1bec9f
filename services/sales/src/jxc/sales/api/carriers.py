"""Carriers over HTTP (role sales; admin may too): register, add a service, set a service's
rate card; the carriers, one carrier, and a freight quote from its rate card."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.events import limits
from jxc.events.ids import uuid7
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRequest, CommandRouter
from jxc.sales.api.fields import Code, Currency, Text, Weight
from jxc.sales.app.carriers import Carriers
from jxc.sales.domain.carrier import (
    AddCarrierService,
    Bracket,
    CarrierCommand,
    CarrierState,
    RegisterCarrier,
    ServiceDetails,
    SetRateCard,
    Zone,
    quote,
)


class ServiceBody(Body):
    code: Code
    name: Text

    def details(self) -> ServiceDetails:
        return ServiceDetails(self.code, self.name)


class RegisterCarrierBody(Body):
    carrier_id: UUID | None = None
    code: Code
    name: Text
    currency: Currency
    own_fleet: bool = Field(default=False, description="our own vehicles (delivery runs)")
    services: Annotated[list[ServiceBody], Field(max_length=50)] = Field(default_factory=list)


class BracketBody(Body):
    up_to_kg: Weight
    price: limits.NonNegativeAmount


class ZoneBody(Body):
    zone: Code
    destinations: Annotated[
        list[Code],
        Field(min_length=1, max_length=500, description="cities or ISO country codes; * for all"),
    ]
    brackets: Annotated[list[BracketBody], Field(min_length=1, max_length=100)]


class RateCardBody(Body):
    zones: Annotated[list[ZoneBody], Field(min_length=1, max_length=100)]


def carriers_router(carriers: Carriers) -> CommandRouter:
    router = CommandRouter(tags=["carriers"])

    async def run(command: CarrierCommand, name: str, cmd: CommandRequest) -> dict[str, Any]:
        return cmd.answer(await carriers.handle(command, cmd.meta, name, **cmd.idempotency))

    @router.command("/carriers", role=Role.SALES, status_code=201)
    async def register_carrier(body: RegisterCarrierBody, cmd: Command) -> dict[str, Any]:
        command = RegisterCarrier(
            carrier_id=body.carrier_id or uuid7(),
            code=body.code,
            name=body.name,
            currency=body.currency,
            own_fleet=body.own_fleet,
            services=tuple(s.details() for s in body.services),
        )
        return await run(command, "register-carrier", cmd)

    @router.command("/carriers/{carrier_id}/services", role=Role.SALES)
    async def add_carrier_service(
        carrier_id: UUID, body: ServiceBody, cmd: Command
    ) -> dict[str, Any]:
        return await run(AddCarrierService(carrier_id, body.details()), "add-carrier-service", cmd)

    @router.command("/carriers/{carrier_id}/services/{service}/rate-card", role=Role.SALES)
    async def set_rate_card(
        carrier_id: UUID, service: Code, body: RateCardBody, cmd: Command
    ) -> dict[str, Any]:
        zones = tuple(
            Zone(
                z.zone,
                tuple(z.destinations),
                tuple(Bracket(b.up_to_kg, b.price) for b in z.brackets),
            )
            for z in body.zones
        )
        return await run(SetRateCard(carrier_id, service, zones), "set-rate-card", cmd)

    @router.get("/carriers")
    async def list_carriers() -> dict[str, Any]:
        rows = await carriers.listed()
        return {"items": [{**row, "carrier_id": str(row["carrier_id"])} for row in rows]}

    @router.get("/carriers/{carrier_id}")
    async def get_carrier(carrier_id: UUID) -> dict[str, Any]:
        state, version = await carriers.get(carrier_id)
        return {"carrier_id": carrier_id, "version": version, **_view(state)}

    @router.get("/carriers/{carrier_id}/quote")
    async def quote_freight(
        carrier_id: UUID,
        service: Annotated[Code, Query()],
        weight_kg: Annotated[Weight, Query()],
        city: Annotated[Code | None, Query()] = None,
        country: Annotated[Code | None, Query()] = None,
    ) -> dict[str, Any]:
        state, _ = await carriers.get(carrier_id)
        found = quote(state, service, city, country, Decimal(weight_kg))
        return {
            "zone": found.zone,
            "freight_cost": {"amount": str(found.price), "currency": found.currency},
        }

    return router


def _view(state: CarrierState) -> dict[str, Any]:
    return {
        "code": state.code,
        "name": state.name,
        "currency": state.currency,
        "own_fleet": state.own_fleet,
        "services": [
            {
                **s.model_dump(mode="json"),
                "rate_card": [z.model_dump(mode="json") for z in state.rate_cards.get(s.code, ())],
            }
            for s in state.services
        ],
    }
