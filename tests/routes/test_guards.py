"""Every route of every service, found from its OpenAPI document (a new route cannot slip
through): a command route declares its role; without a token, with an expired or badly
signed one it is a 401 with `WWW-Authenticate: Bearer`; with a token lacking its role a 403;
a warehouse-bound one refuses a warehouse outside the token's scope with a 403 (the routes
whose warehouses are in the aggregate: tests/integration/test_warehouse_scope.py). Every
query needs a token; health, readiness, metrics and the docs stay open. All refusals are
problem details, and all of them come before anything runs (no database is behind these
apps: reaching one would be a 500)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import uuid4

import pytest
from fastapi.testclient import TestClient

from jxc.platform.auth.keys import generate_private_key_pem, public_jwks
from jxc.platform.auth.tokens import TokenVerifier, issue_token
from jxc.platform.auth.user import Role
from tests.routes.services import OPEN_PATHS, SERVICES, app, operations

KEY, OTHER_KEY = generate_private_key_pem(), generate_private_key_pem()
ISSUER, AUDIENCE = "jxc-test", "jxc"
VERIFIER = TokenVerifier.from_jwks(public_jwks(KEY), issuer=ISSUER, audience=AUDIENCE)
IN_SCOPE, OUT_OF_SCOPE = "WH-SH", "WH-ELSEWHERE"

# A valid body per command whose warehouses are in its body, naming IN_SCOPE.
BODY_SCOPED: dict[str, dict[str, Any]] = {
    "POST /transfers": {
        "from_warehouse": IN_SCOPE,
        "to_warehouse": "WH-BJ",
        "lines": [{"sku": "TEA", "quantity": "1", "unit": "box"}],
    },
    "POST /stock-counts": {"warehouse": IN_SCOPE},
}


def _token(roles: list[str], warehouses: list[str], key: bytes = KEY, **kw: Any) -> str:
    return issue_token(key, "li.wei", roles, warehouses, issuer=ISSUER, audience=AUDIENCE, **kw)


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _url(path: str) -> str:
    def value(match: re.Match[str]) -> str:
        return str(uuid4()) if match.group(1).endswith("_id") else IN_SCOPE

    return re.sub(r"\{([^}]+)\}", value, path)


def _commands() -> Iterator[Any]:
    for service in SERVICES:
        for method, path, operation in operations(service):
            if method != "get":
                yield pytest.param(service, method, path, operation, id=f"{service} {path}")


def _queries() -> Iterator[Any]:
    for service in SERVICES:
        for method, path, _ in operations(service):
            if method == "get" and path not in OPEN_PATHS:
                yield pytest.param(service, path, id=f"{service} GET {path}")


COMMANDS = list(_commands())
QUERIES = list(_queries())


@pytest.fixture(scope="module")
def clients() -> dict[str, TestClient]:
    return {s: TestClient(app(s, VERIFIER), raise_server_exceptions=False) for s in SERVICES}


def _unauthorized(response: Any) -> None:
    assert response.status_code == 401, response.text
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"]


def _forbidden(response: Any, *words: str) -> None:
    assert response.status_code == 403, response.text
    assert response.headers["content-type"] == "application/problem+json"
    for word in words:
        assert word in response.json()["detail"]


def test_the_services_have_command_routes_to_guard() -> None:
    """The parametrised tests below would pass vacuously on an empty list."""
    assert len(COMMANDS) >= 30 and len(QUERIES) >= 20


@pytest.mark.parametrize(("service", "method", "path", "operation"), COMMANDS)
def test_every_command_route_declares_its_role(
    service: str, method: str, path: str, operation: dict[str, Any]
) -> None:
    assert method == "post", f"{path}: commands are POSTs"
    assert operation.get("x-jxc-role") in {r.value for r in Role}, (
        f"{path} declares no role: write it with CommandRouter.command(..., role=...)"
    )


@pytest.mark.parametrize(("service", "method", "path", "operation"), COMMANDS)
def test_a_command_without_a_good_token_is_a_401(
    clients: dict[str, TestClient], service: str, method: str, path: str, operation: Any
) -> None:
    client, url = clients[service], _url(path)
    everything = (["admin"], ["*"])
    _unauthorized(client.post(url, json={}))
    _unauthorized(client.post(url, json={}, headers={"Authorization": "Basic bGk6d2Vp"}))
    expired = _token(*everything, now=datetime.now(UTC) - timedelta(days=1))
    _unauthorized(client.post(url, json={}, headers=_bearer(expired)))
    forged = _token(*everything, key=OTHER_KEY)
    _unauthorized(client.post(url, json={}, headers=_bearer(forged)))


@pytest.mark.parametrize(("service", "method", "path", "operation"), COMMANDS)
def test_a_command_with_a_token_without_its_role_is_a_403(
    clients: dict[str, TestClient], service: str, method: str, path: str, operation: Any
) -> None:
    role = operation["x-jxc-role"]
    allowed = {role, Role.ADMIN.value, *operation.get("x-jxc-also", [])}
    others = [r.value for r in Role if r.value not in allowed]
    response = clients[service].post(_url(path), json={}, headers=_bearer(_token(others, ["*"])))
    _forbidden(response, "li.wei", role)


@pytest.mark.parametrize(("service", "method", "path", "operation"), COMMANDS)
def test_a_warehouse_bound_command_refuses_a_warehouse_outside_the_scope(
    clients: dict[str, TestClient], service: str, method: str, path: str, operation: Any
) -> None:
    scope = operation.get("x-jxc-warehouses")
    if scope not in ("path", "body"):
        return  # not bound, or bound through its aggregate (an integration test)
    role = operation["x-jxc-role"]
    elsewhere = _bearer(_token([role], [OUT_OF_SCOPE]))
    body = BODY_SCOPED.get(f"POST {path}") if scope == "body" else {}
    assert body is not None, f"add a valid body for POST {path} to BODY_SCOPED"
    response = clients[service].post(_url(path), json=body, headers=elsewhere)
    _forbidden(response, IN_SCOPE, OUT_OF_SCOPE)


@pytest.mark.parametrize(("service", "path"), QUERIES)
def test_every_query_needs_a_token(clients: dict[str, TestClient], service: str, path: str) -> None:
    _unauthorized(clients[service].get(_url(path)))


@pytest.mark.parametrize("path", ["/healthz", "/metrics", "/openapi.json", "/docs"])
def test_health_metrics_and_the_docs_stay_open(clients: dict[str, TestClient], path: str) -> None:
    for service in SERVICES:
        assert clients[service].get(path).status_code == 200
