"""The pure domain of purchasing: commands, states and deciders (no I/O, no clock, no ids)."""

from jxc.purchasing.domain.purchase_order import (
    OVER_RECEIPT_TOLERANCE,
    ApprovePurchaseOrder,
    CreatePurchaseOrder,
    OrderLine,
    PurchaseOrderCommand,
    PurchaseOrderLineState,
    PurchaseOrderState,
    PurchaseOrderStatus,
    ReceiptLine,
    RecordGoodsReceipt,
    purchase_order_decider,
)
from jxc.purchasing.domain.supplier import (
    RegisterSupplier,
    SupplierCommand,
    SupplierState,
    supplier_decider,
)

__all__ = [
    "OVER_RECEIPT_TOLERANCE",
    "ApprovePurchaseOrder",
    "CreatePurchaseOrder",
    "OrderLine",
    "PurchaseOrderCommand",
    "PurchaseOrderLineState",
    "PurchaseOrderState",
    "PurchaseOrderStatus",
    "ReceiptLine",
    "RecordGoodsReceipt",
    "RegisterSupplier",
    "SupplierCommand",
    "SupplierState",
    "purchase_order_decider",
    "supplier_decider",
]
