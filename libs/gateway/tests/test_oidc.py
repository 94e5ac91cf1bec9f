"""Sign-in with an OIDC provider through the gateway (Authorization Code + PKCE), against a
tiny fake provider served on a real port by the test: discovery, authorize (signs the user in
at once), token (checks the client's secret, the redirect and the PKCE verifier) and JWKS,
its tokens signed RS256. The access token handed to the application is one the services
accept; nothing secret travels in a URL; a forged or replayed answer signs no one in."""

from __future__ import annotations

import base64
import hashlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import jwt
import pytest
import uvicorn
from fastapi.testclient import TestClient
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from jxc.gateway.app import create_app
from jxc.gateway.oidc import challenge_of, roles_of
from jxc.gateway.settings import GatewaySettings
from jxc.platform.auth.keys import dev_private_key, public_jwks
from jxc.platform.auth.settings import AuthSettings

CLIENT_ID, SECRET = "jxc-web", "s3cret"
REDIRECT = "http://testserver/gateway/oidc/callback"
KID = "idp-1"


@dataclass
class FakeProvider:
    """What an OIDC provider does for the code flow, and what it was asked."""

    key: bytes
    url: str = ""
    user: str = "qian.kuaiji"
    claims: dict[str, Any] = field(
        default_factory=lambda: {"realm_access": {"roles": ["accountant", "offline_access"]}}
    )
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    token_calls: int = 0
    nonce_override: str | None = None

    def app(self) -> Starlette:
        async def discovery(_: Request) -> Response:
            return JSONResponse(
                {
                    "issuer": self.url,
                    "authorization_endpoint": f"{self.url}/authorize",
                    "token_endpoint": f"{self.url}/token",
                    "jwks_uri": f"{self.url}/jwks",
                    "code_challenge_methods_supported": ["S256"],
                }
            )

        async def authorize(request: Request) -> Response:
            q = request.query_params
            assert q["response_type"] == "code" and q["client_id"] == CLIENT_ID
            assert q["code_challenge_method"] == "S256"
            code = f"code-{len(self.codes)}"
            self.codes[code] = dict(q)
            back = f"{q['redirect_uri']}?code={code}&state={q['state']}"
            return RedirectResponse(back, status_code=302)

        async def token(request: Request) -> Response:
            self.token_calls += 1
            form = {k: v[0] for k, v in parse_qs((await request.body()).decode()).items()}
            basic = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
            if request.headers.get("authorization") != f"Basic {basic}":
                return JSONResponse({"error": "invalid_client"}, status_code=401)
            asked = self.codes.pop(str(form["code"]), None)  # a code works once
            if asked is None or form["redirect_uri"] != asked["redirect_uri"]:
                return JSONResponse({"error": "invalid_grant"}, status_code=400)
            if challenge_of(str(form["code_verifier"])) != asked["code_challenge"]:
                return JSONResponse({"error": "invalid_grant", "why": "pkce"}, status_code=400)
            now = datetime.now(UTC)
            common = {"iss": self.url, "iat": now, "exp": now + timedelta(minutes=5)}
            id_token = self.sign(
                {
                    **common,
                    "sub": "u-42",
                    "aud": CLIENT_ID,
                    "nonce": self.nonce_override or asked["nonce"],
                    "preferred_username": self.user,
                }
            )
            access = self.sign(
                {
                    **common,
                    "sub": "u-42",
                    "aud": "jxc",
                    "preferred_username": self.user,
                    "warehouses": ["*"],
                    **self.claims,
                }
            )
            return JSONResponse(
                {"access_token": access, "id_token": id_token, "token_type": "Bearer"}
            )

        async def jwks(_: Request) -> Response:
            return JSONResponse(public_jwks(self.key, kid=KID))

        return Starlette(
            routes=[
                Route("/.well-known/openid-configuration", discovery),
                Route("/authorize", authorize),
                Route("/token", token, methods=["POST"]),
                Route("/jwks", jwks),
            ]
        )

    def sign(self, claims: dict[str, Any]) -> str:
        return jwt.encode(claims, self.key, algorithm="RS256", headers={"kid": KID})


