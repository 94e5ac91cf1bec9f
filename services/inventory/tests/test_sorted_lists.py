"""The inventory lists' sorted keyset pages compile for every sort, order and cursor (the pages
themselves on the real PostgreSQL: tests/integration/test_inventory_sorted_lists.py)."""

from __future__ import annotations

import pytest

from jxc.inventory.adapters.abc_tables import CLASSES
from jxc.inventory.adapters.count_tables import COUNTS
from jxc.inventory.adapters.item_master import ITEMS, WAREHOUSES
from jxc.inventory.adapters.reorder_rules import ALERTS, RULES
from jxc.inventory.adapters.stock_queries import BACKORDERS, LEDGER, STOCK
from jxc.inventory.adapters.transfer_tables import TRANSFERS
from jxc.platform.paging import Paging, compile_all

LISTS = [
    ITEMS,
    TRANSFERS,
    COUNTS,
    RULES,
    ALERTS,
    CLASSES,
    WAREHOUSES,
    LEDGER,
    BACKORDERS,
    *STOCK.values(),
]


@pytest.mark.parametrize("paging", LISTS, ids=lambda p: p.name)
def test_every_statement_of_the_list_compiles(paging: Paging) -> None:
    statements = compile_all(paging)
    assert len(statements) >= 2 * len(paging.sorts)
    assert all("ORDER BY" in s.sql and "LIMIT" in s.sql for s in statements)


def test_the_stock_list_filters_in_its_own_statement_per_combination() -> None:
    """As the unsorted list did: no `x IS NULL OR` a generic plan cannot use an index for."""
    for paging in STOCK.values():
        assert all(" IS NULL OR " not in s.sql for s in compile_all(paging))
