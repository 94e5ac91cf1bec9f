"""Sales order: taken and priced, placed or held on credit, reserved line by line from
inventory's answers, confirmed, shipped, delivered, closed; or cancelled. Pure: no I/O, no
clock, no ids made here."""

from jxc.sales.domain.order.commands import (
    CancelOrder,
    CloseOrder,
    ConfirmOrder,
    Coupon,
    Credit,
    CustomerFacts,
    LinePrice,
    LineRequest,
    OrderCommand,
    OrderDiscount,
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
    Voucher,
)
from jxc.sales.domain.order.decider import order_decider
from jxc.sales.domain.order.state import LineState, OrderState, Reservation, Stage

__all__ = [
    "CancelOrder",
    "CloseOrder",
    "ConfirmOrder",
    "Coupon",
    "Credit",
    "CustomerFacts",
    "LinePrice",
    "LineRequest",
    "LineState",
    "OrderCommand",
    "OrderDiscount",
    "OrderState",
    "PlaceOrder",
    "RecordBackorderWithdrawn",
    "RecordDelivery",
    "RecordLineBackordered",
    "RecordLineRejected",
    "RecordLineReleased",
    "RecordLineReserved",
    "RecordShipment",
    "RefuseCredit",
    "ReleaseCredit",
    "Reservation",
    "Stage",
    "Voucher",
    "order_decider",
]
