"""Test data for the purchase order and the aggregates that build on it: an order in EUR with
two lines, 100 pcs of BOLT-M8 at 0.25 and 10 kg of GREASE at 12.50, both due on DUE."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from typing import Any
from uuid import UUID

from jxc.events.base import Money
from jxc.events.contracts.purchasing import (
    GoodsReceived,
    PurchaseOrderApproved,
    PurchaseOrderCreated,
    PurchaseOrderLine,
    ReceivedLine,
)
from jxc.purchasing.domain import (
    ApprovePurchaseOrder,
    CreatePurchaseOrder,
    OrderLine,
    ReceiptLine,
    RecordGoodsReceipt,
)

PO = UUID("0190a000-0000-7000-8000-0000000000a1")
SUPPLIER = UUID("0190a000-0000-7000-8000-000000000001")
RECEIPT_1 = UUID("0190a000-0000-7000-8000-0000000000b1")
RECEIPT_2 = UUID("0190a000-0000-7000-8000-0000000000b2")
RECEIPT_3 = UUID("0190a000-0000-7000-8000-0000000000b3")
DUE = date(2026, 12, 1)


def eur(amount: str) -> Money:
    return Money(amount=D(amount), currency="EUR")


def order_line(line_no: int = 1, **changes: Any) -> OrderLine:
    values: dict[str, Any] = {
        "line_no": line_no,
        "sku": "BOLT-M8",
        "quantity": D("100"),
        "unit": "pcs",
        "unit_price": D("0.25"),
        "warehouse": "WH-SH",
        "expected_date": DUE,
    }
    values.update(changes)
    return OrderLine(**values)


GREASE = {"sku": "GREASE", "quantity": D("10"), "unit": "kg", "unit_price": D("12.50")}


def create(*lines: OrderLine, **changes: Any) -> CreatePurchaseOrder:
    values: dict[str, Any] = {
        "purchase_order_id": PO,
        "supplier_id": SUPPLIER,
        "supplier_currency": "EUR",
        "supplier_blocked": False,
        "currency": "EUR",
        "lines": list(lines) or [order_line(1), order_line(2, **GREASE)],
    }
    values.update(changes)
    return CreatePurchaseOrder(**values)


def created() -> PurchaseOrderCreated:
    return PurchaseOrderCreated(
        purchase_order_id=PO,
        supplier_id=SUPPLIER,
        currency="EUR",
        lines=[
            PurchaseOrderLine(
                line_no=1,
                sku="BOLT-M8",
                quantity=D("100"),
                unit="pcs",
                unit_price=eur("0.25"),
                warehouse="WH-SH",
                expected_date=DUE,
            ),
            PurchaseOrderLine(
                line_no=2,
                sku="GREASE",
                quantity=D("10"),
                unit="kg",
                unit_price=eur("12.50"),
                warehouse="WH-SH",
                expected_date=DUE,
            ),
        ],
        total=eur("150.00"),
    )


def approve(by: str = "li.wei") -> ApprovePurchaseOrder:
    return ApprovePurchaseOrder(purchase_order_id=PO, approved_by=by)


def approved() -> PurchaseOrderApproved:
    return PurchaseOrderApproved(purchase_order_id=PO, approved_by="li.wei", total=eur("150.00"))


def receive(*lines: ReceiptLine, receipt_id: UUID = RECEIPT_1) -> RecordGoodsReceipt:
    return RecordGoodsReceipt(purchase_order_id=PO, receipt_id=receipt_id, lines=list(lines))


def got(line_no: int, accepted: str, rejected: str = "0", **changes: Any) -> ReceiptLine:
    return ReceiptLine(
        line_no=line_no, quantity_accepted=D(accepted), quantity_rejected=D(rejected), **changes
    )


def bolts(accepted: str, rejected: str = "0", **changes: Any) -> ReceivedLine:
    values: dict[str, Any] = {
        "line_no": 1,
        "sku": "BOLT-M8",
        "warehouse": "WH-SH",
        "unit": "pcs",
        "quantity_accepted": D(accepted),
        "quantity_rejected": D(rejected),
        "unit_cost": eur("0.25"),
        "expected_date": DUE,
    }
    values.update(changes)
    return ReceivedLine(**values)


def grease(accepted: str, rejected: str = "0", **changes: Any) -> ReceivedLine:
    values: dict[str, Any] = {
        "line_no": 2,
        "sku": "GREASE",
        "warehouse": "WH-SH",
        "unit": "kg",
        "quantity_accepted": D(accepted),
        "quantity_rejected": D(rejected),
        "unit_cost": eur("12.50"),
        "expected_date": DUE,
    }
    values.update(changes)
    return ReceivedLine(**values)


def received(*lines: ReceivedLine, receipt_id: UUID = RECEIPT_1) -> GoodsReceived:
    return GoodsReceived(
        receipt_id=receipt_id, purchase_order_id=PO, supplier_id=SUPPLIER, lines=list(lines)
    )
