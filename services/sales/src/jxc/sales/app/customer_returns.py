"""Customer return commands and queries. A request is checked against what sales knows was
shipped of the order (projection return-sales) less what its other returns claim, read under a
lock on the order's returns so two requests at once never take the same goods; every command
writes the return list and its claims in the transaction of its events."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from decimal import Decimal
from functools import partial
from typing import Any
from uuid import UUID

from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.decider import NotFound
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading, wait_for_event
from jxc.platform.store import Conn, Metadata
from jxc.sales.adapters import document_numbers, return_list, sold_lines
from jxc.sales.adapters.sold_lines import SoldLine
from jxc.sales.domain.customer_return import (
    RefundReturn,
    RequestReturn,
    Returnable,
    ReturnCommand,
    ReturnState,
    credit_note_no_of,
    customer_return_decider,
)

ZERO = Decimal(0)


class CustomerReturns:
    def __init__(self, commands: CommandHandler, consumer: str, max_wait_seconds: float) -> None:
        self.commands = commands
        self.consumer = consumer  # the projection of what was sold and shipped
        self.max_wait_seconds = max_wait_seconds

    async def handle(
        self, command: ReturnCommand, meta: Metadata, name: str, **idempotency: Any
    ) -> CommandResult:
        built: ReturnCommand | Callable[[Conn], Awaitable[ReturnCommand]] = command
        if isinstance(command, RequestReturn):
            built = partial(self._with_what_shipped, command)
        elif isinstance(command, RefundReturn):
            built = partial(self._numbered, command)
        return await self.commands.handle(
            customer_return_decider,
            customer_return_decider.stream_id(command.return_id),
            built,
            meta,
            name=name,
            after_append=partial(self._save, command.return_id),
            **idempotency,
        )

    @staticmethod
    async def _with_what_shipped(command: RequestReturn, conn: Conn) -> ReturnCommand:
        await sold_lines.lock_order(conn, command.order_id)
        lines = await sold_lines.sold(conn, command.order_id, command.return_id)
        # a line whose OrderPlaced was not seen yet has no price to refund: not returnable yet
        shipped = tuple(
            _returnable(line) for line in lines if line.unit_price is not None and line.shipped > 0
        )
        customer = lines[0].customer_id if lines else None
        return RequestReturn(
            command.return_id, command.order_id, command.lines, command.reason, customer, shipped
        )

    @staticmethod
    async def _numbered(command: RefundReturn, conn: Conn) -> ReturnCommand:
        """The credit note's number, the next of its year's series, taken in the transaction
        that issues it: a refusal gives it back, so the series has no gaps."""
        year = command.issued_on.year
        number = await document_numbers.next_number(conn, "CN", year)
        return replace(command, credit_note_no=credit_note_no_of(year, number))

    @staticmethod
    async def _save(return_id: UUID, conn: Conn, appended: Appended[ReturnState]) -> None:
        await return_list.save(
            conn, return_id, appended.state, appended.version, appended.last.recorded_at
        )

    async def get(self, return_id: UUID) -> tuple[ReturnState, int]:
        async with reading(self.commands.pool) as conn:
            fold = await self.commands.load(
                conn, customer_return_decider, customer_return_decider.stream_id(return_id)
            )
        if fold.version == 0:
            raise NotFound(f"there is no customer return {return_id}", fields=("return_id",))
        return fold.state, fold.version

    async def search(
        self,
        *,
        order_id: UUID | None,
        customer_id: UUID | None,
        status: str | None,
        after: UUID | None,
        limit: int,
    ) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await return_list.search(
                conn,
                order_id=order_id,
                customer_id=customer_id,
                status=status,
                after=after,
                limit=limit,
            )

    async def sorted_page(
        self,
        *,
        order_id: UUID | None,
        customer_id: UUID | None,
        status: str | None,
        sort: str | None,
        order: Order | None,
        after: str | None,
        limit: int,
    ) -> Page:
        async with reading(self.commands.pool) as conn:
            return await return_list.sorted_page(
                conn,
                order_id=order_id,
                customer_id=customer_id,
                status=status,
                sort=sort,
                order=order,
                after=after,
                limit=limit,
            )

    async def returnable(
        self, order_id: UUID, wait_for: UUID | None, wait_seconds: float
    ) -> list[dict[str, Any]]:
        """Per shipped line of the order: shipped, claimed by returns, still returnable, at
        what price; `wait_for` (an event id of the order) waits until it has been seen."""
        await wait_for_event(
            self.commands.pool,
            self.consumer,
            wait_for,
            min(wait_seconds, self.max_wait_seconds),
            "record of what was shipped",
        )
        async with reading(self.commands.pool) as conn:
            lines = await sold_lines.sold(conn, order_id)
        return [
            {
                "line_no": line.line_no,
                "sku": line.sku,
                "warehouse": line.warehouse,
                "unit": line.unit,
                "ordered": line.ordered,
                "shipped": line.shipped,
                "returned": line.claimed,
                "returnable": max(line.shipped - line.claimed, ZERO),
                "unit_price": line.unit_price,
                "currency": line.currency,
            }
            for line in lines
        ]


def _returnable(line: SoldLine) -> Returnable:
    assert line.unit_price is not None
    return Returnable(
        line.line_no,
        line.sku,
        line.warehouse,
        line.unit,
        line.unit_price,
        line.currency or "",
        returnable=max(line.shipped - line.claimed, ZERO),
    )
