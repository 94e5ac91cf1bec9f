"""Sales-order commands through the platform's handler, with the order book and the credit
exposure kept inline (same transaction as the events).

Placing an order looks up, inside the transaction that appends: the customer (sales' copy),
the items' units and the warehouses, the next order number, and, under the customer's credit
lock, the exposure; so two orders of one customer never pass on the same headroom."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from jxc.events.contracts.sales import ReturnExchanged
from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata
from jxc.sales.adapters import credit, order_book, pricing
from jxc.sales.adapters.order_book import Filters
from jxc.sales.app.price_lists import line_prices
from jxc.sales.app.reference import customer_facts, units_of
from jxc.sales.domain.order import (
    Coupon,
    Credit,
    LineRequest,
    OrderCommand,
    OrderDiscount,
    OrderState,
    PlaceOrder,
    ReleaseCredit,
    Stage,
    Voucher,
    order_decider,
)

#: Stages whose order counts in the customer's exposure.
COUNTING = frozenset(
    {
        Stage.PLACED,
        Stage.CONFIRMED,
        Stage.PARTIALLY_SHIPPED,
        Stage.SHIPPED,
        Stage.DELIVERED,
        Stage.CLOSED,
    }
)


@dataclass(frozen=True, slots=True)
class LineInput:
    """A line as the seller asks for it: `unit_price` None leaves the price to the price
    lists."""

    sku: str
    warehouse: str
    quantity: Decimal
    unit_price: Decimal | None = None
    discount_percent: Decimal = Decimal(0)
    price_source: str | None = None  # None: typed by the seller


@dataclass(frozen=True, slots=True)
class PlaceInput:
    order_id: UUID
    customer_id: UUID
    lines: tuple[LineInput, ...]
    taken_by: str
    ship_to: str | None = None
    promised_on: date | None = None
    order_discount_percent: Decimal = Decimal(0)
    quotation_id: UUID | None = None
    coupon_code: str | None = None
    voucher_code: str | None = None


def order_number(n: int) -> str:
    return f"SO-{n:08d}"


async def build_place_order(
    conn: Conn, request: PlaceInput, today: date, overdue_allowed: Decimal = Decimal(0)
) -> PlaceOrder:
    """The PlaceOrder of `request`, with what sales knows looked up in this transaction;
    more than `overdue_allowed` of the customer's receivables overdue holds it."""
    customer = await customer_facts(conn, request.customer_id, "customer_id")
    units = await units_of(
        conn,
        skus=[(f"lines.{i}.sku", line.sku) for i, line in enumerate(request.lines)],
        warehouses=[
            (f"lines.{i}.warehouse", line.warehouse) for i, line in enumerate(request.lines)
        ],
    )
    prices = await line_prices(conn, customer, request.lines, today, request.taken_by)
    lines = tuple(
        LineRequest(
            sku=line.sku,
            warehouse=line.warehouse,
            quantity=line.quantity,
            unit=units[line.sku],
            price=price,
            discount_percent=line.discount_percent,
        )
        for line, price in zip(request.lines, prices, strict=True)
    )
    discount = OrderDiscount(
        percent=request.order_discount_percent,
        coupon=await _coupon(conn, request.coupon_code),
        voucher=await _voucher(conn, request.voucher_code),
    )
    await credit.lock_customer_credit(conn, request.customer_id)
    exposure = await credit.exposure(conn, request.customer_id)
    return PlaceOrder(
        order_id=request.order_id,
        order_no=order_number(await order_book.next_number(conn)),
        customer=customer,
        lines=lines,
        taken_by=request.taken_by,
        taken_on=today,
        credit=Credit(exposure.total, exposure.overdue, overdue_allowed),
        ship_to=request.ship_to,
        promised_on=request.promised_on,
        discount=discount,
        quotation_id=request.quotation_id,
    )


async def _coupon(conn: Conn, code: str | None) -> Coupon | None:
    if code is None:
        return None
    found = await pricing.coupon_locked(conn, code)
    if found is None:
        raise DomainError(
            f"crm issued no coupon {code} (if it just did, retry in a moment)",
            fields=("coupon_code",),
        )
    return found


async def _voucher(conn: Conn, code: str | None) -> Voucher | None:
    if code is None:
        return None
    found = await pricing.voucher_locked(conn, code)
    if found is None:
        raise DomainError(
            f"crm issued no loyalty voucher {code} (if it just did, retry in a moment)",
            fields=("voucher_code",),
        )
    return found


async def save_order(conn: Conn, appended: Appended[OrderState]) -> None:
    """The order book, the credit exposure and the use of its coupon and voucher, as the
    order is after `appended`."""
    state = appended.state
    taken = state.taken
    assert taken is not None
    if state.stage in {Stage.CANCELLED, Stage.CREDIT_REFUSED}:
        await pricing.free(conn, taken.order_id)
    else:
        await pricing.use(conn, taken.order_id, taken.coupon_code, taken.voucher_code)
    await order_book.save(conn, taken.order_id, state, appended.version, appended.last.recorded_at)
    await credit.save_order(
        conn, taken.order_id, taken.customer_id, taken.total.amount, state.stage in COUNTING
    )


