"""Sales follows the template purchasing set: SQL and transactions live in adapters/, app/ and
projections/ only orchestrate; aggregates are packages of small modules."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import jxc.sales

ROOT = Path(jxc.sales.__file__).parent
SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")


def _sources(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def _sql_and_transactions(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        name = "/".join(path.parts[-3:])
        for node in ast.walk(ast.parse(path.read_text())):
            is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if is_text and SQL.search(str(node.value)):  # type: ignore[attr-defined]
                found.append(f"{name}:{getattr(node, 'lineno', 0)} SQL")
            if isinstance(node, ast.Attribute) and (
                node.attr == "transaction"
                or (node.attr == "execute" and ast.unparse(node.value) in {"conn", "cur"})
            ):
                found.append(f"{name}:{node.lineno} .{node.attr}")
    return found


def test_app_and_projections_hold_no_sql_and_open_no_transaction() -> None:
    paths = _sources("app") + _sources("projections")
    assert len(paths) > 5
    assert _sql_and_transactions(paths) == []


def test_the_domain_is_pure() -> None:
    """No I/O, no clock, no random ids in domain/."""
    banned = re.compile(r"\b(psycopg|sqlalchemy|datetime\.now|date\.today|uuid4|uuid7|httpx)\b")
    found = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in _sources("domain")
        for match in banned.finditer(path.read_text())
    ]
    assert found == []


def test_no_domain_module_is_an_aggregate_of_hundreds_of_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): n
        for path in _sources("domain")
        if (n := len(path.read_text().splitlines())) >= 400
    }
    assert long == {}
