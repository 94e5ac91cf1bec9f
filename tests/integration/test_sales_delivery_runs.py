"""Issue 8, item 5 (delivery runs): a day's shipments of a warehouse dispatched with our own
fleet are grouped into runs within the vehicles' capacity (weight and volume), every
shipment on exactly one run and no run over capacity, each run's stops in order on the run
sheet. Orders, reservations and customers arrive as their contexts publish them."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from uuid import uuid4

import httpx

from jxc.events.base import Money
from jxc.events.contracts.crm import Address, CustomerRegistered
from jxc.events.contracts.inventory import StockReserved
from jxc.events.contracts.sales import OrderLine, OrderPlaced
from jxc.platform.settings import topic_of
from tests.integration.auth import bearer
from tests.integration.harness import Stack, eventually
from tests.integration.publishing import envelope_of, publish
from tests.integration.sales_kit import ok, own_fleet, ship

SALES = bearer("li.na", ["sales"])
YARD = bearer("sun.r", ["warehouse"], ["WH-R"])
# Customers around Shanghai: (latitude, longitude), and what each order weighs packed (kg, m³).
PLACES = [
    ("31.2304", "121.4737", "120", "0.8"),
    ("31.2500", "121.5000", "200", "1.2"),
    ("31.1800", "121.4300", "90", "0.5"),
    ("31.3000", "121.5500", "300", "2.0"),
    ("31.2000", "121.6000", "150", "1.0"),
    ("31.1500", "121.3500", "60", "0.4"),
    ("31.2800", "121.3800", "180", "1.5"),
]
VANS = [("VAN-1", "800", "5"), ("VAN-2", "700", "5")]  # 1500 kg, 10 m³ for 1100 kg, 7.4 m³


async def test_a_days_shipments_go_on_runs_within_the_vehicles_capacity(stack: Stack) -> None:
    _, sales = stack.serve("sales")
    ns = stack.namespace
    today = datetime.now(UTC).date()
    orders: list[tuple[Any, str, str]] = []
    customers, placed, reserved = [], [], []
    for i, (lat, lon, kg, m3) in enumerate(PLACES):
        customer_id, order_id = uuid4(), uuid4()
        address = Address(
            label="main",
            street=f"{i} Road",
            city="Shanghai",
            country="CN",
            latitude=Decimal(lat),
            longitude=Decimal(lon),
        )
        customers.append(
            envelope_of(
                CustomerRegistered(
                    customer_id=customer_id,
                    code=f"C{i}-{ns}",
                    name=f"Customer {i}",
                    customer_group="retail",
                    currency="CNY",
                    addresses=[address],
                ),
                f"customer-{customer_id}",
            )
        )
        line = OrderLine(
            line_no=1,
            sku="RICE",
            warehouse="WH-R",
            quantity=Decimal(int(Decimal(kg))),
            unit="kg",
            unit_price=Money(amount=Decimal("4.00"), currency="CNY"),
        )
        placed.append(
            envelope_of(
                OrderPlaced(
                    order_id=order_id, customer_id=customer_id, lines=[line], currency="CNY"
                ),
                f"order-{order_id}",
            )
        )
        reserved.append(
            envelope_of(
                StockReserved(
                    sku="RICE",
                    warehouse="WH-R",
                    order_id=order_id,
                    line_no=1,
                    quantity=line.quantity,
                    unit="kg",
                    available_after=Decimal(0),
                ),
                "stock-RICE@WH-R",
                i + 1,
            )
        )
        orders.append((order_id, kg, m3))
    await publish(topic_of("crm", ns), customers)
    await publish(topic_of("sales", ns), placed)
    await publish(topic_of("inventory", ns), reserved)

    async with httpx.AsyncClient(timeout=30) as client:
        fleet = await own_fleet(client, sales, ns, SALES)
        for code, kg, m3 in VANS:
            await ok(
                await client.post(
                    f"{sales}/warehouses/WH-R/vehicles",
                    json={
                        "vehicle": f"{code}-{ns}",
                        "name": code,
                        "max_weight_kg": kg,
                        "max_volume_m3": m3,
                        "depot_latitude": "31.2200",
                        "depot_longitude": "121.4500",
                    },
                    headers=YARD,
                ),
                201,
            )
        elsewhere = await client.post(
            f"{sales}/warehouses/WH-R/delivery-runs/plan",
            json={"day": str(today)},
            headers=bearer("x", ["warehouse"], ["WH-A"]),
        )
        assert elsewhere.status_code == 403

        shipments: dict[str, tuple[str, str]] = {}
        for order_id, kg, m3 in orders:

            async def reserved_known(order_id: Any = order_id) -> bool:
                view = await client.get(f"{sales}/shipping-orders/{order_id}", headers=YARD)
                return (
                    view.status_code == 200
                    and all(Decimal(x["reserved"]) > 0 for x in view.json()["lines"])
                    and view.json()["destination"] is not None
                )

            await eventually(reserved_known)
            shipment = await ship(
                client, sales, "WH-R", order_id, fleet, headers=YARD, parcel=(kg, m3)
            )
            shipments[shipment] = (kg, m3)

        await ok(
            await client.post(
                f"{sales}/warehouses/WH-R/delivery-runs/plan",
                json={"day": str(today)},
                headers=YARD,
            )
        )
        sheet = await ok(
            await client.get(
                f"{sales}/warehouses/WH-R/delivery-runs", params={"day": str(today)}, headers=YARD
            )
        )
        vehicles = await ok(await client.get(f"{sales}/warehouses/WH-R/vehicles", headers=YARD))

    capacity = {v["vehicle"]: v for v in vehicles["items"]}
    assert len(capacity) == 2
    on_runs = [stop["shipment_id"] for run in sheet["runs"] for stop in run["stops"]]
    assert sorted(on_runs) == sorted(shipments)  # every shipment on exactly one run
    assert sheet["unplanned"] == []
    for run in sheet["runs"]:
        weight = sum(Decimal(shipments[s["shipment_id"]][0]) for s in run["stops"])
        volume = sum(Decimal(shipments[s["shipment_id"]][1]) for s in run["stops"])
        assert Decimal(run["weight_kg"]) == weight
        assert weight <= Decimal(capacity[run["vehicle"]]["max_weight_kg"])
        assert volume <= Decimal(capacity[run["vehicle"]]["max_volume_m3"])
        assert [s["seq"] for s in run["stops"]] == list(range(1, len(run["stops"]) + 1))
        assert Decimal(run["distance_km"]) > 0
