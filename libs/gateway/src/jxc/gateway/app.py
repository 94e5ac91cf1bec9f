"""The gateway app: `/api/<service>/<path>` forwarded to that service (streamed both ways,
headers kept but the hop-by-hop ones), `/gateway/config`, the development sign-in
`/gateway/dev-token` and the OIDC sign-in (`/gateway/oidc/...`, see jxc.gateway.oidc), and
the built single-page application for every other GET (its index.html for paths it routes
itself)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

import httpx
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, Field, StringConstraints
from starlette.background import BackgroundTask

from jxc.gateway.oidc import add_oidc_routes
from jxc.gateway.settings import GatewaySettings
from jxc.platform.auth.settings import AuthSettings
from jxc.platform.auth.tokens import issue_token
from jxc.platform.auth.user import Role
from jxc.platform.http import problem

# RFC 9110 §7.6.1: these describe one connection, not the message; never forwarded.
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "host",
    }
)
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
Code = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]


class DevTokenBody(BaseModel):
    user: Name
    roles: list[Role] = Field(min_length=1, max_length=len(Role))
    warehouses: list[Code] = Field(default_factory=lambda: ["*"], max_length=100)


def kept(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """The end-to-end headers of a message, in order (repeated ones, e.g. set-cookie, kept)."""
    extra = set()
    for name, value in headers:  # headers the Connection header names are hop-by-hop too
        if name.lower() == b"connection":
            extra |= {v.strip().lower() for v in value.decode("latin-1").split(",")}
    return [
        (name, value)
        for name, value in headers
        if (lowered := name.decode("latin-1").lower()) not in HOP_BY_HOP and lowered not in extra
    ]


def create_app(
    settings: GatewaySettings | None = None,
    auth: AuthSettings | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> FastAPI:
    settings = settings or GatewaySettings()
    auth = auth or AuthSettings()
    upstreams = settings.upstreams()
    static_dir = settings.static_dir.resolve()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with httpx.AsyncClient(
            transport=transport,
            timeout=httpx.Timeout(settings.timeout_seconds, connect=5),
            follow_redirects=False,
        ) as client:
            app.state.client = client
            yield

    app = FastAPI(title="JXC gateway", lifespan=lifespan, docs_url=None, redoc_url=None)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"field": ".".join(str(p) for p in e["loc"][1:]) or "body", "message": str(e["msg"])}
            for e in exc.errors()
        ]
        return problem(
            422,
            "Invalid request",
            "; ".join(f"{e['field']}: {e['message']}" for e in errors),
            fields=[e["field"] for e in errors],
            errors=errors,
        )

    @app.get("/gateway/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/gateway/config")
    async def config() -> dict[str, Any]:
        return {
            "dev_sign_in": not auth.jwks_url,
            "oidc": {"provider": settings.oidc_provider(), "login": "/gateway/oidc/login"}
            if settings.oidc_enabled
            else None,
            "services": sorted(upstreams),
            "roles": [role.value for role in Role],
        }

    @app.post("/gateway/dev-token")
    async def dev_token(body: DevTokenBody) -> Response:
        """A development token for the chosen user, roles and warehouses, signed with the
        platform's development key; refused when the services trust an identity provider."""
        if auth.jwks_url:
            return problem(
                403,
                "Forbidden",
                "Development sign-in is off: the services verify tokens of an identity "
                "provider (JXC_AUTH_JWKS_URL); sign in there.",
            )
        token = issue_token(
            auth.dev_key(),
            body.user,
            [role.value for role in body.roles],
            body.warehouses,
            issuer=auth.issuer,
            audience=auth.audience,
        )
        return JSONResponse(
            {
                "token": token,
                "user": body.user,
                "roles": [r.value for r in body.roles],
                "warehouses": body.warehouses,
            }
        )

    add_oidc_routes(app, settings, auth)

    @app.api_route("/api/{service}/{path:path}", methods=METHODS)
    async def forward(service: str, path: str, request: Request) -> Response:
        base = upstreams.get(service)
        if base is None:
            return problem(
                404,
                "Not found",
                f"No service {service!r} behind this gateway; there are "
                f"{', '.join(sorted(upstreams))}.",
            )
        client: httpx.AsyncClient = request.app.state.client
        headers = kept(request.scope["headers"])
        client_host = request.client.host if request.client else ""
        headers += [
            (b"x-forwarded-for", client_host.encode()),
            (b"x-forwarded-proto", request.url.scheme.encode()),
            (b"x-forwarded-prefix", f"/api/{service}".encode()),
        ]
        has_body = request.method not in ("GET", "HEAD", "OPTIONS")
        outgoing = client.build_request(
            request.method,
            f"{base}/{path}",
            params=request.url.query.encode("latin-1") or None,
            headers=headers,
            content=request.stream() if has_body else None,
        )
        try:
            answer = await client.send(outgoing, stream=True)
        except httpx.TimeoutException:
            return problem(504, "Gateway timeout", f"{service} did not answer in time.")
        except httpx.TransportError:
            answer_503 = problem(503, "Service unavailable", f"{service} cannot be reached now.")
            answer_503.headers["Retry-After"] = "2"
            return answer_503
        response = StreamingResponse(
            answer.aiter_raw(),
            status_code=answer.status_code,
            background=BackgroundTask(answer.aclose),
        )
        response.raw_headers = kept(answer.headers.raw)
        return response

    @app.get("/{path:path}", include_in_schema=False)
    async def spa(path: str) -> Response:
        if path.startswith(("api/", "gateway/")):
            return problem(404, "Not found", f"No route /{path}.")
        file = (static_dir / path).resolve()
        if path and file.is_file() and file.is_relative_to(static_dir):
            immutable = path.startswith("assets/")  # Vite's content-hashed names
            cache = "public, max-age=31536000, immutable" if immutable else "no-cache"
            return FileResponse(file, headers={"Cache-Control": cache})
        index = static_dir / "index.html"
        if not index.is_file():
            return problem(
                503,
                "Service unavailable",
                f"The web application is not built ({index} is missing): run "
                "`npm ci && npm run build` in web/.",
            )
        return FileResponse(index, headers={"Cache-Control": "no-cache"})

    return app
