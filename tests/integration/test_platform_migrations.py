"""Issue 7, item 5: the platform's tables migrate through the platform's own Alembic branch.
A database migrated with the old layout (every service's chain ran the platform steps itself;
those revision files are kept in old_migrations/ for this test) upgrades with the new layout to
exactly what a fresh database migrates to: the same tables, columns, indexes, constraints and
recorded revisions (the service's revisions numbered after the old head run, the others do
not)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import uuid4

import psycopg
import pytest
from alembic import command
from alembic.config import Config

from jxc.platform.migrations import sqlalchemy_url, upgrade
from tests.integration.harness import ROOT, SERVICES, create_database, drop_database

OLD = Path(__file__).parent / "old_migrations"

_SCHEMA = {
    "columns": "SELECT table_name, ordinal_position, column_name, data_type, is_nullable, "
    "column_default, is_identity FROM information_schema.columns WHERE table_schema = 'public' "
    "ORDER BY 1, 2",
    "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes "
    "WHERE schemaname = 'public' ORDER BY 1, 2",
    "constraints": "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
    "FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2",
    "revisions": "SELECT version_num FROM alembic_version ORDER BY 1",
}


def _schema(url: str) -> dict[str, list[Any]]:
    with psycopg.connect(url) as conn:
        return {name: conn.execute(sql).fetchall() for name, sql in _SCHEMA.items()}


def _old_layout_upgrade(url: str, service: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(OLD / service))
    config.set_main_option("sqlalchemy.url", sqlalchemy_url(url).replace("%", "%%"))
    command.upgrade(config, "head")


@pytest.mark.parametrize("service", SERVICES)
def test_a_database_of_the_old_layout_upgrades_to_what_a_fresh_one_migrates_to(
    service: str,
) -> None:
    migrations = ROOT / "services" / service / "src" / "jxc" / service / "migrations"
    names = [f"jxct_{uuid4().hex[:8]}_{which}_{service}" for which in ("old", "fresh")]
    old, fresh = (create_database(name) for name in names)
    try:
        _old_layout_upgrade(old, service)
        before = _schema(old)
        assert ("actor",) in {(c[2],) for c in before["columns"] if c[0] == "events"}
        upgrade(old, migrations)
        upgrade(old, migrations)  # and again: nothing left to do
        upgrade(fresh, migrations)
        after, expected = _schema(old), _schema(fresh)
        assert after == expected
        # What the old database held stays as it was; only revisions the service added after
        # the old layout (crm's customers) build something new.
        for kind in ("columns", "indexes", "constraints"):
            assert set(before[kind]) <= set(after[kind]), kind
    finally:
        for name in names:
            drop_database(name)


@pytest.mark.parametrize(("service", "revision"), [("crm", "0002"), ("purchasing", "0008")])
def test_a_database_stopped_half_way_through_the_old_layout_is_refused(
    service: str, revision: str
) -> None:
    """Before platform step 3: crm's 0002 is no revision of the new layout any more, while
    purchasing's 0008 is one, but one that would take step 3 as done."""
    migrations = ROOT / "services" / service / "src" / "jxc" / service / "migrations"
    name = f"jxct_{uuid4().hex[:8]}_half_{service}"
    url = create_database(name)
    try:
        config = Config()
        config.set_main_option("script_location", str(OLD / service))
        config.set_main_option("sqlalchemy.url", sqlalchemy_url(url).replace("%", "%%"))
        command.upgrade(config, revision)
        with pytest.raises(RuntimeError, match="upgrade it with the previous release first"):
            upgrade(url, migrations)
    finally:
        drop_database(name)
