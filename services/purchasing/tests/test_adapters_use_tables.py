"""Issue 7, item 8: purchasing's adapters read and write the tables as jxc.purchasing.tables
declares them (SQLAlchemy Core statements compiled for psycopg), never through SQL text of
their own that could drift from the migrations."""

from __future__ import annotations

from pathlib import Path

import jxc.purchasing.adapters
from jxc.platform.sql_text import sql_text_in

ADAPTERS = Path(jxc.purchasing.adapters.__file__).parent


def test_adapters_hold_no_sql_text() -> None:
    assert sql_text_in(sorted(ADAPTERS.glob("*.py"))) == []
