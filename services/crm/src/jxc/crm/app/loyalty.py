"""The points ledger: its commands (redeeming over HTTP, earning and reversing from sales'
events through the loyalty policy) and its queries. Accounts and ledger lines are written in
the transaction of the command that moved the points."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from jxc.crm.adapters import loyalty_tables
from jxc.crm.domain.loyalty import LoyaltyCommand, LoyaltyState, loyalty_decider
from jxc.crm.domain.loyalty.ledger import ledger_lines
from jxc.platform.commands import Appended, CommandHandler, CommandResult
from jxc.platform.paging import Order, Page
from jxc.platform.reads import reading, wait_for_event
from jxc.platform.store import Conn, Metadata


class Loyalty:
    def __init__(self, commands: CommandHandler, policy: str = "", max_wait: float = 0.0) -> None:
        """`policy` names the loyalty policy's consumer, for reads that wait until it has
        applied a sales event (at most `max_wait` seconds)."""
        self.commands = commands
        self.policy = policy
        self.max_wait = max_wait

    async def wait_for(self, event_id: UUID | None, seconds: float) -> None:
        """Return once the loyalty policy has applied sales event `event_id`."""
        timeout = min(seconds, self.max_wait)
        await wait_for_event(self.commands.pool, self.policy, event_id, timeout, "points ledger")

    async def handle(
        self, command: LoyaltyCommand, meta: Metadata, name: str, **idempotency: Any
    ) -> CommandResult:
        """A command in its own transaction (the customer's ledger locked while it runs: two
        redemptions of one customer queue, and the second sees the first)."""
        return await self.commands.handle(
            loyalty_decider,
            loyalty_decider.stream_id(command.customer_id),
            command,
            meta,
            name=name,
            after_append=self._save,
            **idempotency,
        )

    async def execute_in(self, conn: Conn, command: LoyaltyCommand, meta: Metadata) -> None:
        """A command in the caller's transaction (the policy's, with its consumed event id)."""
        await self.commands.execute_in(
            conn,
            loyalty_decider,
            loyalty_decider.stream_id(command.customer_id),
            command,
            meta,
            self._save,
        )

    @staticmethod
    async def _save(conn: Conn, appended: Appended[LoyaltyState]) -> None:
        first_version = appended.version - len(appended.events) + 1
        events = [event for _, event in appended.events]
        lines = [
            (first_version + line.position, line)
            for line in ledger_lines(events, appended.state.balance)
        ]
        customer = UUID(appended.stream_id.removeprefix(f"{loyalty_decider.stream_prefix}-"))
        await loyalty_tables.save(
            conn, customer, appended.state, appended.version, appended.last.recorded_at, lines
        )

    async def get(self, customer_id: UUID) -> tuple[LoyaltyState, int]:
        async with reading(self.commands.pool) as conn:
            fold = await self.commands.load(
                conn, loyalty_decider, loyalty_decider.stream_id(customer_id)
            )
        return fold.state, fold.version

    async def ledger(
        self, customer_id: UUID, after: int | None, limit: int
    ) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await loyalty_tables.ledger_page(conn, customer_id, after, limit)

    async def members(
        self, tier: str | None, after: UUID | None, limit: int
    ) -> list[dict[str, Any]]:
        async with reading(self.commands.pool) as conn:
            return await loyalty_tables.members(conn, tier, after, limit)

    async def members_sorted(
        self,
        tier: str | None,
        sort: str | None,
        order: Order | None,
        after: str | None,
        limit: int,
    ) -> Page:
        async with reading(self.commands.pool) as conn:
            return await loyalty_tables.members_sorted(conn, tier, sort, order, after, limit)
