"""deploy/local's scripts on this machine: process checks that see zombies, and a PostgreSQL
cluster placed where its server can reach it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCAL = ROOT / "deploy" / "local"


def _alive(pid: int, pattern: str = "") -> bool:
    script = f'source "{LOCAL}/proc.sh"; alive {pid} "{pattern}"'
    return subprocess.run(["bash", "-c", script]).returncode == 0


@pytest.fixture
def zombie() -> Iterator[int]:
    """A child killed with SIGKILL and not reaped: a zombie, as under a PID 1 that never reaps."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    os.kill(child.pid, signal.SIGKILL)
    for _ in range(200):
        state = Path(f"/proc/{child.pid}/stat").read_text().rsplit(") ", 1)[1][0]
        if state == "Z":
            break
        os.sched_yield()
    assert state == "Z"
    try:
        yield child.pid
    finally:
        child.wait()


def test_a_zombie_is_not_alive(zombie: int) -> None:
    assert os.kill(zombie, 0) is None  # what `kill -0` believes
    assert not _alive(zombie)


def test_a_running_process_is_alive_only_with_its_command() -> None:
    sleeper = subprocess.Popen(["sleep", "30"])
    try:
        assert _alive(sleeper.pid)
        assert _alive(sleeper.pid, "sleep")
        assert not _alive(sleeper.pid, "jxc-purchasing")  # a stale pid taken by another program
    finally:
        sleeper.kill()
        sleeper.wait()
    assert not _alive(sleeper.pid)
    assert not _alive(0) and not _alive(-1)


def test_run_status_does_not_take_a_zombie_or_a_stranger_for_a_service(
    zombie: int, tmp_path: Path
) -> None:
    stranger = subprocess.Popen(["sleep", "30"])
    try:
        (tmp_path / "purchasing.pid").write_text(str(zombie))
        (tmp_path / "inventory.pid").write_text(str(stranger.pid))
        out = subprocess.run(
            ["bash", str(LOCAL / "run.sh"), "status"],
            env={**os.environ, "JXC_RUN_DIR": str(tmp_path)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        stranger.kill()
        stranger.wait()
    assert "purchasing: stopped" in out
    assert "inventory: stopped" in out


def _checkout_in(parent: Path) -> Path:
    local = parent / "checkout" / "deploy" / "local"
    local.mkdir(parents=True)
    shutil.copy(LOCAL / "postgres.sh", local / "postgres.sh")
    return parent / "checkout"


def _where(checkout: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k != "JXC_PG_HOME"}
    return subprocess.run(
        ["bash", str(checkout / "deploy" / "local" / "postgres.sh"), "where"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def _postgres_can_enter(path: str) -> bool:
    probe = ["runuser", "-u", "postgres", "--", "test", "-x", path]
    return subprocess.run(probe).returncode == 0


def test_postgres_data_leaves_a_private_checkout_for_a_place_its_server_reaches() -> None:
    if subprocess.run(["id", "postgres"], capture_output=True).returncode != 0:
        pytest.fail("the postgres user is missing: run deploy/local/up.sh first")
    with tempfile.TemporaryDirectory() as private, tempfile.TemporaryDirectory() as public:
        os.chmod(private, 0o700)  # like root's home
        os.chmod(public, 0o755)
        hidden = _where(_checkout_in(Path(private)))
        open_ = _where(_checkout_in(Path(public)))
        assert not _postgres_can_enter(f"{private}/checkout/.data")
        assert _postgres_can_enter(open_)
    assert hidden.startswith("/var/lib/jxc-local/")
    assert open_ == f"{public}/checkout/.data"
