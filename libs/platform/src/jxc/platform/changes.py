"""Live changes: a read model that moved on, told to the browsers that show it.

The projection runner calls `notify` in its commit transaction: PostgreSQL delivers a NOTIFY
on commit (never for a rolled-back batch), and folds identical ones of a transaction into one.
Every service serves `GET /changes`, a server-sent-events stream of the names of the
projections that committed, from one LISTEN connection per process shared by all streams.
EventSource cannot send headers, so this route (and only this one) also takes the token as
the `access_token` query parameter.

First `event: ready` once the LISTEN is in place (a client refetches after it: nothing
committed since is missed); then `event: change` with `data: {"projections": [<consumer
name>, ...]}`. Names that change while a client is being written to are coalesced into its
next event, sent at most every `min_interval` seconds; a comment line keeps an idle stream
open through proxies. A lost LISTEN connection reports "*" (anything may have changed)."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Sequence
from typing import Annotated, Any

import psycopg
import structlog
from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import bindparam, func, select
from starlette.concurrency import run_in_threadpool

from jxc.platform.auth.errors import NotAuthenticated
from jxc.platform.auth.tokens import TokenVerifier
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

log = structlog.get_logger(__name__)

CHANNEL = "jxc_changes"
_NOTIFY = Statement(select(func.pg_notify(CHANNEL, bindparam("name"))))


async def notify(conn: Conn, projection: str, applied: Sequence[object]) -> None:
    """In the projection's commit transaction: tell the listeners that `projection` changed,
    if it applied anything."""
    if applied:
        await conn.execute(_NOTIFY.sql, _NOTIFY.args(name=projection))


class Subscriber:
    """One stream's names changed since it last took them."""

    def __init__(self) -> None:
        self.pending: set[str] = set()
        self.woken = asyncio.Event()
        self.closed = False  # the server is stopping: the stream ends

    def close(self) -> None:
        self.closed = True
        self.woken.set()

    def add(self, name: str) -> None:
        self.pending.add(name)
        self.woken.set()

    async def take(self, timeout: float) -> list[str]:
        """The names changed since the last take, waiting at most `timeout` for one."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.woken.wait(), timeout)
        self.woken.clear()
        names, self.pending = sorted(self.pending), set()
        return names


class ChangeFeed:
    """One LISTEN connection for the process while a stream is open, fanned out to them."""

    def __init__(self, dsn: str, retry_seconds: float = 2.0) -> None:
        self.dsn = dsn
        self.retry_seconds = retry_seconds
        self.subscribers: set[Subscriber] = set()
        self.listening = asyncio.Event()  # set while LISTEN is in place
        self._task: asyncio.Task[None] | None = None
        self.closed = False

    def close(self) -> None:
        """The server is stopping: every stream ends now, and a new one ends at once (a
        server waits for the requests in flight, and a stream never ends by itself)."""
        self.closed = True
        for subscriber in list(self.subscribers):
            subscriber.close()

    @contextlib.asynccontextmanager
    async def subscribe(self) -> AsyncIterator[Subscriber]:
        subscriber = Subscriber()
        if self.closed:
            subscriber.close()
        self.subscribers.add(subscriber)
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._listen())
        try:
            yield subscriber
        finally:
            self.subscribers.discard(subscriber)
            if not self.subscribers and self._task is not None:
                self._task.cancel()
                self._task = None
                self.listening.clear()

    async def _listen(self) -> None:
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(self.dsn, autocommit=True) as conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    async for note in conn.notifies():
                        for subscriber in list(self.subscribers):
                            subscriber.add(note.payload)
            except psycopg.Error as exc:
                self.listening.clear()
                log.warning("change feed lost its connection", error=repr(exc))
                # what changed meanwhile is unknown: every stream refetches
                for subscriber in list(self.subscribers):
                    subscriber.add("*")
                await asyncio.sleep(self.retry_seconds)


async def _user_of(request: Request, token: str | None) -> None:
    header = request.headers.get("authorization", "")
    scheme, _, bearer = header.partition(" ")
    token = token or (bearer.strip() if scheme.lower() == "bearer" else None)
    if not token:
        raise NotAuthenticated(
            "This stream needs a token: `Authorization: Bearer <token>` or, from an "
            "EventSource, `?access_token=<token>`."
        )
    verifier: TokenVerifier = request.app.state.token_verifier
    if verifier.fetches_keys:
        await run_in_threadpool(verifier.verify, token)
    else:
        verifier.verify(token)


def changes_router(
    feed: ChangeFeed, keep_alive_seconds: float = 15.0, min_interval: float = 0.25
) -> APIRouter:
    router = APIRouter(tags=["live"])

    @router.get(
        "/changes",
        response_class=StreamingResponse,
        responses={200: {"content": {"text/event-stream": {}}}},
    )
    async def changes(
        request: Request,
        access_token: Annotated[
            str | None,
            Query(max_length=8192, description="the bearer token, for an EventSource"),
        ] = None,
    ) -> StreamingResponse:
        """Server-sent events: the names of the projections (read models) of this service
        that committed changes; any valid token."""
        await _user_of(request, access_token)

        async def stream() -> AsyncIterator[str]:
            async with feed.subscribe() as subscriber:
                if subscriber.closed:
                    return
                with contextlib.suppress(TimeoutError):  # the first event is not missed
                    await asyncio.wait_for(feed.listening.wait(), 10)
                yield "retry: 3000\nevent: ready\ndata: {}\n\n"  # listening: nothing is missed now
                while True:
                    names = await subscriber.take(keep_alive_seconds)
                    if subscriber.closed:
                        return  # the client reconnects to a server that runs
                    if not names:
                        yield ": keep-alive\n\n"
                        continue
                    yield f"event: change\ndata: {json.dumps({'projections': names})}\n\n"
                    await asyncio.sleep(min_interval)  # a burst is coalesced into the next

        headers: dict[str, Any] = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)

    return router
