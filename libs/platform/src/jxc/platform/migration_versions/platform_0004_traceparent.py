"""Platform step 4: the traceparent of the command that queued each outbox row (traces)."""

from jxc.platform.migration_steps import traceparent_downgrade as downgrade
from jxc.platform.migration_steps import traceparent_upgrade as upgrade

revision = "platform_0004"
down_revision = "platform_0003"

__all__ = ["downgrade", "upgrade"]
