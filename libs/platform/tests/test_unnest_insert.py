from decimal import Decimal
from uuid import UUID

import pytest
from sqlalchemy import Column, Integer, MetaData, Numeric, Table, Text, Uuid

from jxc.platform.unnest import UnnestInsert

lines = Table(
    "lines",
    MetaData(),
    Column("id", Uuid, primary_key=True),
    Column("quantity", Numeric, nullable=False),
    Column("sku", Text, nullable=False),
    Column("seq", Integer),
)


def test_columns_are_named_and_typed_from_the_table() -> None:
    insert = UnnestInsert(lines, ("sku", "quantity", "id"))

    assert insert.sql == (
        "INSERT INTO lines (sku, quantity, id) "
        "SELECT sku, quantity::numeric, id "
        "FROM unnest(%b::text[], %b::text[], %b::uuid[]) AS x(sku, quantity, id)"
    )


def test_numerics_travel_as_text_whatever_their_place() -> None:
    insert = UnnestInsert(lines, ("seq", "quantity", "sku"))
    rows = [
        {"sku": "A", "quantity": Decimal("1.50"), "seq": 1},
        {"sku": "B", "quantity": None, "seq": 2},
    ]

    assert insert.parameters(rows) == [[1, 2], ["1.50", None], ["A", "B"]]


def test_a_column_the_table_does_not_have_is_refused() -> None:
    with pytest.raises(KeyError, match="qty"):
        UnnestInsert(lines, ("sku", "qty"))


def test_a_row_missing_a_column_is_refused() -> None:
    insert = UnnestInsert(lines, ("id", "sku"))
    with pytest.raises(KeyError, match="sku"):
        insert.parameters([{"id": UUID(int=1)}])


def test_a_clash_updates_the_named_columns() -> None:
    insert = UnnestInsert(lines, ("id", "seq"), conflict=("id",), update=("seq",))

    assert insert.sql.endswith(" ON CONFLICT (id) DO UPDATE SET seq = excluded.seq")


def test_a_clash_without_columns_to_update_is_skipped() -> None:
    insert = UnnestInsert(lines, ("id", "seq"), conflict=("id",))

    assert insert.sql.endswith(" ON CONFLICT (id) DO NOTHING")


def test_one_row_is_a_values_row_of_scalars() -> None:
    insert = UnnestInsert(lines, ("id", "quantity", "seq"), conflict=("id",), update=("seq",))
    row = {"id": UUID(int=7), "quantity": Decimal("2.50"), "seq": 3}

    sql, parameters = insert.statement([row])

    assert sql == (
        "INSERT INTO lines (id, quantity, seq) VALUES (%s::uuid, %s::numeric, %s::integer)"
        " ON CONFLICT (id) DO UPDATE SET seq = excluded.seq"
    )
    assert parameters == [UUID(int=7), "2.50", 3]


def test_other_counts_of_rows_go_as_arrays() -> None:
    insert = UnnestInsert(lines, ("sku", "quantity"))
    rows = [{"sku": "A", "quantity": None}, {"sku": "B", "quantity": Decimal(1)}]

    assert insert.statement(rows) == (insert.sql, [["A", "B"], [None, "1"]])
    assert insert.statement([]) == (insert.sql, [[], []])
