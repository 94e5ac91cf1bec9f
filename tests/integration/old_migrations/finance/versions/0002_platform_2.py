"""Platform step 2: dead letters kept with the offsets, parked outbox rows."""

from alembic import op

from jxc.platform.schema import PLATFORM_SCHEMA_2, statements

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    for statement in statements(PLATFORM_SCHEMA_2):
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TABLE dead_letters")
    op.execute("DROP INDEX outbox_unsent")
    op.execute("ALTER TABLE outbox DROP COLUMN parked_at, DROP COLUMN park_reason")
    op.execute("CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL")
