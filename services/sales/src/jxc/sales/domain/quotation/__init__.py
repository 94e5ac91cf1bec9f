"""Quotation: priced lines valid until a date, accepted, converted once into an order. Pure."""

from jxc.sales.domain.quotation.commands import (
    AcceptQuotation,
    ConvertQuotation,
    CreateQuotation,
    QuotationCommand,
)
from jxc.sales.domain.quotation.decider import quotation_decider
from jxc.sales.domain.quotation.state import QuotationState

__all__ = [
    "AcceptQuotation",
    "ConvertQuotation",
    "CreateQuotation",
    "QuotationCommand",
    "QuotationState",
    "quotation_decider",
]
