"""Bulk inserts with unnest, their columns named and typed from the table's declaration: one
array parameter per column (sent in binary), numerics as text and cast back (psycopg's binary
numeric dumping is slow). One row goes as a plain VALUES row: psycopg dumps a list in Python,
at several times the cost of a value, so arrays of one element cost more than they carry."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Table
from sqlalchemy.types import (
    BigInteger,
    Date,
    DateTime,
    Enum,
    Integer,
    Numeric,
    SmallInteger,
    String,
    TypeEngine,
    Uuid,
)

from jxc.platform.arrays import (
    DateArray,
    Int4Array,
    Int8Array,
    TextArray,
    TimestamptzArray,
    UuidArray,
)
from jxc.platform.statements import PSYCOPG


class UnnestInsert:
    """`INSERT INTO table (columns) SELECT ... FROM unnest(...)`, for rows given by name."""

    def __init__(
        self,
        table: Table,
        columns: Sequence[str],
        *,
        conflict: Sequence[str] = (),
        update: Sequence[str] = (),
    ) -> None:
        """On a clash on the `conflict` columns, the row sets `update` (or is skipped when
        `update` is empty)."""
        for name in (*columns, *conflict, *update):
            if name not in table.c:
                raise KeyError(f"{table.name} has no column {name!r}")
        self.columns = tuple(columns)
        self._as_text = tuple(isinstance(table.c[n].type, Numeric) for n in self.columns)
        self._arrays = tuple(_array_of(table.c[n].type) for n in self.columns)
        types = [table.c[n].type.compile(PSYCOPG).lower() for n in self.columns]
        arrays = ", ".join(
            "%b::text[]" if as_text else f"%b::{type_}[]"
            for type_, as_text in zip(types, self._as_text, strict=True)
        )
        selected = ", ".join(
            f"{n}::numeric" if as_text else n
            for n, as_text in zip(self.columns, self._as_text, strict=True)
        )
        names = ", ".join(self.columns)
        self.sql = (
            f"INSERT INTO {table.name} ({names}) SELECT {selected} "
            f"FROM unnest({arrays}) AS x({names})" + _on_conflict(conflict, update)
        )
        values = ", ".join(
            "%s::numeric" if as_text else f"%s::{type_}"
            for type_, as_text in zip(types, self._as_text, strict=True)
        )
        self.one_row_sql = f"INSERT INTO {table.name} ({names}) VALUES ({values})" + _on_conflict(
            conflict, update
        )

    def statement(self, rows: Sequence[Mapping[str, Any]]) -> tuple[str, list[Any]]:
        """The statement and its parameters for these rows: a VALUES row for one row, the
        arrays for unnest otherwise."""
        if len(rows) != 1:
            return self.sql, self.parameters(rows)
        (row,) = rows
        return self.one_row_sql, [
            _text(row[name]) if as_text else row[name]
            for name, as_text in zip(self.columns, self._as_text, strict=True)
        ]

    def parameters(self, rows: Iterable[Mapping[str, Any]]) -> list[list[Any]]:
        """One list per column, in the statement's order."""
        arrays: list[list[Any]] = [array() for array in self._arrays]
        for row in rows:
            for array, name in zip(arrays, self.columns, strict=True):
                array.append(row[name])
        for i, as_text in enumerate(self._as_text):
            if as_text:
                arrays[i] = numeric_texts(arrays[i])
        return arrays


# An array of numerics as a parameter: `%b::text[]::numeric[]` with `numeric_texts(values)`.
NUMERIC_ARRAY = "%b::text[]::numeric[]"


def numeric_texts(values: Iterable[Decimal | None]) -> TextArray:
    """Decimals as the text PostgreSQL parses back into the same numerics: psycopg's binary
    numeric dumping costs about four times `str` per value, and a batch of thousands of
    positions or ledger lines sends tens of thousands of them."""
    return TextArray([_text(v) for v in values])


def _array_of(type_: TypeEngine[Any]) -> type[list[Any]]:
    """The list class whose elements are dumped as the column's type (jxc.platform.arrays), or
    a plain list, whose element type psycopg finds for itself."""
    if isinstance(type_, Numeric):
        return TextArray  # sent as text, cast back
    if isinstance(type_, BigInteger):
        return Int8Array
    if isinstance(type_, Integer) and not isinstance(type_, SmallInteger):
        return Int4Array
    if isinstance(type_, String) and not isinstance(type_, Enum):
        return TextArray
    if isinstance(type_, Uuid):
        return UuidArray
    if isinstance(type_, DateTime) and type_.timezone:
        return TimestamptzArray
    if isinstance(type_, Date):
        return DateArray
    return list


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _on_conflict(conflict: Sequence[str], update: Sequence[str]) -> str:
    if not conflict:
        return ""
    if not update:
        return f" ON CONFLICT ({', '.join(conflict)}) DO NOTHING"
    changes = ", ".join(f"{name} = excluded.{name}" for name in update)
    return f" ON CONFLICT ({', '.join(conflict)}) DO UPDATE SET {changes}"
