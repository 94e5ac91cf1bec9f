"""The sales lists' sorted keyset pages compile for every sort, order and cursor (the pages
themselves on the real PostgreSQL: tests/integration/test_sales_sorted_orders.py and
test_sales_sorted_lists.py)."""

from __future__ import annotations

import pytest

from jxc.platform.paging import Paging, compile_all
from jxc.sales.adapters.invoice_list import INVOICES
from jxc.sales.adapters.order_book import BACKORDERS, ORDERS
from jxc.sales.adapters.price_list_list import PRICE_LISTS
from jxc.sales.adapters.quotation_list import QUOTATIONS
from jxc.sales.adapters.return_list import RETURNS
from jxc.sales.adapters.sales_targets import TARGETS
from jxc.sales.adapters.shipment_list import SHIPMENTS

LISTS = [ORDERS, QUOTATIONS, INVOICES, SHIPMENTS, RETURNS, BACKORDERS, PRICE_LISTS, TARGETS]


@pytest.mark.parametrize("paging", LISTS, ids=lambda p: p.name)
def test_every_statement_of_the_list_compiles(paging: Paging) -> None:
    statements = compile_all(paging)
    assert len(statements) >= 2 * len(paging.sorts)
    assert all("ORDER BY" in s.sql and "LIMIT" in s.sql for s in statements)


def test_each_list_has_its_own_cursor_name() -> None:
    assert len({p.name for p in LISTS}) == len(LISTS)


def test_nullable_dates_page_nulls_last_and_ids_are_not_null() -> None:
    assert SHIPMENTS.sorts["dispatched_on"].nullable
    assert BACKORDERS.sorts["promised_on"].nullable
    assert not INVOICES.sorts["due_on"].nullable
    assert not QUOTATIONS.sorts["status"].nullable
