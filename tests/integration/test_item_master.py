"""Issue 3, inventory 1: the item master (items, warehouses, locations) over HTTP, on real
Kafka and PostgreSQL: rules answered as 409 / 422 / 404, inline tables that never lag, and
every event published on the inventory topic."""

from __future__ import annotations

import asyncio
from typing import Any
from uuid import uuid4

import httpx
import psycopg

from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack
from tests.integration.publishing import read_all

TEA_BARCODE = "6901234567892"
CUP_BARCODE = "4006381333931"


def tea(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "sku": "TEA-LJ-250",
        "name": "Longjing green tea 250 g",
        "unit": "box",
        "category": "tea",
        "barcode": TEA_BARCODE,
        "lot_tracked": True,
    }
    body.update(changes)
    return body


async def published(stack: Stack, event_ids: list[str]) -> dict[str, list[str]]:
    """The inventory topic's records, read back until `event_ids` are all there: ce_type of
    each, by record key (the stream id), in topic order. Asserts nothing else is on it."""
    records = await read_all(topic_of("inventory", stack.namespace), expect=len(event_ids))
    headers = [dict(r.headers) for r in records]  # type: ignore[attr-defined]
    assert sorted(h["ce_id"].decode() for h in headers) == sorted(event_ids)
    by_stream: dict[str, list[str]] = {}
    for record, header in zip(records, headers, strict=True):
        key = record.key.decode()  # type: ignore[attr-defined]
        assert header["ce_subject"].decode() == key
        by_stream.setdefault(key, []).append(header["ce_type"].decode())
    return by_stream


