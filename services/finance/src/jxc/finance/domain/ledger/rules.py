"""The posting rules: which events move value, and the one balanced entry each posts.
Pure: an event and the date it happened in, an Entry (or None when it moves nothing)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from jxc.events.base import DomainEvent
from jxc.events.contracts import finance, inventory, purchasing, sales
from jxc.finance.domain.ledger import (
    finance_rules,
    inventory_rules,
    purchasing_rules,
    sales_rules,
)
from jxc.finance.domain.ledger.entry import Entry

Rule = Callable[[Any, date], Entry | None]

RULES: dict[type[DomainEvent], Rule] = {
    purchasing.SupplierInvoiceMatched: purchasing_rules.supplier_invoice_matched,
    inventory.StockReceived: inventory_rules.stock_received,
    inventory.StockIssued: inventory_rules.stock_issued,
    inventory.StockAdjusted: inventory_rules.stock_adjusted,
    inventory.CostAdjusted: inventory_rules.cost_adjusted,
    inventory.TransferDispatched: inventory_rules.transfer_dispatched,
    inventory.TransferReceived: inventory_rules.transfer_received,
    sales.InvoiceIssued: sales_rules.invoice_issued,
    sales.CreditNoteIssued: sales_rules.credit_note_issued,
    sales.FreightCharged: sales_rules.freight_charged,
    finance.PaymentRecorded: finance_rules.payment_recorded,
    finance.CashTransferred: finance_rules.cash_transferred,
    finance.FxRevalued: finance_rules.fx_revalued,
    finance.FxRevaluationReversed: finance_rules.fx_revaluation_reversed,
    finance.JournalEntryPosted: finance_rules.journal_entry_posted,
    finance.JournalEntryReversed: finance_rules.journal_entry_reversed,
}

#: The event types the general ledger reads.
POSTED_TYPES = frozenset(cls.event_type for cls in RULES)


def entry_for(event: DomainEvent, occurred_on: date) -> Entry | None:
    """The entry `event` posts (dated by its document, else the day it happened), or None."""
    rule = RULES.get(type(event))
    return None if rule is None else rule(event, occurred_on)
