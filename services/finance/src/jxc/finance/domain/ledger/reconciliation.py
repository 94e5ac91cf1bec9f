"""Stock equals the books: per warehouse, the stock value inventory's events give (on hand and
in transit to it) against the inventory and goods-in-transit accounts of its cost centre."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from jxc.finance.domain.ledger import accounts as a

ZERO = Decimal(0)
ACCOUNTS = {"on_hand": a.INVENTORY, "in_transit": a.GOODS_IN_TRANSIT}


@dataclass(frozen=True, slots=True)
class Reconciled:
    warehouse: str
    place: str  # on_hand or in_transit
    account: str
    stock_value: Decimal
    book_value: Decimal

    @property
    def difference(self) -> Decimal:
        return self.book_value - self.stock_value


def reconcile(
    stock: Mapping[tuple[str, str], Decimal], books: Mapping[tuple[str, str], Decimal]
) -> list[Reconciled]:
    """`stock`: (warehouse, place) -> value; `books`: (cost centre, account) -> debit - credit."""
    keys = set(stock) | {
        (centre, place)
        for centre, account in books
        for place, code in ACCOUNTS.items()
        if code == account
    }
    return [
        Reconciled(
            warehouse,
            place,
            ACCOUNTS[place],
            stock.get((warehouse, place), ZERO),
            books.get((warehouse, ACCOUNTS[place]), ZERO),
        )
        for warehouse, place in sorted(keys)
    ]
