"""Given / when / then for deciders, for every service's unit tests:

given(*past_events).when(command).then(*expected_events)
given(*past_events).when(command).raises(StateConflict, match="approve it first")
"""

from __future__ import annotations

import re
from typing import Any

from jxc.events.base import DomainEvent
from jxc.platform.decider import Decider, DomainError


class Scenario:
    def __init__(self, decider: Decider[Any, Any], history: tuple[DomainEvent, ...]) -> None:
        self.decider = decider
        self.history = history
        self.command: Any = None

    def when(self, command: Any) -> Scenario:
        self.command = command
        return self

    def then(self, *expected: DomainEvent) -> Any:
        """Asserts the command decides exactly `expected`; returns the state after them
        (folding them also proves `evolve` accepts what `decide` returns)."""
        state = self.decider.fold(self.history)
        produced = list(self.decider.decide(self.command, state))
        assert produced == list(expected)
        return self.decider.fold(produced, state)

    def decided(self) -> list[DomainEvent]:
        """The events the command decides, for tests that look at one field of them."""
        state = self.decider.fold(self.history)
        produced = list(self.decider.decide(self.command, state))
        self.decider.fold(produced, state)
        return produced

    def raises(
        self, error: type[DomainError], match: str, *, fields: tuple[str, ...] | None = None
    ) -> DomainError:
        """Asserts the command is refused with exactly `error` (not a sub- or superclass),
        a message matching `match` and, if given, exactly these `fields`."""
        state = self.decider.fold(self.history)
        try:
            self.decider.decide(self.command, state)
        except DomainError as exc:
            caught = exc
        else:
            raise AssertionError(f"expected {error.__name__}, but the command was accepted")
        assert type(caught) is error, f"expected {error.__name__}, got {caught!r}"
        assert re.search(match, caught.message), f"{caught.message!r} does not match {match!r}"
        if fields is not None:
            assert caught.fields == fields, caught.fields
        return caught


def given(decider: Decider[Any, Any], *history: DomainEvent) -> Scenario:
    return Scenario(decider, history)
