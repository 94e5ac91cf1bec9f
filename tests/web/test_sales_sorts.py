"""The sales screens ask the server for the sorts its lists have: the names in
web/src/screens/sales/sorts.ts (SALES_SORTS, the columns marked to sort on the server) are
each list's sorts in jxc.platform.paging, so that no header asks for a sort the API refuses
(a 422) and no sort the API has is forgotten by its screen."""

from __future__ import annotations

import re
from pathlib import Path

from jxc.platform.paging import Paging
from jxc.sales.adapters.invoice_list import INVOICES
from jxc.sales.adapters.order_book import BACKORDERS, ORDERS
from jxc.sales.adapters.price_list_list import PRICE_LISTS
from jxc.sales.adapters.quotation_list import QUOTATIONS
from jxc.sales.adapters.return_list import RETURNS
from jxc.sales.adapters.sales_targets import TARGETS
from jxc.sales.adapters.shipment_list import SHIPMENTS

ROOT = Path(__file__).resolve().parents[2]
LISTS: dict[str, Paging] = {
    "orders": ORDERS,
    "quotations": QUOTATIONS,
    "invoices": INVOICES,
    "shipments": SHIPMENTS,
    "customerReturns": RETURNS,
    "backorders": BACKORDERS,
    "priceLists": PRICE_LISTS,
    "salesTargets": TARGETS,
}


def screen_sorts() -> dict[str, set[str]]:
    source = (ROOT / "web" / "src" / "screens" / "sales" / "sorts.ts").read_text()
    block = source.split("export const SALES_SORTS = {", 1)[1].split("}", 1)[0]
    return {
        name: set(re.findall(r'"([a-z_]+)"', names))
        for name, names in re.findall(r"^\s*(\w+): \[([^\]]*)\],", block, re.MULTILINE)
    }


def test_the_sales_screens_sort_by_what_the_api_sorts_by() -> None:
    assert screen_sorts() == {name: set(paging.sorts) for name, paging in LISTS.items()}
