"""Purchase order: drafted, submitted, approved (twice above a threshold), sent, received with
inspection (in part or in full), closed, or cancelled before any receipt.

Pure: no I/O, no clock, no ids made here; every id comes in with its command. What the order
needs to know about its supplier (currency, blocked) comes in with the command too, read by
the command handler from the supplier's stream."""

from jxc.purchasing.domain.purchase_order.commands import (
    ApprovePurchaseOrder,
    CancelPurchaseOrder,
    ClaimLine,
    ClosePurchaseOrder,
    CreatePurchaseOrder,
    OrderLine,
    PurchaseOrderCommand,
    RaiseSupplierClaim,
    ReceiptLine,
    RecordGoodsReceipt,
    RejectPurchaseOrder,
    ReturnLine,
    SendPurchaseOrder,
    ShipPurchaseReturn,
    SubmitPurchaseOrder,
)
from jxc.purchasing.domain.purchase_order.decider import purchase_order_decider
from jxc.purchasing.domain.purchase_order.state import (
    OPEN_STATUSES,
    OVER_RECEIPT_TOLERANCE,
    PurchaseOrderLineState,
    PurchaseOrderState,
    PurchaseOrderStatus,
)

__all__ = [
    "OPEN_STATUSES",
    "OVER_RECEIPT_TOLERANCE",
    "ApprovePurchaseOrder",
    "CancelPurchaseOrder",
    "ClaimLine",
    "ClosePurchaseOrder",
    "CreatePurchaseOrder",
    "OrderLine",
    "PurchaseOrderCommand",
    "PurchaseOrderLineState",
    "PurchaseOrderState",
    "PurchaseOrderStatus",
    "RaiseSupplierClaim",
    "ReceiptLine",
    "RecordGoodsReceipt",
    "RejectPurchaseOrder",
    "ReturnLine",
    "SendPurchaseOrder",
    "ShipPurchaseReturn",
    "SubmitPurchaseOrder",
    "purchase_order_decider",
]
