"""Issue 7, item 8: inventory's adapters for plain reads and writes use the tables as
jxc.inventory.tables declares them (SQLAlchemy Core statements compiled for psycopg); the
stock core's hand-tuned bulk statements (unnest) stay SQL, with their columns named."""

from __future__ import annotations

import ast
from pathlib import Path

import jxc.inventory.adapters
from jxc.platform.sql_text import sql_text, sql_text_in

ADAPTERS = Path(jxc.inventory.adapters.__file__).parent
PLAIN = (
    "item_master.py",
    "known_names.py",
    "idempotency_keys.py",
    "abc_tables.py",
    "transfer_tables.py",
    "reorder_rules.py",
    "stock_levels.py",
    "count_tables.py",
    "stock_queries.py",
)
#: The stock core's plain reads, in a module whose bulk statements stay hand-tuned SQL.
STOCK_TABLES_PLAIN = (
    "item_units",
    "reserved_lines",
    "waiting_lines",
    "issue_costs",
    "warehouse_policies",
)


def test_plain_reads_and_writes_hold_no_sql_text() -> None:
    assert sql_text_in([ADAPTERS / name for name in PLAIN]) == []


def test_stock_tables_plain_reads_hold_no_sql_text() -> None:
    path = ADAPTERS / "stock_tables.py"
    source = path.read_text()
    functions = {
        node.name: node
        for node in ast.parse(source).body
        if isinstance(node, ast.AsyncFunctionDef | ast.FunctionDef)
    }
    assert set(STOCK_TABLES_PLAIN) <= functions.keys()
    hits = [
        hit
        for name in STOCK_TABLES_PLAIN
        for hit in sql_text(
            f"{path.name}:{name}", ast.get_source_segment(source, functions[name]) or ""
        )
    ]
    assert hits == []
