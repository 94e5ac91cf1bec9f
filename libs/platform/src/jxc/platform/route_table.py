"""The table of a service's routes and who may call them, read from its OpenAPI document
(the roles are declared once, on each command route): `jxc-<service> routes` prints it, and
docs/routes.md is these tables for every service (tests/routes checks it is not stale)."""

from __future__ import annotations

from typing import Any

OPEN = "open: no token"
ANY_USER = "any authenticated user"
_SCOPES = {
    "path": "the warehouse in its path",
    "body": "the warehouses its body names",
    "aggregate": "the warehouses of what it acts on",
}
_OPEN_PATHS = ("/healthz", "/readyz", "/metrics", "/openapi.json", "/docs")


def render(service: str, openapi: dict[str, Any]) -> str:
    rows = [
        f"## {service}",
        "",
        "| route | who may call it | warehouse scope |",
        "| --- | --- | --- |",
    ]
    routes: list[tuple[str, str, str]] = []
    for path, item in openapi["paths"].items():
        for method, operation in item.items():
            if path in _OPEN_PATHS:
                continue
            role = operation.get("x-jxc-role")
            roles = " or ".join(f"`{r}`" for r in [role, *operation.get("x-jxc-also", [])])
            who = ANY_USER if not role else roles + ("" if role == "admin" else " (or `admin`)")
            scope = _SCOPES.get(operation.get("x-jxc-warehouses", ""), "")
            routes.append((f"`{method.upper()} {path}`", who, scope))
    # commands first (by path), then queries
    routes.sort(key=lambda r: (not r[0].startswith("`POST"), r[0]))
    rows += [f"| {route} | {who} | {scope} |" for route, who, scope in routes]
    rows.append(f"| `GET /healthz`, `/readyz`, `/metrics`, `/openapi.json`, `/docs` | {OPEN} | |")
    return "\n".join(rows) + "\n"
