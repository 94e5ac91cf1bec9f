"""Events published by purchasing on jxc.purchasing.events."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from jxc.events.base import (
    Amount,
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
from jxc.events.limits import Text


@registry.register
class SupplierRegistered(DomainEvent):
    event_type = "purchasing.SupplierRegistered"

    supplier_id: UUID
    code: Code
    name: Text
    currency: Currency
    payment_terms_days: int = 30
    email: Text | None = None


@registry.register
class SupplierUpdated(DomainEvent):
    """The supplier's changeable details, all of them as they are now (code and currency
    never change)."""

    event_type = "purchasing.SupplierUpdated"

    supplier_id: UUID
    name: Text
    payment_terms_days: int
    email: Text | None = None


@registry.register
class SupplierBlocked(DomainEvent):
    """No new purchase orders may be placed with the supplier until it is unblocked."""

    event_type = "purchasing.SupplierBlocked"

    supplier_id: UUID
    blocked_by: Text
    reason: Text


@registry.register
class SupplierUnblocked(DomainEvent):
    event_type = "purchasing.SupplierUnblocked"

    supplier_id: UUID
    unblocked_by: Text
    reason: Text


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
    suggestion_id: UUID | None = None  # the purchase-plan suggestion it was drafted from


@registry.register
class PurchaseOrderApproved(DomainEvent):
    event_type = "purchasing.PurchaseOrderApproved"

    purchase_order_id: UUID
    approved_by: Text
    total: Money
    first_approved_by: Text | None = None  # set when the order needed two approvals


@registry.register
class PurchaseOrderSubmitted(DomainEvent):
    """A draft handed in for approval."""

    event_type = "purchasing.PurchaseOrderSubmitted"

    purchase_order_id: UUID
    submitted_by: Text
    total: Money


@registry.register
class PurchaseOrderRejected(DomainEvent):
    """An approver sent the submitted order back to the buyer: it is a draft again (any first
    approval forgotten), to be changed or cancelled, or submitted again."""

    event_type = "purchasing.PurchaseOrderRejected"

    purchase_order_id: UUID
    rejected_by: Text
    reason: Text


@registry.register
class PurchaseOrderFirstApproved(DomainEvent):
    """The first of two approvals: the total is above `second_approval_above`, so a second,
    different person must approve before the order is approved (PurchaseOrderApproved)."""

    event_type = "purchasing.PurchaseOrderFirstApproved"

    purchase_order_id: UUID
    approved_by: Text
    total: Money
    second_approval_above: Money


@registry.register
class PurchaseOrderSent(DomainEvent):
    event_type = "purchasing.PurchaseOrderSent"

    purchase_order_id: UUID
    supplier_id: UUID
    sent_by: Text
    sent_to: Text | None = None


@registry.register
class PurchaseOrderClosed(DomainEvent):
    """No more goods are expected. `short_closed`: closed before every line was received in
    full; `reason` says why."""

    event_type = "purchasing.PurchaseOrderClosed"

    purchase_order_id: UUID
    closed_by: Text
    short_closed: bool = False
    reason: Text | None = None


@registry.register
class PurchaseOrderCancelled(DomainEvent):
    event_type = "purchasing.PurchaseOrderCancelled"

    purchase_order_id: UUID
    cancelled_by: Text
    reason: Text


class ReceivedLine(BaseModel):
    """One inspected line: only `quantity_accepted` enters stock."""

    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    warehouse: Code
    unit: Unit
    quantity_accepted: NonNegativeQuantity
    quantity_rejected: NonNegativeQuantity
    rejection_reason: Text | None = None
    unit_cost: Money
    lot: Text | None = None
    expected_date: date | None = None  # the PO line's, for on-time delivery


@registry.register
class GoodsReceived(DomainEvent):
    event_type = "purchasing.GoodsReceived"

    receipt_id: UUID
    purchase_order_id: UUID
    supplier_id: UUID
    lines: Annotated[list[ReceivedLine], Field(min_length=1)]


# --- rejected goods: purchase returns and claims (on the purchase order's stream) ---------


class ReturnedLine(BaseModel):
    """Rejected goods of one PO line going back. `from_stock`: they had been put in a location
    (e.g. a quarantine bin), so inventory issues them from it; otherwise they never entered
    stock and inventory has nothing to do."""

    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    warehouse: Code
    location: Text | None = None
    lot: Text | None = None
    quantity: PositiveQuantity
    unit: Unit
    unit_cost: Money
    reason: Text
    from_stock: bool


@registry.register
class PurchaseReturnShipped(DomainEvent):
    event_type = "purchasing.PurchaseReturnShipped"

    return_id: UUID
    purchase_order_id: UUID
    supplier_id: UUID
    lines: Annotated[list[ReturnedLine], Field(min_length=1)]


class ClaimedLine(BaseModel):
    """Rejected goods of one PO line claimed from the supplier: quantity x the PO price."""

    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    quantity: PositiveQuantity
    unit: Unit
    unit_price: Money
    amount: Money
    reason: Text


@registry.register
class SupplierClaimRaised(DomainEvent):
    event_type = "purchasing.SupplierClaimRaised"

    claim_id: UUID
    purchase_order_id: UUID
    supplier_id: UUID
    lines: Annotated[list[ClaimedLine], Field(min_length=1)]
    amount: Money


# --- supplier invoices with 3-way match (stream supplier-invoice-<id>) ---------------------


class InvoiceTax(BaseModel):
    """The invoice's VAT at one rate (0.13 is 13 %): finance posts it as input VAT."""

    model_config = ConfigDict(frozen=True)

    tax_rate: Annotated[Decimal, Field(allow_inf_nan=False, ge=0, lt=1, decimal_places=6)]
    net_amount: Amount
    tax_amount: Amount


