"""Identity on the real services: the warehouse scope of commands whose warehouses are those of
the aggregate they act on (every such route, found from the OpenAPI documents), and the audit
trail: the acting user of every event, in the events table and on Kafka (ce_actor), the
consumer's name on what a policy appends, and a second approval by another user only."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import httpx
import psycopg

from jxc.events.cloudevents import from_kafka
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.flow import (
    known_to_purchasing,
    line,
    registered_in_inventory,
    supplier,
)
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import read_all

ELSEWHERE = bearer("zhao.lei", ["warehouse"], ["WH-GZ"])
ONLY_SH = bearer("zhao.lei", ["warehouse"], ["WH-SH"])


async def _aggregate_bound(client: httpx.AsyncClient, url: str) -> set[str]:
    paths = (await client.get(f"{url}/openapi.json")).json()["paths"]
    return {
        path
        for path, item in paths.items()
        if item.get("post", {}).get("x-jxc-warehouses") == "aggregate"
    }


async def _order(client: httpx.AsyncClient, purchasing: str, *lines: Any) -> httpx.Response:
    body = {"supplier_id": await supplier(client, purchasing), "currency": "CNY", "lines": lines}
    return await client.post(f"{purchasing}/purchase-orders", json=body)


def _refused(response: httpx.Response, *warehouses: str) -> None:
    assert response.status_code == 403, response.text
    assert response.headers["content-type"] == "application/problem+json"
    for warehouse in warehouses:
        assert warehouse in response.json()["detail"]


async def _actors(database: str, event_type: str) -> list[str | None]:
    async with await psycopg.AsyncConnection.connect(database) as conn:
        cur = await conn.execute(
            "SELECT actor FROM events WHERE event_type = %s ORDER BY global_position",
            (event_type,),
        )
        return [row[0] for row in await cur.fetchall()]


async def test_commands_on_an_aggregate_refuse_warehouses_outside_the_scope(stack: Stack) -> None:
    (_, purchasing), (_, inventory) = stack.serve("purchasing"), stack.serve("inventory")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await registered_in_inventory(client, inventory, purchasing, ["TEA"], ["WH-SH", "WH-BJ"])
        put = {"quantity": "10", "unit": "pcs", "reason": "opening stock"}
        assert (await client.post(f"{inventory}/stock/TEA/WH-SH/adjustments", json=put)).is_success
        transfer = await client.post(
            f"{inventory}/transfers",
            json={
                "from_warehouse": "WH-SH",
                "to_warehouse": "WH-BJ",
                "lines": [{"sku": "TEA", "quantity": "1", "unit": "pcs"}],
            },
        )
        count = await client.post(f"{inventory}/stock-counts", json={"warehouse": "WH-SH"})
        order = await _order(client, purchasing, line(1, "TEA", "5"))
        assert transfer.status_code == count.status_code == order.status_code == 201
        po, tr, sc = order.json()["id"], transfer.json()["id"], count.json()["id"]
        assert (await client.post(f"{purchasing}/purchase-orders/{po}/approve")).is_success

        # A request per route: (service url, path as in OpenAPI, concrete path, body).
        attempts: list[tuple[str, str, str, Any]] = [
            (
                purchasing,
                "/purchase-orders/{purchase_order_id}/receipts",
                f"/purchase-orders/{po}/receipts",
                {"lines": [{"line_no": 1, "quantity_accepted": "1"}]},
            ),
            (
                purchasing,
                "/purchase-orders/{purchase_order_id}/returns",
                f"/purchase-orders/{po}/returns",
                {"lines": [{"line_no": 1, "quantity": "1", "reason": "broken"}]},
            ),
            (inventory, "/transfers/{transfer_id}/dispatch", f"/transfers/{tr}/dispatch", None),
            (
                inventory,
                "/transfers/{transfer_id}/receive",
                f"/transfers/{tr}/receive",
                {"lines": []},
            ),
            (inventory, "/transfers/{transfer_id}/close", f"/transfers/{tr}/close", None),
            (
                inventory,
                "/transfers/{transfer_id}/cancel",
                f"/transfers/{tr}/cancel",
                {"reason": "not needed"},
            ),
            (
                inventory,
                "/stock-counts/{count_id}/lines",
                f"/stock-counts/{sc}/lines",
                {"lines": [{"sku": "TEA", "counted": "10"}]},
            ),
            (inventory, "/stock-counts/{count_id}/close", f"/stock-counts/{sc}/close", None),
            (inventory, "/stock-counts/{count_id}/cancel", f"/stock-counts/{sc}/cancel", None),
        ]
        for url in (purchasing, inventory):
            covered = {path for service, path, _, _ in attempts if service == url}
            assert await _aggregate_bound(client, url) == covered, "a route without a case here"

        for url, _, path, body in attempts:
            _refused(await client.post(url + path, json=body, headers=ELSEWHERE), "WH-SH")
        # a transfer is worked on by people of both its ends
        dispatch = f"{inventory}/transfers/{tr}/dispatch"
        _refused(await client.post(dispatch, headers=ONLY_SH), "WH-BJ")
        # ... and nothing was recorded by the refused commands
        state = (await client.get(f"{inventory}/transfers/{tr}")).json()
        assert state["status"] == "requested"
        assert (await client.post(dispatch)).is_success  # the admin may


async def test_every_event_records_who_did_it(stack: Stack) -> None:
    (_, purchasing), (_, inventory) = stack.serve("purchasing"), stack.serve("inventory")
    approver = bearer("li.wei", ["purchase_approver"])
    async with httpx.AsyncClient(headers=bearer("zhang.min", ["admin"]), timeout=30) as client:
        await registered_in_inventory(client, inventory, purchasing, ["TEA"])
        created = await _order(client, purchasing, line(1, "TEA", "5"))
        order = f"{purchasing}/purchase-orders/{created.json()['id']}"
        approved = await client.post(f"{order}/approve", headers=approver)
        assert approved.status_code == 200, approved.text
        assert (await client.get(order)).json()["approved_by"] == "li.wei"
        receipt = await client.post(
            f"{order}/receipts",
            json={"lines": [{"line_no": 1, "quantity_accepted": "5"}]},
            headers=bearer("zhao.lei", ["warehouse"], ["WH-SH"]),
        )
        assert receipt.status_code == 201, receipt.text
        level = await client.get(
            f"{inventory}/stock/TEA/WH-SH",
            params={"wait_for_event": receipt.json()["event_ids"][0]},
        )
        assert level.status_code == 200, level.text

    db = stack.databases
    assert await _actors(db["purchasing"], "purchasing.PurchaseOrderCreated") == ["zhang.min"]
    assert await _actors(db["purchasing"], "purchasing.PurchaseOrderApproved") == ["li.wei"]
    assert await _actors(db["purchasing"], "purchasing.GoodsReceived") == ["zhao.lei"]
    keeper = f"{stack.namespace}.inventory.stock-keeper"
    assert await _actors(db["inventory"], "inventory.StockReceived") == [keeper]

    approval = UUID(approved.json()["event_ids"][0])

    async def published() -> Any:
        records = await read_all(topic_of("purchasing", stack.namespace), expect=6, timeout=5)
        found = [from_kafka(r.value, r.headers) for r in records]  # type: ignore[attr-defined]
        return [e for e in found if e.event_id == approval]

    [envelope] = await eventually(published)
    assert envelope.actor == "li.wei"


async def test_the_second_approval_must_come_from_another_authenticated_user(
    stack: Stack,
) -> None:
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await known_to_purchasing(client, purchasing, stack.namespace, ["TEA"])
        # 120,000 CNY: above the threshold, two approvals
        created = await _order(client, purchasing, line(1, "TEA", "2000", price="60"))
        order = f"{purchasing}/purchase-orders/{created.json()['id']}"
        li_wei = bearer("li.wei", ["purchase_approver"])
        assert (await client.post(f"{order}/approve", headers=li_wei)).status_code == 200
        # a name in the body changes nothing: it is li.wei approving again
        named = await client.post(
            f"{order}/approve", json={"approved_by": "wang.fang"}, headers=li_wei
        )
        assert named.status_code == 409, named.text
        assert "someone else" in named.json()["detail"]
        wang_fang = bearer("wang.fang", ["purchase_approver"])
        assert (await client.post(f"{order}/approve", headers=wang_fang)).status_code == 200
        state = (await client.get(order)).json()
        assert (state["status"], state["first_approved_by"], state["approved_by"]) == (
            "approved",
            "li.wei",
            "wang.fang",
        )


async def _payload_field(database: str, event_type: str, field: str) -> list[str | None]:
    async with await psycopg.AsyncConnection.connect(database) as conn:
        cur = await conn.execute(
            "SELECT payload->>%s FROM events WHERE event_type = %s ORDER BY global_position",
            (field, event_type),
        )
        return [row[0] for row in await cur.fetchall()]


async def test_who_submits_sends_cancels_and_blocks_is_the_token_s_user_not_a_body_name(
    stack: Stack,
) -> None:
    _, purchasing = stack.serve("purchasing")
    async with httpx.AsyncClient(headers=bearer("zhang.min", ["admin"]), timeout=30) as client:
        supplier_id = await supplier(client, purchasing)
        url = f"{purchasing}/suppliers/{supplier_id}"
        named = await client.post(f"{url}/block", json={"blocked_by": "mallory", "reason": "x"})
        assert named.status_code == 422, named.text
        assert named.json()["fields"] == ["blocked_by"]
        for step in ("block", "unblock"):
            done = await client.post(f"{url}/{step}", json={"reason": "quality audit"})
            assert done.status_code == 200, done.text

        await known_to_purchasing(client, purchasing, stack.namespace, ["TEA"])
        first = await _order(client, purchasing, line(1, "TEA", "5"))
        second = await _order(client, purchasing, line(1, "TEA", "5"))
        order = f"{purchasing}/purchase-orders/{first.json()['id']}"
        # submit takes no body, like approve: a name sent along is not read
        submitted = await client.post(f"{order}/submit", json={"submitted_by": "mallory"})
        assert submitted.status_code == 200, submitted.text
        assert (await client.post(f"{order}/approve")).status_code == 200
        named = await client.post(f"{order}/send", json={"sent_by": "mallory", "sent_to": "po@"})
        assert named.status_code == 422, named.text
        assert named.json()["fields"] == ["sent_by"]
        sent = await client.post(f"{order}/send", json={"sent_to": "po@acme"})
        assert sent.status_code == 200, sent.text
        other = f"{purchasing}/purchase-orders/{second.json()['id']}"
        cancelled = await client.post(f"{other}/cancel", json={"reason": "duplicate"})
        assert cancelled.status_code == 200, cancelled.text

    db = stack.databases["purchasing"]
    for event_type, field in [
        ("SupplierBlocked", "blocked_by"),
        ("SupplierUnblocked", "unblocked_by"),
        ("PurchaseOrderSubmitted", "submitted_by"),
        ("PurchaseOrderSent", "sent_by"),
        ("PurchaseOrderCancelled", "cancelled_by"),
    ]:
        assert await _payload_field(db, f"purchasing.{event_type}", field) == ["zhang.min"]
