"""Open orders for the cash forecast: a sales order brings its total in when it is promised
(or a week after it was placed), a purchase order takes its total out when its goods are
expected (or a month after it was created); invoices take their amounts off (the open item
carries them from then on), a cancellation or close ends the order."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from jxc.events.base import DomainEvent
from jxc.events.contracts.purchasing import (
    PurchaseOrderCancelled,
    PurchaseOrderClosed,
    PurchaseOrderCreated,
    SupplierInvoiceMatched,
)
from jxc.events.contracts.sales import InvoiceIssued, OrderCancelled, OrderPlaced

SALES_DELAY = timedelta(days=7)
PURCHASE_DELAY = timedelta(days=30)
ORDER_TYPES = frozenset(
    cls.event_type
    for cls in (
        OrderPlaced,
        OrderCancelled,
        PurchaseOrderCreated,
        PurchaseOrderCancelled,
        PurchaseOrderClosed,
    )
)


@dataclass
class OrderChanges:
    opened: list[dict[str, Any]] = field(default_factory=list)
    invoiced: list[tuple[UUID, Decimal]] = field(default_factory=list)
    closed: set[UUID] = field(default_factory=set)

    def add(self, event: DomainEvent, occurred_on: date) -> None:
        match event:
            case OrderPlaced() if event.total is not None:
                expected = event.promised_on or occurred_on + SALES_DELAY
                self.opened.append(
                    _order(
                        event.order_id, "sales", expected, event.total.currency, event.total.amount
                    )
                )
            case PurchaseOrderCreated():
                dates = [line.expected_date for line in event.lines if line.expected_date]
                expected = max(dates) if dates else occurred_on + PURCHASE_DELAY
                self.opened.append(
                    _order(
                        event.purchase_order_id,
                        "purchase",
                        expected,
                        event.total.currency,
                        event.total.amount,
                    )
                )
            case InvoiceIssued():
                self.invoiced.append((event.order_id, event.net_total))
            case SupplierInvoiceMatched():
                self.invoiced.append((event.purchase_order_id, event.total.amount))
            case OrderCancelled():
                self.closed.add(event.order_id)
            case PurchaseOrderCancelled() | PurchaseOrderClosed():
                self.closed.add(event.purchase_order_id)


def _order(
    order: UUID, kind: str, expected: date, currency: str, amount: Decimal
) -> dict[str, Any]:
    return {
        "order_id": order,
        "kind": kind,
        "expected_on": expected,
        "currency": currency,
        "amount": amount,
        "invoiced": Decimal(0),
        "closed": False,
    }
