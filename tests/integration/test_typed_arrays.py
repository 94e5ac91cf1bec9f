"""The typed arrays of jxc.platform.arrays on a real PostgreSQL: each class arrives as the
array of its element type, NULLs, empty arrays and odd text included, exactly as the plain list
psycopg types for itself."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from uuid import UUID

import psycopg
import pytest
from psycopg.adapt import PyFormat, Transformer
from psycopg.types.array import ListBinaryDumper

from jxc.platform.arrays import (
    DateArray,
    Int4Array,
    Int8Array,
    TextArray,
    TimestamptzArray,
    UuidArray,
    _ArrayDumper,
    columns,
)
from tests.integration.harness import Stack

CASES: list[tuple[type[list[Any]], str, list[Any]]] = [
    (TextArray, "text", ["a", None, "名'\"{},\\ x", "", "库存" * 100, "🙂\t\n"]),
    (UuidArray, "uuid", [UUID(int=1), None, UUID(int=2**128 - 1)]),
    (Int4Array, "int", [0, None, -(2**31), 2**31 - 1]),
    (Int8Array, "bigint", [2**63 - 1, None, -(2**63)]),
    (
        TimestamptzArray,
        "timestamptz",
        [
            datetime(2026, 12, 3, tzinfo=UTC),
            None,
            datetime(2026, 1, 1, 8, tzinfo=timezone(timedelta(hours=8))),
        ],
    ),
    (DateArray, "date", [date(2026, 12, 3), None, date(1, 1, 1)]),
]

TYPE_NAMES = {"int": "integer", "timestamptz": "timestamp with time zone"} | {
    name: name for name in ("text", "uuid", "bigint", "date")
}


@pytest.mark.parametrize(("array", "sql_type", "values"), CASES)
async def test_a_typed_array_arrives_as_the_plain_list_would(
    stack: Stack, array: type[list[Any]], sql_type: str, values: list[Any]
) -> None:
    async with await psycopg.AsyncConnection.connect(
        stack.database("arrays"), autocommit=True
    ) as conn:
        whole = [v for v in values if v is not None]  # the batch statements' case: no NULL
        for sent in (values, whole, [None, None], []):
            cur = await conn.execute(
                f"SELECT %b::{sql_type}[], pg_typeof(%b), %b::{sql_type}[]",
                (array(sent), array(sent), list(sent)),
            )
            typed, type_name, plain = await cur.fetchone() or (None, None, None)
            assert typed == plain == sent
            assert type_name == TYPE_NAMES[sql_type] + "[]"  # even for a list of NULLs


@pytest.mark.parametrize(("array", "sql_type", "values"), CASES[:4])
def test_a_list_without_nulls_is_dumped_whole_into_the_same_bytes(
    array: type[list[Any]], sql_type: str, values: list[Any]
) -> None:
    whole = array(v for v in values if v is not None)
    dumper = Transformer().get_dumper(whole, PyFormat.BINARY)

    assert isinstance(dumper, _ArrayDumper)
    assert bytes(dumper.dump(whole) or b"") == bytes(ListBinaryDumper.dump(dumper, whole) or b"")
    short = array(whole[:1])
    assert dumper.elements(short) is not None  # the whole-list way, not psycopg's per element


async def test_text_on_a_utf8_connection_is_dumped_whole(stack: Stack) -> None:
    async with await psycopg.AsyncConnection.connect(stack.database("arrays")) as conn:
        dumper = Transformer(conn).get_dumper(TextArray(["库存"]), PyFormat.BINARY)

        assert isinstance(dumper, _ArrayDumper)
        assert dumper.elements(TextArray(["库存"])) == b"\x00\x00\x00\x06" + "库存".encode()


@pytest.mark.parametrize(
    ("array", "sql_type", "bad"),
    [
        (Int4Array, "int", [1, 2**31]),
        (Int4Array, "int", [None, -(2**31) - 1]),
        (Int8Array, "bigint", [2**63]),
        (Int4Array, "int", [1.5]),
    ],
)
async def test_a_value_the_type_cannot_hold_is_refused_as_psycopg_refuses_it(
    stack: Stack, array: type[list[Any]], sql_type: str, bad: list[Any]
) -> None:
    async with await psycopg.AsyncConnection.connect(
        stack.database("arrays"), autocommit=True
    ) as conn:
        with pytest.raises(psycopg.DataError):
            await conn.execute(f"SELECT %b::{sql_type}[]", (array(bad),))


def test_columns_are_the_rows_transposed_into_their_classes() -> None:
    rows = [("a", 1, UUID(int=1)), ("b", None, None)]

    made = columns(rows, TextArray, Int4Array, UuidArray)

    assert made == [["a", "b"], [1, None], [UUID(int=1), None]]
    assert [type(c) for c in made] == [TextArray, Int4Array, UuidArray]
    with pytest.raises(ValueError):
        columns(rows, TextArray, Int4Array)
