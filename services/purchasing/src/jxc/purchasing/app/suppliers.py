"""Supplier commands and the supplier facts other commands need (currency, blocked)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from uuid import UUID

from jxc.events.contracts.purchasing import SupplierRegistered
from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata
from jxc.purchasing.adapters import supplier_codes, supplier_directory
from jxc.purchasing.domain import (
    RegisterSupplier,
    SupplierCommand,
    SupplierState,
    supplier_decider,
)


async def known_supplier(commands: CommandHandler, conn: Conn, supplier_id: UUID) -> SupplierState:
    """The supplier as it is now, read in the caller's transaction; a 422 if there is none."""
    fold = await commands.load(conn, supplier_decider, supplier_decider.stream_id(supplier_id))
    if not fold.state.exists:
        raise DomainError(
            f"there is no supplier {supplier_id}; register it first", fields=("supplier_id",)
        )
    return fold.state


class Suppliers:
    def __init__(self, commands: CommandHandler) -> None:
        self.commands = commands

    async def handle(
        self, command: SupplierCommand, meta: Metadata, name: str, **idempotency: Any
    ) -> CommandResult:
        """Register, update, block or unblock: `name` names the command for metrics and
        idempotency keys. A registration claims the supplier's code in the same transaction."""
        if isinstance(command, RegisterSupplier):
            return await self.commands.handle(
                supplier_decider,
                supplier_decider.stream_id(command.supplier_id),
                self._with_free_code(command),
                meta,
                name=name,
                after_append=self._claim_code,
                **idempotency,
            )
        return await self.commands.handle(
            supplier_decider,
            supplier_decider.stream_id(command.supplier_id),
            command,
            meta,
            name=name,
            after_append=self._list,
            **idempotency,
        )

    @staticmethod
    def _with_free_code(command: RegisterSupplier) -> Callable[[Conn], Awaitable[SupplierCommand]]:
        async def build(conn: Conn) -> SupplierCommand:
            code = command.code.strip()
            holder = await supplier_codes.holder(conn, code)
            if holder is not None and holder != command.supplier_id:
                raise StateConflict(
                    f"supplier code {code} is already taken by supplier {holder}; "
                    "choose another code",
                    fields=("code",),
                )
            return command

        return build

    @staticmethod
    async def _claim_code(conn: Conn, appended: Appended[SupplierState]) -> None:
        for _, event in appended.events:
            if isinstance(event, SupplierRegistered):
                await supplier_codes.record(conn, event.code, event.supplier_id)
        await Suppliers._list(conn, appended)

    @staticmethod
    async def _list(conn: Conn, appended: Appended[SupplierState]) -> None:
        """Keep the supplier directory's row as the command left the supplier."""
        if appended.events:
            prefix = supplier_decider.stream_prefix + "-"
            supplier_id = UUID(appended.stream_id.removeprefix(prefix))
            await supplier_directory.save(conn, supplier_id, appended.state, appended.version)

    async def get(self, supplier_id: UUID) -> tuple[SupplierState, int]:
        async with reading(self.commands.pool) as conn:
            fold = await self.commands.load(
                conn, supplier_decider, supplier_decider.stream_id(supplier_id)
            )
        if not fold.state.exists:
            raise NotFound(f"there is no supplier {supplier_id}", fields=("supplier_id",))
        return fold.state, fold.version

    async def sorted_page(
        self,
        sort: str | None,
        order: Order | None,
        after: str | None,
        limit: int,
        /,
        **filters: Any,
    ) -> Page:
        """A page of the supplier directory, by code unless sorted otherwise."""
        async with reading(self.commands.pool) as conn:
            return await supplier_directory.page(conn, sort, order, after, limit, **filters)

    async def page(
        self, prefix: str | None, after: str | None, limit: int
    ) -> list[tuple[UUID, SupplierState, int]]:
        """Suppliers by code (a keyset page after the code `after`), each as it is now."""
        found: list[tuple[UUID, SupplierState, int]] = []
        async with reading(self.commands.pool) as conn:
            for _, supplier_id in await supplier_codes.page(conn, prefix, after, limit):
                fold = await self.commands.load(
                    conn, supplier_decider, supplier_decider.stream_id(supplier_id)
                )
                found.append((supplier_id, fold.state, fold.version))
        return found
