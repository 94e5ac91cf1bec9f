"""Invoice: what a customer is billed for a shipment (or a whole order, a setting), with VAT
per item category; sales.InvoiceIssued carries what finance posts. Pure."""

from jxc.sales.domain.invoice.commands import BilledLine, IssueInvoice
from jxc.sales.domain.invoice.decider import invoice_decider, invoice_id_of, invoice_no_of
from jxc.sales.domain.invoice.state import InvoiceState
from jxc.sales.domain.invoice.taxing import tax_of

__all__ = [
    "BilledLine",
    "InvoiceState",
    "IssueInvoice",
    "invoice_decider",
    "invoice_id_of",
    "invoice_no_of",
    "tax_of",
]
