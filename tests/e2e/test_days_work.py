"""Issue 12's done-criterion in a real browser: after `jxc demo`, a day's work of each role.
The five services (each serving its API, outbox relay, projections and workers) and the gateway
are started once on the real Kafka and PostgreSQL; `jxc demo --small` seeds a company through
the public APIs, as a newcomer would run it. Then web/e2e/days-work.mjs drives Debian's
Chromium through ONE browser session, signing in as each demo user the demo prints and doing one
real task each, on demo data found through the screens: the buyer drafts a purchase order from
the purchase plan's suggestion and submits it; the warehouse keeper follows a low-stock alert to
the item's stock and ledger; the credit controller releases the order held on credit; the sales
clerk sees that order reserved; the accountant reads the journal, the trial balance (balanced),
the cash flow and budget vs actual; the crm user opens a customer's profile (history, RFM
segment, points), schedules a follow-up, records a complaint and runs a campaign for the
customer's segment; the manager (admin) sees the dashboard's figures and charts non-empty, in
English and in Chinese. Screenshots in .data/e2e-artifacts/days-work/."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.e2e.browser import ARTIFACTS, CHROMIUM, WEB, node_and_browser, start_gateway
from tests.integration.auth import dev_key_file
from tests.integration.harness import Stack

SHOTS = ARTIFACTS / "days-work"
PERSON = re.compile(r"^\s+user (\S+)\s+role (\S+)$", re.MULTILINE)
JXC = Path(sys.executable).parent / "jxc"
SERVICES = ("purchasing", "sales", "inventory", "finance", "crm")


async def demo(urls: dict[str, str]) -> str:
    """`jxc demo --small` against the services, as the README tells a newcomer: its output."""
    env = dict(os.environ)
    env.update({f"JXC_{s.upper()}_URL": url for s, url in urls.items()})
    env.update(JXC_AUTH_DEV_KEY_FILE=str(dev_key_file()), JXC_AUTH_JWKS_URL="", COLUMNS="120")
    process = await asyncio.create_subprocess_exec(
        str(JXC),
        "demo",
        "--small",
        "--name",
        "days-work",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(process.communicate(), timeout=300)
    assert process.returncode == 0, out.decode()
    return out.decode()


async def test_after_the_demo_each_role_does_a_days_work_in_the_browser(stack: Stack) -> None:
    began = time.monotonic()
    node = node_and_browser()
    urls = dict(zip(SERVICES, stack.serve_together(*SERVICES), strict=True))
    print(f"services up in {time.monotonic() - began:.1f} s")
    out = await demo(urls)
    print(out)
    print(f"demo seeded in {time.monotonic() - began:.1f} s")
    people = {role: user for user, role in PERSON.findall(out)}  # whom the demo says to be
    assert set(people) >= {"purchaser", "warehouse", "sales", "accountant", "crm"}, out
    gateway = start_gateway(stack, urls)
    shutil.rmtree(SHOTS, ignore_errors=True)  # only this run's screenshots
    SHOTS.mkdir(parents=True)
    run = await asyncio.to_thread(
        subprocess.run,
        [node, "e2e/days-work.mjs"],
        cwd=WEB,
        env=dict(
            os.environ,
            JXC_E2E_URL=gateway,
            JXC_E2E_PEOPLE=json.dumps(people),
            JXC_E2E_ARTIFACTS=str(SHOTS),
            JXC_CHROMIUM=CHROMIUM,
        ),
        capture_output=True,
        text=True,
        timeout=150,
    )
    print(run.stdout)  # the steps with their times (pytest -s)
    print(f"whole test {time.monotonic() - began:.1f} s")
    assert run.returncode == 0, f"browser test failed:\n{run.stdout}\n{run.stderr}"
    assert "e2e days-work: ok" in run.stdout
    shots = {p.stem for p in SHOTS.glob("*.png")}
    assert {
        "00-sign-in",
        "01-buyer-purchase-plan",
        "02-buyer-draft-po",
        "03-keeper-stock-of-item",
        "04-keeper-ledger",
        "05-credit-holds",
        "06-credit-hold-released",
        "07-sales-order-reserved",
        "08-accountant-journal",
        "09-accountant-trial-balance",
        "10-accountant-cash-flow",
        "11-accountant-budget-vs-actual",
        "12-crm-customers",
        "13-crm-customer-profile",
        "14-crm-follow-up",
        "15-crm-complaint",
        "16-crm-campaign",
        "17-manager-dashboard",
        "18-manager-dashboard-zh",
    } <= shots