async def test_items_register_update_and_keep_barcodes_unique(stack: Stack) -> None:
    _, inventory = stack.serve("inventory")
    event_ids: list[str] = []
    async with httpx.AsyncClient(headers=bearer(), base_url=inventory, timeout=30) as client:
        created = await client.post("/items", json=tea())
        assert created.status_code == 201, created.text
        answer = created.json()
        assert answer["id"] == "TEA-LJ-250"
        assert answer["stream_id"] == "item-TEA-LJ-250"
        assert answer["version"] == 1
        assert len(answer["event_ids"]) == 1
        event_ids += answer["event_ids"]

        item = (await client.get("/items/TEA-LJ-250")).json()
        assert {k: item[k] for k in tea()} == tea()
        assert item["version"] == 1

        # The same SKU again: a conflict, whatever else the body says.
        again = await client.post("/items", json=tea(name="Other tea", unit="kg"))
        assert again.status_code == 409, again.text
        assert again.headers["content-type"] == "application/problem+json"
        assert again.json()["fields"] == ["sku"]
        assert "already registered" in again.json()["detail"]

        # Another item with the tea's barcode: refused, naming the item that holds it.
        clash = await client.post(
            "/items",
            json={"sku": "CUP-1", "name": "Cup", "unit": "pcs", "barcode": f" {TEA_BARCODE}"},
        )
        assert clash.status_code == 409, clash.text
        problem = clash.json()
        assert problem["fields"] == ["barcode"]
        assert "TEA-LJ-250" in problem["detail"] and TEA_BARCODE in problem["detail"]
        assert (await client.get("/items/CUP-1")).status_code == 404  # nothing was recorded

        # With an Idempotency-Key a retried registration answers the first answer.
        cup = {"sku": "CUP-1", "name": "Cup", "unit": "pcs", "category": "cups"}
        key = {"Idempotency-Key": f"cup-{uuid4()}"}
        first = await client.post("/items", json={**cup, "barcode": CUP_BARCODE}, headers=key)
        retry = await client.post("/items", json={**cup, "barcode": CUP_BARCODE}, headers=key)
        assert first.status_code == retry.status_code == 201, retry.text
        assert first.json() == retry.json()
        event_ids += first.json()["event_ids"]

        # Taking a barcode by an update clashes the same way.
        take = await client.post("/items/CUP-1/update", json={"barcode": TEA_BARCODE})
        assert take.status_code == 409, take.text
        assert "TEA-LJ-250" in take.json()["detail"]

        # An update changes what it gives; null clears; the unit never changes.
        renamed = await client.post(
            "/items/TEA-LJ-250/update", json={"name": "Longjing 250 g tin", "category": None}
        )
        assert renamed.status_code == 200, renamed.text
        assert renamed.json()["version"] == 2
        event_ids += renamed.json()["event_ids"]
        item = (await client.get("/items/TEA-LJ-250")).json()
        assert item["name"] == "Longjing 250 g tin"
        assert item["category"] is None
        assert item["unit"] == "box" and item["barcode"] == TEA_BARCODE
        assert item["lot_tracked"] is True and item["version"] == 2

        unit = await client.post("/items/TEA-LJ-250/update", json={"unit": "kg"})
        assert unit.status_code == 422 and unit.json()["fields"] == ["unit"]
        same = await client.post("/items/TEA-LJ-250/update", json={"name": "Longjing 250 g tin"})
        assert same.status_code == 200
        assert same.json()["version"] == 2 and same.json()["event_ids"] == []
        missing = await client.post("/items/NOPE/update", json={"name": "x"})
        assert missing.status_code == 404 and missing.json()["fields"] == ["sku"]
        assert (await client.get("/items/NOPE")).status_code == 404

        # Once the tea lets go of its barcode, the cup may take it.
        released = await client.post("/items/TEA-LJ-250/update", json={"barcode": None})
        assert released.status_code == 200, released.text
        event_ids += released.json()["event_ids"]
        taken = await client.post("/items/CUP-1/update", json={"barcode": TEA_BARCODE})
        assert taken.status_code == 200, taken.text
        event_ids += taken.json()["event_ids"]

        # Bad input: 422 problems naming the fields.
        invalid = await client.post("/items", json={"sku": "", "unit": "pcs", "colour": "red"})
        assert invalid.status_code == 422
        assert set(invalid.json()["fields"]) == {"sku", "name", "colour"}
        spaced = await client.post("/items", json={"sku": "A B", "name": "x", "unit": "pcs"})
        assert spaced.status_code == 422 and spaced.json()["fields"] == ["sku"]
        nulled = await client.post("/items/CUP-1/update", json={"name": None})
        assert nulled.status_code == 422 and nulled.json()["fields"] == ["name"]
        nothing = await client.post("/items/CUP-1/update", json={})
        assert nothing.status_code == 422 and "nothing to update" in nothing.json()["detail"]

        # Racing registrations: one SKU, and one barcode on several SKUs. One of each wins;
        # the others are told who has it, never a 500.
        racers = await asyncio.gather(
            *(
                client.post(
                    "/items",
                    json={"sku": "RACE", "name": f"Racer {n}", "unit": "pcs"},
                )
                for n in range(8)
            ),
            *(
                client.post(
                    "/items",
                    json={"sku": f"SCAN-{n}", "name": "Scanned", "unit": "pcs", "barcode": "777"},
                )
                for n in range(8)
            ),
        )
        same_sku, same_barcode = racers[:8], racers[8:]
        assert sorted(r.status_code for r in same_sku) == [201] + [409] * 7, same_sku
        assert sorted(r.status_code for r in same_barcode) == [201] + [409] * 7, same_barcode
        [winner] = [r.json()["id"] for r in same_barcode if r.status_code == 201]
        assert all(winner in r.json()["detail"] for r in same_barcode if r.status_code == 409)
        event_ids += [e for r in racers if r.status_code == 201 for e in r.json()["event_ids"]]

        # Search: by SKU or name prefix (any case), category, barcode; pages by SKU.
        for n in range(3):
            more = await client.post(
                "/items", json={"sku": f"TEA-{n}", "name": f"Tea {n}", "unit": "g"}
            )
            assert more.status_code == 201, more.text
            event_ids += more.json()["event_ids"]

        def skus(page: httpx.Response) -> list[str]:
            assert page.status_code == 200, page.text
            return [i["sku"] for i in page.json()["items"]]

        assert skus(await client.get("/items", params={"q": "tea"})) == [
            "TEA-0",
            "TEA-1",
            "TEA-2",
            "TEA-LJ-250",
        ]
        assert skus(await client.get("/items", params={"q": "longjing"})) == ["TEA-LJ-250"]
        assert skus(await client.get("/items", params={"q": "TEA_"})) == []  # no wildcards
        assert skus(await client.get("/items", params={"category": "cups"})) == ["CUP-1"]
        assert skus(await client.get("/items", params={"barcode": TEA_BARCODE})) == ["CUP-1"]
        page = await client.get("/items", params={"q": "tea", "limit": 3})
        assert skus(page) == ["TEA-0", "TEA-1", "TEA-2"]
        assert page.json()["next_after"] == "TEA-2"
        last = await client.get("/items", params={"q": "tea", "limit": 3, "after": "TEA-2"})
        assert skus(last) == ["TEA-LJ-250"] and last.json()["next_after"] is None
        everything = await client.get("/items", params={"limit": 500})
        assert len(skus(everything)) == 1 + 2 + 4  # the cup, two winning racers, the teas

    # The inline table the stock core reads agrees with the events, with no lag.
    with psycopg.connect(stack.database("inventory")) as conn:
        rows = conn.execute(
            "SELECT sku, unit, lot_tracked, barcode, version FROM items "
            "WHERE sku IN ('TEA-LJ-250', 'CUP-1') ORDER BY sku"
        ).fetchall()
    assert rows == [("CUP-1", "pcs", False, TEA_BARCODE, 2), ("TEA-LJ-250", "box", True, None, 3)]

    streams = await published(stack, event_ids)
    assert streams["item-TEA-LJ-250"] == [
        "inventory.ItemRegistered",
        "inventory.ItemUpdated",
        "inventory.ItemUpdated",
    ]
    assert streams["item-CUP-1"] == ["inventory.ItemRegistered", "inventory.ItemUpdated"]


