"""Platform tables: event store, outbox, snapshots, offsets, processed events, idempotency."""

from alembic import op

from jxc.platform.schema import PLATFORM_SCHEMA, statements

revision = "0001"
down_revision = None


def upgrade() -> None:
    for statement in statements(PLATFORM_SCHEMA):
        op.execute(statement)


def downgrade() -> None:
    for table in (
        "idempotency_keys",
        "processed_events",
        "consumer_offsets",
        "snapshots",
        "outbox",
        "events",
    ):
        op.execute(f"DROP TABLE {table}")
