"""Sortable keyset pages: the cursor (opaque, refused with a 422 when it is not this list's,
this sort's, or garbled), and the pages' SQL run on an in-memory SQLite (row values and NULLS
LAST, as PostgreSQL does them) covering every row exactly once in both orders, NULLs included.
The same on the real PostgreSQL: tests/integration/test_sorted_lists.py."""

from __future__ import annotations

import base64
import json
import random
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import Column, Integer, MetaData, Numeric, Table, Text, create_engine, select
from sqlalchemy.types import DateTime, Uuid

from jxc.platform.decider import DomainError
from jxc.platform.paging import Paging

metadata = MetaData()
things = Table(
    "things",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sku", Text, nullable=False),
    Column("rank", Integer, nullable=True),
    Column("note", Text, nullable=True),
)
docs = Table(
    "docs",
    metadata,
    Column("doc_id", Uuid, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("amount", Numeric, nullable=False),
)


def _paging(name: str = "things") -> Paging:
    query = select(things.c.id, things.c.sku, things.c.rank, things.c.note)
    return Paging(
        name,
        query.where(things.c.sku != "excluded"),
        {"sku": things.c.sku, "rank": things.c.rank, "note": things.c.note},
        (things.c.id,),
        default="sku",
    )


def _all_pages(paging: Paging, conn: Any, sort: str, order: Any, limit: int) -> list[int]:
    seen: list[int] = []
    after: str | None = None
    for _ in range(1000):
        request = paging.request(sort, order, after)
        query = paging.select(request)
        rows = [dict(r._mapping) for r in conn.execute(query, paging.args(request, limit))]
        page, after = paging.page(request, rows, limit)
        assert len(page) <= limit
        assert all(not k.startswith("_page_key_") for row in page for k in row)
        seen += [row["id"] for row in page]
        if after is None:
            return seen
    raise AssertionError("paging never ended")


@pytest.fixture(scope="module")
def sqlite() -> Any:
    engine = create_engine("sqlite://")
    metadata.create_all(engine, tables=[things])
    shuffled = random.Random(7)
    rows = [
        {
            "id": i,
            "sku": f"S{shuffled.randint(1, 6)}",  # many ties
            "rank": None if i % 4 == 0 else shuffled.randint(1, 5),
            "note": None if i % 3 else f"n{shuffled.randint(1, 3)}",  # mostly NULL
        }
        for i in range(1, 48)
    ]
    rows.append({"id": 99, "sku": "excluded", "rank": 1, "note": None})
    with engine.begin() as conn:
        conn.execute(things.insert(), rows)
    with engine.connect() as conn:
        yield conn, rows[:-1]


@pytest.mark.parametrize("sort", ["sku", "rank", "note"])
@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize("limit", [1, 5, 47, 100])
def test_the_pages_cover_every_row_once_in_order_nulls_last(
    sqlite: Any, sort: str, order: str, limit: int
) -> None:
    conn, rows = sqlite
    seen = _all_pages(_paging(), conn, sort, order, limit)
    assert sorted(seen) == sorted(r["id"] for r in rows)  # every row, exactly once

    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        value = r[sort]
        return (
            value is None,
            value if order == "asc" else _Desc(value),
            r["id"] * (1 if order == "asc" else -1),
        )

    expected = [r["id"] for r in sorted(rows, key=key)]
    assert seen == expected


class _Desc:
    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Desc) -> bool:
        return bool(self.value is not None and other.value is not None and self.value > other.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Desc) and self.value == other.value


def test_no_cursor_on_the_last_page(sqlite: Any) -> None:
    conn, rows = sqlite
    paging = _paging()
    request = paging.request(None, None, None)
    query = paging.select(request)
    found = [dict(r._mapping) for r in conn.execute(query, paging.args(request, len(rows)))]
    page, after = paging.page(request, found, len(rows))
    assert len(page) == len(rows) and after is None
    page, after = paging.page(request, found, len(rows) - 1)
    assert len(page) == len(rows) - 1 and after is not None


def test_the_default_sort_and_order() -> None:
    paging = Paging(
        "d", select(docs), {"at": docs.c.at}, (docs.c.doc_id,), default="at", default_order="desc"
    )
    assert paging.request(None, None, None).order == "desc"
    assert paging.request("at", None, None).order == "asc"
    assert paging.request("at", "desc", None).order == "desc"


def test_a_cursor_round_trips_timestamps_decimals_and_ids() -> None:
    paging = Paging(
        "docs",
        select(docs),
        {"at": docs.c.at, "amount": docs.c.amount},
        (docs.c.doc_id,),
        default="at",
    )
    doc = UUID("0190a0b0-0000-7000-8000-000000000001")
    at = datetime(2026, 11, 30, 8, 15, 1, 123456, tzinfo=UTC)
    for sort, value in (("at", at), ("amount", Decimal("12.3400"))):
        request = paging.request(sort, "desc", None)
        cursor = paging.cursor(request, (value, doc))
        assert paging.request(sort, "desc", cursor).after == (value, doc)
        assert all(c.isalnum() or c in "-_" for c in cursor)  # safe in a URL as it is


