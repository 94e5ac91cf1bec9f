"""docs/routes.md is generated from the code: regenerating it changes nothing."""

from __future__ import annotations

from pathlib import Path

from jxc.platform.route_table import render
from tests.routes.services import SERVICES, app

ROOT = Path(__file__).resolve().parents[2]


def test_the_route_table_in_the_docs_is_the_one_the_code_declares() -> None:
    """What docs/generate_routes.sh writes after its header: each service's table (what
    `jxc-<service> routes` prints), built here in-process rather than in five processes."""
    script = (ROOT / "docs" / "generate_routes.sh").read_text()
    order = script.split("for service in ", 1)[1].split(";", 1)[0].split()
    tables = "".join("\n" + render(name, app(name).openapi()) for name in order)
    docs = (ROOT / "docs" / "routes.md").read_text()
    assert sorted(order) == sorted(SERVICES)
    assert docs.startswith("# Routes and roles\n")
    assert docs.endswith(tables), "docs/routes.md is stale: run `bash docs/generate_routes.sh`"
    assert docs.count("\n## ") == len(order)


def test_the_table_names_each_commands_role_and_scope() -> None:
    table = render("inventory", app("inventory").openapi())
    assert (
        "| `POST /transfers/{transfer_id}/dispatch` | `warehouse` (or `admin`) "
        "| the warehouses of what it acts on |"
    ) in table
    assert "| `GET /stock/{sku}/{warehouse}` | any authenticated user |  |" in table
