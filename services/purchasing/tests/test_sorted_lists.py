"""The purchasing lists' sorted keyset pages compile for every sort, order and cursor (the
pages themselves on the real PostgreSQL: tests/integration/test_purchasing_sorted_lists.py)."""

from __future__ import annotations

import pytest

from jxc.platform.paging import Paging, compile_all
from jxc.purchasing.adapters.invoice_list import INVOICES
from jxc.purchasing.adapters.late_deliveries import LATE
from jxc.purchasing.adapters.order_list import ORDERS
from jxc.purchasing.adapters.plan_list import PLAN
from jxc.purchasing.adapters.supplier_directory import SUPPLIERS


@pytest.mark.parametrize("paging", [ORDERS, PLAN, INVOICES, SUPPLIERS, LATE], ids=lambda p: p.name)
def test_every_statement_of_the_list_compiles(paging: Paging) -> None:
    statements = compile_all(paging)
    assert len(statements) >= 2 * len(paging.sorts)
    assert all("ORDER BY" in s.sql and "LIMIT" in s.sql for s in statements)
