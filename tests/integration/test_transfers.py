"""Issue 3, point 4: a transfer between warehouses with a partial receipt and a transit loss,
over HTTP on real Kafka and PostgreSQL; and a dispatch beyond what is available, refused
with nothing moved."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import httpx

from jxc.events.cloudevents import from_kafka
from jxc.events.contracts import registry
from jxc.events.contracts.inventory import StockInTransitChanged, TransferReceived
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack
from tests.integration.publishing import envelope_of, publish, read_all, receipt
from tests.integration.registering import register

D = Decimal


async def _stock_in(stack: Stack, client: httpx.AsyncClient, url: str, sku: str, qty: int) -> None:
    """Put `qty` pcs of `sku` into WH-A at 2.50 as purchasing does, and wait until it is in."""
    received = envelope_of(receipt([(sku, "WH-A", D(qty))]), f"purchase-order-{uuid4()}")
    await publish(topic_of("purchasing", stack.namespace), [received])
    answer = await client.get(
        f"{url}/stock/{sku}/WH-A", params={"wait_for_event": str(received.event_id)}
    )
    assert answer.status_code == 200, answer.text


async def _level(client: httpx.AsyncClient, url: str, sku: str, wh: str) -> dict[str, Any]:
    answer = await client.get(f"{url}/stock/{sku}/{wh}")
    assert answer.status_code == 200, answer.text
    level: dict[str, Any] = answer.json()
    return level


def _ok(answer: httpx.Response, status: int = 200) -> Any:
    assert answer.status_code == status, answer.text
    return answer.json()


async def test_transfer_with_a_partial_receipt_and_a_transit_loss(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    sku = f"TEA-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [sku], ["WH-A", "WH-B"])
        await _stock_in(stack, client, url, sku, 100)

        requested = _ok(
            await client.post(
                f"{url}/transfers",
                json={
                    "from_warehouse": "WH-A",
                    "to_warehouse": "WH-B",
                    "lines": [{"sku": sku, "quantity": "40", "unit": "pcs"}],
                    "note": "stock the new shop",
                },
            ),
            201,
        )
        transfer = requested["id"]
        assert requested["stream_id"] == f"transfer-{transfer}"
        assert (await _level(client, url, sku, "WH-A"))["on_hand"] == "100"  # nothing moved yet

        # dispatch: the source goes down, the destination shows the goods in transit
        key = {"Idempotency-Key": f"dispatch-{transfer}"}
        dispatched = _ok(await client.post(f"{url}/transfers/{transfer}/dispatch", headers=key))
        again = _ok(await client.post(f"{url}/transfers/{transfer}/dispatch", headers=key))
        assert again == dispatched  # a retried dispatch answers the same and moves nothing
        source = await _level(client, url, sku, "WH-A")
        assert (D(source["on_hand"]), D(source["available"]), D(source["value"])) == (
            D(60),
            D(60),
            D(150),
        )
        target = await _level(client, url, sku, "WH-B")
        assert (D(target["on_hand"]), D(target["in_transit"])) == (D(0), D(40))
        assert target["currency"] == "CNY" and target["unit"] == "pcs"
        view = _ok(await client.get(f"{url}/transfers/{transfer}"))
        assert view["status"] == "dispatched" and D(view["in_transit"]) == 40
        assert D(view["lines"][0]["unit_cost"]) == D("2.5")
        assert D(view["lines"][0]["total_cost"]) == 100

        # first receipt: 30 arrive, 10 still on the road
        _ok(
            await client.post(
                f"{url}/transfers/{transfer}/receive",
                json={"lines": [{"line_no": 1, "quantity_received": "30"}]},
            )
        )
        target = await _level(client, url, sku, "WH-B")
        assert (D(target["on_hand"]), D(target["in_transit"])) == (D(30), D(10))
        assert _ok(await client.get(f"{url}/transfers/{transfer}"))["status"] == (
            "partially_received"
        )

        # more than is in transit is refused
        refused = await client.post(
            f"{url}/transfers/{transfer}/receive",
            json={"lines": [{"line_no": 1, "quantity_received": "11"}]},
        )
        assert refused.status_code == 422, refused.text
        assert "only 10 pcs are in transit" in refused.json()["detail"]

        # second receipt: 7 arrive, 3 were lost on the way
        last = _ok(
            await client.post(
                f"{url}/transfers/{transfer}/receive",
                json={"lines": [{"line_no": 1, "quantity_received": "7", "quantity_lost": "3"}]},
            )
        )
        target = await _level(client, url, sku, "WH-B")
        assert (D(target["on_hand"]), D(target["in_transit"])) == (D(37), D(0))
        assert (D(target["value"]), D(target["unit_cost"])) == (D("92.5"), D("2.5"))  # its cost
        view = _ok(await client.get(f"{url}/transfers/{transfer}"))
        assert view["status"] == "received"
        [line] = view["lines"]
        assert (D(line["received"]), D(line["lost"]), D(line["loss_value"])) == (
            D(37),
            D(3),
            D("7.5"),
        )

        closed = _ok(await client.post(f"{url}/transfers/{transfer}/close"))
        assert closed["version"] == last["version"] + 1
        listed = _ok(
            await client.get(f"{url}/transfers", params={"status": "closed", "warehouse": "WH-B"})
        )
        assert [t["transfer_id"] for t in listed] == [transfer]

        # the ledgers of both sides, each line pointing at the transfer
        out = _ok(await client.get(f"{url}/stock/{sku}/WH-A/ledger"))
        assert [(x["movement"], x["reason"], D(x["quantity"])) for x in out] == [
            ("receipt", "purchase_receipt", D(100)),
            ("issue", "transfer_out", D(-40)),
        ]
        assert out[1]["document_id"] == transfer and D(out[1]["value_change"]) == -100
        into = _ok(await client.get(f"{url}/stock/{sku}/WH-B/ledger"))
        assert [(x["movement"], x["reason"], D(x["quantity"])) for x in into] == [
            ("receipt", "transfer_in", D(30)),
            ("receipt", "transfer_in", D(10)),  # 7 arrived and 3 were lost ...
            ("adjustment", "transit_loss", D(-3)),  # ... and written off at their loss value
        ]
        assert {x["document_id"] for x in into} == {transfer}
        assert [D(x["unit_cost"]) for x in into] == [D("2.5"), D("2.5"), D("2.5")]
        assert D(into[2]["value_change"]) == D("-7.5")

    # the loss is published for finance (after the item and the two warehouses registered)
    records = await read_all(topic_of("inventory", stack.namespace), expect=2 + 13)
    events = [
        (r.key.decode(), registry.decode(from_kafka(r.value, r.headers)))  # type: ignore[attr-defined]
        for r in records
    ]
    transfer_events = [e.event_type for key, e in events if key == f"transfer-{transfer}"]
    assert transfer_events == [
        "inventory.TransferRequested",
        "inventory.TransferDispatched",
        "inventory.TransferReceived",
        "inventory.TransferReceived",
        "inventory.TransferClosed",
    ]
    # goods in transit to WH-B changed through its stock stream, with the transfer named
    in_transit = [
        (e.quantity, e.in_transit_after, e.transfer_id)
        for key, e in events
        if key == f"stock-{sku}@WH-B" and isinstance(e, StockInTransitChanged)
    ]
    moved = UUID(transfer)
    assert in_transit == [(D(40), D(40), moved), (D(-30), D(10), moved), (D(-10), D(0), moved)]
    receipts = [e for _, e in events if isinstance(e, TransferReceived)]
    [lossy] = [r.lines[0] for r in receipts if r.lines[0].quantity_lost > 0]
    assert (lossy.quantity_received, lossy.quantity_lost) == (D(7), D(3))
    assert (lossy.loss_value.amount, lossy.loss_value.currency) == (D("7.5"), "CNY")
    assert lossy.unit_cost.amount == D("2.5") and lossy.in_transit_after == 0
    issued = [
        e
        for _, e in events
        if e.event_type == "inventory.StockIssued" and e.sku == sku  # type: ignore[attr-defined]
    ]
    assert [(e.reason, e.total_cost.amount) for e in issued] == [("transfer_out", 100)]  # type: ignore[attr-defined]


async def test_a_dispatch_beyond_what_is_available_is_refused(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    tea, cup = f"TEA-{uuid4().hex[:6]}", f"CUP-{uuid4().hex[:6]}"
    async with httpx.AsyncClient(headers=bearer(), timeout=30) as client:
        await register(client, url, [tea, cup], ["WH-A", "WH-B"])
        await _stock_in(stack, client, url, tea, 20)
        await _stock_in(stack, client, url, cup, 5)
        transfer = _ok(
            await client.post(
                f"{url}/transfers",
                json={
                    "from_warehouse": "WH-A",
                    "to_warehouse": "WH-B",
                    "lines": [
                        {"line_no": 1, "sku": tea, "quantity": "10", "unit": "pcs"},
                        {"line_no": 2, "sku": cup, "quantity": "6", "unit": "pcs"},
                    ],
                },
            ),
            201,
        )["id"]

        refused = await client.post(f"{url}/transfers/{transfer}/dispatch")
        assert refused.status_code == 422, refused.text
        problem = refused.json()
        assert refused.headers["content-type"].startswith("application/problem+json")
        assert f"line 2: cannot issue 6 pcs of {cup} from WH-A: 5 available" in problem["detail"]
        assert problem["fields"] == ["lines[1].quantity"]

        # nothing moved: not even the line that could have gone
        assert D((await _level(client, url, tea, "WH-A"))["on_hand"]) == 20
        assert D((await _level(client, url, cup, "WH-A"))["on_hand"]) == 5
        missing = await client.get(f"{url}/stock/{tea}/WH-B")
        assert missing.status_code == 404  # no destination position was left behind
        assert _ok(await client.get(f"{url}/transfers/{transfer}"))["status"] == "requested"

        # a requested transfer may be withdrawn; a cancelled one is never dispatched
        _ok(
            await client.post(
                f"{url}/transfers/{transfer}/cancel", json={"reason": "not enough cups"}
            )
        )
        again = await client.post(f"{url}/transfers/{transfer}/dispatch")
        assert again.status_code == 409, again.text
        assert "cancelled" in again.json()["detail"]


async def test_concurrent_dispatches_both_ways_neither_deadlock_nor_double_issue(
    stack: Stack,
) -> None:
    """Transfers A→B and B→A of the same SKU dispatched at once (each of them twice): every
    transfer leaves exactly once, and stock plus what is in transit adds up."""
    _, url = stack.serve("inventory")
    sku = f"JAR-{uuid4().hex[:6]}"
    stocked = envelope_of(
        receipt([(sku, "WH-A", D(100)), (sku, "WH-B", D(100))]), f"purchase-order-{uuid4()}"
    )
    await publish(topic_of("purchasing", stack.namespace), [stocked])
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        await register(client, url, [sku], ["WH-A", "WH-B"])
        await client.get(
            f"{url}/stock/{sku}/WH-A", params={"wait_for_event": str(stocked.event_id)}
        )
        ids: list[str] = []
        for source, target in [("WH-A", "WH-B"), ("WH-B", "WH-A")] * 5:
            body = {
                "from_warehouse": source,
                "to_warehouse": target,
                "lines": [{"sku": sku, "quantity": "3", "unit": "pcs"}],
            }
            ids.append(_ok(await client.post(f"{url}/transfers", json=body), 201)["id"])

        answers = await asyncio.gather(
            *(client.post(f"{url}/transfers/{t}/dispatch") for t in ids + ids)
        )
        codes = sorted(a.status_code for a in answers)
        assert codes == [200] * 10 + [409] * 10, [a.text for a in answers if a.status_code >= 500]

        levels = [await _level(client, url, sku, wh) for wh in ("WH-A", "WH-B")]
        assert [D(x["on_hand"]) for x in levels] == [D(85), D(85)]
        assert [D(x["in_transit"]) for x in levels] == [D(15), D(15)]
