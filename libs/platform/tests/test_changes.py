"""The change feed's fan-out: a burst of notifications reaches a stream as one event."""

from __future__ import annotations

from jxc.platform.changes import Subscriber


async def test_a_burst_is_taken_as_one_set_of_names() -> None:
    subscriber = Subscriber()
    for name in ("ns.inventory.stock-keeper", "ns.inventory.stock-keeper", "ns.inventory.abc"):
        subscriber.add(name)
    assert await subscriber.take(1) == ["ns.inventory.abc", "ns.inventory.stock-keeper"]
    assert await subscriber.take(0.01) == []  # nothing new: the keep-alive's turn
