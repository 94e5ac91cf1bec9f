"""Issue 9, item 6: stock equals the books. A generated history of receipts, issues,
adjustments, transfers with losses (some still in transit), stock counts, purchase returns from
stock and cost corrections
runs through the REAL inventory service (receipts published as purchasing does, the rest by
inventory's own HTTP commands), under FIFO and under moving average; finance projects
inventory's events into its ledger. Once both have caught up, per warehouse:

- finance's inventory account (1405) = inventory's own stock value (GET /stock, summed),
- finance's goods-in-transit account (1402) = what inventory's transfers still hold on the
  road (GET /transfers: dispatched value less value received less loss value),
- and finance's stock-reconciliation query says the difference is exactly zero."""

from __future__ import annotations

import random
from collections import defaultdict
from decimal import Decimal as D
from typing import Any
from uuid import uuid4

import httpx
import pytest

from jxc.events.base import Money
from jxc.events.contracts.purchasing import (
    GoodsReceived,
    PurchaseReturnShipped,
    ReceivedLine,
    ReturnedLine,
)
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually, free_port, wait_http
from tests.integration.publishing import envelope_of, publish
from tests.integration.registering import register

WAREHOUSES = ("WH-A", "WH-B", "WH-C")
ACCOUNTANT = bearer("qian.kuaiji", ["accountant"])
STEPS = 36
KINDS = (
    "receipt",
    "issue",
    "adjustment",
    "transfer",
    "transit loss",
    "count adjusted",
    "cost correction",
    "purchase return",
)


def ok(answer: httpx.Response, status: int = 200) -> Any:
    assert answer.status_code == status, answer.text
    return answer.json()


