"""Idempotency-Key for commands that do not run through the platform's CommandHandler (the
stock keeper's batches), with the platform's table and rules (jxc.platform.idempotency)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi.encoders import jsonable_encoder
from psycopg_pool import AsyncConnectionPool

from jxc.platform.idempotency import recall, remember
from jxc.platform.store import Conn


async def run_once(
    pool: AsyncConnectionPool[Any],
    key: str | None,
    fingerprint: str,
    run: Callable[[Conn], Awaitable[Any]],
) -> Any:
    """Run `run` in one transaction and answer what it returns, encoded as the HTTP answer is
    (so a stored answer and a fresh one are alike). With a key: a retry of the same request
    gets the first answer back and records nothing (the answer is stored in the same
    transaction); the key with a different request is refused."""
    async with pool.connection() as conn, conn.transaction():
        if key is None:
            return jsonable_encoder(await run(conn))
        earlier = await recall(conn, key, fingerprint)
        if earlier is not None:
            return earlier
        answer = jsonable_encoder(await run(conn))
        await remember(conn, key, fingerprint, answer)
        return answer
