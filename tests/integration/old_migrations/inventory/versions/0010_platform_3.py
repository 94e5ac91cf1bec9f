"""Platform step 3: the acting user of every event (the audit trail)."""

from jxc.platform.migration_steps import actor_downgrade as downgrade
from jxc.platform.migration_steps import actor_upgrade as upgrade

revision = "0010"
down_revision = "0009"

__all__ = ["downgrade", "upgrade"]
