"""Defining and revising a price list, and choosing the price a line gets: of the lists of
the customer's group and the order's currency valid on the day, the price of the SKU with the
highest quantity break the line's quantity reaches (a later-starting list wins a tie)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from jxc.events.base import DomainEvent, Money
from jxc.events.contracts.sales_orders import ListPrice, PriceListDefined, PriceListRevised
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.value_checks import check_code, check_currency, check_quantity, fmt
from jxc.sales.domain.order.commands import LinePrice
from jxc.sales.domain.price_list.commands import DefinePriceList, PriceBreak, RevisePriceList
from jxc.sales.domain.price_list.state import PriceListState

MAX_PRICES = 5000


def define(command: DefinePriceList, state: PriceListState) -> list[DomainEvent]:
    if state.exists:
        raise StateConflict(
            f"price list {command.price_list_id} already exists (as {state.code})",
            fields=("price_list_id",),
        )
    currency = check_currency(command.currency, "currency")
    return [
        PriceListDefined(
            price_list_id=command.price_list_id,
            code=check_code(command.code, "code", "price list code"),
            customer_group=check_code(command.customer_group, "customer_group", "customer group"),
            currency=currency,
            valid_from=command.valid_from,
            valid_until=_until(command.valid_from, command.valid_until),
            prices=_prices(command.prices, currency),
        )
    ]


def revise(command: RevisePriceList, state: PriceListState) -> list[DomainEvent]:
    if not state.exists:
        raise NotFound(f"there is no price list {command.price_list_id}", fields=("price_list_id",))
    return [
        PriceListRevised(
            price_list_id=command.price_list_id,
            valid_from=command.valid_from,
            valid_until=_until(command.valid_from, command.valid_until),
            prices=_prices(command.prices, state.currency),
        )
    ]


def _until(valid_from: date, valid_until: date | None) -> date | None:
    if valid_until is not None and valid_until < valid_from:
        raise DomainError(
            f"valid_until {valid_until} is before valid_from {valid_from}",
            fields=("valid_until",),
        )
    return valid_until


def _prices(prices: Sequence[PriceBreak], currency: str) -> list[ListPrice]:
    if not prices or len(prices) > MAX_PRICES:
        raise DomainError(f"a price list has 1 to {MAX_PRICES} prices", fields=("prices",))
    seen: set[tuple[str, Decimal]] = set()
    checked = []
    for i, price in enumerate(prices):
        sku = check_code(price.sku, f"prices.{i}.sku", "SKU")
        qty = check_quantity(price.min_quantity, f"prices.{i}.min_quantity", "a break", zero=True)
        amount = check_quantity(price.unit_price, f"prices.{i}.unit_price", "a price", zero=True)
        if (sku, qty) in seen:
            raise DomainError(
                f"{sku} has two prices from quantity {fmt(qty)}", fields=(f"prices.{i}",)
            )
        seen.add((sku, qty))
        checked.append(
            ListPrice(sku=sku, min_quantity=qty, unit_price=Money(amount=amount, currency=currency))
        )
    return checked


@dataclass(frozen=True, slots=True)
class Candidate:
    """A price of a list that may apply: the list's code and validity, one quantity break."""

    code: str
    valid_from: date
    valid_until: date | None
    min_quantity: Decimal
    unit_price: Decimal


def best_price(candidates: Iterable[Candidate], quantity: Decimal, today: date) -> LinePrice | None:
    """The price a line of `quantity` gets on `today`, and where it came from; None if none
    applies."""
    applicable = [
        c
        for c in candidates
        if c.valid_from <= today
        and (c.valid_until is None or today <= c.valid_until)
        and c.min_quantity <= quantity
    ]
    if not applicable:
        return None
    best = max(applicable, key=lambda c: (c.min_quantity, c.valid_from, c.code))
    source = f"price list {best.code}"
    if best.min_quantity > 0:
        source += f" (from {fmt(best.min_quantity)})"
    return LinePrice(best.unit_price, source)
