"""Amounts as inventory computes them: 6 decimal places, half to even."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from jxc.events.contracts.inventory import StockReceived
from jxc.events.limits import MAX_DECIMAL_PLACES

_PLACES = Decimal(1).scaleb(-MAX_DECIMAL_PLACES)


def money(value: Decimal) -> Decimal:
    return value.quantize(_PLACES, rounding=ROUND_HALF_EVEN)


def received_value(event: StockReceived) -> Decimal:
    """What a receipt adds to the stock's value: quantity x unit cost, rounded."""
    return money(event.quantity * event.unit_cost.amount)
