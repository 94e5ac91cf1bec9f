"""Issue 7, item 3: inventory follows the template purchasing set. SQL and transactions live in
adapters/, app/ only orchestrates; aggregates are packages of small modules; names say what
they are."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import jxc.inventory

ROOT = Path(jxc.inventory.__file__).parent
SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")


def _sources(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def _sql_and_transactions(paths: list[Path], executors: set[str] | None) -> list[str]:
    """SQL in string literals, `.transaction(` and `.execute(` calls (on one of `executors`
    only, or on anything with None)."""
    found = []
    for path in paths:
        name = "/".join(path.parts[-3:])
        for node in ast.walk(ast.parse(path.read_text())):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and SQL.search(text):
                found.append(f"{name}:{getattr(node, 'lineno', 0)} SQL")
            if isinstance(node, ast.Attribute) and (
                node.attr == "transaction"
                or (
                    node.attr == "execute"
                    and (executors is None or ast.unparse(node.value) in executors)
                )
            ):
                found.append(f"{name}:{node.lineno} .{node.attr}")
    return found


def test_app_holds_no_sql_and_opens_no_transaction() -> None:
    assert _sql_and_transactions(_sources("app"), {"conn", "cur"}) == []


def test_no_api_of_any_service_holds_sql_or_opens_a_transaction() -> None:
    """Routers are thin: SQL lives in adapters/, transactions are opened by app/'s handlers
    (through adapters), in every service, not only this one."""
    services = ROOT.parents[3]
    apis = sorted(services.glob("*/src/jxc/*/api/*.py"))
    assert {path.parts[-3] for path in apis} >= {"inventory", "purchasing"}
    assert _sql_and_transactions(apis, None) == []


def test_no_domain_module_is_an_aggregate_of_hundreds_of_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): n
        for path in _sources("domain")
        if (n := len(path.read_text().splitlines())) >= 400
    }
    assert long == {}


def test_two_different_locks_have_two_names() -> None:
    """Two different functions were called `lock_positions` (row locks of the stock keeper,
    advisory locks of the reorder rules)."""
    names: dict[str, list[str]] = {}
    for folder in ("app", "adapters"):
        for path in _sources(folder):
            for node in ast.parse(path.read_text()).body:
                if isinstance(node, ast.AsyncFunctionDef | ast.FunctionDef) and "lock" in node.name:
                    names.setdefault(node.name, []).append(f"{folder}/{path.name}")
    assert {name: where for name, where in names.items() if len(where) > 1} == {}


def test_a_command_for_a_stock_position_is_not_called_an_order() -> None:
    from jxc.inventory.app import stock_keeper

    assert stock_keeper.PositionCommand.__name__ == "PositionCommand"
    assert not hasattr(stock_keeper, "StockOrder")


AVAILABLE_IN_SQL = re.compile(r"on_hand\s*-[^;]*reserved|reserved\s*-[^;]*on_hand", re.DOTALL)


def _sql_computing_available(source: str) -> list[int]:
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and AVAILABLE_IN_SQL.search(node.value)
    ]


def test_available_is_computed_in_one_place() -> None:
    """On hand outside quarantine less reserved: `available_of`, which Position.available and
    every query of app/ and adapters/ use; no SQL of theirs computes it again."""
    from decimal import Decimal

    from jxc.inventory.domain.stock import Position, Valuation, available_of

    found = {
        str(path.relative_to(ROOT)): lines
        for folder in ("app", "adapters")
        for path in _sources(folder)
        if (lines := _sql_computing_available(path.read_text()))
    }
    assert found == {}
    position = Position(
        sku="TEA",
        warehouse="WH-A",
        unit="pcs",
        currency="CNY",
        valuation=Valuation.FIFO,
        quarantine=frozenset({"QC"}),
        on_hand=Decimal(10),
        reserved=Decimal(3),
        balances={("A-1", ""): Decimal(8), ("QC", ""): Decimal(2)},
    )
    assert position.available == available_of(Decimal(10), Decimal(2), Decimal(3)) == 5
