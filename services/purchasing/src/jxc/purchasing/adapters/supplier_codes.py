"""Which supplier holds which code: one row per code, written in the transaction that
registers the supplier, so a code is never registered twice."""

from __future__ import annotations

from uuid import UUID

from jxc.platform.store import Conn


async def holder(conn: Conn, code: str) -> UUID | None:
    """The supplier registered with `code`, if any. Locks the code until the end of the
    transaction, so of two registrations with one code the second sees the first."""
    await conn.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (f"supplier-code:{code}",)
    )
    cur = await conn.execute("SELECT supplier_id FROM supplier_codes WHERE code = %s", (code,))
    row = await cur.fetchone()
    return None if row is None else UUID(str(row[0]))


async def record(conn: Conn, code: str, supplier_id: UUID) -> None:
    await conn.execute(
        "INSERT INTO supplier_codes (code, supplier_id) VALUES (%s, %s)", (code, supplier_id)
    )
