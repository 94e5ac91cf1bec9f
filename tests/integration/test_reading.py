"""A query's pooled connection (jxc.platform.reads.reading) on a real PostgreSQL: the query
runs in autocommit (no BEGIN before it, no COMMIT after), and the connection goes back to the
pool as every other borrower expects it, out of autocommit, or closed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import psycopg
import pytest
from psycopg.pq import TransactionStatus
from psycopg_pool import AsyncConnectionPool

from jxc.platform.reads import reading
from tests.integration.commanding import open_pool
from tests.integration.harness import Stack


@pytest.fixture
async def pool(stack: Stack) -> AsyncIterator[AsyncConnectionPool[Any]]:
    """One connection, so each borrow gets the one the last borrow gave back."""
    opened = await open_pool(stack.database("reads"), size=1)
    yield opened
    await opened.close()


async def test_a_query_leaves_no_transaction_open(pool: AsyncConnectionPool[Any]) -> None:
    async with reading(pool) as conn:
        cur = await conn.execute("SELECT txid_current_if_assigned(), 1")
        assert await cur.fetchone() == (None, 1)
        assert conn.info.transaction_status == TransactionStatus.IDLE
    async with pool.connection() as conn:
        await conn.execute("SELECT 1")
        # Borrowed the plain way, the same connection opens a transaction as it always did.
        assert conn.info.transaction_status == TransactionStatus.INTRANS


async def test_the_connection_comes_back_out_of_autocommit(
    pool: AsyncConnectionPool[Any],
) -> None:
    async with reading(pool) as conn:
        first = conn.info.backend_pid
        assert conn.autocommit
    async with pool.connection() as conn:
        assert conn.info.backend_pid == first and not conn.autocommit
        await conn.execute("CREATE TABLE written (n int)")
        await conn.execute("INSERT INTO written VALUES (1)")
        await conn.rollback()  # the two writes were one transaction: both undone
    async with pool.connection() as conn:
        cur = await conn.execute("SELECT to_regclass('written')")
        assert await cur.fetchone() == (None,)


async def test_a_failed_query_gives_the_connection_back_as_it_came(
    pool: AsyncConnectionPool[Any],
) -> None:
    with pytest.raises(psycopg.errors.UndefinedTable):
        async with reading(pool) as conn:
            await conn.execute("SELECT * FROM no_such_table")
    async with pool.connection() as conn:
        assert not conn.autocommit
        cur = await conn.execute("SELECT 2")
        assert await cur.fetchone() == (2,)


async def test_a_broken_connection_is_dropped_not_reused(pool: AsyncConnectionPool[Any]) -> None:
    with pytest.raises(psycopg.OperationalError):
        async with reading(pool) as conn:
            killed = conn.info.backend_pid
            await conn.execute("SELECT pg_terminate_backend(pg_backend_pid())")
    async with pool.connection() as conn:
        assert conn.info.backend_pid != killed and not conn.autocommit
        cur = await conn.execute("SELECT 3")
        assert await cur.fetchone() == (3,)
