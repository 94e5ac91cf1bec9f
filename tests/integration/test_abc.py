"""Issue 3, inventory 7: ABC classes from the value shipments consumed, per warehouse and over
all warehouses, on real Kafka and PostgreSQL; AbcClassChanged only for classes that changed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.cloudevents import from_kafka
from jxc.events.contracts import registry
from jxc.events.contracts.inventory import AbcClassChanged
from jxc.events.contracts.sales import OrderShipped, ShippedLine
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import envelope_of, publish, read_all, receipt
from tests.integration.registering import register

W1, W2 = "WH-1", "WH-2"


async def test_abc_classes_and_their_changes(stack: Stack) -> None:
    _, url = stack.serve("inventory")
    tag = uuid4().hex[:6]
    x, y, z = f"X-{tag}", f"Y-{tag}", f"Z-{tag}"
    today = datetime.now(UTC).date()
    period = {"period_from": str(today - timedelta(days=1)), "period_to": str(today)}

    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:
        await register(client, url, [x, y, z], [W1, W2])

        async def consumed(context: str, event: Any, sku: str, wh: str) -> None:
            envelope = envelope_of(event, f"{context}-{uuid4()}")
            await publish(topic_of(context, stack.namespace), [envelope])

            async def seen() -> bool:
                response = await client.get(
                    f"{url}/stock/{sku}/{wh}", params={"wait_for_event": str(envelope.event_id)}
                )
                return response.status_code == 200

            await eventually(seen, timeout=60)

        async def issue(
            sku: str, wh: str, quantity: int, reason: str = "shipment", kind: str = "shipment"
        ) -> None:
            response = await client.post(
                f"{url}/stock/{sku}/{wh}/issues",
                json={"quantity": str(quantity), "unit": "pcs", "reason": reason, "kind": kind},
            )
            assert response.status_code == 201, response.text

        async def classify(**extra: str) -> dict[str, Any]:
            response = await client.post(f"{url}/abc/classify", json={**period, **extra})
            assert response.status_code == 200, response.text
            run: dict[str, Any] = response.json()
            return run

        async def classes(**params: str) -> dict[str, tuple[str, Decimal]]:
            response = await client.get(f"{url}/abc", params=params)
            assert response.status_code == 200, response.text
            return {
                r["sku"]: (r["abc_class"], Decimal(r["consumption_value"])) for r in response.json()
            }

        # 1000 of each at 2.50 (receipt() prices every line so); Y also in a second warehouse
        stock = [(x, W1, Decimal(1000)), (y, W1, Decimal(1000)), (z, W1, Decimal(1000))]
        await consumed("purchasing", receipt([*stock, (y, W2, Decimal(1000))]), x, W1)
        for sku, wh in ((y, W1), (z, W1), (y, W2)):  # all lines of one event: consumed already
            assert (await client.get(f"{url}/stock/{sku}/{wh}")).status_code == 200

        # consumption 800 / 150 / 50 in WH-1 (X shipped by sales, the others over HTTP)
        shipped = OrderShipped(
            order_id=uuid4(),
            shipment_id=uuid4(),
            customer_id=uuid4(),
            lines=[ShippedLine(line_no=1, sku=x, warehouse=W1, quantity=Decimal(320), unit="pcs")],
        )
        await consumed("sales", shipped, x, W1)  # 320 x 2.50 = 800
        await issue(y, W1, 60)  # 150
        await issue(z, W1, 20)  # 50
        await issue(z, W1, 100, reason="damaged", kind="other")  # not a shipment

        first = await classify()
        assert first["counts"] == {
            "*": {"A": 1, "B": 1, "C": 1},
            W1: {"A": 1, "B": 1, "C": 1},
            W2: {"A": 0, "B": 0, "C": 1},
        }
        assert {
            (c["sku"], c["warehouse"], c["previous_class"], c["new_class"])
            for c in first["changes"]
        } == {
            (x, W1, None, "A"),
            (y, W1, None, "B"),
            (z, W1, None, "C"),
            (y, W2, None, "C"),  # stock there, nothing shipped
            (x, None, None, "A"),
            (y, None, None, "B"),
            (z, None, None, "C"),
        }
        assert await classes(warehouse=W1) == {
            x: ("A", Decimal(800)),
            y: ("B", Decimal(150)),
            z: ("C", Decimal(50)),
        }
        assert await classes() == await classes(warehouse=W1)  # overall: the same here
        assert await classes(**{"class": "A"}) == {x: ("A", Decimal(800))}

        # Y ships 400 more from WH-2 (1000): WH-1 is as it was; WH-2: Y is A now; overall
        # Y 1150 (A), X 800 (57.5 % before it: A), Z 50 (C) -> only Y changes, twice.
        await issue(y, W2, 400)
        second = await classify()
        assert sorted(
            (c["sku"], c["warehouse"] or "*", c["previous_class"], c["new_class"])
            for c in second["changes"]
        ) == [(y, "*", "B", "A"), (y, W2, "C", "A")]
        assert await classes() == {
            y: ("A", Decimal(1150)),
            x: ("A", Decimal(800)),
            z: ("C", Decimal(50)),
        }
        assert await classes(warehouse=W2) == {y: ("A", Decimal(1000))}

        # the same period again: nothing changed, nothing published
        assert (await classify())["changes"] == []
        # other thresholds, 50 / 30: overall Y A, X (57.5 % before it) B, Z C; WH-1 X A,
        # Y (80 % before it, not below 80) C, Z C; WH-2 Y A
        third = await classify(a_share="0.5", b_share="0.3")
        assert {(c["sku"], c["warehouse"], c["new_class"]) for c in third["changes"]} == {
            (x, None, "B"),
            (y, W1, "C"),
        }
        bad = await client.post(
            f"{url}/abc/classify", json={**period, "a_share": "0.9", "b_share": "0.2"}
        )
        assert bad.status_code == 422 and "may not exceed 1" in bad.json()["detail"]

    # 3 items and 2 warehouses registered, 4 receipts, 5 issues, then 7 + 2 + 0 + 2 class changes
    records = await read_all(
        topic_of("inventory", stack.namespace), expect=5 + 4 + 5 + 11, timeout=60
    )
    changes = [
        registry.decode(envelope)
        for envelope in (from_kafka(r.value, r.headers) for r in records)  # type: ignore[attr-defined]
        if envelope.event_type == AbcClassChanged.event_type
    ]
    assert len(changes) == 11
    overall_x = [
        c for c in changes if isinstance(c, AbcClassChanged) and c.sku == x and not c.warehouse
    ]
    assert [(c.previous_class, c.new_class) for c in overall_x] == [(None, "A"), ("A", "B")]
    assert overall_x[0].consumption_value.amount == Decimal(800)
    assert overall_x[0].consumption_value.currency == "CNY"
    assert str(overall_x[0].period_to) == period["period_to"]
    keys = {r.key for r in records if r.key.startswith(b"abc-")}  # type: ignore[attr-defined]
    assert f"abc-{x}@*".encode() in keys and f"abc-{y}@{W2}".encode() in keys
