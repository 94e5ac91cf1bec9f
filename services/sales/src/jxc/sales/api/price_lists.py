"""Price lists over HTTP (role sales: the sales department keeps them): define, revise; the
list with its prices."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query
from pydantic import Field

from jxc.events import limits
from jxc.events.ids import uuid7
from jxc.platform.auth.user import Role
from jxc.platform.http_commands import Body, Command, CommandRouter
from jxc.platform.paging import SortOrder
from jxc.sales.adapters.price_list_list import PRICE_LISTS, Filters
from jxc.sales.api.common import MAX_PAGE, AfterIdOrCursor, Code, Currency, after_id, sorting
from jxc.sales.app.price_lists import PriceLists
from jxc.sales.domain.price_list import DefinePriceList, PriceBreak, RevisePriceList


class PriceBody(Body):
    sku: Code
    min_quantity: Annotated[
        limits.NonNegativeQuantity, Field(description="from this quantity on; 0: base price")
    ] = Decimal(0)
    unit_price: limits.NonNegativeAmount

    def price(self) -> PriceBreak:
        return PriceBreak(self.sku, self.min_quantity, self.unit_price)


Prices = Annotated[list[PriceBody], Field(min_length=1, max_length=5000)]


class DefinePriceListBody(Body):
    price_list_id: UUID | None = None
    code: Code
    customer_group: Code
    currency: Currency
    valid_from: date
    valid_until: date | None = None
    prices: Prices


class RevisePriceListBody(Body):
    valid_from: date
    valid_until: date | None = None
    prices: Prices


def price_lists_router(lists: PriceLists) -> CommandRouter:
    router = CommandRouter(tags=["price lists"])

    @router.command("/price-lists", role=Role.SALES, status_code=201)
    async def define_price_list(body: DefinePriceListBody, cmd: Command) -> dict[str, Any]:
        command = DefinePriceList(
            body.price_list_id or uuid7(),
            body.code,
            body.customer_group,
            body.currency,
            body.valid_from,
            body.valid_until,
            tuple(p.price() for p in body.prices),
        )
        return cmd.answer(
            await lists.handle(command, cmd.meta, "define-price-list", **cmd.idempotency)
        )

    @router.command("/price-lists/{price_list_id}/revise", role=Role.SALES)
    async def revise_price_list(
        price_list_id: UUID, body: RevisePriceListBody, cmd: Command
    ) -> dict[str, Any]:
        command = RevisePriceList(
            price_list_id,
            body.valid_from,
            body.valid_until,
            tuple(p.price() for p in body.prices),
        )
        return cmd.answer(
            await lists.handle(command, cmd.meta, "revise-price-list", **cmd.idempotency)
        )

    @router.get("/price-lists")
    async def list_price_lists(
        code: Annotated[
            str | None, Query(max_length=limits.MAX_CODE, description="in the code, any case")
        ] = None,
        customer_group: Annotated[
            str | None, Query(max_length=limits.MAX_CODE, description="of this customer group")
        ] = None,
        currency: Annotated[
            str | None, Query(pattern=f"^{limits.CURRENCY_PATTERN}$", description="in it")
        ] = None,
        sku: Annotated[
            str | None, Query(max_length=limits.MAX_CODE, description="pricing this SKU")
        ] = None,
        valid_on: Annotated[date | None, Query(description="valid on this day")] = None,
        after: AfterIdOrCursor = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        sort: Annotated[str | None, PRICE_LISTS.sort_query()] = None,
        order: SortOrder = None,
    ) -> dict[str, Any]:
        """The price lists, newest first, with the number of their prices; with `sort` (and
        `order`) in the order asked, the `next` of each page then a cursor of that sort."""
        filters = Filters(
            code=(code or "").strip() or None,
            customer_group=customer_group or None,
            currency=currency,
            sku=sku or None,
            valid_on=valid_on,
        )
        if sorting(sort, order):
            found, cursor = await lists.sorted_page(filters, sort, order, after, limit)
            return {"items": found, "next": cursor}
        rows = await lists.search(filters, after_id(after), limit + 1)
        page = rows[:limit]
        return {
            "items": page,
            "next": str(page[-1]["price_list_id"]) if len(rows) > limit else None,
        }

    @router.get("/price-lists/{price_list_id}")
    async def get_price_list(price_list_id: UUID) -> dict[str, Any]:
        state, version = await lists.get(price_list_id)
        return {
            "price_list_id": price_list_id,
            "version": version,
            "code": state.code,
            "customer_group": state.customer_group,
            "currency": state.currency,
            "valid_from": state.valid_from,
            "valid_until": state.valid_until,
            "prices": [
                {
                    "sku": p.sku,
                    "min_quantity": str(p.min_quantity),
                    "unit_price": str(p.unit_price.amount),
                }
                for p in state.prices
            ],
        }

    @router.get("/coupons/{code}")
    async def get_coupon(code: Code) -> dict[str, Any]:
        found = await lists.coupon(code)
        return {k: v if not isinstance(v, Decimal) else str(v) for k, v in found.items()}

    return router