def test_an_unknown_sort_is_a_422_naming_the_known_ones() -> None:
    with pytest.raises(DomainError) as refused:
        _paging().request("price", "asc", None)
    assert refused.value.status == 422 and refused.value.fields == ("sort",)
    assert "note, rank, sku" in refused.value.message


def test_a_cursor_of_another_sort_order_or_list_is_refused() -> None:
    paging = _paging()
    cursor = paging.cursor(paging.request("sku", "asc", None), ("S1", 3))
    assert paging.request("sku", "asc", cursor).after == ("S1", 3)
    for sort, order in (("rank", "asc"), ("sku", "desc")):
        with pytest.raises(DomainError) as refused:
            paging.request(sort, order, cursor)
        assert refused.value.status == 422 and "sort" in refused.value.fields
    with pytest.raises(DomainError) as refused:
        _paging("other").request("sku", "asc", cursor)
    assert refused.value.fields == ("after",)


def _forged(held: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(held).encode()).decode()


@pytest.mark.parametrize(
    ("sort", "cursor"),
    [
        ("sku", ""),
        ("sku", "not a cursor!"),
        ("sku", "eyJ"),  # base64 of a torn JSON
        ("sku", "x" * 5000),
        ("sku", base64.urlsafe_b64encode(b"\xff\xfe").decode()),
        ("sku", _forged([1, 2])),
        ("sku", _forged({"l": "things", "s": "sku", "o": "asc"})),
        ("sku", _forged({"l": "things", "s": "sku", "o": "asc", "v": ["S1"]})),
        ("sku", _forged({"l": "things", "s": "sku", "o": "asc", "v": ["S1", "3"]})),  # id: int
        ("sku", _forged({"l": "things", "s": "sku", "o": "asc", "v": [None, 3]})),  # NOT NULL
        ("rank", _forged({"l": "things", "s": "rank", "o": "asc", "v": [1, None]})),  # tie NULL
        ("rank", _forged({"l": "things", "s": "rank", "o": "asc", "v": [True, 1]})),
    ],
)
def test_a_garbled_or_tampered_cursor_is_a_422(sort: str, cursor: str) -> None:
    with pytest.raises(DomainError) as refused:
        _paging().request(sort, "asc", cursor)
    assert refused.value.status == 422 and "after" in refused.value.fields


def test_a_null_sort_value_is_a_position() -> None:
    cursor = _forged({"l": "things", "s": "rank", "o": "asc", "v": [None, 3]})
    assert _paging().request("rank", "asc", cursor).after == (None, 3)


_DOC = "0190a0b0-0000-7000-8000-000000000001"


@pytest.mark.parametrize(
    ("sort", "held"),
    [
        ("at", ["yesterday", _DOC]),
        ("at", ["2026-11-30T08:00:00", _DOC]),  # a moment without its time zone
        ("at", [5, _DOC]),
        ("amount", ["NaN", _DOC]),
        ("amount", ["Infinity", _DOC]),
        ("amount", ["1,5", _DOC]),
        ("amount", ["1.5", "not-a-uuid"]),
        ("amount", ["1.5", 5]),
    ],
)
def test_values_that_do_not_fit_the_columns_are_a_422(sort: str, held: list[Any]) -> None:
    paging = Paging(
        "docs",
        select(docs),
        {"at": docs.c.at, "amount": docs.c.amount},
        (docs.c.doc_id,),
        default="at",
    )
    with pytest.raises(DomainError) as refused:
        paging.request(sort, "asc", _forged({"l": "docs", "s": sort, "o": "asc", "v": held}))
    assert refused.value.status == 422


def test_the_sql_is_one_row_value_comparison_where_the_column_is_not_null() -> None:
    paging = _paging()
    request = paging.request(
        "sku", "desc", paging.cursor(paging.request("sku", "desc", None), ("S1", 3))
    )
    sql = paging.statement(request).sql
    assert "(things.sku, things.id) < (" in sql
    assert "ORDER BY things.sku DESC, things.id DESC" in sql
    assert "NULLS LAST" not in sql and "IS NULL" not in sql
    nullable = paging.request(
        "rank", "asc", paging.cursor(paging.request("rank", "asc", None), (2, 3))
    )
    sql = paging.statement(nullable).sql
    assert (
        "things.rank IS NULL" in sql and "ORDER BY things.rank ASC NULLS LAST, things.id ASC" in sql
    )
    assert paging.statement(nullable) is paging.statement(nullable)  # compiled once


def test_the_statement_is_compiled_for_postgresql_with_the_filters_as_parameters() -> None:
    paging = Paging(
        "docs",
        select(docs).where(docs.c.amount > 0),
        {"at": docs.c.at},
        (docs.c.doc_id,),
        default="at",
    )
    request = paging.request(None, None, None)
    statement = paging.statement(request)
    assert statement.names == {"limit"}
    assert statement.args(**paging.args(request, 10))["limit"] == 11
    assert "%(limit)s" in statement.sql and "docs.amount > %(amount_1)s" in statement.sql
