"""The benchmarks' bill of the whole machine per event: the servers' CPU as /proc shows it, and
the ceiling the cores put on a rate at given costs."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest

from bench.common import cpu_seconds, machine_ceiling, server_cpu_seconds
from tests.integration.harness import PG_ADMIN_URL, SERVERS


def test_the_ceiling_is_the_cores_over_the_costs_and_the_budget_what_the_servers_leave(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: 2)

    ceiling, budget = machine_ceiling(60.0, 40.0, 20_000)
    assert ceiling == pytest.approx(20_000)
    assert budget == pytest.approx(60.0)

    ceiling, budget = machine_ceiling(50.0, 150.0, 20_000)
    assert ceiling == pytest.approx(10_000)
    assert budget == pytest.approx(-50.0)  # the servers alone need more than the cores have


@pytest.mark.integration
@pytest.mark.skipif(
    SERVERS.kind != "local", reason="a container's backend pids are not this machine's"
)
def test_postgres_cpu_counts_a_backend_after_it_has_ended() -> None:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        backend = conn.info.backend_pid
        before, _ = server_cpu_seconds()
        backend_before = cpu_seconds(backend)
        conn.execute("SELECT count(*) FROM generate_series(1, 4000000)").fetchone()
        worked = cpu_seconds(backend) - backend_before  # CPU, not wall: load cannot shrink it
        assert worked >= 0.1
    deadline = time.monotonic() + 10
    while Path(f"/proc/{backend}").exists():  # until the postmaster has reaped it
        assert time.monotonic() < deadline, "the backend did not exit"
        time.sleep(0.05)

    after, broker = server_cpu_seconds()

    # Other backends only add to it; one clock tick of slack.
    assert after - before >= worked - 0.01, (before, after, worked)
    assert broker > 0  # the broker has run since it started
