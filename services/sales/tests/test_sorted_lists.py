"""The order book's sorted keyset pages compile for every sort, order and cursor (the pages
themselves on the real PostgreSQL: tests/integration/test_sales_sorted_orders.py)."""

from __future__ import annotations

from jxc.platform.paging import compile_all
from jxc.sales.adapters.order_book import ORDERS


def test_every_statement_of_the_order_book_compiles() -> None:
    statements = compile_all(ORDERS)
    assert len(statements) >= 2 * len(ORDERS.sorts)
    assert all("ORDER BY" in s.sql and "LIMIT" in s.sql for s in statements)
