"""A command route names the role it needs, and may name further roles that may call it too
(`also`): each of them, and admin, passes; every other role is a 403 naming them all; the
OpenAPI document and the route table say who may call it."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from jxc.platform.auth.keys import generate_private_key_pem, public_jwks
from jxc.platform.auth.tokens import TokenVerifier, issue_token
from jxc.platform.auth.user import Role
from jxc.platform.http import create_app
from jxc.platform.http_commands import Command, CommandRouter
from jxc.platform.route_table import render

KEY = generate_private_key_pem()
VERIFIER = TokenVerifier.from_jwks(public_jwks(KEY), issuer="t", audience="jxc")


def _app() -> Any:
    router = CommandRouter()

    @router.command("/vouchers/redeem", role=Role.CRM, also=(Role.SALES,), response_model=None)
    async def redeem(cmd: Command) -> dict[str, str]:
        return {"by": cmd.user.name}

    return create_app(title="t", ready_checks={}, routers=[router], token_verifier=VERIFIER)


def _as(*roles: str) -> dict[str, str]:
    token = issue_token(KEY, "li.wei", list(roles), [], issuer="t", audience="jxc")
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("role", ["crm", "sales", "admin"])
def test_the_role_and_the_further_roles_may_call_it(role: str) -> None:
    answer = TestClient(_app()).post("/vouchers/redeem", headers=_as(role))
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"by": "li.wei"}


def test_another_role_is_refused_naming_who_may() -> None:
    answer = TestClient(_app()).post("/vouchers/redeem", headers=_as("warehouse", "accountant"))
    assert answer.status_code == 403, answer.text
    assert "needs the role crm or sales" in answer.json()["detail"]


def test_the_route_table_lists_every_role_that_may_call_it() -> None:
    openapi = _app().openapi()
    operation = openapi["paths"]["/vouchers/redeem"]["post"]
    assert (operation["x-jxc-role"], operation["x-jxc-also"]) == ("crm", ["sales"])
    assert "| `POST /vouchers/redeem` | `crm` or `sales` (or `admin`) |  |" in render("t", openapi)


def _reading_app() -> Any:
    router = CommandRouter(readers=(Role.CRM, Role.SALES))

    @router.get("/customers")
    async def customers() -> list[str]:
        return ["Wang"]

    @router.get("/ledger", dependencies=[], openapi_extra={"x-jxc-role": "accountant"})
    async def guarded_elsewhere() -> list[str]:
        return []  # its own declared guard is kept, the readers are not added

    return create_app(title="t", ready_checks={}, routers=[router], token_verifier=VERIFIER)


@pytest.mark.parametrize(
    ("roles", "status"),
    [(["crm"], 200), (["sales"], 200), (["admin"], 200), (["warehouse"], 403), ([], 403)],
)
def test_a_routers_readers_and_admin_may_query_it_and_no_one_else(
    roles: list[str], status: int
) -> None:
    answer = TestClient(_reading_app()).get("/customers", headers=_as(*roles))
    assert answer.status_code == status, answer.text
    if status == 403:
        assert "needs the role crm or sales" in answer.json()["detail"]


def test_the_route_table_names_the_readers_of_a_query() -> None:
    openapi = _reading_app().openapi()
    assert "| `GET /customers` | `crm` or `sales` (or `admin`) |  |" in render("t", openapi)
    assert openapi["paths"]["/ledger"]["get"]["x-jxc-role"] == "accountant"
