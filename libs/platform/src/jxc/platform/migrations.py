"""Alembic, driven from code: each service keeps its revisions in jxc/<service>/migrations; the
platform's own tables are a branch of their own (label `platform`, in PLATFORM_VERSIONS) that
every service's database runs, and that each service's first revision depends on."""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError

from jxc.platform.schema import PLATFORM_SCHEMA_2, PLATFORM_SCHEMA_3, statements


def sqlalchemy_url(dsn: str) -> str:
    for prefix in ("postgresql://", "postgres://"):
        if dsn.startswith(prefix):
            return "postgresql+psycopg://" + dsn[len(prefix) :]
    return dsn


PLATFORM_VERSIONS = Path(__file__).parent / "migration_versions"


def alembic_config(dsn: str, script_location: Path) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location))
    config.set_main_option("path_separator", "os")
    locations = [script_location / "versions", PLATFORM_VERSIONS]
    config.set_main_option("version_locations", os.pathsep.join(str(p) for p in locations))
    config.set_main_option("sqlalchemy.url", sqlalchemy_url(dsn).replace("%", "%%"))
    return config


MIGRATION_LOCK = 0x6A78636D  # "jxcm": one migration at a time per database


def upgrade(dsn: str, script_location: Path, revision: str = "heads") -> None:
    """Many pods may start at once (each runs the migration before its service): they take
    turns on an advisory lock, and who comes second finds nothing left to do."""
    config = alembic_config(dsn, script_location)
    with psycopg.connect(dsn, autocommit=True) as lock:
        lock.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
        try:
            adopt_old_layout(dsn, config)
            command.upgrade(config, revision)
        finally:
            lock.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))


def adopt_old_layout(dsn: str, config: Config) -> None:
    """A database migrated before the platform had its own branch records one revision of the
    service's old chain, which ran the platform steps itself (step 1 first; steps 2 and 3 came
    later in the chain, and a database of an earlier release has not run them yet). Such a
    database holds the service's revisions numbered up to the one it records: the platform
    steps it lacks are applied, it is stamped there, and only the service's later revisions
    run."""
    with psycopg.connect(dsn) as conn:
        if conn.execute("SELECT to_regclass('alembic_version')").fetchone() in (None, (None,)):
            return
        recorded = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
        events = conn.execute("SELECT to_regclass('events')").fetchone() not in (None, (None,))
        actor = conn.execute(
            "SELECT 1 FROM information_schema.columns "
            "WHERE table_name = 'events' AND column_name = 'actor'"
        ).fetchone()
    script = ScriptDirectory.from_config(config)
    # A revision this layout does not know; or events without the actor at a revision outside
    # the platform's branch (every service revision now comes after the platform's step 3).
    old = any(not _known(script, r) for r in recorded) or (
        events and actor is None and not any(r.startswith("platform_") for r in recorded)
    )
    if not old:
        return
    if len(recorded) != 1:
        raise RuntimeError(
            f"the database records revisions {', '.join(recorded)} of the old migration "
            "layout, which only ever recorded one: it is not a JXC database"
        )
    _apply_missing_platform_steps(dsn)
    command.stamp(config, _holds(script, recorded[0]), purge=True)
    # A service revision numbered after the old head is new: it runs now.


def _apply_missing_platform_steps(dsn: str) -> None:
    """Platform steps 2 (dead letters, parked outbox rows) and 3 (the actor), where the old
    chain had not reached them, in one transaction."""
    with psycopg.connect(dsn) as conn, conn.transaction():
        if conn.execute("SELECT to_regclass('dead_letters')").fetchone() in (None, (None,)):
            for statement in statements(PLATFORM_SCHEMA_2):
                conn.execute(statement)
        actor = conn.execute(
            "SELECT 1 FROM information_schema.columns "
            "WHERE table_name = 'events' AND column_name = 'actor'"
        ).fetchone()
        if actor is None:
            for statement in statements(PLATFORM_SCHEMA_3):
                conn.execute(statement)


def _holds(script: ScriptDirectory, old_head: str) -> str:
    """The revision of this layout that a database at `old_head` of the old layout holds: the
    service's newest revision numbered at most `old_head` (the old chain's numbers run on in
    the new one), or the platform's head when the service had no tables of its own then."""
    if not old_head.isdigit():
        return "heads"  # no numbered head to compare with: the whole new layout, as before
    at_most = int(old_head)
    kept = [
        r.revision
        for r in script.walk_revisions()
        if r.revision.isdigit() and int(r.revision) <= at_most
    ]
    # No service revision yet: the platform's steps the old layout ran (1 to 3, the missing
    # ones applied above); later platform steps run now.
    return max(kept, key=int) if kept else "platform_0003"


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def run_env() -> None:
    """The body of every service's migrations/env.py (online mode only)."""
    from alembic import context
    from sqlalchemy import create_engine, pool

    url = context.config.get_main_option("sqlalchemy.url")
    assert url is not None, "sqlalchemy.url is not set"
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, transactional_ddl=True)
        with context.begin_transaction():
            context.run_migrations()
