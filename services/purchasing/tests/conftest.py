"""Given / when / then for deciders: given(events).when(command).then(events) or .raises(...).

A test module says which decider it exercises by defining a `decider` fixture."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

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
        self,
        error: type[DomainError],
        match: str,
        *,
        fields: tuple[str, ...] | None = None,
    ) -> DomainError:
        """Asserts the command is refused with exactly `error` (not a sub- or superclass),
        a message matching `match` and, if given, exactly these `fields`."""
        state = self.decider.fold(self.history)
        with pytest.raises(DomainError, match=match) as caught:
            self.decider.decide(self.command, state)
        assert type(caught.value) is error, f"expected {error.__name__}, got {caught.value!r}"
        if fields is not None:
            assert caught.value.fields == fields
        return caught.value


Given = Callable[..., Scenario]


@pytest.fixture
def given(decider: Decider[Any, Any]) -> Given:
    def start(*history: DomainEvent) -> Scenario:
        return Scenario(decider, history)

    return start
