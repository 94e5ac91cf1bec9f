"""`jxc-<service> work NAME [--once]`: the CLI runs the one worker named, alone (until stopped,
or for one turn with --once), after the migrations; an unknown name, or --once for a worker
without a single turn, is refused with a clear message before anything is opened."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from jxc.platform.runtime import Parts, RunsOnce, Service, Worker


class Loop:
    """A worker with no single turn: it records each run and stops itself."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.runs = 0

    async def run(self, stop: asyncio.Event) -> None:
        self.runs += 1
        stop.set()


class Turns(Loop):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.turns = 0

    async def once(self) -> None:
        self.turns += 1


class Offline(Service):
    """The service with its parts offline and its migrations counted."""

    migrated = 0

    @asynccontextmanager
    async def parts(self) -> AsyncIterator[Parts]:
        yield self.offline_parts()

    def migrate(self) -> None:
        self.migrated += 1


@pytest.fixture
def made() -> tuple[Offline, Turns, Loop]:
    turns, loop = Turns("tick"), Loop("loop")

    def workers(parts: Parts) -> list[Worker]:
        return [turns, loop]

    service = Offline(name="demo", default_port=8999, migrations=Path("."), workers=workers)
    return service, turns, loop


def test_work_runs_the_named_worker_alone_after_the_migrations(
    made: tuple[Offline, Turns, Loop],
) -> None:
    service, turns, loop = made
    service.cli(["work", "loop"])
    assert (service.migrated, loop.runs, turns.runs, turns.turns) == (1, 1, 0, 0)
    service.cli(["work", "tick"])
    assert (service.migrated, loop.runs, turns.runs, turns.turns) == (2, 1, 1, 0)


def test_once_runs_one_turn_and_not_the_loop(made: tuple[Offline, Turns, Loop]) -> None:
    service, turns, loop = made
    service.cli(["work", "tick", "--once"])
    assert (service.migrated, turns.turns, turns.runs, loop.runs) == (1, 1, 0, 0)
    assert isinstance(turns, RunsOnce) and not isinstance(loop, RunsOnce)


def test_an_unknown_worker_is_refused_naming_the_known_ones(
    made: tuple[Offline, Turns, Loop],
) -> None:
    service, turns, loop = made
    with pytest.raises(SystemExit) as refused:
        service.cli(["work", "rfm"])
    assert str(refused.value) == "unknown worker 'rfm'; known: tick, loop"
    assert (service.migrated, turns.runs, loop.runs) == (0, 0, 0)


def test_once_is_refused_for_a_worker_without_a_single_turn(
    made: tuple[Offline, Turns, Loop],
) -> None:
    service, _, loop = made
    with pytest.raises(SystemExit) as refused:
        service.cli(["work", "loop", "--once"])
    assert "worker 'loop' has no single turn" in str(refused.value)
    assert (service.migrated, loop.runs) == (0, 0)


def test_a_service_without_workers_says_so() -> None:
    service = Offline(name="demo", default_port=8999, migrations=Path("."))
    with pytest.raises(SystemExit) as refused:
        service.cli(["work", "anything"])
    assert str(refused.value) == "unknown worker 'anything'; known: none"
    assert service.worker_names() == []
