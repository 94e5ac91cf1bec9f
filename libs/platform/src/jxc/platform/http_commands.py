"""Command routes, written once: the role a route needs, the Idempotency-Key header, the
command's metadata (now, the request's correlation id, the acting user) and one answer.

    router = CommandRouter(tags=["purchase orders"])

    @router.command("/purchase-orders/{purchase_order_id}/approve", role=Role.PURCHASE_APPROVER)
    async def approve(purchase_order_id: UUID, cmd: Command) -> Answer:
        return cmd.answer(await orders.approve(purchase_order_id, cmd.user.name, cmd.meta,
                                               **cmd.idempotency))

Every route of a CommandRouter needs an authenticated user (queries too); a command route
names its role in its decorator, which also puts it in the OpenAPI document
(`x-jxc-role`, `x-jxc-warehouses`) for the route table and the tests that guard every route."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import APIRouter, Depends, Header, Request
from fastapi.security import HTTPBearer
from pydantic import BaseModel, ConfigDict

from jxc.platform.auth.guard import RoleRequired, authenticated, require_warehouses
from jxc.platform.auth.user import Role, User
from jxc.platform.commands import CommandResult, fingerprint
from jxc.platform.http import correlation_id
from jxc.platform.store import Metadata

# Where a warehouse-bound command finds its warehouses: in its path (checked before anything
# runs), in its body, or in the aggregate it acts on (both checked by the route).
WarehouseScope = Literal["path", "body", "aggregate"]

IdempotencyKey = Annotated[
    str | None,
    Header(alias="Idempotency-Key", max_length=200, description="retry-safe key"),
]


class Body(BaseModel):
    """A command's body: unknown fields are refused."""

    model_config = ConfigDict(extra="forbid")


class Answer(BaseModel):
    """What a command answers: the aggregate's id, its stream, the new version and the ids
    of the events recorded."""

    id: str
    stream_id: str
    version: int
    event_ids: list[UUID]


@dataclass(frozen=True, slots=True)
class CommandRequest:
    """What a command route is given: who acts, the metadata, the idempotency arguments."""

    user: User
    meta: Metadata
    idempotency: dict[str, Any]

    def answer(self, result: CommandResult) -> dict[str, Any]:
        return result.to_json()

    def in_warehouses(self, *warehouses: str) -> None:
        """403 unless the user may act in every one of `warehouses`."""
        require_warehouses(self.user, warehouses)


async def command_request(
    request: Request,
    user: Annotated[User, Depends(authenticated)],
    idempotency_key: IdempotencyKey = None,
) -> CommandRequest:
    meta = Metadata(
        occurred_at=datetime.now(UTC), correlation_id=correlation_id.get(), actor=user.name
    )
    return CommandRequest(user, meta, await idempotency(request, idempotency_key))


Command = Annotated[CommandRequest, Depends(command_request)]
CurrentUser = Annotated[User, Depends(authenticated)]


async def idempotency(request: Request, key: str | None) -> dict[str, Any]:
    """Keyword arguments for CommandHandler.handle: the key and the request's fingerprint."""
    if key is None:
        return {}
    body = await request.body()
    return {
        "idempotency_key": key,
        "request_fingerprint": fingerprint([request.url.path, body.decode(errors="replace")]),
    }


class CommandRouter(APIRouter):
    """An APIRouter whose every route needs an authenticated user, with `command` for POSTs
    that change something.

    `readers`, when given, are the roles that may call its queries (admin always may): each
    GET route without a guard of its own answers 403 to anyone else."""

    def __init__(self, *, readers: Sequence[Role] = (), **kwargs: Any) -> None:
        # HTTPBearer only declares the scheme in the OpenAPI document (/docs: "Authorize");
        # `authenticated` checks the token and answers 401 as a problem.
        scheme = HTTPBearer(auto_error=False, description="a JWT: `jxc-<service> token`")
        super().__init__(dependencies=[Depends(scheme), Depends(authenticated)], **kwargs)
        self.readers = tuple(readers)

    def add_api_route(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        extra: dict[str, Any] = dict(kwargs.get("openapi_extra") or {})
        if (
            self.readers
            and set(kwargs.get("methods") or ()) == {"GET"}
            and "x-jxc-role" not in extra
        ):
            first, *also = self.readers
            kwargs["dependencies"] = [
                *(kwargs.get("dependencies") or ()),
                Depends(RoleRequired(first, also=also)),
            ]
            extra["x-jxc-role"] = first.value
            if also:
                extra["x-jxc-also"] = [r.value for r in also]
            kwargs["openapi_extra"] = extra
        super().add_api_route(path, endpoint, **kwargs)

    def command(
        self,
        path: str,
        *,
        role: Role,
        also: Sequence[Role] = (),
        warehouses: WarehouseScope | None = None,
        warehouse_param: str = "warehouse",
        status_code: int = 200,
        response_model: Any = Answer,
        **kwargs: Any,
    ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        guard = RoleRequired(role, warehouse_param if warehouses == "path" else None, also)
        extra: dict[str, Any] = {"x-jxc-role": role.value}
        if also:
            # further roles that may call it too (the route table lists them)
            extra["x-jxc-also"] = [r.value for r in also]
        if warehouses is not None:
            extra["x-jxc-warehouses"] = warehouses
        return self.post(
            path,
            status_code=status_code,
            response_model=response_model,
            dependencies=[Depends(guard)],
            openapi_extra=extra,
            **kwargs,
        )
