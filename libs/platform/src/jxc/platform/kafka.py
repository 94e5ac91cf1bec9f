"""Kafka wiring: the idempotent producer, consumers with manual offsets, topic creation."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from typing import Any

from aiokafka import AIOKafkaClient, AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

UNLIMITED_RETENTION = {"retention.ms": "-1", "retention.bytes": "-1"}


def client_security() -> dict[str, Any]:
    """How every Kafka client of this process authenticates, from the environment: nothing
    (PLAINTEXT, as deploy/local) unless JXC_KAFKA_SECURITY_PROTOCOL says otherwise, e.g.
    SASL_PLAINTEXT with JXC_KAFKA_SASL_MECHANISM=SCRAM-SHA-512 and JXC_KAFKA_SASL_USERNAME /
    JXC_KAFKA_SASL_PASSWORD (a Strimzi KafkaUser's name and the password in its Secret)."""
    protocol = os.environ.get("JXC_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")
    if protocol == "PLAINTEXT":
        return {}
    options: dict[str, Any] = {"security_protocol": protocol}
    if protocol.startswith("SASL_"):
        options["sasl_mechanism"] = os.environ.get("JXC_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
        options["sasl_plain_username"] = os.environ.get("JXC_KAFKA_SASL_USERNAME")
        options["sasl_plain_password"] = os.environ.get("JXC_KAFKA_SASL_PASSWORD")
    if protocol.endswith("SSL"):
        from aiokafka.helpers import create_ssl_context

        options["ssl_context"] = create_ssl_context(
            cafile=os.environ.get("JXC_KAFKA_SSL_CAFILE") or None
        )
    return options


def idempotent_producer(bootstrap: str, *, client_id: str, **overrides: Any) -> AIOKafkaProducer:
    """acks=all with idempotence: a retried send is written once, in order, per partition."""
    options: dict[str, Any] = {
        "bootstrap_servers": bootstrap,
        "client_id": client_id,
        "enable_idempotence": True,
        "acks": "all",
        "linger_ms": 1,
        "max_batch_size": 256 * 1024,
        "request_timeout_ms": 10_000,
        "retry_backoff_ms": 200,
        **client_security(),
    }
    options.update(overrides)
    return AIOKafkaProducer(**options)


def manual_consumer(bootstrap: str, *, group_id: str, **overrides: Any) -> AIOKafkaConsumer:
    """Auto-commit off: the consumer's position lives in PostgreSQL, next to its read model."""
    options: dict[str, Any] = {
        "bootstrap_servers": bootstrap,
        "group_id": group_id,
        "client_id": group_id,
        "enable_auto_commit": False,
        "auto_offset_reset": "earliest",
        # How long the broker may hold a fetch when it has NO new record (one arriving answers
        # it at once): long enough that idle consumers do not spin (at 20 ms, a service's idle
        # consumers were a fifth of its CPU under 20 commands/s), short enough for a rebalance.
        "fetch_max_wait_ms": 500,
        "max_partition_fetch_bytes": 4 * 1024 * 1024,
        "fetch_max_bytes": 32 * 1024 * 1024,
        "session_timeout_ms": 10_000,
        "heartbeat_interval_ms": 2_000,
        "metadata_max_age_ms": 30_000,
        **client_security(),
    }
    options.update(overrides)
    return AIOKafkaConsumer(**options)


async def ensure_topics(
    bootstrap: str, names: Iterable[str], *, partitions: int = 12, replication: int = 1
) -> None:
    """Create missing topics with unlimited retention (read models replay from offset 0)."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, request_timeout_ms=10_000, **client_security()
    )
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = [
            NewTopic(name, partitions, replication, topic_configs=UNLIMITED_RETENTION)
            for name in names
            if name not in existing
        ]
        if wanted:
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(wanted)
    finally:
        await admin.close()


async def kafka_answers(bootstrap: str, timeout_ms: int = 2_000) -> bool:
    """True when a broker answers a metadata request."""
    client = AIOKafkaClient(
        bootstrap_servers=bootstrap, request_timeout_ms=timeout_ms, **client_security()
    )
    try:
        await client.bootstrap()
        return True
    except Exception:
        return False
    finally:
        await client.close()


async def delete_topics(bootstrap: str, prefix: str) -> list[str]:
    """Delete every topic whose name starts with `prefix` (a test or bench namespace)."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, request_timeout_ms=10_000, **client_security()
    )
    await admin.start()
    try:
        names = [t for t in await admin.list_topics() if t.startswith(prefix)]
        if names:
            await admin.delete_topics(names)
        return names
    finally:
        await admin.close()
