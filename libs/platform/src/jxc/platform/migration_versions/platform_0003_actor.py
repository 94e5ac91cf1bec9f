"""Platform step 3: the acting user of every event (the audit trail)."""

from jxc.platform.migration_steps import actor_downgrade as downgrade
from jxc.platform.migration_steps import actor_upgrade as upgrade

revision = "platform_0003"
down_revision = "platform_0002"

__all__ = ["downgrade", "upgrade"]
