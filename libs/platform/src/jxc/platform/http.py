"""The FastAPI app every service serves: health, readiness, metrics, RFC 9457 problem details,
and a correlation id per request (from X-Correlation-ID, or a new one).

A database that cannot work right now (gone, restarting, read-only after a failover, timed
out) is answered 503 with Retry-After, never 500: the client may retry. A value the database
refuses (out of range, a constraint broken) is the request's fault: 409 or 422."""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any
from uuid import UUID

import psycopg
import structlog
from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError, ResponseValidationError
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jxc.events.ids import uuid7
from jxc.events.limits import storable
from jxc.platform import tracing
from jxc.platform.auth.errors import AuthProblem
from jxc.platform.auth.tokens import TokenVerifier
from jxc.platform.db_errors import caused_by_data, database_unavailable, sqlstate_class
from jxc.platform.decider import DomainError
from jxc.platform.logging import get_logger

log = get_logger("jxc.http")
correlation_id: contextvars.ContextVar[UUID] = contextvars.ContextVar("correlation_id")
ReadyCheck = Callable[[], Awaitable[bool]]
PROBLEM = "application/problem+json"
RETRY_AFTER_SECONDS = 2


def problem(
    status: int, title: str, detail: str, *, fields: Sequence[str] = (), **extra: Any
) -> JSONResponse:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status}
    body["detail"] = detail
    if fields:
        body["fields"] = list(fields)
    # Extra members never replace the standard ones (a rule's context may name a `status`).
    body.update(
        {k: v for k, v in extra.items() if k not in body and k != "errors"}
        | ({"errors": extra["errors"]} if "errors" in extra else {})
    )
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


def database_problem(exc: psycopg.Error) -> JSONResponse:
    """The answer to a database error: 503 when the database cannot work now, 409 / 422 when
    it refused the request's data, 500 (logged) for anything else (a bug)."""
    if database_unavailable(exc):
        log.warning("database unavailable", error=repr(exc), sqlstate=exc.sqlstate)
        answer = problem(
            503,
            "Service unavailable",
            "The database cannot take this request right now. Please try again in a few "
            "seconds; a retry with the same Idempotency-Key is never recorded twice.",
        )
        answer.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return answer
    if caused_by_data(exc):
        reason = exc.diag.message_primary or "a value is not acceptable"
        conflict = sqlstate_class(exc) == "23"
        return problem(
            409 if conflict else 422,
            "Conflict" if conflict else "Invalid request",
            f"The database refused a value of this request: {reason}.",
        )
    log.exception("unhandled database error", error=repr(exc), sqlstate=exc.sqlstate)
    return problem(500, "Internal error", "Something went wrong on our side; it was logged.")


class CorrelationMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw = dict(scope["headers"]).get(b"x-correlation-id")
        try:
            value = UUID(raw.decode()) if raw else uuid7()
        except ValueError:
            value = uuid7()
        token = correlation_id.set(value)
        structlog.contextvars.bind_contextvars(correlation_id=str(value), causation_id=None)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", []).append((b"x-correlation-id", str(value).encode()))
            await send(message)

        try:
            with tracing.request(scope["method"], scope["path"], scope["headers"]):
                await self.app(scope, receive, send_with_id)
        finally:
            correlation_id.reset(token)


class StorablePathMiddleware:
    """A path parameter is plain text handed to queries: a path holding NUL or a lone surrogate
    (which PostgreSQL cannot store or compare) is refused at the edge with a 422, for every
    route at once."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            try:
                storable(scope["path"])
            except ValueError as exc:
                answer = problem(
                    422, "Invalid request", f"The address is not valid: {exc}.", fields=["path"]
                )
                await answer(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _field(loc: Sequence[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("body",)]
    return ".".join(parts) or "body"


def create_app(
    *,
    title: str,
    ready_checks: Mapping[str, ReadyCheck],
    routers: Sequence[APIRouter] = (),
    lifespan: Callable[[FastAPI], AbstractAsyncContextManager[None]] | None = None,
    token_verifier: TokenVerifier | None = None,
) -> FastAPI:
    """The service's app. Routers built with jxc.platform.http_commands.CommandRouter verify
    bearer tokens with `token_verifier`; /healthz, /readyz, /metrics and the docs stay open."""
    app = FastAPI(title=title, lifespan=lifespan)
    app.state.token_verifier = token_verifier
    app.add_middleware(StorablePathMiddleware)
    app.add_middleware(CorrelationMiddleware)

    @app.exception_handler(DomainError)
    async def domain_error(_: Request, exc: DomainError) -> JSONResponse:
        titles = {404: "Not found", 409: "Conflict", 422: "Rule broken"}
        return problem(
            exc.status,
            titles.get(exc.status, "Refused"),
            exc.message,
            fields=exc.fields,
            **{k: str(v) for k, v in exc.context.items()},
        )

    @app.exception_handler(AuthProblem)
    async def refused(_: Request, exc: AuthProblem) -> JSONResponse:
        answer = problem(exc.status, exc.title, exc.detail)
        if exc.status == 401:
            answer.headers["WWW-Authenticate"] = 'Bearer realm="jxc"'
        return answer

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        # pydantic prefixes the messages of custom validators with "Value error, "; a body
        # that is not JSON is located at a character offset, which names no field.
        errors = [
            {
                "field": "body" if e["type"] == "json_invalid" else _field(e["loc"]),
                "message": str(e["msg"]).removeprefix("Value error, "),
            }
            for e in exc.errors()
        ]
        summary = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
        return problem(
            422,
            "Invalid request",
            f"The request is not valid: {summary}",
            fields=[e["field"] for e in errors],
            errors=errors,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return problem(exc.status_code, "Request failed", str(exc.detail))

    @app.exception_handler(psycopg.Error)
    async def database_error(_: Request, exc: psycopg.Error) -> JSONResponse:
        return database_problem(exc)

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        details = exc.errors() if isinstance(exc, ResponseValidationError) else None
        log.exception("unhandled error", error=repr(exc), details=details)
        return problem(500, "Internal error", "Something went wrong on our side; it was logged.")

    @app.get("/healthz", tags=["ops"])
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["ops"])
    async def readyz() -> JSONResponse:
        results = {}
        for name, check in ready_checks.items():
            try:
                results[name] = "ok" if await check() else "unavailable"
            except Exception as exc:
                results[name] = f"unavailable: {exc!r}"
        ready = all(v == "ok" for v in results.values())
        return JSONResponse(
            {"status": "ready" if ready else "not ready", "checks": results},
            status_code=200 if ready else 503,
        )

    @app.get("/metrics", tags=["ops"])
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    for router in routers:
        app.include_router(router)
    return app
