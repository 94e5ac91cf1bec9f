"""Register items and warehouses over inventory's HTTP API, as a person does before typing
commands that name them (inventory refuses commands naming unregistered ones)."""

from __future__ import annotations

from collections.abc import Iterable

import httpx


async def register(
    client: httpx.AsyncClient,
    url: str,
    skus: Iterable[str] = (),
    warehouses: Iterable[str] = (),
    *,
    unit: str = "pcs",
) -> None:
    """Each SKU in the item master (kept in `unit`) and each warehouse, every one newly."""
    for sku in skus:
        made = await client.post(f"{url}/items", json={"sku": sku, "name": sku, "unit": unit})
        assert made.status_code == 201, made.text
    for code in warehouses:
        made = await client.post(f"{url}/warehouses", json={"code": code, "name": code})
        assert made.status_code == 201, made.text
