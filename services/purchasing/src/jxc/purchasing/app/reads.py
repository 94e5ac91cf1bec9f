"""Reading your own writes from a projected read model: wait, bounded, until the projection
has applied the event the client caused."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from psycopg_pool import AsyncConnectionPool

from jxc.platform.decider import DomainError
from jxc.platform.reads import wait_until


class ReadModelBehind(DomainError):
    """The read model has not caught up with the event yet: try again shortly."""

    status = 504


async def wait_for_event(
    pool: AsyncConnectionPool[Any], consumer: str, event_id: UUID | None, timeout: float, what: str
) -> None:
    """Return once `consumer` has applied `event_id` (at once if None); ReadModelBehind after
    `timeout` seconds. Only events the projection handles are ever recorded as applied."""
    if event_id is None:
        return

    async def seen() -> bool:
        async with pool.connection() as conn:
            cur = await conn.execute(
                "SELECT 1 FROM processed_events WHERE consumer = %s AND event_id = %s",
                (consumer, event_id),
            )
            return await cur.fetchone() is not None

    if not await wait_until(seen, timeout):
        raise ReadModelBehind(
            f"the {what} has not applied event {event_id} yet; try again shortly",
            fields=("wait_for_event",),
        )
