"""For the services' tests: where a module holds SQL written as text (string constants that
read or write a table), so a test can insist its statements come from the declared tables."""

from __future__ import annotations

import ast
import re
from pathlib import Path

_SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|FROM \w+)\b")


def sql_text(name: str, source: str) -> list[str]:
    """`name:line` of every string constant in `source` that is SQL (docstrings aside)."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    return [
        f"{name}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node not in docstrings
        and _SQL.search(node.value)
    ]


def sql_text_in(paths: list[Path]) -> list[str]:
    return [hit for path in paths for hit in sql_text(path.name, path.read_text())]


def _docstrings(tree: ast.Module) -> set[ast.AST]:
    owners: list[ast.Module | ast.AsyncFunctionDef | ast.FunctionDef | ast.ClassDef] = [tree]
    owners += [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.AsyncFunctionDef | ast.FunctionDef | ast.ClassDef)
    ]
    return {
        owner.body[0].value
        for owner in owners
        if owner.body
        and isinstance(owner.body[0], ast.Expr)
        and isinstance(owner.body[0].value, ast.Constant)
    }
