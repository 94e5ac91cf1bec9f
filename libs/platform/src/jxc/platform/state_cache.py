"""Folded states of recently commanded streams, kept in the process between commands.

A command loads its stream's state before deciding: the latest snapshot plus the events
after it (up to `snapshot_every` - 1 of them, each decoded and folded). A busy stream — a
purchase order receiving all day — paid that for every command: about half of purchasing's
CPU per receipt at 200 receipts/s went to decoding and folding the same events again. With
this cache the next command reads only what was appended since (usually nothing, when this
process made the last change) and folds it onto the state kept here.

What is kept is only ever a committed fact: the state after a command, put here once its
transaction has committed (never on a rollback), with the id of the stream's last event. A
load checks that event is still the one at that version before trusting the rest: after a
database restored from a backup, a stream that is not what was cached is folded afresh.
Several processes writing the same stream are fine: each one reads what the others appended
after its cached version. States are immutable (frozen dataclasses and models, folded by pure
`evolve`s), so one kept here can be shared with a command that decides on it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from uuid import UUID

S = TypeVar("S")


@dataclass(frozen=True, slots=True)
class Cached(Generic[S]):
    state: S
    version: int
    last_event_id: UUID  # the event at `version`: checked before the state is trusted


class StateCache:
    """The `size` streams commanded most recently (0: keeps nothing)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: OrderedDict[tuple[str, Hashable], Cached[Any]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._kept)

    def get(self, stream_id: str, evolve: Callable[..., Any]) -> Cached[Any] | None:
        key = (stream_id, evolve)
        found = self._kept.get(key)
        if found is not None:
            self._kept.move_to_end(key)
        return found

    def put(self, stream_id: str, evolve: Callable[..., Any], cached: Cached[Any]) -> None:
        """Keep `cached` unless a later version of the stream is kept already (two commands
        of one process on one stream commit in version order, but may report out of it)."""
        if self.size <= 0:
            return
        key = (stream_id, evolve)
        kept = self._kept.get(key)
        if kept is not None and kept.version > cached.version:
            return
        self._kept[key] = cached
        self._kept.move_to_end(key)
        while len(self._kept) > self.size:
            self._kept.popitem(last=False)

    def forget(self, stream_id: str, evolve: Callable[..., Any]) -> None:
        self._kept.pop((stream_id, evolve), None)
