"""Walk a sorted, keyset-paged list whose answer is a body `{items, next}` (the journal, the
payments, crm's customers...): page after page by `next`, and check what tests/integration/
sorted_pages.py checks of the header-cursor lists: every row exactly once, the same rows as one
big page, descending = ascending reversed (NULLs last in both), values in order."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx

Key = Callable[[dict[str, Any]], Hashable]
Value = Callable[[dict[str, Any]], Any]


async def walk(
    client: httpx.AsyncClient, url: str, params: dict[str, Any], limit: int
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    after: str | None = None
    for _ in range(10_000):
        given = {**params, "limit": limit} | ({"after": after} if after else {})
        response = await client.get(url, params=given)
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["items"]) <= limit
        rows += page["items"]
        after = page["next"]
        if after is None:
            return rows
        assert len(page["items"]) == limit  # a next page only after a full one
    raise AssertionError("the pages never ended")


def _typed(raw: Any) -> Any:
    if isinstance(raw, int | Decimal):
        return raw
    if isinstance(raw, str):
        try:
            return Decimal(raw)
        except InvalidOperation:
            pass
        try:
            return datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw)
        except ValueError:
            return None  # text: its order is the database's collation, not Python's
    return None


async def check_sorts(
    client: httpx.AsyncClient,
    url: str,
    sorts: Mapping[str, Value | None],
    key: Key,
    *,
    params: dict[str, Any] | None = None,
    limit: int = 2,
) -> None:
    """Each sort (name -> the row's value of it, None when the row does not show it) in both
    orders, `limit` a page, covers every row of the list once, in order."""
    params = params or {}
    everything = await walk(client, url, params, 100)
    keys = [key(row) for row in everything]
    assert len(keys) > 2 * limit, "seed more rows: the test must span several pages"
    assert len(set(keys)) == len(keys)
    for sort, value in sorts.items():
        walked = {}
        for order in ("asc", "desc"):
            asked = {**params, "sort": sort, "order": order}
            rows = await walk(client, url, asked, limit)
            assert [key(r) for r in rows] == [key(r) for r in await walk(client, url, asked, 100)]
            assert sorted(map(key, rows), key=str) == sorted(keys, key=str), (sort, order)
            walked[order] = rows
            if value is None:
                continue
            values = [value(r) for r in rows]
            present = [v for v in values if v is not None]
            assert values == present + [None] * (len(values) - len(present)), (sort, "NULLS LAST")
            typed = [_typed(v) for v in present]
            if typed and all(t is not None for t in typed):
                assert typed == sorted(typed, reverse=order == "desc"), (sort, order, typed)
        asc, desc = walked["asc"], walked["desc"]
        if value is None:
            continue
        filled = [key(r) for r in asc if value(r) is not None]
        empty = [key(r) for r in asc if value(r) is None]
        assert [key(r) for r in desc] == filled[::-1] + empty[::-1], sort


async def check_refusals(client: httpx.AsyncClient, url: str, sort: str, other: str) -> None:
    """An unknown sort, a garbled cursor, a cursor of another sort or order: 422."""
    unknown = await client.get(url, params={"sort": "no_such_column"})
    assert unknown.status_code == 422, unknown.text
    assert unknown.json()["fields"] == ["sort"]
    for garbled in ("garbage!", "eyJsIjoi", "A" * 3000):
        bad = await client.get(url, params={"sort": sort, "after": garbled})
        assert bad.status_code == 422, bad.text
    first = await client.get(url, params={"sort": sort, "order": "asc", "limit": 1})
    assert first.status_code == 200, first.text
    cursor = first.json()["next"]
    for params in ({"sort": other, "order": "asc"}, {"sort": sort, "order": "desc"}):
        clash = await client.get(url, params={**params, "after": cursor})
        assert clash.status_code == 422, clash.text
        assert "after" in clash.json()["fields"]
    again = await client.get(url, params={"sort": sort, "order": "asc", "after": cursor})
    assert again.status_code == 200, again.text
