"""Walk a sorted, keyset-paged list over HTTP (jxc.platform.paging): page after page by the
X-Next-Cursor header, and check what a sorted list must be, whatever the database's collation:
every row exactly once; the same rows in the same order as one big page; descending is
ascending reversed, NULLs last in both; numbers and moments in order. And the 422s."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx

Key = Callable[[dict[str, Any]], Hashable]


async def walk(
    client: httpx.AsyncClient, url: str, params: dict[str, Any], limit: int
) -> list[dict[str, Any]]:
    """Every row of the list, `limit` a page, following the next page's cursor."""
    rows: list[dict[str, Any]] = []
    after: str | None = None
    for _ in range(10_000):
        given = {**params, "limit": limit} | ({"after": after} if after else {})
        response = await client.get(url, params=given)
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page) <= limit
        rows += page
        after = response.headers.get("x-next-cursor")
        if after is None:
            assert len(page) <= limit
            return rows
        assert len(page) == limit  # a cursor only after a full page
    raise AssertionError("the pages never ended")


def _value(raw: Any) -> Any:
    if isinstance(raw, str):
        try:
            return Decimal(raw)
        except InvalidOperation:
            pass
        try:
            return datetime.fromisoformat(raw)
        except ValueError:
            return None  # text: its order is the database's collation, not Python's
    return raw


async def check_sorts(
    client: httpx.AsyncClient,
    url: str,
    sorts: list[str],
    key: Key,
    *,
    params: dict[str, Any] | None = None,
    limit: int = 2,
) -> None:
    """Each sort in both orders, paged `limit` at a time, covers every row of the list once."""
    params = params or {}
    everything = await walk(client, url, params, 500)
    keys = [key(row) for row in everything]
    assert len(keys) > 2 * limit, "seed more rows: the test must span several pages"
    assert len(set(keys)) == len(keys)
    for sort in sorts:
        walked = {}
        for order in ("asc", "desc"):
            asked = {**params, "sort": sort, "order": order}
            rows = await walk(client, url, asked, limit)
            assert [key(r) for r in rows] == [key(r) for r in await walk(client, url, asked, 500)]
            assert sorted(map(key, rows), key=str) == sorted(keys, key=str), (sort, order)
            walked[order] = rows
            values = [r[sort] for r in rows]
            present = [v for v in values if v is not None]
            assert values == present + [None] * (len(values) - len(present)), (sort, "NULLS LAST")
            typed = [_value(v) for v in present]
            if typed and all(t is not None for t in typed):
                expected = sorted(typed, reverse=order == "desc")
                assert typed == expected, (sort, order)
        asc, desc = walked["asc"], walked["desc"]
        filled = [key(r) for r in asc if r[sort] is not None]
        empty = [key(r) for r in asc if r[sort] is None]
        assert [key(r) for r in desc] == filled[::-1] + empty[::-1], sort


async def check_refusals(client: httpx.AsyncClient, url: str, sort: str, other: str) -> None:
    """An unknown sort, a garbled cursor, a cursor of another sort or order or list: 422."""
    unknown = await client.get(url, params={"sort": "no_such_column"})
    assert unknown.status_code == 422, unknown.text
    assert unknown.json()["fields"] == ["sort"]
    for garbled in ("garbage!", "eyJsIjoi", "A" * 3000):
        bad = await client.get(url, params={"after": garbled})
        assert bad.status_code == 422, bad.text
    first = await client.get(url, params={"sort": sort, "order": "asc", "limit": 1})
    cursor = first.headers["x-next-cursor"]
    for params in ({"sort": other, "order": "asc"}, {"sort": sort, "order": "desc"}):
        clash = await client.get(url, params={**params, "after": cursor})
        assert clash.status_code == 422, clash.text
        assert "after" in clash.json()["fields"]
    again = await client.get(url, params={"sort": sort, "order": "asc", "after": cursor})
    assert again.status_code == 200, again.text
