"""Events published by purchasing on jxc.purchasing.events."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from jxc.events.base import (
    Code,
    Currency,
    DomainEvent,
    Money,
    NonNegativeQuantity,
    PositiveQuantity,
    Sku,
    Unit,
)
from jxc.events.contracts.registry import registry


@registry.register
class SupplierRegistered(DomainEvent):
    event_type = "purchasing.SupplierRegistered"

    supplier_id: UUID
    code: Code
    name: str
    currency: Currency
    payment_terms_days: int = 30
    email: str | None = None


class PurchaseOrderLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    quantity: PositiveQuantity
    unit: Unit
    unit_price: Money
    warehouse: Code
    expected_date: date | None = None


@registry.register
class PurchaseOrderCreated(DomainEvent):
    event_type = "purchasing.PurchaseOrderCreated"

    purchase_order_id: UUID
    supplier_id: UUID
    currency: Currency
    lines: Annotated[list[PurchaseOrderLine], Field(min_length=1)]
    total: Money


@registry.register
class PurchaseOrderApproved(DomainEvent):
    event_type = "purchasing.PurchaseOrderApproved"

    purchase_order_id: UUID
    approved_by: str
    total: Money


class ReceivedLine(BaseModel):
    """One inspected line: only `quantity_accepted` enters stock."""

    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    warehouse: Code
    unit: Unit
    quantity_accepted: NonNegativeQuantity
    quantity_rejected: NonNegativeQuantity
    rejection_reason: str | None = None
    unit_cost: Money
    lot: str | None = None


@registry.register
class GoodsReceived(DomainEvent):
    event_type = "purchasing.GoodsReceived"

    receipt_id: UUID
    purchase_order_id: UUID
    supplier_id: UUID
    lines: Annotated[list[ReceivedLine], Field(min_length=1)]
