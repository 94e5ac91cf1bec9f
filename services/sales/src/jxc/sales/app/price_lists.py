"""Price-list commands, with the prices kept inline for the orders to look up; and choosing
the price of each line of an order or quotation."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any
from uuid import UUID

from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata
from jxc.platform.value_checks import fmt
from jxc.sales.adapters import price_list_list, pricing
from jxc.sales.adapters.price_list_list import Filters
from jxc.sales.domain.order import CustomerFacts, LinePrice
from jxc.sales.domain.price_list import (
    PriceListCommand,
    PriceListState,
    best_price,
    price_list_decider,
)


async def line_prices(
    conn: Conn,
    customer: CustomerFacts,
    lines: Sequence[Any],
    today: date,
    entered_by: str,
) -> list[LinePrice | None]:
    """The price of each line: the price list's where one applies (a unit_price typed for such
    a line must be the list's: go below it with a discount), else the unit_price typed, else
    None. A line that carries its own source (a quotation's) keeps its price."""
    found = await pricing.candidates(
        conn, customer.customer_group, customer.currency, [line.sku for line in lines]
    )
    prices: list[LinePrice | None] = []
    for i, line in enumerate(lines):
        if line.price_source is not None and line.unit_price is not None:
            prices.append(LinePrice(line.unit_price, line.price_source))
            continue
        listed = best_price(found.get(line.sku, []), line.quantity, today)
        if listed is None:
            typed = line.unit_price
            prices.append(None if typed is None else LinePrice(typed, f"entered by {entered_by}"))
            continue
        if line.unit_price is not None and line.unit_price != listed.unit_price:
            raise DomainError(
                f"{listed.source} prices {line.sku} at {fmt(listed.unit_price)} "
                f"{customer.currency} for this quantity; leave unit_price out, or give a "
                "discount",
                fields=(f"lines.{i}.unit_price",),
            )
        prices.append(listed)
    return prices


class PriceLists:
    def __init__(self, commands: CommandHandler) -> None:
        self.commands = commands

    async def handle(
        self, command: PriceListCommand, meta: Metadata, name: str, **idempotency: Any
    ) -> CommandResult:
        return await self.commands.handle(
            price_list_decider,
            price_list_decider.stream_id(command.price_list_id),
            command,
            meta,
            name=name,
            after_append=self._save,
            **idempotency,
        )

    @staticmethod
    async def _save(conn: Conn, appended: Appended[PriceListState]) -> None:
        price_list_id = UUID(appended.stream_id.removeprefix("price-list-"))
        await pricing.save_price_list(conn, price_list_id, appended.state)
        last = appended.last
        await price_list_list.save(
            conn, price_list_id, appended.state, appended.version, last.recorded_at, last.actor
        )

    async def get(self, price_list_id: UUID) -> tuple[PriceListState, int]:
        async with reading(self.commands.pool) as conn:
            fold = await self.commands.load(
                conn, price_list_decider, price_list_decider.stream_id(price_list_id)
            )
        if not fold.state.exists:
            raise NotFound(f"there is no price list {price_list_id}", fields=("price_list_id",))
        return fold.state, fold.version

    async def search(
        self, filters: Filters, after: UUID | None, limit: int
    ) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await price_list_list.search(conn, filters, after, limit)

    async def sorted_page(
        self, filters: Filters, sort: str | None, order: Order | None, after: str | None, limit: int
    ) -> Page:
        async with reading(self.commands.pool) as conn:
            return await price_list_list.sorted_page(conn, filters, sort, order, after, limit)

    async def coupon(self, code: str) -> dict[str, Any]:
        async with reading(self.commands.pool) as conn:
            found = await pricing.coupon(conn, code)
        if found is None:
            raise NotFound(f"crm issued no coupon {code} (as far as sales knows)", fields=("code",))
        return found
