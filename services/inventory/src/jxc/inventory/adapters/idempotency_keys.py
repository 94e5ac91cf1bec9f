"""Idempotency-Key for commands that do not run through the platform's CommandHandler (the
stock keeper's batches): the same table and the same rules. The first answer is stored in the
command's transaction; a retry with the key and the same request gets it back and records
nothing; the key with a different request is refused."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi.encoders import jsonable_encoder
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool
from sqlalchemy import bindparam, insert, select

from jxc.inventory.tables import metadata
from jxc.platform.commands import IdempotencyKeyReused
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.transaction_locks import lock_key

_keys = metadata.tables["idempotency_keys"]
_RECALL = Statement(
    select(_keys.c.request_fingerprint, _keys.c.response).where(_keys.c.key == bindparam("key"))
)
_REMEMBER = Statement(
    insert(_keys).values(
        key=bindparam("key"),
        request_fingerprint=bindparam("fingerprint"),
        response=bindparam("response"),
    )
)


async def recall(conn: Conn, key: str, fingerprint: str) -> Any | None:
    """The first answer given under `key`, or None. Concurrent requests with one key queue
    on a lock held to the end of the transaction, so only one of them runs the command."""
    await lock_key(conn, key)
    cur = await conn.execute(_RECALL.sql, _RECALL.args(key=key))
    row = await cur.fetchone()
    if row is None:
        return None
    if row[0] != fingerprint:
        raise IdempotencyKeyReused(
            "this Idempotency-Key was already used for a different request",
            fields=("Idempotency-Key",),
        )
    return row[1]


async def remember(conn: Conn, key: str, fingerprint: str, answer: Any) -> None:
    await conn.execute(
        _REMEMBER.sql, _REMEMBER.args(key=key, fingerprint=fingerprint, response=Jsonb(answer))
    )


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