async def test_warehouses_and_their_locations(stack: Stack) -> None:
    _, inventory = stack.serve("inventory")
    event_ids: list[str] = []
    async with httpx.AsyncClient(headers=bearer(), base_url=inventory, timeout=30) as client:
        created = await client.post("/warehouses", json={"code": "WH-SH", "name": "Shanghai DC"})
        assert created.status_code == 201, created.text
        assert created.json()["id"] == "WH-SH"
        assert created.json()["stream_id"] == "warehouse-WH-SH"
        event_ids += created.json()["event_ids"]
        again = await client.post("/warehouses", json={"code": "WH-SH", "name": "Other"})
        assert again.status_code == 409 and again.json()["fields"] == ["code"]

        bin_a = await client.post(
            "/warehouses/WH-SH/locations", json={"location": "A-01", "name": "Aisle A"}
        )
        assert bin_a.status_code == 201, bin_a.text
        assert bin_a.json()["location"] == "A-01" and bin_a.json()["version"] == 2
        event_ids += bin_a.json()["event_ids"]
        key = {"Idempotency-Key": f"qc-{uuid4()}"}
        qc = {"location": "QC", "quarantine": True}
        first = await client.post("/warehouses/WH-SH/locations", json=qc, headers=key)
        retry = await client.post("/warehouses/WH-SH/locations", json=qc, headers=key)
        assert first.status_code == retry.status_code == 201, retry.text
        assert first.json() == retry.json()
        event_ids += first.json()["event_ids"]

        twice = await client.post("/warehouses/WH-SH/locations", json={"location": "A-01"})
        assert twice.status_code == 409, twice.text
        assert twice.json()["fields"] == ["location"]
        assert "already has a location A-01" in twice.json()["detail"]
        nowhere = await client.post("/warehouses/WH-XX/locations", json={"location": "A-01"})
        assert nowhere.status_code == 404

        policy = await client.post(
            "/warehouses/WH-SH/update", json={"allow_negative_on_hand": True}
        )
        assert policy.status_code == 200, policy.text
        assert policy.json()["version"] == 4
        event_ids += policy.json()["event_ids"]
        unknown = await client.post("/warehouses/WH-XX/update", json={"name": "x"})
        assert unknown.status_code == 404

        bj = await client.post(
            "/warehouses",
            json={"code": "WH-BJ", "name": "Beijing", "allow_negative_on_hand": False},
        )
        assert bj.status_code == 201, bj.text
        event_ids += bj.json()["event_ids"]
        same_code = await client.post("/warehouses/WH-BJ/locations", json={"location": "A-01"})
        assert same_code.status_code == 201  # location codes are unique per warehouse only
        event_ids += same_code.json()["event_ids"]

        invalid = await client.post("/warehouses", json={"code": "WH SZ", "name": ""})
        assert invalid.status_code == 422
        assert "name" in invalid.json()["fields"]

        shanghai = (await client.get("/warehouses/WH-SH")).json()
        assert shanghai == {
            "code": "WH-SH",
            "name": "Shanghai DC",
            "allow_negative_on_hand": True,
            "version": 4,
            "locations": [
                {"location": "A-01", "name": "Aisle A", "quarantine": False},
                {"location": "QC", "name": None, "quarantine": True},
            ],
        }
        listed = (await client.get("/warehouses")).json()
        assert [(w["code"], w["location_count"]) for w in listed] == [("WH-BJ", 1), ("WH-SH", 2)]
        assert (await client.get("/warehouses/WH-XX")).status_code == 404

    with psycopg.connect(stack.database("inventory")) as conn:
        quarantined = conn.execute(
            "SELECT warehouse, location FROM warehouse_locations WHERE quarantine"
        ).fetchall()
        policies = conn.execute(
            "SELECT code, allow_negative_on_hand FROM warehouses ORDER BY code"
        ).fetchall()
    assert quarantined == [("WH-SH", "QC")]
    assert policies == [("WH-BJ", False), ("WH-SH", True)]

    streams = await published(stack, event_ids)
    assert streams == {
        "warehouse-WH-SH": [
            "inventory.WarehouseRegistered",
            "inventory.LocationAdded",
            "inventory.LocationAdded",
            "inventory.WarehouseUpdated",
        ],
        "warehouse-WH-BJ": ["inventory.WarehouseRegistered", "inventory.LocationAdded"],
    }
