"""Platform step 3: the acting user of every event (the audit trail)."""

from alembic import op

from jxc.platform.schema import PLATFORM_SCHEMA_3, statements

revision = "0010"
down_revision = "0009"


def upgrade() -> None:
    for statement in statements(PLATFORM_SCHEMA_3):
        op.execute(statement)


def downgrade() -> None:
    op.execute("ALTER TABLE events DROP COLUMN actor")
