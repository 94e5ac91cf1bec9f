"""Price list: prices per customer group and currency, with validity dates and quantity
breaks. Pure."""

from jxc.sales.domain.price_list.commands import (
    DefinePriceList,
    PriceBreak,
    PriceListCommand,
    RevisePriceList,
)
from jxc.sales.domain.price_list.decider import price_list_decider
from jxc.sales.domain.price_list.pricing_rules import Candidate, best_price
from jxc.sales.domain.price_list.state import PriceListState

__all__ = [
    "Candidate",
    "DefinePriceList",
    "PriceBreak",
    "PriceListCommand",
    "PriceListState",
    "RevisePriceList",
    "best_price",
    "price_list_decider",
]
