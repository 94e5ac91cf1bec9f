"""How the HTTP edge answers database errors: 503 + Retry-After when the database cannot work
now, 409 / 422 when it refused the request's data, 500 only for anything else."""

from __future__ import annotations

import psycopg
import pytest
from fastapi import APIRouter
from fastapi.testclient import TestClient
from psycopg import errors
from psycopg_pool import PoolTimeout

from jxc.platform.http import create_app


def _client(exc: Exception) -> TestClient:
    router = APIRouter()

    @router.post("/command")
    async def command() -> None:
        raise exc

    app = create_app(title="t", ready_checks={}, routers=[router])
    return TestClient(app, raise_server_exceptions=False)


@pytest.mark.parametrize(
    "exc",
    [
        errors.ReadOnlySqlTransaction("cannot execute INSERT in a read-only transaction"),
        errors.AdminShutdown("terminating connection due to administrator command"),
        errors.QueryCanceled("canceling statement due to statement timeout"),
        psycopg.OperationalError("connection is lost"),
        PoolTimeout("couldn't get a connection after 30.00 sec"),
    ],
)
def test_an_unavailable_database_is_a_503_with_retry_after(exc: Exception) -> None:
    answer = _client(exc).post("/command")
    assert answer.status_code == 503
    assert answer.headers["retry-after"] == "2"
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["title"] == "Service unavailable"


@pytest.mark.parametrize(
    ("exc", "status"),
    [
        (errors.UniqueViolation("duplicate key"), 409),
        (errors.NumericValueOutOfRange("numeric field overflow"), 422),
        (errors.UntranslatableCharacter("unsupported Unicode escape sequence"), 422),
    ],
)
def test_a_value_the_database_refuses_is_a_4xx(exc: Exception, status: int) -> None:
    answer = _client(exc).post("/command")
    assert answer.status_code == status
    assert "The database refused a value" in answer.json()["detail"]


def test_other_errors_stay_a_500() -> None:
    assert _client(RuntimeError("a bug")).post("/command").status_code == 500


@pytest.mark.parametrize("path", ["/items/A%00B", "/stock/A/WH%00/ledger"])
def test_a_path_postgresql_cannot_store_is_a_422_before_any_route_runs(path: str) -> None:
    router = APIRouter()
    reached = []

    @router.get("/items/{sku}")
    async def item(sku: str) -> None:
        reached.append(sku)

    @router.get("/stock/{sku}/{warehouse}/ledger")
    async def ledger(sku: str, warehouse: str) -> None:
        reached.append(warehouse)

    client = TestClient(create_app(title="t", ready_checks={}, routers=[router]))
    answer = client.get(path)
    assert answer.status_code == 422
    assert answer.json()["fields"] == ["path"]
    assert answer.headers["content-type"] == "application/problem+json"
    assert reached == []
