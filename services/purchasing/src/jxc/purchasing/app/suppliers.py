"""Supplier commands and the supplier facts other commands need (currency, blocked)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from jxc.platform.commands import CommandHandler, CommandResult
from jxc.platform.decider import DomainError, NotFound
from jxc.platform.store import Conn, Metadata
from jxc.purchasing.domain import SupplierCommand, SupplierState, supplier_decider


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
        idempotency keys."""
        return await self.commands.handle(
            supplier_decider,
            supplier_decider.stream_id(command.supplier_id),
            command,
            meta,
            name=name,
            **idempotency,
        )

    async def get(self, supplier_id: UUID) -> tuple[SupplierState, int]:
        async with self.commands.pool.connection() as conn:
            fold = await self.commands.load(
                conn, supplier_decider, supplier_decider.stream_id(supplier_id)
            )
        if not fold.state.exists:
            raise NotFound(f"there is no supplier {supplier_id}", fields=("supplier_id",))
        return fold.state, fold.version
