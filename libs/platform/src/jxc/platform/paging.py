"""Sortable keyset pages over a SQLAlchemy Core select.

A list declares the columns it may be sorted by (name -> column) and a unique, non-null
tie-breaker (its id or key columns). The client asks `sort=<name>&order=asc|desc&limit=n`, and
for the next page `after=<cursor>`, the cursor the previous page answered. The cursor is
opaque to the client: urlsafe base64 of JSON holding the list's name, the sort, the order and
the last row's sort value and tie-breaker. A cursor of another list or another sort, or one
that does not decode, is refused with a 422 (a DomainError), never a 500.

The page is the rows in order `sort order NULLS LAST, tie-breaker order`: NULLs in a sort
column come last in both orders, and a cursor on a NULL value pages on through the other
NULLs by the tie-breaker. Without NULLs the condition is one row-value comparison
`(sort, tie...) > (value, ...)` (or `<` descending), which an index on (sort, tie...) serves.

Routes answer the page as a plain JSON list (what clients of the list read before it was
sortable) and the next page's cursor in the `X-Next-Cursor` header, absent on the last page.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Query, Response
from psycopg.rows import dict_row
from sqlalchemy import ColumnElement, and_, bindparam, or_, tuple_
from sqlalchemy.sql import Select

from jxc.platform.decider import DomainError
from jxc.platform.statements import Statement
from jxc.platform.store import Conn

Order = Literal["asc", "desc"]
#: A page's rows and the next page's cursor (None on the last page).
Page = tuple[list[dict[str, Any]], str | None]
#: The response header that carries the next page's cursor.
NEXT_CURSOR = "X-Next-Cursor"
#: The longest cursor accepted (a guard against garbage, far above any real one).
MAX_CURSOR = 2000
_KEY = "_page_key_"


@dataclass(frozen=True, slots=True)
class PageRequest:
    """What the client asked: a sort, an order, and where the page starts (None: the first)."""

    sort: str
    order: Order
    after: tuple[Any, ...] | None

    @property
    def kind(self) -> Literal["first", "value", "null"]:
        """The first page, or after a row with a value or with NULL in the sort column."""
        if self.after is None:
            return "first"
        return "null" if self.after[0] is None else "value"


@dataclass(frozen=True, slots=True)
class Sortable:
    """A sort column and whether it may hold NULLs (then NULLS LAST)."""

    column: ColumnElement[Any]
    nullable: bool


class Paging:
    """Sortable keyset pages of `query` (its filters as bind parameters, no ORDER BY, no
    LIMIT). `sorts` maps sort names to columns (a Column's own `nullable` says whether it may
    hold NULLs; other expressions are taken as nullable unless named in `not_null`), `tie` is
    the unique tie-breaker. The statements, one per sort, order and kind of cursor, are
    compiled once, on first use."""

    def __init__(
        self,
        name: str,
        query: Select[Any],
        sorts: Mapping[str, ColumnElement[Any]],
        tie: Sequence[ColumnElement[Any]],
        *,
        default: str,
        default_order: Order = "asc",
        not_null: Sequence[str] = (),
    ) -> None:
        if default not in sorts:
            raise ValueError(f"the default sort {default!r} is not one of {sorted(sorts)}")
        if not tie:
            raise ValueError("a keyset page needs a unique tie-breaker")
        self.name = name
        self.query = query
        self.sorts = {
            key: Sortable(column, key not in not_null and getattr(column, "nullable", True))
            for key, column in sorts.items()
        }
        self.tie = tuple(tie)
        self.default = default
        self.default_order: Order = default_order
        self._statements: dict[tuple[str, Order, str], Statement] = {}

    # --- what the client sent -----------------------------------------------------------

    def request(self, sort: str | None, order: Order | None, after: str | None) -> PageRequest:
        """The page asked for; a 422 for an unknown sort or a cursor that is not one of this
        list's for this sort and order."""
        name = self.default if sort is None else sort
        if name not in self.sorts:
            raise DomainError(
                f"cannot sort by {name!r}; sort by one of: {', '.join(sorted(self.sorts))}",
                fields=("sort",),
            )
        direction: Order = order or (self.default_order if sort is None else "asc")
        if after is None:
            return PageRequest(name, direction, None)
        return PageRequest(name, direction, self._decode(after, name, direction))

    def _decode(self, cursor: str, sort: str, order: Order) -> tuple[Any, ...]:
        try:
            if len(cursor) > MAX_CURSOR:
                raise ValueError("too long")
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
            held = json.loads(raw)
            if not isinstance(held, dict):
                raise ValueError("not an object")
            list_name, held_sort, held_order, values = (
                held.get("l"),
                held.get("s"),
                held.get("o"),
                held.get("v"),
            )
        except (ValueError, binascii.Error, UnicodeDecodeError) as error:
            raise _bad_cursor("it is not a cursor this list gave") from error
        if list_name != self.name:
            raise _bad_cursor("it is a cursor of another list")
        if held_sort != sort or held_order != order:
            raise DomainError(
                f"the cursor pages a list sorted by {held_sort} {held_order}, not by {sort} "
                f"{order}: start again from the first page (no `after`) when changing the sort",
                fields=("after", "sort", "order"),
            )
        columns = (self.sorts[sort].column, *self.tie)
        if not isinstance(values, list) or len(values) != len(columns):
            raise _bad_cursor("it does not hold this list's position")
        decoded = []
        for i, (column, value) in enumerate(zip(columns, values, strict=True)):
            if value is None and (i > 0 or not self.sorts[sort].nullable):
                raise _bad_cursor("it does not hold this list's position")
            decoded.append(None if value is None else _from_json(column, value))
        return tuple(decoded)

    # --- the statement and its page ---------------------------------------------------------

    def statement(self, request: PageRequest) -> Statement:
        """The select for this page: the query, after the cursor, in order, `limit` + 1 rows
        (bind `limit` to one more than the page, `page()` cuts it)."""
        key = (request.sort, request.order, request.kind)
        found = self._statements.get(key)
        if found is None:
            found = self._statements[key] = Statement(self.select(request))
        return found

    def select(self, request: PageRequest) -> Select[Any]:
        """The page's select (as `statement` compiles it)."""
        sort, order, kind = request.sort, request.order, request.kind
        sortable = self.sorts[sort]
        column = sortable.column
        keys = (column, *self.tie)
        query = self.query.add_columns(*(c.label(f"{_KEY}{i}") for i, c in enumerate(keys)))
        after = [bindparam(f"{_KEY}{i}", type_=c.type) for i, c in enumerate(keys)]
        if kind == "value":
            condition = _later(order, tuple_(*keys), tuple_(*after))
            if sortable.nullable:  # NULLs come last: every one of them is after a value
                condition = or_(condition, column.is_(None))
            query = query.where(condition)
        elif kind == "null":  # among the NULLs, by the tie-breaker
            query = query.where(
                and_(column.is_(None), _later(order, tuple_(*self.tie), tuple_(*after[1:])))
            )
        first = _in(order, column).nulls_last() if sortable.nullable else _in(order, column)
        ties = (_in(order, c) for c in self.tie)
        return query.order_by(first, *ties).limit(bindparam("limit"))

    def args(self, request: PageRequest, limit: int, /, **filters: Any) -> dict[str, Any]:
        """The statement's parameters: the filters, the cursor's position and `limit` + 1."""
        given = dict(filters, limit=limit + 1)
        if request.after is not None:
            start = 0 if request.after[0] is not None else 1
            for i in range(start, len(request.after)):
                given[f"{_KEY}{i}"] = request.after[i]
        return given

    def page(self, request: PageRequest, rows: Sequence[dict[str, Any]], limit: int) -> Page:
        """The page's rows (without the paging keys) and the next page's cursor, None when
        this is the last page (`rows` are the `limit` + 1 the statement answered)."""
        shown = [dict(row) for row in rows[:limit]]
        positions = [
            tuple(row.pop(f"{_KEY}{i}") for i in range(1 + len(self.tie))) for row in shown
        ]
        if len(rows) <= limit or not shown:
            return shown, None
        return shown, self.cursor(request, positions[-1])

    async def fetch(
        self,
        conn: Conn,
        sort: str | None,
        order: Order | None,
        after: str | None,
        limit: int,
        /,
        **filters: Any,
    ) -> Page:
        """One page of the list with these filters (the query's bind parameters, whatever
        their names), and the next page's cursor (None on the last page)."""
        request = self.request(sort, order, after)
        statement = self.statement(request)
        cur = conn.cursor(row_factory=dict_row)
        await cur.execute(statement.sql, statement.args(**self.args(request, limit, **filters)))
        return self.page(request, await cur.fetchall(), limit)

    def sort_query(self) -> Any:
        """The `sort` query parameter, its names documented."""
        names = ", ".join(sorted(self.sorts))
        return Query(
            max_length=64,
            description=f"sort by one of: {names} (default {self.default} "
            f"{self.default_order}); ties by the list's key",
        )

    def cursor(self, request: PageRequest, position: Sequence[Any]) -> str:
        held = {
            "l": self.name,
            "s": request.sort,
            "o": request.order,
            "v": [_to_json(v) for v in position],
        }
        raw = json.dumps(held, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")


#: The `order` query parameter.
SortOrder = Annotated[Order | None, Query(description="asc or desc; NULLs come last either way")]
#: The `after` query parameter.
After = Annotated[
    str | None,
    Query(
        max_length=MAX_CURSOR,
        description=f"the {NEXT_CURSOR} header of the page before; left out: the first page",
    ),
]
#: The responses of a paged list, for OpenAPI: the next page's cursor in a header.
PAGED: dict[int | str, dict[str, Any]] = {
    200: {
        "headers": {
            NEXT_CURSOR: {
                "description": "the next page's `after`; absent on the last page",
                "schema": {"type": "string"},
            }
        }
    }
}


def paged(response: Response, page: Page) -> list[dict[str, Any]]:
    """The page's rows, its next cursor put in the response's header."""
    rows, next_cursor = page
    if next_cursor is not None:
        response.headers[NEXT_CURSOR] = next_cursor
    return rows


def legacy_id(after: str | None) -> UUID | None:
    """`after` when it is an id (a list's old keyset parameter, `after=<the last row's id>`),
    None when it is a cursor (or absent): a cursor is never a UUID's 36 characters."""
    if after is None or len(after) != 36:
        return None
    try:
        return UUID(after)
    except ValueError:
        return None


def _later(order: Order, keys: ColumnElement[Any], after: ColumnElement[Any]) -> Any:
    return keys > after if order == "asc" else keys < after


def _in(order: Order, column: ColumnElement[Any]) -> Any:
    return column.asc() if order == "asc" else column.desc()


def _bad_cursor(why: str) -> DomainError:
    return DomainError(
        f"`after` is not a cursor of this list ({why}); pass the X-Next-Cursor of the page "
        "before, or leave it out for the first page",
        fields=("after",),
    )


def _to_json(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal | UUID | date):  # datetime is a date
        return value.isoformat() if isinstance(value, date) else str(value)
    raise TypeError(f"cannot page on a {type(value).__name__}")


def _from_json(column: ColumnElement[Any], value: Any) -> Any:
    try:
        wanted = column.type.python_type
    except NotImplementedError:
        wanted = str
    try:
        if wanted is bool:
            if isinstance(value, bool):
                return value
        elif wanted is int:
            if isinstance(value, int) and not isinstance(value, bool):
                return value
        elif isinstance(value, str):
            if wanted is str:
                return value
            if wanted is Decimal:
                number = Decimal(value)
                if number.is_finite():
                    return number
            elif wanted is datetime:
                moment = datetime.fromisoformat(value)
                if moment.tzinfo is not None:
                    return moment
            elif wanted is date:
                return date.fromisoformat(value)
            elif wanted is UUID:
                return UUID(value)
    except (ValueError, InvalidOperation) as error:
        raise _bad_cursor("its position does not fit the list's columns") from error
    raise _bad_cursor("its position does not fit the list's columns")


def compile_all(paging: Paging) -> list[Statement]:
    """Every statement the list may run (each sort, order and kind of cursor), compiled: a
    unit test's check that the declared list is sound SQL."""
    at = {"first": None, "value": (0,), "null": (None,)}
    return [
        paging.statement(PageRequest(sort, order, at[kind]))
        for sort, sortable in paging.sorts.items()
        for order in ("asc", "desc")
        for kind in ("first", "value", "null")
        if kind != "null" or sortable.nullable
    ]
