"""Platform step 3: the acting user of every event (the audit trail)."""

from jxc.platform.migration_steps import actor_downgrade as downgrade
from jxc.platform.migration_steps import actor_upgrade as upgrade

revision = "0003"
down_revision = "0002"

__all__ = ["downgrade", "upgrade"]
