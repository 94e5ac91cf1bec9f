"""The shape of an aggregate's pure domain: decide and evolve, no I/O, no clock, no random ids."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from uuid import UUID

from jxc.events.base import DomainEvent

S = TypeVar("S")
C = TypeVar("C")


class DomainError(Exception):
    """A business rule said no. Answered as 422 (invalid here) or 409 (clashes with state).

    `fields` names the offending inputs, for the problem details a person reads."""

    status = 422

    def __init__(self, message: str, *, fields: Sequence[str] = (), **context: Any) -> None:
        super().__init__(message)
        self.message = message
        self.fields = tuple(fields)
        self.context = context


class StateConflict(DomainError):
    """The command does not fit the aggregate's current state (e.g. approving a cancelled PO)."""

    status = 409


class NotFound(DomainError):
    status = 404


@dataclass(frozen=True, slots=True)
class Decider(Generic[C, S]):
    """An aggregate's rules. `evolve` must accept every event `decide` returns.

    `stream_prefix` names its streams (`purchase-order-<id>`); `state_type`, when set, lets
    the store keep snapshots of long streams (the state must be pydantic-serialisable)."""

    stream_prefix: str
    initial_state: S
    decide: Callable[[C, S], Sequence[DomainEvent]]
    evolve: Callable[[S, DomainEvent], S]
    state_type: type[S] | None = None

    def stream_id(self, aggregate_id: object) -> str:
        return f"{self.stream_prefix}-{aggregate_id}"

    def fold(self, events: Iterable[DomainEvent], state: S | None = None) -> S:
        current = self.initial_state if state is None else state
        for event in events:
            current = self.evolve(current, event)
        return current


@dataclass(frozen=True, slots=True)
class Fold(Generic[S]):
    """A state and the stream version it was folded up to (and the id of the event at that
    version, when the fold read it)."""

    state: S
    version: int
    last_event_id: UUID | None = None
