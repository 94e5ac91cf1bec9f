"""Service settings from the environment (JXC_*), with local defaults that match deploy/local."""

from __future__ import annotations

import os

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ServiceSettings(BaseSettings):
    """Settings every JXC service shares. The service name picks its database and topic.

    `JXC_DATABASE_URL` wins; otherwise `JXC_<SERVICE>_DATABASE_URL`; otherwise the local default."""

    model_config = SettingsConfigDict(env_prefix="JXC_", extra="ignore")

    service: str
    database_url: str = ""
    kafka_bootstrap: str = "127.0.0.1:9092"
    topic_namespace: str = "jxc"  # tests use their own, to start from empty topics
    http_host: str = "127.0.0.1"
    http_port: int = 8000
    metrics_port: int = Field(default=0, ge=0)  # workers: serve /metrics here (0: not at all)
    log_level: str = "INFO"
    db_pool_min: int = 2
    db_pool_max: int = 10
    # How long a request waits for a database connection before it is answered 503: while
    # PostgreSQL restarts, a client learns it in seconds rather than at its own timeout.
    db_pool_timeout: float = Field(default=5.0, gt=0)
    relay_batch_size: int = Field(default=500, ge=1)
    relay_poll_seconds: float = Field(default=1.0, gt=0)
    projection_batch_size: int = Field(default=2000, ge=1)
    outbox_keep_sent_hours: float = Field(default=24.0, ge=0)
    processed_keep_days: int = Field(default=7, ge=1)
    snapshot_every: int = Field(default=100, ge=1)
    # Streams whose folded state a process keeps between commands (0: none; state_cache.py).
    state_cache_size: int = Field(default=2_000, ge=0)
    command_retries: int = Field(default=5, ge=0)
    read_wait_max_seconds: float = Field(default=30.0, ge=0)
    # After SIGTERM: how long the requests in flight may take to finish before they are
    # cancelled (a read waiting for its event, say; live change streams end at once).
    shutdown_grace_seconds: int = Field(default=5, ge=0)

    def dsn(self) -> str:
        if self.database_url:
            return self.database_url

        specific = os.environ.get(f"JXC_{self.service.upper()}_DATABASE_URL")
        if specific:
            return specific
        user = f"jxc_{self.service}"
        return f"postgresql://{user}:{user}@127.0.0.1:5432/{user}"

    @property
    def topic(self) -> str:
        return self.topic_for(self.service)

    def topic_for(self, context: str) -> str:
        return topic_of(context, self.topic_namespace)

    def consumer_name(self, projection: str) -> str:
        return f"{self.topic_namespace}.{self.service}.{projection}"

    @property
    def producer(self) -> str:
        return f"/jxc/{self.service}"


def topic_of(context: str, namespace: str = "jxc") -> str:
    return f"{namespace}.{context}.events"


def dlq_topic_of(consumer: str) -> str:
    """`jxc.dlq.inventory.stock-levels` for consumer `jxc.inventory.stock-levels`."""
    namespace, _, rest = consumer.partition(".")
    return f"{namespace}.dlq.{rest}"
