"""The sales order's decider: each command to the module that decides it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.sales.domain.order import lifecycle, placing, reserving
from jxc.sales.domain.order.commands import (
    CancelOrder,
    CloseOrder,
    ConfirmOrder,
    OrderCommand,
    PlaceOrder,
    RecordBackorderWithdrawn,
    RecordDelivery,
    RecordLineBackordered,
    RecordLineRejected,
    RecordLineReleased,
    RecordLineReserved,
    RecordShipment,
    RefuseCredit,
    ReleaseCredit,
)
from jxc.sales.domain.order.state import OrderState, evolve


def decide(command: OrderCommand, state: OrderState) -> Sequence[DomainEvent]:
    match command:
        case PlaceOrder():
            return placing.place(command, state)
        case ReleaseCredit():
            return placing.release(command, state)
        case RefuseCredit():
            return placing.refuse(command, state)
        case RecordLineReserved():
            return reserving.reserved(command, state)
        case RecordLineBackordered():
            return reserving.backordered(command, state)
        case RecordLineRejected():
            return reserving.rejected(command, state)
        case RecordLineReleased():
            return reserving.released(command, state)
        case RecordBackorderWithdrawn():
            return reserving.withdrawn(command, state)
        case ConfirmOrder():
            return lifecycle.confirm(command, state)
        case RecordShipment():
            return lifecycle.ship(command, state)
        case RecordDelivery():
            return lifecycle.deliver(command, state)
        case CloseOrder():
            return lifecycle.close(command, state)
        case CancelOrder():
            return lifecycle.cancel(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


order_decider: Decider[OrderCommand, OrderState] = Decider(
    stream_prefix="sales-order",
    initial_state=OrderState(),
    decide=decide,
    evolve=evolve,
    state_type=OrderState,
)
