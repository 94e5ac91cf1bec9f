"""Advisory locks held until the end of the transaction, on a name (a code, a number)."""

from __future__ import annotations

from jxc.platform.store import Conn


async def lock_key(conn: Conn, key: str) -> None:
    """Wait for, then hold until commit or rollback, the lock on `key`."""
    await conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (key,))


async def lock_pair(conn: Conn, key: tuple[int, int]) -> None:
    """Wait for, then hold until commit or rollback, the lock on the two-integer `key`."""
    await conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", key)
