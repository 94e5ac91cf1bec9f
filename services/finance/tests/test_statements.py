"""Issue 9, item 7: the trial balance, profit and loss and balance sheet from period balances,
the result carried to equity; and item 6's reconciliation and stock value per inventory's
events; periods and where a posting goes when its own is closed (item 10)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from uuid import UUID

from jxc.events.base import Money
from jxc.events.contracts.inventory import (
    CostAdjusted,
    StockIssued,
    StockReceived,
    TransferDispatched,
    TransferDispatchedLine,
    TransferReceived,
    TransferReceivedLine,
)
from jxc.finance.domain.ledger import accounts as a
from jxc.finance.domain.ledger.periods import next_period, period_of, periods_from, posting_period
from jxc.finance.domain.ledger.reconciliation import reconcile
from jxc.finance.domain.ledger.statements import (
    BalanceRow,
    balance_sheet,
    profit_and_loss,
    trial_balance,
)
from jxc.finance.domain.ledger.stock_value import StockValueChange, changes_of

Z = D(0)


def row(code: str, kind: str, before: str = "0", early: str = "0", dr: str = "0", cr: str = "0"):  # type: ignore[no-untyped-def]
    return BalanceRow(code, f"account {code}", kind, D(before), D(early), D(dr), D(cr))


# A year earlier: 1000 capital in the bank, goods bought on credit for 400, sold for 700 cash
# at a cost of 300 (result 400). This year before the statement: 100 more sales. In it: a sale
# of 250 on credit costing 150, and a payment of 200 to the supplier.
ROWS = [
    row(a.BANK, "asset", before="1700", early="100", cr="200"),
    row(a.RECEIVABLES, "asset", dr="250"),
    row(a.INVENTORY, "asset", before="100", early="-40", cr="150"),
    row(a.PAYABLES, "liability", before="-400", dr="200"),
    row(a.SHARE_CAPITAL, "equity", before="-1000"),
    row(a.REVENUE, "income", before="-700", early="-100", cr="250"),
    row(a.COGS, "expense", before="300", early="40", dr="150"),
]


def test_the_trial_balance_balances_and_carries_earlier_years_result_to_retained_earnings() -> None:
    lines = trial_balance(ROWS, "Retained earnings")
    by = {x.account: x for x in lines}
    assert sum((x.opening for x in lines), Z) == 0
    assert sum((x.debit for x in lines), Z) == sum((x.credit for x in lines), Z) == D(600)
    assert sum((x.closing for x in lines), Z) == 0
    assert by[a.RETAINED_EARNINGS].opening == D(-400)  # last year's profit, a credit
    assert by[a.REVENUE].opening == D(-100)  # income starts the year at zero
    assert by[a.BANK].closing == D(1600)


def test_profit_and_loss_of_the_periods() -> None:
    pnl = profit_and_loss(ROWS)
    assert [(x.account, x.amount) for x in pnl.income] == [(a.REVENUE, D(250))]
    assert [(x.account, x.amount) for x in pnl.expenses] == [(a.COGS, D(150))]
    assert pnl.result == D(100)


def test_the_balance_sheet_balances_with_the_result_carried_to_equity() -> None:
    sheet = balance_sheet(ROWS, "Retained earnings", "Profit of the year")
    assert sheet.total_assets == D(1600) + D(250) + D(-90)
    assert sheet.total_liabilities == D(200)
    assert sheet.retained_earnings == D(400)
    assert sheet.result_of_the_year == D(100) + D(60)
    assert sheet.total_assets == sheet.total_liabilities + sheet.total_equity
    assert [x.account for x in sheet.equity] == [
        a.SHARE_CAPITAL,
        a.CURRENT_YEAR_RESULT,
        a.RETAINED_EARNINGS,
    ]


def test_periods_are_months_and_a_closed_one_passes_its_postings_to_the_next_open_one() -> None:
    assert period_of(date(2026, 12, 31)) == "2026-12"
    assert next_period("2026-12") == "2027-01"
    assert periods_from("2026-04", 12)[-1] == "2027-03"
    assert posting_period(date(2026, 11, 30), set()) == "2026-11"
    assert posting_period(date(2026, 11, 30), {"2026-11", "2026-12"}) == "2027-01"


def cny(x: str) -> Money:
    return Money(amount=D(x), currency="CNY")


def test_stock_value_moves_as_inventory_values_stock() -> None:
    got = StockReceived(
        sku="TEA", warehouse="A", quantity=D(3), unit="box", unit_cost=cny("3.333333")
    )
    out = StockIssued(
        sku="TEA",
        warehouse="A",
        quantity=D(1),
        unit="box",
        reason="transfer",
        kind="transfer_out",
        unit_cost=cny("3.333333"),
        total_cost=cny("3.333333"),
    )
    corrected = CostAdjusted(
        sku="TEA",
        warehouse="A",
        amount=cny("5"),
        capitalised=cny("3"),
        expensed=cny("2"),
        reason="landed",
    )
    sent = TransferDispatched(
        transfer_id=UUID(int=1),
        from_warehouse="A",
        to_warehouse="B",
        lines=[
            TransferDispatchedLine(
                line_no=1,
                sku="TEA",
                quantity=D(1),
                unit="box",
                unit_cost=cny("3.333333"),
                total_cost=cny("3.333333"),
            )
        ],
    )
    arrived = TransferReceived(
        transfer_id=UUID(int=1),
        from_warehouse="A",
        to_warehouse="B",
        lines=[
            TransferReceivedLine(
                line_no=1,
                sku="TEA",
                unit="box",
                quantity_received=D(1),
                quantity_lost=D(0),
                unit_cost=cny("3.333333"),
                value_received=cny("3.333333"),
                loss_value=cny("0"),
                in_transit_after=D(0),
            )
        ],
        complete=True,
    )
    changes = [c for e in (got, out, corrected, sent, arrived) for c in changes_of(e)]
    assert changes == [
        StockValueChange("A", "on_hand", "TEA", D("9.999999")),
        StockValueChange("A", "on_hand", "TEA", D("-3.333333")),
        StockValueChange("A", "on_hand", "TEA", D("3")),
        StockValueChange("B", "in_transit", "TEA", D("3.333333")),
        StockValueChange("B", "in_transit", "TEA", D("-3.333333")),
    ]


def test_reconciliation_shows_each_warehouse_and_the_difference() -> None:
    stock = {("A", "on_hand"): D(100), ("B", "in_transit"): D(5)}
    books = {("A", a.INVENTORY): D(100), ("B", a.GOODS_IN_TRANSIT): D(4), ("C", a.INVENTORY): D(1)}
    rows = reconcile(stock, books)
    assert [(r.warehouse, r.place, r.difference) for r in rows] == [
        ("A", "on_hand", Z),
        ("B", "in_transit", D(-1)),
        ("C", "on_hand", D(1)),
    ]
