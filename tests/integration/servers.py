"""Which Kafka and PostgreSQL the integration tests use, chosen once per test process.

- A Docker engine answers (DOCKER_HOST, or the local socket): testcontainers starts a Kafka
  (KRaft, topic auto-creation off) and a PostgreSQL for this process, removed at its end.
- Otherwise: the deploy/local servers, at JXC_KAFKA_BOOTSTRAP and JXC_PG_ADMIN_URL (what
  deploy/local/test.sh starts; this machine and CI have no Docker engine).

JXC_TEST_SERVERS=local|containers forces one or the other (default: auto)."""

from __future__ import annotations

import atexit
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KAFKA_IMAGE = "confluentinc/cp-kafka:7.9.0"
POSTGRES_IMAGE = "postgres:17"
LOCAL_KAFKA = "127.0.0.1:9092"
LOCAL_PG_ADMIN = "postgresql://jxc:jxc@127.0.0.1:5432/postgres"


@dataclass(frozen=True)
class Servers:
    kind: str  # "local" or "containers"
    kafka_bootstrap: str
    pg_admin_url: str


def docker_reachable(env: Mapping[str, str] = os.environ) -> bool:
    """True when a Docker engine answers a ping within two seconds."""
    if not env.get("DOCKER_HOST") and not Path("/var/run/docker.sock").exists():
        return False
    try:
        import docker

        client = docker.from_env(timeout=2)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:
        return False


def choose(env: Mapping[str, str], reachable: Callable[[], bool]) -> str:
    wanted = env.get("JXC_TEST_SERVERS", "auto")
    if wanted not in {"auto", "local", "containers"}:
        raise ValueError(f"JXC_TEST_SERVERS={wanted!r}: auto, local or containers")
    if wanted == "local":
        return "local"
    if reachable():
        return "containers"
    if wanted == "containers":
        raise RuntimeError("JXC_TEST_SERVERS=containers but no Docker engine answers")
    return "local"


def local(env: Mapping[str, str]) -> Servers:
    return Servers(
        "local",
        env.get("JXC_KAFKA_BOOTSTRAP", LOCAL_KAFKA),
        env.get("JXC_PG_ADMIN_URL", LOCAL_PG_ADMIN),
    )


def containers() -> Servers:  # pragma: no cover - needs a Docker engine
    from testcontainers.kafka import KafkaContainer
    from testcontainers.postgres import PostgresContainer

    kafka: Any = (
        KafkaContainer(KAFKA_IMAGE)
        .with_kraft()
        .with_env("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
        .with_env("KAFKA_LOG_RETENTION_MS", "-1")
    )
    postgres: Any = PostgresContainer(
        POSTGRES_IMAGE, username="jxc", password="jxc", dbname="postgres", driver=None
    )
    kafka.start()
    atexit.register(kafka.stop)
    postgres.start()
    atexit.register(postgres.stop)
    # Service processes the tests start find the servers through the environment too.
    found = Servers("containers", kafka.get_bootstrap_server(), postgres.get_connection_url())
    os.environ["JXC_KAFKA_BOOTSTRAP"] = found.kafka_bootstrap
    os.environ["JXC_PG_ADMIN_URL"] = found.pg_admin_url
    return found


def servers(
    env: Mapping[str, str] = os.environ, reachable: Callable[[], bool] = docker_reachable
) -> Servers:
    return containers() if choose(env, reachable) == "containers" else local(env)
