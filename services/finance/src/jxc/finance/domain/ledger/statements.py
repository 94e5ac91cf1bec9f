"""The three statements from period balances, pure: the trial balance, profit and loss, and
the balance sheet with the result carried to equity.

Each account comes as a BalanceRow: what it held before the fiscal year began
(`before_year`), in the year before the statement's first period (`in_year_before`), and the
debits and credits of the statement's periods. Income and expense start every fiscal year at
zero: what they held before it is carried to retained earnings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from jxc.finance.domain.ledger import accounts as a

ZERO = Decimal(0)
BALANCE_SHEET = ("asset", "liability", "equity")
RESULT = ("income", "expense")


@dataclass(frozen=True, slots=True)
class BalanceRow:
    account: str
    name: str
    account_type: str
    before_year: Decimal  # debit - credit
    in_year_before: Decimal  # debit - credit
    debit: Decimal
    credit: Decimal


@dataclass(frozen=True, slots=True)
class TrialLine:
    account: str
    name: str
    account_type: str
    opening: Decimal  # debit - credit
    debit: Decimal
    credit: Decimal

    @property
    def closing(self) -> Decimal:
        return self.opening + self.debit - self.credit


def _carried(rows: Iterable[BalanceRow]) -> Decimal:
    """Debit - credit of income and expense before the fiscal year: earlier years' result."""
    return sum((r.before_year for r in rows if r.account_type in RESULT), ZERO)


def trial_balance(rows: Sequence[BalanceRow], retained_name: str) -> list[TrialLine]:
    """Every account that holds or moved something; earlier years' result is in retained
    earnings' opening balance. Debits equal credits in each column."""
    lines: dict[str, TrialLine] = {}
    for r in rows:
        opening = r.in_year_before + (r.before_year if r.account_type in BALANCE_SHEET else ZERO)
        lines[r.account] = TrialLine(r.account, r.name, r.account_type, opening, r.debit, r.credit)
    carried = _carried(rows)
    if carried:
        held = lines.get(a.RETAINED_EARNINGS)
        if held is None:
            held = TrialLine(a.RETAINED_EARNINGS, retained_name, "equity", ZERO, ZERO, ZERO)
        lines[a.RETAINED_EARNINGS] = TrialLine(
            held.account,
            held.name,
            held.account_type,
            held.opening + carried,
            held.debit,
            held.credit,
        )
    return [line for _, line in sorted(lines.items()) if line.opening or line.debit or line.credit]


@dataclass(frozen=True, slots=True)
class Amount:
    account: str
    name: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class ProfitAndLoss:
    income: list[Amount]
    expenses: list[Amount]

    @property
    def total_income(self) -> Decimal:
        return sum((x.amount for x in self.income), ZERO)

    @property
    def total_expenses(self) -> Decimal:
        return sum((x.amount for x in self.expenses), ZERO)

    @property
    def result(self) -> Decimal:
        return self.total_income - self.total_expenses


def profit_and_loss(rows: Sequence[BalanceRow]) -> ProfitAndLoss:
    """Income (credit - debit) and expenses (debit - credit) moved in the statement's periods."""
    income = [
        Amount(r.account, r.name, r.credit - r.debit)
        for r in sorted(rows, key=lambda r: r.account)
        if r.account_type == "income" and r.credit - r.debit
    ]
    expenses = [
        Amount(r.account, r.name, r.debit - r.credit)
        for r in sorted(rows, key=lambda r: r.account)
        if r.account_type == "expense" and r.debit - r.credit
    ]
    return ProfitAndLoss(income, expenses)


@dataclass(frozen=True, slots=True)
class BalanceSheet:
    assets: list[Amount]
    liabilities: list[Amount]
    equity: list[Amount]  # earlier years' result in retained earnings, this year's shown apart
    retained_earnings: Decimal
    result_of_the_year: Decimal

    @property
    def total_assets(self) -> Decimal:
        return sum((x.amount for x in self.assets), ZERO)

    @property
    def total_liabilities(self) -> Decimal:
        return sum((x.amount for x in self.liabilities), ZERO)

    @property
    def total_equity(self) -> Decimal:
        return sum((x.amount for x in self.equity), ZERO)


def balance_sheet(rows: Sequence[BalanceRow], retained_name: str, result_name: str) -> BalanceSheet:
    """At the end of the statement's last period (rows from the fiscal year's first period):
    assets (debit - credit), liabilities and equity (credit - debit); the income and expense of
    earlier years carried into retained earnings, this year's as the result of the year."""
    closing = {r.account: r.before_year + r.in_year_before + r.debit - r.credit for r in rows}
    names = {r.account: r.name for r in rows}
    kinds = {r.account: r.account_type for r in rows}
    retained = -_carried(rows)
    year = -sum(
        (r.in_year_before + r.debit - r.credit for r in rows if r.account_type in RESULT), ZERO
    )

    def of(kind: str, sign: int) -> list[Amount]:
        return [
            Amount(code, names[code], sign * closing[code])
            for code in sorted(closing)
            if kinds[code] == kind and closing[code]
        ]

    equity = of("equity", -1)
    if retained:
        equity = _added(equity, a.RETAINED_EARNINGS, retained_name, retained)
    if year:
        equity = _added(equity, a.CURRENT_YEAR_RESULT, result_name, year)
    return BalanceSheet(of("asset", 1), of("liability", -1), equity, retained, year)


def _added(amounts: list[Amount], code: str, name: str, amount: Decimal) -> list[Amount]:
    found = {x.account: x for x in amounts}
    held = found.get(code, Amount(code, name, ZERO))
    found[code] = Amount(code, held.name, held.amount + amount)
    return [found[k] for k in sorted(found)]
