"""Idempotency-Key: the first answer to a request is stored in the command's own transaction; a
retry with the key and the same request gets it back and records nothing; the key with a
different request is refused. One table and one rule for every command, whether it runs
through the CommandHandler or not."""

from __future__ import annotations

from typing import Any

from psycopg.types.json import Jsonb
from sqlalchemy import bindparam, insert, select

from jxc.platform.decider import DomainError
from jxc.platform.statements import Statement
from jxc.platform.store import Conn
from jxc.platform.tables import idempotency_keys
from jxc.platform.transaction_locks import lock_key


class IdempotencyKeyReused(DomainError):
    status = 422


_RECALL = Statement(
    select(idempotency_keys.c.request_fingerprint, idempotency_keys.c.response).where(
        idempotency_keys.c.key == bindparam("key")
    )
)
_REMEMBER = Statement(
    insert(idempotency_keys).values(
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
