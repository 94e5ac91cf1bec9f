"""Policies: reactions that issue commands. The consumed event's id is recorded in the same
transaction as the append, so a redelivered event changes nothing."""

from __future__ import annotations

from uuid import UUID

from jxc.platform.store import Conn


async def first_delivery(conn: Conn, consumer: str, event_id: UUID) -> bool:
    """Record that `consumer` handled `event_id`; False when it already had (a redelivery).
    Call it inside the transaction that appends the reaction's events."""
    cur = await conn.execute(
        "INSERT INTO processed_events (consumer, event_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
        (consumer, event_id),
    )
    return cur.rowcount == 1
