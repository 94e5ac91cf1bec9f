"""Issue 7, item 5: the platform's tables migrate through the platform's own Alembic branch.
A database migrated with the old layout (every service's chain ran the platform steps itself)
upgrades with the new layout to exactly what a fresh database migrates to: the same tables,
columns, indexes, constraints and recorded revisions, whether it was at the old head or at an
earlier release's revision that had not reached platform steps 2 and 3 yet. The old layout is
rebuilt from today's revisions: one chain 0001, 0002, ... with the platform's three steps at
the numbers each service had them."""

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


# What platform steps after the old layout drop: step 6, the outbox's checked reference.
_DROPPED_SINCE = {
    "constraints": {
        (
            "outbox",
            "outbox_global_position_fkey",
            "FOREIGN KEY (global_position) REFERENCES events(global_position)",
        )
    }
}


# Every service at the head of the old layout; and databases of earlier releases, stopped
# before platform step 2 or 3: the release before this layout had purchasing at 0006,
# inventory at 0007 and the other services at 0001.
_OLD_REVISIONS = [(service, "head") for service in SERVICES] + [
    ("purchasing", "0006"),
    ("purchasing", "0007"),
    ("purchasing", "0008"),
    ("inventory", "0007"),
    ("crm", "0001"),
    ("crm", "0002"),
]


@pytest.mark.parametrize(("service", "revision"), _OLD_REVISIONS)
def test_a_database_of_the_old_layout_upgrades_to_what_a_fresh_one_migrates_to(
    service: str, revision: str, tmp_path: Path
) -> None:
    migrations = ROOT / "services" / service / "src" / "jxc" / service / "migrations"
    names = [f"jxct_{uuid4().hex[:8]}_{which}_{service}" for which in ("old", "fresh")]
    old, fresh = (create_database(name) for name in names)
    try:
        _old_layout_upgrade(old, service, tmp_path, revision)
        before = _schema(old)
        upgrade(old, migrations)
        upgrade(old, migrations)  # and again: nothing left to do
        upgrade(fresh, migrations)
        after, expected = _schema(old), _schema(fresh)
        assert after == expected
        if revision == "head":
            # What the old database held stays as it was, but what a later platform step
            # drops on purpose; only revisions the service added after the old layout (crm's
            # customers) build something new.
            for kind in ("columns", "indexes", "constraints"):
                kept = set(before[kind]) - _DROPPED_SINCE.get(kind, set())
                assert kept <= set(after[kind]), kind
    finally:
        for name in names:
            drop_database(name)
