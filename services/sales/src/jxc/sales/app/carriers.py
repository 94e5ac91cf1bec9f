"""Carrier commands (register, add a service, set a rate card) and the carrier queries."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any
from uuid import UUID

from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.decider import NotFound, StateConflict
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata
from jxc.sales.adapters import carrier_list
from jxc.sales.domain.carrier import (
    CarrierCommand,
    CarrierState,
    RegisterCarrier,
    carrier_decider,
)


class Carriers:
    def __init__(self, commands: CommandHandler) -> None:
        self.commands = commands

    async def handle(
        self, command: CarrierCommand, meta: Metadata, name: str, **idempotency: Any
    ) -> CommandResult:
        built: CarrierCommand | Callable[[Conn], Awaitable[CarrierCommand]] = command
        if isinstance(command, RegisterCarrier):
            built = self._with_free_code(command)
        return await self.commands.handle(
            carrier_decider,
            carrier_decider.stream_id(command.carrier_id),
            built,
            meta,
            name=name,
            after_append=partial(self._save, command.carrier_id),
            **idempotency,
        )

    @staticmethod
    def _with_free_code(command: RegisterCarrier) -> Callable[[Conn], Awaitable[CarrierCommand]]:
        async def build(conn: Conn) -> CarrierCommand:
            code = command.code.strip()
            holder = await carrier_list.holder(conn, code)
            if holder is not None and holder != command.carrier_id:
                raise StateConflict(
                    f"carrier code {code} is already taken by carrier {holder}",
                    fields=("code",),
                )
            return command

        return build

    @staticmethod
    async def _save(carrier_id: UUID, conn: Conn, appended: Appended[CarrierState]) -> None:
        await carrier_list.save(conn, carrier_id, appended.state, appended.version)

    async def get(self, carrier_id: UUID) -> tuple[CarrierState, int]:
        async with reading(self.commands.pool) as conn:
            return await self.load(conn, carrier_id)

    async def load(self, conn: Conn, carrier_id: UUID) -> tuple[CarrierState, int]:
        fold = await self.commands.load(
            conn, carrier_decider, carrier_decider.stream_id(carrier_id)
        )
        if not fold.state.exists:
            raise NotFound(f"there is no carrier {carrier_id}", fields=("carrier_id",))
        return fold.state, fold.version

    async def listed(self) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await carrier_list.listed(conn)
