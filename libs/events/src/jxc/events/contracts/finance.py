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


# --- finance's own set-up: chart of accounts, cost centres, fiscal years and periods -------

#: The five kinds of account: the balance sheet's (asset, liability, equity) and the profit
#: and loss account's (income, expense).
AccountType = Literal["asset", "liability", "equity", "income", "expense"]
#: A calendar month as finance's periods name it: "2026-12".
PeriodCode = Annotated[str, Field(pattern=r"^(19[0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])$")]


@registry.register
class AccountDefined(DomainEvent):
    """An account of the chart as it is now, added or changed (stream account-<code>): a
    deactivated account takes no new manual postings but keeps its history."""

    event_type = "finance.AccountDefined"

    code: Code
    name: Text
    account_type: AccountType
    parent: Code | None = None
    active: bool = True


@registry.register
class CostCentreDefined(DomainEvent):
    """A cost centre as it is now (stream cost-centre-<code>): a warehouse (its code is the
    warehouse's) or a department."""

    event_type = "finance.CostCentreDefined"

    code: Code
    name: Text
    kind: Literal["warehouse", "department"]
    active: bool = True


@registry.register
class FiscalYearOpened(DomainEvent):
    """A fiscal year of twelve monthly periods from `first_period` (stream fiscal-year-<year>);
    its profit or loss is carried to retained earnings after its last period."""

    event_type = "finance.FiscalYearOpened"

    year: int = Field(ge=1900, le=9999)
    first_period: PeriodCode
    last_period: PeriodCode
    periods: Annotated[list[PeriodCode], Field(min_length=12, max_length=12)]


@registry.register
class PeriodClosed(DomainEvent):
    """No posting dated in `period` is accepted any more (stream period-<period>): what arrives
    late for it posts in the next open period, its own date kept."""

    event_type = "finance.PeriodClosed"

    period: PeriodCode
    closed_by: Text


@registry.register
class PeriodReopened(DomainEvent):
    """A closed period accepts postings again (an admin's decision, with the reason)."""

    event_type = "finance.PeriodReopened"

    period: PeriodCode
    reopened_by: Text
    reason: Text


@registry.register
class BudgetSet(DomainEvent):
    """The budget of an account for a period, for one cost centre or (none) the whole company
    (stream budget-<period>@<account>@<cost centre or *>): an alert
    (BudgetThresholdPassed) when an expense account's actual passes `threshold` of it."""

    event_type = "finance.BudgetSet"

    period: PeriodCode
    account: Code
    cost_centre: Code | None = None
    amount: Money
    threshold: Annotated[Decimal, Field(allow_inf_nan=False, gt=0, le=10)]


@registry.register
class CashTransferred(DomainEvent):
    """Money moved between two of the company's bank and cash accounts (stream
    cash-transfer-<id>): no party, no P&L effect."""

    event_type = "finance.CashTransferred"

    transfer_id: UUID
    from_account: Code
    to_account: Code
    amount: Money
    transferred_on: date
    reference: Text | None = None


class JournalLine(BaseModel):
    """One line of an accountant's journal entry: a debit or a credit (the other is zero) on
    an account of the chart, optionally for a cost centre."""

    model_config = ConfigDict(frozen=True)

    account: Code
    debit: Decimal
    credit: Decimal
    cost_centre: Code | None = None
    memo: Text | None = None


@registry.register
class JournalEntryPosted(DomainEvent):
    """An entry an accountant made by hand (stream journal-entry-<id>): opening balances,
    capital paid in, accruals, corrections. Balanced, in the company's currency, never on an
    account a sub-ledger keeps (receivables, payables, advances, inventory, goods received
    not invoiced)."""

    event_type = "finance.JournalEntryPosted"

    entry_id: UUID
    posted_on: date
    description: Text
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    lines: tuple[JournalLine, ...]
    reference: Text | None = None


@registry.register
class JournalEntryReversed(DomainEvent):
    """An accountant's entry undone by its mirror image dated `reversed_on` (the entry itself
    stays in the journal): `lines` are the entry's own, the ledger posts them the other way."""

    event_type = "finance.JournalEntryReversed"

    entry_id: UUID
    reversed_on: date
    reason: Text
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    lines: tuple[JournalLine, ...]


@registry.register
class ExchangeRateRecorded(DomainEvent):
    """One unit of `currency` is worth `rate` of the company's currency on `on` (stream
    exchange-rate-<currency>@<date>): documents dated that day (or later, until the next rate)
    post at it."""

    event_type = "finance.ExchangeRateRecorded"

    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    on: date
    rate: Annotated[Decimal, Field(allow_inf_nan=False, gt=0, decimal_places=8)]
    source: Text | None = None


class RevaluedItem(BaseModel):
    """An open foreign invoice at the period-end rate: `difference` (company currency) is
    open_amount x (rate - booked_rate), to the cent."""

    model_config = ConfigDict(frozen=True)

    document_id: UUID
    kind: Literal["receivable", "payable"]
    party_id: UUID
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    open_amount: Decimal
    booked_rate: Decimal
    rate: Decimal
    difference: Decimal


@registry.register
class FxRevalued(DomainEvent):
    """Unrealised exchange differences of the open foreign invoices at the end of `period`
    (stream fx-revaluation-<period>), posted on `on`; FxRevaluationReversed takes them back
    on the first day of the next period."""

    event_type = "finance.FxRevalued"

    period: PeriodCode
    on: date
    company_currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    items: list[RevaluedItem]


@registry.register
class FxRevaluationReversed(DomainEvent):
    event_type = "finance.FxRevaluationReversed"

    period: PeriodCode
    on: date
    company_currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    items: list[RevaluedItem]
