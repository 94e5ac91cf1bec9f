"""Events published by finance on jxc.finance.events: what other services need of money
(sales' credit check, crm's payment history, budget alerts)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from jxc.events.base import Code, DomainEvent, Money
from jxc.events.contracts.registry import registry
from jxc.events.limits import Text


@registry.register
class ReceivablesChanged(DomainEvent):
    """A customer's open receivables as they are now (stream receivables-<customer_id>; the
    latest stream_version wins): sales adds them to open orders for the credit check."""

    event_type = "finance.ReceivablesChanged"

    customer_id: UUID
    open_receivables: Money
    overdue: Money
    as_of: date


class Allocation(BaseModel):
    model_config = ConfigDict(frozen=True)

    invoice_id: UUID
    amount: Money


@registry.register
class PaymentRecorded(DomainEvent):
    """Cash in from a customer (`incoming`) or out to a supplier (`outgoing`), through one bank
    or cash account, with what it settled; the rest stays unallocated."""

    event_type = "finance.PaymentRecorded"

    payment_id: UUID
    direction: Literal["incoming", "outgoing"]
    party_id: UUID
    amount: Money
    paid_on: date
    cash_account: Code
    allocations: list[Allocation] = Field(default_factory=list)
    unallocated: Money
    reference: Text | None = None


@registry.register
class BudgetThresholdPassed(DomainEvent):
    """An expense account's actual passed `threshold` (0.8 is 80 %) of its budget for the
    period and cost centre."""

    event_type = "finance.BudgetThresholdPassed"

    period: Code
    account: Code
    cost_centre: Code | None = None
    budget: Money
    actual: Money
    threshold: Annotated[Decimal, Field(allow_inf_nan=False, gt=0)]
