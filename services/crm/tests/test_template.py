"""Crm follows the template purchasing set: SQL lives in adapters/ (as SQLAlchemy Core
statements over tables.py), app/ and projections/ only orchestrate and open no transaction;
aggregates are packages of small modules; every aggregate's streams have their own prefix."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import jxc.crm
from jxc.crm.domain.campaign import campaign_decider
from jxc.crm.domain.customer import customer_decider
from jxc.crm.domain.feedback import feedback_decider
from jxc.crm.domain.follow_up import follow_up_decider
from jxc.crm.domain.loyalty import loyalty_decider
from jxc.crm.domain.segment import segment_decider
from jxc.platform.decider import Decider

ROOT = Path(jxc.crm.__file__).parent
SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|TRUNCATE)\b")


def _found(folder: str) -> list[str]:
    found = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and SQL.search(text):
                found.append(f"{folder}/{path.name}:{getattr(node, 'lineno', 0)} SQL")
            if isinstance(node, ast.Attribute) and node.attr in ("transaction", "execute"):
                found.append(f"{folder}/{path.name}:{node.lineno} .{node.attr}")
    return found


def test_app_and_projections_hold_no_sql_and_open_no_transaction() -> None:
    assert (ROOT / "projections").is_dir() and (ROOT / "app").is_dir()
    assert _found("app") == []
    assert _found("projections") == []


def test_no_domain_module_is_hundreds_of_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): n
        for path in sorted((ROOT / "domain").rglob("*.py"))
        if (n := len(path.read_text().splitlines())) >= 300
    }
    assert long == {}


def test_domain_code_does_no_io_and_reads_no_clock() -> None:
    forbidden = re.compile(r"\b(datetime\.now|date\.today|uuid4|uuid7|psycopg|sqlalchemy)\b")
    hits = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in sorted((ROOT / "domain").rglob("*.py"))
        for match in forbidden.finditer(path.read_text())
    ]
    assert hits == []


def test_every_aggregate_has_its_own_stream_prefix() -> None:
    deciders: list[Decider[Any, Any]] = [
        customer_decider,
        loyalty_decider,
        segment_decider,
        follow_up_decider,
        campaign_decider,
        feedback_decider,
    ]
    prefixes = [d.stream_prefix for d in deciders]
    assert len(set(prefixes)) == len(prefixes)
    # snapshots of long streams (a loyal customer's ledger, a big campaign's coupons)
    assert all(d.state_type is not None for d in deciders)
