"""Issue 7, item 5: the platform's tables migrate through the platform's own Alembic branch.
A database migrated with the old layout (every service's chain ran the platform steps itself;
those revision files are kept in old_migrations/ for this test) upgrades with the new layout to
exactly what a fresh database migrates to: the same tables, columns, indexes, constraints and
recorded revisions (the service's revisions numbered after the old head run, the others do
not). The old layout is rebuilt from today's revisions: one chain 0001, 0002, ... with the
platform's three steps at the numbers each service had them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from uuid import uuid4

import psycopg
import pytest
from alembic import command
from alembic.config import Config

from jxc.platform.migrations import sqlalchemy_url, upgrade
from tests.integration.harness import ROOT, SERVICES, create_database, drop_database

# Where each service's old chain ran the platform steps 1, 2 and 3, and its last old revision.
_OLD_PLATFORM_STEPS = {
    "purchasing": (1, 7, 10),
    "inventory": (1, 8, 10),
    "sales": (1, 2, 3),
    "finance": (1, 2, 3),
    "crm": (1, 2, 3),
}
_STEP_FUNCTIONS = ("tables", "dead_letters", "actor")
_DOWN = re.compile(r"^down_revision = .*$", re.M)
_DEPENDS = re.compile(r"^(# .*\n)*depends_on = .*\n", re.M)


def _old_layout(service: str, into: Path) -> Path:
    """The service's migrations as the old layout had them, written under `into`."""
    versions = into / service / "versions"
    versions.mkdir(parents=True)
    (into / service / "env.py").write_text(
        "from jxc.platform.migrations import run_env\n\nrun_env()\n"
    )
    steps = _OLD_PLATFORM_STEPS[service]
    for number, step in zip(steps, _STEP_FUNCTIONS, strict=True):
        (versions / f"{number:04d}_platform_{step}.py").write_text(
            f"from jxc.platform.migration_steps import {step}_upgrade as upgrade\n\n"
            f'revision = "{number:04d}"\n'
            f"down_revision = {f'{number - 1:04d}' if number > 1 else None!r}\n"
            '__all__ = ["upgrade"]\n'
        )
    today = ROOT / "services" / service / "src" / "jxc" / service / "migrations" / "versions"
    for revision in sorted(today.glob("[0-9]*.py")):
        number = int(revision.name[:4])
        if number < steps[-1]:  # newer revisions are not part of the old layout
            source = _DEPENDS.sub("", revision.read_text())
            source = _DOWN.sub(f'down_revision = "{number - 1:04d}"', source)
            (versions / revision.name).write_text(source)
    return into / service


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


def _old_layout_upgrade(url: str, service: str, into: Path, revision: str = "head") -> None:
    config = Config()
    config.set_main_option("script_location", str(_old_layout(service, into)))
    config.set_main_option("sqlalchemy.url", sqlalchemy_url(url).replace("%", "%%"))
    command.upgrade(config, revision)


@pytest.mark.parametrize("service", SERVICES)
def test_a_database_of_the_old_layout_upgrades_to_what_a_fresh_one_migrates_to(
    service: str, tmp_path: Path
) -> None:
    migrations = ROOT / "services" / service / "src" / "jxc" / service / "migrations"
    names = [f"jxct_{uuid4().hex[:8]}_{which}_{service}" for which in ("old", "fresh")]
    old, fresh = (create_database(name) for name in names)
    try:
        _old_layout_upgrade(old, service, tmp_path)
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
    service: str, revision: str, tmp_path: Path
) -> None:
    """Before platform step 3: crm's 0002 is no revision of the new layout any more, while
    purchasing's 0008 is one, but one that would take step 3 as done."""
    migrations = ROOT / "services" / service / "src" / "jxc" / service / "migrations"
    name = f"jxct_{uuid4().hex[:8]}_half_{service}"
    url = create_database(name)
    try:
        _old_layout_upgrade(url, service, tmp_path, revision)
        with pytest.raises(RuntimeError, match="upgrade it with the previous release first"):
            upgrade(url, migrations)
    finally:
        drop_database(name)
