"""What a return brings back is costed from its order's issue lines (issue_costs, inside the
stock keeper's batch that holds the positions' locks), found through the ledger's index on
the order (inventory migration 0016), never by reading the whole ledger. On a scratch
inventory database of 20,000 lines (no Kafka)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID

import psycopg

from jxc.inventory.adapters.stock_tables import IssuedForOrder, issue_costs
from tests.integration.harness import Stack

LINES = 20_000


def _order(n: int) -> UUID:
    return UUID(f"00000000-0000-7000-a000-{n:012x}")


async def _scans(conn: psycopg.AsyncConnection[Any]) -> tuple[int, int]:
    """(sequential, index) scans of the ledger in this transaction so far."""
    cur = await conn.execute(
        "SELECT seq_scan, coalesce(idx_scan, 0) FROM pg_stat_xact_user_tables "
        "WHERE relname = 'stock_ledger'"
    )
    row = await cur.fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


async def test_a_returns_cost_reads_its_orders_lines_not_the_ledger(stack: Stack) -> None:
    stack.migrate("inventory")
    async with await psycopg.AsyncConnection.connect(
        stack.database("inventory"), autocommit=True
    ) as conn:
        # Every other line a shipment for an order of its own, the rest receipts.
        await conn.execute(
            "INSERT INTO stock_ledger (event_id, sku, warehouse, movement, quantity, unit, "
            "unit_cost, value_change, currency, on_hand_after, value_after, order_id, "
            "occurred_at) "
            "SELECT gen_random_uuid(), 'SKU-' || (n %% 500), 'WH-A', "
            "CASE WHEN n %% 2 = 0 THEN 'issue' ELSE 'receipt' END, "
            "CASE WHEN n %% 2 = 0 THEN -2 ELSE 3 END, 'pcs', 1.5, "
            "CASE WHEN n %% 2 = 0 THEN -3 ELSE 4.5 END, 'CNY', 1, 1.5, "
            "CASE WHEN n %% 2 = 0 THEN ('00000000-0000-7000-a000-' || lpad(to_hex(n), 12, '0'))"
            "::uuid END, now() - make_interval(secs => %s - n) "
            "FROM generate_series(1, %s) AS n",
            (LINES, LINES),
        )
        await conn.execute("ANALYZE stock_ledger")

        async with conn.transaction():
            seq_before, index_before = await _scans(conn)
            costs = await issue_costs(conn, [_order(1234), _order(1235)])
            seq_after, index_after = await _scans(conn)

        assert costs == {
            (_order(1234), "SKU-234", "WH-A"): IssuedForOrder(Decimal(2), Decimal(3), "CNY")
        }  # 1235 is a receipt's number: no order
        assert seq_after == seq_before
        assert index_after > index_before
