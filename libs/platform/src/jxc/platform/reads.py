"""Reading your own writes: a query may wait, bounded, until its read model has seen an event."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable


async def wait_until(
    seen: Callable[[], Awaitable[bool]], timeout: float, interval: float = 0.01
) -> bool:
    """Poll `seen` until it is true or `timeout` seconds pass; True if it was seen."""
    deadline = time.monotonic() + timeout
    while True:
        if await seen():
            return True
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(min(interval, max(deadline - time.monotonic(), 0)))
        interval = min(interval * 1.5, 0.1)
