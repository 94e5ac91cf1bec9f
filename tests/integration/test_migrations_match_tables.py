"""Each service's tables are declared once (SQLAlchemy Core metadata, the platform's own
tables included): its Alembic migrations, run on a scratch database, must build exactly what
the metadata declares, so autogenerate finds nothing to change."""

from __future__ import annotations

import importlib

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, pool

from jxc.platform.migrations import sqlalchemy_url
from tests.integration.harness import SERVICES, Stack


def declared(service: str) -> MetaData:
    metadata: MetaData = importlib.import_module(f"jxc.{service}.tables").metadata
    return metadata


@pytest.mark.parametrize("service", SERVICES)
def test_migrations_build_the_declared_tables(service: str) -> None:
    stack = Stack()
    try:
        stack.migrate(service)
        engine = create_engine(sqlalchemy_url(stack.database(service)), poolclass=pool.NullPool)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_server_default": True})
            diff = compare_metadata(context, declared(service))
        engine.dispose()
    finally:
        stack.drop()
    assert diff == []


def test_the_platform_tables_are_declared_once() -> None:
    from jxc.platform.tables import metadata as platform

    for service in SERVICES:
        tables = declared(service).tables
        for name, table in platform.tables.items():
            assert [c.name for c in tables[name].columns] == [c.name for c in table.columns]
