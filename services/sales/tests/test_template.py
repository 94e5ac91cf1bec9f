"""Sales follows the template purchasing set: SQL lives in adapters/ (as
statements over jxc.sales.tables), app/ only orchestrates (no SQL, no transaction of its own),
projections/ reach their tables through adapters/, and no domain module grows to hundreds of
lines."""

from __future__ import annotations

from pathlib import Path

import jxc.sales
from jxc.platform.sql_text import sql_text_in

ROOT = Path(jxc.sales.__file__).parent


def _sources(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_app_api_and_projections_hold_no_sql_text() -> None:
    paths = _sources("app") + _sources("api") + _sources("projections")
    assert paths
    assert sql_text_in(paths) == []


def test_app_opens_no_transaction_and_executes_nothing() -> None:
    found = [
        f"{path.name}:{n}"
        for path in _sources("app")
        for n, line in enumerate(path.read_text().splitlines(), start=1)
        if ".transaction(" in line or ".execute(" in line
    ]
    assert found == []


def test_the_domain_is_pure_and_small() -> None:
    for path in _sources("domain"):
        source = path.read_text()
        assert len(source.splitlines()) < 400, path
        for forbidden in (
            "import psycopg",
            "from psycopg",
            "sqlalchemy",
            "httpx",
            "datetime.now",
            "date.today",
            "uuid7(",
            "uuid4(",
        ):
            assert forbidden not in source, (path, forbidden)