class InvoicedLine(BaseModel):
    """One invoice line against a PO line, with the PO's price for comparison."""

    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    quantity: PositiveQuantity
    unit: Unit
    unit_price: Money
    amount: Money
    po_unit_price: Money
    tax_rate: (
        Annotated[Decimal, Field(allow_inf_nan=False, ge=0, lt=1, decimal_places=6)] | None
    ) = None


@registry.register
class SupplierInvoiceRecorded(DomainEvent):
    """A supplier's invoice as received, before matching: what accounts payable owes once it
    is matched (SupplierInvoiceMatched) or released."""

    event_type = "purchasing.SupplierInvoiceRecorded"

    invoice_id: UUID
    supplier_id: UUID
    purchase_order_id: UUID
    invoice_number: Code
    invoice_date: date
    due_date: date
    currency: Currency
    lines: Annotated[list[InvoicedLine], Field(min_length=1)]
    total: Money
    # VAT on top of `total` (net), per rate, when the invoice states it
    taxes: list[InvoiceTax] = Field(default_factory=list)
    tax_total: Money | None = None


class MatchedLine(BaseModel):
    """PO price x received quantity x invoiced quantity and price, for one PO line."""

    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    sku: Sku
    unit: Unit
    quantity_invoiced: PositiveQuantity
    quantity_received: NonNegativeQuantity
    unit_price_invoiced: Money
    unit_price_po: Money
    amount_invoiced: Money
    amount_at_po_price: Money


@registry.register
class SupplierInvoiceMatched(DomainEvent):
    """The invoice agrees with the order and the goods received (within tolerance), or was
    released by `overridden_by`: finance may book and pay `total`. `price_variance` is
    `total` - `total_at_po_price` (positive: invoiced above the PO prices)."""

    event_type = "purchasing.SupplierInvoiceMatched"

    invoice_id: UUID
    supplier_id: UUID
    purchase_order_id: UUID
    invoice_number: Code
    due_date: date
    lines: Annotated[list[MatchedLine], Field(min_length=1)]
    total: Money
    total_at_po_price: Money
    price_variance: Money
    overridden_by: Text | None = None
    override_reason: Text | None = None
    # Input VAT on top of `total` (net), per rate; none on invoices recorded without VAT.
    # Accounts payable owes `total` + `tax_total`.
    taxes: list[InvoiceTax] = Field(default_factory=list)
    tax_total: Money | None = None


class HeldLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    line_no: int = Field(ge=1)
    reason: Text


@registry.register
class SupplierInvoiceHeld(DomainEvent):
    """The invoice does not match beyond tolerance: not to be paid until re-matched (after
    more goods arrive) or released. `reason` is the lines' reasons in one sentence."""

    event_type = "purchasing.SupplierInvoiceHeld"

    invoice_id: UUID
    supplier_id: UUID
    purchase_order_id: UUID
    invoice_number: Code
    lines: Annotated[list[HeldLine], Field(min_length=1)]
    reason: Text
