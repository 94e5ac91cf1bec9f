"""Platform step 6: the outbox row's reference to its event, which the append statement writes
with it, is no longer checked row by row (jxc.platform.schema, PLATFORM_SCHEMA_6)."""

from jxc.platform.migration_steps import outbox_unchecked_downgrade as downgrade
from jxc.platform.migration_steps import outbox_unchecked_upgrade as upgrade

revision = "platform_0006"
down_revision = "platform_0005"

__all__ = ["downgrade", "upgrade"]
