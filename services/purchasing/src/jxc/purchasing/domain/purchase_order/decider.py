"""The purchase order's decider: each command to the module that decides it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider
from jxc.purchasing.domain.purchase_order.approving import approve, reject, submit
from jxc.purchasing.domain.purchase_order.commands import (
    ApprovePurchaseOrder,
    CancelPurchaseOrder,
    ClosePurchaseOrder,
    CreatePurchaseOrder,
    PurchaseOrderCommand,
    RaiseSupplierClaim,
    RecordGoodsReceipt,
    RejectPurchaseOrder,
    SendPurchaseOrder,
    ShipPurchaseReturn,
    SubmitPurchaseOrder,
)
from jxc.purchasing.domain.purchase_order.creating import create
from jxc.purchasing.domain.purchase_order.lifecycle import cancel, close, send
from jxc.purchasing.domain.purchase_order.receiving import receive
from jxc.purchasing.domain.purchase_order.rejected_goods import raise_claim, ship_return
from jxc.purchasing.domain.purchase_order.state import PurchaseOrderState, evolve


def decide(command: PurchaseOrderCommand, state: PurchaseOrderState) -> Sequence[DomainEvent]:
    match command:
        case CreatePurchaseOrder():
            return create(command, state)
        case SubmitPurchaseOrder():
            return submit(command, state)
        case ApprovePurchaseOrder():
            return approve(command, state)
        case RejectPurchaseOrder():
            return reject(command, state)
        case SendPurchaseOrder():
            return send(command, state)
        case RecordGoodsReceipt():
            return receive(command, state)
        case ClosePurchaseOrder():
            return close(command, state)
        case CancelPurchaseOrder():
            return cancel(command, state)
        case ShipPurchaseReturn():
            return ship_return(command, state)
        case RaiseSupplierClaim():
            return raise_claim(command, state)
        case _:  # pragma: no cover - exhaustive
            assert_never(command)


purchase_order_decider: Decider[PurchaseOrderCommand, PurchaseOrderState] = Decider(
    stream_prefix="purchase-order",
    initial_state=PurchaseOrderState(),
    decide=decide,
    evolve=evolve,
    state_type=PurchaseOrderState,
)
