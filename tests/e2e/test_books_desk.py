"""Issue 12, the finance command forms in a real browser: finance and the gateway on the real
Kafka and PostgreSQL, nothing seeded (the books start empty). web/e2e/books-desk.mjs drives
Chromium: an accountant posts the shareholders' capital by hand, first one cent unbalanced (the
form shows the difference as typed, finance refuses it), then on the receivables (refused at the
line's account), then balanced; the journal opens filtered to it; the accountant reverses it
from its page (the reason's message at its field first), transfers 1200.50 from the bank to the
cash box (the cash position shows it) and has no Close button; an admin closes last month.
The test then checks the same through finance's API. Screenshots in
.data/e2e-artifacts/books-desk/."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx

from tests.e2e.browser import ARTIFACTS, CHROMIUM, WEB, node_and_browser, start_gateway
from tests.integration.auth import bearer
from tests.integration.harness import Stack

SHOTS = ARTIFACTS / "books-desk"
ACCOUNTANT = bearer("qian.kuaiji", ["accountant"])


def last_month() -> str:
    first = datetime.now(UTC).date().replace(day=1)
    return (first - timedelta(days=1)).strftime("%Y-%m")


async def test_an_accountant_posts_and_reverses_an_entry_and_an_admin_closes_a_period(
    stack: Stack,
) -> None:
    node = node_and_browser()
    _, finance = stack.serve("finance")
    gateway = start_gateway(stack, {"finance": finance})
    closing = last_month()
    shutil.rmtree(SHOTS, ignore_errors=True)  # this test's screenshots only
    SHOTS.mkdir(parents=True)
    run = await asyncio.to_thread(
        subprocess.run,
        [node, "e2e/books-desk.mjs"],
        cwd=WEB,
        env=dict(
            os.environ,
            JXC_E2E_URL=gateway,
            JXC_E2E_CLOSE=closing,
            JXC_E2E_ARTIFACTS=str(SHOTS),
            JXC_CHROMIUM=CHROMIUM,
        ),
        capture_output=True,
        text=True,
        timeout=90,
    )
    print(run.stdout)
    assert run.returncode == 0, f"browser test failed:\n{run.stdout}\n{run.stderr}"
    assert "e2e books desk: ok" in run.stdout
    shots = {p.stem for p in SHOTS.glob("*.png")}
    assert {
        "01-unbalanced",
        "02-unbalanced-refused",
        "03-account-refused",
        "04-journal-shows-it",
        "05-reverse-needs-a-reason",
        "06-reversed",
        "07-cash-transferred",
        "08-period-closed",
    } <= shots

    # what the browser did, as finance tells it
    async with httpx.AsyncClient(headers=ACCOUNTANT, timeout=30) as client:

        async def books(path: str, **params: str) -> dict:  # type: ignore[type-arg]
            answer = await client.get(f"{finance}{path}", params=params)
            assert answer.status_code == 200, answer.text
            return answer.json()  # type: ignore[no-any-return]

        async def lines(source: str) -> list[tuple[str, Decimal, Decimal]]:
            items = (await books("/journal", source_type=source))["items"]
            return sorted((r["account"], Decimal(r["debit"]), Decimal(r["credit"])) for r in items)

        capital = Decimal("500000.10")
        assert await lines("finance.JournalEntryPosted") == [
            ("1002", capital, 0),
            ("4001", 0, capital),
        ]
        assert await lines("finance.JournalEntryReversed") == [
            ("1002", 0, capital),
            ("4001", capital, 0),
        ]
        position = await books("/cash/position")
        held = {a["account"]: Decimal(a["balance"]) for a in position["accounts"]}
        assert (held["1001"], held["1002"]) == (Decimal("1200.50"), Decimal("-1200.50"))
        closed = await client.get(f"{finance}/periods/closed")
        assert [p["period"] for p in closed.json()] == [closing]
