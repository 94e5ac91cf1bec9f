"""An accountant's entries by hand on real Kafka and PostgreSQL: capital paid in posts bank
against paid-in capital (the journal, the trial balance, the balance sheet and the cash
position show it), a reversal takes it out again, and what must not be posted by hand is
refused at the field with a 422, by anyone but an accountant with a 403."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal as D
from typing import Any
from uuid import uuid4

import httpx

from tests.integration.auth import bearer
from tests.integration.harness import Stack

ACCOUNTANT = bearer("qian.kuaiji", ["accountant"])
SALES = bearer("li.xiaoshou", ["sales"])
TODAY = datetime.now(UTC).date()
PERIOD = f"{TODAY.year:04d}-{TODAY.month:02d}"
CAPITAL = {
    "posted_on": str(TODAY),
    "description": "Capital paid in by the shareholders",
    "reference": "SH-2026-01",
    "lines": [
        {"account": "1002", "debit": "1000000.00", "memo": "ICBC"},
        {"account": "4001", "credit": "1000000.00"},
    ],
}


async def test_capital_paid_in_by_hand_shows_in_the_statements_and_reverses(
    stack: Stack,
) -> None:
    _, url = stack.serve("finance")
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:

        async def get(path: str, **params: Any) -> Any:
            answer = await client.get(path, params=params, headers=ACCOUNTANT)
            assert answer.status_code == 200, answer.text
            return answer.json()

        assert (
            await client.post("/journal-entries", json=CAPITAL, headers=SALES)
        ).status_code == 403
        posted = await client.post("/journal-entries", json=CAPITAL, headers=ACCOUNTANT)
        assert posted.status_code == 201, posted.text
        entry_id = posted.json()["id"]
        event = posted.json()["event_ids"][0]

        journal = await get("/journal", wait_for_event=event, source_event_id=event)
        lines = journal["items"]
        assert {(x["account"], x["debit"], x["credit"]) for x in lines} == {
            ("1002", "1000000", "0"),
            ("4001", "0", "1000000"),
        }
        assert lines[0]["source_type"] == "finance.JournalEntryPosted"
        assert lines[0]["description"] == "Capital paid in by the shareholders (SH-2026-01)"
        journal_entry = lines[0]["entry_id"]
        assert (await get(f"/journal/entries/{journal_entry}"))["reversed_by"] is None
        trial = await get("/statements/trial-balance", **{"from": PERIOD, "to": PERIOD})
        closing = {x["account"]: D(x["closing"]) for x in trial["lines"] if D(x["closing"])}
        assert closing == {"1002": D(1000000), "4001": D(-1000000)}
        sheet = await get("/statements/balance-sheet", period=PERIOD)
        assert D(sheet["total_assets"]) == D(1000000)
        assert sheet["total_assets"] == sheet["total_liabilities_and_equity"]
        position = await get("/cash/position")
        assert D(position["total"]) == D(1000000)
        flow = await get("/statements/cash-flow", **{"from": PERIOD, "to": PERIOD})
        assert (D(flow["financing"]), D(flow["other"])) == (D(1000000), 0)
        assert D(flow["closing_cash"]) == D(1000000)

        # the same entry again is a conflict; an unbalanced one, a receivable by hand, an
        # unknown account: 422 at the field
        again = {**CAPITAL, "entry_id": entry_id}
        assert (
            await client.post("/journal-entries", json=again, headers=ACCOUNTANT)
        ).status_code == 409
        for lines_, field, words in (
            (
                [{"account": "1002", "debit": "10"}, {"account": "4001", "credit": "9.99"}],
                "lines",
                "differ by 0.01",
            ),
            (
                [{"account": "1122", "debit": "10"}, {"account": "4001", "credit": "10"}],
                "lines.0.account",
                "sub-ledger",
            ),
            (
                [{"account": "1002", "debit": "10"}, {"account": "9'9 中", "credit": "10"}],
                "lines.1.account",
                "not an active account",
            ),
        ):
            refused = await client.post(
                "/journal-entries", json={**CAPITAL, "lines": lines_}, headers=ACCOUNTANT
            )
            assert refused.status_code == 422, refused.text
            assert refused.json()["fields"] == [field]
            assert words in refused.json()["detail"]
        garbled = await client.post(
            "/journal-entries",
            content=b'{"posted_on": "2026-13-01", "description": "x", "lines": [{"debit": 1e400}]}',
            headers={**ACCOUNTANT, "content-type": "application/json"},
        )
        assert garbled.status_code == 422, garbled.text

        # reversed: the mirror entry on the day, the bank back to nothing; once only
        reverse = {"reversed_on": str(TODAY), "reason": "paid into the wrong account"}
        undone = await client.post(
            f"/journal-entries/{entry_id}/reverse", json=reverse, headers=ACCOUNTANT
        )
        assert undone.status_code == 200, undone.text
        mirror = undone.json()["event_ids"][0]
        back = await get("/journal", wait_for_event=mirror, source_event_id=mirror)
        assert {(x["account"], x["debit"], x["credit"]) for x in back["items"]} == {
            ("1002", "0", "1000000"),
            ("4001", "1000000", "0"),
        }
        position = await get("/cash/position")
        assert D(position["total"]) == 0
        flow = await get("/statements/cash-flow", **{"from": PERIOD, "to": PERIOD})
        assert (D(flow["financing"]), D(flow["other"]), D(flow["closing_cash"])) == (0, 0, 0)
        # the entry says which entry reversed it (the screen offers no second reversal)
        assert (await get(f"/journal/entries/{journal_entry}"))["reversed_by"] == (
            back["items"][0]["entry_id"]
        )
        assert (await get(f"/journal/entries/{back['items'][0]['entry_id']}"))[
            "reversed_by"
        ] is None
        twice = await client.post(
            f"/journal-entries/{entry_id}/reverse", json=reverse, headers=ACCOUNTANT
        )
        assert twice.status_code == 409, twice.text
        unknown = await client.post(
            f"/journal-entries/{uuid4()}/reverse", json=reverse, headers=ACCOUNTANT
        )
        assert unknown.status_code == 404, unknown.text
