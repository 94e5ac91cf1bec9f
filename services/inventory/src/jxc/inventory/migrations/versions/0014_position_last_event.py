"""stock_positions.last_event_id: the id of the last event of the position's stream, written
with its version. A stock keeper keeps the positions it worked on in memory between batches
(adapters/kept_positions.py) and trusts one only while its row still names the same version
and the same last event: whatever else wrote the position since (another process, a batch
rolled back after it was kept, a database restored from a backup) names another. NULL on
positions no keeper keeps (a few rows: cheaper to read than to keep) and on those saved before
this column: they are read from their tables."""

from alembic import op

revision = "0014"
down_revision = "0013"


def upgrade() -> None:
    op.execute("ALTER TABLE stock_positions ADD COLUMN last_event_id uuid")


def downgrade() -> None:
    op.execute("ALTER TABLE stock_positions DROP COLUMN last_event_id")
