"""Finance's adapters read and write the tables as jxc.finance.tables declares them (SQLAlchemy
Core statements compiled for psycopg), never through SQL text of their own; app/ and api/ hold
no SQL at all."""

from __future__ import annotations

from pathlib import Path

import jxc.finance
from jxc.platform.sql_text import sql_text_in

ROOT = Path(jxc.finance.__file__).parent


def test_adapters_hold_no_sql_text() -> None:
    found = sorted((ROOT / "adapters").glob("*.py"))
    assert len(found) > 1
    assert sql_text_in(found) == []


def test_no_sql_outside_adapters() -> None:
    others = [
        p
        for folder in ("app", "api", "domain", "projections")
        for p in sorted((ROOT / folder).rglob("*.py"))
    ]
    assert sql_text_in(others) == []
