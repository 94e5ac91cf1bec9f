"""Command handling: load the stream, decide, append events and outbox in ONE transaction.

Writers of one stream queue: each takes a transaction-scoped advisory lock on the stream before
loading it, so a busy stream slows down instead of failing. The version check stays as the safety
net (a writer that does not take the lock, e.g. a batch `append_many`): a clash is retried a
bounded number of times with the state reloaded, then answered as a 409. An Idempotency-Key
makes a retried command return the first answer without appending again.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from uuid import UUID

import orjson
import psycopg
from psycopg import errors
from psycopg.pq import TransactionStatus
from psycopg_pool import AsyncConnectionPool
from pydantic import TypeAdapter

from jxc.events.base import DomainEvent
from jxc.events.envelope import Envelope
from jxc.platform import idempotency, tracing
from jxc.platform.decider import Decider, DomainError, Fold
from jxc.platform.metrics import COMMAND_SECONDS, VERSION_CONFLICTS
from jxc.platform.pipelining import reported_failure
from jxc.platform.state_cache import Cached, StateCache
from jxc.platform.store import Conn, EventStore, Metadata, VersionConflict

S = TypeVar("S")
S_co = TypeVar("S_co", covariant=True)
C = TypeVar("C")


@dataclass(frozen=True, slots=True)
class Appended(Generic[S_co]):
    """What a command just recorded, and the aggregate as it left it: `state` and `version`
    are after `events`, so an inline read model needs no second load of the stream."""

    stream_id: str
    events: Sequence[tuple[Envelope, DomainEvent]]
    state: S_co
    version: int

    @property
    def last(self) -> Envelope:
        return self.events[-1][0]


AfterAppend = Callable[[Conn, Appended[S]], Awaitable[None]]
RecordedWriter = Callable[[Conn, Sequence[tuple[Envelope, DomainEvent]]], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Queued(Generic[S]):
    """An after-append hook that only writes (no rowcount, no fetch, no read of what it
    wrote): it runs with the command's pipeline on, so its statements travel with the append
    and the COMMIT in one round trip instead of one each. Its errors surface at the COMMIT,
    reported as the statement that failed; the command rolls back with them."""

    hook: AfterAppend[S]

    async def __call__(self, conn: Conn, appended: Appended[S]) -> None:
        await self.hook(conn, appended)


def from_events(write: RecordedWriter) -> AfterAppend[Any]:
    """An after-append hook for an inline table written from the events alone (one that other
    writers also feed with events of many streams)."""

    async def hook(conn: Conn, appended: Appended[Any]) -> None:
        await write(conn, appended.events)

    return hook


class ConcurrencyConflict(DomainError):
    """The stream kept moving while we retried: the client should reload and try again."""

    status = 409


@dataclass(frozen=True, slots=True)
class CommandResult:
    """What a command answers: the aggregate's id, its stream, the stream's new version and the
    ids of the events recorded."""

    stream_id: str
    version: int
    event_ids: list[UUID] = field(default_factory=list)
    id: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "stream_id": self.stream_id,
            "version": self.version,
            "event_ids": [str(e) for e in self.event_ids],
        }


def fingerprint(payload: Any) -> str:
    """A stable digest of a request body, to tell a retry from a different request."""
    return hashlib.sha256(orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)).hexdigest()


class CommandHandler:
    def __init__(
        self,
        pool: AsyncConnectionPool[Any],
        store: EventStore,
        *,
        service: str,
        retries: int = 5,
        snapshot_every: int = 100,
        state_cache_size: int = 2_000,
    ) -> None:
        self.pool = pool
        self.store = store
        self.service = service
        self.retries = retries
        self.snapshot_every = snapshot_every
        self.states = StateCache(state_cache_size)
        self._adapters: dict[type[Any], TypeAdapter[Any]] = {}
        self._state_names: dict[tuple[str, type[Any]], str] = {}

    def kept(self, decider: Decider[Any, S], stream_id: str) -> S | None:
        """The state this process kept after its last command on the stream, without a read:
        committed, but possibly behind the stream (another process may have appended since).
        Only for what the aggregate never changes once set (e.g. the lines' warehouses)."""
        cached = self.states.get(stream_id, decider.evolve)
        return None if cached is None else cached.state

    async def load(self, conn: Conn, decider: Decider[Any, S], stream_id: str) -> Fold[S]:
        """The aggregate's state and version: the state this process kept after its last
        command on the stream plus the events appended since (jxc.platform.state_cache), else
        the latest snapshot plus later events.

        A snapshot taken with another shape of the state (its fingerprint differs) is ignored:
        the stream is folded from its first event instead."""
        cached = self.states.get(stream_id, decider.evolve)
        if cached is not None:
            # From the cached version itself: its event must still be the one cached.
            envelopes = await self.store.load(conn, stream_id, cached.version - 1)
            if envelopes and envelopes[0].event_id == cached.last_event_id:
                return self._folded(decider, cached.state, cached.version, envelopes[1:])
            self.states.forget(stream_id, decider.evolve)  # not the stream cached: afresh
        state, version = decider.initial_state, 0
        if decider.state_type is None:
            envelopes = await self.store.load(conn, stream_id)
        else:
            snapshot, envelopes = await self.store.load_with_snapshot(conn, stream_id)
            if snapshot is not None and snapshot.state_type == self._state_name(decider):
                state = self._adapter(decider.state_type).validate_json(snapshot.state)
                version = snapshot.stream_version
            elif snapshot is not None:
                envelopes = await self.store.load(conn, stream_id)
        return self._folded(decider, state, version, envelopes)

    def _folded(
        self, decider: Decider[Any, S], state: S, version: int, envelopes: Sequence[Envelope]
    ) -> Fold[S]:
        decode = self.store.registry.decode
        for envelope in envelopes:
            state = decider.evolve(state, decode(envelope))
            version = envelope.stream_version
        return Fold(state, version, envelopes[-1].event_id if envelopes else None)

    async def execute_in(
        self,
        conn: Conn,
        decider: Decider[C, S],
        stream_id: str,
        command: C,
        meta: Metadata,
        after_append: AfterAppend[S] | None = None,
        *,
        tx: Pipelined | None = None,
    ) -> CommandResult:
        """Decide and append on the caller's connection and transaction (no retry here).

        `after_append` runs in the same transaction with what was recorded and the state after
        it: the place for an inline read model that must never lag its events (e.g. a
        uniqueness index).

        The stream's lock and its load go to the server together (one round trip). With `tx`
        (the handler's own transaction) the append is only queued: it travels with the COMMIT,
        unless `after_append` must see it first (a `Queued` hook's writes travel with it)."""
        if tx is None:
            async with conn.pipeline():
                await lock_stream(conn, stream_id)
                fold = await self.load(conn, decider, stream_id)
        else:
            await tx.pipeline_on()  # a nested pipeline would sync what is queued on entering
            await lock_stream(conn, stream_id)
            fold = await self.load(conn, decider, stream_id)
        events = decider.decide(command, fold.state)
        if tx is not None and events:
            await tx.pipeline_on()
        envelopes = await self.store.append(conn, stream_id, fold.version, events, meta)
        if not envelopes:
            if tx is not None and fold.last_event_id is not None:
                tx.keep(
                    stream_id, decider.evolve, Cached(fold.state, fold.version, fold.last_event_id)
                )
            return CommandResult(stream_id, fold.version, [])
        new_version = fold.version + len(envelopes)
        state = decider.fold(events, fold.state)
        if tx is not None:
            tx.keep(stream_id, decider.evolve, Cached(state, new_version, envelopes[-1].event_id))
        if after_append is not None:
            if tx is not None and not isinstance(after_append, Queued):
                await tx.pipeline_off()  # the hook's own SQL runs outside the pipeline
            recorded = list(zip(envelopes, events, strict=True))
            await after_append(conn, Appended(stream_id, recorded, state, new_version))
        if (
            decider.state_type is not None
            and new_version // self.snapshot_every > fold.version // self.snapshot_every
        ):
            await self.store.save_snapshot(
                conn,
                stream_id,
                new_version,
                self._state_name(decider),
                self._adapter(decider.state_type).dump_json(state),
            )
        aggregate_id = stream_id.removeprefix(f"{decider.stream_prefix}-")
        return CommandResult(
            stream_id, new_version, [e.event_id for e in envelopes], id=aggregate_id
        )

    async def handle(
        self,
        decider: Decider[C, S],
        stream_id: str,
        command: C | Callable[[Conn], Awaitable[C]],
        meta: Metadata,
        *,
        name: str,
        idempotency_key: str | None = None,
        request_fingerprint: str = "",
        after_append: AfterAppend[S] | None = None,
    ) -> CommandResult:
        """Run a command in its own transaction, retrying version clashes.

        `command` may be a coroutine function of the connection, to build the command from
        what the service knows (e.g. a supplier's currency) inside the same transaction."""
        key = f"{name}:{idempotency_key}" if idempotency_key else None
        with tracing.command(name):
            return await self._handle(
                decider, stream_id, command, meta, name, key, request_fingerprint, after_append
            )

    async def _handle(
        self,
        decider: Decider[C, S],
        stream_id: str,
        command: C | Callable[[Conn], Awaitable[C]],
        meta: Metadata,
        name: str,
        key: str | None,
        request_fingerprint: str,
        after_append: AfterAppend[S] | None,
    ) -> CommandResult:
        started = time.perf_counter()
        try:
            for attempt in range(self.retries + 1):
                try:
                    async with self.pool.connection() as conn:
                        return await self._attempt(
                            conn,
                            decider,
                            stream_id,
                            command,
                            meta,
                            key,
                            request_fingerprint,
                            after_append,
                        )
                except (VersionConflict, errors.UniqueViolation) as exc:
                    # A lost race, on the stream or on the idempotency key: reload and retry.
                    if isinstance(exc, errors.UniqueViolation) and (
                        exc.diag.constraint_name
                        not in ("idempotency_keys_pkey", "events_stream_version_key")
                    ):
                        raise
                    VERSION_CONFLICTS.labels(self.service).inc()
                    await asyncio.sleep(random.uniform(0, 0.005 * (2**attempt)))
            raise ConcurrencyConflict(
                f"{stream_id} is being changed by others right now; "
                f"gave up after {self.retries + 1} attempts, please retry",
                stream_id=stream_id,
            )
        finally:
            COMMAND_SECONDS.labels(self.service, name).observe(time.perf_counter() - started)

    async def _attempt(
        self,
        conn: Conn,
        decider: Decider[C, S],
        stream_id: str,
        command: C | Callable[[Conn], Awaitable[C]],
        meta: Metadata,
        key: str | None,
        request_fingerprint: str,
        after_append: AfterAppend[S] | None,
    ) -> CommandResult:
        """One try in one transaction: BEGIN goes with the first reads, COMMIT with the last
        writes (see Pipelined)."""
        tx = Pipelined(conn)
        await tx.begin()
        try:
            if key is not None:
                earlier = await idempotency.recall(conn, key, request_fingerprint)
                if earlier is not None:
                    await tx.commit()
                    return _result_of(earlier)
            if callable(command):
                await tx.pipeline_off()  # the service's own SQL runs outside the pipeline
                built = await command(conn)
            else:
                built = command
            result = await self.execute_in(
                conn, decider, stream_id, built, meta, after_append, tx=tx
            )
            if key is not None:
                await tx.pipeline_on()
                await idempotency.remember(conn, key, request_fingerprint, result.to_json())
            await tx.commit()
            for stream, evolve, cached in tx.kept:  # committed: facts from now on
                self.states.put(stream, evolve, cached)
            return result
        except BaseException as exc:
            await tx.abandon(exc)
            raise

    def _adapter(self, state_type: type[Any]) -> TypeAdapter[Any]:
        adapter = self._adapters.get(state_type)
        if adapter is None:
            adapter = self._adapters[state_type] = TypeAdapter(state_type)
        return adapter

    def _state_name(self, decider: Decider[Any, Any]) -> str:
        """What a snapshot's state_type says: the stream prefix, the state class and a
        fingerprint of its shape, so a changed class never loads an old snapshot."""
        state_type = decider.state_type
        assert state_type is not None
        name = self._state_names.get((decider.stream_prefix, state_type))
        if name is None:
            shape = state_fingerprint(self._adapter(state_type))
            name = f"{decider.stream_prefix}:{state_type.__name__}:{shape}"
            self._state_names[(decider.stream_prefix, state_type)] = name
        return name


def _result_of(answer: dict[str, Any]) -> CommandResult:
    """A CommandResult back from the answer stored under an Idempotency-Key."""
    return CommandResult(
        answer["stream_id"],
        answer["version"],
        [UUID(e) for e in answer["event_ids"]],
        id=answer.get("id", ""),
    )


def state_fingerprint(adapter: TypeAdapter[Any]) -> str:
    """A digest of the state type's JSON Schema: it changes whenever a field is added, removed,
    renamed or retyped, without a number a developer must remember to bump."""
    schema = orjson.dumps(adapter.json_schema(), option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(schema).hexdigest()[:16]


class Pipelined:
    """A command's transaction whose statements go to the server in pipelines where nothing
    waits on them: BEGIN travels with the first reads, the append (with a snapshot and the
    idempotency answer) with the COMMIT, so a plain command costs two round trips, not six.

    psycopg's own transaction() syncs on entering and leaving inside a pipeline, so BEGIN and
    COMMIT are sent as statements, with the connection in autocommit for the while (restored
    before it goes back to the pool; a connection that cannot be restored is closed, and the
    pool drops it). Code of the services (a command built from the database, an after-append
    hook unless it is `Queued`) runs with the pipeline off, so a statement's rowcount and
    errors are where that code expects them. A stream version taken meanwhile surfaces at the
    COMMIT; it is reported as the VersionConflict the append would have raised."""

    def __init__(self, conn: Conn) -> None:
        self.conn = conn
        self._pipe: AbstractAsyncContextManager[Any] | None = None
        # States to keep once (and only if) the transaction commits.
        self.kept: list[tuple[str, Callable[..., Any], Cached[Any]]] = []

    def keep(self, stream_id: str, evolve: Callable[..., Any], cached: Cached[Any]) -> None:
        self.kept.append((stream_id, evolve, cached))

    async def begin(self) -> None:
        await self.conn.set_autocommit(True)
        await self.pipeline_on()
        await self.conn.execute("BEGIN")  # queued

    async def pipeline_on(self) -> None:
        if self._pipe is None:
            pipe = self.conn.pipeline()
            await pipe.__aenter__()
            self._pipe = pipe

    async def pipeline_off(self) -> None:
        """Send what is queued and take its results: its errors raise here."""
        if self._pipe is not None:
            pipe, self._pipe = self._pipe, None
            try:
                await pipe.__aexit__(None, None, None)
            except psycopg.Error as exc:
                reported = reported_failure(exc)
                raise reported from reported.__cause__

    async def commit(self) -> None:
        await self.pipeline_on()
        try:
            # Queued; but a queued statement's error may already surface here.
            await self.conn.execute("COMMIT")
        except psycopg.Error as exc:
            reported = reported_failure(exc)
            raise reported from reported.__cause__
        await self.pipeline_off()
        await self.conn.set_autocommit(False)

    async def abandon(self, exc: BaseException) -> None:
        """Roll back after `exc` (also when the COMMIT itself failed), and hand the connection
        back as it came, or closed."""
        try:
            if self._pipe is not None:
                pipe, self._pipe = self._pipe, None
                await pipe.__aexit__(type(exc), exc, exc.__traceback__)
            if self.conn.info.transaction_status != TransactionStatus.IDLE:
                await self.conn.execute("ROLLBACK")
            await self.conn.set_autocommit(False)
        except (psycopg.Error, asyncio.CancelledError):
            await self.conn.close()


# Key space of the stream locks (the first of two int4 keys; the relay's lock uses one bigint).
_STREAM_LOCKS = 0x4A5843


async def lock_stream(conn: Conn, stream_id: str) -> None:
    """Queue behind the other writers of this stream until the transaction ends."""
    await conn.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", (_STREAM_LOCKS, stream_id))
