"""FastAPI dependencies that guard routes: an authenticated user for every route of a
service router, a role (and a warehouse scope) for each command route.

The acting user is also put in `jxc.platform.store.acting_as`, so every event the request
appends records who did it, even where a use case builds its own metadata."""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from jxc.platform.auth.errors import Forbidden, NotAuthenticated
from jxc.platform.auth.tokens import TokenVerifier
from jxc.platform.auth.user import Role, User
from jxc.platform.store import acting_as


async def authenticated(request: Request) -> User:
    """The caller, from `Authorization: Bearer <token>`; 401 without a valid one."""
    cached = getattr(request.state, "user", None)
    if isinstance(cached, User):
        return cached
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise NotAuthenticated(
            "This request needs a bearer token: send `Authorization: Bearer <token>`."
        )
    verifier: TokenVerifier = request.app.state.token_verifier
    remembered = verifier.remembered(token.strip())
    if remembered is not None:
        user = remembered
    elif verifier.fetches_keys:
        user = await run_in_threadpool(verifier.verify, token.strip())
    else:
        user = verifier.verify(token.strip())
    request.state.user = user
    acting_as.set(user.name)
    return user


class RoleRequired:
    """A dependency that lets through users with `role` (or one of `also`, or admin); 403
    otherwise. For a route bound to warehouses in its path, `warehouse_param` names the path
    parameter."""

    def __init__(
        self, role: Role, warehouse_param: str | None = None, also: Iterable[Role] = ()
    ) -> None:
        self.role = role
        self.warehouse_param = warehouse_param
        self.also = tuple(also)

    async def __call__(self, request: Request) -> User:
        user = await authenticated(request)
        if not any(user.has(role) for role in (self.role, *self.also)):
            needed = " or ".join(role.value for role in (self.role, *self.also))
            raise Forbidden(
                f"{user.name} may not do this: it needs the role {needed}, "
                f"and the token grants {', '.join(sorted(user.roles)) or 'no role'}."
            )
        if self.warehouse_param is not None:
            require_warehouses(user, [request.path_params[self.warehouse_param]])
        return user


def require_warehouses(user: User, warehouses: Iterable[str]) -> None:
    """403 naming the warehouses outside the user's scope, if any."""
    outside = user.outside_scope(warehouses)
    if outside:
        raise Forbidden(
            f"{user.name} may not act in warehouse {', '.join(outside)}: the token's "
            f"warehouses are {', '.join(sorted(user.warehouses)) or 'none'}."
        )
