"""Sign-in with an OpenID Connect provider for production (when the services verify the
provider's tokens), done by the gateway: Authorization Code flow with PKCE (S256).

- `GET /gateway/oidc/login` reads the provider's discovery document, keeps a fresh `state`,
  `nonce` and PKCE code verifier in a short-lived HttpOnly cookie (SameSite=Lax: it must come
  back on the provider's redirect) and redirects to the authorization endpoint with the
  verifier's S256 challenge. The verifier never leaves the gateway and the browser's cookie.
- `GET /gateway/oidc/callback` checks `state` against the cookie, exchanges the code at the
  token endpoint (the client secret, HTTP Basic, and the verifier), verifies the ID token
  (RS256 by the provider's JWKS, issuer, audience = the client id, the nonce) and the access
  token as the services will (JXC_AUTH_*), and hands the session (access token, user, roles,
  warehouses) to the application in an HttpOnly, SameSite=Strict cookie readable only by
  `POST /gateway/oidc/session`, for two minutes and once: no token in a URL, none in the
  browser's history or a server log.
- `POST /gateway/oidc/session` gives that session once (204 when none waits), or the reason the
  sign-in failed (401).

Stateless (everything in the two cookies), so any number of gateways may serve the flow."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import secrets
from typing import Any
from urllib.parse import urlencode

import httpx
import jwt
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from jxc.gateway.settings import GatewaySettings
from jxc.platform.auth.errors import NotAuthenticated
from jxc.platform.auth.settings import AuthSettings
from jxc.platform.auth.tokens import TokenVerifier
from jxc.platform.auth.user import Role
from jxc.platform.http import problem

LOGIN_COOKIE = "jxc_oidc_login"
SESSION_COOKIE = "jxc_oidc_session"
LOGIN_PATH = "/gateway/oidc"
SESSION_PATH = "/gateway/oidc/session"
LOGIN_SECONDS = 600
SESSION_SECONDS = 120


class SignInFailed(Exception):
    """Why a sign-in did not complete, said to the user."""


def challenge_of(verifier: str) -> str:
    """PKCE S256: BASE64URL(SHA256(verifier)) without padding (RFC 7636 §4.2)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _pack(value: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode("ascii")


def _unpack(value: str | None) -> dict[str, Any] | None:
    if not value:
        return None
    try:
        unpacked = json.loads(base64.urlsafe_b64decode(value.encode("ascii")))
    except (ValueError, UnicodeError):
        return None
    return unpacked if isinstance(unpacked, dict) else None


def claim_at(claims: dict[str, Any], path: str) -> Any:
    """The claim at a dotted path (`realm_access.roles`), None when absent."""
    value: Any = claims
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def roles_of(claims: dict[str, Any], path: str) -> list[str]:
    """The platform's roles the claim at `path` grants (others ignored), in the platform's
    order; the services' own reading (`roles`, Keycloak's `realm_access.roles`) otherwise."""
    found = claim_at(claims, path) if path else None
    if found is None:
        found = claims.get("roles")
    if found is None:
        found = claim_at(claims, "realm_access.roles")
    names = {found} if isinstance(found, str) else set(map(str, found or []))
    return [role.value for role in Role if role.value in names]


class Provider:
    """The provider's discovery document and keys, fetched when first needed and kept."""

    def __init__(self, settings: GatewaySettings) -> None:
        self.settings = settings
        self.issuer = settings.oidc_issuer.rstrip("/")
        self._discovery: dict[str, Any] | None = None
        self._keys: jwt.PyJWKSet | None = None

    async def discovery(self, client: httpx.AsyncClient) -> dict[str, Any]:
        if self._discovery is None:
            answer = await client.get(f"{self.issuer}/.well-known/openid-configuration")
            answer.raise_for_status()
            found = answer.json()
            if str(found.get("issuer", "")).rstrip("/") != self.issuer:
                raise SignInFailed(
                    f"the provider's discovery names another issuer: {found.get('issuer')}"
                )
            self._discovery = found
        return self._discovery

    async def keys(self, client: httpx.AsyncClient, *, fresh: bool = False) -> jwt.PyJWKSet:
        if self._keys is None or fresh:
            answer = await client.get((await self.discovery(client))["jwks_uri"])
            answer.raise_for_status()
            self._keys = jwt.PyJWKSet.from_dict(answer.json())
        return self._keys

    async def id_claims(
        self, client: httpx.AsyncClient, id_token: str, nonce: str
    ) -> dict[str, Any]:
        kid = jwt.get_unverified_header(id_token).get("kid")
        keys = await self.keys(client)
        if kid is not None and not any(k.key_id == kid for k in keys.keys):
            keys = await self.keys(client, fresh=True)  # the provider rotated its keys
        key = next((k for k in keys.keys if kid is None or k.key_id == kid), None)
        if key is None:
            raise SignInFailed("the ID token is signed with a key the provider does not publish")
        try:
            claims: dict[str, Any] = jwt.decode(
                id_token,
                key.key,
                algorithms=["RS256"],
                audience=self.settings.oidc_client_id,
                issuer=(await self.discovery(client))["issuer"],
                leeway=30,
                options={"require": ["exp", "iss", "aud", "sub"]},
            )
        except jwt.InvalidTokenError as exc:
            raise SignInFailed(f"the ID token is not valid: {exc}") from exc
        if claims.get("nonce") != nonce:
            raise SignInFailed("the ID token's nonce is not this sign-in's")
        return claims


def add_oidc_routes(
    app: FastAPI,
    settings: GatewaySettings,
    auth: AuthSettings,
    verifier: TokenVerifier | None = None,
) -> None:
    provider = Provider(settings)
    secure = settings.oidc_redirect_url.startswith("https://")
    checker: list[TokenVerifier] = [verifier] if verifier else []

    def access_claims(token: str) -> dict[str, Any]:
        """The access token checked as the services check it (JXC_AUTH_*), and its claims."""
        if not checker:
            checker.append(auth.verifier())
        checker[0].verify(token)  # raises NotAuthenticated as a service would
        claims: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
        return claims

    def not_configured() -> Response:
        return problem(
            404,
            "Not found",
            "No identity provider is configured (JXC_GATEWAY_OIDC_ISSUER, _CLIENT_ID, "
            "_REDIRECT_URL).",
        )

    @app.get("/gateway/oidc/login")
    async def login(request: Request) -> Response:
        """To the provider's sign-in page, with a fresh state, nonce and PKCE challenge."""
        if not settings.oidc_enabled:
            return not_configured()
        client: httpx.AsyncClient = request.app.state.client
        try:
            endpoint = (await provider.discovery(client))["authorization_endpoint"]
        except (httpx.HTTPError, KeyError, ValueError, SignInFailed) as exc:
            return problem(502, "Bad gateway", f"The identity provider cannot be read: {exc}")
        state, nonce = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        code_verifier = secrets.token_urlsafe(64)  # 86 characters: RFC 7636 allows 43-128
        query = {
            "response_type": "code",
            "client_id": settings.oidc_client_id,
            "redirect_uri": settings.oidc_redirect_url,
            "scope": settings.oidc_scopes,
            "state": state,
            "nonce": nonce,
            "code_challenge": challenge_of(code_verifier),
            "code_challenge_method": "S256",
        }
        answer = RedirectResponse(f"{endpoint}?{urlencode(query)}", status_code=302)
        answer.set_cookie(
            LOGIN_COOKIE,
            _pack({"state": state, "nonce": nonce, "verifier": code_verifier}),
            max_age=LOGIN_SECONDS,
            path=LOGIN_PATH,
            httponly=True,
            secure=secure,
            samesite="lax",
        )
        answer.headers["Cache-Control"] = "no-store"
        return answer

    @app.get("/gateway/oidc/callback")
    async def callback(request: Request) -> Response:
        """The provider's answer: the code exchanged, the tokens checked, the session handed
        to the application through a one-time cookie; back to the application either way."""
        if not settings.oidc_enabled:
            return not_configured()
        try:
            session = await _signed_in(request)
            handed: dict[str, Any] = {"session": session}
        except SignInFailed as exc:
            handed = {"error": str(exc)}
        answer = RedirectResponse("/", status_code=303)
        answer.delete_cookie(
            LOGIN_COOKIE, path=LOGIN_PATH, httponly=True, secure=secure, samesite="lax"
        )
        answer.set_cookie(
            SESSION_COOKIE,
            _pack(handed),
            max_age=SESSION_SECONDS,
            path=SESSION_PATH,
            httponly=True,
            secure=secure,
            samesite="strict",
        )
        answer.headers["Cache-Control"] = "no-store"
        return answer

    async def _signed_in(request: Request) -> dict[str, Any]:
        params = request.query_params
        if "error" in params:
            raise SignInFailed(
                f"the identity provider refused: {params['error']} "
                f"{params.get('error_description', '')}".strip()
            )
        login = _unpack(request.cookies.get(LOGIN_COOKIE))
        if login is None:
            raise SignInFailed(
                "no sign-in was started here (or it took over 10 minutes): start again"
            )
        if not params.get("state") or not secrets.compare_digest(
            str(params.get("state")), str(login.get("state"))
        ):
            raise SignInFailed(
                "the provider's answer is not for this sign-in (state differs): start again"
            )
        code = params.get("code")
        if not code:
            raise SignInFailed("the provider gave no authorization code")
        client: httpx.AsyncClient = request.app.state.client
        basic: dict[str, Any] = {}
        if settings.oidc_client_secret:  # client_secret_basic
            basic["auth"] = httpx.BasicAuth(settings.oidc_client_id, settings.oidc_client_secret)
        try:
            endpoint = (await provider.discovery(client))["token_endpoint"]
            exchanged = await client.post(
                endpoint,
                data={
                    "grant_type": "authorization_code",
                    "code": code,
                    "redirect_uri": settings.oidc_redirect_url,
                    "client_id": settings.oidc_client_id,
                    "code_verifier": str(login.get("verifier")),
                },
                **basic,
                headers={"Accept": "application/json"},
            )
        except (httpx.HTTPError, KeyError) as exc:
            raise SignInFailed(f"the identity provider cannot be reached: {exc}") from exc
        if exchanged.status_code != 200:
            raise SignInFailed(
                f"the provider refused the code ({exchanged.status_code}): {exchanged.text[:200]}"
            )
        tokens = exchanged.json()
        id_token, access_token = tokens.get("id_token"), tokens.get("access_token")
        if not isinstance(id_token, str) or not isinstance(access_token, str):
            raise SignInFailed("the provider's answer lacks the ID token or the access token")
        try:
            identity = await provider.id_claims(client, id_token, str(login.get("nonce")))
        except httpx.HTTPError as exc:
            raise SignInFailed(f"the provider's keys cannot be read: {exc}") from exc
        try:
            claims = await asyncio.to_thread(access_claims, access_token)
        except NotAuthenticated as exc:
            raise SignInFailed(
                f"the services would not accept the access token: {exc.detail}"
            ) from exc
        user = (
            claims.get("preferred_username")
            or identity.get("preferred_username")
            or identity["sub"]
        )
        warehouses = claims.get("warehouses", [])
        return {
            "token": access_token,
            "user": str(user),
            "roles": roles_of(claims, settings.oidc_roles_claim),
            "warehouses": [warehouses]
            if isinstance(warehouses, str)
            else list(map(str, warehouses)),
        }

    @app.post("/gateway/oidc/session")
    async def session(request: Request) -> Response:
        """The session the last callback handed over, once; 204 when none waits."""
        handed = _unpack(request.cookies.get(SESSION_COOKIE))
        if handed is None:
            answer: Response = Response(status_code=204)
        elif "session" in handed:
            answer = JSONResponse(handed["session"], headers={"Cache-Control": "no-store"})
        else:
            answer = problem(401, "Sign-in failed", str(handed.get("error", "sign-in failed")))
        answer.delete_cookie(
            SESSION_COOKIE, path=SESSION_PATH, httponly=True, secure=secure, samesite="strict"
        )
        return answer
