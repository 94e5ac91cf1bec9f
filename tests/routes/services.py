"""Every service's HTTP app, built offline (no database, no broker): its OpenAPI document
lists the routes, and what the edge refuses can be asked without any server."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI

from jxc.platform.auth.tokens import TokenVerifier
from jxc.platform.runtime import Service

SERVICES = ("purchasing", "sales", "inventory", "finance", "crm")
OPEN_PATHS = {"/healthz", "/readyz", "/metrics"}


def service(name: str) -> Service:
    main = importlib.import_module(f"jxc.{name}.main")
    built: Service = main.service()
    return built


def app(name: str, verifier: TokenVerifier | None = None) -> FastAPI:
    return service(name).offline_app(verifier)


def operations(name: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) of every route in the service's OpenAPI document."""
    for path, item in app(name).openapi()["paths"].items():
        for method, operation in item.items():
            yield method, path, operation
