"""Statements sent to PostgreSQL without waiting for each one's answer (psycopg's pipeline
mode), with a failure reported as the statement that failed.

In a pipeline a statement's error surfaces later (at the next sync or fetch) and every
statement queued after it fails as PipelineAborted; what the caller should see is the first
failure, and a stream version taken meanwhile as the VersionConflict the append would have
raised had it waited."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import psycopg
from psycopg import errors

from jxc.platform.store import Conn, VersionConflict


@asynccontextmanager
async def sending(conn: Conn) -> AsyncIterator[None]:
    """Write statements go out as they are executed while the caller goes on working (the
    server executes them meanwhile); their results are taken when the block ends, and the
    first failure among them raises there. A fetch inside the block waits for its answer as
    usual."""
    try:
        async with conn.pipeline():
            yield
    except psycopg.Error as exc:
        reported = reported_failure(exc)
        raise reported from reported.__cause__


def reported_failure(exc: psycopg.Error) -> BaseException:
    """What a pipeline's failure is reported as: the statement that failed (not the
    PipelineAborted of one queued after it), a stream version taken meanwhile as the
    VersionConflict the append would have raised."""
    cause = _first_failure(exc)
    if isinstance(cause, errors.UniqueViolation) and (
        cause.diag.constraint_name == "events_stream_version_key"
    ):
        conflict = VersionConflict("(queued append)", -1)
        conflict.__cause__ = cause
        return conflict
    return cause


def _first_failure(exc: BaseException) -> BaseException:
    """The error behind a pipeline's PipelineAborted (its context), or `exc` itself."""
    seen = exc
    for _ in range(5):
        if not isinstance(seen, errors.PipelineAborted) or seen.__context__ is None:
            return seen
        seen = seen.__context__
    return seen
