"""The platform's migration steps, written once: each is a revision of the platform's own
Alembic branch (jxc/platform/migration_versions, branch label `platform`), which every
service's database runs before the service's own revisions."""

from __future__ import annotations

from alembic import op

from jxc.platform.schema import (
    PLATFORM_SCHEMA,
    PLATFORM_SCHEMA_2,
    PLATFORM_SCHEMA_3,
    PLATFORM_SCHEMA_4,
    PLATFORM_SCHEMA_5,
    PLATFORM_SCHEMA_6,
    statements,
)


def tables_upgrade() -> None:
    """Step 1: event store, outbox, snapshots, consumer offsets, processed events,
    idempotency keys."""
    for statement in statements(PLATFORM_SCHEMA):
        op.execute(statement)


def tables_downgrade() -> None:
    for table in (
        "idempotency_keys",
        "processed_events",
        "consumer_offsets",
        "snapshots",
        "outbox",
        "events",
    ):
        op.execute(f"DROP TABLE {table}")


def dead_letters_upgrade() -> None:
    """Step 2: dead letters kept with the offsets, parked outbox rows."""
    for statement in statements(PLATFORM_SCHEMA_2):
        op.execute(statement)


def dead_letters_downgrade() -> None:
    op.execute("DROP TABLE dead_letters")
    op.execute("DROP INDEX outbox_unsent")
    op.execute("ALTER TABLE outbox DROP COLUMN parked_at, DROP COLUMN park_reason")
    op.execute("CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL")


def actor_upgrade() -> None:
    """Step 3: the acting user of every event (the audit trail)."""
    for statement in statements(PLATFORM_SCHEMA_3):
        op.execute(statement)


def actor_downgrade() -> None:
    op.execute("ALTER TABLE events DROP COLUMN actor")


def traceparent_upgrade() -> None:
    """Step 4: the traceparent of the command that queued each outbox row."""
    for statement in statements(PLATFORM_SCHEMA_4):
        op.execute(statement)


def traceparent_downgrade() -> None:
    op.execute("ALTER TABLE outbox DROP COLUMN traceparent")


def replays_upgrade() -> None:
    """Step 5: consumer generations (replays while running), who retried a dead letter."""
    for statement in statements(PLATFORM_SCHEMA_5):
        op.execute(statement)


def replays_downgrade() -> None:
    op.execute(
        "ALTER TABLE dead_letters DROP COLUMN retried_by, DROP COLUMN retried_at, "
        "DROP COLUMN retries"
    )
    op.execute("DROP TABLE consumer_generations")


def outbox_unchecked_upgrade() -> None:
    """Step 6: the outbox's reference to its event, written by the same statement, unchecked."""
    for statement in statements(PLATFORM_SCHEMA_6):
        op.execute(statement)


def outbox_unchecked_downgrade() -> None:
    op.execute(
        "ALTER TABLE outbox ADD CONSTRAINT outbox_global_position_fkey "
        "FOREIGN KEY (global_position) REFERENCES events (global_position)"
    )
