"""Every pod on Kubernetes runs its service's migration before it starts (an init container),
so several run at once on a fresh database: they take turns, and all of them succeed."""

from __future__ import annotations

import subprocess

import psycopg

from tests.integration.harness import BIN, Stack


def test_migrations_started_together_all_succeed_once(stack: Stack) -> None:
    env = stack.env("inventory")
    runs = [
        subprocess.Popen(
            [str(BIN / "jxc-inventory"), "migrate"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for _ in range(4)
    ]
    outputs = [run.communicate(timeout=120)[0].decode() for run in runs]
    assert [run.returncode for run in runs] == [0] * 4, "\n".join(outputs)
    with psycopg.connect(env["JXC_DATABASE_URL"]) as conn:
        versions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
        (events,) = conn.execute("SELECT count(*) FROM events").fetchone() or (None,)
    assert len(versions) == len(set(versions)) >= 1
    assert events == 0
