"""The RFM schedule: a worker of the crm service (`jxc-crm serve` runs it, `jxc-crm work rfm`
runs it alone) that recomputes the segments now and then every JXC_CRM_RFM_INTERVAL_SECONDS.
One computation runs at a time whichever process asks (the segments' lock): a turn that finds
one running skips, and a failed turn is logged and tried again at the next."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime

from jxc.crm.app.segments import Computed, Segments
from jxc.events.ids import uuid7
from jxc.platform.decider import StateConflict
from jxc.platform.logging import get_logger
from jxc.platform.store import Metadata

log = get_logger("jxc.crm.rfm")

SCHEDULER = "crm.rfm"  # the actor of the segment changes the schedule records


class RfmSchedule:
    name = "rfm"

    def __init__(self, segments: Segments, interval_seconds: float) -> None:
        self.segments = segments
        self.interval_seconds = interval_seconds

    async def once(self) -> None:
        """One computation now (`jxc-crm work rfm --once`); refused if one is running."""
        await self._compute()

    async def run(self, stop: asyncio.Event) -> None:
        seconds = self.interval_seconds
        while not stop.is_set():
            try:
                await self._compute()
            except StateConflict:
                log.info("rfm computation running elsewhere; next turn in", seconds=seconds)
            except Exception:
                log.exception("rfm computation failed; next turn in", seconds=seconds)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=seconds)

    async def _compute(self) -> Computed:
        now = datetime.now(UTC)
        meta = Metadata(occurred_at=now, correlation_id=uuid7(), actor=SCHEDULER)
        return await self.segments.recompute(now, meta)
