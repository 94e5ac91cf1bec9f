"""A consumer that keeps failing, or stalls, shows in /readyz and /metrics."""

from __future__ import annotations

from uuid import uuid4

import httpx
from prometheus_client import REGISTRY

from jxc.platform.consumer_health import BOARD, FAILING_AFTER, consumers_ready
from jxc.platform.http import create_app


def _consumer() -> str:
    return f"tests.health-{uuid4().hex[:8]}"


async def _readyz() -> httpx.Response:
    app = create_app(title="t", ready_checks={"consumers": consumers_ready})
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://t") as c:
        return await c.get("/readyz")


async def test_a_consumer_is_failing_after_several_failures_in_a_row_and_recovers() -> None:
    name = _consumer()
    for _ in range(FAILING_AFTER - 1):
        BOARD.failed(name, "database unavailable: ReadOnlySqlTransaction()")
    assert BOARD.problem_of(name) is None  # one blip is not a failing consumer
    BOARD.failed(name, "database unavailable: ReadOnlySqlTransaction()")
    problem = BOARD.problem_of(name)
    assert problem is not None and problem.startswith("failing") and "ReadOnly" in problem
    gauge = {"consumer": name}
    assert REGISTRY.get_sample_value("jxc_consumer_consecutive_failures", gauge) == FAILING_AFTER
    answer = await _readyz()
    assert answer.status_code == 503
    assert name in answer.json()["checks"]["consumers"]
    BOARD.succeeded(name)
    assert BOARD.problem_of(name) is None
    assert REGISTRY.get_sample_value("jxc_consumer_consecutive_failures", gauge) == 0
    assert (await _readyz()).status_code == 200


async def test_a_stalled_partition_is_a_problem_until_the_consumer_restarts() -> None:
    name = _consumer()
    BOARD.stall(name, "jxc.purchasing.events/3", "offset 7: purchasing.GoodsReceived v2 is newer")
    BOARD.succeeded(name)  # other partitions flowing does not hide the stall
    problem = BOARD.problem_of(name)
    assert problem is not None and "stalled" in problem and "events/3" in problem
    assert REGISTRY.get_sample_value("jxc_consumer_stalled_partitions", {"consumer": name}) == 1
    assert (await _readyz()).status_code == 503
    BOARD.clear_stalls(name)
    assert BOARD.problem_of(name) is None
