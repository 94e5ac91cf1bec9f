"""Quotation commands, and converting an accepted quotation into an order in ONE command: the
quotation's conversion and the order's placement are appended in the same transaction (the
order is placed from the quotation's lines, prices and discounts, through the same checks and
credit as any order), so either both are recorded or neither."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.decider import NotFound
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata
from jxc.sales.adapters import quotation_list
from jxc.sales.app.orders import LineInput, Orders, PlaceInput, build_place_order
from jxc.sales.app.price_lists import line_prices
from jxc.sales.app.reference import customer_facts, units_of
from jxc.sales.domain.order import LineRequest
from jxc.sales.domain.quotation import (
    AcceptQuotation,
    ConvertQuotation,
    CreateQuotation,
    QuotationCommand,
    QuotationState,
    quotation_decider,
)


@dataclass(frozen=True, slots=True)
class OrderTerms:
    """What converting a quotation adds to it: the order's id, who takes it, where it goes."""

    order_id: UUID
    taken_by: str
    ship_to: str | None = None
    promised_on: date | None = None


class Quotations:
    def __init__(self, commands: CommandHandler, orders: Orders) -> None:
        self.commands = commands
        self.orders = orders

    async def create(
        self,
        quotation_id: UUID,
        customer_id: UUID,
        lines: Sequence[LineInput],
        valid_until: date,
        meta: Metadata,
        created_by: str,
        **idempotency: Any,
    ) -> CommandResult:
        async def build(conn: Conn) -> QuotationCommand:
            customer = await customer_facts(conn, customer_id, "customer_id")
            units = await units_of(
                conn,
                skus=[(f"lines.{i}.sku", line.sku) for i, line in enumerate(lines)],
                warehouses=[
                    (f"lines.{i}.warehouse", line.warehouse) for i, line in enumerate(lines)
                ],
            )
            today = meta.occurred_at.date()
            prices = await line_prices(conn, customer, lines, today, created_by)
            return CreateQuotation(
                quotation_id=quotation_id,
                customer=customer,
                lines=tuple(
                    LineRequest(
                        line.sku,
                        line.warehouse,
                        line.quantity,
                        units[line.sku],
                        price,
                        line.discount_percent,
                    )
                    for line, price in zip(lines, prices, strict=True)
                ),
                valid_until=valid_until,
                created_by=created_by,
                today=today,
            )

        return await self.handle(quotation_id, build, meta, "create-quotation", idempotency)

    async def accept(
        self, quotation_id: UUID, recorded_by: str, meta: Metadata, **idempotency: Any
    ) -> CommandResult:
        command = AcceptQuotation(quotation_id, recorded_by, meta.occurred_at.date())
        return await self.handle(quotation_id, command, meta, "accept-quotation", idempotency)

    async def convert(
        self,
        quotation_id: UUID,
        order: OrderTerms,
        meta: Metadata,
        **idempotency: Any,
    ) -> CommandResult:
        """`order` says the order's id, who takes it and where it goes; its customer, lines,
        prices and discounts come from the quotation."""
        today = meta.occurred_at.date()

        async def place_order(conn: Conn, appended: Appended[QuotationState]) -> None:
            quoted = appended.state.created
            assert quoted is not None
            request = PlaceInput(
                order_id=order.order_id,
                customer_id=quoted.customer_id,
                lines=tuple(
                    LineInput(
                        line.sku,
                        line.warehouse,
                        line.quantity,
                        line.unit_price.amount,
                        line.discount_percent,
                        price_source=f"quotation {quotation_id} of {quoted.created_by}",
                    )
                    for line in quoted.lines
                ),
                taken_by=order.taken_by,
                ship_to=order.ship_to,
                promised_on=order.promised_on,
                quotation_id=quotation_id,
            )
            await quotation_list.save(conn, appended.state, today)
            await self.orders.execute_in(
                conn,
                await build_place_order(conn, request, today, self.orders.overdue_allowed),
                meta,
            )

        return await self.commands.handle(
            quotation_decider,
            quotation_decider.stream_id(quotation_id),
            ConvertQuotation(quotation_id, order.order_id, today),
            meta,
            name="convert-quotation",
            after_append=place_order,
            **idempotency,
        )

    async def handle(
        self,
        quotation_id: UUID,
        command: QuotationCommand | Callable[[Conn], Awaitable[QuotationCommand]],
        meta: Metadata,
        name: str,
        idempotency: dict[str, Any],
    ) -> CommandResult:
        async def listed(conn: Conn, appended: Appended[QuotationState]) -> None:
            await quotation_list.save(conn, appended.state, meta.occurred_at.date())

        return await self.commands.handle(
            quotation_decider,
            quotation_decider.stream_id(quotation_id),
            command,
            meta,
            name=name,
            after_append=listed,
            **idempotency,
        )

    async def get(self, quotation_id: UUID) -> tuple[QuotationState, int]:
        async with reading(self.commands.pool) as conn:
            fold = await self.commands.load(
                conn, quotation_decider, quotation_decider.stream_id(quotation_id)
            )
        if fold.state.created is None:
            raise NotFound(f"there is no quotation {quotation_id}", fields=("quotation_id",))
        return fold.state, fold.version

    async def search(
        self,
        customer_id: UUID | None,
        status: str | None,
        today: date,
        after: UUID | None,
        limit: int,
    ) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await quotation_list.search(conn, customer_id, status, today, after, limit)

    async def sorted_page(
        self,
        customer_id: UUID | None,
        status: str | None,
        today: date,
        sort: str | None,
        order: Order | None,
        after: str | None,
        limit: int,
    ) -> Page:
        async with reading(self.commands.pool) as conn:
            return await quotation_list.sorted_page(
                conn, customer_id, status, today, sort, order, after, limit
            )
