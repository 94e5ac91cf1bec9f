"""Platform step 1: event store, outbox, snapshots, offsets, processed events, idempotency."""

from jxc.platform.migration_steps import tables_downgrade as downgrade
from jxc.platform.migration_steps import tables_upgrade as upgrade

revision = "platform_0001"
down_revision = None
branch_labels = ("platform",)

__all__ = ["downgrade", "upgrade"]
