"""`jxc demo`'s plan, without a server: the full company is the size the issue asks for, the
catalog and every id derive from the run's name (so a rerun replays), and the small one is
small."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.console import Console
from rich.progress import Progress

from jxc.cli.demo import FULL, SMALL, Api, Company, Places

PLACES = Places(*(f"http://127.0.0.1:{8000 + n}" for n in range(1, 6)))


@pytest.fixture(autouse=True)
def dev_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JXC_AUTH_DEV_KEY_FILE", str(tmp_path / "key.pem"))
    monkeypatch.setenv("JXC_AUTH_JWKS_URL", "")


async def _company(name: str, small: bool = False) -> Company:
    api = Api(PLACES, name, concurrency=4)
    await api.close()
    return Company(api, SMALL if small else FULL, Progress(console=Console(quiet=True)))


async def test_the_full_company_is_the_size_asked_for() -> None:
    company = await _company("acme")
    assert (FULL.warehouses, FULL.skus, FULL.suppliers, FULL.customers) == (3, 500, 20, 200)
    assert FULL.weeks == 13  # three months
    assert len(company.warehouses) == 3
    assert len(company.skus) == 500 == len({sku for sku, *_ in company.skus})
    assert {category for _, _, category, _ in company.skus} == {"TEA", "CUP", "SNK", "PAP", "ELC"}
    assert all(cost > 0 for *_, cost in company.skus)


async def test_ids_and_the_catalog_derive_from_the_name() -> None:
    first, again, other = await _company("acme"), await _company("acme"), await _company("beta")
    assert first.skus == again.skus
    assert first.api.id("po", 1, 2) == again.api.id("po", 1, 2) != other.api.id("po", 1, 2)
    assert first.api.id("po", 1, 2) != first.api.id("po", 2, 1)


async def test_the_small_company_is_small() -> None:
    company = await _company("acme", small=True)
    assert len(company.skus) < 20 and SMALL.customers < 10 and SMALL.weeks <= 2


async def test_the_summary_says_whom_to_sign_in_to_the_back_office_as() -> None:
    """One person per role the back office has, as `user U role R` lines (which the browser
    test signs in as)."""
    from jxc.cli.demo import summary

    console = Console(record=True, width=120)
    summary(await _company("acme", small=True), console)
    said = console.export_text()
    people = re.findall(r"^\s+user (\S+)\s+role (\S+)$", said, re.MULTILINE)
    roles = {role for _, role in people}
    assert roles == {
        "admin",
        "purchaser",
        "purchase_approver",
        "warehouse",
        "sales",
        "credit_controller",
        "accountant",
        "crm",
    }, said
    assert ("zhang.min", "purchaser") in people
