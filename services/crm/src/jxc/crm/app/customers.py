"""Customer commands, and the customer and customer list queries."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any
from uuid import UUID

from jxc.crm.adapters import customer_list
from jxc.crm.adapters.customer_list import Filters
from jxc.crm.domain.customer import (
    CustomerCommand,
    CustomerState,
    RegisterCustomer,
    customer_decider,
)
from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.decider import NotFound, StateConflict
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata


class Customers:
    def __init__(self, commands: CommandHandler) -> None:
        self.commands = commands

    async def handle(
        self, command: CustomerCommand, meta: Metadata, name: str, **idempotency: Any
    ) -> CommandResult:
        """Register, update or change the credit limit: `name` names the command for metrics
        and idempotency keys. The customer list (and with it the code's holder) is written in
        the same transaction as the events."""
        built: CustomerCommand | Callable[[Conn], Awaitable[CustomerCommand]] = command
        if isinstance(command, RegisterCustomer):
            built = self._with_free_code(command)
        return await self.commands.handle(
            customer_decider,
            customer_decider.stream_id(command.customer_id),
            built,
            meta,
            name=name,
            after_append=partial(self._save, command.customer_id),
            **idempotency,
        )

    @staticmethod
    def _with_free_code(
        command: RegisterCustomer,
    ) -> Callable[[Conn], Awaitable[CustomerCommand]]:
        async def build(conn: Conn) -> CustomerCommand:
            code = command.code.strip()
            holder = await customer_list.holder(conn, code)
            if holder is not None and holder != command.customer_id:
                raise StateConflict(
                    f"customer code {code} is already taken by customer {holder}; "
                    "choose another code",
                    fields=("code",),
                )
            return command

        return build

    @staticmethod
    async def _save(customer_id: UUID, conn: Conn, appended: Appended[CustomerState]) -> None:
        await customer_list.save(
            conn, customer_id, appended.state, appended.version, appended.last.recorded_at
        )

    async def get(self, customer_id: UUID) -> tuple[CustomerState, int]:
        async with reading(self.commands.pool) as conn:
            fold = await self.commands.load(
                conn, customer_decider, customer_decider.stream_id(customer_id)
            )
        if not fold.state.exists:
            raise NotFound(f"there is no customer {customer_id}", fields=("customer_id",))
        return fold.state, fold.version

    async def search(
        self,
        after: str | None,
        limit: int,
        *,
        group: str | None = None,
        tag: str | None = None,
        owner: str | None = None,
        text: str | None = None,
    ) -> list[dict[str, Any]]:
        """At most `limit` customers by code, after the code `after`; the filters given narrow
        the list (`text`: in the name or the code, any case)."""
        filters = Filters(group=group, tag=tag, owner=owner, text=text)
        async with reading(self.commands.pool) as conn:
            return await customer_list.search(conn, filters, after, limit)

    async def sorted_page(
        self,
        filters: Filters,
        sort: str | None,
        order: Order | None,
        after: str | None,
        limit: int,
    ) -> Page:
        """A page of customers in the order asked, and the next page's cursor."""
        async with reading(self.commands.pool) as conn:
            return await customer_list.sorted_page(conn, filters, sort, order, after, limit)


def registered_first(customer_id: UUID, command: Any) -> Callable[[Conn], Awaitable[Any]]:
    """`command`, built in its transaction once `customer_id` is found registered (a 404
    naming `customer_id` otherwise): what crm does for a customer, it does for one it knows."""

    async def build(conn: Conn) -> Any:
        if not await customer_list.exists(conn, customer_id):
            raise NotFound(f"there is no customer {customer_id}", fields=("customer_id",))
        return command

    return build
