"""How each consumer of this process is doing, for /readyz, /metrics and read-your-writes waits.

The projection runners report here: a failure (a crash, a database it cannot write to, a
partition it cannot position), a success (a batch committed), a partition stalled on an event
it cannot read yet (a newer schema version). A consumer is a problem when it is stalled, or
when its last `FAILING_AFTER` attempts in a row failed; the reason says why."""

from __future__ import annotations

from dataclasses import dataclass, field

from jxc.platform.logging import get_logger
from jxc.platform.metrics import CONSUMER_FAILURES, CONSUMER_STALLED

log = get_logger("jxc.consumer_health")
FAILING_AFTER = 3


@dataclass
class ConsumerHealth:
    consumer: str
    failures: int = 0  # consecutive
    last_error: str = ""
    stalled: dict[str, str] = field(default_factory=dict)  # "topic/partition" -> why

    def problem(self) -> str | None:
        if self.stalled:
            where = "; ".join(f"{tp}: {why}" for tp, why in sorted(self.stalled.items()))
            return f"stalled on {where}"
        if self.failures >= FAILING_AFTER:
            return f"failing ({self.failures} attempts in a row): {self.last_error}"
        return None


class HealthBoard:
    def __init__(self) -> None:
        self._consumers: dict[str, ConsumerHealth] = {}

    def _of(self, consumer: str) -> ConsumerHealth:
        if consumer not in self._consumers:
            self._consumers[consumer] = ConsumerHealth(consumer)
        return self._consumers[consumer]

    def failed(self, consumer: str, error: str) -> None:
        health = self._of(consumer)
        health.failures += 1
        health.last_error = error
        CONSUMER_FAILURES.labels(consumer).set(health.failures)
        log.error(
            "consumer failing", consumer=consumer, failures=health.failures, error=error[:2000]
        )

    def succeeded(self, consumer: str) -> None:
        health = self._of(consumer)
        if health.failures:
            log.info("consumer recovered", consumer=consumer, after_failures=health.failures)
        health.failures = 0
        health.last_error = ""
        CONSUMER_FAILURES.labels(consumer).set(0)

    def stall(self, consumer: str, where: str, why: str) -> None:
        health = self._of(consumer)
        if health.stalled.get(where) != why:
            log.error("partition stalled", consumer=consumer, partition=where, reason=why)
        health.stalled[where] = why
        CONSUMER_STALLED.labels(consumer).set(len(health.stalled))

    def clear_stalls(self, consumer: str) -> None:
        """A (re)started or reassigned consumer finds its stalls again from the stored offsets."""
        health = self._of(consumer)
        health.stalled.clear()
        CONSUMER_STALLED.labels(consumer).set(0)

    def is_failing(self, consumer: str) -> bool:
        """Whether the consumer's last attempt failed (even once)."""
        health = self._consumers.get(consumer)
        return health is not None and health.failures > 0

    def problem_of(self, consumer: str) -> str | None:
        health = self._consumers.get(consumer)
        return None if health is None else health.problem()

    def problems(self) -> dict[str, str]:
        found = {name: h.problem() for name, h in self._consumers.items()}
        return {name: why for name, why in found.items() if why is not None}


BOARD = HealthBoard()


class ConsumersNotReady(Exception):
    """Raised by the readiness check; its text is what /readyz shows."""


async def consumers_ready() -> bool:
    """The /readyz check: every consumer of this process is flowing."""
    problems = BOARD.problems()
    if problems:
        raise ConsumersNotReady("; ".join(f"{name} {why}" for name, why in problems.items()))
    return True
