"""Advisory locks held until the end of the transaction, on a name (a code, a number)."""

from __future__ import annotations

from jxc.platform.store import Conn


async def lock_key(conn: Conn, key: str) -> None:
    """Wait for, then hold until commit or rollback, the lock on `key`."""
    await conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (key,))


async def lock_pair(conn: Conn, key: tuple[int, int]) -> None:
    """Wait for, then hold until commit or rollback, the lock on the two-integer `key`."""
    await conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", key)


async def lock_pairs(conn: Conn, first: int, seconds: list[int], *, shared: bool) -> None:
    """The locks (first, s) for each s of `seconds`, taken in ascending order of s (so two
    transactions taking overlapping sets never deadlock), shared or exclusive."""
    function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
    await conn.execute(
        f"SELECT {function}(%s, s) FROM unnest(%s::int[]) AS s ORDER BY s",
        (first, sorted(set(seconds))),
    )