class History:
    def __init__(self, stack: Stack, client: httpx.AsyncClient, url: str, seed: int) -> None:
        self.stack, self.client, self.url = stack, client, url
        self.rng = random.Random(seed)
        self.skus = [f"T{seed}-{uuid4().hex[:5]}" for _ in range(3)]
        self.receipts: dict[tuple[str, str], list[tuple[str, D]]] = defaultdict(list)
        self.open_transfers: list[tuple[str, D]] = []
        self.done: dict[str, int] = defaultdict(int)

    def qty(self, most: int) -> D:
        return D(self.rng.randint(1, max(most, 1)))

    async def on_hand(self, sku: str, wh: str) -> D:
        answer = await self.client.get(f"{self.url}/stock/{sku}/{wh}")
        if answer.status_code == 404:  # nothing of it was ever in this warehouse
            return D(0)
        return D(str(ok(answer)["on_hand"]))

    async def receive(self, sku: str, wh: str) -> None:
        # unit costs with three decimals, so amounts need inventory's own rounding
        cost = D(self.rng.randint(1000, 9999)) / 1000
        event = GoodsReceived(
            receipt_id=uuid4(),
            purchase_order_id=uuid4(),
            supplier_id=uuid4(),
            lines=[
                ReceivedLine(
                    line_no=1,
                    sku=sku,
                    warehouse=wh,
                    unit="pcs",
                    quantity_accepted=self.qty(40) + 5,
                    quantity_rejected=D(0),
                    unit_cost=Money(amount=cost, currency="CNY"),
                )
            ],
        )
        envelope = envelope_of(event, f"purchase-order-{event.purchase_order_id}")
        await publish(topic_of("purchasing", self.stack.namespace), [envelope])
        ok(
            await self.client.get(
                f"{self.url}/stock/{sku}/{wh}",
                params={"wait_for_event": str(envelope.event_id), "wait_seconds": 30},
            )
        )
        self.receipts[(sku, wh)].append((str(envelope.event_id), event.lines[0].quantity_accepted))
        self.done["receipt"] += 1

    async def purchase_return(self, sku: str, wh: str) -> None:
        """Goods of a receipt sent back to the supplier from stock, as purchasing publishes it."""
        have = await self.on_hand(sku, wh)
        if have < 1:
            return
        event = PurchaseReturnShipped(
            return_id=uuid4(),
            purchase_order_id=uuid4(),
            supplier_id=uuid4(),
            lines=[
                ReturnedLine(
                    line_no=1,
                    sku=sku,
                    warehouse=wh,
                    quantity=self.qty(int(have)),
                    unit="pcs",
                    unit_cost=Money(amount=D(1), currency="CNY"),
                    reason="wrong grade",
                    from_stock=True,
                )
            ],
        )
        envelope = envelope_of(event, f"purchase-order-{event.purchase_order_id}")
        await publish(topic_of("purchasing", self.stack.namespace), [envelope])
        ok(
            await self.client.get(
                f"{self.url}/stock/{sku}/{wh}",
                params={"wait_for_event": str(envelope.event_id), "wait_seconds": 30},
            )
        )
        self.done["purchase return"] += 1

    async def issue(self, sku: str, wh: str) -> None:
        have = await self.on_hand(sku, wh)
        if have < 1:
            return
        kind = self.rng.choice(["shipment", "other"])
        body = {"quantity": str(self.qty(int(have))), "unit": "pcs", "reason": kind, "kind": kind}
        ok(await self.client.post(f"{self.url}/stock/{sku}/{wh}/issues", json=body), 201)
        self.done["issue"] += 1

    async def adjust(self, sku: str, wh: str) -> None:
        have = await self.on_hand(sku, wh)
        if not self.receipts[(sku, wh)] and have == 0:
            return
        change = self.qty(3) if self.rng.random() < 0.5 or have < 3 else -self.qty(int(have) // 2)
        body: dict[str, Any] = {
            "quantity": str(change),
            "unit": "pcs",
            "reason": "damaged or found",
        }
        if change > 0:
            body["unit_cost"] = str(D(self.rng.randint(500, 5000)) / 1000)
        answer = await self.client.post(f"{self.url}/stock/{sku}/{wh}/adjustments", json=body)
        assert answer.status_code in (200, 201), answer.text
        self.done["adjustment"] += 1

    async def transfer(self, sku: str, wh: str) -> None:
        have = await self.on_hand(sku, wh)
        if have < 3:
            return
        to = self.rng.choice([w for w in WAREHOUSES if w != wh])
        quantity = self.qty(int(have))
        body = {
            "from_warehouse": wh,
            "to_warehouse": to,
            "lines": [{"sku": sku, "quantity": str(quantity), "unit": "pcs"}],
        }
        transfer = ok(await self.client.post(f"{self.url}/transfers", json=body), 201)["id"]
        ok(await self.client.post(f"{self.url}/transfers/{transfer}/dispatch"))
        self.open_transfers.append((transfer, quantity))
        self.done["transfer"] += 1

    async def receive_transfer(self) -> None:
        if not self.open_transfers:
            return
        transfer, left = self.open_transfers.pop(0)
        received = D(self.rng.randint(0, int(left)))
        lost = D(self.rng.randint(0, int(left - received))) if self.rng.random() < 0.6 else D(0)
        if received + lost == 0:
            received = D(1)
        line = {"line_no": 1, "quantity_received": str(received), "quantity_lost": str(lost)}
        ok(
            await self.client.post(
                f"{self.url}/transfers/{transfer}/receive", json={"lines": [line]}
            )
        )
        self.done["transit loss"] += lost > 0
        if received + lost < left:
            self.open_transfers.append((transfer, left - received - lost))

    async def count(self, sku: str, wh: str) -> None:
        have = await self.on_hand(sku, wh)
        if have == 0:
            return
        body = {"warehouse": wh, "scope": "selection", "skus": [sku]}
        count = ok(await self.client.post(f"{self.url}/stock-counts", json=body), 201)["id"]
        counted = max(have + self.rng.randint(-3, 2), D(0))
        lines = {"lines": [{"sku": sku, "counted": str(counted)}]}
        ok(await self.client.post(f"{self.url}/stock-counts/{count}/lines", json=lines))
        closed = ok(await self.client.post(f"{self.url}/stock-counts/{count}/close"))
        self.done["count adjusted"] += closed["lines_adjusted"]

    async def correct_cost(self, sku: str, wh: str) -> None:
        if not self.receipts[(sku, wh)]:
            return
        source, quantity = self.rng.choice(self.receipts[(sku, wh)])
        amount = D(self.rng.randint(-300, 900)) / 100 or D(1)
        body = {
            "amount": str(amount),
            "currency": "CNY",
            "quantity": str(quantity),
            "reason": "landed cost",
            "source_event_id": source,
        }
        answer = await self.client.post(
            f"{self.url}/stock/{sku}/{wh}/cost-corrections", json=body, headers=ACCOUNTANT
        )
        assert answer.status_code in (201, 422), answer.text  # a credit beyond the value: refused
        self.done["cost correction"] += answer.status_code == 201

    async def run(self) -> None:
        for sku in self.skus:
            for wh in WAREHOUSES[:2]:
                await self.receive(sku, wh)
        steps = [
            (self.receive, 3),
            (self.issue, 3),
            (self.adjust, 1),
            (self.transfer, 2),
            (self.count, 1),
            (self.correct_cost, 1),
            (self.purchase_return, 1),
        ]
        for _ in range(STEPS):
            [step] = self.rng.choices([s for s, _ in steps], weights=[w for _, w in steps])
            if self.open_transfers and self.rng.random() < 0.3:
                await self.receive_transfer()
            await step(self.rng.choice(self.skus), self.rng.choice(WAREHOUSES))
        while len(self.open_transfers) > 1:  # one stays on the road
            await self.receive_transfer()


async def inventory_values(client: httpx.AsyncClient, url: str) -> dict[tuple[str, str], D]:
    """(warehouse, place) -> value, as inventory's own read models give it."""
    values: dict[tuple[str, str], D] = defaultdict(D)
    for level in ok(await client.get(f"{url}/stock")):
        values[(level["warehouse"], "on_hand")] += D(str(level["value"]))
    for transfer in ok(await client.get(f"{url}/transfers", params={"limit": 500})):
        for line in transfer["lines"]:
            if line["total_cost"] is None:
                continue
            road = (
                D(str(line["total_cost"]))
                - D(str(line["value_received"]))
                - D(str(line["loss_value"]))
            )
            values[(transfer["to_warehouse"], "in_transit")] += road
    return {k: v for k, v in values.items() if v}


@pytest.mark.parametrize("valuation", ["fifo", "moving_average"])
async def test_stock_equals_the_books_after_a_mixed_history(stack: Stack, valuation: str) -> None:
    port = free_port()
    process = stack.start(
        "inventory", "serve", JXC_HTTP_PORT=str(port), JXC_INVENTORY_VALUATION=valuation
    )
    inventory = f"http://127.0.0.1:{port}"
    wait_http(inventory + "/healthz", process)
    _, finance = stack.serve("finance")
    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        history = History(stack, client, inventory, seed=7 if valuation == "fifo" else 11)
        await register(client, inventory, history.skus, WAREHOUSES)
        await history.run()
        assert history.open_transfers  # goods in transit at the end, too
        assert all(history.done[kind] for kind in KINDS), dict(history.done)
        expected = await inventory_values(client, inventory)
        assert any(place == "in_transit" for _, place in expected)

        async def books() -> dict[str, Any] | None:
            answer = ok(await client.get(f"{finance}/stock-reconciliation", headers=ACCOUNTANT))
            held = {
                (x["warehouse"], x["place"]): D(x["book_value"])
                for x in answer["lines"]
                if D(x["book_value"])
            }
            return answer if held == expected else None

        answer = await eventually(books, timeout=90)
        assert answer is not None, "finance's books never came to inventory's stock value"
        assert D(answer["difference"]) == 0
        for line in answer["lines"]:
            assert D(line["difference"]) == 0, (line, answer["lines"])
            assert D(line["stock_value"]) == D(line["book_value"])
