"""Follow-up commands, and the follow-up lists (due and overdue per owner)."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from jxc.crm.adapters import follow_up_tables
from jxc.crm.adapters.follow_up_tables import Filters
from jxc.crm.app.customers import registered_first
from jxc.crm.domain.follow_up import (
    FollowUpCommand,
    FollowUpState,
    ScheduleFollowUp,
    follow_up_decider,
)
from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.decider import NotFound
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata


class FollowUps:
    def __init__(self, commands: CommandHandler) -> None:
        self.commands = commands

    async def handle(
        self, command: FollowUpCommand, meta: Metadata, name: str, **idempotency: Any
    ) -> CommandResult:
        built: Any = command
        if isinstance(command, ScheduleFollowUp):
            built = registered_first(command.customer_id, command)
        return await self.commands.handle(
            follow_up_decider,
            follow_up_decider.stream_id(command.follow_up_id),
            built,
            meta,
            name=name,
            after_append=self._save,
            **idempotency,
        )

    @staticmethod
    async def _save(conn: Conn, appended: Appended[FollowUpState]) -> None:
        follow_up = UUID(appended.stream_id.removeprefix(f"{follow_up_decider.stream_prefix}-"))
        await follow_up_tables.save(
            conn, follow_up, appended.state, appended.version, appended.last.recorded_at
        )

    async def get(self, follow_up_id: UUID) -> tuple[FollowUpState, int]:
        async with reading(self.commands.pool) as conn:
            fold = await self.commands.load(
                conn, follow_up_decider, follow_up_decider.stream_id(follow_up_id)
            )
        if fold.state.status == "none":
            raise NotFound(f"there is no follow-up {follow_up_id}", fields=("follow_up_id",))
        return fold.state, fold.version

    async def search(
        self, filters: Filters, after: tuple[date, UUID] | None, limit: int
    ) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await follow_up_tables.search(conn, filters, after, limit)

    async def sorted_page(
        self,
        filters: Filters,
        sort: str | None,
        order: Order | None,
        after: str | None,
        limit: int,
    ) -> Page:
        async with reading(self.commands.pool) as conn:
            return await follow_up_tables.sorted_page(conn, filters, sort, order, after, limit)
