"""docs/routes.md is generated from the code: regenerating it changes nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

from jxc.platform.route_table import render
from tests.routes.services import app

ROOT = Path(__file__).resolve().parents[2]


def test_the_route_table_in_the_docs_is_the_one_the_code_declares(tmp_path: Path) -> None:
    fresh = tmp_path / "routes.md"
    subprocess.run(["bash", str(ROOT / "docs" / "generate_routes.sh"), str(fresh)], check=True)
    assert (ROOT / "docs" / "routes.md").read_text() == fresh.read_text(), (
        "docs/routes.md is stale: run `bash docs/generate_routes.sh`"
    )


def test_the_table_names_each_commands_role_and_scope() -> None:
    table = render("inventory", app("inventory").openapi())
    assert (
        "| `POST /transfers/{transfer_id}/dispatch` | `warehouse` (or `admin`) "
        "| the warehouses of what it acts on |"
    ) in table
    assert "| `GET /stock/{sku}/{warehouse}` | any authenticated user |  |" in table
