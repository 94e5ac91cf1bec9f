"""What every inline table shares: it is written in the transaction of the events it shows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from jxc.platform.store import Conn


async def update_one(
    conn: Conn, table: str, sql: str, params: Sequence[Any] | Mapping[str, Any]
) -> None:
    """Run an UPDATE that must touch exactly one row of the inline `table`."""
    cur = await conn.execute(sql, params)
    if cur.rowcount != 1:
        # The table missed a row its stream has: refuse rather than let the two drift apart.
        raise RuntimeError(f"inline {table} table out of step with its events: {params!r}")
