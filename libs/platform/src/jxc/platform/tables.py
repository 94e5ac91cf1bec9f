"""The platform's own tables, declared once (SQLAlchemy Core): event store, outbox, snapshots,
consumer offsets, processed events (policies), idempotency keys and dead letters. Every
service's metadata starts from these (`service_metadata`); its migrations are checked against
the whole (tests/integration/test_migrations_match_tables.py)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    DateTime,
    Identity,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB


def timestamptz(name: str, *, nullable: bool = False, now: bool = False) -> Column[object]:
    """A `timestamptz` column, `DEFAULT now()` when `now`."""
    default = func.now() if now else None
    return Column(name, DateTime(timezone=True), nullable=nullable, server_default=default)


metadata = MetaData()

events = Table(
    "events",
    metadata,
    Column("global_position", BigInteger, Identity(always=True), primary_key=True),
    Column("event_id", Uuid, nullable=False, unique=True),
    Column("stream_id", Text, nullable=False),
    Column("stream_version", Integer, CheckConstraint("stream_version >= 1"), nullable=False),
    Column("event_type", Text, nullable=False),
    Column("schema_version", Integer, nullable=False),
    timestamptz("occurred_at"),
    timestamptz("recorded_at"),
    Column("producer", Text, nullable=False),
    Column("correlation_id", Uuid, nullable=False),
    Column("causation_id", Uuid),
    Column("payload", JSONB, nullable=False),
    Column("actor", Text),
    UniqueConstraint("stream_id", "stream_version", name="events_stream_version_key"),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", BigInteger, Identity(always=True), primary_key=True),
    # The event's position: written by the same statement as the event, unchecked (schema.py).
    Column("global_position", BigInteger, nullable=False),
    Column("topic", Text, nullable=False),
    timestamptz("created_at", now=True),
    timestamptz("sent_at", nullable=True),
    timestamptz("parked_at", nullable=True),
    Column("park_reason", Text),
    Column("traceparent", Text),
    Index("outbox_unsent", "id", postgresql_where=text("sent_at IS NULL AND parked_at IS NULL")),
    Index(
        "outbox_parked", "id", postgresql_where=text("parked_at IS NOT NULL AND sent_at IS NULL")
    ),
)

snapshots = Table(
    "snapshots",
    metadata,
    Column("stream_id", Text, primary_key=True),
    Column("stream_version", Integer, nullable=False),
    Column("state_type", Text, nullable=False),
    Column("state", JSONB, nullable=False),
    timestamptz("taken_at", now=True),
)

consumer_offsets = Table(
    "consumer_offsets",
    metadata,
    Column("consumer", Text, primary_key=True),
    Column("topic", Text, primary_key=True),
    Column("partition", Integer, primary_key=True),
    Column("next_offset", BigInteger, nullable=False),
    timestamptz("updated_at", now=True),
)

processed_events = Table(
    "processed_events",
    metadata,
    Column("consumer", Text, primary_key=True),
    Column("event_id", Uuid, primary_key=True),
    timestamptz("processed_at", now=True),
)

idempotency_keys = Table(
    "idempotency_keys",
    metadata,
    Column("key", Text, primary_key=True),
    Column("request_fingerprint", Text, nullable=False),
    Column("response", JSONB, nullable=False),
    timestamptz("created_at", now=True),
)

dead_letters = Table(
    "dead_letters",
    metadata,
    Column("id", BigInteger, Identity(always=True), primary_key=True),
    Column("consumer", Text, nullable=False),
    Column("source_topic", Text, nullable=False),
    Column("source_partition", Integer, nullable=False),
    Column("source_offset", BigInteger, nullable=False),
    Column("key", LargeBinary),
    Column("value", LargeBinary),
    Column("headers", JSONB, nullable=False),
    Column("reason", Text, nullable=False),
    timestamptz("created_at", now=True),
    timestamptz("sent_at", nullable=True),
    Column("retries", Integer, nullable=False, server_default=text("0")),
    timestamptz("retried_at", nullable=True),
    Column("retried_by", Text),
    UniqueConstraint("consumer", "source_topic", "source_partition", "source_offset"),
    Index("dead_letters_unsent", "consumer", "id", postgresql_where=text("sent_at IS NULL")),
)

consumer_generations = Table(
    "consumer_generations",
    metadata,
    Column("consumer", Text, primary_key=True),
    Column("generation", BigInteger, nullable=False),
    timestamptz("replayed_at", now=True),
    Column("replayed_by", Text),
)


def service_metadata() -> MetaData:
    """A service's metadata, holding the platform's tables: the service declares its own
    tables on it."""
    service = MetaData()
    for table in metadata.sorted_tables:
        table.to_metadata(service)
    return service
