"""Finance's sorted keyset pages compile for every sort, order and cursor (the pages
themselves on the real PostgreSQL: tests/integration/test_finance_sorted_lists.py)."""

from __future__ import annotations

import pytest

from jxc.finance.adapters.ledger_queries import JOURNAL
from jxc.finance.adapters.open_items import AGING, OPEN_ITEMS, PAYMENTS
from jxc.platform.paging import Paging, compile_all


@pytest.mark.parametrize("paging", [JOURNAL, PAYMENTS, OPEN_ITEMS, AGING], ids=lambda p: p.name)
def test_every_statement_of_the_list_compiles(paging: Paging) -> None:
    statements = compile_all(paging)
    assert len(statements) >= 2 * len(paging.sorts)
    assert all("ORDER BY" in s.sql and "LIMIT" in s.sql for s in statements)


def test_amounts_and_days_overdue_are_never_null() -> None:
    assert not JOURNAL.sorts["amount"].nullable
    assert not OPEN_ITEMS.sorts["open"].nullable
    assert not OPEN_ITEMS.sorts["days_overdue"].nullable
