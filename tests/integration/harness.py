"""Real servers for integration tests: Kafka and PostgreSQL (testcontainers when a Docker
engine answers, else the deploy/local ones found through JXC_KAFKA_BOOTSTRAP and
JXC_PG_ADMIN_URL: tests/integration/servers.py chooses), a scratch database per service and per
run, and a topic namespace per run so every run starts from empty topics."""

from __future__ import annotations

import asyncio
import itertools
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import psycopg

from tests.integration.auth import dev_key_file
from tests.integration.servers import servers

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SERVERS = servers()
KAFKA_BOOTSTRAP = SERVERS.kafka_bootstrap
PG_ADMIN_URL = SERVERS.pg_admin_url
SERVICES = ("purchasing", "sales", "inventory", "finance", "crm")


def database_url(name: str) -> str:
    parts = urlsplit(PG_ADMIN_URL)
    return urlunsplit(parts._replace(path=f"/{name}"))


def create_database(name: str) -> str:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return database_url(name)


def drop_database(name: str) -> None:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


_PORTS_PER_WORKER = 1000
_next_port = itertools.count(secrets.randbelow(_PORTS_PER_WORKER))


def free_port() -> int:
    """A free port below the kernel's ephemeral range (so no client connection takes it before
    the service binds it), from a block of its own for each pytest-xdist worker (gw0, gw1, …)
    so that parallel workers never hand out the same port."""
    import socket

    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    base = 20_000 + (int(worker) if worker.isdigit() else 0) % 12 * _PORTS_PER_WORKER
    for _ in range(_PORTS_PER_WORKER):
        port = base + next(_next_port) % _PORTS_PER_WORKER
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {base}..{base + _PORTS_PER_WORKER - 1}")


@dataclass
class Stack:
    """One run's namespace: databases and the environment its service processes get."""

    namespace: str = field(default_factory=lambda: f"t{secrets.token_hex(4)}")
    databases: dict[str, str] = field(default_factory=dict)
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    log_dir: Path = field(default_factory=lambda: ROOT / ".data" / "test-logs")

    def database(self, service: str) -> str:
        if service not in self.databases:
            self.databases[service] = create_database(f"jxct_{self.namespace}_{service}")
        return self.databases[service]

    def env(self, service: str, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            JXC_DATABASE_URL=self.database(service),
            JXC_KAFKA_BOOTSTRAP=KAFKA_BOOTSTRAP,
            JXC_TOPIC_NAMESPACE=self.namespace,
            JXC_LOG_LEVEL="INFO",
            JXC_AUTH_DEV_KEY_FILE=str(dev_key_file()),
            **extra,
        )
        return env

    def migrate(self, service: str) -> None:
        subprocess.run([str(BIN / f"jxc-{service}"), "migrate"], env=self.env(service), check=True)

    def start(self, service: str, *args: str, **extra: str) -> subprocess.Popen[bytes]:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_dir / f"{self.namespace}-{service}-{'-'.join(args)}.log", "ab")  # noqa: SIM115
        process = subprocess.Popen(
            [str(BIN / f"jxc-{service}"), *args],
            env=self.env(service, **extra),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def serve(self, service: str, **extra: str) -> tuple[subprocess.Popen[bytes], str]:
        port = free_port()
        process = self.start(service, "serve", JXC_HTTP_PORT=str(port), **extra)
        url = f"http://127.0.0.1:{port}"
        wait_http(url + "/healthz", process)
        return process, url

    def serve_together(self, *services: str, timeout: float = 180) -> list[str]:
        """The services started at once (side by side, not one after the other, on a busy
        machine), then each waited for until it answers: their URLs."""
        started = []
        for service in services:
            port = free_port()
            process = self.start(service, "serve", JXC_HTTP_PORT=str(port))
            started.append((process, f"http://127.0.0.1:{port}"))
        for process, url in started:
            wait_http(url + "/healthz", process, timeout=timeout)
        return [url for _, url in started]

    def stop_all(self) -> None:
        for process in self.processes:
            stop(process)
        self.processes.clear()

    def drop(self) -> None:
        for service in list(self.databases):
            drop_database(f"jxct_{self.namespace}_{service}")
        self.databases.clear()


def stop(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_http(
    url: str, process: subprocess.Popen[bytes] | None = None, timeout: float = 60
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{url}: the process exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer in {timeout}s")


async def eventually(check: Any, timeout: float = 30, interval: float = 0.2) -> Any:
    """Await `check()` until it returns a truthy value; the last value otherwise fails."""
    deadline = time.monotonic() + timeout
    value = None
    while time.monotonic() < deadline:
        value = await check()
        if value:
            return value
        await asyncio.sleep(interval)
    raise AssertionError(f"not reached within {timeout}s; last value: {value!r}")


@contextmanager
def kafka_stopped() -> Iterator[None]:
    """Stop the deploy/local broker for the block, then start it again and wait for it. Only
    for tests marked `exclusive`, which deploy/local/test.sh runs alone after the parallel run."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        raise RuntimeError("kafka_stopped() in a parallel worker: mark the test `exclusive`")
    script = ROOT / "deploy" / "local" / "kafka.sh"
    subprocess.run(["bash", str(script), "stop"], check=True)
    try:
        yield
    finally:
        subprocess.run(["bash", str(script), "start"], check=True)
