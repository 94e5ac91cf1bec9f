"""Lists sent as PostgreSQL arrays of a known element type (`%b::uuid[]` and the like).

psycopg works out a plain list's element type again on every statement: it scans the list for
its types (and all of a list of ints for the largest, to pick int2, int4 or int8) before it
dumps a single element, and a list of None alone is scanned to the end. A list of one of these
classes names its element type, so its dumper is found by class, with the element dumper fixed.
What reaches the server is the same array (the statements cast their arrays anyway); a list of
another class is dumped as before."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any
from uuid import UUID

import psycopg
from psycopg.postgres import types
from psycopg.types.array import ListBinaryDumper


class TextArray(list[str | None]):
    """text[] (also numerics sent as their text)"""


class UuidArray(list[UUID | None]):
    """uuid[]"""


class Int4Array(list[int | None]):
    """int[]"""


class Int8Array(list[int | None]):
    """bigint[]"""


class TimestamptzArray(list[datetime | None]):
    """timestamptz[] (aware datetimes)"""


class DateArray(list[date | None]):
    """date[]"""


def _dumper(name: str) -> type[ListBinaryDumper]:
    info = types[name]
    attributes: dict[str, Any] = {"oid": info.array_oid, "element_oid": info.oid}
    return type(f"{name.capitalize()}ArrayDumper", (ListBinaryDumper,), attributes)


_ELEMENTS: dict[type[list[Any]], str] = {
    TextArray: "text",
    UuidArray: "uuid",
    Int4Array: "int4",
    Int8Array: "int8",
    TimestamptzArray: "timestamptz",
    DateArray: "date",
}

for _cls, _name in _ELEMENTS.items():
    psycopg.adapters.register_dumper(_cls, _dumper(_name))


def columns(rows: Iterable[Sequence[Any]], *arrays: type[list[Any]]) -> list[list[Any]]:
    """Rows turned into one array per column, each of its class (as many classes as columns)."""
    return [array(values) for array, values in zip(arrays, zip(*rows, strict=True), strict=True)]
