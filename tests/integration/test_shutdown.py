"""A service asked to stop (SIGTERM, as Kubernetes does) stops promptly, on real Kafka and
PostgreSQL: uvicorn waits for the requests in flight, so a browser's live change stream (which
never ends by itself) is ended at once, and a read still waiting for its event is cancelled
after the grace period (JXC_SHUTDOWN_GRACE_SECONDS) instead of holding the pod until it is
killed."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import subprocess
import time
from uuid import uuid4

import httpx

from tests.integration.auth import bearer
from tests.integration.harness import Stack


async def seconds_to_exit(process: subprocess.Popen[bytes], limit: float) -> float:
    """SIGTERM, then how long the process took to exit (`limit` at most: then it is killed)."""
    sent = time.monotonic()
    process.send_signal(signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        await asyncio.to_thread(process.wait, limit)
    took = time.monotonic() - sent
    if process.poll() is None:
        process.kill()
        process.wait()
    return took


def stopped_cleanly(process: subprocess.Popen[bytes]) -> bool:
    """Exited on its own: uvicorn raises the signal it caught again once it has shut down."""
    return process.returncode in (0, -signal.SIGTERM)


async def test_a_live_change_stream_ends_when_the_service_is_asked_to_stop(
    stack: Stack,
) -> None:
    # A grace of a minute: only the stream's own ending lets the service stop in time.
    process, url = stack.serve("inventory", JXC_SHUTDOWN_GRACE_SECONDS="60")
    token = bearer()["Authorization"].removeprefix("Bearer ")
    async with (
        httpx.AsyncClient(base_url=url, timeout=90) as client,
        client.stream("GET", "/changes", params={"access_token": token}) as stream,
    ):
        lines = stream.aiter_lines()
        async for line in lines:
            if line == "event: ready":
                break
        took = await seconds_to_exit(process, limit=50)
        rest = [line async for line in lines]  # the server ended the stream
    assert took < 20, f"the service took {took:.1f} s to stop with a live stream open"
    assert stopped_cleanly(process)
    assert "event: change" not in rest


async def test_a_read_waiting_for_its_event_is_cut_at_the_grace_period(stack: Stack) -> None:
    process, url = stack.serve("inventory", JXC_SHUTDOWN_GRACE_SECONDS="1")
    async with httpx.AsyncClient(base_url=url, headers=bearer(), timeout=150) as client:
        waiting = asyncio.create_task(
            client.get("/stock", params={"wait_for_event": str(uuid4()), "wait_seconds": "30"})
        )
        await asyncio.sleep(1.0)  # in flight: waiting 30 s for an event never applied
        assert not waiting.done()
        took = await seconds_to_exit(process, limit=60)
        answer = await asyncio.gather(waiting, return_exceptions=True)
    assert took < 20, f"the service took {took:.1f} s to stop with a read waiting"
    assert stopped_cleanly(process)
    # cut short: no answer, or a 5xx from the cancelled request, never its 2xx after minutes
    got = answer[0]
    assert isinstance(got, httpx.HTTPError) or (
        isinstance(got, httpx.Response) and got.status_code >= 500
    )
