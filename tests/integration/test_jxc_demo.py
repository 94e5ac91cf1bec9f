"""`jxc demo --small` against the five real services (issue 11, item 4): it seeds a company over
the public APIs only, and the services' read models agree with one another: inventory's stock
is what finance's books value it at, the order book is what was invoiced, the trial balance
balances; it leaves work for the back office (low-stock and overstock alerts with purchase-plan
suggestions, an order held on credit, this month's target, RFM segments). Run again with the
same name, it adds nothing."""

from __future__ import annotations

import asyncio
import os
import sys
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import httpx

from tests.integration.auth import bearer, dev_key_file
from tests.integration.harness import Stack, eventually

JXC = Path(sys.executable).parent / "jxc"
SERVICES = ("purchasing", "sales", "inventory", "finance", "crm")


async def run_demo(urls: dict[str, str], name: str) -> tuple[int, str]:
    env = dict(os.environ)
    env.update({f"JXC_{s.upper()}_URL": url for s, url in urls.items()})
    env.update(JXC_AUTH_DEV_KEY_FILE=str(dev_key_file()), JXC_AUTH_JWKS_URL="", COLUMNS="120")
    process = await asyncio.create_subprocess_exec(
        str(JXC),
        "demo",
        "--small",
        "--name",
        name,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(process.communicate(), timeout=600)
    return process.returncode or 0, out.decode()


async def test_the_demo_fills_the_services_and_their_read_models_agree(stack: Stack) -> None:
    urls = {service: stack.serve(service)[1] for service in SERVICES}
    code, out = await run_demo(urls, "acme")
    assert code == 0, out
    assert "Done." in out and "What to look at" in out, out

    async with httpx.AsyncClient(headers=bearer(), timeout=60) as client:

        async def get(service: str, path: str, **params: Any) -> Any:
            answer = await client.get(urls[service] + path, params=params)
            assert answer.status_code == 200, answer.text
            return answer.json()

        # the company is there: 3 warehouses, the items in categories, suppliers, customers
        # (four, and a new shop with a small credit limit)
        warehouses = await get("inventory", "/warehouses")
        assert len(warehouses["items"] if isinstance(warehouses, dict) else warehouses) == 3
        customers = await get("crm", "/customers", limit=100)
        assert len(customers["items"]) == 5

        # the order book: every order the demo took was shipped, delivered and invoiced, but
        # the new shop's, held on credit for the credit controller
        orders = (await get("sales", "/orders", limit=200))["items"]
        assert len(orders) == 7
        held = [o for o in orders if o["status"] == "held_on_credit"]
        assert len(held) == 1, orders
        delivered = [o for o in orders if o not in held]
        assert {o["status"] for o in delivered} <= {"delivered", "closed"}, orders
        invoices = (await get("sales", "/invoices", limit=200))["items"]
        assert sorted(str(i["order_id"]) for i in invoices) == sorted(
            str(o["order_id"]) for o in delivered
        )

        # the work and the plans waiting in the back office: low stock and overstock alerts,
        # suggestions in the purchase plan, this month's target and budgets, RFM segments
        alerts = await get("inventory", "/alerts")
        assert len(alerts) >= 3, alerts

        async def suggested() -> Any:
            return await get("purchasing", "/purchase-plan")

        assert len(await eventually(suggested, timeout=30)) >= 2
        targets = await get("sales", "/sales-targets")
        assert [t["subject"] for t in targets["items"]] == ["liu.yang"], targets
        segments = await get("crm", "/segments")
        assert sum(int(n) for n in segments["segments"].values()) >= 4, segments

        # stock: inventory's levels are what finance's books hold, warehouse by warehouse
        levels = await get("inventory", "/stock")
        on_hand = sum((D(x["on_hand"]) for x in levels), D(0))
        assert on_hand > 0
        value = {}
        for x in levels:
            value[x["warehouse"]] = value.get(x["warehouse"], D(0)) + D(x["value"])

        async def reconciled() -> dict[str, Any] | None:
            found = await get("finance", "/stock-reconciliation")
            lines = {x["warehouse"]: x for x in found["lines"] if x["warehouse"]}
            agree = all(
                D(lines[w]["stock_value"]) == v and D(lines[w]["difference"]) == 0
                for w, v in value.items()
                if w in lines
            )
            return found if agree and set(lines) >= set(value) else None

        await eventually(reconciled, timeout=60)

        # the trial balance balances: debits equal credits, the closing balances sum to zero
        journal = (await get("finance", "/journal", limit=1000))["items"]
        periods = sorted({x["period"] for x in journal if x.get("period")}) or [None]
        first, last = (periods[0], periods[-1]) if periods[0] else (None, None)
        if first is None:
            first = last = str(levels[0]["updated_at"])[:7]
        trial = await get("finance", "/statements/trial-balance", **{"from": first, "to": last})
        totals = trial["totals"]
        assert D(totals["debit"]) == D(totals["credit"]) > 0, totals
        assert D(totals["closing"]) == 0, totals
        # the shareholders' capital keeps every bank and cash account above zero
        position = await get("finance", "/cash/position")
        assert D(position["total"]) > 0, position
        assert all(D(x["balance"]) >= 0 for x in position["accounts"]), position

        # a second run with the same name adds nothing
        events_before = len(journal)
        code, again = await run_demo(urls, "acme")
        assert code == 0, again
        assert len((await get("sales", "/orders", limit=200))["items"]) == 7
        assert len((await get("crm", "/customers", limit=100))["items"]) == 5
        assert len(await get("inventory", "/reorder-rules")) == 3
        assert len((await get("finance", "/journal", limit=1000))["items"]) == events_before
