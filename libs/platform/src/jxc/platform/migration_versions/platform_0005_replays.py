"""Platform step 5: consumer generations (a replay while the consumers run), dead-letter retries
(who re-applied a letter, when, how many attempts)."""

from jxc.platform.migration_steps import replays_downgrade as downgrade
from jxc.platform.migration_steps import replays_upgrade as upgrade

revision = "platform_0005"
down_revision = "platform_0004"

__all__ = ["downgrade", "upgrade"]