@pytest.fixture
def provider(tmp_path: Path) -> Iterator[FakeProvider]:
    fake = FakeProvider(key=dev_private_key(tmp_path / "idp.pem"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    fake.url = f"http://127.0.0.1:{port}"
    server = uvicorn.Server(
        uvicorn.Config(fake.app(), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the fake provider did not start"
        time.sleep(0.02)
    yield fake
    server.should_exit = True
    thread.join(5)


def auth_for(provider: FakeProvider, tmp_path: Path) -> AuthSettings:
    """The services' settings in production: the provider's JWKS, issuer and audience."""
    return AuthSettings(
        jwks_url=f"{provider.url}/jwks",
        issuer=provider.url,
        audience="jxc",
        dev_key_file=tmp_path / "dev.pem",
    )


def gateway(provider: FakeProvider, tmp_path: Path, **oidc: str) -> TestClient:
    (tmp_path / "index.html").write_text("<html>jxc</html>")
    settings = GatewaySettings(
        static_dir=tmp_path,
        oidc_issuer=provider.url,
        oidc_client_id=CLIENT_ID,
        oidc_client_secret=SECRET,
        oidc_redirect_url=REDIRECT,
        oidc_roles_claim="realm_access.roles",
        **oidc,
    )
    return TestClient(create_app(settings, auth_for(provider, tmp_path)))


def to_provider(web: TestClient) -> tuple[str, dict[str, str]]:
    """/gateway/oidc/login: where it redirects, with its query."""
    started = web.get("/gateway/oidc/login", follow_redirects=False)
    assert started.status_code == 302, started.text
    location = started.headers["location"]
    return location, {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def back_from_provider(location: str) -> str:
    """The provider signs the user in and sends the browser back: the callback's path+query."""
    answer = httpx.get(location, follow_redirects=False)
    assert answer.status_code == 302
    back = urlsplit(answer.headers["location"])
    return f"{back.path}?{back.query}"


def test_the_code_flow_with_pkce_hands_the_application_a_token_the_services_accept(
    provider: FakeProvider, tmp_path: Path
) -> None:
    with gateway(provider, tmp_path, oidc_provider_name="Keycloak") as web:
        config = web.get("/gateway/config").json()
        assert config["dev_sign_in"] is False
        assert config["oidc"] == {"provider": "Keycloak", "login": "/gateway/oidc/login"}
        dev = web.post("/gateway/dev-token", json={"user": "x", "roles": ["admin"]})
        assert dev.status_code == 403

        location, query = to_provider(web)
        assert location.startswith(f"{provider.url}/authorize?")
        assert query["redirect_uri"] == REDIRECT and query["scope"] == "openid profile"
        assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) == 43
        assert len(query["state"]) >= 32 and len(query["nonce"]) >= 32
        assert "code_verifier" not in query and SECRET not in location
        login_cookie = next(c for c in web.cookies.jar if c.name == "jxc_oidc_login")
        assert login_cookie.path == "/gateway/oidc"
        assert login_cookie.has_nonstandard_attr("HttpOnly")

        called_back = web.get(back_from_provider(location), follow_redirects=False)
        assert called_back.status_code == 303 and called_back.headers["location"] == "/"
        assert "token" not in called_back.headers["location"]
        set_cookie = ", ".join(called_back.headers.get_list("set-cookie"))
        assert "jxc_oidc_session=" in set_cookie
        assert "HttpOnly" in set_cookie and "SameSite=strict" in set_cookie
        assert "Path=/gateway/oidc/session" in set_cookie
        assert provider.token_calls == 1

        session = web.post("/gateway/oidc/session")
        assert session.status_code == 200, session.text
        body = session.json()
        assert body["user"] == "qian.kuaiji"
        assert body["roles"] == ["accountant"]  # offline_access is no role of ours
        assert body["warehouses"] == ["*"]
        user = auth_for(provider, tmp_path).verifier().verify(body["token"])
        assert user.name == "qian.kuaiji"
        assert user.roles == frozenset({"accountant", "offline_access"})
        # handed over once
        assert web.post("/gateway/oidc/session").status_code == 204


def test_a_forged_or_replayed_answer_signs_no_one_in(
    provider: FakeProvider, tmp_path: Path
) -> None:
    with gateway(provider, tmp_path) as web:
        location, query = to_provider(web)
        callback = back_from_provider(location)
        forged = callback.replace(query["state"], "someone-elses-state")
        assert web.get(forged, follow_redirects=False).status_code == 303
        failed = web.post("/gateway/oidc/session")
        assert failed.status_code == 401
        assert "state differs" in failed.json()["detail"]
        assert provider.token_calls == 0

        # the real answer, but the login cookie is gone (used up by the forged one): refused
        web.get(callback, follow_redirects=False)
        assert "no sign-in was started" in web.post("/gateway/oidc/session").json()["detail"]

        # a code played twice: the provider refuses the second exchange
        location, _ = to_provider(web)
        callback = back_from_provider(location)
        web.get(callback, follow_redirects=False)
        assert web.post("/gateway/oidc/session").status_code == 200
        _, again = to_provider(web)
        replay = callback.split("&state=")[0] + f"&state={again['state']}"
        web.get(replay, follow_redirects=False)
        refused = web.post("/gateway/oidc/session")
        assert refused.status_code == 401 and "refused the code (400)" in refused.json()["detail"]


def test_an_id_token_for_another_sign_in_is_refused(provider: FakeProvider, tmp_path: Path) -> None:
    provider.nonce_override = "not-this-one"
    with gateway(provider, tmp_path) as web:
        location, _ = to_provider(web)
        web.get(back_from_provider(location), follow_redirects=False)
        refused = web.post("/gateway/oidc/session")
        assert refused.status_code == 401 and "nonce" in refused.json()["detail"]


def test_the_provider_saying_no_is_told_to_the_user(provider: FakeProvider, tmp_path: Path) -> None:
    with gateway(provider, tmp_path) as web:
        to_provider(web)
        web.get(
            "/gateway/oidc/callback?error=access_denied&error_description=user+cancelled",
            follow_redirects=False,
        )
        refused = web.post("/gateway/oidc/session")
        assert refused.status_code == 401
        said = refused.json()["detail"]
        assert said == "the identity provider refused: access_denied user cancelled"


def test_without_a_provider_there_is_no_oidc_sign_in(tmp_path: Path) -> None:
    settings = GatewaySettings(static_dir=tmp_path)
    auth = AuthSettings(dev_key_file=tmp_path / "dev.pem", jwks_url="")
    with TestClient(create_app(settings, auth)) as web:
        assert web.get("/gateway/config").json()["oidc"] is None
        assert web.get("/gateway/oidc/login", follow_redirects=False).status_code == 404
        assert web.post("/gateway/oidc/session").status_code == 204


def test_roles_come_from_the_configured_claim_limited_to_the_platform_s() -> None:
    claims = {"groups": {"jxc": ["sales", "hr"]}, "roles": ["admin"]}
    assert roles_of(claims, "groups.jxc") == ["sales"]
    assert roles_of(claims, "missing.path") == ["admin"]
    assert roles_of({"realm_access": {"roles": ["warehouse"]}}, "roles") == ["warehouse"]
    assert roles_of({"roles": "accountant"}, "roles") == ["accountant"]


def test_the_pkce_challenge_is_rfc_7636_s256() -> None:
    # RFC 7636 appendix B
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert challenge_of(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    assert hashlib.sha256(verifier.encode()).digest()
