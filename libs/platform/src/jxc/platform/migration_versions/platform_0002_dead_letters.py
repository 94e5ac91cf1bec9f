"""Platform step 2: dead letters kept with the offsets, parked outbox rows."""

from jxc.platform.migration_steps import dead_letters_downgrade as downgrade
from jxc.platform.migration_steps import dead_letters_upgrade as upgrade

revision = "platform_0002"
down_revision = "platform_0001"

__all__ = ["downgrade", "upgrade"]
