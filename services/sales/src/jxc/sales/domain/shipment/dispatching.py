"""Dispatching a packed shipment with a carrier: sales.OrderShipped says what left which
warehouse (inventory issues it), sales.FreightCharged what carrying it costs (finance posts
it; none when it costs nothing, as our own fleet without a rate card)."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.logistics import ShipmentDispatched
from jxc.events.contracts.sales import FreightCharged, OrderShipped, ShippedLine
from jxc.events.limits import MAX_CODE
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_currency, check_number, optional_text
from jxc.sales.domain.carrier import quote
from jxc.sales.domain.shipment._guards import in_status
from jxc.sales.domain.shipment.commands import DispatchShipment
from jxc.sales.domain.shipment.state import ShipmentState, ShipmentStatus


def dispatch(command: DispatchShipment, state: ShipmentState) -> list[DomainEvent]:
    in_status(state, command.shipment_id, {ShipmentStatus.PACKED}, "dispatch it (pack it first)")
    if command.order_cancelled:
        raise StateConflict(
            f"order {state.order_id} was cancelled: cancel this shipment and put the goods back",
            fields=("shipment_id",),
        )
    carrier = command.carrier
    if not carrier.exists:
        raise NotFound(f"there is no carrier {command.carrier_id}", fields=("carrier_id",))
    if not carrier.has_service(command.service):
        raise NotFound(
            f"carrier {carrier.code} has no service {command.service}", fields=("service",)
        )
    tracking = optional_text(
        command.tracking_number, "tracking_number", "tracking number", max_length=MAX_CODE
    )
    if tracking is None and not carrier.own_fleet:
        raise DomainError(
            f"a shipment handed to {carrier.code} needs its tracking number",
            fields=("tracking_number",),
        )
    freight, source, zone = _freight(command, state)
    assert state.order_id is not None and state.customer_id is not None
    events: list[DomainEvent] = [
        ShipmentDispatched(
            shipment_id=command.shipment_id,
            carrier_id=command.carrier_id,
            carrier=carrier.code,
            service=command.service,
            own_fleet=carrier.own_fleet,
            tracking_number=tracking,
            freight_cost=freight,
            freight_from=source,
            zone=zone,
            dispatched_on=command.dispatched_on,
        ),
        OrderShipped(
            order_id=state.order_id,
            shipment_id=command.shipment_id,
            customer_id=state.customer_id,
            lines=[
                ShippedLine(
                    line_no=line.line_no,
                    sku=line.sku,
                    warehouse=state.warehouse,
                    quantity=line.quantity,
                    unit=line.unit,
                )
                for line in state.lines
            ],
            carrier=carrier.code,
            tracking_number=tracking,
        ),
    ]
    if freight.amount > 0:
        events.append(
            FreightCharged(
                shipment_id=command.shipment_id,
                order_id=state.order_id,
                warehouse=state.warehouse,
                carrier=carrier.code,
                freight_cost=freight,
                dispatched_on=command.dispatched_on,
            )
        )
    return events


def _freight(
    command: DispatchShipment, state: ShipmentState
) -> tuple[Money, Literal["rate_card", "given"], str | None]:
    carrier = command.carrier
    if command.freight_cost is not None:
        amount = check_number(command.freight_cost, "freight_cost", "the freight cost")
        if amount < 0:
            raise DomainError("the freight cost must be zero or more", fields=("freight_cost",))
        currency = check_currency(command.freight_currency or carrier.currency, "currency")
        return Money(amount=amount, currency=currency), "given", None
    if carrier.own_fleet and command.service not in carrier.rate_cards:
        return Money(amount=Decimal(0), currency=carrier.currency), "given", None
    assert state.weight_kg is not None
    where = state.destination
    found = quote(
        carrier,
        command.service,
        where.city if where else None,
        where.country if where else None,
        state.weight_kg,
    )
    return Money(amount=found.price, currency=found.currency), "rate_card", found.zone
