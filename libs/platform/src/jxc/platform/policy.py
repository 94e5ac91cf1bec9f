"""Policies: reactions that issue commands. The consumed event's id is recorded in the same
transaction as the append, so a redelivered event changes nothing."""

from __future__ import annotations

from typing import NoReturn
from uuid import UUID

from jxc.events.envelope import Envelope
from jxc.platform.store import Conn, Metadata


def caused_by(cause: Envelope, *, on_behalf: bool = True) -> Metadata:
    """The metadata of a reaction to `cause`: as of when it happened, in its correlation,
    caused by it, and (`on_behalf`) recorded as done by whoever did the cause."""
    return Metadata(
        occurred_at=cause.occurred_at,
        correlation_id=cause.correlation_id,
        causation_id=cause.event_id,
        actor=cause.actor if on_behalf else None,
    )


async def first_delivery(conn: Conn, consumer: str, event_id: UUID) -> bool:
    """Record that `consumer` handled `event_id`; False when it already had (a redelivery).
    Call it inside the transaction that appends the reaction's events."""
    cur = await conn.execute(
        "INSERT INTO processed_events (consumer, event_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
        (consumer, event_id),
    )
    return cur.rowcount == 1


def refuse_rebuild(name: str, why: str) -> NoReturn:
    """A policy's `clear`: what a policy records are its own events, not a read model, so
    there is nothing to rebuild, and replaying what it consumed would decide every reaction
    again. `jxc replay` and `rebuild` print this and exit non-zero."""
    raise SystemExit(f"{name} cannot be rebuilt: {why}")
