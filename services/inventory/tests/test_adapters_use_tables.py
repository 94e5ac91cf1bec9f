"""Issue 7, item 8: inventory's adapters for plain reads and writes use the tables as
jxc.inventory.tables declares them (SQLAlchemy Core statements compiled for psycopg); the
stock core's hand-tuned bulk statements (unnest) stay SQL, with their columns named."""

from __future__ import annotations

from pathlib import Path

import jxc.inventory.adapters
from jxc.platform.sql_text import sql_text_in

ADAPTERS = Path(jxc.inventory.adapters.__file__).parent
PLAIN = (
    "item_master.py",
    "known_names.py",
    "idempotency_keys.py",
    "abc_tables.py",
    "transfer_tables.py",
    "reorder_rules.py",
    "stock_levels.py",
)


def test_plain_reads_and_writes_hold_no_sql_text() -> None:
    assert sql_text_in([ADAPTERS / name for name in PLAIN]) == []
