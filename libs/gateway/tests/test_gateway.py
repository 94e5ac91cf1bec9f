"""The gateway: forwarding keeps method, path, query, body and end-to-end headers both ways;
the development sign-in mints a token the services accept, and is refused under a JWKS; the
single-page application is served with its index for its own routes."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from jxc.gateway.app import create_app
from jxc.gateway.settings import GatewaySettings
from jxc.platform.auth.keys import public_jwks
from jxc.platform.auth.settings import AuthSettings
from jxc.platform.auth.tokens import TokenVerifier
from jxc.platform.auth.user import Role


async def echo(request: httpx.Request) -> httpx.Response:
    await request.aread()
    if request.url.path == "/down":
        raise httpx.ConnectError("refused", request=request)
    body = {
        "method": request.method,
        "url": str(request.url),
        "headers": {k: v for k, v in request.headers.items()},
        "body": request.content.decode(),
    }
    return httpx.Response(
        201,
        # a stream, as a real upstream's answer is (content= would be read up front)
        stream=httpx.ByteStream(json.dumps(body).encode()),
        headers=[
            ("content-type", "application/json"),
            ("set-cookie", "a=1"),
            ("set-cookie", "b=2"),
            ("x-correlation-id", "c-1"),
        ],
    )


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<html>jxc</html>")
    (tmp_path / "assets" / "app-1234.js").write_text("console.log(1)")
    return tmp_path


def client(site: Path, auth: AuthSettings) -> TestClient:
    settings = GatewaySettings(static_dir=site, inventory_url="http://inventory.test:9")
    return TestClient(create_app(settings, auth, httpx.MockTransport(echo)))


@pytest.fixture
def auth(tmp_path: Path) -> AuthSettings:
    return AuthSettings(dev_key_file=tmp_path / "key.pem", jwks_url="")


def test_forwards_method_path_query_body_and_headers(site: Path, auth: AuthSettings) -> None:
    with client(site, auth) as gateway:
        answer = gateway.post(
            "/api/inventory/items?q=TEA&limit=5",
            content=b'{"sku": "TEA-1"}',
            headers={
                "Authorization": "Bearer abc",
                "Idempotency-Key": "k-1",
                "Content-Type": "application/json",
                "Connection": "keep-alive, x-hop",
                "X-Hop": "dropped",
            },
        )
    assert answer.status_code == 201
    seen = answer.json()
    assert seen["method"] == "POST"
    assert seen["url"] == "http://inventory.test:9/items?q=TEA&limit=5"
    assert seen["body"] == '{"sku": "TEA-1"}'
    assert seen["headers"]["authorization"] == "Bearer abc"
    assert seen["headers"]["idempotency-key"] == "k-1"
    assert seen["headers"]["x-forwarded-prefix"] == "/api/inventory"
    assert "x-hop" not in seen["headers"]
    assert answer.headers.get_list("set-cookie") == ["a=1", "b=2"]
    assert answer.headers["x-correlation-id"] == "c-1"


def test_unknown_service_and_unreachable_one_are_problems(site: Path, auth: AuthSettings) -> None:
    with client(site, auth) as gateway:
        unknown = gateway.get("/api/warehouse-robots/x")
        down = gateway.get("/api/inventory/down")
    assert unknown.status_code == 404
    assert unknown.headers["content-type"] == "application/problem+json"
    assert down.status_code == 503
    assert down.headers["retry-after"] == "2"


def test_dev_token_is_one_the_services_verify(site: Path, auth: AuthSettings) -> None:
    with client(site, auth) as gateway:
        answer = gateway.post(
            "/gateway/dev-token",
            json={"user": "zhang.san", "roles": ["warehouse"], "warehouses": ["WH-SH"]},
        )
        config = gateway.get("/gateway/config").json()
    assert answer.status_code == 200, answer.text
    assert config["dev_sign_in"] is True
    verifier = TokenVerifier.from_jwks(
        public_jwks(auth.dev_key()), issuer=auth.issuer, audience=auth.audience
    )
    user = verifier.verify(answer.json()["token"])
    assert user.name == "zhang.san"
    assert user.has(Role.WAREHOUSE) and not user.has(Role.SALES)
    assert user.outside_scope(["WH-BJ"]) and not user.outside_scope(["WH-SH"])


def test_dev_token_refuses_unknown_roles_at_the_field(site: Path, auth: AuthSettings) -> None:
    with client(site, auth) as gateway:
        answer = gateway.post("/gateway/dev-token", json={"user": "x", "roles": ["king"]})
    assert answer.status_code == 422
    assert answer.json()["fields"] == ["roles.0"]


def test_dev_token_is_refused_when_services_use_a_jwks(site: Path, tmp_path: Path) -> None:
    production = AuthSettings(dev_key_file=tmp_path / "k.pem", jwks_url="https://idp.test/jwks")
    with client(site, production) as gateway:
        answer = gateway.post("/gateway/dev-token", json={"user": "x", "roles": ["admin"]})
        config = gateway.get("/gateway/config").json()
    assert answer.status_code == 403
    assert config["dev_sign_in"] is False
    assert not (tmp_path / "k.pem").exists()


def test_serves_the_app_and_its_index_for_client_routes(site: Path, auth: AuthSettings) -> None:
    with client(site, auth) as gateway:
        asset = gateway.get("/assets/app-1234.js")
        route = gateway.get("/inventory/stock")
        escape = gateway.get("/../../etc/passwd")
        api_typo = gateway.get("/api/")
    assert asset.text == "console.log(1)"
    assert "immutable" in asset.headers["cache-control"]
    assert route.text == "<html>jxc</html>"
    assert escape.text == "<html>jxc</html>"
    assert api_typo.status_code == 404
    assert json.loads(api_typo.text)["status"] == 404


def test_the_access_log_never_shows_a_token() -> None:
    from jxc.gateway.main import RedactTokens

    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5", "GET", "/api/inventory/changes?access_token=eyJ.abc.def&x=1", "1.1", 200),
        None,
    )
    assert RedactTokens().filter(record)
    line = record.getMessage()
    assert "eyJ" not in line
    assert "/api/inventory/changes?access_token=***&x=1" in line
