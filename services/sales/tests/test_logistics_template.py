"""Logistics and invoicing follow the template: their adapters read and write the tables as
jxc.sales.tables declares them (SQLAlchemy Core statements compiled for psycopg), never SQL
text of their own; app/, api/ and projections/ hold no SQL and open no transaction."""

from __future__ import annotations

import ast
from pathlib import Path

import jxc.sales
from jxc.platform.sql_text import sql_text_in

ROOT = Path(jxc.sales.__file__).parent
ADAPTERS = (
    "carrier_list.py",
    "invoice_list.py",
    "shipment_list.py",
    "shipping_orders.py",
    "vehicle_list.py",
)
ORCHESTRATION = (
    "app/carriers.py",
    "app/shipments.py",
    "app/delivery_runs.py",
    "app/invoices.py",
    "app/invoicing_policy.py",
    "app/shipment_policy.py",
    "api/carriers.py",
    "api/shipments.py",
    "api/delivery_runs.py",
    "api/invoices.py",
    "projections/logistics_orders.py",
)


def test_the_adapters_hold_no_sql_text() -> None:
    assert sql_text_in([ROOT / "adapters" / name for name in ADAPTERS]) == []


def test_orchestration_holds_no_sql_and_opens_no_transaction() -> None:
    paths = [ROOT / name for name in ORCHESTRATION]
    assert sql_text_in(paths) == []
    calls = [
        f"{path.name}:{node.lineno}"
        for path in paths
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Attribute) and node.attr in ("transaction", "execute")
    ]
    assert calls == []


def test_no_statement_needs_expanding_at_run_time() -> None:
    """A Core `in_` over a list compiles to a placeholder psycopg cannot fill (POSTCOMPILE);
    it failed the shipment policy once. The statements are compiled once, complete."""
    import importlib

    from jxc.platform.statements import Statement

    unfinished = [
        f"{name}.{attr}"
        for name in ADAPTERS
        for attr, value in vars(importlib.import_module(f"jxc.sales.adapters.{name[:-3]}")).items()
        if isinstance(value, Statement) and "POSTCOMPILE" in value.sql
    ]
    assert unfinished == []
