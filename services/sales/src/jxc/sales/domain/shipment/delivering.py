"""Proof of delivery (who signed, when) → sales.OrderDelivered with the net value of the
shipment's lines, and whether every line of the order is now delivered. Cancelling a
shipment that has not left."""

from __future__ import annotations

from decimal import Decimal

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.logistics import ShipmentCancelled
from jxc.events.contracts.sales import OrderDelivered
from jxc.events.limits import MAX_NAME, MAX_REASON
from jxc.platform.decider import DomainError
from jxc.platform.value_checks import check_text, optional_text
from jxc.sales.domain.shipment._guards import in_status
from jxc.sales.domain.shipment.commands import CancelShipment, DeliverShipment
from jxc.sales.domain.shipment.state import ON_ITS_WAY, ShipmentState, ShipmentStatus


def deliver(command: DeliverShipment, state: ShipmentState) -> list[DomainEvent]:
    in_status(state, command.shipment_id, set(ON_ITS_WAY), "record its delivery")
    assert state.order_id is not None and state.customer_id is not None
    assert state.dispatched_on is not None
    if command.delivered_at.date() < state.dispatched_on:
        raise DomainError(
            f"it was dispatched on {state.dispatched_on}: it cannot be delivered before",
            fields=("delivered_at",),
        )
    delivered = dict(command.delivered_before)
    for line in state.lines:
        delivered[line.line_no] = delivered.get(line.line_no, Decimal(0)) + line.quantity
    fully = all(delivered.get(n, Decimal(0)) >= q for n, q in command.ordered.items())
    return [
        OrderDelivered(
            order_id=state.order_id,
            shipment_id=command.shipment_id,
            customer_id=state.customer_id,
            delivered_at=command.delivered_at,
            signed_by=optional_text(
                command.signed_by, "signed_by", "who signed", max_length=MAX_NAME
            ),
            value=Money(amount=state.value, currency=state.currency),
            fully_delivered=fully,
        )
    ]


def cancel(command: CancelShipment, state: ShipmentState) -> list[DomainEvent]:
    before = {ShipmentStatus.CREATED, ShipmentStatus.PICKED, ShipmentStatus.PACKED}
    in_status(state, command.shipment_id, before, "cancel it (it has left)")
    reason = check_text(command.reason, "reason", "the reason", max_length=MAX_REASON)
    return [ShipmentCancelled(shipment_id=command.shipment_id, reason=reason)]
