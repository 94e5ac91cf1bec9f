"""Sales' adapters read and write the tables as jxc.sales.tables declares them (SQLAlchemy Core
statements compiled for psycopg), never through SQL text of their own."""

from __future__ import annotations

from pathlib import Path

import jxc.sales.adapters
from jxc.platform.sql_text import sql_text_in

ADAPTERS = Path(jxc.sales.adapters.__file__).parent


def test_adapters_hold_no_sql_text() -> None:
    found = sorted(ADAPTERS.glob("*.py"))
    assert len(found) > 1
    assert sql_text_in(found) == []
