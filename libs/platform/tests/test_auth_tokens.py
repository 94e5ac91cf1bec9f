"""Bearer tokens: RS256 verified against a JWKS (a dict, or a URL served by a tiny local HTTP
server, as an OIDC provider serves it), expiry, signature, issuer and audience, the claims
of a Keycloak token, and the development token the CLI prints."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import jwt
import pytest

from jxc.platform.auth.errors import NotAuthenticated
from jxc.platform.auth.keys import dev_private_key, generate_private_key_pem, public_jwks
from jxc.platform.auth.settings import AuthSettings
from jxc.platform.auth.tokens import TokenVerifier, issue_token
from jxc.platform.auth.user import Role, User
from jxc.platform.runtime import dev_token

ISSUER, AUDIENCE = "https://idp.example/realms/jxc", "jxc"
KEY = generate_private_key_pem()
OTHER_KEY = generate_private_key_pem()


def _token(key: bytes = KEY, **overrides: Any) -> str:
    args: dict[str, Any] = {"issuer": ISSUER, "audience": AUDIENCE}
    args.update(overrides)
    return issue_token(key, "li.wei", ["purchaser", "warehouse"], ["WH-SH"], **args)


def _verifier() -> TokenVerifier:
    return TokenVerifier.from_jwks(public_jwks(KEY), issuer=ISSUER, audience=AUDIENCE)


def test_a_token_signed_with_a_key_of_the_jwks_gives_its_user() -> None:
    user = _verifier().verify(_token())
    assert user == User("li.wei", frozenset({"purchaser", "warehouse"}), frozenset({"WH-SH"}))


@pytest.mark.parametrize(
    ("token", "says"),
    [
        (lambda: _token(now=datetime.now(UTC) - timedelta(hours=9)), "expired"),
        (lambda: _token(OTHER_KEY), "signature"),
        (lambda: _token(issuer="https://elsewhere"), "(?i)issuer"),
        (lambda: _token(audience="other-app"), "(?i)audience"),
        (lambda: "not.a.token", "not valid"),
    ],
    ids=["expired", "badly-signed", "other-issuer", "other-audience", "garbage"],
)
def test_a_token_that_is_not_good_is_refused_saying_why(token: Any, says: str) -> None:
    with pytest.raises(NotAuthenticated, match=says):
        _verifier().verify(token())


def test_an_hs256_token_is_refused_even_when_keyed_with_the_public_key() -> None:
    """The algorithm confusion attack: only RS256 is accepted."""
    forged = jwt.encode(
        {"sub": "mallory", "iss": ISSUER, "aud": AUDIENCE, "exp": 9_999_999_999},
        "a shared secret that is long enough for HS256",
        algorithm="HS256",
        headers={"kid": "jxc-dev"},
    )
    with pytest.raises(NotAuthenticated):
        _verifier().verify(forged)


def test_a_keycloak_token_names_its_user_and_realm_roles() -> None:
    claims = {
        "sub": "f3c1",
        "preferred_username": "wang.fang",
        "realm_access": {"roles": ["purchase_approver", "offline_access"]},
        "warehouses": "*",
        "iss": ISSUER,
        "aud": AUDIENCE,
        "exp": datetime.now(UTC) + timedelta(minutes=5),
    }
    token = jwt.encode(claims, KEY, algorithm="RS256", headers={"kid": "jxc-dev"})
    user = _verifier().verify(token)
    assert user.name == "wang.fang"
    assert user.has(Role.PURCHASE_APPROVER) and not user.has(Role.PURCHASER)
    assert user.outside_scope(["WH-SH", "WH-BJ"]) == []


def test_scopes_and_admin() -> None:
    clerk = User("a", frozenset({"warehouse"}), frozenset({"WH-SH"}))
    admin = User("b", frozenset({"admin"}), frozenset())
    assert clerk.outside_scope(["WH-SH", "WH-BJ", "WH-BJ"]) == ["WH-BJ"]
    assert admin.has(Role.ACCOUNTANT) and admin.outside_scope(["WH-BJ"]) == []


@pytest.fixture
def jwks_url() -> Iterator[str]:
    """A tiny identity provider: its JWKS at /certs."""
    body = json.dumps(public_jwks(KEY)).encode()

    class Certs(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Certs)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/certs"
    finally:
        server.shutdown()
        thread.join()


def test_tokens_are_verified_against_the_providers_jwks_url(
    jwks_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JXC_AUTH_JWKS_URL", jwks_url)
    monkeypatch.setenv("JXC_AUTH_ISSUER", ISSUER)
    monkeypatch.setenv("JXC_AUTH_AUDIENCE", AUDIENCE)
    verifier = AuthSettings().verifier()
    assert verifier.verify(_token()).name == "li.wei"
    with pytest.raises(NotAuthenticated):
        verifier.verify(_token(OTHER_KEY, kid="rotated-away"))


def test_the_dev_key_is_made_once_and_the_cli_token_verifies_against_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "auth" / "dev.pem"
    monkeypatch.setenv("JXC_AUTH_DEV_KEY_FILE", str(path))
    token = dev_token("li.wei", "purchaser,warehouse", "WH-SH", 1.0)
    assert path.stat().st_mode & 0o077 == 0  # readable by its owner only
    assert dev_private_key(path) == path.read_bytes()  # not made again
    user = AuthSettings().verifier().verify(token)
    assert (user.name, user.roles, user.warehouses) == (
        "li.wei",
        frozenset({"purchaser", "warehouse"}),
        frozenset({"WH-SH"}),
    )


def test_the_cli_refuses_a_role_jxc_does_not_know(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JXC_AUTH_DEV_KEY_FILE", str(tmp_path / "dev.pem"))
    with pytest.raises(SystemExit, match="purchasr"):
        dev_token("li.wei", "purchasr", "", 1.0)


def test_processes_racing_to_make_the_dev_key_all_get_the_same_one(tmp_path: Path) -> None:
    from concurrent.futures import ProcessPoolExecutor

    path = tmp_path / "auth" / "dev.pem"
    with ProcessPoolExecutor(4) as pool:
        keys = list(pool.map(dev_private_key, [path] * 8))
    assert len(set(keys)) == 1 and keys[0] == path.read_bytes()
    assert [p.name for p in path.parent.iterdir()] == ["dev.pem"]  # no drafts left behind


def test_a_remembered_token_still_expires() -> None:
    """Verified once, a token is not checked again until it expires: then it is refused."""
    now = [datetime.now(UTC).timestamp()]
    verifier = TokenVerifier.from_jwks(public_jwks(KEY), issuer=ISSUER, audience=AUDIENCE)
    verifier._clock = lambda: now[0]
    token = _token(lifetime=timedelta(minutes=5))
    assert verifier.verify(token).name == "li.wei"
    assert verifier.remembered(token) is not None
    now[0] += 5 * 60 + verifier.leeway + 1
    assert verifier.remembered(token) is None
    with pytest.raises(NotAuthenticated, match="expired"):
        verifier.verify(token)


def test_a_token_refused_once_is_refused_again() -> None:
    verifier = _verifier()
    token = _token(OTHER_KEY)
    for _ in range(2):
        with pytest.raises(NotAuthenticated, match="signature"):
            verifier.verify(token)
    assert verifier.remembered(token) is None


def test_the_remembered_tokens_are_bounded() -> None:
    verifier = TokenVerifier.from_jwks(
        public_jwks(KEY), issuer=ISSUER, audience=AUDIENCE, remember=2
    )
    tokens = [_token(now=datetime.now(UTC) - timedelta(minutes=i)) for i in range(3)]
    for token in tokens:
        verifier.verify(token)
    assert verifier.remembered(tokens[0]) is None
    assert verifier.remembered(tokens[2]) is not None
