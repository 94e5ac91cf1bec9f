"""Supplier invoice: recorded against a purchase order and matched three ways (PO price x
received quantity x invoiced quantity and price); held with the reason per line when beyond
tolerance, until re-matched or released. Pure: the order's facts and the tolerances come in
with the commands."""

from jxc.purchasing.domain.supplier_invoice.commands import (
    InvoiceLine,
    MatchSupplierInvoice,
    RecordSupplierInvoice,
    ReleaseSupplierInvoice,
    SupplierInvoiceCommand,
)
from jxc.purchasing.domain.supplier_invoice.decider import supplier_invoice_decider
from jxc.purchasing.domain.supplier_invoice.facts import OrderFacts, OrderLineFacts, Tolerances
from jxc.purchasing.domain.supplier_invoice.state import (
    InvoiceLineState,
    InvoiceStatus,
    SupplierInvoiceState,
)

__all__ = [
    "InvoiceLine",
    "InvoiceLineState",
    "InvoiceStatus",
    "MatchSupplierInvoice",
    "OrderFacts",
    "OrderLineFacts",
    "RecordSupplierInvoice",
    "ReleaseSupplierInvoice",
    "SupplierInvoiceCommand",
    "SupplierInvoiceState",
    "Tolerances",
    "supplier_invoice_decider",
]