class Orders:
    def __init__(self, commands: CommandHandler, overdue_allowed: Decimal = Decimal(0)) -> None:
        self.commands = commands
        self.overdue_allowed = overdue_allowed  # a customer's receivables overdue, at most

    async def place(self, request: PlaceInput, meta: Metadata, **idempotency: Any) -> CommandResult:
        today = meta.occurred_at.date()

        async def build(conn: Conn) -> OrderCommand:
            return await build_place_order(conn, request, today, self.overdue_allowed)

        return await self.handle(request.order_id, build, meta, "place-order", idempotency)

    async def release(
        self, command: ReleaseCredit, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        """Release a held order: placed under the customer's credit lock, like any placement,
        so orders placed meanwhile see it in the exposure."""

        async def under_credit_lock(conn: Conn) -> OrderCommand:
            customer_id = await order_book.customer_of(conn, command.order_id)
            if customer_id is not None:
                await credit.lock_customer_credit(conn, customer_id)
            return command

        return await self.handle(
            command.order_id, under_credit_lock, meta, "release-credit-hold", idempotency
        )

    async def handle(
        self,
        order_id: UUID,
        command: OrderCommand | Callable[[Conn], Awaitable[OrderCommand]],
        meta: Metadata,
        name: str,
        idempotency: dict[str, Any],
    ) -> CommandResult:
        return await self.commands.handle(
            order_decider,
            order_decider.stream_id(order_id),
            command,
            meta,
            name=name,
            after_append=save_order,
            **idempotency,
        )

    async def execute_in(self, conn: Conn, command: OrderCommand, meta: Metadata) -> CommandResult:
        """Run `command` in the caller's transaction (a policy's, a quotation's)."""
        return await self.commands.execute_in(
            conn,
            order_decider,
            order_decider.stream_id(command.order_id),
            command,
            meta,
            after_append=save_order,
        )

    async def place_replacement(
        self, conn: Conn, exchanged: ReturnExchanged, meta: Metadata
    ) -> CommandResult | None:
        """The replacement order an exchanged return asked for, placed in the caller's
        transaction (the exchange policy's): order `replacement_order_id`, the same customer,
        the exchanged lines from the same warehouses AT NO CHARGE (price 0: the customer paid
        for these goods on the original order, whose return is not refunded), shipped to the
        original order's address while the customer still has it; no credit check (it adds
        nothing to the exposure). None when that order exists already (placed once)."""
        stream = order_decider.stream_id
        if (
            await self.commands.load(conn, order_decider, stream(exchanged.replacement_order_id))
        ).state.exists:
            return None
        original = (await self.commands.load(conn, order_decider, stream(exchanged.order_id))).state
        customer = await customer_facts(conn, exchanged.customer_id, "customer_id")
        ship_to = None if original.taken is None else original.taken.ship_to
        source = f"replacement for return {exchanged.return_id}: no charge"
        request = PlaceInput(
            order_id=exchanged.replacement_order_id,
            customer_id=exchanged.customer_id,
            lines=tuple(
                LineInput(line.sku, line.warehouse, line.quantity, Decimal(0), price_source=source)
                for line in exchanged.lines
            ),
            taken_by=meta.actor or "sales",
            ship_to=ship_to if ship_to in customer.address_labels else None,
        )
        command = await build_place_order(conn, request, meta.occurred_at.date())
        return await self.execute_in(conn, replace(command, credit=None), meta)

    async def get(self, order_id: UUID) -> tuple[OrderState, int]:
        async with reading(self.commands.pool) as conn:
            fold = await self.commands.load(conn, order_decider, order_decider.stream_id(order_id))
        if not fold.state.exists:
            raise NotFound(f"there is no sales order {order_id}", fields=("order_id",))
        return fold.state, fold.version

    async def search(self, filters: Filters, after: str | None, limit: int) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await order_book.search(conn, filters, after, limit)

    async def sorted_page(
        self, filters: Filters, sort: str | None, order: Order | None, after: str | None, limit: int
    ) -> Page:
        async with reading(self.commands.pool) as conn:
            return await order_book.sorted_page(conn, filters, sort, order, after, limit)

    async def backorders(
        self, filters: Filters, after: tuple[str, int] | None, limit: int
    ) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await order_book.backorders(conn, filters, after, limit)

    async def sorted_backorders(
        self, filters: Filters, sort: str | None, order: Order | None, after: str | None, limit: int
    ) -> Page:
        async with reading(self.commands.pool) as conn:
            return await order_book.sorted_backorders(conn, filters, sort, order, after, limit)
