"""RFM segments: computed on demand (a command) and on a schedule (the worker `rfm`,
app/rfm_schedule.py), from the purchase history. A customer whose segment changes records
crm.CustomerSegmentChanged on its segment stream (with its row, in one transaction); then every
scored customer's scores are written, and customers no longer scored (every order of theirs
cancelled) leave the segment lists (no event: the contract has no "no segment"). One
computation runs at a time (a lock): one asked for meanwhile is refused with a 409, and the
worker skips its turn. (Even two at once would record each change once: a customer's stream is
locked while its segment is assigned, and the same segment twice records nothing.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from jxc.crm.adapters import purchase_history, segment_tables
from jxc.crm.domain.segment import SEGMENTS, AssignSegment, Rfm, score, segment_decider
from jxc.events.ids import uuid7
from jxc.platform.commands import Appended, CommandHandler
from jxc.platform.decider import DomainError, NotFound, StateConflict
from jxc.platform.logging import get_logger
from jxc.platform.reads import reading
from jxc.platform.store import Conn, Metadata

log = get_logger("jxc.crm.rfm")


@dataclass(frozen=True, slots=True)
class Computed:
    computed_at: datetime
    customers: int
    changed: int

    def to_json(self) -> dict[str, Any]:
        return {
            "computed_at": self.computed_at,
            "customers": self.customers,
            "changed": self.changed,
        }


class Segments:
    def __init__(self, commands: CommandHandler) -> None:
        self.commands = commands
        self.pool = commands.pool

    async def recompute(self, now: datetime, meta: Metadata | None = None) -> Computed:
        """One computation at a time (a lock on a connection of its own): while one runs,
        another is refused at once (409), not queued behind it."""
        async with self.pool.connection() as lock, segment_tables.computing_alone(lock) as mine:
            if not mine:
                raise StateConflict(
                    "the RFM segments are being computed right now; "
                    "ask again once that is done (a few seconds)"
                )
            return await self._recompute(now, meta)

    async def _recompute(self, now: datetime, meta: Metadata | None) -> Computed:
        async with reading(self.pool) as conn:
            facts = await purchase_history.rfm_facts(conn)
            known = await segment_tables.current(conn)
        scored = score(facts, now)
        meta = meta or Metadata(occurred_at=now, correlation_id=uuid7())
        changed = 0
        for rfm in scored:
            if known.get(rfm.customer_id) == rfm.segment:
                continue
            result = await self.commands.handle(
                segment_decider,
                segment_decider.stream_id(rfm.customer_id),
                AssignSegment(
                    rfm.customer_id,
                    rfm.segment,
                    rfm.recency_score,
                    rfm.frequency_score,
                    rfm.monetary_score,
                    now,
                ),
                meta,
                name="assign-segment",
                after_append=_saving(rfm, now),
            )
            changed += len(result.event_ids)
        gone = sorted(set(known) - {rfm.customer_id for rfm in scored})
        async with self.pool.connection() as conn:
            await segment_tables.save(conn, scored, now)
            await segment_tables.forget(conn, gone)
        log.info("rfm computed", customers=len(scored), changed=changed)
        return Computed(now, len(scored), changed)

    async def of_customer(self, customer_id: UUID) -> dict[str, Any]:
        async with reading(self.pool) as conn:
            row = await segment_tables.of_customer(conn, customer_id)
        if row is None:
            raise NotFound(
                f"customer {customer_id} has no segment: it has no orders yet, or RFM has not "
                "been computed since its first",
                fields=("customer_id",),
            )
        return row

    async def in_segment(
        self, segment: str, after: UUID | None, limit: int
    ) -> list[dict[str, Any]]:
        if segment not in SEGMENTS:
            raise DomainError(
                f"there is no segment {segment!r}; the segments are {', '.join(SEGMENTS)}",
                fields=("segment",),
            )
        async with reading(self.pool) as conn:
            return await segment_tables.in_segment(conn, segment, after, limit)

    async def counts(self) -> dict[str, int]:
        async with reading(self.pool) as conn:
            return await segment_tables.counts(conn)


def _saving(rfm: Rfm, at: datetime) -> Any:
    async def save(conn: Conn, appended: Appended[Any]) -> None:
        await segment_tables.save(conn, [rfm], at)

    return save
