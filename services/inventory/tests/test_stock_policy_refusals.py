"""Issue 8, item 2: an order line is rejected only when it can never be served; anything else
reserves or waits as a backorder (the stock keeper's policy, never_served)."""

from __future__ import annotations

import pytest

from jxc.inventory.adapters.known_names import StockName
from jxc.inventory.app.stock_policy import never_served

KEY = ("TEA", "WH-A")


@pytest.mark.parametrize(
    ("name", "unit", "words"),
    [
        (StockName(None, None, True), "pcs", "no item TEA is registered"),
        (StockName(None, None, False), "pcs", "no item TEA is registered"),
        (StockName(None, "pcs", False), "pcs", "no warehouse WH-A is registered"),
        (StockName(None, "pcs", True), "box", "TEA is kept in pcs, not box"),
        (StockName("pcs", None, False), "box", "TEA is kept in pcs, not box"),
    ],
)
def test_a_line_that_can_never_be_served_says_why(name: StockName, unit: str, words: str) -> None:
    reason = never_served("TEA", "WH-A", unit, {KEY: name})
    assert reason is not None and words in reason


@pytest.mark.parametrize(
    "name",
    [
        StockName(None, "pcs", True),  # registered, nothing in stock yet: it waits
        StockName("pcs", None, False),  # stock was received there: known, whatever registered
        StockName("pcs", "pcs", True),
    ],
)
def test_a_line_of_a_known_sku_and_warehouse_reserves_or_waits(name: StockName) -> None:
    assert never_served("TEA", "WH-A", "pcs", {KEY: name}) is None
