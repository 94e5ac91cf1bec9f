"""Purchase order lines: rejected goods returned to the supplier or claimed from it."""

from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    op.execute("ALTER TABLE purchase_order_lines ADD COLUMN returned numeric NOT NULL DEFAULT 0")
    op.execute("ALTER TABLE purchase_order_lines ADD COLUMN claimed numeric NOT NULL DEFAULT 0")


def downgrade() -> None:
    op.execute("ALTER TABLE purchase_order_lines DROP COLUMN claimed")
    op.execute("ALTER TABLE purchase_order_lines DROP COLUMN returned")
