"""Customer return (RMA, 售后): requested for shipped lines of an order → approved or refused →
received with an inspection per line (restock, scrap, return to supplier) → refunded with a
credit note at the price paid, or exchanged. Pure: no I/O, no clock, no ids made here."""

from jxc.sales.domain.customer_return.commands import (
    DEFAULT_TAX_RATE,
    DISPOSITIONS,
    ApproveReturn,
    Disposition,
    ExchangeReturn,
    Inspection,
    ReceiveReturn,
    RefundReturn,
    RefuseReturn,
    RequestReturn,
    Returnable,
    ReturnCommand,
    WantedLine,
)
from jxc.sales.domain.customer_return.decider import customer_return_decider
from jxc.sales.domain.customer_return.settling import credit_note_no_of
from jxc.sales.domain.customer_return.state import ReturnState, ReturnStatus

__all__ = [
    "DEFAULT_TAX_RATE",
    "DISPOSITIONS",
    "ApproveReturn",
    "Disposition",
    "ExchangeReturn",
    "Inspection",
    "ReceiveReturn",
    "RefundReturn",
    "RefuseReturn",
    "RequestReturn",
    "ReturnCommand",
    "ReturnState",
    "ReturnStatus",
    "Returnable",
    "WantedLine",
    "credit_note_no_of",
    "customer_return_decider",
]
