"""Platform migration steps every service's Alembic chain runs, written once: a service's
revision file names the step and where it sits in its own chain."""

from __future__ import annotations

from alembic import op

from jxc.platform.schema import PLATFORM_SCHEMA_3, statements


def actor_upgrade() -> None:
    """Step 3: the acting user of every event (the audit trail)."""
    for statement in statements(PLATFORM_SCHEMA_3):
        op.execute(statement)


def actor_downgrade() -> None:
    op.execute("ALTER TABLE events DROP COLUMN actor")
