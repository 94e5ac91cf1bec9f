"""Issue 7, item 8: purchasing's adapters read and write the tables as jxc.purchasing.tables
declares them (SQLAlchemy Core statements compiled for psycopg), never through SQL text of
their own that could drift from the migrations."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import jxc.purchasing.adapters

ADAPTERS = Path(jxc.purchasing.adapters.__file__).parent
SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|FROM \w+)\b")


def _docstrings(tree: ast.Module) -> set[ast.AST]:
    owners = [
        tree,
        *(
            n
            for n in ast.walk(tree)
            if isinstance(n, ast.AsyncFunctionDef | ast.FunctionDef | ast.ClassDef)
        ),
    ]
    return {
        owner.body[0].value
        for owner in owners
        if owner.body
        and isinstance(owner.body[0], ast.Expr)
        and isinstance(owner.body[0].value, ast.Constant)
    }


def _sql_text(name: str, source: str) -> list[str]:
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    return [
        f"{name}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node not in docstrings
        and SQL.search(node.value)
    ]


def test_adapters_hold_no_sql_text() -> None:
    paths = sorted(ADAPTERS.glob("*.py"))
    assert [hit for path in paths for hit in _sql_text(path.name, path.read_text())] == []


def test_sql_text_would_be_found() -> None:
    sample = (
        '"""A module reading FROM somewhere, in its docstring only."""\n'
        "async def holder(conn):\n"
        '    return await conn.execute("SELECT supplier_id FROM supplier_codes")\n'
    )
    assert _sql_text("sample.py", sample) == ["sample.py:3"]
