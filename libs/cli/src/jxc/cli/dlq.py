"""`jxc dlq`: the dead letters each service's consumers recorded (kept in its database, next to
the offsets that moved past them, and published to jxc.dlq.<service>.<consumer>)."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from sqlalchemy import bindparam, select

from jxc.platform.statements import Statement
from jxc.platform.tables import dead_letters

LIST = Statement(
    select(
        dead_letters.c.id,
        dead_letters.c.consumer,
        dead_letters.c.source_topic,
        dead_letters.c.source_partition,
        dead_letters.c.source_offset,
        dead_letters.c.reason,
        dead_letters.c.created_at,
        dead_letters.c.sent_at,
    )
    .where(dead_letters.c.id > bindparam("after"))
    .order_by(dead_letters.c.id)
    .limit(bindparam("limit"))
)
ONE = Statement(select(dead_letters).where(dead_letters.c.id == bindparam("id")))


@dataclass(frozen=True)
class Letter:
    service: str
    id: int
    consumer: str
    source: str  # topic/partition/offset
    reason: str
    recorded_at: datetime
    published: bool


async def letters(service: str, dsn: str, *, after: int = 0, limit: int = 100) -> list[Letter]:
    """Keyset-paged: the `limit` letters after id `after`."""
    async with await psycopg.AsyncConnection.connect(dsn, connect_timeout=3) as conn:
        rows = await (await conn.execute(LIST.sql, LIST.args(after=after, limit=limit))).fetchall()
    return [
        Letter(service, i, c, f"{t}/{p}/{o}", reason, at, sent is not None)
        for i, c, t, p, o, reason, at, sent in rows
    ]


def _text(value: bytes | None) -> str | None:
    if value is None:
        return None
    try:
        return value.decode()
    except UnicodeDecodeError:
        return "base64:" + base64.b64encode(value).decode()


async def letter(dsn: str, letter_id: int) -> dict[str, Any] | None:
    """One letter whole: the original record's key, headers and value, and why."""
    async with await psycopg.AsyncConnection.connect(dsn, connect_timeout=3) as conn:
        cursor = await conn.execute(ONE.sql, ONE.args(id=letter_id))
        row = await cursor.fetchone()
        names: Sequence[str] = [d.name for d in cursor.description or ()]
    if row is None:
        return None
    found = dict(zip(names, row, strict=True))
    headers = [
        [name, None if value is None else _text(base64.b64decode(value))]
        for name, value in found["headers"]
    ]
    return {
        "id": found["id"],
        "consumer": found["consumer"],
        "source": f"{found['source_topic']}/{found['source_partition']}/{found['source_offset']}",
        "reason": found["reason"],
        "recorded_at": found["created_at"].isoformat(),
        "published_at": found["sent_at"].isoformat() if found["sent_at"] else None,
        "key": _text(found["key"]),
        "headers": headers,
        "value": _text(found["value"]),
    }
